// Shared plumbing for the test/host runners: tool paths, CLI flags, a
// throw-away code-server on 127.0.0.1, Debian's Chromium through
// playwright-core, process-group cleanup, and the closing-line contract.
//
// Contract with the test code (both extension-host runners):
//   the tests print, through console.log, one line `RESULT <passed> <failed>`
//   when mocha has finished. The runner echoes every test output line, parses
//   that line, and prints as its very last line `<passed> passed, <failed> failed`.
//   Exit code: 0 only if RESULT was seen with failed == 0 and VS Code reported
//   exit code 0. If no RESULT line arrived (time-out, crash, tests never
//   started) the run itself counts as one failure: `0 passed, 1 failed`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import util from 'node:util';

export const HOST_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const REPO = path.resolve(HOST_DIR, '../..');
export const CACHE = process.env.HOST_CACHE || path.join(REPO, '.host-cache');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

const log = (...a) => console.log('[host]', ...a);
export { log };

/** Paths written by setup.sh. */
export function loadEnv() {
  const file = path.join(CACHE, 'env.json');
  if (!fs.existsSync(file)) {
    throw new Error(`${file} not found: run \`bash test/host/setup.sh\` first`);
  }
  const env = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const key of ['node24', 'codeServerEntry']) {
    if (!fs.existsSync(env[key])) throw new Error(`${env[key]} missing: re-run \`bash test/host/setup.sh\``);
  }
  return env;
}

/** require() that resolves from the tools cache (playwright-core, test-web...). */
export function toolRequire(env) {
  return createRequire(path.join(env.tools, 'package.json'));
}

/**
 * Minimal `--flag value` parser. spec: { name: { required, type: 'path'|'number'|'string'|'bool', default } }
 */
export function parseArgs(argv, spec, usage) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') { console.log(usage); process.exit(0); }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m || !spec[m[1]]) { console.error(`unknown argument ${arg}\n${usage}`); process.exit(2); }
    const s = spec[m[1]];
    let value = m[2];
    if (s.type === 'bool') value = value === undefined ? true : value !== 'false';
    else if (value === undefined) value = argv[++i];
    if (value === undefined) { console.error(`--${m[1]} needs a value\n${usage}`); process.exit(2); }
    out[m[1]] = value;
  }
  for (const [name, s] of Object.entries(spec)) {
    if (out[name] === undefined) out[name] = s.default;
    if (out[name] === undefined && s.required) { console.error(`missing --${name}\n${usage}`); process.exit(2); }
    if (out[name] === undefined) continue;
    if (s.type === 'number') {
      out[name] = Number(out[name]);
      if (!Number.isFinite(out[name]) || out[name] <= 0) { console.error(`--${name} must be a positive number`); process.exit(2); }
    }
    if (s.type === 'path') {
      if (!path.isAbsolute(out[name])) out[name] = path.resolve(out[name]);
      if (s.mustExist !== false && !fs.existsSync(out[name])) { console.error(`--${name} ${out[name]} does not exist`); process.exit(2); }
    }
  }
  return out;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * True while any non-zombie process is in process group `pgid`. (On this kind
 * of container PID 1 may never reap orphans, so `kill(-pgid, 0)` keeps
 * succeeding for zombies; /proc tells live processes apart.)
 */
export function groupAlive(pgid) {
  if (process.platform === 'linux') {
    for (const name of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      let stat;
      try { stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8'); } catch { continue; }
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // state ppid pgrp ...
      if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') return true;
    }
    return false;
  }
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

/** Kill a detached child's whole process group: TERM, then KILL after graceMs. */
export async function killGroup(child, graceMs = 3000) {
  if (!child || child.pid === undefined) return;
  const pgid = child.pid;
  if (!groupAlive(pgid)) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
  const until = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pgid)) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
    const hard = Date.now() + 2000;
    while (groupAlive(pgid) && Date.now() < hard) await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The runners have several ways to end (tests done, time-out, signal, error);
 * only the first one to call exitOnce() runs its cleanup-print-exit function,
 * later callers wait forever (the process is about to exit).
 */
let exiting = false;
export async function exitOnce(fn) {
  if (exiting) return new Promise(() => {});
  exiting = true;
  await fn();
  return undefined;
}

/** Line-splits a stream and calls onLine for each complete line. */
export function eachLine(stream, onLine) {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buf += chunk;
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) { onLine(buf.slice(0, nl).replace(/\r$/, '')); buf = buf.slice(nl + 1); }
  });
  stream.on('end', () => { if (buf) onLine(buf); });
}

