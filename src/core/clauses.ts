/**
 * Reading clauses: where sentences end, which role a clause is about, and
 * which part of a sentence belongs to which role.
 *
 * - Sentences end at `.`, `!` or `?` whether or not a capital follows
 *   ("they scan babies. then they write reports"), except after an
 *   abbreviation ("e.g.", "Dr.") or an initial.
 * - A role is the **owner** of the clause it is the subject of
 *   ("Radiographers take X-rays"), of the clause it introduces ("the first
 *   one is a radiographer", "there's the sonographer"), of a relative clause
 *   on it ("the coder, who assigns codes"), and of a passive clause it is the
 *   agent of ("the pumps are serviced by clinical engineers"). Names joined by
 *   "and", "or" or a comma share a clause ("radiographers and sonographers
 *   both scan patients").
 * - When one sentence gives several roles a clause each ("radiographers take
 *   x-rays, sonographers scan babies"), each role gets its own part of the
 *   sentence, from where its name starts to where the next owner's starts.
 * - A role named in passing (an object: "they work alongside sonographers")
 *   owns nothing.
 */
import { ADVERBS, ARTICLES, CLAUSE_OPENERS, COMMON_VERBS, dutyVerb, isVerbForm, MODIFIERS, OTHER_PERSONS, PARTICLES, PREPOSITIONS, SUBJECT_WORDS } from './lexicon.js';
import type { TermMatch } from './terms.js';
import type { Token } from './text.js';

/** A run of tokens `[first, last]` of one block. */
export interface Span {
  first: number;
  last: number;
}

/** A sentence of a block, with the role and technology matches inside it. */
export interface Sentence extends Span {
  block: number;
  /** The block's role matches in this sentence: `roles[rolesFrom, rolesTo)`. */
  rolesFrom: number;
  rolesTo: number;
  /** The block's technology matches in this sentence. */
  techsFrom: number;
  techsTo: number;
  /** The parts of the sentence that roles own, in order (filled in on demand). */
  clauses?: Clause[];
  /** The whole sentence as a part of a role's text, kept so that each analysis need not make it again. */
  whole?: { block: number; first: number; last: number; objectBefore: boolean };
  /** Where it says "the former" or "the latter" (filled in on demand). */
  references?: { first: number; which: 0 | 1 }[];
  /** Where its modals stand when it has a time ahead ("in ten years ... might"), or null (filled in on demand). */
  future?: number[] | null;
  /** Where what would follow without a role begins ("Without radiographers, doctors would ..."), or -1 (filled in on demand). */
  consequence?: number;
}

/** How a role came to own a clause; a trainee's ("trains the radiographers on the scanner") is shared with the trainer's. */
export type Ownership = 'subject' | 'relative' | 'agent' | 'trainee';

/** A part of a sentence and the roles it is about. */
export interface Clause extends Span {
  owners: TermMatch[];
  how: Ownership;
  /** Whether the clause's object stands before it ("X-rays that the radiographers have taken"). */
  objectBefore: boolean;
  /**
   * When its verb is left out, to be read from the clause before ("..., and
   * clinical engineers the repairs"): that verb, a duty verb or "do", and
   * where the object after the name starts.
   */
  gapped?: Gap;
}

/** A verb left out of a clause: the kind of the clause before's verb, and the index of the object. */
export interface Gap {
  verb: 'duty' | 'do';
  object: number;
}

/** What clause reading needs of a block. */
export interface ClauseFacts {
  roles: readonly TermMatch[];
  /** For each token, the role match it ends, if any. */
  roleEndAt: ReadonlyMap<number, TermMatch>;
}

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'etc', 'vs', 'approx', 'no', 'fig', 'st', 'eg', 'ie', 'e', 'i', 'cf', 'incl', 'esp', 'dept', 'depts', 'hosp', 'hrs', 'yrs', 'mins']);
/** Marks that, glued to a full stop, show it ends an abbreviation inside a sentence ("dept./clinics", "etc.&"). */
const GLUED_AFTER_ABBREVIATION = new Set(['/', '&', '+']);
const CLOSERS = new Set([')', '"', '\u201d', "'", '\u2019', ']', '*']);

/**
 * Splits a block's tokens into sentences at `.`, `!` or `?`. A full stop
 * after an abbreviation or a one-letter word ("e.g.", "Dr.", initials) ends
 * a sentence only before a capital; any other ends it whatever follows.
 */
export function sentencesOf(tokens: readonly Token[], block: number): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct' || (t.text !== '.' && t.text !== '!' && t.text !== '?')) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.kind === 'punct' && (CLOSERS.has(tokens[j]!.text) || tokens[j]!.text === t.text)) j++;
    const next = tokens[j];
    // "3.5 mm": a decimal point.
    if (t.text === '.' && next && next.start === t.end && isDigit(next.text)) continue;
    // "swabs etc., using ...": a full stop before a comma or semicolon ends an abbreviation.
    // "the audiology dept./hearing clinics": so does one glued to a slash, "&" or "+".
    if (t.text === '.' && j === i + 1 && next && next.kind === 'punct' && (next.text === ',' || next.text === ';' || (next.start === t.end && GLUED_AFTER_ABBREVIATION.has(next.text)))) continue;
    if (t.text === '.' && next && next.kind === 'word' && next.allLower) {
      const prev = tokens[i - 1];
      if (prev && prev.kind === 'word' && (prev.text.length === 1 || ABBREVIATIONS.has(prev.lower))) continue;
      // "e.g. the ...": a word glued to the full stop before it is part of an abbreviation.
      if (next.start === t.end) continue;
    }
    if (t.text === '.' && next && next.kind === 'word' && !next.allLower) {
      const prev = tokens[i - 1];
      // "Dr. Patel", "e.g. CT": only a few abbreviations stand before a capital.
      if (prev && prev.kind === 'word' && TITLES.has(prev.lower)) continue;
    }
    out.push(sentence(block, first, j - 1));
    first = j;
    i = j - 1;
  }
  if (first < tokens.length) out.push(sentence(block, first, tokens.length - 1));
  return out;
}

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'prof', 'e', 'i', 'eg', 'ie', 'vs', 'cf']);

function sentence(block: number, first: number, last: number): Sentence {
  return { block, first, last, rolesFrom: 0, rolesTo: 0, techsFrom: 0, techsTo: 0 };
}

function isDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** The index of the first token at or before `from` (not before `floor`) whose word is not in `skip`. */
export function previousIndex(tokens: readonly Token[], from: number, floor: number, skip: ReadonlySet<string>): number {
  let i = from;
  while (i >= floor && tokens[i]!.kind === 'word' && skip.has(tokens[i]!.lower)) i--;
  return i;
}

