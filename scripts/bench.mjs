// `npm run bench`: speed and size, as ratios against baselines measured in the
// same run (alternating, medians), so they hold on a noisy machine.
//
// Answers of about 1,000, 10,000 and 50,000 words are made from the project's
// own fixtures (test/fixtures/answers, examples). Measured:
// - a full check by the core, a bare remark parse (remark-parse + remark-gfm)
//   and markdownlint's in-process lint of the same text;
// - re-checks while typing in the middle of the 10,000-word answer, through
//   DocumentSession (what the extension uses): warm, and the first keystrokes;
// - completion and hover on a role mention in the 10,000-word answer;
// - peak memory for checking the 50,000-word answer (a child process);
// - bundle sizes, the .vsix size and activation (bundle load and dataset
//   index, each in a fresh process); the CLI on a folder of 100 answers against markdownlint-cli2;
// - the CLI on 1,000 answers on every core against one thread (--jobs 1), and
//   against markdownlint-cli2 on the same folder;
// - each hostile input of test/fixtures/hostile.mjs (a 10 MB file, 50,000
//   headings, ...), once each in a fresh process, against a 10,000-word check.
// The last line is one JSON object.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint as markdownlint } from 'markdownlint/sync';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const root = resolve(fileURLToPath(import.meta.url), '../..');

if (process.argv[2] === '--activation') {
  // Child mode, in a fresh process: what activating the extension costs.
  // 1. Loading the node bundle (with a stand-in for the 'vscode' module, which only VS Code provides).
  const { createRequire, Module } = await import('node:module');
  const load = Module._load;
  // Every name the API exports (from its type definitions), each a stand-in that accepts any use.
  const names = readFileSync(join(root, 'node_modules/@types/vscode/index.d.ts'), 'utf8')
    .split('\n')
    .map((line) => /^\texport (?:class|enum|namespace|function|const|let) (\w+)/.exec(line)?.[1])
    .filter(Boolean);
  const any = new Proxy(function stand() {}, { get: (_t, key) => (key === 'then' ? undefined : any), apply: () => any, construct: () => any });
  const stub = Object.fromEntries(names.map((name) => [name, any]));
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? stub : load.call(this, request, ...rest);
  };
  let started = performance.now();
  createRequire(import.meta.url)(join(root, 'dist/extension.cjs'));
  const bundleLoadMs = performance.now() - started;
  // 2. The dataset index: the core's bundled data parsed, the name tries built, and a first check.
  started = performance.now();
  const { Checker: FreshChecker } = await import(join(root, 'out/bench/core.mjs'));
  new FreshChecker().check('Radiographers use CT scanners and position the patient.');
  const datasetIndexMs = performance.now() - started;
  console.log(JSON.stringify({ bundleLoadMs, datasetIndexMs }));
  process.exit(0);
}

const core = await import(join(root, 'out/bench/core.mjs'));
const { Checker, DocumentSession, completionsAt, hoverAt } = core;
const checker = new Checker();

