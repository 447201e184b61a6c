/**
 * Coverage analysis: which roles a document names, what text belongs to each,
 * and whether that text names a specific technology and a concrete duty.
 *
 * What belongs to a role, most specific first:
 * - its heading's section (a Markdown heading, or a paragraph that is only a
 *   bold role name), and a list item, paragraph or table row it leads
 *   (`**Radiographers** take ...`, first cell of a row);
 * - a paragraph, list item or row that names no other role;
 * - otherwise the sentences it is the subject of, and the sentences after
 *   that refer back to it ("They ...", "These professionals ...").
 * A role named in passing in another role's text (as an object: "they work
 * alongside sonographers") gets nothing from that mention: a cross-reference.
 */
import {
  ADVERBS,
  BACK_REFERENCES,
  CLAUSE_OPENERS,
  COMMON_VERBS,
  dutyVerb,
  GERUND_LICENSORS,
  GROUP_WORDS,
  MODIFIERS,
  PARTICLES,
  PREPOSITIONS,
  SUBJECT_WORDS,
  THING_PURPOSE,
} from './lexicon.js';
import type { Block, Prose } from './prose.js';
import type { TermIndex, TermMatch } from './terms.js';
import type { Token } from './text.js';

/** One place a role is named. */
export interface Mention {
  roleId: string;
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  block: number;
  /** Whether it heads the text about the role: a heading, a bold lead, a row's first cell. */
  introduces: boolean;
}

/** A technology named in the prose. */
export interface TechnologyMention {
  technologyId: string;
  start: number;
  end: number;
  text: string;
}

/** What the document says about one role. */
export interface RoleCoverage {
  id: string;
  mentions: Mention[];
  /** The mention a diagnostic goes on: its heading or lead if any, else the first. */
  main: Mention;
  technology: boolean;
  duties: boolean;
  /** The technology names that made `technology` true, as written. */
  technologyEvidence: string[];
  /** The duty phrases that made `duties` true, as written. */
  dutyEvidence: string[];
  /** The text that counts for the role: sentence ranges in document order. */
  scope: { start: number; end: number }[];
}

/** The coverage of a whole document. */
export interface Coverage {
  /** Every role named, in order of first mention. */
  roles: RoleCoverage[];
  technologies: TechnologyMention[];
}

interface Sentence {
  block: number;
  first: number;
  last: number;
  /** The block's role matches in this sentence: `facts.roles[rolesFrom, rolesTo)`. */
  rolesFrom: number;
  rolesTo: number;
  /** The block's technology matches in this sentence. */
  techsFrom: number;
  techsTo: number;
}

/**
 * What a block says, independent of where the block is: names found,
 * sentences, and (filled in on demand) the duties of each sentence. A
 * session keeps these for blocks that did not change.
 */
export interface BlockFacts {
  roles: TermMatch[];
  techs: TermMatch[];
  /** For each token, the role match it ends, if any. */
  roleEndAt: Map<number, TermMatch>;
  /** Tokens that belong to a name (not read as verbs). */
  named: Uint8Array;
  /** Sentences as token ranges; `block` is set to the block's index on each analysis. */
  sentences: Sentence[];
  /** Duty phrases (token ranges) by the first token of their sentence. */
  duties: Map<number, [number, number][]>;
}

/** Where analyses keep the facts of blocks that have not changed. */
export type FactsCache = WeakMap<Block, BlockFacts>;

/** How many technology and duty phrases are kept as evidence for a role. */
const EVIDENCE = 12;

/** Words (beyond pronouns) that, after `the`/`this`, refer back to a person or role. */
const ROLE_NOUNS = new Set([...SUBJECT_WORDS, 'role', 'job', 'professional']);