/** Words that, before a name, introduce it as what follows is about: "the first one is a radiographer", "there's the sonographer". */
const INTRODUCERS = new Set(['is', 'are', 'was', 'were', "there's", 'theres', "here's", 'heres', 'meet', 'mention', 'be', 'become', 'becoming']);
const RELATIVES = new Set(['who', 'whose', 'whom']);
const HAVING = new Set(['have', 'get', 'got']);
const GENERIC_SUBJECTS = new Set(['you', 'we']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't", 'get', 'gets', 'got']);
/** Punctuation that ends a clause inside a sentence. */
const CLAUSE_BREAKS = new Set([';', ':', '\u2013', '\u2014', '(', ')']);

/**
 * Where a passive agent's clause ends: after the name, what says how or with
 * what the agent did it ("analysed by biomedical scientists on automated
 * analysers", "carried out by the clinical coder, using encoder software"),
 * up to a comma, a clause break or the next role's name; a relative clause
 * on the name is the agent's too, up to a clause break ("by biomedical
 * equipment technicians, whose work might include the replacement of
 * batteries in patient monitors, ...").
 */
function agentEnd(tokens: readonly Token[], f: ClauseFacts, s: Sentence, m: TermMatch, r: number): number {
  const next = r + 1 < s.rolesTo ? f.roles[r + 1]!.first : s.last + 1;
  let relative = isRelativeHead(tokens, m.last + 1, s.last);
  let j = m.last + 1;
  // "is delegated to laboratory technicians: samples are received, labelled ...": what the colon opens says what they do.
  if (tokens[j]?.text === ':') return next - 1;
  for (; j < next && j <= s.last && !CLAUSE_BREAKS.has(tokens[j]!.text); j++) {
    if (tokens[j]!.text !== ',' || relative) continue;
    // "repaired by a biomedical equipment technician from the EBME department, who also ...": "who" is the agent's.
    if (isRelativeHead(tokens, j, s.last) && tokens[j + 1]?.lower !== 'which') {
      relative = true;
      continue;
    }
    // ", using encoder software": a participle says how.
    const after = tokens[j + 1];
    if (j === m.last + 1 && after && after.kind === 'word' && after.allLower && after.lower.endsWith('ing')) continue;
    break;
  }
  return j - 1;
}

/** Nouns of a duty that a role is given: "is the responsibility of", "a task for". */
const DUTY_HEADS = new Set(['responsibility', 'job', 'task', 'duty', 'role', 'remit', 'work']);
/** Verbs by which work passes to a role: "falls to", "rests with", "is down to". */
const HANDED: Record<string, ReadonlySet<string>> = {
  to: new Set(['fall', 'falls', 'fell', 'fallen', 'left', 'down', 'up', 'assigned', 'delegated', 'allocated']),
  with: new Set(['rest', 'rests', 'rested', 'lie', 'lies', 'lay']),
};

/**
 * Whether the word at `p` before a name hands it the clause before, as a
 * passive's agent is handed it: "the calibration of the pumps falls to the
 * biomedical technologists", "responsibility for the LIMS rests with the
 * pathology IT technician", "the maintenance of the dialysis machines may be
 * the responsibility of a dialysis technician", "is a task for the ODP".
 */
function handedTo(tokens: readonly Token[], p: number, floor: number): boolean {
  const prev = tokens[p]!.lower;
  const before = (at: number): Token | undefined => {
    const i = previousIndex(tokens, at, floor, ADVERBS);
    return i >= floor ? tokens[i] : undefined;
  };
  const verb = before(p - 1);
  if (!verb || verb.kind !== 'word') return false;
  if (HANDED[prev]?.has(verb.lower)) return true;
  if (prev !== 'of' && prev !== 'for') return false;
  // "is the responsibility of", "may be the job of", "is a task for"
  const head = previousIndex(tokens, p - 1, floor, DUTY_MODIFIERS);
  if (head < floor || !DUTY_HEADS.has(tokens[head]!.norm)) return false;
  const be = before(previousIndex(tokens, head - 1, floor, DETERMINERS));
  return be !== undefined && be.kind === 'word' && BE.has(be.lower);
}

/** Words that may stand between a duty's noun and "of" or before it: "the main responsibility of", "the sole job of". */
const DUTY_MODIFIERS = new Set(['main', 'sole', 'key', 'chief', 'primary', 'usual', 'daily', 'specific', 'particular', 'direct', 'overall']);

/**
 * Whether a name after "of" heads the clause it starts: "The role of the
 * sonographer is to scan ...", "The main job of a clinical coder is ...".
 */
function headsClause(tokens: readonly Token[], p: number, floor: number): boolean {
  if (tokens[p]!.lower !== 'of') return false;
  let head = previousIndex(tokens, p - 1, floor, DUTY_MODIFIERS);
  if (head < floor || !DUTY_HEADS.has(tokens[head]!.norm)) return false;
  head = previousIndex(tokens, head - 1, floor, DUTY_MODIFIERS);
  const start = previousIndex(tokens, head, floor, DETERMINERS);
  if (start < floor) return true;
  const t = tokens[start]!;
  return t.kind === 'word' ? CLAUSE_OPENERS.has(t.lower) || OPENING_ADVERBIALS.has(t.lower) : t.text === ',' || CLAUSE_BREAKS.has(t.text);
}

/** Whether a name after "of" names the members of a group that opens its clause: "Her team of ...", "A couple of ...". */
function membersOf(tokens: readonly Token[], p: number, floor: number): boolean {
  if (tokens[p]!.lower !== 'of' || p - 1 < floor || !GROUP_HEADS.has(tokens[p - 1]!.lower)) return false;
  const start = previousIndex(tokens, p - 2, floor, DETERMINERS);
  if (start < floor) return true;
  const t = tokens[start]!;
  return t.kind === 'word' ? CLAUSE_OPENERS.has(t.lower) : t.text === ',' || CLAUSE_BREAKS.has(t.text);
}
const GROUP_HEADS = new Set(['team', 'teams', 'group', 'groups', 'couple', 'pair', 'handful', 'crew', 'squad']);

/**
 * The parts of a sentence that roles own, in order. Parts owned by a
 * subject, an introduced name or a relative clause tile the sentence from
 * the first owner on (the words before it go to the first owner too); a
 * passive's agent owns the clause before it as well.
 */
export function clausesOf(tokens: readonly Token[], f: ClauseFacts, s: Sentence): Clause[] {
  const respective = respectively(tokens, f, s);
  if (respective) return respective;
  const clauses: Clause[] = [];
  const agents: Clause[] = [];
  let open: Clause | undefined;
  for (let r = s.rolesFrom; r < s.rolesTo; r++) {
    const m = f.roles[r]!;
    const p = beforeDeterminers(tokens, m.first, s.first);
    const chained = chainedTo(tokens, f, p);
    if (open && chained && open.owners.includes(chained)) {
      open.owners.push(m);
      continue;
    }
    const prev = p >= s.first ? tokens[p] : undefined;
    if (prev && prev.kind === 'word' && ((prev.lower === 'by' && passiveBefore(tokens, p - 1, s.first)) || handedTo(tokens, p, s.first))) {
      agents.push({ first: clauseStart(tokens, p - 1, s.first), last: agentEnd(tokens, f, s, m, r), owners: [m], how: 'agent', objectBefore: false });
      continue;
    }
    // "trains the radiographers on the scanner software", "taught the ODPs to use it": what the trainees are trained on is theirs
    // too, and stays the trainer's.
    if (prev && prev.kind === 'word' && TRAINING.has(prev.lower) && TRAINED_ON.has(tokens[m.last + 1]?.lower ?? '') && !undone(tokens, p, s.first)) {
      let last = m.last + 1;
      while (last < s.last && last < m.last + TRAINED_WORDS && !(tokens[last + 1]!.kind === 'punct' && tokens[last + 1]!.text !== '-')) last++;
      agents.push({ first: m.last + 1, last, owners: [m], how: 'trainee', objectBefore: false });
      continue;
    }
    const how = ownership(tokens, f, s, m, p);
    if (!how) {
      // "I spoke to a sonographer and she showed me the probe": a pronoun straight after a name in passing is that role,
      // unless a role before is the sentence's subject ("Sonographers are like radiographers but they use ...").
      const k = open ? -1 : pronounAfter(tokens, m, s);
      if (k < 0) continue;
      open = { first: k, last: s.last, owners: [m], how: 'subject', objectBefore: false };
      clauses.push(open);
      continue;
    }
    const objectBefore = how === 'subject' && prev !== undefined && prev.kind === 'word' && objectStandsBefore(tokens, p, s.first);
    let first = s.first;
    // "In hospitals that do robot-assisted surgery, robotics specialists ...": a clause on something else before the name is not the role's.
    // "They test the samples that the phlebotomist has taken": the phlebotomist's part starts at its object.
    if (!open && p >= s.first) first = objectBefore && (prev!.lower === 'that' || prev!.lower === 'which') ? nounPhraseStart(tokens, p - 1, s.first) : ownStart(tokens, s.first, p);
    if (open) {
      first = objectBefore ? nounPhraseStart(tokens, prev!.lower === 'that' || prev!.lower === 'which' ? p - 1 : p, s.first) : p + 1;
      // Never into the name of the owner before.
      first = Math.max(first, open.owners[open.owners.length - 1]!.last + 1);
      // "they test the blood that the phlebotomist took": the object before the name is the clause before's object too.
      open.last = objectBefore ? Math.max(first - 1, prev!.lower === 'that' || prev!.lower === 'which' ? p - 1 : p) : first - 1;
    }
    const before = open;
    open = { first, last: s.last, owners: [m], how, objectBefore };
    // "like radiographers, sonographers and cardiographers who all do scans": "all" makes the clause the whole list's.
    if (how === 'relative' && GROUP_AFTER_WHO.has(tokens[m.last + 2]?.lower ?? '')) {
      for (let k = r; k > s.rolesFrom; k--) {
        const link = chainedTo(tokens, f, beforeDeterminers(tokens, f.roles[k]!.first, s.first));
        if (link !== f.roles[k - 1]) break;
        open.owners.unshift(link);
      }
    }
    // A chain of gaps shares the first clause's verb: "phlebotomists do the blood taking, biomedical scientists the testing, and ...".
    const joined = prev !== undefined && (prev.text === ',' || (prev.kind === 'word' && GAP_JOINS.has(prev.lower)));
    const verb = before && how === 'subject' && joined && gappedAfter(tokens, m.last, s) ? (before.gapped?.verb ?? verbIn(tokens, before.owners[before.owners.length - 1]!.last + 1, before.last)) : undefined;
    if (verb) open.gapped = { verb, object: m.last + 1 };
    clauses.push(open);
  }
  return agents.length === 0 ? clauses : [...clauses, ...agents];
}

/**
 * The clauses of "A and B do X and Y, respectively": each of the subjects
 * owns the part of the predicate in its place ("Dialysis technicians and
 * renal nurses set up the machines and look after the patients,
 * respectively": the technicians set up the machines). The sentence must
 * split cleanly: its joins ("and", "or", a comma) are twice one fewer than
 * its subjects, half of them among the subjects and half in the predicate;
 * the first subject is a role, and the first part of the predicate starts
 * at a verb after the last subject. Undefined when it does not say
 * "respectively" or does not split so.
 */
function respectively(tokens: readonly Token[], f: ClauseFacts, s: Sentence): Clause[] | undefined {
  if (s.rolesTo - s.rolesFrom === 0) return undefined;
  let word = -1;
  for (let i = s.first; i <= s.last; i++) if (tokens[i]!.lower === 'respectively') word = i;
  if (word < 0) return undefined;
  const joins: number[] = [];
  for (let i = s.first; i <= s.last; i++) {
    const t = tokens[i]!;
    if (i === word || t.text === ';' || t.text === '(' || t.text === ':') {
      if (i !== word) return undefined;
      continue;
    }
    const join = t.text === ',' ? tokens[i + 1]?.lower !== 'respectively' && i + 1 !== word : t.kind === 'word' && (t.lower === 'and' || t.lower === 'or');
    if (!join) continue;
    // "radiographers, and sonographers": a comma and a joining word are one join.
    if (t.kind === 'word' && joins.length > 0 && joins[joins.length - 1] === i - 1 && tokens[i - 1]!.text === ',') joins[joins.length - 1] = i;
    else joins.push(i);
  }
  if (joins.length === 0 || joins.length % 2 !== 0) return undefined;
  const n = joins.length / 2 + 1;
  const parts: Span[] = [];
  let from = s.first;
  for (const j of joins) {
    parts.push({ first: from, last: j - 1 });
    from = j + 1;
  }
  parts.push({ first: from, last: s.last });
  // The subjects: the first n parts, each opening with its name (after "the", "both"); the last also holds the first predicate.
  const subjects: (TermMatch | undefined)[] = [];
  for (let k = 0; k < n; k++) {
    const part = parts[k]!;
    let r = s.rolesFrom;
    while (r < s.rolesTo && f.roles[r]!.first < part.first) r++;
    const m = r < s.rolesTo ? f.roles[r] : undefined;
    subjects.push(m && m.last <= part.last && previousIndex(tokens, m.first - 1, part.first, RESPECTIVE_OPENERS) < part.first ? m : undefined);
  }
  if (!subjects[0]) return undefined;
  // Where the first predicate starts in the last subject's part: after its name, or at the first verb after its first word.
  const lastPart = parts[n - 1]!;
  const lastName = subjects[n - 1];
  let verb = lastName ? lastName.last + 1 : -1;
  if (!lastName) for (let i = lastPart.first + 1; i <= lastPart.last && verb < 0; i++) if (tokens[i]!.kind === 'word' && (dutyVerb(tokens[i]!.lower) || COMMON_VERBS.has(tokens[i]!.lower))) verb = i;
  if (verb < 0 || verb > lastPart.last) return undefined;
  const clauses: Clause[] = [];
  for (let k = 0; k < n; k++) {
    const m = subjects[k];
    if (!m) continue;
    const part = k === 0 ? { first: verb, last: lastPart.last } : parts[n - 1 + k]!;
    // "take and test blood samples respectively": a verb alone shares the object of the next.
    const next = parts[n + k];
    const last = part.first === part.last && next && dutyVerb(tokens[part.first]!.lower) ? next.last : part.last;
    clauses.push({ first: part.first, last, owners: [m], how: 'subject', objectBefore: false });
  }
  return clauses.sort((a, b) => a.first - b.first);
}
const RESPECTIVE_OPENERS = new Set(['the', 'both', 'our', 'their', 'all']);

/**
 * Where a pronoun that can only be a name in passing stands as the subject
 * of the clause straight after it: "I spoke to a sonographer and she showed
 * me ...", "I chose nuclear medicine technologists, because they use ...".
 * Only a joining word (and a comma) stands between the name and the
 * pronoun, which agrees with it ("he" or "she" not after a plural name),
 * and no "they", "he" or "she" stands before the name; -1 when there is none.
 */
function pronounAfter(tokens: readonly Token[], m: TermMatch, s: Span): number {
  // "done by the nurses and not the phlebotomist, because they take it ...": "they" are the nurses.
  if (setAside(tokens, beforeDeterminers(tokens, m.first, s.first))) return -1;
  let j = m.last + 1;
  if (tokens[j]?.text === ',') j++;
  // "They rely on phlebotomists and they get on well with ...": the pronoun goes on with the subject before.
  for (let i = s.first; i < m.first; i++) if (THIRD_PERSON.has(tokens[i]!.lower)) return -1;
  const opener = tokens[j];
  if (!opener || j > s.last || opener.kind !== 'word' || !PRONOUN_OPENERS.has(opener.lower)) return -1;
  j++;
  if (tokens[j]?.lower === 'then') j++;
  const pronoun = tokens[j];
  if (!pronoun || j >= s.last || pronoun.kind !== 'word') return -1;
  if (pronoun.lower === 'they' || pronoun.lower === "they're") return j;
  return !isPlural(tokens, m) && (pronoun.lower === 'he' || pronoun.lower === 'she') ? j : -1;
}

/** Whether the word at `p` before a name sets it against someone else: "the nurses and not the phlebotomist", "rather than", "instead of". */
export function setAside(tokens: readonly Token[], p: number): boolean {
  const t = tokens[p];
  if (!t || t.kind !== 'word') return false;
  const before = tokens[p - 1]?.lower;
  if (t.lower === 'not') return before === 'and' || before === 'but' || tokens[p - 1]?.text === ',';
  if (t.lower === 'than') return before === 'rather';
  return t.lower === 'of' && before === 'instead';
}

/** Whether a role's name is written in the plural ("sonographers", "ODPs"). */
export function isPlural(tokens: readonly Token[], m: TermMatch): boolean {
  const last = tokens[m.last]!;
  return last.lower !== last.norm && last.lower.endsWith('s');
}

const THIRD_PERSON = new Set(['they', 'he', 'she', "they're", "he's", "she's"]);
/** Words that join a clause whose subject may be a pronoun for the name before. */
const PRONOUN_OPENERS = new Set(['and', 'but', 'because', 'so', 'as', 'since', 'when', 'while', 'whilst', 'until', 'where', 'who']);

/**
 * Whether what follows a subject's name at `end` leaves its verb out: an
 * object straight after the name ("sonographers ultrasound scans",
 * "clinical engineers the repairs").
 */
function gappedAfter(tokens: readonly Token[], end: number, s: Span): boolean {
  const next = tokens[end + 1];
  if (!next || end + 1 > s.last || next.kind !== 'word' || GAP_JOINS.has(next.lower)) return false;
  return !(COMMON_VERBS.has(next.lower) || ADVERBS.has(next.lower) || PREPOSITIONS.has(next.lower) || isVerbForm(next.lower));
}

/** Words that join a clause whose verb may be left out ("..., and clinical engineers the repairs"). */
const GAP_JOINS = new Set(['and', 'or', 'but', 'while', 'whereas']);

/** The first duty verb or "do" in tokens [first, last] (after the owner's name), by kind. */
function verbIn(tokens: readonly Token[], first: number, last: number): Gap['verb'] | undefined {
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (t.lower === 'do' || t.lower === 'does' || t.lower === 'did') return 'do';
    if (dutyVerb(t.lower) !== undefined) return 'duty';
  }
  return undefined;
}