/** Collects test output and finds the `RESULT p f` line. */
export class ResultTracker {
  constructor() { this.result = undefined; this.lines = []; }
  /** Feed one chunk of test output (may contain several lines); returns true if RESULT was in it. */
  feed(text) {
    let found = false;
    for (const line of String(text).split(/\r?\n/)) {
      const m = /^\s*RESULT (\d+) (\d+)\s*$/.exec(line);
      if (m) { this.result = { passed: Number(m[1]), failed: Number(m[2]) }; found = true; }
    }
    return found;
  }
}

/**
 * Prints the closing line and exits. exitCode: what the host reported (or
 * undefined). Exit status is 0 only for a RESULT with 0 failures and a 0 exit.
 */
export function finish(tracker, exitCode, reason) {
  const r = tracker.result;
  if (!r) {
    console.log(`[host] no RESULT line received${reason ? ` (${reason})` : ''}: counting the run as 1 failed`);
    console.log('0 passed, 1 failed');
    process.exit(exitCode && exitCode !== 0 ? exitCode : 1);
  }
  if (reason) console.log(`[host] ${reason}`);
  console.log(`${r.passed} passed, ${r.failed} failed`);
  let code = 0;
  if (r.failed > 0) code = 1;
  if (exitCode !== undefined && exitCode !== 0) code = exitCode > 0 && exitCode < 256 ? exitCode : 1;
  if (reason && code === 0) code = 1;
  process.exit(code);
}

/**
 * Runs a runner's main() under an overall time-out: on time-out, error or
 * completion it cleans up once and prints the closing line (exit 124 on
 * time-out). Shared by run-extension-host.mjs and run-web.mjs.
 */
export function runBounded({ main, cleanup, tracker, timeoutSeconds }) {
  const timer = setTimeout(() => exitOnce(async () => {
    console.log(`[host] TIMED OUT after ${timeoutSeconds}s`);
    await cleanup();
    if (tracker.result) finish(tracker, 124, `timed out after ${timeoutSeconds}s`);
    console.log('0 passed, 1 failed');
    process.exit(124);
  }), timeoutSeconds * 1000);
  main().then((code) => exitOnce(async () => {
    clearTimeout(timer);
    await cleanup();
    finish(tracker, code);
  }), (err) => exitOnce(async () => {
    clearTimeout(timer);
    console.error(`[host] ERROR: ${err && err.stack ? err.stack : err}`);
    await cleanup();
    finish(tracker, 1, 'runner error');
  }));
}

/** On SIGINT/SIGTERM/SIGHUP: cleanup, print the failing closing line, exit 130. */
export function onSignals(cleanup) {
  const handler = (sig) => () => exitOnce(async () => {
    console.log(`[host] ${sig}: cleaning up`);
    try { await cleanup(); } finally { console.log('0 passed, 1 failed'); process.exit(130); }
  });
  process.on('SIGINT', handler('SIGINT'));
  process.on('SIGTERM', handler('SIGTERM'));
  process.on('SIGHUP', handler('SIGHUP'));
}