/** Splits a block's tokens into sentences at `.`, `!` or `?` before a capital, a digit or the end. */
function sentencesOf(tokens: readonly Token[], block: number): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct' || (t.text !== '.' && t.text !== '!' && t.text !== '?')) continue;
    const prev = tokens[i - 1];
    // "e.g.", "Dr.", initials: a one-letter word before the full stop.
    if (t.text === '.' && prev && prev.kind === 'word' && (prev.text.length === 1 || ABBREVIATIONS.has(prev.lower))) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.kind === 'punct' && CLOSERS.has(tokens[j]!.text)) j++;
    const next = tokens[j];
    if (next && next.kind === 'word' && next.allLower && !isDigit(next.text)) continue;
    out.push({ block, first, last: j - 1, rolesFrom: 0, rolesTo: 0, techsFrom: 0, techsTo: 0 });
    first = j;
    i = j - 1;
  }
  if (first < tokens.length) out.push({ block, first, last: tokens.length - 1, rolesFrom: 0, rolesTo: 0, techsFrom: 0, techsTo: 0 });
  return out;
}

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'etc', 'vs', 'approx', 'no', 'fig', 'st']);
const CLOSERS = new Set([')', '"', '\u201d', "'", '\u2019', ']', '*']);

function isDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** Analyses the prose of a document against a term index. */
export function analyzeProse(prose: Prose, index: TermIndex, source: string, cache?: FactsCache): Coverage {
  const facts = prose.blocks.map((block, b) => {
    let f = cache?.get(block);
    if (!f) {
      f = factsOf(block, index);
      cache?.set(block, f);
    }
    for (const s of f.sentences) s.block = b;
    return f;
  });
  const startOf = (block: Block, m: TermMatch): number => block.tokens[m.first]!.start;
  const endOf = (block: Block, m: TermMatch): number => block.tokens[m.last]!.end;
  const mentions = new Map<string, Mention[]>();
  const technologies: TechnologyMention[] = [];
  const mentionOf = new Map<TermMatch, Mention>();

  prose.blocks.forEach((block, b) => {
    const f = facts[b]!;
    for (const m of f.roles) {
      const mention: Mention = {
        roleId: m.target.id,
        start: startOf(block, m),
        end: endOf(block, m),
        text: source.slice(startOf(block, m), endOf(block, m)),
        block: b,
        introduces: introduces(prose, block, b, m),
      };
      mentionOf.set(m, mention);
      let list = mentions.get(mention.roleId);
      if (!list) {
        list = [];
        mentions.set(mention.roleId, list);
      }
      list.push(mention);
    }
    for (const m of f.techs) {
      const start = startOf(block, m);
      const end = endOf(block, m);
      technologies.push({ technologyId: m.target.id, start, end, text: source.slice(start, end) });
    }
  });

  const scopes = new Map<string, Sentence[]>();
  const give = (roleId: string, sentence: Sentence): void => {
    let list = scopes.get(roleId);
    if (!list) {
      list = [];
      scopes.set(roleId, list);
    }
    list.push(sentence);
  };

  attribute(prose, facts, give);

  const roles: RoleCoverage[] = [];
  for (const [id, list] of mentions) {
    const scope = scopes.get(id) ?? [];
    const technologyEvidence: string[] = [];
    const dutyEvidence: string[] = [];
    for (const sentence of scope) {
      // Enough evidence to show: the rest cannot change the verdict.
      if (technologyEvidence.length >= EVIDENCE && dutyEvidence.length >= EVIDENCE) break;
      const block = prose.blocks[sentence.block]!;
      const f = facts[sentence.block]!;
      for (let i = sentence.techsFrom; i < sentence.techsTo; i++) {
        const m = f.techs[i]!;
        technologyEvidence.push(source.slice(startOf(block, m), endOf(block, m)));
      }
      let duties = f.duties.get(sentence.first);
      if (!duties) {
        duties = dutiesIn(block.tokens, f, sentence);
        f.duties.set(sentence.first, duties);
      }
      for (const [from, to] of duties) {
        dutyEvidence.push(source.slice(block.tokens[from]!.start, block.tokens[to]!.end));
      }
    }
    roles.push({
      id,
      mentions: list,
      main: list.find((m) => m.introduces) ?? list[0]!,
      technology: technologyEvidence.length > 0,
      duties: dutyEvidence.length > 0,
      technologyEvidence: unique(technologyEvidence),
      dutyEvidence: unique(dutyEvidence),
      scope: scopeRanges(prose, scope),
    });
  }
  return { roles, technologies };
}