/**
 * Where the first owner's part of a sentence starts, given the words before
 * its name end at `p`. The words before go to it ("In some hospitals,
 * radiographers ...") unless they hold a clause about someone or something
 * else: a relative clause ("In hospitals that do robot-assisted surgery,
 * ...") or another person as subject ("the specialist trained us, and a
 * network engineer was there"). Then its part starts after the last comma
 * or clause break before its name.
 */
function ownStart(tokens: readonly Token[], from: number, p: number): number {
  // "She rolls her eyes and says the clinical engineers know ...": what comes before a reporting verb is the speaker's.
  const report = tokens[p]!.lower === 'that' && p > from ? p - 1 : p;
  if (tokens[report]!.kind === 'word' && REPORTING.has(tokens[report]!.lower)) return p + 1;
  // '"She trained every one of us," the ODP said': the quotation before its speaker is what the speaker says, read as such.
  if (CLOSING_QUOTES.has(tokens[p]!.text) && p > from && tokens[p - 1]!.kind === 'punct') return p + 1;
  let other = false;
  let cut = -1;
  /** "They calculate each dose; the radiographers ...": a pronoun's clause, ended by a semicolon, colon or dash. */
  let pronoun = false;
  let hardCut = -1;
  /** "They use automated analysers, and phlebotomists take the samples": a third person's clause, ended by a joining word. */
  let thirdPerson = false;
  let thirdAt = -1;
  let joinCut = -1;
  for (let i = from; i <= p; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && (t.text === ',' || CLAUSE_BREAKS.has(t.text))) cut = i;
    if (t.kind === 'punct' && CLAUSE_BREAKS.has(t.text) && pronoun) hardCut = i;
    // "they were doing a heart operation and the perfusionist was sat by ...": the joining word right before the name, too.
    if (thirdPerson && i > from && t.kind === 'word' && PRONOUN_CLAUSE_ENDS.has(t.lower) && (tokens[i - 1]!.text === ',' || (i === p && i - thirdAt > 2))) joinCut = i;
    if (t.kind !== 'word') continue;
    if (PRONOUNS.has(t.lower) && t.lower !== 'one') pronoun = true;
    if (THIRD_PERSON.has(t.lower)) {
      thirdPerson = true;
      thirdAt = i;
    }
    if (i === from) continue;
    if (RELATIVE_WORDS.has(t.lower) || (SUBJECT_WORDS.has(t.norm) && !PRONOUNS.has(t.lower))) other = true;
  }
  if (other && cut >= 0) return cut + 1;
  return Math.max(hardCut, joinCut) >= 0 ? Math.max(hardCut, joinCut) + 1 : from;
}
/** Words after a comma that end a pronoun's clause before another subject. */
const PRONOUN_CLAUSE_ENDS = new Set(['and', 'but', 'while', 'whilst', 'whereas', 'so']);

