/**
 * Recognising technology: the names the dataset lists, and technology named
 * in other words.
 *
 * Counted as a specific technology:
 * - a technology of the dataset, by name or alias ("MRI scanner", "EPR");
 * - a device, instrument or software noun from `data/device-nouns.json`
 *   (generated from WordNet: "dialyser", "centrifuge", "firewall") and a
 *   phrase of `data/technology-phrases.json`: a physical principle ("sound
 *   waves that are too high-pitched to hear", "radio waves"), a device the
 *   vocabulary misses ("water treatment plant", "C-arm"), a technology used
 *   as a verb ("patients they have X-rayed");
 * - a generic head made specific by what follows it: "the machines that
 *   clean a patient's blood", "software used to manage appointments",
 *   "pumps for giving drugs", "cleaned by a machine".
 *
 * Not counted: a generic word alone ("equipment", "machines", "devices",
 * "computers", "systems", "technology"), or made specific only by what
 * stands before it ("imaging machines", "new equipment").
 */
import deviceNouns from '../../data/device-nouns.json';
import technologyPhrases from '../../data/technology-phrases.json';
import type { Span } from './clauses.js';
import { COMMON_VERBS, dutyVerb, GENERIC_HEADS, words } from './lexicon.js';
import { TermIndex, type TermMatch } from './terms.js';
import type { Token } from './text.js';

/** A technology read in the text, and what it was read as. */
export interface TechnologyRead {
  first: number;
  last: number;
  /** What the words were taken as: a dataset technology's name, a device class, or how a description was read. */
  as: string;
}

/** Verbs after "that"/"which" that say nothing specific of a generic head ("machines that are expensive", "tools that help"). */
const EMPTY_VERBS = words('is are was were be been help helps helped work works make makes need needs has have had can could may might will would do does last lasts lasted cost costs');

const MODALS = words('can could may might will would');

/** Words that open a relative clause's own subject ("that the wards rely on", "which they use"). */
const CLAUSE_SUBJECTS = words('the a an this these those they we you he she it i staff');

/** Words that, after a generic head, say what it is for ("used to", "for"). */
const PURPOSE = words('used designed built programmed made meant intended');

let extra: TermIndex | undefined;

/**
 * Device nouns and technology phrases beyond the dataset, as one index. Built
 * on first use: the data files are bundled.
 */
export function extraTechnologyIndex(): TermIndex {
  if (extra) return extra;
  const technologies = [
    ...deviceNouns.nouns.map((n) => ({ id: `device:${n.noun}`, name: n.noun, aliases: [] as string[], read: n.under })),
    ...technologyPhrases.phrases.map((p) => ({ id: `phrase:${p.phrase}`, name: p.phrase, aliases: [] as string[], read: p.means })),
  ];
  extra = new TermIndex({ roles: [], technologies });
  return extra;
}

/** What an extra technology match was read as. */
export function readAs(m: TermMatch): string {
  const id = m.target.id;
  if (id.startsWith('device:')) return deviceClass.get(id) ?? 'a device';
  if (id.startsWith('phrase:')) return phraseMeaning.get(id) ?? 'technology';
  return m.target.term;
}

const deviceClass = new Map(deviceNouns.nouns.map((n) => [`device:${n.noun}`, n.under]));
const phraseMeaning = new Map(technologyPhrases.phrases.map((p) => [`phrase:${p.phrase}`, p.means]));
const phraseCompanions = new Map(
  technologyPhrases.phrases.filter((p) => 'with' in p && Array.isArray(p.with)).map((p) => [`phrase:${p.phrase}`, new Set((p as { with: string[] }).with)]),
);

/** Words of which one must stand in the same sentence for an extra technology match to count ("radio waves" beside "magnet"), if any. */
export function companionsOf(m: TermMatch): ReadonlySet<string> | undefined {
  return phraseCompanions.get(m.target.id);
}

/** What technology recognition needs of a block. */
export interface TechnologyFacts {
  /** Tokens that belong to a role name (1) or a technology name (2). */
  named: Uint8Array;
}

/**
 * Generic heads made specific by what follows them, in a span: "machines
 * that clean a patient's blood", "software used to book appointments",
 * "pumps for giving drugs", "(cleaned) by a machine".
 */