function scopeRanges(prose: Prose, scope: readonly Sentence[]): { start: number; end: number }[] {
  const ranges = scope
    .map((s) => {
      const tokens = prose.blocks[s.block]!.tokens;
      return { start: tokens[s.first]!.start, end: tokens[s.last]!.end };
    })
    .sort((a, b) => a.start - b.start);
  return ranges.filter((r, i) => i === 0 || r.start !== ranges[i - 1]!.start);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function factsOf(block: Block, index: TermIndex): BlockFacts {
  const matches = index.findAll(block.tokens);
  const roles: TermMatch[] = [];
  const techs: TermMatch[] = [];
  const roleEndAt = new Map<number, TermMatch>();
  const named = new Uint8Array(block.tokens.length);
  for (const m of matches) {
    (m.target.kind === 'role' ? roles : techs).push(m);
    if (m.target.kind === 'role') roleEndAt.set(m.last, m);
    for (let i = m.first; i <= m.last; i++) named[i] = 1;
  }
  const sentences = sentencesOf(block.tokens, -1);
  // Matches and sentences are both in token order: one pass files each match under its sentence.
  let r = 0;
  let t = 0;
  for (const sentence of sentences) {
    while (r < roles.length && roles[r]!.first < sentence.first) r++;
    sentence.rolesFrom = r;
    while (r < roles.length && roles[r]!.last <= sentence.last) r++;
    sentence.rolesTo = r;
    while (t < techs.length && techs[t]!.first < sentence.first) t++;
    sentence.techsFrom = t;
    while (t < techs.length && techs[t]!.last <= sentence.last) t++;
    sentence.techsTo = t;
  }
  return { roles, techs, roleEndAt, named, sentences, duties: new Map() };
}

function introduces(prose: Prose, block: Block, b: number, m: TermMatch): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind === 'cell') return block.cell === 0;
  const unit = prose.units[block.unit]!;
  return unit.blocks[0] === b && block.leadEnd >= 0 && block.tokens[m.first]!.start < block.leadEnd;
}

/** A paragraph that stands alone as a heading: only a bold run, or only role names. */
function isPseudoHeading(prose: Prose, facts: readonly BlockFacts[], u: number): boolean {
  const unit = prose.units[u]!;
  if (unit.kind !== 'paragraph' || unit.blocks.length !== 1) return false;
  const b = unit.blocks[0]!;
  const block = prose.blocks[b]!;
  let words = 0;
  for (const t of block.tokens) if (t.kind === 'word' && ++words > 10) return false;
  if (words === 0) return false;
  if (block.emphasisOnly) return true;
  const f = facts[b]!;
  return f.roles.length > 0 && block.tokens.every((t, i) => f.named[i] === 1 || t.kind !== 'word' || t.lower === 'and' || t.lower === 'or');
}

interface Section {
  depth: number;
  roles: ReadonlySet<string>;
}

/** No roles. The role sets of sections and units are never changed once made, so they can be shared. */
const NO_ROLES: ReadonlySet<string> = new Set();