const RELATIVE_WORDS = new Set(['that', 'which', 'who']);

/** Where a quantified pronoun that starts at `i` ends ("both of them", "all of these", "they both"); -1 when none starts there. */
export function quantifiedSubjectEnd(tokens: readonly Token[], i: number, last: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || t.kind !== 'word' || !next || i + 1 > last) return -1;
  if (t.lower === 'they' && (next.lower === 'both' || next.lower === 'all')) return i + 1;
  const pronoun = tokens[i + 2];
  if (!(QUANTIFIERS.has(t.lower) && next.lower === 'of' && pronoun !== undefined && i + 2 <= last && QUANTIFIED.has(pronoun.lower))) return -1;
  // "all of these people rely on ...": "these" before a noun that is no duty verb is a determiner.
  const after = tokens[i + 3];
  if (pronoun.lower !== 'them' && after?.kind === 'word' && !ADVERBS.has(after.lower) && dutyVerb(after.lower) === undefined && !COMMON_VERBS.has(after.lower)) return -1;
  return i + 2;
}
const QUANTIFIERS = new Set(['both', 'all', 'each']);
const QUANTIFIED = new Set(['them', 'these', 'those']);
/** Verbs that report what someone says or thinks. */
export const REPORTING = new Set(['say', 'says', 'said', 'explain', 'explains', 'explained', 'tell', 'tells', 'told', 'think', 'thinks', 'thought', 'believe', 'believes', 'reckon', 'reckons', 'add', 'adds', 'added', 'mention', 'mentions', 'mentioned']);
const PRONOUNS = new Set(['they', 'he', 'she', 'we', 'i', 'you', 'one', 'who', 'former', 'latter']);