if (process.argv[2] === '--hostile') {
  // Child mode: time one hostile input as the CLI reads it (bytes → text → limits → check).
  const { HOSTILE } = await import(join(root, 'test/fixtures/hostile.mjs'));
  const made = HOSTILE[Number(process.argv[3])].make();
  const started = performance.now();
  const text = typeof made === 'string' ? made : new TextDecoder().decode(made);
  const skipped = core.skipReason(text) !== undefined;
  if (!skipped) checker.check(text);
  console.log(JSON.stringify({ ms: performance.now() - started, skipped, peakMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

if (process.argv[2] === '--peak') {
  // Child mode: check one file and report the peak resident memory.
  const text = readFileSync(process.argv[3], 'utf8');
  checker.check(text);
  console.log(JSON.stringify({ peakMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const sources = [join(root, 'test/fixtures/answers'), join(root, 'examples')].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')),
);
const words = (text) => text.split(/\s+/).filter(Boolean).length;

/** An answer of about `target` words: the fixtures, over and over, with numbered section headings. */
function answerOf(target) {
  const parts = ['# 2.1 Describe practitioner roles within the field of medical technology\n'];
  let count = 0;
  for (let i = 0; count < target; i++) {
    const piece = sources[i % sources.length].replace(/^#+ .*$/m, `## Part ${i + 1}`);
    parts.push(piece);
    count += words(piece);
  }
  return parts.join('\n\n');
}

const bareParser = unified().use(remarkParse).use(remarkGfm);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

/** Runs the functions in turn, `rounds` times (after a warm-up), and gives each one's median in ms. */
function alternate(fns, rounds) {
  const times = fns.map(() => []);
  for (const fn of fns) fn();
  for (let r = 0; r < rounds; r++) fns.forEach((fn, i) => times[i].push(time(fn)));
  return times.map(median);
}

const rows = [];
const sizes = [1000, 10000, 50000];
const texts = Object.fromEntries(sizes.map((n) => [n, answerOf(n)]));
const results = {};
for (const n of sizes) {
  const text = texts[n];
  const rounds = n >= 50000 ? 9 : n >= 10000 ? 25 : 61;
  const [full, parse, md] = alternate(
    [() => checker.check(text), () => bareParser.parse(text), () => markdownlint({ strings: { answer: text } })],
    rounds,
  );
  results[n] = { full, parse, md };
  rows.push([`${words(text)} words`, full, parse, md, full / parse, full / md]);
}

// Typing in the middle of the 10,000-word answer, one character at a time, each
// keystroke a re-check. The first 21 keystrokes of a new session run code the
// JIT has not compiled yet (a user's first second of typing); the re-check is
// the median of the 25 keystrokes after them, when the session's code is as warm
// as the full check above.
const ten = texts[10000];
const at = ten.indexOf('. ', Math.floor(ten.length / 2)) + 1;
const typed = ' The clinical engineer then checks every infusion pump on the ward before the morning round begins.';
const session = new DocumentSession(checker);
session.update(ten);
const keystrokes = [];
for (let k = 1; k <= 46; k++) keystrokes.push(time(() => session.update(ten.slice(0, at) + typed.slice(0, k) + ten.slice(at))));
const relintFirst = median(keystrokes.slice(0, 21));
const relint = median(keystrokes.slice(21));
const relintMode = session.stats.mode;

// Completion and hover on a role mention of the 10,000-word answer.
const report = session.update(ten);
const mention = report.coverage.roles[0].mentions[Math.floor(report.coverage.roles[0].mentions.length / 2)];
const [completionMs, hoverMs] = alternate(
  [() => completionsAt(ten, mention.end, report, checker.dataset), () => hoverAt(report, mention.start + 1, checker.dataset)],
  51,
);

// Peak memory for the 50,000-word answer, in a fresh process.
const scratch = mkdtempSync(join(tmpdir(), 'coursework-roles-bench-'));
writeFileSync(join(scratch, 'fifty.md'), texts[50000]);
const peak = JSON.parse(spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--peak', join(scratch, 'fifty.md')], { encoding: 'utf8' }).stdout).peakMB;

// The CLI on a folder of 100 answers, against markdownlint-cli2 on the same folder.
const folder = join(scratch, 'answers');
mkdirSync(folder);
for (let i = 0; i < 100; i++) writeFileSync(join(folder, `answer-${i}.md`), sources[i % sources.length] + `\n\nAnswer ${i}.\n`);
const runCli = (args) => () => spawnSync(process.execPath, args, { cwd: scratch, encoding: 'utf8' });
const [cliMs, cli2Ms] = alternate(
  [runCli([join(root, 'dist/cli.cjs'), '--format', 'json', 'answers']), runCli([join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), 'answers/**/*.md'])],
  5,
);

// 1,000 answers: the CLI on every core against one thread, and against markdownlint-cli2.
const thousand = join(scratch, 'thousand');
mkdirSync(thousand);
for (let i = 0; i < 1000; i++) writeFileSync(join(thousand, `answer-${String(i).padStart(4, '0')}.md`), sources[i % sources.length] + `\n\nAnswer ${i}.\n`);
const [serialMs, parallelMs, cli2ThousandMs] = alternate(
  [
    runCli([join(root, 'dist/cli.cjs'), '--format', 'json', '--jobs', '1', 'thousand']),
    runCli([join(root, 'dist/cli.cjs'), '--format', 'json', '--jobs', String(availableParallelism()), 'thousand']),
    runCli([join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), 'thousand/**/*.md']),
  ],
  3,
);
rmSync(scratch, { recursive: true, force: true });

// Hostile input, each once in a fresh process (they take seconds, and memory).
const { HOSTILE } = await import(join(root, 'test/fixtures/hostile.mjs'));
const hostile = HOSTILE.map((input, i) => ({
  name: input.name,
  ...JSON.parse(spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--hostile', String(i)], { encoding: 'utf8', maxBuffer: 1 << 20 }).stdout),
}));
const slowest = hostile.reduce((a, b) => (b.ms > a.ms ? b : a));

// Activation (bundle load, dataset index), median of 5 fresh processes.
const activations = Array.from({ length: 5 }, () => JSON.parse(spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--activation'], { encoding: 'utf8' }).stdout));
const bundleLoadMs = median(activations.map((a) => a.bundleLoadMs));
const datasetIndexMs = median(activations.map((a) => a.datasetIndexMs));

// The packaged extension's size.
const vsixDir = mkdtempSync(join(tmpdir(), 'coursework-roles-vsix-'));
const vsixPath = join(vsixDir, 'bench.vsix');
spawnSync('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsixPath], { cwd: root, encoding: 'utf8' });
const vsixKB = statSync(vsixPath).size / 1024;
rmSync(vsixDir, { recursive: true, force: true });

const kb = (file) => statSync(join(root, file)).size / 1024;
const bundles = { 'dist/extension.cjs': kb('dist/extension.cjs'), 'dist/extension.browser.cjs': kb('dist/extension.browser.cjs'), 'dist/cli.cjs': kb('dist/cli.cjs') };

const f = (x, d = 2) => x.toFixed(d);
console.log('\nfull check vs a bare remark parse and markdownlint (median ms)');
console.log('size           full    parse   mdlint  full/parse  full/mdlint');
for (const [name, full, parse, md, a, b] of rows) console.log(`${name.padEnd(13)} ${f(full, 1).padStart(6)} ${f(parse, 1).padStart(8)} ${f(md, 1).padStart(8)} ${f(a).padStart(10)} ${f(b).padStart(12)}`);
console.log(`\nre-check after each keystroke (10,000 words): ${f(relint)} ms (${relintMode}), ${f(relint / results[10000].full, 3)} of a full check; the first 21 keystrokes of a new session ${f(relintFirst)} ms`);
console.log(`completion ${f(completionMs, 3)} ms, hover ${f(hoverMs, 3)} ms (10,000 words)`);
console.log(`peak memory, 50,000 words: ${f(peak, 0)} MB`);
console.log(`CLI on 100 answers: ${f(cliMs, 0)} ms; markdownlint-cli2: ${f(cli2Ms, 0)} ms; ratio ${f(cliMs / cli2Ms)}`);
console.log(`CLI on 1,000 answers: every core (${availableParallelism()}) ${f(parallelMs, 0)} ms, one thread ${f(serialMs, 0)} ms, ratio ${f(parallelMs / serialMs)}; markdownlint-cli2 ${f(cli2ThousandMs, 0)} ms, ratio ${f(parallelMs / cli2ThousandMs)}`);
for (const [file, size] of Object.entries(bundles)) console.log(`${file}: ${f(size, 0)} KB`);
console.log(`.vsix: ${f(vsixKB, 0)} KB; activation: bundle load ${f(bundleLoadMs, 1)} ms, dataset index ${f(datasetIndexMs, 1)} ms`);
console.log('\nhostile input (once each, fresh process)      ms   × a 10,000-word check   peak MB');
for (const h of hostile) {
  console.log(`${`${h.name}${h.skipped ? ' (skipped)' : ''}`.padEnd(42)} ${f(h.ms, 0).padStart(7)} ${f(h.ms / results[10000].full, 1).padStart(14)} ${f(h.peakMB, 0).padStart(17)}`);
}
console.log(`slowest: ${slowest.name}, ${f(slowest.ms / 1000, 1)} s`);
console.log(
  JSON.stringify({
    fullOverParse: +f(results[10000].full / results[10000].parse, 3),
    fullOverMarkdownlint: +f(results[10000].full / results[10000].md, 3),
    relintOverFull: +f(relint / results[10000].full, 3),
    relintFirstKeystrokesMs: +f(relintFirst, 2),
    completionMs: +f(completionMs, 3),
    hoverMs: +f(hoverMs, 3),
    peakMB: +f(peak, 1),
    bundleKB: +f(bundles['dist/extension.cjs'], 1),
    vsixKB: +f(vsixKB, 1),
    activationBundleLoadMs: +f(bundleLoadMs, 1),
    activationDatasetIndexMs: +f(datasetIndexMs, 1),
    cliOverMarkdownlintCli2: +f(cliMs / cli2Ms, 3),
    parallelOverSerial: +f(parallelMs / serialMs, 3),
    batchOverMarkdownlintCli2: +f(parallelMs / cli2ThousandMs, 3),
    hostileSlowest: slowest.name,
    hostileSlowestOverFull: +f(slowest.ms / results[10000].full, 1),
  }),
);
