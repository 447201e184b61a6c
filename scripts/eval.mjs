// Scores the CLI's JSON output against a marker's labels.
//
//   npm run eval                 scores ../shared/corpus
//   node scripts/eval.mjs DIR    scores another folder of NAME.md + NAME.labels.json
//   node scripts/eval.mjs --verbose    also lists every disagreement
//
// Role detection compares the set of role ids per file; flags compare the
// (file, role, rule) triples of missing-technology and missing-duties, where a
// label of `"technology": false` expects a missing-technology flag.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, '../shared/corpus'));
if (!existsSync(dir)) {
  console.error(`eval: no corpus at ${dir}`);
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md') && existsSync(join(dir, f.replace(/\.md$/, '.labels.json'))))
  .sort();
const run = spawnSync(process.execPath, [join(root, 'dist/cli.cjs'), '--format', 'json', ...files.map((f) => join(dir, f))], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (run.status === 2 || !run.stdout) {
  console.error(`eval: the CLI failed: ${run.stderr}`);
  process.exit(2);
}
const reports = new Map(JSON.parse(run.stdout).map((r) => [basename(r.file), r]));

const count = () => ({ tp: 0, fp: 0, fn: 0 });
const detection = count();
const rules = { 'missing-technology': count(), 'missing-duties': count() };
const misses = [];

for (const file of files) {
  const labels = JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, '.labels.json')), 'utf8'));
  const report = reports.get(file) ?? { roles: [], messages: [] };
  const expected = new Set(labels.roles.map((r) => r.id));
  const found = new Set(report.roles.map((r) => r.id));
  for (const id of found) {
    if (expected.has(id)) detection.tp++;
    else {
      detection.fp++;
      misses.push(`${file}: detected ${id}, not labelled`);
    }
  }
  for (const id of expected) {
    if (!found.has(id)) {
      detection.fn++;
      misses.push(`${file}: missed role ${id}`);
    }
  }
  for (const [rule, c] of Object.entries(rules)) {
    const part = rule === 'missing-technology' ? 'technology' : 'duties';
    const want = new Set(labels.roles.filter((r) => r[part] === false).map((r) => r.id));
    const got = new Set(report.messages.filter((m) => m.ruleId === rule).map((m) => m.roleId));
    for (const id of got) {
      if (want.has(id)) c.tp++;
      else {
        c.fp++;
        misses.push(`${file}: ${rule} on ${id}, but the marker found it described`);
      }
    }
    for (const id of want) {
      if (!got.has(id)) {
        c.fn++;
        misses.push(`${file}: no ${rule} on ${id}, but the marker found it missing`);
      }
    }
  }
}

const score = ({ tp, fp, fn }) => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f, text: `precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})` };
};
const flags = count();
for (const c of Object.values(rules)) for (const k of ['tp', 'fp', 'fn']) flags[k] += c[k];

if (verbose || misses.length <= 30) for (const m of misses) console.log(`  ${m}`);
console.log(`eval: ${files.length} answers in ${dir}`);
console.log(`missing-technology  ${score(rules['missing-technology']).text}`);
console.log(`missing-duties      ${score(rules['missing-duties']).text}`);
console.log(`flags (both rules)  ${score(flags).text}`);
console.log(`role detection      ${score(detection).text}`);