/** Words that may stand before a name without changing what it does in the sentence; "that" is left to `objectStandsBefore`. */
const DETERMINERS = new Set([...MODIFIERS].filter((w) => w !== 'that'));
const DEMONSTRATIVES = new Set(['this', 'these', 'those']);

/**
 * The index of the word before a name and its determiners. A demonstrative
 * before an article stands alone, as a pronoun: "For these a radiographer
 * comes ..." has "these" before the name, not "For".
 */
export function beforeDeterminers(tokens: readonly Token[], first: number, floor: number): number {
  const p = previousIndex(tokens, first - 1, floor, DETERMINERS);
  for (let k = p + 1; k < first - 1; k++) if (DEMONSTRATIVES.has(tokens[k]!.lower) && ARTICLES.has(tokens[k + 1]!.lower)) return k;
  // "came and trained the radiographers": a modifier before an article is no modifier of the name but a verb.
  for (let k = first - 2; k > p; k--) if (ARTICLES.has(tokens[k + 1]!.lower) && tokens[k]!.lower.endsWith('ed') && isVerbForm(tokens[k]!.lower)) return k;
  return p;
}

/**
 * Whether the word at `p` before a subject leaves the clause's object
 * standing before it: "X-rays that the radiographers have taken", "samples
 * the phlebotomists have labelled"; not "is that radiographers ...", "so
 * that", "says that".
 */
function objectStandsBefore(tokens: readonly Token[], p: number, floor: number): boolean {
  const prev = tokens[p]!;
  if (prev.lower === 'that' || prev.lower === 'which') {
    const before = p - 1 >= floor ? tokens[p - 1] : undefined;
    if (!before || before.kind !== 'word') return false;
    // "check that the ...", but "an MRI scan which the radiographer performed": a verb's form after a determiner or a word is a noun.
    const noun = p - 2 >= floor && tokens[p - 2]!.kind === 'word' && !SUBJECT_WORDS.has(tokens[p - 2]!.lower) && !isVerbForm(tokens[p - 2]!.lower) && !ADVERBS.has(tokens[p - 2]!.lower);
    return !(COMMON_VERBS.has(before.lower) || CLAUSE_OPENERS.has(before.lower) || INTRODUCERS.has(before.lower) || (dutyVerb(before.lower) !== undefined && !noun) || SAYING.has(before.lower));
  }
  return !CLAUSE_OPENERS.has(prev.lower) && !PREPOSITIONS.has(prev.lower) && !INTRODUCERS.has(prev.lower);
}

const SAYING = new Set(['say', 'says', 'said', 'mean', 'means', 'meant', 'know', 'knows', 'think', 'thinks', 'show', 'shows', 'sure', 'so', 'such', 'fact', 'idea']);

/** The role match ending just before a joining word at `p` ("and", "or", ",", "/", "&"), if any. */
export function chainedTo(tokens: readonly Token[], f: ClauseFacts, p: number): TermMatch | undefined {
  const t = tokens[p];
  if (!t) return undefined;
  const joins = t.kind === 'word' ? t.lower === 'and' || t.lower === 'or' : t.text === ',' || t.text === '/' || t.text === '&';
  if (!joins) return undefined;
  let q = p - 1;
  // "radiographers, and sonographers"
  if (t.kind === 'word' && tokens[q]?.text === ',') q--;
  return f.roleEndAt.get(q);
}

