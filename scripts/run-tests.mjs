// Runs every test suite in order and totals them: `npm test`.
//
// Each step streams its own output; mocha suites are counted from their
// "N passing" / "N failing" lines, typecheck and lint count as one check
// each. The unit tests run under c8 (`npm run coverage`, thresholds in
// .c8rc.json): coverage of src/core below the gate fails the step, counted
// as one failure. The last line is `total: N passed, N failed`, and the exit
// code is non-zero if anything failed or a suite ran no test.
//
//   node scripts/run-tests.mjs            every suite
//   node scripts/run-tests.mjs unit cli   only the named ones
import { spawn } from 'node:child_process';

const npx = (args) => ['npx', ['--no-install', ...args]];
const suites = [
  { name: 'typecheck', cmd: npx(['tsc', '-p', 'tsconfig.json', '--noEmit']) },
  { name: 'lint', cmd: npx(['eslint', '.']) },
  { name: 'build', cmd: ['node', ['esbuild.mjs']] },
  // As `npm run coverage`. Loaded as ES modules, not through require(esm), so that
  // tsx emits no CommonJS export getters for c8 to count as uncovered functions.
  { name: 'unit', cmd: npx(['c8', 'mocha', '--node-option', 'no-experimental-require-module']), mocha: true },
  { name: 'cli', cmd: npx(['mocha', '--config', 'test/cli/.mocharc.json']), mocha: true },
  // Real VS Code, offline (see test/host/README-host.md): set-up is idempotent and cached.
  { name: 'host-setup', cmd: ['bash', ['test/host/setup.sh']] },
  // The class report (--format html) in Chromium with Playwright and axe-core: test/report/.
  { name: 'report-browser', cmd: npx(['mocha', '--config', 'test/report/.mocharc.json']), mocha: true },
  { name: 'vscode-node', cmd: ['node', ['scripts/host-suite.mjs', 'node']], closing: true },
  { name: 'vscode-web', cmd: ['node', ['scripts/host-suite.mjs', 'web']], closing: true },
  { name: 'vscode-ui', cmd: ['node', ['scripts/host-suite.mjs', 'ui']], closing: true },
];

const only = process.argv.slice(2);
const chosen = only.length ? suites.filter((s) => only.includes(s.name)) : suites;

function runStep(step) {
  return new Promise((resolve) => {
    const [cmd, args] = step.cmd;
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    const take = (stream, sink) =>
      stream.on('data', (chunk) => {
        out += chunk;
        sink.write(chunk);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code, signal) => resolve({ code: code ?? 1, signal, out }));
  });
}

const results = [];
for (const step of chosen) {
  console.log(`\n=== ${step.name}`);
  const { code, out } = await runStep(step);
  let passed;
  let failed;
  if (step.mocha) {
    // eslint-disable-next-line no-control-regex
    const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
    const count = (word) => {
      const line = plain.split('\n').find((l) => l.trim().split(' ')[1] === word);
      return line ? Number(line.trim().split(' ')[0]) : 0;
    };
    passed = count('passing');
    failed = count('failing');
    if (code !== 0 && failed === 0) failed = 1;
    if (passed + failed === 0) failed = 1;
  } else if (step.closing) {
    // The runner's own closing line: `N passed, N failed`.
    const last = out.trim().split('\n').at(-1)?.trim().split(' ') ?? [];
    passed = last[1] === 'passed,' ? Number(last[0]) : 0;
    failed = last[3]?.startsWith('failed') ? Number(last[2]) : 1;
    if (code !== 0 && failed === 0) failed = 1;
    if (passed + failed === 0) failed = 1;
  } else {
    passed = code === 0 ? 1 : 0;
    failed = code === 0 ? 0 : 1;
  }
  results.push({ name: step.name, passed, failed });
  console.log(`${step.name}: ${passed} passed, ${failed} failed`);
}

console.log('\n=== summary');
for (const r of results) console.log(`  ${r.name.padEnd(14)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