export function describedTechnologies(tokens: readonly Token[], f: TechnologyFacts, s: Span): TechnologyRead[] {
  const found: TechnologyRead[] = [];
  for (let i = s.first; i <= s.last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || f.named[i] || !GENERIC_HEADS.has(t.norm)) continue;
    // "the Scientist Training Programme, which ...": a head in capitals mid-sentence ends a proper name, not a device.
    if (!t.allLower && i > s.first && tokens[i - 1]!.kind === 'word') continue;
    // "a training programme called the STP": a course, not software.
    if (i > s.first && COURSES.has(tokens[i - 1]!.norm)) continue;
    // "computer programs": the last of several generic nouns is the head.
    if (i + 1 <= s.last && tokens[i + 1]!.kind === 'word' && GENERIC_HEADS.has(tokens[i + 1]!.norm)) continue;
    const end = specifiedBy(tokens, f, i, s.last) ?? agentOf(tokens, i, s.first);
    if (end === undefined) continue;
    const first = end < i ? end : i;
    const last = end < i ? i : end;
    found.push({ first, last, as: `a ${t.norm} described by what it does` });
  }
  return found;
}

/** Words before "programme" that make it a course: "a training programme", "an apprenticeship programme". */
const COURSES = new Set(['training', 'degree', 'apprenticeship', 'education', 'study', 'studies', 'learning', 'graduate', 'exchange', 'course']);

/** Where a relative clause, purpose or "for -ing" that makes the head at `i` specific ends, if one follows. */
function specifiedBy(tokens: readonly Token[], f: TechnologyFacts, i: number, last: number): number | undefined {
  let j = i + 1;
  if (j <= last && tokens[j]!.text === ',') j++;
  const next = tokens[j];
  if (!next || j > last || next.kind !== 'word') return undefined;
  if (next.lower === 'that' || next.lower === 'which') {
    // "programs that can look at scans": the verb after a modal says what the head does.
    if (MODALS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.kind === 'word') j++;
    const verb = tokens[j + 1];
    if (!verb || verb.kind !== 'word' || j + 1 > last || EMPTY_VERBS.has(verb.lower)) return undefined;
    // "the equipment that the wards rely on": a clause with its own subject says what is done with the
    // head, and needs more to make it specific than one on the head itself ("that clean a patient's blood").
    if (CLAUSE_SUBJECTS.has(verb.lower)) return contentAfter(tokens, f, j + 1, last, 3);
    return contentAfter(tokens, f, j + 2, last, 2);
  }
  if (PURPOSE.has(next.lower) && (tokens[j + 1]?.lower === 'to' || tokens[j + 1]?.lower === 'for')) return contentAfter(tokens, f, j + 2, last, 2);
  if (next.lower === 'for') {
    const verb = dutyVerb(tokens[j + 1]?.lower ?? '');
    if (verb?.form === 'ing' || (tokens[j + 1] && tokens[j + 1]!.lower.endsWith('ing') && !COMMON_VERBS.has(tokens[j + 1]!.lower))) {
      return contentAfter(tokens, f, j + 2, last, 1);
    }
  }
  if (next.lower === 'called' || (next.lower === 'known' && tokens[j + 1]?.lower === 'as')) return contentAfter(tokens, f, next.lower === 'called' ? j + 1 : j + 2, last, 1);
  return undefined;
}

/**
 * The end of a description that says something specific: at least `need`
 * words that are not generic heads or grammatical filler, within six words.
 */
function contentAfter(tokens: readonly Token[], f: TechnologyFacts, from: number, last: number, need: number): number | undefined {
  let content = 0;
  let end = -1;
  for (let k = from; k <= last && k < from + 6; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    end = k;
    if (!FILLER.has(t.lower) && !GENERIC_HEADS.has(t.norm) && f.named[k] !== 1) content++;
    if (content >= need && k >= from + need) return k;
  }
  return content >= need && end >= 0 ? end : undefined;
}

const FILLER = words('a an the of to in on for and or with by from their its his her them it this that these those very really some any all more most');

/** "(their blood is) cleaned by a machine": a generic head as the agent of a participle names what it does. Gives the participle's index. */
function agentOf(tokens: readonly Token[], i: number, floor: number): number | undefined {
  let p = i - 1;
  while (p >= floor && tokens[p]!.kind === 'word' && (tokens[p]!.lower === 'a' || tokens[p]!.lower === 'an' || tokens[p]!.lower === 'the')) p--;
  if (p < floor + 1 || tokens[p]!.lower !== 'by') return undefined;
  const participle = tokens[p - 1]!;
  if (participle.kind !== 'word' || !participle.lower.endsWith('ed') || EMPTY_VERBS.has(participle.lower)) return undefined;
  return p - 1;
}