/** Decides which sentences belong to which roles. */
function attribute(prose: Prose, facts: readonly BlockFacts[], give: (roleId: string, s: Sentence) => void): void {
  const sections: Section[] = [];
  const unitRoles: ReadonlySet<string>[] = [];
  const rolesIn = (blocks: readonly number[], pick: (m: TermMatch, b: number) => boolean): Set<string> => {
    const out = new Set<string>();
    for (const b of blocks) for (const m of facts[b]!.roles) if (pick(m, b)) out.add(m.target.id);
    return out;
  };
  const context = (): ReadonlySet<string> => {
    for (let i = sections.length - 1; i >= 0; i--) if (sections[i]!.roles.size > 0) return sections[i]!.roles;
    return NO_ROLES;
  };

  prose.units.forEach((unit, u) => {
    if (unit.kind === 'rule') {
      while (sections.length > 0 && sections[sections.length - 1]!.depth >= 7) sections.pop();
      unitRoles.push(NO_ROLES);
      return;
    }
    if (unit.kind === 'heading' || (unit.parent < 0 && isPseudoHeading(prose, facts, u))) {
      const depth = unit.kind === 'heading' ? prose.blocks[unit.blocks[0]!]!.depth : 7;
      while (sections.length > 0 && sections[sections.length - 1]!.depth >= depth) sections.pop();
      const roles = rolesIn(unit.blocks, () => true);
      sections.push({ depth, roles });
      unitRoles.push(roles);
      for (const b of unit.blocks) for (const s of facts[b]!.sentences) for (const r of roles) give(r, s);
      return;
    }
    const inherited = context();
    const parentRoles = unit.parent >= 0 ? unitRoles[unit.parent]! : NO_ROLES;
    const ctx = parentRoles.size === 0 ? inherited : new Set([...inherited, ...parentRoles]);
    if (!unit.blocks.some((b) => facts[b]!.roles.length > 0)) {
      // No role named here: the unit belongs to its context, and no sentence has a role as subject.
      unitRoles.push(ctx);
      for (const s of sentencesIn(unit.blocks, facts)) for (const r of ctx) give(r, s);
      return;
    }
    const lead = rolesIn(unit.blocks, (m, b) => introduces(prose, prose.blocks[b]!, b, m));
    const all = rolesIn(unit.blocks, () => true);
    const whole = new Set(ctx);
    if (lead.size > 0) {
      for (const r of lead) whole.add(r);
    } else if (all.size === 1) {
      const [only] = all;
      if (ctx.size === 0 || ctx.has(only!)) whole.add(only!);
    }
    unitRoles.push(whole);
    const sentences = sentencesIn(unit.blocks, facts);
    for (const s of sentences) for (const r of whole) give(r, s);
    bySubject(prose, facts, sentences, whole, ctx.size === 0 && lead.size === 0, give);
  });
}

/** The sentences of a unit's blocks, in order (a loop: `flatMap` is slow in V8). */
function sentencesIn(blocks: readonly number[], facts: readonly BlockFacts[]): readonly Sentence[] {
  if (blocks.length === 1) return facts[blocks[0]!]!.sentences;
  const out: Sentence[] = [];
  for (const b of blocks) for (const s of facts[b]!.sentences) out.push(s);
  return out;
}

/**
 * Gives each sentence to the roles it is about (their subject), and a
 * following sentence that refers back ("They ...") to the same roles.
 */
function bySubject(
  prose: Prose,
  facts: readonly BlockFacts[],
  sentences: readonly Sentence[],
  covered: ReadonlySet<string>,
  followBackReferences: boolean,
  give: (roleId: string, s: Sentence) => void,
): void {
  let topic: string[] = [];
  for (const s of sentences) {
    const f = facts[s.block]!;
    const tokens = prose.blocks[s.block]!.tokens;
    const subjects: string[] = [];
    const subjectLike = new Set<TermMatch>();
    for (let i = s.rolesFrom; i < s.rolesTo; i++) {
      const m = f.roles[i]!;
      if (isSubject(tokens, f, s, m, subjectLike)) {
        subjectLike.add(m);
        if (!covered.has(m.target.id) && !subjects.includes(m.target.id)) subjects.push(m.target.id);
      }
    }
    if (subjectLike.size > 0) {
      topic = subjects;
      for (const r of subjects) give(r, s);
    } else if (followBackReferences && topic.length > 0 && refersBack(tokens, s)) {
      for (const r of topic) give(r, s);
    } else {
      topic = [];
    }
  }
}