/** How a role name that is not chained to an owner comes to own a clause, or undefined for a name in passing. */
function ownership(tokens: readonly Token[], f: ClauseFacts, s: Sentence, m: TermMatch, p: number): Ownership | undefined {
  // "Medical physicists are a type of clinical scientist who work in radiotherapy": a class the subject belongs to.
  if (p > s.first && tokens[p]!.lower === 'of' && KINDS.has(tokens[p - 1]!.norm)) return undefined;
  if (isRelativeHead(tokens, m.last + 1, s.last)) return 'relative';
  if (p < s.first) return 'subject';
  const prev = tokens[p]!;
  if (prev.kind !== 'word') {
    if (prev.text === '(' && f.roleEndAt.has(p - 1)) return undefined;
    // "For example, radiographers take x-rays", "In contrast, sonographers ...": an adverbial opens the sentence.
    if (prev.text === ',' && opensSentence(tokens, s.first, p)) return verbFollows(tokens, m.last, s) ? 'subject' : undefined;
    if (prev.text === ',' || CLAUSE_BREAKS.has(prev.text) || prev.text === '"' || prev.text === '\u201c') {
      const w = tokens[p - 1];
      // "with, among others, radiographers"; but "Before the first patient comes in, the ODP checks ...": a particle ends a clause.
      // "At the clinic I was in, the phlebotomist ...": a preposition left at the end of a clause ends it too.
      if (prev.text === ',' && w && w.kind === 'word' && PREPOSITIONS.has(w.lower) && !particleAfterVerb(tokens, p - 1) && !BE.has(tokens[p - 2]?.lower ?? '')) return undefined;
      if (prev.text === ',' && f.roleEndAt.has(p - 1)) return verbFollows(tokens, m.last, s) ? 'subject' : undefined;
      // "She drops the samples off with Mei, a biomedical scientist.": an apposition that ends the sentence.
      if (prev.text === ',' && m.last === lastWord(tokens, s)) return undefined;
      return 'subject';
    }
    return verbFollows(tokens, m.last, s) ? 'subject' : undefined;
  }
  // "I'll get the network engineer to check the switch", "asked the clinical engineer to fix it": who is to do it;
  // not "nobody asked the network engineer to check it", "should have told the clinical engineers to ...": not done.
  if (CAUSATIVES.has(prev.lower) && tokens[m.last + 1]?.lower === 'to' && m.last + 2 <= s.last && isVerbForm(tokens[m.last + 2]!.lower) && !undone(tokens, p, s.first)) return 'subject';
  // "with the radiographers and the sonographers.": a name joined to one in passing is in passing too, unless a verb follows.
  if ((prev.lower === 'and' || prev.lower === 'or') && chainedTo(tokens, f, p)) return verbFollows(tokens, m.last, s) ? 'subject' : undefined;
  // "Where as a lab technician tests it": "whereas" in two words.
  if (CLAUSE_OPENERS.has(prev.lower) || (prev.lower === 'as' && tokens[p - 1]?.lower === 'where')) return 'subject';
  if (INTRODUCERS.has(prev.lower)) return introduced(tokens, p, s) ? 'subject' : undefined;
  // "And then you have robotics specialists, they work with ...": "you have" introduces, as "there is" does.
  if (HAVING.has(prev.lower) && p - 1 >= s.first && GENERIC_SUBJECTS.has(tokens[p - 1]!.lower)) return 'subject';
  if (headsClause(tokens, p, s.first)) return 'subject';
  // "Her team of health information technicians spend most of their day scanning ...": the members are the subject.
  if (membersOf(tokens, p, s.first)) return verbFollows(tokens, m.last, s) ? 'subject' : undefined;
  // "Before the patient comes in the robotics specialist helps ...": a particle ends the clause before, as a comma would.
  if (p - 1 >= s.first && particleAfterVerb(tokens, p) && !PREPOSITIONS.has(tokens[p - 1]!.lower)) return verbFollows(tokens, m.last, s) ? 'subject' : undefined;
  if (PREPOSITIONS.has(prev.lower)) return undefined;
  // "In some hospitals experienced radiographers write reports", "samples the phlebotomists have labelled".
  return verbFollows(tokens, m.last, s) ? 'subject' : undefined;
}

/** Nouns before "of" that make the name after it a class another belongs to: "a type of clinical scientist". */
const KINDS = new Set(['type', 'kind', 'sort', 'form', 'branch', 'subtype', 'specialism']);

/** Verbs of training someone, and the words after the trainee that say what on: "trains the radiographers on the scanner". */
const TRAINING = new Set(['train', 'trains', 'trained', 'training', 'teach', 'teaches', 'taught', 'teaching', 'show', 'shows', 'showed']);
const TRAINED_ON = new Set(['on', 'to', 'how', 'in']);
/** How far past the trainee's name what they are trained on may run. */
const TRAINED_WORDS = 12;

/** Words after "who" that make a relative clause every listed name's: "who all", "who both". */
const GROUP_AFTER_WHO = new Set(['all', 'both']);

/** Verbs whose object is to do what follows: "get the network engineer to check it" (not "want", "expect": wished, not done). */
const CAUSATIVES = new Set(['get', 'gets', 'got', 'ask', 'asks', 'asked', 'tell', 'tells', 'told', 'call', 'calls', 'called', 'send', 'sends', 'sent']);
/** Words before a verb that say it did not happen: "never asked", "should have told", "no one called". */
const UNDOING = new Set(['not', 'never', "didn't", 'didnt', "don't", 'dont', "doesn't", 'nobody', 'no', 'one', 'should', 'could', 'would', "shouldn't", "couldn't", "wouldn't", 'if']);

/** Whether one of the three words before `p` says the verb at `p` did not happen. */
function undone(tokens: readonly Token[], p: number, first: number): boolean {
  for (let k = p - 1; k >= first && k >= p - 3; k--) if (UNDOING.has(tokens[k]!.lower)) return true;
  return false;
}

/** Whether the word at `k` is a particle after its verb ("comes in", "sent off"), which ends that verb's clause. */
function particleAfterVerb(tokens: readonly Token[], k: number): boolean {
  return PARTICLES.has(tokens[k]!.lower) && isVerbForm(tokens[k - 1]?.lower ?? '');
}

/** The index of a sentence's last word. */
function lastWord(tokens: readonly Token[], s: Span): number {
  let i = s.last;
  while (i > s.first && tokens[i]!.kind !== 'word') i--;
  return i;
}

/** Words of an adverbial that opens a sentence before its subject ("For example,", "In contrast,", "However,"). */
const OPENING_ADVERBIALS = new Set(['for', 'example', 'instance', 'in', 'contrast', 'addition', 'particular', 'comparison', 'general', 'however', 'also', 'similarly', 'likewise', 'finally', 'firstly', 'secondly', 'thirdly', 'lastly', 'meanwhile', 'nowadays', 'today', 'often', 'usually', 'then', 'next', 'additionally', 'furthermore', 'moreover', 'overall', 'together', 'on', 'the', 'other', 'hand']);

/** Whether only an opening adverbial stands between the sentence's start and the comma at `p`. */
function opensSentence(tokens: readonly Token[], from: number, p: number): boolean {
  if (p <= from) return false;
  for (let i = from; i < p; i++) if (tokens[i]!.kind !== 'word' || !OPENING_ADVERBIALS.has(tokens[i]!.lower)) return false;
  return true;
}

/** Words before "is" that make the name after it what is introduced ("there is", "the first one is", "that someone is"). */
const INTRODUCING_SUBJECTS = new Set(['there', 'one', 'next', 'role', 'job', 'this', 'another', 'second', 'third', 'last', 'someone', 'somebody', 'person', 'answer']);

/** Whether `is`/`are` at `p` introduces the name after it ("the first one is a radiographer"), not a comparison ("is like a radiographer"). */
function introduced(tokens: readonly Token[], p: number, s: Sentence): boolean {
  const t = tokens[p]!;
  if (t.lower !== 'is' && t.lower !== 'are' && t.lower !== 'was' && t.lower !== 'were') return true;
  // "there is", "there are", "next is", "the first one is": the name is what follows.
  const before = p - 1 >= s.first ? tokens[p - 1] : undefined;
  return before === undefined || before.kind !== 'word' || INTRODUCING_SUBJECTS.has(before.lower);
}