function codeServerEnv(env, dir, extraEnv = {}) {
  return {
    ...process.env,
    PATH: `${path.dirname(env.node24)}:${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(dir, 'xdg/config'),
    XDG_DATA_HOME: path.join(dir, 'xdg/data'),
    XDG_CACHE_HOME: path.join(dir, 'xdg/cache'),
    TMPDIR: path.join(dir, 'tmp'),
    HOST_CACHE: CACHE,
    ...extraEnv,
  };
}

const SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'git.enabled': false,
  'workbench.tips.enabled': false,
  'update.mode': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'files.autoSave': 'off',
  'files.hotExit': 'off',
};

/** Runs code-server's CLI once (e.g. --install-extension) against the throw-away dirs. */
export async function codeServerCli(env, dir, args, extraEnv) {
  const child = spawn(env.node24, [env.codeServerEntry,
    '--user-data-dir', path.join(dir, 'user'), '--extensions-dir', path.join(dir, 'extensions'), ...args], {
    env: codeServerEnv(env, dir, extraEnv), stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
  await killGroup(child, 500);
  if (code !== 0) throw new Error(`code-server ${args.join(' ')} exited ${code}:\n${out}`);
  return out;
}

/**
 * Starts a throw-away code-server bound to 127.0.0.1 on a free port.
 * options: workspace (abs dir, optional), settings (merged over the defaults),
 * extraEnv, vsix (a .vsix to --install-extension first), verbose (echo server output),
 * startTimeoutMs.
 * Returns { port, origin, dir, child, env, stop() }.
 */
export async function startCodeServer(options = {}) {
  const env = options.env || loadEnv();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-code-server-'));
  for (const sub of ['user/User', 'extensions', 'xdg/config', 'xdg/data', 'xdg/cache', 'tmp']) {
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
  }
  fs.writeFileSync(path.join(dir, 'user/User/settings.json'),
    `${JSON.stringify({ ...SETTINGS, ...(options.settings || {}) }, null, 2)}\n`);
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  if (options.vsix) {
    log(`installing ${options.vsix}`);
    await codeServerCli(env, dir, ['--install-extension', options.vsix], options.extraEnv);
  }

  const args = [env.codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver',
    '--config', path.join(dir, 'config.yaml'),
    '--user-data-dir', path.join(dir, 'user'),
    '--extensions-dir', path.join(dir, 'extensions'),
  ];
  if (options.workspace) args.push(options.workspace);
  const child = spawn(env.node24, args, {
    cwd: dir, env: codeServerEnv(env, dir, options.extraEnv), stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  const server = { port, origin: `http://127.0.0.1:${port}`, dir, child, env, output: [] };
  let stopped = false;
  server.stop = async () => {
    if (stopped) return;
    stopped = true;
    await killGroup(child);
    if (!options.keep) fs.rmSync(dir, { recursive: true, force: true });
  };

  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not report "HTTP server listening" within ${(options.startTimeoutMs || 60000) / 1000}s`)), options.startTimeoutMs || 60000);
    const onLine = (line) => {
      server.output.push(line);
      if (options.onServerLine) options.onServerLine(line);
      else if (options.verbose) console.log(`[code-server] ${line}`);
      if (line.includes('HTTP server listening')) { clearTimeout(timer); resolve(); }
    };
    eachLine(child.stdout, onLine);
    eachLine(child.stderr, onLine);
    child.on('exit', (code, sig) => { clearTimeout(timer); reject(new Error(`code-server exited early (${code ?? sig}):\n${server.output.slice(-30).join('\n')}`)); });
  });
  try {
    await ready;
  } catch (err) {
    await server.stop();
    throw err;
  }
  log(`code-server listening on ${server.origin} (state in ${dir})`);
  return server;
}

/** Launches Debian's Chromium headless through playwright-core from the tools cache. */
export async function launchChromium(env, launchOptions = {}) {
  const { chromium } = toolRequire(env)('playwright-core');
  return chromium.launch({
    executablePath: env.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    // The runners clean up on signals themselves (playwright's own handlers
    // would exit the process before code-server's group is killed).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    ...launchOptions,
  });
}

/** Formats codeAutomationLog args (strings or objects) into one string. */
export function formatArgs(args) {
  // printf-style like console.log: mocha's reporter sends ('%d passing (%s)', 4, '1s').
  return util.format(...(Array.isArray(args) ? args : [args]));
}