function previousIndex(tokens: readonly Token[], from: number, floor: number, skip: ReadonlySet<string>): number {
  let i = from;
  while (i >= floor && tokens[i]!.kind === 'word' && skip.has(tokens[i]!.lower)) i--;
  return i;
}

/** Whether a role name is what its clause is about, rather than an object or an example. */
function isSubject(tokens: readonly Token[], f: BlockFacts, s: Sentence, m: TermMatch, subjects: ReadonlySet<TermMatch>): boolean {
  const p = previousIndex(tokens, m.first - 1, s.first, MODIFIERS);
  if (p < s.first) return true;
  const prev = tokens[p]!;
  if (prev.kind !== 'word') {
    if (prev.text === ',' || prev.text === '/' || prev.text === '&') {
      const before = f.roleEndAt.get(p - 1);
      if (before) return subjects.has(before);
      const w = tokens[p - 1];
      if (w && w.kind === 'word' && PREPOSITIONS.has(w.lower)) return false;
      return prev.text === ',';
    }
    return prev.text !== '(' || !f.roleEndAt.has(p - 1);
  }
  const chained = f.roleEndAt.get(p - 1);
  if ((prev.lower === 'and' || prev.lower === 'or') && chained) return subjects.has(chained);
  if (CLAUSE_OPENERS.has(prev.lower)) return true;
  if (PREPOSITIONS.has(prev.lower)) return false;
  // Otherwise ("In some hospitals experienced radiographers write reports"):
  // a subject when a verb follows.
  let n = m.last + 1;
  if (tokens[n]?.text === '(') {
    while (n <= s.last && tokens[n]!.text !== ')') n++;
    n++;
  }
  while (n <= s.last && tokens[n]!.kind === 'word' && ADVERBS.has(tokens[n]!.lower)) n++;
  const next = tokens[n];
  if (!next || n > s.last || next.kind !== 'word') return false;
  return COMMON_VERBS.has(next.lower) || dutyVerb(next.lower) !== undefined;
}

/** Whether a sentence refers back to the role just described, and not to a whole group. */
function refersBack(tokens: readonly Token[], s: Sentence): boolean {
  let found = -1;
  let seen = 0;
  for (let i = s.first; i <= s.last && seen < 12; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    seen++;
    if (BACK_REFERENCES.has(t.lower) || ((t.lower === 'the' || t.lower === 'this') && ROLE_NOUNS.has(tokens[i + 1]?.norm ?? ''))) {
      found = i;
      break;
    }
  }
  if (found < 0) return false;
  for (let i = Math.max(s.first, found - 3); i <= Math.min(s.last, found + 3); i++) {
    const t = tokens[i]!;
    if (GROUP_WORDS.has(t.lower)) return false;
  }
  const after = tokens[found + 1];
  return !(after && (after.norm === 'role' || after.norm === 'job'));
}

const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'will', 'would', 'shall', 'do', 'does', 'did', 'help', 'helps', 'helped']);
const NOT_OBJECTS = new Set(['with', 'in', 'at', 'on', 'for', 'to', 'from', 'about', 'into', 'as', 'alongside', 'under', 'by', 'during', 'between', 'like', 'than']);
/** Nouns that an -ing word modifies rather than acts on ("operating theatre", "monitoring system"). */
const COMPOUND_HEADS = new Set(['theatre', 'theater', 'room', 'department', 'table', 'system', 'session', 'course', 'unit', 'equipment', 'tool', 'process', 'suite', 'list', 'program', 'software', 'centre', 'center', 'lab', 'laboratory']);
const LIST_PUNCT = new Set([':', '\u2013', '\u2014', '-', '(', ';', '\u2022', '*']);