/** Whether a relative clause on the name starts at `n` (", who", "who", "whose", ", by whom", "without whose"). */
function isRelativeHead(tokens: readonly Token[], n: number, last: number): boolean {
  if (n <= last && tokens[n]!.text === ',') n++;
  if (n <= last && tokens[n]!.text === '(') return false;
  let t = n <= last ? tokens[n] : undefined;
  if (t && t.kind === 'word' && RELATIVE_PREPOSITIONS.has(t.lower) && n + 1 <= last) t = tokens[n + 1];
  if (t !== undefined && t.kind === 'word' && RELATIVES.has(t.lower)) return true;
  // "a biomedical engineer at the university who is testing a pressure sensor": "who" past where the role works.
  if (t === undefined || !PLACE_PREPOSITIONS.has(t.lower)) return false;
  for (let k = n + 1; k <= last && k <= n + PLACE_WORDS + 1; k++) {
    const w = tokens[k]!;
    if (w.kind !== 'word') return w.text === ',' && tokens[k + 1]?.lower === 'who';
    if (w.lower === 'who') return k > n + 1;
  }
  return false;
}
/** How many words a place between a role and "who" may have ("at the university", "in the renal unit"). */
const PLACE_WORDS = 4;

const RELATIVE_PREPOSITIONS = new Set(['by', 'without', 'with', 'for', 'to']);

/** Words that are verbs in WordNet but, right after a role's name, are nouns or function words ("radiographer jobs", "the coder team"). */
const NOT_VERB_AFTER_NAME = new Set(['job', 'jobs', 'team', 'teams', 'role', 'roles', 'work', 'staff', 'training', 'course', 'courses', 'degree', 'apprenticeship', 'post', 'posts', 'salary', 'and', 'or', 'as', 'in', 'at', 'on', 'down', 'up', 'out', 'off', 'over', 'back', 'still', 'even', 'more', 'less', 'like', 'too', 'well']);

/** Whether a verb follows a name ending at `end` (after a bracket and adverbs): it is then the subject. */
function verbFollows(tokens: readonly Token[], end: number, s: Span): boolean {
  let n = afterAsides(tokens, end + 1, s.last);
  // 'network engineers "install and maintain ..."': a quotation that opens on the verb.
  if (n <= s.last && OPENING_QUOTES.has(tokens[n]!.text)) n++;
  while (n <= s.last && tokens[n]!.kind === 'word' && ADVERBS.has(tokens[n]!.lower)) n++;
  const next = tokens[n];
  if (!next || n > s.last || next.kind !== 'word') return false;
  if (COMMON_VERBS.has(next.lower)) return true;
  // "the health informatics specialist from the IT department had to restore ...": an auxiliary after where the role works.
  if (PLACE_PREPOSITIONS.has(next.lower)) {
    // "the clinical engineers in the hospital test and service ...": a verb after the place, itself after a determiner and a noun.
    for (let k = n + 1; k <= s.last && k <= n + 5; k++) {
      // '... in the hospital "test and service ..."': a quotation that opens on the verb.
      const v = OPENING_QUOTES.has(tokens[k]!.text) ? k + 1 : k;
      if (tokens[v]?.kind !== 'word') return false;
      if (v === k && AUXILIARIES.has(tokens[k]!.lower)) return k > n + 1;
      if (k > n + 2 && DETERMINERS.has(tokens[n + 1]!.lower) && tokens[v]!.allLower && placeVerb(tokens, v)) return true;
      if (v !== k) return false;
    }
    return false;
  }
  const verb = dutyVerb(next.lower);
  if (verb) return verb.form !== 'ing';
  // Any other verb, but not an -ing word, which after a name is mostly a noun ("sonographer training").
  return next.allLower && !next.lower.endsWith('ing') && !NOT_VERB_AFTER_NAME.has(next.lower) && isVerbForm(next.lower);
}

/** Whether the word at `k`, after a place, is a verb in the present with its subject before: "test", "scans", not "test lab" or "scanning". */
function placeVerb(tokens: readonly Token[], k: number): boolean {
  const verb = dutyVerb(tokens[k]!.lower);
  if (!verb || verb.form === 'ing' || verb.form === 'ed') return false;
  const after = tokens[k + 1];
  return after === undefined || after.kind !== 'word' || ARTICLES.has(after.lower) || DETERMINERS.has(after.lower) || after.lower === 'and' || after.lower === 'or' || PARTICLES.has(after.lower);
}

/** Prepositions of where a role works, between its name and its verb ("the scientist from the lab rings ..."). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'from']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'does', 'do', 'did']);

/**
 * Whether a sentence opens with someone who is not a practitioner role as its
 * subject ("On the ward round the consultant looked at the X-ray", "In the
 * 1950s the doctors did all the scanning"): a person noun among its first
 * eight words, before any role's name (`named`: 1 on a role's tokens), any
 * verb, pronoun or relative word, not after a preposition or possessive,
 * and with a verb after it.
 */
export function opensWithOtherPerson(tokens: readonly Token[], s: Span, named: Uint8Array): boolean {
  // "If the tests show a problem, the cardiologist ...", "When a patient goes home, the doctor ...": past an opening clause.
  let from = s.first;
  if (SUBORDINATORS.has(tokens[from]?.lower ?? '')) {
    let comma = from + 1;
    while (comma < s.last && comma < from + 16 && tokens[comma]!.text !== ',' && named[comma] !== 1) comma++;
    if (tokens[comma]?.text === ',' && comma < s.last) from = comma + 1;
  }
  for (let i = from, seen = 0; i <= s.last && seen < 8; i++) {
    if (named[i] === 1) return false;
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    seen++;
    // "They research problems that doctors face": a subject or a verb came first.
    if (PRONOUNS.has(t.lower) || RELATIVE_WORDS.has(t.lower) || COMMON_VERBS.has(t.lower) || dutyVerb(t.lower) !== undefined) return false;
    if (!otherPerson(t) || t.text.endsWith("'s") || t.text.endsWith('\u2019s')) continue;
    const p = previousIndex(tokens, i - 1, s.first, DETERMINERS);
    const prev = p >= s.first ? tokens[p]! : undefined;
    if (prev && prev.kind === 'word' && (PREPOSITIONS.has(prev.lower) || POSSESSIVES.has(prev.lower))) return false;
    // "The consultant haematologist": the last word for the person.
    let end = i;
    while (end < s.last && named[end + 1] !== 1 && otherPerson(tokens[end + 1]!)) end++;
    // "The consultant haematologist we met is ...": past a clause with its own subject.
    if (CONTACT_SUBJECTS.has(tokens[end + 1]?.lower ?? '') && end + 2 <= s.last && isVerbForm(tokens[end + 2]!.lower)) end += 2;
    return verbFollows(tokens, end, s);
  }
  return false;
}

const POSSESSIVES = new Set(['my', 'our', 'your', 'their', 'his', 'her', 'its']);
/** Words that open a clause before the sentence's subject: "If the tests show a problem, ...". */
const SUBORDINATORS = new Set(['if', 'when', 'once', 'after', 'before', 'while', 'whilst', 'although', 'though', 'because', 'since', 'unless']);
const CONTACT_SUBJECTS = new Set(['we', 'i', 'you', 'they', 'she', 'he']);

