#!/usr/bin/env node
// Approach A: mocha inside the REAL node extension host of VS Code
// (code-server 4.139.1 = VS Code 1.139), offline, driven by Debian's Chromium.
//
//   node test/host/run-extension-host.mjs --extension <abs dir> \
//        --tests <abs path to built test index.js> --workspace <abs dir> [--timeout 180] [--verbose]
//
// CONTRACT with the tests file (--tests):
//   * it is a CommonJS module exporting `run()` (returning a Promise), as for
//     @vscode/test-electron; VS Code's extension host requires it and awaits it.
//   * when mocha has finished it prints, via console.log, exactly one line
//         RESULT <passed> <failed>
//     (see test/host/fixture/test/index.js). run() should reject on failures.
//   The runner echoes the tests' console output (the mocha spec report and
//   summary), parses RESULT, and prints as its LAST line
//         <passed> passed, <failed> failed
//   It exits 0 only if RESULT was seen with 0 failures and VS Code reported
//   exit code 0; without a RESULT line (time-out, crash, tests never started)
//   it prints `0 passed, 1 failed` and exits non-zero. --timeout (seconds,
//   default 180) bounds the whole run; on time-out the exit code is 124.
//
// Needs `bash test/host/setup.sh` first. Binds only to 127.0.0.1; all state
// lives in a temp dir that is removed; the code-server process group and the
// browser are killed at the end and on SIGINT/SIGTERM.
import path from 'node:path';
import {
  ResultTracker, formatArgs, launchChromium, loadEnv, log, onSignals, parseArgs, runBounded, startCodeServer,
} from './lib/common.mjs';

const USAGE = 'usage: node test/host/run-extension-host.mjs --extension <dir> --tests <index.js> --workspace <dir> [--timeout 180] [--verbose] [--keep]';
const args = parseArgs(process.argv.slice(2), {
  extension: { type: 'path', required: true },
  tests: { type: 'path', required: true },
  workspace: { type: 'path', required: true },
  timeout: { type: 'number', default: 180 },
  verbose: { type: 'bool', default: false },
  keep: { type: 'bool', default: false },
}, USAGE);

const started = Date.now();
const tracker = new ResultTracker();
let server;
let browser;

async function cleanup() {
  if (browser) await browser.close().catch(() => {});
  browser = undefined;
  if (server) await server.stop();
  server = undefined;
}
onSignals(cleanup);

// Lines from the workbench that are only noise for a test run.
const NOISE = [/Extension host \(Remote\) started/, /ERR_NAME_NOT_RESOLVED/, /getaddrinfo/, /gallery/i];
function echo(prefix, text) {
  tracker.feed(text);
  if (!args.verbose && NOISE.some((re) => re.test(text))) return;
  for (const line of String(text).split(/\r?\n/)) console.log(prefix ? `${prefix}${line}` : line);
}

async function main() {
  const env = loadEnv();
  server = await startCodeServer({
    env,
    workspace: args.workspace,
    keep: args.keep,
    verbose: args.verbose,
  });
  const { port, origin } = server;
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).join('/')}`;
  const payload = [
    ['extensionDevelopmentPath', remote(args.extension)],
    ['extensionTestsPath', remote(args.tests)],
    ['skipWelcome', 'true'],
  ];
  const url = `${origin}/?folder=${encodeURIComponent(args.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  browser = await launchChromium(env);
  const page = await browser.newPage();
  let resolveExit;
  const exited = new Promise((resolve) => { resolveExit = resolve; });
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => echo('', formatArgs(logArgs)));
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  page.on('pageerror', (err) => { if (args.verbose) console.log(`[page error] ${err.message}`); });
  page.on('crash', () => resolveExit(-1));
  log(`opening the workbench with extensionTestsPath=${args.tests}`);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const code = await exited;
  log(`VS Code reported exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return code;
}

runBounded({ main, cleanup, tracker, timeoutSeconds: args.timeout });