/**
 * The duties a sentence describes: a verb of concrete activity, used as a
 * verb (after a subject, a modal, `to`, `and` after another verb, or opening a
 * list item), with an object after it ("calibrate infusion pumps").
 */
function dutiesIn(tokens: readonly Token[], f: BlockFacts, s: Sentence): [number, number][] {
  const found: [number, number][] = [];
  let sawVerb = false;
  for (let i = s.first; i <= s.last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || f.named[i]) continue;
    const verb = dutyVerb(t.lower);
    const prevIndex = previousIndex(tokens, i - 1, s.first, ADVERBS);
    const prev = prevIndex >= s.first ? tokens[prevIndex] : undefined;
    if (!verb) {
      if (COMMON_VERBS.has(t.lower) && !ADVERBS.has(t.lower)) sawVerb = true;
      else if (prev && (SUBJECT_WORDS.has(prev.lower) || f.roleEndAt.has(prevIndex))) sawVerb = true;
      continue;
    }
    if (!licensed(tokens, f, s, prevIndex, verb.form, sawVerb)) continue;
    sawVerb = true;
    const objectAt = objectIndex(tokens, i, s, verb.particle);
    if (objectAt < 0) continue;
    // "operating theatres", "training sessions": an -ing word naming a kind of thing.
    if (verb.form === 'ing' && COMPOUND_HEADS.has(tokens[i + 1]?.norm ?? '')) continue;
    found.push([i, phraseEnd(tokens, objectAt, s.last)]);
  }
  return found;
}

function licensed(tokens: readonly Token[], f: BlockFacts, s: Sentence, p: number, form: string, sawVerb: boolean): boolean {
  if (p < s.first) return true;
  const prev = tokens[p]!;
  if (prev.kind !== 'word') {
    if (prev.text === ',') return sawVerb || form === 'ing';
    return LIST_PUNCT.has(prev.text);
  }
  if (f.roleEndAt.has(p) || SUBJECT_WORDS.has(prev.norm) || SUBJECT_WORDS.has(prev.lower)) return true;
  if (prev.lower === 'to') {
    const before = tokens[p - 1];
    return form === 'base' && !(before && before.kind === 'word' && THING_PURPOSE.has(before.lower));
  }
  if (MODALS.has(prev.lower)) return form === 'base';
  if (prev.lower === 'and' || prev.lower === 'or') return sawVerb;
  if (prev.lower === 'that' || prev.lower === 'which') {
    const before = tokens[p - 1];
    return before !== undefined && (f.roleEndAt.has(p - 1) || SUBJECT_WORDS.has(before.norm));
  }
  return form === 'ing' && GERUND_LICENSORS.has(prev.lower);
}

/** The index of the verb's object, or -1 when it has none (intransitive, or a preposition follows). */
function objectIndex(tokens: readonly Token[], verbAt: number, s: Sentence, particle: string | undefined): number {
  let j = verbAt + 1;
  while (j <= s.last && tokens[j]!.kind === 'word' && ADVERBS.has(tokens[j]!.lower)) j++;
  if (particle !== undefined) {
    if (j > s.last || tokens[j]!.lower !== particle) return -1;
    j++;
  } else if (j <= s.last && PARTICLES.has(tokens[j]!.lower) && tokens[j + 1]?.kind === 'word') {
    j++;
  }
  if (j > s.last) return particle !== undefined ? j - 1 : -1;
  const object = tokens[j]!;
  if (object.kind !== 'word' || NOT_OBJECTS.has(object.lower)) return particle !== undefined ? j - 1 : -1;
  return j;
}

/** Where a duty phrase shown as evidence ends: the object and up to two more words. */
function phraseEnd(tokens: readonly Token[], objectAt: number, last: number): number {
  let end = objectAt;
  while (end < last && end < objectAt + 2 && tokens[end + 1]!.kind === 'word') end++;
  return end;
}