/**
 * Whether a word names a person who is no practitioner of the dataset: a doctor, nurse, porter ...
 * (`OTHER_PERSONS`), or a medical specialist by its ending ("haematologist", "radiologist",
 * "paediatrician", "psychiatrist"); a word inside a role's name is that role's, not this.
 */
export function otherPerson(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (OTHER_PERSONS.has(t.norm)) return true;
  return /(?:ologist|iatrist|ician)s?$/.test(t.lower) && !NOT_OTHER_PERSONS.has(t.norm);
}
/** Words with those endings that name the dataset's practitioners when no role's name is found around them. */
const NOT_OTHER_PERSONS = new Set(['technician', 'informatician']);

/** Marks that open a quotation. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '\u201c']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '\u201d']);

/** The index after the bracketed asides and footnote marks (at most `most`) that start at `n`: "(often called BMS) [2] do ...". */
export function afterAsides(tokens: readonly Token[], n: number, last: number, most = 3): number {
  for (let groups = 0; groups < most && n <= last; groups++) {
    const open = tokens[n]!.text;
    const close = open === '(' ? ')' : open === '[' ? ']' : undefined;
    if (close === undefined) break;
    while (n <= last && tokens[n]!.text !== close) n++;
    n++;
  }
  return n;
}

/** The index of the "(" that opens the aside whose ")" is at `p` (not before `floor`), or -1. */
export function asideStart(tokens: readonly Token[], p: number, floor: number): number {
  for (let q = p - 1; q >= floor; q--) if (tokens[q]!.text === '(') return q;
  return -1;
}

/** How many words before "by" its "are" may stand: "are then sent out and tested in the hospital lab by". */
const PASSIVE_REACH = 12;

/**
 * Whether the words before `by` at `from` are a passive: a form of "be" and a
 * participle ("are serviced", "is carried out"), or a participle right after
 * its noun ("samples taken").
 */
function passiveBefore(tokens: readonly Token[], from: number, floor: number): boolean {
  // "samples taken by phlebotomists": a participle right before "by", after the noun it describes.
  const right = tokens[from];
  if (right && right.kind === 'word' && from > floor && tokens[from - 1]!.kind === 'word' && dutyVerb(right.lower)?.form === 'ed') return true;
  for (let i = from, seen = 0; i >= floor && seen < PASSIVE_REACH; i--, seen++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      if (t.text === ',' ) continue;
      return false;
    }
    if (BE.has(t.lower)) return i < from;
  }
  return false;
}

/** Where the clause holding token `at` starts: after the last clause break, or the sentence start. */
function clauseStart(tokens: readonly Token[], at: number, floor: number): number {
  // "They analyse samples ..., a lot of them are taken by phlebotomists": after a clause opened by a third person, a comma ends it.
  const thirdPerson = THIRD_PERSON.has(tokens[floor]?.lower ?? '') || (floor + 1 <= at && THIRD_PERSON.has(tokens[floor + 1]!.lower));
  for (let i = at; i > floor; i--) {
    const t = tokens[i - 1]!;
    if (t.kind === 'punct' && (CLAUSE_BREAKS.has(t.text) || t.text === '.' || (thirdPerson && t.text === ','))) return i;
    if (t.kind === 'word' && (t.lower === 'but' || t.lower === 'whereas' || t.lower === 'while' || t.lower === 'although')) return i;
  }
  return floor;
}

/** Where the noun phrase ending at `end` starts (at most four words back, stopping at a verb, preposition or punctuation). */
function nounPhraseStart(tokens: readonly Token[], end: number, floor: number): number {
  let i = end;
  let words = 0;
  while (i >= floor && words < 4) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower) || COMMON_VERBS.has(t.lower) || SUBJECT_WORDS.has(t.lower)) break;
    const verb = dutyVerb(t.lower);
    if (verb && verb.form !== 'base' && verb.form !== 's' && words > 0) break;
    // "they test the blood that the phlebotomist took": after a pronoun a base form is the clause's verb, not a noun.
    if (verb && words > 0 && i > floor && PRONOUNS.has(tokens[i - 1]!.lower)) break;
    words++;
    i--;
  }
  return i + 1;
}

/**
 * Where a sentence says "the former" or "the latter": each starts a part
 * about the first (`which` 0) or the second (1) of the two roles named last.
 * Not where a place in a longer list stands for a name (`named`, see ordinals.ts).
 */
export function formerAndLatter(tokens: readonly Token[], s: Span, named: Uint8Array): { first: number; which: 0 | 1 }[] {
  const parts: { first: number; which: 0 | 1 }[] = [];
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.lower !== 'the' || named[i + 1] === 1) continue;
    const next = tokens[i + 1]!.lower;
    if (next === 'former' || next === 'latter') parts.push({ first: i, which: next === 'former' ? 0 : 1 });
    // "I met an EBME technician and a pathology IT technician ... The first one spends ...; the other one works ...".
    else if (tokens[i + 2]?.lower === 'one' && (next === 'first' || next === 'second' || next === 'other')) parts.push({ first: i, which: next === 'first' ? 0 : 1 });
  }
  return parts;
}

/**
 * Whether a sentence refers back to the roles just described ("They ...",
 * "These professionals ..."), and not to a whole group ("all of them").
 */
export function refersBack(tokens: readonly Token[], s: Span, backReferences: ReadonlySet<string>, roleNouns: ReadonlySet<string>, groupWords: ReadonlySet<string>): boolean {
  let found = -1;
  let seen = 0;
  for (let i = s.first; i <= s.last && seen < 12; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    seen++;
    if (backReferences.has(t.lower) || ((t.lower === 'the' || t.lower === 'this') && roleNouns.has(tokens[i + 1]?.norm ?? ''))) {
      found = i;
      break;
    }
  }
  if (found < 0) return false;
  // "They all ...", "Both of these ...", "they are all important"; not an object's "each" ("They calculate each dose").
  for (let i = Math.max(s.first, found - 3); i <= Math.min(s.last, found + 3); i++) {
    if (!groupWords.has(tokens[i]!.lower)) continue;
    if (i <= found + 1 || (i <= found + 3 && GROUP_VERBS.has(tokens[i - 1]!.lower))) return false;
  }
  // "These roles are all important": all the roles, not the last; "this role", "their job" is the last.
  const after = tokens[found + 1];
  return !(after && (after.norm === 'role' || after.norm === 'job') && (after.lower !== after.norm || GROUP_POINTERS.has(tokens[found]!.lower)));
}

const GROUP_POINTERS = new Set(['these', 'those', 'such']);
/** Verbs a group word may follow and still be the subject's: "they are all", "these can both". */
const GROUP_VERBS = new Set(['are', 'were', 'can', 'could', 'will', 'would', 'may', 'might', 'must', 'should', 'have', 'do']);
