/**
 * Coverage analysis: which roles a document names, what text belongs to each,
 * and whether that text names a specific technology and a concrete duty. This
 * module puts the pieces together at the level of the document; each decision
 * has its own module: clauses.ts (whose part of a sentence is whose),
 * duties.ts (what counts as a duty), technology.ts (what counts as
 * technology) and terms.ts (where names are).
 *
 * What belongs to a role, most specific first:
 * - its heading's section (a Markdown heading, or a paragraph that is only a
 *   bold role name, or a bold question naming it), and a list item, paragraph
 *   or table row it leads (`**Radiographers** take ...`, first cell of a row);
 * - a paragraph, list item or row that names no other role;
 * - otherwise the clauses it owns (clauses.ts), and the sentences after that
 *   refer back to it ("They ...", "These professionals ...");
 * - what a heading that names no role asks ("Name a practitioner who ..."),
 *   for the roles its answer names.
 * A role named in passing in another role's text (as an object: "they work
 * alongside sonographers") gets nothing from that mention: a cross-reference.
 */
import { afterAsides, beforeDeterminers, chainedTo, clausesOf, formerAndLatter, isPlural, opensWithOtherPerson, otherPerson, PLACE_PREPOSITIONS, quantifiedSubjectEnd, refersBack, REPORTING, sentencesOf, setAside, type Clause, type Gap, type Sentence, type Span } from './clauses.js';
import { contrastedWork } from './contrast.js';
import { definedIn, definitionsIn, type NamedBlock } from './defined.js';
import { activityIn, dutiesIn, isPossessive, namesActivity, restatesName, quotedTokens, type DutyPhrase } from './duties.js';
import { ADVERBS, ARTICLES, BACK_REFERENCES, CLAUSE_OPENERS, COMMON_VERBS, dutyVerb, DUTY_NOUNS, GENERIC_HEADS, GROUP_WORDS, isNumber, isPastForm, isVerbForm, MODIFIERS, PREPOSITIONS, SUBJECT_WORDS } from './lexicon.js';
import type { Block, Prose, Unit } from './prose.js';
import { ordinalReferences } from './ordinals.js';
import { companionsOf, describedTechnologies, extraTechnologyIndex, readAs, type TechnologyRead } from './technology.js';
import { SHORT, type TermIndex, type TermMatch } from './terms.js';
import { termKeys, type Token } from './text.js';

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
  /** What each technology phrase was read as: `{ text: "the machines that clean a patient's blood", as: "a machine described by what it does" }`. */
  technologyRead: { text: string; as: string }[];
  /** The text that counts for the role: sentence ranges in document order. */
  scope: { start: number; end: number }[];
}

/** The coverage of a whole document. */
export interface Coverage {
  /** Every role named, in order of first mention. */
  roles: RoleCoverage[];
  technologies: TechnologyMention[];
}

/**
 * What a block says, independent of where the block is: names found,
 * sentences, and (filled in on demand) the clauses, duties and described
 * technologies of each. A session keeps these for blocks that did not change.
 */
export interface BlockFacts {
  roles: TermMatch[];
  techs: TermMatch[];
  /** Device nouns and technology phrases beyond the dataset (see technology.ts). */
  extra: TermMatch[];
  /** "these scanners": a demonstrative and a generic head, which may point back at a technology named before. */
  pointers: TermMatch[];
  /** For each token, the role match it ends, if any. */
  roleEndAt: Map<number, TermMatch>;
  /** Tokens that belong to a role name (1) or a technology name (2). */
  named: Uint8Array;
  /** Tokens inside quotation marks (1): someone quoted, whose "I" is not the writer. */
  quoted: Uint8Array;
  /** Sentences as token ranges; `block` is set to the block's index on each analysis. */
  sentences: Sentence[];
  /** Duty phrases and described technologies (token ranges) by span. */
  reads: Map<string, SpanReads>;
  /** The speaker's label the block opens with, once looked for (false: none). */
  label?: SpeakerLabel | false;
}

interface SpanReads {
  duties: DutyPhrase[];
  described: TechnologyRead[];
}

/** A part of a block that counts for a role. */
interface Scope extends Span {
  block: number;
  objectBefore: boolean;
  /** A table cell under a header that asks for duties. */
  dutyCell?: boolean;
  /** A question heading's part given to the roles its answer names: what it asks counts for them. */
  answered?: boolean;
  /** A sentence that opens with a named person as its subject ("Tom primed ..."). */
  personFirst?: boolean;
  /** A sentence in which the writer, who is the practitioner, says what they do ("I read the discharge summaries"). */
  writerIsRole?: boolean;
  /** A clause whose verb is left out, read from the clause before ("..., and clinical engineers the repairs"). */
  gapped?: Gap;
  /** A line of a key that the role's text refers to: it names technology, and says nothing the role does. */
  keyLine?: boolean;
}

/** Where analyses keep the facts of blocks that have not changed. */
export type FactsCache = WeakMap<Block, BlockFacts>;

/** How many technology and duty phrases are kept as evidence for a role. */
const EVIDENCE = 12;
/** How much of a clause whose verb is left out is shown as its duty. */
const GAPPED_WORDS = 6;

/** Words (beyond pronouns) that, after `the`/`this`, refer back to a person or role. */
const ROLE_NOUNS = new Set([...SUBJECT_WORDS, 'role', 'job', 'professional']);

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
  const startOf = (block: Block, m: { first: number }): number => block.tokens[m.first]!.start;
  const endOf = (block: Block, m: { last: number }): number => block.tokens[m.last]!.end;
  const mentions = new Map<string, Mention[]>();
  const technologies: TechnologyMention[] = [];
  /** Where the technologies named in headings start: "## When the MRI scanner broke down". */
  const titled = new Set<number>();
  let idOf = resolveShortNames(prose, facts, index);
  const named = (): NamedBlock[] => prose.blocks.map((block, b) => ({ block, roles: facts[b]!.roles.map((match) => ({ match, id: idOf(match) })) }));
  let blocks = named();
  // "Clinical Scientists (CSs) ... CSs interpret results": the short forms the student defines name their roles too.
  const definitions = definitionsIn(blocks, index);
  /** The names each block has beyond the dataset's: short forms defined, and places in the answer's list. */
  const more = new Map<number, TermMatch[]>();
  /** Builds again the facts of the blocks `changed` names, with their names in `more`. */
  const rebuild = (changed: Iterable<number>): void => {
    for (const b of changed) {
      const f = factsOf(prose.blocks[b]!, index, more.get(b));
      for (const s of f.sentences) s.block = b;
      facts[b] = f;
    }
    idOf = resolveShortNames(prose, facts, index);
  };
  if (definitions) {
    prose.blocks.forEach((block, b) => {
      const defined = definedIn(definitions, block.tokens, b, facts[b]!.named);
      if (defined.length > 0) more.set(b, defined);
    });
    if (more.size > 0) {
      rebuild(more.keys());
      blocks = named();
    }
  }
  // "## Role 2", "The first role works in ...": a place in the answer's list of roles stands for its name.
  const places = ordinalReferences(blocks, (b) => facts[b]!.sentences, prose.units);
  if (places.size > 0) {
    for (const [b, refs] of places) more.set(b, [...(more.get(b) ?? []), ...refs]);
    rebuild(places.keys());
  }

  const references = referenceBlocks(prose, source);
  prose.blocks.forEach((block, b) => {
    const f = facts[b]!;
    if (references.has(b)) return;
    for (const m of f.roles) {
      const roleId = idOf(m);
      if (roleId === undefined || m.reference) continue;
      const mention: Mention = {
        roleId,
        start: startOf(block, m),
        end: endOf(block, m),
        text: source.slice(startOf(block, m), endOf(block, m)),
        block: b,
        introduces: introduces(prose, facts, block, b, m),
      };
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
      if (block.kind === 'heading') titled.add(start);
    }
  });

  const scopes = new Map<string, Scope[]>();
  const give = (roleId: string, scope: Scope): void => {
    let list = scopes.get(roleId);
    if (!list) {
      list = [];
      scopes.set(roleId, list);
    }
    list.push(scope);
  };

  attribute(prose, facts, idOf, give, references, source);
  const device = writersDevice(prose, facts);
  const dutyCells = prose.blocks.map((block) => dutyColumn(prose, block));

  const roles: RoleCoverage[] = [];
  for (const [id, list] of mentions) {
    const scope = scopes.get(id) ?? [];
    const technologyRead: { text: string; as: string }[] = [];
    const dutyEvidence: string[] = [];
    const ownWords = nameWords(index, id);
    const nameHead = [...ownWords].at(-1) ?? '';
    for (const span of scope) {
      // Enough evidence to show: the rest cannot change the verdict.
      if (technologyRead.length >= EVIDENCE && dutyEvidence.length >= EVIDENCE) break;
      const block = prose.blocks[span.block]!;
      const f = facts[span.block]!;
      // One line, as the hover and the report show it: "repairs\n   b) safety checks" reads "repairs b) safety checks".
      const text = (m: { first: number; last: number }): string => {
        const raw = source.slice(startOf(block, m), endOf(block, m));
        return raw.includes('\n') ? raw.replace(/\s+/g, ' ') : raw;
      };
      // A question asks; it does not say what the role does ("Will AI specialists replace doctors?").
      // A question heading may still name the technology its answer is about ("Who fixes the dialysis machines?").
      const question = !span.answered && endsQuestion(block.tokens, span);
      if (question && block.kind !== 'heading' && !block.emphasisOnly) continue;
      // "In ten years they might build machine learning models": what a role may do one day is not what it does.
      const future = speculative(block.tokens, f.sentences, span);
      const back = future < 0 ? -1 : presentAfter(block.tokens, future, span.last);
      const now = (m: { first: number }): boolean => future < 0 || m.first < future || (back >= 0 && m.first > back);
      // "work along the corridor from the radiographers' fluoroscopy unit": another role's technology.
      const own = (m: TermMatch): boolean => {
        const mark = block.tokens[m.first - 1];
        const apart = mark !== undefined && (mark.text === "'" || mark.text === '\u2019');
        const owner = f.roleEndAt.get(m.first - (apart ? 2 : 1));
        return !owner || !(apart || isPossessive(block.tokens[owner.last]!)) || idOf(owner) === id;
      };
      for (const m of within(f.techs, span)) if (now(m) && counts(block.tokens, m, ownWords) && own(m)) technologyRead.push({ text: text(m), as: m.target.term });
      for (const m of within(f.extra, span)) if (now(m) && counts(block.tokens, m, ownWords) && own(m)) technologyRead.push({ text: text(m), as: readAs(m) });
      const reads = readsOf(block.tokens, f, dutyCells[span.block] ? { ...span, dutyCell: true } : span);
      for (const t of reads.described) if (now(t)) technologyRead.push({ text: text(t), as: t.as });
      for (const i of within(f.pointers, span)) {
        // "The lab technologists test the blood I send them": what the writer does to someone.
        if (!now(i) || (i.target.term === '' && WRITER_SUBJECTS.has(block.tokens[i.first - 2]?.lower ?? ''))) continue;
        const named = i.target.term === '' ? antecedent(technologies, block, i.first) : pointedAt(technologies, block.tokens[i.first]!, i.target.term, block.start, block.tokens[i.last]!.lower === block.tokens[i.last]!.norm ? titled : undefined);
        // "the radiographers' fluoroscopy unit, but they are not trained to operate it": still the radiographers'.
        const there = named && f.techs.find((t) => block.tokens[t.first]!.start === named.start);
        if (named && !(there && !own(there))) technologyRead.push({ text: text(i), as: `refers back to "${named.text}"` });
      }
      // A question, or a line of a key ("1. Ultrasound machine – sends sound waves ..."), says nothing the role does.
      const silent = question || span.keyLine === true;
      const sentence = sentenceAt(f.sentences, span);
      if (sentence && sentence.consequence === undefined) sentence.consequence = consequenceOf(block.tokens, f, sentence);
      const imagined = sentence?.consequence ?? -1;
      // "Clinical coders - they do the coding": the name said again is no duty.
      if (!silent) for (const d of reads.duties) if (now({ first: d[0] }) && !(imagined >= 0 && d[0] > imagined) && !restatesName(block.tokens, d, nameHead)) dutyEvidence.push(text({ first: d[0], last: d[1] }));
      // "Radiographers take X-rays, sonographers ultrasound scans": the verb of the clause before, left out.
      // After "do", only an activity: "phlebotomists do the blood taking, ... and pathology IT technicians the LIMS" says nothing.
      const gap = span.gapped;
      if (gap && reads.duties.length === 0 && !silent && (gap.verb === 'duty' || namesActivity(block.tokens, gap.object, span.last))) {
        dutyEvidence.push(text({ first: span.first, last: Math.min(span.last, span.first + GAPPED_WORDS) }));
      }
      // "Radiographers and sonographers both take scans ... Nuclear medicine technicians do too.": the duties of the sentence before.
      const before = reads.duties.length === 0 && !silent ? sameAsBefore(block.tokens, f, span) : undefined;
      if (before) for (const d of readsOf(block.tokens, f, { ...before, block: span.block, objectBefore: false }).duties) dutyEvidence.push(text({ first: d[0], last: d[1] }));
      // "The repair is not done by the radiographers. This is the job of the clinical engineers.": the activity of the sentence before.
      const pointed = reads.duties.length === 0 && !silent ? jobOfBefore(block.tokens, f, span) : undefined;
      const activity = pointed && activityIn(block.tokens, pointed);
      if (activity) dutyEvidence.push(text({ first: activity, last: activity }));
      if (device && !question) {
        // "I am an MRI scanner. ... She checks my helium level", "They scan the letters that arrive into my system": the writer is
        // the technology the role works on, in a sentence that says what the role does.
        // Up to the end of the duty's clause: not "... so that the hospital gets paid for my scan".
        for (const [first] of reads.duties) {
          for (let i = first; i <= span.last && !DUTY_CLAUSE_ENDS.has(block.tokens[i]!.lower); i++) {
            if (DEVICE_SELF.has(block.tokens[i]!.lower)) technologyRead.push({ text: text({ first: i, last: i }), as: `the writer, "${device}"` });
          }
        }
      }
    }
    const seen = new Set<string>();
    const uniqueRead = technologyRead.filter((t) => !seen.has(t.text) && seen.add(t.text));
    roles.push({
      id,
      mentions: list,
      main: list.find((m) => m.introduces) ?? list[0]!,
      technology: uniqueRead.length > 0,
      duties: dutyEvidence.length > 0,
      technologyEvidence: uniqueRead.map((t) => t.text),
      dutyEvidence: unique(dutyEvidence),
      technologyRead: uniqueRead,
      scope: scopeRanges(prose, scope),
    });
  }
  return { roles, technologies };
}

/** Whether a block is a table cell whose column's header asks for duties: "Duties", "Main tasks", "What they do". */
function dutyColumn(prose: Prose, block: Block): boolean {
  if (block.kind !== 'cell') return false;
  const unit = prose.units[block.unit]!;
  if (unit.kind !== 'row' || unit.header === undefined || unit.header === block.unit) return false;
  const head = prose.units[unit.header]!.blocks.map((b) => prose.blocks[b]!).find((b) => b.cell === block.cell);
  const words = head?.tokens.filter((t) => t.kind === 'word') ?? [];
  if (words.length === 0 || words.length > 4) return false;
  return words.some((t) => DUTY_HEADERS.has(t.norm)) || (words.some((t) => t.lower === 'what') && words.some((t) => t.lower === 'do' || t.lower === 'does'));
}
const DUTY_HEADERS: ReadonlySet<string> = new Set([...DUTY_NOUNS, 'activity']);

/** The role a match names: its own, or for a short name the role it refers to (undefined when it refers to none). */
type IdOf = (m: TermMatch) => string | undefined;

/**
 * Resolves every short name ("the coders") to the role, among those it could
 * be, named most recently before it. When several of them have been named,
 * only one named in the short name's own section (since the last heading)
 * will do: after "## Evaluation", "the engineer who maintains it" is no more
 * the network engineers of the section before than the clinical engineers.
 */
function resolveShortNames(prose: Prose, facts: readonly BlockFacts[], index: TermIndex): IdOf {
  const resolved = new Map<TermMatch, string>();
  const lastSeen = new Map<string, number>();
  let at = 0;
  /** The count of names before the last heading. */
  let section = 0;
  facts.forEach((f, b) => {
    if (prose.blocks[b]!.kind === 'heading') section = at;
    const tokens = prose.blocks[b]!.tokens;
    f.roles.forEach((m, r) => {
      at++;
      if (!m.target.id.startsWith(SHORT)) {
        lastSeen.set(m.target.id, at);
        return;
      }
      // "Clinical engineers are healthcare scientists who ...": what the role is said to be is the role itself.
      const subject = r > 0 ? f.roles[r - 1]! : undefined;
      if (subject && !subject.target.id.startsWith(SHORT) && complementOf(tokens, subject.last, m.first)) {
        resolved.set(m, subject.target.id);
        return;
      }
      let best: string | undefined;
      let named = 0;
      for (const id of index.shortNames.candidates.get(m.target.id) ?? []) {
        if (lastSeen.has(id)) named++;
        if ((lastSeen.get(id) ?? 0) > (best === undefined ? 0 : lastSeen.get(best)!)) best = id;
      }
      if (best !== undefined && named > 1 && lastSeen.get(best)! <= section) best = undefined;
      if (best !== undefined) {
        resolved.set(m, best);
        lastSeen.set(best, at);
      }
    });
  });
  return (m) => (m.target.id.startsWith(SHORT) ? resolved.get(m) : m.target.id);
}

const COPULAS = new Set(['is', 'are', 'was', 'were']);

/** Whether the words between a name ending at `end` and one at `first` are "are", "is a", "were the": the second is what the first is. */
function complementOf(tokens: readonly Token[], end: number, first: number): boolean {
  const be = tokens[end + 1];
  if (!be || be.kind !== 'word' || !COPULAS.has(be.lower)) return false;
  return first === end + 2 || (first === end + 3 && ARTICLES.has(tokens[end + 2]!.lower));
}

/** Nouns of a place or service, after which a technology name only says where ("dialysis centres", "the MRI department"). */
const PLACES = new Set(['centre', 'center', 'unit', 'department', 'dept', 'wing', 'bay', 'ward', 'room', 'suite', 'clinic', 'service', 'team', 'lab', 'laboratory', 'office']);

/**
 * Whether a technology match counts as evidence for a role: not when it only
 * names a place ("dialysis centres"), nor when its words are all in the role's
 * own name ("AI specialists use AI", "dialysis technicians ... dialysis").
 */
function counts(tokens: readonly Token[], m: TermMatch, ownWords: ReadonlySet<string>): boolean {
  const next = tokens[m.last + 1];
  if (next && next.kind === 'word' && PLACES.has(next.norm)) return false;
  // "some people are scared of needles": what someone fears, not what the role works with.
  let k = m.first - 1;
  while (k > 0 && (tokens[k]!.lower === 'the' || tokens[k]!.lower === 'a')) k--;
  if (k > 0 && tokens[k]!.lower === 'of' && FEARS.has(tokens[k - 1]!.lower)) return false;
  for (let i = m.first; i <= m.last; i++) if (!ownWords.has(tokens[i]!.norm)) return true;
  return false;
}

const WRITER_SUBJECTS = new Set(['i', 'we']);
const FEARS = new Set(['scared', 'afraid', 'frightened', 'terrified', 'fear', 'phobia', 'petrified']);

const ownNames = new WeakMap<TermIndex, Map<string, ReadonlySet<string>>>();

/** The words of a role's own name (not its aliases), normalised. */
function nameWords(index: TermIndex, roleId: string): ReadonlySet<string> {
  let names = ownNames.get(index);
  if (!names) {
    names = new Map(index.dataset.roles.map((r) => [r.id, new Set(termKeys(r.name).keys)]));
    ownNames.set(index, names);
  }
  return names.get(roleId) ?? new Set();
}

/** How far back (in characters) "these scanners" may point at the scanners named. */
const POINTER_REACH = 1500;
/** How far back (in characters), within its paragraph, "set it up" may point at a technology: about two sentences. */
const PRONOUN_REACH = 300;

/**
 * The technology, named before `token` and not far back, whose name ends
 * with the generic head `head` ("these scanners" after "MRI and CT scanners").
 * "The machines" points only within its own paragraph (`blockStart`): beyond
 * it, "the" is as likely to mean machines in general, unless a heading named
 * the technology (`titled`, for a singular head: see `headingTechnology`). A
 * pronoun (`head` "": "set it up") points at the last technology named
 * shortly before it in its paragraph.
 */
function pointedAt(technologies: readonly TechnologyMention[], token: Token, head: string, blockStart: number, titled?: ReadonlySet<number>): TechnologyMention | undefined {
  const near = pointedNear(technologies, token, head, blockStart);
  return near ?? (titled && token.lower === 'the' ? headingTechnology(technologies, head, blockStart, titled) : undefined);
}

function pointedNear(technologies: readonly TechnologyMention[], token: Token, head: string, blockStart: number): TechnologyMention | undefined {
  const floor = head === '' ? Math.max(blockStart, token.start - PRONOUN_REACH) : token.lower === 'the' ? blockStart : token.start - POINTER_REACH;
  // "these machines" after a paragraph on haemodialysis: with "these" or "those", the technology just named, whatever its name.
  let nearest: TechnologyMention | undefined;
  for (let k = technologies.length - 1; k >= 0; k--) {
    const t = technologies[k]!;
    if (t.start >= token.start) continue;
    if (t.start < floor) break;
    nearest ??= t;
    if (lastWordOf(t.text).startsWith(head)) return t;
  }
  return nearest && (token.lower === 'these' || token.lower === 'those') && token.start - nearest.end <= DEMONSTRATIVE_REACH ? nearest : undefined;
}

/**
 * "## When the MRI scanner broke down ... the scanner showed an error": the
 * last technology before this paragraph, not far back, that a heading named
 * and whose name ends with `head`.
 */
function headingTechnology(technologies: readonly TechnologyMention[], head: string, blockStart: number, titled: ReadonlySet<number>): TechnologyMention | undefined {
  if (titled.size === 0) return undefined;
  for (let k = technologies.length - 1; k >= 0; k--) {
    const t = technologies[k]!;
    if (t.start >= blockStart || !titled.has(t.start) || blockStart - t.start > POINTER_REACH) continue;
    if (lastWordOf(t.text) === head) return t;
  }
  return undefined;
}

/** The last word of a name as written, in lower case: "MRI scanner" → "scanner". */
function lastWordOf(text: string): string {
  return text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n')) + 1).toLowerCase();
}

/** Whether the name that starts at offset `start`, before token `at`, is joined to one before it ("the pump and the monitor"). */
function coordinatedAt(tokens: readonly Token[], at: number, start: number): boolean {
  let k = at - 1;
  while (k >= 0 && tokens[k]!.start > start) k--;
  if (k < 0 || tokens[k]!.start !== start) return false;
  k--;
  while (k >= 0 && tokens[k]!.kind === 'word' && (tokens[k]!.lower === 'the' || tokens[k]!.lower === 'a' || tokens[k]!.lower === 'an')) k--;
  const join = tokens[k];
  return join !== undefined && (join.lower === 'and' || join.lower === 'or' || join.text === ',' || join.text === '&' || join.text === '/');
}

/** Whether the name that ends at offset `end`, before token `at`, ends in a word written in the plural ("barcode labels", not "e-obs" or "PACS"). */
function endsInPlural(tokens: readonly Token[], at: number, end: number): boolean {
  for (let k = at - 1; k >= 0 && tokens[k]!.end >= end; k--) if (tokens[k]!.end === end) return tokens[k]!.norm !== tokens[k]!.lower;
  return false;
}

/** How far back (in characters) "these machines" may point at a technology of another name: about three sentences. */
const DEMONSTRATIVE_REACH = 500;

/**
 * What a pronoun object at token `at` ("set it up", "testing them") points
 * at: the last technology named shortly before it in its paragraph, unless
 * a generic noun stands between, which is then what it means ("keep the
 * hospital's existing devices working by testing them").
 */
function antecedent(technologies: readonly TechnologyMention[], block: Block, at: number): TechnologyMention | undefined {
  const named = pointedAt(technologies, block.tokens[at]!, '', block.start);
  if (!named) return undefined;
  const tokens = block.tokens;
  // "printed barcode labels ... who would test it": "it" is something else than the labels.
  if (tokens[at]!.lower === 'it' && endsInPlural(tokens, at, named.end)) return undefined;
  // "put a barcode label on the tube ... tests them": "them" is not one thing, unless it was one of several ("the pump and the monitor").
  if (tokens[at]!.lower === 'them' && !endsInPlural(tokens, at, named.end) && !coordinatedAt(tokens, at, named.start)) return undefined;
  for (let k = at - 1; k > 0 && tokens[k]!.start >= named.end; k--) {
    // "the e-obs system": a generic head right after the name is part of it.
    if (GENERIC_HEADS.has(tokens[k]!.norm) && tokens[k - 1]!.end > named.end) return undefined;
  }
  return named;
}

/** Whether a sentence is a question that asks who: "Who fixes the ventilators?", "Which practitioner ...?", "Q: Who uses a LIMS?". */
function asksWho(tokens: readonly Token[], s: Span): boolean {
  if (tokens[s.last]?.text !== '?') return false;
  for (let i = afterLabel(tokens, s); i <= s.last; i++) if (tokens[i]!.kind === 'word') return tokens[i]!.lower === 'who' || tokens[i]!.lower === 'which';
  return false;
}

/** Letters a label that opens a line has at most: "Q:", "A:", "Answer:", "Back:". */
const LABEL_LENGTH = 8;

/** Where a sentence starts after a one-word label and its colon ("A: A clinical coder.", "Back: Takes X-rays"). */
function afterLabel(tokens: readonly Token[], s: Span): number {
  const t = tokens[s.first];
  return t && t.kind === 'word' && t.text.length <= LABEL_LENGTH && tokens[s.first + 1]?.text === ':' && s.first + 2 <= s.last ? s.first + 2 : s.first;
}

/** Whether the sentence a span ends ends with "?". */
function endsQuestion(tokens: readonly Token[], span: Span): boolean {
  for (let i = span.last; i <= span.last + 3 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '?') return putAsQuestion(tokens, span);
    if (t.kind === 'word' || t.text === '.' || t.text === '!') return false;
  }
  return false;
}

/**
 * Whether a span ending in "?" is put as a question: it opens, or its part
 * after a dash or colon opens, with a question word or an auxiliary ("Will
 * AI specialists replace doctors?", "Radiographers – do they use MRI?"), not
 * a statement the writer is unsure of ("Health information managers –
 * something to do with EHRs??").
 */
function putAsQuestion(tokens: readonly Token[], span: Span): boolean {
  let opening = true;
  for (let i = span.first; i <= span.last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      if (t.text === ':' || t.text === '\u2013' || t.text === '\u2014' || t.text === '-' || t.text === ',' || t.text === '"' || t.text === '\u201c') opening = true;
      continue;
    }
    if (opening && QUESTION_OPENERS.has(t.lower)) return true;
    opening = false;
  }
  return false;
}

const QUESTION_OPENERS = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'will', 'would', 'can', 'could', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had', "isn't", "aren't", "don't", "doesn't", "didn't", "won't", "can't", "wouldn't", "couldn't", "shouldn't", 'so', 'and', 'but', 'or', 'then', 'also']);

/** Whether a sentence ends with the mark `mark`. */
function endsWith(tokens: readonly Token[], s: Span, mark: string): boolean {
  return tokens[s.last]?.text === mark;
}

/** Whether a sentence is a question put to "you" ("What is your job?"). */
function asksYou(tokens: readonly Token[], s: Span): boolean {
  if (!endsWith(tokens, s, '?')) return false;
  for (let i = s.first; i <= s.last; i++) if (tokens[i]!.lower === 'you' || tokens[i]!.lower === 'your') return true;
  return false;
}

/**
 * Where what a span says turns to the future: its first modal ("might",
 * "will", "could"), when its sentence has a time ahead ("in the future",
 * "in ten years", "one day", "eventually"); -1 when it does not. In "In ten
 * years' time they might build machine learning models" nothing after
 * "might" is what the role does; in "She is working on a coding tool that
 * might one day suggest codes" the tool still is. A hedge alone ("they
 * might be asked to run training") is still what the role does.
 */
function speculative(tokens: readonly Token[], sentences: readonly Sentence[], span: Span): number {
  const s = sentenceAt(sentences, span);
  if (!s) return -1;
  if (s.future === undefined) s.future = futureModals(tokens, s);
  const modals = s.future;
  if (!modals) return -1;
  let a = 0;
  let b = modals.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (modals[mid]! < span.first) a = mid + 1;
    else b = mid;
  }
  return a < modals.length && modals[a]! <= span.last ? modals[a]! : -1;
}

/** The sentence holding a span, found by binary search: a long sentence has many spans. */
function sentenceAt(sentences: readonly Sentence[], span: Span): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.first <= span.first) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo];
}

/**
 * Where a sentence that imagines a role away goes on to what someone else
 * would do or have ("Without radiographers, doctors would have no X-rays to
 * look at"): its first comma after the name, or the word after the name; -1
 * for any other sentence, and when what follows is what would go undone
 * ("If there were no biomedical scientists, nobody would analyse the blood").
 * What others would do is no duty of the role; what the opening says still
 * is ("Without clinical engineers checking them, ...").
 */
function consequenceOf(tokens: readonly Token[], f: BlockFacts, s: Sentence): number {
  let i = s.first;
  if (CLAUSE_LINKS.has(tokens[i]?.lower ?? '')) i++;
  let from = -1;
  if (tokens[i]?.lower === 'without') from = i + 1;
  else if (tokens[i]?.lower === 'if') {
    for (let k = i + 1; k <= s.last && k <= i + 5; k++) if (IMAGINED_AWAY.has(tokens[k]!.lower)) from = k + 1;
  }
  if (from < 0) return -1;
  const m = f.roles.find((r) => r.first >= from && r.first <= from + 3 && r.last <= s.last);
  if (!m) return -1;
  let k = m.last + 1;
  while (k <= s.last && tokens[k]!.text !== ',') k++;
  const at = k <= s.last ? k : m.last + 1;
  // Only where someone else does the doing: "nobody would analyse the samples" still says what the role does.
  let subject = at + (tokens[at]?.text === ',' ? 1 : 0);
  while (subject <= s.last && NOUN_MARKERS.has(tokens[subject]!.lower)) subject++;
  const t = tokens[subject];
  return t !== undefined && t.kind === 'word' && f.named[subject] !== 1 && (otherPerson(t) || LAY_PEOPLE.has(t.norm)) ? at : -1;
}
const LAY_PEOPLE = new Set(['patient', 'people', 'hacker', 'family', 'parent', 'public']);
const IMAGINED_AWAY = new Set(['no', "weren't", 'werent', "wasn't", 'wasnt', "didn't", 'didnt', 'lost', 'without']);

/**
 * Where, after the modal at `from`, a sentence turns back to the present
 * ("In the future AI may be used in theatre, where ODPs already work with the
 * da Vinci robot"), or -1 when it does not before `last`.
 */
function presentAfter(tokens: readonly Token[], from: number, last: number): number {
  for (let i = from + 1; i <= last; i++) {
    const w = tokens[i]!.lower;
    if (PRESENT_TIMES.has(w) || (w === 'now' && !FUTURE_MODALS.has(tokens[i - 1]!.lower) && !FUTURE_MODALS.has(tokens[i - 2]?.lower ?? ''))) return i;
    if (presentReason(tokens, i, last)) return i;
  }
  return -1;
}
const PRESENT_TIMES = new Set(['already', 'currently', 'nowadays', 'today', 'presently']);

/**
 * Whether a clause of reason in the present starts at `i`: "there will be
 * more robotics specialists, as surgical robots are used in more operations"
 * says what is used today, whatever the future holds. "As" needs the comma
 * before it ("such as", "as well as" are not clauses).
 */
function presentReason(tokens: readonly Token[], i: number, last: number): boolean {
  const w = tokens[i]!.lower;
  if (!REASONS.has(w) || (w === 'as' && tokens[i - 1]?.text !== ',')) return false;
  for (let k = i + 1; k <= last && k <= i + REASON_WORDS; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || FUTURE_MODALS.has(t.lower)) return false;
    if (t.lower === 'is' || t.lower === 'are') return true;
  }
  return false;
}
const REASONS = new Set(['as', 'because', 'since']);
/** How far into a clause of reason its verb may stand ("as surgical robots like the da Vinci are"). */
const REASON_WORDS = 8;

/** Where a sentence's modals stand when it has a time ahead, or null when it has none. */
function futureModals(tokens: readonly Token[], s: Span): number[] | null {
  let time = false;
  const modals: number[] = [];
  /** Whether "in" stands among the three words before `i` ("in the near future", "in ten years", "in a few years"). */
  const afterIn = (i: number): boolean => {
    for (let k = i - 1; k >= s.first && k >= i - 3; k--) if (tokens[k]!.lower === 'in') return true;
    return false;
  };
  for (let i = s.first; i <= s.last; i++) {
    const w = tokens[i]!.lower;
    if (FUTURE_MODALS.has(w)) modals.push(i);
    if (w === 'eventually' || w === 'someday') time = true;
    else if (w === 'day' && (tokens[i - 1]?.lower === 'one' || tokens[i - 1]?.lower === 'some')) time = true;
    else if ((w === 'future' || w === 'years' || w === "years'" || w === 'decades') && afterIn(i)) time = true;
  }
  return time && modals.length > 0 ? modals : null;
}

const FUTURE_MODALS = new Set(['will', 'might', 'could', 'may', 'would', "they'll", "we'll", "it'll", "there'll"]);

/** The matches (in token order, not overlapping) inside a span, found by binary search. */
function* within(matches: readonly TermMatch[], span: Span): Generator<TermMatch> {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.first < span.first) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < matches.length && matches[i]!.last <= span.last; i++) yield matches[i]!;
}

/** The duties and described technologies of a span, computed once per block and span. */
function readsOf(tokens: readonly Token[], f: BlockFacts, span: Scope): SpanReads {
  const key = `${span.first}:${span.last}:${span.objectBefore ? 1 : 0}${span.personFirst ? 'p' : ''}${span.writerIsRole ? 'w' : ''}${span.dutyCell ? 'd' : ''}`;
  let reads = f.reads.get(key);
  if (!reads) {
    reads = { duties: dutiesIn(tokens, f, span, span.objectBefore), described: describedTechnologies(tokens, f, span) };
    f.reads.set(key, reads);
  }
  return reads;
}

function scopeRanges(prose: Prose, scope: readonly Scope[]): { start: number; end: number }[] {
  const ranges = scope
    .map((s) => {
      const tokens = prose.blocks[s.block]!.tokens;
      return { start: tokens[s.first]!.start, end: tokens[s.last]!.end };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep the widest of ranges that start together, and drop ranges inside the one before.
  const out: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start >= last.start && r.end <= last.end) continue;
    out.push(r);
  }
  return out;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** Whether one of `words` stands in the same sentence as `m` (within 30 words either side, not past a full stop). */
function companionNear(tokens: readonly Token[], m: TermMatch, words: ReadonlySet<string>): boolean {
  for (let i = m.first - 1; i >= 0 && i >= m.first - 30 && tokens[i]!.text !== '.'; i--) if (words.has(tokens[i]!.lower)) return true;
  for (let i = m.last + 1; i < tokens.length && i <= m.last + 30 && tokens[i]!.text !== '.'; i++) if (words.has(tokens[i]!.lower)) return true;
  return false;
}

/** Words by which a generic head points back at a technology just named ("these scanners"). */
const POINTERS = new Set(['these', 'those', 'this', 'such', 'the']);
/** Words before a head that point back only at a technology of the same block with that head: "Infusion pumps. ... service every pump". */
const EVERY = new Set(['every', 'each']);

/** Determiners and possessives after which a word that could be a verb is a noun ("the monitor", "their scanner"). */
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'each', 'every', 'new']);

/** What a block says; `defined` are the role names the document defines that stand in it (defined.ts). */
function factsOf(block: Block, index: TermIndex, defined: readonly TermMatch[] = []): BlockFacts {
  const tokens = block.tokens;
  const matches = index.findAll(tokens);
  if (defined.length > 0) matches.push(...defined);
  const roles: TermMatch[] = [];
  const techs: TermMatch[] = [];
  const roleEndAt = new Map<number, TermMatch>();
  const named = new Uint8Array(tokens.length);
  for (const m of matches) {
    (m.target.kind === 'role' ? roles : techs).push(m);
    if (m.target.kind === 'role') roleEndAt.set(m.last, m);
    for (let i = m.first; i <= m.last; i++) named[i] = m.target.kind === 'role' ? 1 : 2;
  }
  const shorts = index.shortNames.findAll(tokens, named);
  if (defined.length > 0) roles.sort((a, b) => a.first - b.first);
  if (shorts.length > 0) {
    for (const m of shorts) {
      roleEndAt.set(m.last, m);
      for (let i = m.first; i <= m.last; i++) named[i] = 1;
      roles.push(m);
    }
    roles.sort((a, b) => a.first - b.first);
  }
  const extra: TermMatch[] = [];
  for (const m of extraTechnologyIndex().findAll(tokens)) {
    let free = true;
    for (let i = m.first; i <= m.last && free; i++) if (named[i]) free = false;
    if (!free) continue;
    // "they monitor patients", "scan the wristband": a word that is also a verb names a device only after a determiner.
    if (m.first === m.last && dutyVerb(tokens[m.first]!.lower) && !NOUN_MARKERS.has(tokens[m.first - 1]?.lower ?? '') && named[m.first - 1] !== 2) continue;
    // "scanners", "pumps": a generic head counts only when what follows makes it specific (technology.ts).
    if (m.first === m.last && GENERIC_HEADS.has(tokens[m.first]!.norm)) continue;
    const companions = companionsOf(m);
    if (companions && !companionNear(tokens, m, companions)) continue;
    extra.push(m);
    for (let i = m.first; i <= m.last; i++) named[i] = 2;
  }
  // "these scanners", "the machines": a generic head that may point back at a technology named before;
  // "set it up", "disinfect them": a pronoun as a duty's object, which may point back at any.
  const pointers: TermMatch[] = [];
  // "the main theatre light kept flickering ... tested the light": the last word of a name given before points back too.
  const heads = new Map<string, number>();
  for (const m of techs) if (!heads.has(tokens[m.last]!.norm)) heads.set(tokens[m.last]!.norm, m.last);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || named[i]) continue;
    const before = tokens[i - 1]!.lower;
    if (((GENERIC_HEADS.has(t.norm) || (heads.get(t.norm) ?? i) < i) && POINTERS.has(before)) || ((heads.get(t.norm) ?? i) < i && EVERY.has(before))) {
      pointers.push({ target: { kind: 'technology', id: '', term: t.norm }, first: i - 1, last: i });
    } else if ((t.lower === 'it' || t.lower === 'them') && tokens[i - 1]!.kind === 'word' && (dutyVerb(tokens[i - 1]!.lower) || intoAfterDuty(tokens, i - 1)) && !afterIndefinite(tokens, i)) {
      pointers.push({ target: { kind: 'technology', id: '', term: '' }, first: i, last: i });
    }
  }
  const sentences = sentencesOf(tokens, -1);
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
  return { roles, techs, extra, pointers, roleEndAt, named, quoted: quotedTokens(block.tokens), sentences, reads: new Map() };
}

function introduces(prose: Prose, facts: readonly BlockFacts[], block: Block, b: number, m: TermMatch): boolean {
  if (block.kind === 'heading') return true;
  const unit = prose.units[block.unit]!;
  if (block.kind === 'cell') return leadCell(prose, unit, facts) === b;
  return unit.blocks[0] === b && block.leadEnd >= 0 && block.tokens[m.first]!.start < block.leadEnd;
}

/**
 * The sentence before, when a span says only that its role does the same:
 * "Nuclear medicine technicians do too.", "Audiologists do as well.",
 * "So do ODPs." Only its duties carry over: what it says the roles before
 * use may be theirs alone ("using X-ray machines and ultrasound
 * respectively").
 */
function sameAsBefore(tokens: readonly Token[], f: BlockFacts, span: Span): Span | undefined {
  const words: string[] = [];
  for (let i = span.first; i <= span.last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (f.named[i] === 1) words.push('ROLE');
    else words.push(t.lower);
  }
  const said = words.filter((w, k) => w !== 'ROLE' || words[k - 1] !== 'ROLE').join(' ');
  if (!SAME_AS_BEFORE.has(said)) return undefined;
  return sentenceBefore(f, f.sentences.findIndex((s) => s.first <= span.first && span.first <= s.last));
}

/** The sentence before a block's `at`th, as a span; undefined for the first. */
function sentenceBefore(f: BlockFacts, at: number): Span | undefined {
  const prev = at > 0 ? f.sentences[at - 1] : undefined;
  return prev ? { first: prev.first, last: prev.last } : undefined;
}
/** The sentence before one that gives its work to a role: "This is the job of the clinical engineers", "That falls to the coders". */
function jobOfBefore(tokens: readonly Token[], f: BlockFacts, span: Span): Span | undefined {
  // At the sentence's start, the sentence before; after ", and" or ";" inside it, the part before
  // ("the sample has to be taken from the patient, and that is normally the job of the phlebotomist").
  for (let p = span.first; p <= span.last; p++) {
    if (!JOB_OF_OPENERS.has(tokens[p]!.lower)) continue;
    const before = tokens[p - 1];
    const inside = before !== undefined && (before.text === ';' || (before.lower === 'and' && tokens[p - 2]?.text === ','));
    if ((p !== span.first && !inside) || !jobOfAt(tokens, f, p, span.last)) continue;
    const at = f.sentences.findIndex((s) => s.first <= p && p <= s.last);
    const sentence = f.sentences[at]!;
    if (p === sentence.first) return sentenceBefore(f, at);
    if (inside) return { first: sentence.first, last: p - 1 };
  }
  return undefined;
}
const JOB_OF_OPENERS = new Set(['this', 'that', 'it']);

/** Whether the words from `first` give the work to a role: "this is the job of the clinical engineers". */
function jobOfAt(tokens: readonly Token[], f: BlockFacts, first: number, last: number): boolean {
  const words: string[] = [];
  for (let i = first; i <= last && words.length < JOB_OF_WORDS; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      if (words.length > 0 && words.at(-1) === 'ROLE') break;
      continue;
    }
    if (f.named[i] === 1) {
      if (words.at(-1) !== 'ROLE') words.push('ROLE');
    } else if (words.at(-1) === 'ROLE') break;
    else words.push(t.lower);
  }
  return JOB_OF.test(words.join(' '));
}
const JOB_OF_WORDS = 12;
const JOB_OF = /^(?:this|that|it) (?:is|was) (?:usually |mainly |normally |really )?(?:the|their) (?:job|role|responsibility|task|duty|work) of (?:the )?ROLE$|^(?:this|that) (?:falls|fell|is left|is down) to (?:the )?ROLE$/;

const SAME_AS_BEFORE = new Set(
  ['ROLE do too', 'ROLE does too', 'ROLE do as well', 'ROLE does as well', 'ROLE also do', 'ROLE also does', 'so do ROLE', 'so does ROLE', 'ROLE do the same', 'ROLE does the same', 'and so do ROLE', 'the ROLE do too', 'the ROLE does too', 'ROLE do this too', 'ROLE do this as well']
);

/** Whether the word at `p` before a name gives it as an example: "such as", "like", "including", "for example", "e.g.". */
function givenAsExample(tokens: readonly Token[], p: number): boolean {
  const t = tokens[p];
  if (!t) return false;
  if (t.kind !== 'word') return t.text === '.' && tokens[p - 1]?.lower === 'g' && tokens[p - 2]?.text === '.';
  if (t.lower === 'as') return tokens[p - 1]?.lower === 'such';
  if (t.lower === 'example' || t.lower === 'instance') return tokens[p - 1]?.lower === 'for';
  return t.lower === 'like' || t.lower === 'including' || t.lower === 'eg';
}

/** Words a cell of names may hold besides the names: "Sonographers and some radiographers". */
const NAME_LIST_WORDS = new Set(['and', 'or', 'some', 'the', 'a', 'an', 'also', 'other', 'all', 'most', 'many', 'both', 'plus', 'senior', 'trainee', 'assistant', 'called', 'known', 'as']);

/**
 * The cell whose roles a table row is about: its first cell when that names
 * a role, or else the first cell that holds only role names ("| MRI scanners
 * | Radiographers | ... |", a "Who uses it" column); -1 when there is none.
 */
function leadCell(prose: Prose, unit: Unit, facts: readonly BlockFacts[]): number {
  const first = unit.blocks[0];
  if (first === undefined || facts[first]!.roles.length > 0) return first ?? -1;
  for (const b of unit.blocks) if (namesOnly(prose, facts, b)) return b;
  return -1;
}

/** Whether a block names roles and holds nothing else but the words of a list of names. */
function namesOnly(prose: Prose, facts: readonly BlockFacts[], b: number): boolean {
  const f = facts[b]!;
  const tokens = prose.blocks[b]!.tokens;
  return f.roles.length > 0 && onlyNames(tokens, f.named, 0, tokens.length - 1);
}

/** Words that hedge a one-line answer: "Probably a biomedical engineer." */
const HEDGES = new Set(['probably', 'maybe', 'perhaps', 'usually', 'normally', 'mostly', 'possibly']);

/** Whether tokens `[first, last]` hold nothing but role names and the words of a list of names ("Sonographers and some radiographers"). */
function onlyNames(tokens: readonly Token[], named: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (tokens[i]!.kind === 'word' && named[i] !== 1 && !NAME_LIST_WORDS.has(tokens[i]!.lower)) return false;
  return true;
}

/** The roles some matches name, each once, in order, added to `ids`. */
function idsOf(matches: readonly TermMatch[], idOf: IdOf, ids: string[] = []): string[] {
  for (const m of matches) {
    const id = idOf(m);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The roles of each column of a table laid out with a column per role: its
 * header row names only roles in its cells after the first, and none in the
 * first ("| | Radiographer | Phlebotomist |", then rows "| **Technology** |
 * ... |"). Undefined for any other table.
 */
function columnRoles(prose: Prose, facts: readonly BlockFacts[], idOf: IdOf, header: Unit): (readonly string[])[] | undefined {
  const columns: string[][] = [];
  let named = 0;
  for (const b of header.blocks) {
    const ids = namesOnly(prose, facts, b) ? idsOf(facts[b]!.roles, idOf) : [];
    columns[prose.blocks[b]!.cell] = ids;
    if (ids.length > 0) named++;
  }
  return named >= 2 && (columns[0]?.length ?? 0) === 0 && facts[header.blocks[0]!]!.roles.length === 0 ? columns : undefined;
}

/** A paragraph that stands alone as a heading: only a bold run, or only role names. */
function isPseudoHeading(prose: Prose, facts: readonly BlockFacts[], u: number): boolean {
  const unit = prose.units[u]!;
  if (unit.kind !== 'paragraph' || unit.blocks.length !== 1) return false;
  const b = unit.blocks[0]!;
  const block = prose.blocks[b]!;
  let words = 0;
  // A longer bold line is a heading when it asks a question ("**Q6. Describe the role of a network engineer in a hospital.**").
  for (const t of block.tokens) if (t.kind === 'word' && ++words > 10) return block.emphasisOnly && words <= 30 && asks(block.tokens);
  if (words === 0) return false;
  if (block.emphasisOnly) return true;
  // "Slide 5 – Medical Robotics Specialist", "Slide 9 – Summary": a numbered part's title, naming roles or not.
  const from = partLabelEnd(block.tokens);
  if (from > 0 && words <= PART_TITLE_WORDS) return true;
  const f = facts[b]!;
  // "**Health informatician** (also called clinical informatician)": names, and an aside in brackets after them.
  let aside = 0;
  return (
    f.roles.length > 0 &&
    block.tokens.every((t, i) => {
      if (t.text === '(') aside++;
      else if (t.text === ')') aside--;
      return aside > 0 || f.named[i] === 1 || t.kind !== 'word' || t.lower === 'and' || t.lower === 'or';
    }) &&
    aside === 0
  );
}

/** Words a numbered part's title has at most, its label with it ("Slide 10 – Any questions?"). */
const PART_TITLE_WORDS = 8;
/** Words that number the parts of a document ("Slide 3 –", "Part 2:", "Section 4."). */
const PART_WORDS = new Set(['slide', 'part', 'section', 'page', 'poster', 'panel', 'card', 'scene', 'chapter']);
/** Marks between a part's number and its title. */
const PART_MARKS = new Set(['-', '\u2013', '\u2014', ':', '.', '|']);

/** Where the title after a part's label and number starts ("Slide 5 –" of "Slide 5 – Sonographer"); 0 when it has none. */
function partLabelEnd(tokens: readonly Token[]): number {
  if (tokens.length < 4 || !PART_WORDS.has(tokens[0]!.lower) || !isNumber(tokens[1]!.lower) || !PART_MARKS.has(tokens[2]!.text)) return 0;
  return 3;
}

/** Words by which a heading asks for a role ("Name a practitioner who ...", "Who fixes the scanners?", "Describe the role of ..."). */
const ASKING = new Set(['who', 'which', 'what', 'practitioner', 'professional', 'person', 'someone', 'role', 'job', 'describe', 'explain', 'name', 'give']);

/** Whether a heading asks a question: it ends with "?" or has a word that asks. */
function asks(tokens: readonly Token[]): boolean {
  return asksQuestion(tokens) || tokens.some((t) => t.kind === 'word' && ASKING.has(t.norm));
}

/** Whether a heading ends with "?". */
function asksQuestion(tokens: readonly Token[]): boolean {
  let last: Token | undefined;
  for (const t of tokens) if (t.kind !== 'break') last = t;
  return last !== undefined && last.text === '?';
}

/**
 * The parts of a heading that names no role which ask about one: each
 * sentence from its asking word ("a practitioner who repairs hospital
 * equipment"), or whole when it ends with "?". They go to the roles that the
 * answer after the heading names.
 */
function questionParts(tokens: readonly Token[], sentences: readonly Sentence[]): Scope[] {
  const parts: Scope[] = [];
  for (const s of sentences) {
    if (endsWith(tokens, s, '?')) {
      parts.push({ ...whole(s), answered: true });
      continue;
    }
    for (let i = s.first; i <= s.last; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word' && (t.norm === 'who' || t.norm === 'practitioner' || t.norm === 'professional' || t.norm === 'person' || t.norm === 'someone')) {
        parts.push({ block: s.block, first: i, last: s.last, objectBefore: false, answered: true });
        break;
      }
    }
  }
  return parts;
}

interface Section {
  depth: number;
  roles: ReadonlySet<string>;
  /** The role of the person the heading names, whose words the section gives ("## Leanne, clinical informatician"). */
  speaker?: string;
}

const NO_PARTS: ReturnType<typeof formerAndLatter> = [];
const NO_IDS: readonly string[] = [];

/** Pronouns that may refer back to one practitioner or to many ("they" of one is common). */
const PLURAL_PRONOUNS = new Set(['they', 'their', 'them', 'theirs']);
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'hers']);

/** Whether "into" or "onto" at `p` ends a duty's object: "scan the old paper notes into it". */
function intoAfterDuty(tokens: readonly Token[], p: number): boolean {
  if (!INTO.has(tokens[p]!.lower)) return false;
  for (let k = p - 1; k >= 0 && k >= p - 6 && tokens[k]!.kind === 'word'; k--) if (dutyVerb(tokens[k]!.lower)) return true;
  return false;
}
const INTO = new Set(['into', 'onto']);

/** Whether "it" at `i` stands for an "anything" or "something" before it in its sentence: "If anything breaks they come and fix it". */
function afterIndefinite(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 30 && !SENTENCE_ENDS.has(tokens[k]!.text); k--) if (INDEFINITES.has(tokens[k]!.lower)) return true;
  return false;
}
const INDEFINITES = new Set(['anything', 'something', 'everything']);

/** Whether two role names are joined as one phrase: only "and", "or", a comma, a slash or a determiner between them. */
function joined(tokens: readonly Token[], a: TermMatch, b: TermMatch): boolean {
  for (let i = a.last + 1; i < b.first; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' ? !JOINING_WORDS.has(t.lower) : t.text !== ',' && t.text !== '/' && t.text !== '&') return false;
  }
  return true;
}
const JOINING_WORDS = new Set(['and', 'or', 'the', 'a', 'an', 'some', 'also']);

/** Where "both of them", "all of them" or "they both" stands as a subject after the start of a sentence; -1 when nowhere. */
function bothAt(tokens: readonly Token[], s: Span): number {
  for (let i = s.first + 1; i + 2 <= s.last; i++) {
    if (quantifiedSubjectEnd(tokens, i, s.last) >= 0 && (tokens[i - 1]!.kind !== 'word' || CLAUSE_OPENERS.has(tokens[i - 1]!.lower))) return i;
  }
  return -1;
}

/**
 * Whether the name at `first` is set against someone ("unlike sonographers", "rather than a phlebotomist",
 * "compared with the radiographers") or only referred to ("see the radiographer", "same as the radiographer").
 */
function contrastedAt(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && ARTICLES_OF_NAME.has(tokens[k]!.lower)) k--;
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (t.lower === 'unlike' || t.lower === 'than') return true;
  const before = tokens[k - 1]?.lower ?? '';
  // "A: see the radiographer", "same as the radiographer": a cross-reference, not whom the answer is about.
  if (t.lower === 'see' && (k === 0 || tokens[k - 1]!.kind !== 'word')) return true;
  if (t.lower === 'as' && before === 'same') return true;
  return (t.lower === 'of' && before === 'instead') || ((t.lower === 'with' || t.lower === 'to') && before === 'compared');
}
const ARTICLES_OF_NAME = new Set(['the', 'a', 'an', 'most', 'many', 'some']);

/** Whether every role a sentence names stands in what someone says or thinks: "Some people think AI specialists will ...". */
function reportedNames(tokens: readonly Token[], f: BlockFacts, s: Sentence): boolean {
  for (let r = s.rolesFrom; r < s.rolesTo; r++) {
    let k = f.roles[r]!.first - 1;
    let reported = false;
    for (; k >= s.first && k >= f.roles[r]!.first - REPORT_REACH; k--) {
      const t = tokens[k]!;
      // "She said she was a clinical coder": who the speaker is, not a name in passing.
      if (t.kind !== 'word' || IDENTIFYING.has(t.lower)) break;
      if (REPORTING.has(t.lower)) reported = true;
      // "I don't really know what a health informatician does": a name the writer cannot describe.
      if (WONDERING.has(t.lower) && unknowing(tokens, k - 1, s.first)) reported = true;
    }
    if (!reported) return false;
  }
  return true;
}
const IDENTIFYING = new Set(['is', 'was', 'am', "i'm", "she's", "he's", 'as']);
const WONDERING = new Set(['what', 'whether', 'how', 'who']);

/** Whether the words ending at `k` say the writer does not know: "don't really know", "not sure", "no idea". */
function unknowing(tokens: readonly Token[], k: number, first: number): boolean {
  if (k < first || !KNOWING_WORDS.has(tokens[k]!.lower)) return false;
  for (let j = k - 1; j >= first && j >= k - 3; j--) if (NOT_KNOWING.has(tokens[j]!.lower)) return true;
  return false;
}
const KNOWING_WORDS = new Set(['know', 'sure', 'idea', 'understand']);
const NOT_KNOWING = new Set(["don't", 'dont', 'not', 'no', "didn't", 'didnt', 'never']);
/** Words between a reporting verb and the name it reports on, at most ("said that computing ..."). */
const REPORT_REACH = 4;

/** Whether "one" picks one of a group out before `pronoun` (or anywhere, for "") in a span: "I know one", "one of them". */
function pickedOut(tokens: readonly Token[], s: Span, pronoun: string): boolean {
  for (let i = s.first; i <= s.last && tokens[i]!.lower !== pronoun; i++) if (tokens[i]!.lower === 'one' && tokens[i - 1]?.lower !== 'no') return true;
  return false;
}

/** The first personal pronoun of a sentence ("they", "she", ...), if any. */
function pronounIn(tokens: readonly Token[], s: Span): string | undefined {
  for (let i = s.first; i <= s.last; i++) {
    const t = tokens[i]!;
    // "According to him, they decide ...": a pronoun after a preposition is not who the sentence is about,
    // nor one that reports ("She said that they go round the wards").
    if (
      t.kind === 'word' &&
      (PLURAL_PRONOUNS.has(t.lower) || SINGULAR_PRONOUNS.has(t.lower)) &&
      !(i > s.first && PREPOSITIONS.has(tokens[i - 1]!.lower)) &&
      !REPORTING.has(tokens[i + 1]?.lower ?? '')
    ) {
      return t.lower;
    }
  }
  return undefined;
}

/**
 * Where the word that may be a person's name opening a sentence stands: its
 * first word, or the first after a short opening set off by a comma or a
 * colon ("For example, Kelly cannot ...", "Action: Hannah to ..."), when a
 * verb or a modal follows it ("Tom primed ...", "Hannah to book ..."); -1
 * when none does.
 */
function personOpening(tokens: readonly Token[], s: Span): number {
  let first = s.first;
  for (let c = s.first + 1; c <= s.first + OPENING_REACH && c < s.last; c++) {
    const t = tokens[c]!;
    if (t.text === ',' || t.text === ':') first = c + 1;
    if (t.kind !== 'word') break;
  }
  // "My mum works in the X-ray department": the person is "mum".
  if (POSSESSORS.has(tokens[first]?.lower ?? '') && KIN.has(tokens[first + 1]?.lower ?? '')) first++;
  const t = tokens[first];
  const next = tokens[first + 1];
  if (!t || t.kind !== 'word' || !next || next.kind !== 'word' || first + 1 > s.last) return -1;
  // "Priya explained that phlebotomists take most of the samples", "Amira also said that ...": she reports;
  // what she says is about whom it names.
  let k = first + 1;
  while (k < s.last && ADVERBS.has(tokens[k]!.lower)) k++;
  if (REPORTING.has(tokens[k]!.lower)) return -1;
  // "Action: Hannah to book the first annual service": what minutes say a person is to do.
  if (next.lower === 'to' && tokens[first + 2]?.kind === 'word' && isVerbForm(tokens[first + 2]!.lower)) return first;
  return (COMMON_VERBS.has(next.lower) || isVerbForm(next.lower)) && !next.lower.endsWith('ing') ? first : -1;
}

/** Words before a clause's subject that leave it the subject ("and they", "so she"). */
const CLAUSE_LINKS = new Set(['and', 'but', 'so', 'then', 'or', 'because', 'while', 'when', 'now', 'also']);

/** Whether the clause in tokens `[first, last]` has "they", "he" or "she" as its subject: someone the speaker talks about. */
function opensWithThirdPerson(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || CLAUSE_LINKS.has(t.lower)) continue;
    return t.lower === 'they' || t.lower === 'he' || t.lower === 'she';
  }
  return false;
}

/** Words an opening before a sentence's subject holds at most ("For example,", "On Monday morning,"). */
const OPENING_REACH = 4;

/** Whether a sentence's first word is a personal pronoun ("She had two screens ..."). */
function opensWithPronoun(tokens: readonly Token[], s: Span): boolean {
  for (let i = s.first; i <= s.last; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') return PLURAL_PRONOUNS.has(t.lower) || SINGULAR_PRONOUNS.has(t.lower);
  }
  return false;
}

/** Whether a sentence opens with "such", "these" or "those" and a word for practitioners: "Such specialists monitor ...". */
function opensWithBackNoun(tokens: readonly Token[], s: Span): boolean {
  const i = firstWord(tokens, s);
  const t = tokens[i];
  const next = tokens[i + 1];
  return t !== undefined && BACK_NOUN_OPENERS.has(t.lower) && next !== undefined && next.kind === 'word' && i + 1 <= s.last && ROLE_NOUNS.has(next.norm);
}
const BACK_NOUN_OPENERS = new Set(['such', 'these', 'those']);

/** A role someone met, named in the singular, and the pronouns the sentence used for that someone. */
interface Met {
  ids: readonly string[];
  pronouns: ReadonlySet<string>;
}

/** The role of `all` a sentence names last, in the singular, with "he" and "she" as it uses them ("where he meets a radiographer"). */
function metIn(tokens: readonly Token[], f: BlockFacts, s: Sentence, all: readonly string[]): Met | undefined {
  const m = f.roles[s.rolesTo - 1]!;
  const id = m.target.id;
  if (!all.includes(id) || isPlural(tokens, m)) return undefined;
  const pronouns = new Set<string>();
  for (let i = s.first; i <= s.last; i++) if (tokens[i]!.lower === 'he' || tokens[i]!.lower === 'she') pronouns.add(tokens[i]!.lower);
  return pronouns.size > 0 ? { ids: [id], pronouns } : undefined;
}

/** The index of a sentence's first word; -1 when it has none. */
function firstWord(tokens: readonly Token[], s: Span): number {
  for (let i = s.first; i <= s.last; i++) if (tokens[i]!.kind === 'word') return i;
  return -1;
}
/** Whether a sentence says someone is a role it names: "He said he was a biomedical equipment technician", "as a radiographer". */
function namesWhatOneIs(tokens: readonly Token[], f: BlockFacts, s: Sentence): boolean {
  for (let r = s.rolesFrom; r < s.rolesTo; r++) {
    let p = f.roles[r]!.first - 1;
    while (p > s.first && tokens[p]!.kind === 'word' && MODIFIERS.has(tokens[p]!.lower)) p--;
    if (p >= s.first && (BEING.has(tokens[p]!.lower) || tokens[p]!.lower === 'as')) return true;
  }
  return false;
}
/** "She is a sonographer", "she works as an ODP": the pronoun is the role. */
const BEING = new Set(['is', 'was', 'works', 'worked', 'became', 'trained']);

/** Whether a sentence's first personal pronoun can refer to a name in the plural or the singular (true when it has none). */
function agrees(tokens: readonly Token[], s: Span, plural: boolean): boolean {
  const pronoun = pronounIn(tokens, s);
  return !(plural && pronoun !== undefined && SINGULAR_PRONOUNS.has(pronoun));
}

/** No roles. The role sets of sections and units are never changed once made, so they can be shared. */
const NO_ROLES: ReadonlySet<string> = new Set();

/** The whole of a sentence as a part of a role's text (made once per sentence and block index). */
function whole(s: Sentence): Scope {
  if (s.whole === undefined || s.whole.block !== s.block) s.whole = { block: s.block, first: s.first, last: s.last, objectBefore: false };
  return s.whole as Scope;
}

/** Words between "I am" or "as" and the role's name: "a second-year apprentice clinical engineer". */
const SELF_MODIFIERS = new Set(['the', 'a', 'an', 'second', 'third', 'first', 'final', 'year', 'apprentice', 'trainee', 'student', 'newly', 'qualified', 'junior', 'senior', 'band', 'registered', 'practising', 'practicing']);

/**
 * The role the writer says they are ("I am a second-year apprentice clinical
 * engineer", "I'm a sonographer", "I work as a clinical coder", "In my job as
 * a clinical coder ...", "As a radiographer, I ..."), outside quotation
 * marks; undefined when they say none.
 */
function writersRoles(prose: Prose, facts: readonly BlockFacts[], idOf: IdOf): { id: string; block: number; at: number }[] {
  const out: { id: string; block: number; at: number }[] = [];
  for (let b = 0; b < prose.blocks.length; b++) {
    const f = facts[b]!;
    const tokens = prose.blocks[b]!.tokens;
    for (const m of f.roles) {
      const id = idOf(m);
      if (id !== undefined && f.quoted[m.first] !== 1 && (selfIntroduced(tokens, m.first, true) || playedAsOwn(tokens, f, m.last + 1))) out.push({ id, block: b, at: m.first });
    }
  }
  return out;
}

/**
 * Whether the rest of the sentence after a name says the writer plays the role: "I will describe the role of a
 * clinical engineer by writing a week of a diary as if it was my job", "... as if I were one".
 */
function playedAsOwn(tokens: readonly Token[], f: BlockFacts, from: number): boolean {
  for (let i = from; i < tokens.length && i < from + PLAYED_REACH; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      if (SENTENCE_ENDS.has(t.text)) return false;
      continue;
    }
    if (f.named[i] === 1) return false;
    if (t.lower !== 'as' || tokens[i + 1]?.lower !== 'if') continue;
    const said = tokens.slice(i + 2, i + 6).map((w) => w.lower).join(' ');
    return /^(?:it (?:was|were|is) my (?:job|role|work)|i (?:was|were|am) (?:one|doing it|doing the job))/.test(said);
  }
  return false;
}
const PLAYED_REACH = 24;

/**
 * The technology the writer says they are ("I am an MRI scanner."), as
 * written: then "me" and "my" in what a role does name it.
 */
function writersDevice(prose: Prose, facts: readonly BlockFacts[]): string | undefined {
  for (let b = 0; b < prose.blocks.length; b++) {
    const f = facts[b]!;
    const tokens = prose.blocks[b]!.tokens;
    for (const m of f.techs) {
      if (f.quoted[m.first] !== 1 && selfIntroduced(tokens, m.first, false)) return tokens.slice(m.first, m.last + 1).map((w) => w.text).join(' ');
    }
  }
  return undefined;
}

/** Words that open a relative clause. */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'that', 'which', 'whom']);

/** Marks and words that end the clause a duty is in. */
const DUTY_CLAUSE_ENDS = new Set([',', '.', ';', ':', '!', '?', 'so', 'because', 'when', 'if', 'while', 'but']);

/** How many words a named owner before a technology may have ("Northfield General Hospital's"). */
const OWNER_WORDS = 4;

/** The words by which a writer who is a technology names itself. */
const DEVICE_SELF = new Set(['me', 'my', 'myself', 'mine']);

/**
 * Whether the words before the name at `first` say the writer is it: "I am
 * a", "I'm the" and, for a role (`asRole`), "I was a", "I've been a", "As a",
 * "In my job as a", and a year or band number among the modifiers.
 */
function selfIntroduced(tokens: readonly Token[], first: number, asRole: boolean): boolean {
  let p = first - 1;
  while (p >= 0 && (tokens[p]!.kind !== 'word' ? asRole && tokens[p]!.text === '-' : SELF_MODIFIERS.has(tokens[p]!.lower) || (asRole && isNumber(tokens[p]!.lower)))) p--;
  // "I am Northfield General Hospital's electronic patient record": a named owner before the technology.
  if (!asRole && tokens[p]?.kind === 'word' && /['\u2019]s$/.test(tokens[p]!.text) && !tokens[p]!.allLower) {
    const floor = p - OWNER_WORDS;
    p--;
    while (p > floor && p >= 0 && tokens[p]!.kind === 'word' && !tokens[p]!.allLower && tokens[p]!.lower !== 'i') p--;
  }
  const t = tokens[p];
  if (!t || t.kind !== 'word') return false;
  const before = tokens[p - 1]?.lower;
  if ((t.lower === 'am' && before === 'i') || t.lower === "i'm" || t.lower === 'im') return true;
  if (!asRole) return false;
  // "I've been a medical records technician for twenty years"
  if (t.lower === 'been' && (before === "i've" || before === 'ive' || (before === 'have' && tokens[p - 2]?.lower === 'i'))) return true;
  if (t.lower === 'was') return before === 'i';
  if (t.lower !== 'as') return false;
  // "As a radiographer, I ...", "In my job as a clinical coder", "I work as a sonographer"; not "She works as a clinical coder".
  if (p === 0) return true;
  if (before === 'job' || before === 'role' || before === 'post' || before === 'position') return writerBefore(tokens, p - 2, MY);
  return (before === 'work' || before === 'working') && writerBefore(tokens, p - 2, WRITER_WORDS);
}

const MY = new Set(['my']);

/** Whether one of `words` stands at `at` or up to two words before it ("my current job", "I now work", "I'm working"). */
function writerBefore(tokens: readonly Token[], at: number, words: ReadonlySet<string>): boolean {
  for (let k = at; k >= 0 && k >= at - 2; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (words.has(t.lower)) return true;
  }
  return false;
}

/**
 * The role of a person whose words follow a label that names them with it
 * ("**Tom, cardiac physiologist:** I do ECGs ...", a heading "## Leanne,
 * clinical informatician"), or of a script's speaker labelled in capitals
 * ("CARDIAC PHYSIOLOGIST: I'm doing a 12-lead ECG"), if the block opens so:
 * its lead-in, or the whole block (`whole`, a heading). A label with "my" or
 * "I" in it is the writer's ("## My day with Tom, the radiographer").
 */
function speakerOf(block: Block, f: BlockFacts, idOf: IdOf, people: ReadonlyMap<string, string>, whole = false): string | undefined {
  const end = whole ? block.end : block.leadEnd;
  if (end < 0) return undefined;
  let id: string | undefined;
  let person = false;
  for (const m of f.roles) {
    if (block.tokens[m.first]!.start >= end) break;
    const r = idOf(m);
    if (r === undefined || (id !== undefined && r !== id)) return undefined;
    id = r;
  }
  // A script's label in capitals ("CARDIAC PHYSIOLOGIST:", "GUEST (clinical engineer):") is a speaker's, person or not.
  let capitals = !whole;
  let bracket = 0;
  for (const t of block.tokens) {
    if (t.start >= end) break;
    if (t.kind === 'word' && (WRITER_WORDS.has(t.lower) || t.lower === 'my' || t.lower === 'our' || t.lower === 'me')) return undefined;
    if (t.kind === 'word' && id !== undefined && people.get(t.text) === id) person = true;
    if (t.text === '(') bracket++;
    else if (t.text === ')') bracket--;
    else if (t.kind === 'word' && bracket === 0 && !t.caps) capitals = false;
  }
  return person || capitals ? id : undefined;
}

/**
 * Whether a sentence's subject is the writer: it opens (after an opening
 * adverbial) with "I" or "we", or with "my" or "our" before anything but a
 * role ("Our team is ...", not "Our network engineers ...").
 */
function opensWithWriter(tokens: readonly Token[], s: Span, f: BlockFacts): boolean {
  for (let i = s.first, seen = 0; i <= s.last && seen < 8; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (f.quoted[i] === 1 || f.named[i] === 1) return false;
    if (t.lower === 'my' || t.lower === 'our') {
      for (let k = i + 1; k <= s.last && k <= i + 3; k++) if (f.named[k] === 1) return false;
      return true;
    }
    if (WRITER_WORDS.has(t.lower)) return true;
    // A diary's line with no subject: "Tested the energy it delivers with the defib analyser", "Went to a workshop".
    if (seen === 0 && !t.allLower && isPastForm(t.lower) && tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.lower !== 'by') return true;
    seen++;
    if (!OPENING_WORDS.has(t.lower)) return false;
  }
  return false;
}
const WRITER_WORDS = new Set(['i', 'we', "i'm", "we're", "i've", "we've"]);
/** Words that may open a sentence before its subject: "Most of my week ...", "After that we ...", "When something breaks ...". */
const OPENING_WORDS = new Set(['then', 'now', 'also', 'after', 'that', 'most', 'of', 'every', 'each', 'day', 'week', 'morning', 'usually', 'often', 'sometimes', 'today', 'so', 'and', 'but', 'when', 'in', 'on', 'at']);

/** Words of a title that is a part of the whole document, not of one role's text ("Conclusion", "Summary", "Any questions?"). */
const DOCUMENT_PARTS = new Set(['introduction', 'conclusion', 'summary', 'overview', 'background', 'evaluation', 'references', 'bibliography', 'contents', 'appendix', 'question', 'thank', 'glossary', 'aim', 'reflection', 'final']);

/** Words of a title about several roles at once. */
const SEVERAL_ROLES = new Set(['both', 'all', 'each', 'similarity', 'difference', 'shared', 'common', 'comparison', 'compared', 'together', 'overlap', 'other']);

/** Headings of a list of sources: what stands under them names no one ("Society of Radiographers (2022) ..."). */
const REFERENCE_HEADINGS = new Set(['references', 'reference list', 'bibliography', 'sources', 'works cited', 'further reading', 'references and further reading']);
const REFERENCE_OPENERS = new Set([...REFERENCE_HEADINGS].map((title) => title.split(' ')[0]!));

/**
 * The blocks of a reference list: from a heading (or a paragraph that is
 * only bold, or only the title) reading "References", "Bibliography", ... to
 * the next heading of the same level or higher.
 */
function referenceBlocks(prose: Prose, source: string): Set<number> {
  const out = new Set<number>();
  let depth = 0;
  for (const unit of prose.units) {
    const first = unit.blocks[0];
    if (first === undefined) continue;
    const block = prose.blocks[first]!;
    // Most blocks open with no word a reference list's title opens with: no title to read.
    const title = REFERENCE_OPENERS.has(block.tokens[0]?.lower ?? '') ? titleOf(block, unit.kind === 'paragraph' ? source : undefined) : '';
    // A paragraph whose first line reads "References" opens the list as a heading would.
    const label = unit.kind === 'paragraph' && (block.emphasisOnly || (depth === 0 && REFERENCE_HEADINGS.has(title)));
    const level = unit.kind === 'heading' ? block.depth : label ? 7 : 0;
    if (level > 0 && (depth === 0 || level <= depth)) {
      depth = REFERENCE_HEADINGS.has(title) ? level : 0;
      if (depth > 0) for (const b of unit.blocks) out.add(b);
      continue;
    }
    if (depth > 0) for (const b of unit.blocks) out.add(b);
  }
  return out;
}

/** The words of a block, lower-cased, or of its first line when `source` is given; '' when that is longer than a label. */
function titleOf(block: Block, source?: string): string {
  const nl = source === undefined ? -1 : source.indexOf('\n', block.start);
  const end = nl < 0 || nl > block.end ? block.end : nl;
  const words: string[] = [];
  for (const t of block.tokens) {
    if (t.start >= end) break;
    if (words.length === LABEL_LENGTH) return '';
    if (t.kind === 'word') words.push(t.lower);
  }
  return words.join(' ');
}

/** The label of a footnote mark `[2]` or `[^2]` that starts at `n`, if one does. */
function markAt(tokens: readonly Token[], n: number): string | undefined {
  if (tokens[n]?.text !== '[') return undefined;
  let k = n + 1;
  if (tokens[k]?.text === '^') k++;
  const label = tokens[k];
  return label && label.kind === 'word' && tokens[k + 1]?.text === ']' ? label.lower : undefined;
}

/**
 * Footnotes and the roles they are about: a mark right after a role's name
 * (after a bracketed aside: "biomedical scientists (BMS) [2] ...") makes the
 * footnote with that label the role's text: a paragraph or list item that
 * starts with the mark ("[2] They test samples ...", or in Markdown's
 * footnote syntax "[^2]: They test ...", which the parser reads as text).
 * Gives, for each unit, the role its footnote is about.
 */
function footnoteRoles(prose: Prose, facts: readonly BlockFacts[], idOf: IdOf): Map<number, string> {
  const marked = new Map<string, string>();
  prose.blocks.forEach((block, b) => {
    for (const m of facts[b]!.roles) {
      const tokens = block.tokens;
      let n = m.last + 1;
      // One bracketed aside, not the mark itself: "biomedical scientists (BMS) [2]".
      if (tokens[n]?.text === '(') n = afterAsides(tokens, n, Math.min(tokens.length - 1, n + 29), 1);
      const label = markAt(tokens, n);
      const id = idOf(m);
      if (label !== undefined && id !== undefined && !marked.has(label)) marked.set(label, id);
    }
  });
  const out = new Map<number, string>();
  if (marked.size === 0) return out;
  prose.units.forEach((unit, u) => {
    const first = unit.blocks[0];
    if (unit.kind === 'heading' || unit.kind === 'rule' || first === undefined) return;
    const label = markAt(prose.blocks[first]!.tokens, 0);
    const id = label === undefined ? undefined : marked.get(label);
    if (id !== undefined) out.set(u, id);
  });
  return out;
}

/**
 * A key under a table or list and the roles that refer to it: a numbered list
 * after a line "Key" or "Legend" ("1. Ultrasound machine – ...") is read into
 * the text of each role whose row, item or paragraph refers to its number
 * ("Uses [1].", "See key 6"). A unit naming two roles refers for neither.
 * Gives, for each unit of the key, the roles that refer to it.
 */
function keyRoles(prose: Prose, facts: readonly BlockFacts[], idOf: IdOf, source: string): Map<number, string[]> {
  const items = new Map<string, number>();
  prose.units.forEach((unit, u) => {
    const first = unit.blocks[0];
    if (first === undefined || unit.kind === 'listItem' || unit.kind === 'rule' || prose.blocks[first]!.tokens.length > KEY_LABEL_TOKENS) return;
    const words = prose.blocks[first]!.tokens.filter((t) => t.kind === 'word').map((t) => t.lower);
    if (unit.blocks.length !== 1 || words.length !== 1 || !KEY_LABELS.has(words[0]!)) return;
    for (let k = u + 1; k < prose.units.length && prose.units[k]!.kind === 'listItem'; k++) {
      const block = prose.blocks[prose.units[k]!.blocks[0] ?? -1];
      if (!block) continue;
      const line = source.slice(source.lastIndexOf('\n', block.start - 1) + 1, block.start).trimEnd();
      const number = /(?:^|\D)(\d{1,4})[.)]$/.exec(line)?.[1];
      if (number !== undefined && !items.has(number)) items.set(number, k);
    }
  });
  const out = new Map<number, string[]>();
  if (items.size === 0) return out;
  prose.units.forEach((unit) => {
    const ids = new Set<string>();
    for (const b of unit.blocks) for (const m of facts[b]!.roles) ids.add(idOf(m) ?? '');
    ids.delete('');
    if (ids.size !== 1) return;
    const [id] = ids;
    for (const b of unit.blocks) {
      const tokens = prose.blocks[b]!.tokens;
      for (let i = 0; i < tokens.length; i++) {
        const number = markAt(tokens, i) ?? (tokens[i]!.lower === 'key' ? tokens[i + 1]?.lower : undefined);
        const item = number === undefined ? undefined : items.get(number);
        if (item === undefined) continue;
        const list = out.get(item) ?? [];
        if (!list.includes(id!)) list.push(id!);
        out.set(item, list);
      }
    }
  });
  return out;
}
const KEY_LABELS = new Set(['key', 'legend']);
/** The most tokens a line that labels a key has: "**Key:**". */
const KEY_LABEL_TOKENS = 8;

/** Whether a block opens with a bold or italic lead-in that names only someone who is no role: "**Porter** – ...", "**The nurses:**". */
function ledByOtherPerson(block: Block): boolean {
  if (block.leadEnd < 0) return false;
  let person = false;
  for (const t of block.tokens) {
    if (t.start >= block.leadEnd) break;
    if (t.kind !== 'word') continue;
    if (otherPerson(t)) person = true;
    else if (!ARTICLES.has(t.lower)) return false;
  }
  return person;
}

/** Capitalised words that open a sentence before a comma and are no one's name: "Yesterday, the radiographer ...". */
const NOT_NAMES = new Set(['yesterday', 'tomorrow', 'tonight', 'later', 'earlier', 'afterwards', 'first', 'then', 'now', 'here', 'there', 'also', 'sometimes', 'usually', 'luckily', 'unfortunately']);

/** Whether a token can be a person's name: a capitalised word that is no function word, adverb or verb. */
function nameLike(t: Token | undefined, named: number): boolean {
  if (!t || t.kind !== 'word' || named !== 0 || t.caps || t.allLower || t.text.length < 2) return false;
  const lower = t.lower;
  return !(NOT_NAMES.has(lower) || ADVERBS.has(lower) || CLAUSE_OPENERS.has(lower) || PREPOSITIONS.has(lower) || MODIFIERS.has(lower) || SUBJECT_WORDS.has(lower) || isVerbForm(lower));
}

/** A speaker's label that opens a line of a script or transcript: who it names, and the token after its colon. */
interface SpeakerLabel {
  /** The label's words, lower case, without titles ("dr mensah" -> "mensah"). */
  key: string;
  after: number;
  /** Whether the label stands out as one: bold, or in capitals. */
  marked: boolean;
  /** Whether it is in capitals, as a script's are ("SONOGRAPHER:"); a bold "**Sonographer:**" may head the writer's own words. */
  caps: boolean;
}

/** Words a speaker's label has at most ("DR MENSAH", "Aunt Sue", "GUEST (clinical engineer)"). */
const LABEL_WORDS = 3;

/**
 * The speaker's label a block opens with ("KELLY: Sorted!", "**Chloe:** Morning
 * everyone", "A: All sorts.", "Aunt Sue: After a patient leaves ..."): up to
 * three capitalised words (titles and a bracketed part allowed) and a colon,
 * with words after it.
 */
function speakerLabel(block: Block): SpeakerLabel | undefined {
  const tokens = block.tokens;
  const key: string[] = [];
  let words = 0;
  let caps = true;
  let bracket = false;
  for (let i = 0; i < tokens.length && words <= LABEL_WORDS + 4; i++) {
    const t = tokens[i]!;
    if (t.text === ':') {
      if (key.length === 0 || i + 1 >= tokens.length) return undefined;
      const bold = block.leadEnd >= 0 && t.start <= block.leadEnd;
      return { key: key.join(' '), after: i + 1, marked: bold || caps, caps };
    }
    if (t.text === '(' || t.text === ')') {
      bracket = t.text === '(';
      continue;
    }
    if (bracket) continue;
    if (t.kind !== 'word') {
      if (t.text !== '.' || key.length > 0) return undefined;
      continue;
    }
    words++;
    if (TITLES.has(t.lower)) continue;
    if (!/^\p{Lu}/u.test(t.text) || key.length === LABEL_WORDS) return undefined;
    caps &&= t.caps;
    key.push(t.lower);
  }
  return undefined;
}

/**
 * The speakers' labels of the blocks that open with one, by block: a label
 * in bold or capitals, or one that opens two paragraphs at least ("Me:",
 * "Aunt Sue:"), as a script or a transcript has them.
 */
function speakerLabels(prose: Prose, facts: readonly BlockFacts[]): Map<number, SpeakerLabel> {
  const found = new Map<number, SpeakerLabel>();
  const count = new Map<string, number>();
  prose.blocks.forEach((block, b) => {
    if (block.kind !== 'paragraph') return;
    // Found once per block: an unchanged block keeps its facts from one check to the next.
    const f = facts[b]!;
    if (f.label === undefined) f.label = speakerLabel(block) ?? false;
    const label = f.label;
    if (label === false) return;
    found.set(b, label);
    count.set(label.key, (count.get(label.key) ?? 0) + 1);
  });
  for (const [b, label] of found) if (!label.marked && count.get(label.key)! < 2) found.delete(b);
  return found;
}

/**
 * The role each speaker's label speaks for: the one it names ("SONOGRAPHER:"),
 * the role of the person it names ("Chloe – operating department practitioner"
 * ... "**Chloe:**"), or the one its speaker says they are in a line of
 * theirs ("JAMIE: ... I'm a medical laboratory assistant", "A: I'm a network
 * engineer"). A label given two roles speaks for none.
 */
function labelVoices(
  prose: Prose,
  facts: readonly BlockFacts[],
  idOf: IdOf,
  labels: ReadonlyMap<number, SpeakerLabel>,
  people: ReadonlyMap<string, string>,
  selves: readonly { id: string; block: number }[],
): Map<string, string> {
  const byPerson = new Map<string, string>();
  for (const [name, id] of people) byPerson.set(name.toLowerCase(), id);
  const named = new OneRole();
  const said = new OneRole();
  for (const [b, label] of labels) {
    for (const m of facts[b]!.roles) {
      const id = label.caps && m.last < label.after ? idOf(m) : undefined;
      if (id !== undefined) named.note(label.key, id);
    }
    const words = label.key.split(' ');
    for (const word of words) {
      const id = byPerson.get(word);
      if (id !== undefined) named.note(label.key, id);
    }
    // "KELLY: Hi, Kelly speaking, LIMS administrator.": the speaker names themselves with the role.
    const tokens = prose.blocks[b]!.tokens;
    for (const q of facts[b]!.sentences) {
      if (q.last < label.after || q.rolesTo - q.rolesFrom !== 1) continue;
      let self = false;
      // A name of two letters or more: "A cybersecurity specialist is ..." after "A:" is no one naming themselves.
      for (let i = Math.max(q.first, label.after); i <= q.last && !self; i++) self = !tokens[i]!.allLower && tokens[i]!.text.length > 1 && words.includes(tokens[i]!.lower);
      const id = self ? idOf(facts[b]!.roles[q.rolesFrom]!) : undefined;
      if (id !== undefined) named.note(label.key, id);
    }
  }
  for (const self of selves) {
    const label = labels.get(self.block);
    if (label !== undefined) said.note(label.key, self.id);
  }
  // "DANI: What's an AI specialist?" / "LENA: Good question! I build AI models ...": who answers a question about a role for themselves is it.
  const asked = new OneRole();
  for (const [b, label] of labels) {
    const next = labels.get(b + 1);
    const f = facts[b]!;
    if (next === undefined || next.key === label.key || !f.sentences.every((q) => endsWith(prose.blocks[b]!.tokens, q, '?'))) continue;
    const ids = new Set<string>();
    for (const m of f.roles) if (m.first >= label.after) ids.add(idOf(m) ?? '');
    const tokens = prose.blocks[b + 1]!.tokens;
    const first = facts[b + 1]!.sentences.some((a) => a.last >= next.after && WRITER_WORDS.has(tokens[Math.max(a.first, next.after)]!.lower));
    const [id] = ids;
    if (ids.size === 1 && id && first && facts[b + 1]!.roles.length === 0) asked.note(next.key, id);
  }
  return new Map([...asked.found(), ...said.found(), ...named.found()]);
}

/** Roles found for names or labels: one found with two roles has none. */
class OneRole {
  private readonly ids = new Map<string, string>();
  private readonly clash = new Set<string>();
  note(key: string, id: string): void {
    const known = this.ids.get(key);
    if (known !== undefined && known !== id) this.clash.add(key);
    else this.ids.set(key, id);
  }
  found(): Map<string, string> {
    for (const key of this.clash) this.ids.delete(key);
    return this.ids;
  }
}

/**
 * People the answer names and gives a role ("Tom, the perfusionist",
 * "Priya, who is a diagnostic radiographer", "the sonographer, Sarah,"), by
 * their name as written: a sentence that opens with the name is then about
 * the role. A name given two roles is dropped.
 */
function namedPeople(prose: Prose, facts: readonly BlockFacts[], idOf: IdOf): Map<string, string> {
  const people = new OneRole();
  prose.blocks.forEach((block, b) => {
    const f = facts[b]!;
    const tokens = block.tokens;
    for (const m of f.roles) {
      const id = idOf(m);
      if (id === undefined) continue;
      let name: Token | undefined;
      // What stands before the role's determiners and modifiers: "Raj, our ODP", "Mei, a biomedical scientist".
      let p = m.first - 1;
      while (p >= 0 && tokens[p]!.kind === 'word' && MODIFIERS.has(tokens[p]!.lower)) p--;
      const before = tokens[p];
      const copula = copulaBefore(tokens, p);
      // "Hannah (clinical engineer) confirmed ..."
      if ((before?.text === ',' || before?.text === '(') && nameLike(tokens[p - 1], f.named[p - 1] ?? 0)) name = tokens[p - 1];
      // A list of those present: "Priya Shah – Cardiac Physiologist", "Dr Aisha Khan – Biomedical Engineer".
      else if (before && DASHES.has(before.text)) {
        let q = p - 1;
        const names: Token[] = [];
        while (q >= 0 && names.length < 2 && nameLike(tokens[q], f.named[q] ?? 0)) names.unshift(tokens[q--]!);
        if (q >= 0 && TITLES.has(tokens[q]!.lower)) q--;
        if (names.length > 0 && q < 0) {
          for (const extra of names.slice(1)) people.note(extra.text, id);
          name = names[0];
        }
      }
      // "Priya, who is a radiographer", "Dan is a clinical engineer", "my mum, who has been a radiographer", "Sam works as an ODP".
      else if (before && copula > 0) {
        let q = p - copula;
        if (tokens[q]?.lower === 'who' && tokens[q - 1]?.text === ',') q -= 2;
        if (nameLike(tokens[q], f.named[q] ?? 0)) name = tokens[q];
        // "My dad is a network engineer": then "Dad:" and "Dad said" name him.
        else if (KIN.has(tokens[q]?.lower ?? '') && POSSESSORS.has(tokens[q - 1]?.lower ?? '')) {
          const kin = tokens[q]!.lower;
          people.note(kin, id);
          people.note(kin[0]!.toUpperCase() + kin.slice(1), id);
        }
      }
      // "Now Dev, you're a cardiac physiologist", spoken to him.
      else if (before && (before.lower === "you're" || (before.lower === 'are' && tokens[p - 1]?.lower === 'you'))) {
        const q = before.lower === 'are' ? p - 2 : p - 1;
        if (tokens[q]?.text === ',' && nameLike(tokens[q - 1], f.named[q - 1] ?? 0)) name = tokens[q - 1];
      }
      // "Please welcome Marcus the prosthetist!": a name before "the" inside a sentence.
      else if (before && tokens[p + 1]?.lower === 'the' && tokens[p - 1]?.kind === 'word' && nameLike(before, f.named[p] ?? 0)) name = before;
      // "the sonographer, Sarah, ...", "our final guest is a biomedical engineer, Dr Kim!"
      if (!name && tokens[m.last + 1]?.text === ',') {
        const q = TITLES.has(tokens[m.last + 2]?.lower ?? '') ? m.last + 3 : m.last + 2;
        const after = tokens[q + 1];
        if (nameLike(tokens[q], f.named[q] ?? 0) && (after === undefined || after.text === ',' || SENTENCE_ENDS.has(after.text))) name = tokens[q];
      }
      if (name) people.note(name.text, id);
    }
  });
  return people.found();
}

/** How many words before `p` and ending at it say what someone is: "is", "was", "has been", "works as"; 0 for none. */
function copulaBefore(tokens: readonly Token[], p: number): number {
  const w = tokens[p]?.lower;
  if (w === 'is' || w === 'was' || w === 'became' || w === 'becomes') return 1;
  const prev = tokens[p - 1]?.lower ?? '';
  if (w === 'been' && (prev === 'has' || prev === 'had' || prev === 'have')) return 2;
  if (w === 'as' && AS_VERBS.has(prev)) return 2;
  return 0;
}
/** Verbs that, before "as", give someone's job: "works as a sonographer", "trained as an ODP". */
const AS_VERBS = new Set(['works', 'worked', 'work', 'trained', 'qualified', 'employed', 'started']);

/** Words for someone the writer knows, named by them once their role is given ("my aunt is a clinical coder"). */
const KIN = new Set(['mum', 'mam', 'mom', 'mother', 'dad', 'father', 'aunt', 'auntie', 'uncle', 'brother', 'sister', 'cousin', 'nan', 'nana', 'gran', 'grandma', 'grandad', 'grandpa', 'grandmother', 'grandfather', 'stepmum', 'stepdad', 'husband', 'wife', 'partner']);
const POSSESSORS = new Set(['my', 'our']);

/** Verbs that give a quotation to its speaker: "…," says Tom; "…," laughs Dr Osei; Priya explained: "…". */
const SPEECH_VERBS = new Set([
  ...REPORTING,
  ...['laugh', 'laughs', 'laughed', 'admit', 'admits', 'admitted', 'recall', 'recalls', 'recalled', 'joke', 'jokes', 'joked'],
  ...['note', 'notes', 'noted', 'continue', 'continues', 'continued', 'insist', 'insists', 'insisted', 'comment', 'comments', 'commented'],
  ...['reply', 'replies', 'replied', 'answer', 'answers', 'answered', 'smile', 'smiles', 'smiled', 'sigh', 'sighs', 'sighed', 'agree', 'agrees', 'agreed'],
]);
/** Dashes between a person's name and their role in a list ("Priya Shah – Cardiac Physiologist"). */
const DASHES = new Set(['-', '\u2013', '\u2014']);
/** Marks that end a sentence. */
const SENTENCE_ENDS = new Set(['.', '!', '?']);
/** Titles before a speaker's name ("says Dr Osei"). */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'professor', 'sister']);
/** How far from its quotation an attribution may stand, in tokens. */
const ATTRIBUTION_REACH = 12;

/** A quotation in a block, tokens `[first, last]`, and the role of whoever speaks it. */
interface Quotation extends Span {
  speaker?: string;
}

/**
 * The quotations of each block whose speaker is a role, by block: the role
 * named where the quotation is attributed ("“I calibrate the infusion pumps
 * …,” says Tom, a clinical engineer", "Priya, a cardiac physiologist, said:
 * “…”", "…,' the sonographer explained"), else the one the speaker says they
 * are ("“I've been a medical records technician for twenty years,” says
 * Jean"). A quotation with no attribution of its own is spoken by whoever
 * spoke the quotation before it in the block, or else the one after it.
 */
function quotedSpeakers(prose: Prose, facts: readonly BlockFacts[], idOf: IdOf, people: ReadonlyMap<string, string>): Map<number, Quotation[]> {
  const out = new Map<number, Quotation[]>();
  prose.blocks.forEach((block, b) => {
    const f = facts[b]!;
    if (f.quoted.length === 0) return;
    const tokens = block.tokens;
    const quotes: Quotation[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (f.quoted[i] !== 1) continue;
      let j = i;
      while (j + 1 < tokens.length && f.quoted[j + 1] === 1) j++;
      quotes.push({ first: i, last: j });
      i = j;
    }
    quotes.forEach((q, k) => {
      const after = attributedAfter(tokens, f, q.last + 1, quotes[k + 1]?.first ?? tokens.length, idOf, people);
      const before = after === undefined ? attributedBefore(tokens, f, q.first - 1, k > 0 ? quotes[k - 1]!.last + 1 : 0, idOf, people) : undefined;
      const said = after ?? before;
      // "says Jean": a speaker with no role here, who may say which in the quotation itself.
      let self: string | undefined;
      for (let r = f.roles.findIndex((m) => m.first >= q.first); r >= 0 && r < f.roles.length && f.roles[r]!.last <= q.last && self === undefined; r++) {
        if (selfIntroduced(tokens, f.roles[r]!.first, true)) self = idOf(f.roles[r]!);
      }
      // A speaker named with no role ("says Jean", "says one patient") speaks for no role, unless the quotation says which.
      const speaker = said ? said : (self ?? said);
      if (speaker !== undefined) q.speaker = speaker;
    });
    let last: string | undefined;
    for (const q of quotes) last = q.speaker ??= last;
    for (let k = quotes.length - 1; k >= 0; k--) last = quotes[k]!.speaker ??= last;
    const spoken = quotes.filter((q) => q.speaker);
    if (spoken.length > 0) out.set(b, spoken);
  });
  return out;
}

/**
 * The speaker named right after a quotation, from `at` up to `end`: a speech
 * verb and the speaker ("says Tom, a clinical engineer", "says the
 * sonographer"), or the speaker and the verb ("Tom, a clinical engineer,
 * says", "the sonographer explained"). Gives the speaker's role, '' for a
 * speaker with no role, or undefined when there is no attribution.
 */
function attributedAfter(tokens: readonly Token[], f: BlockFacts, at: number, end: number, idOf: IdOf, people: ReadonlyMap<string, string>): string | undefined {
  let i = at;
  while (i < end && tokens[i]!.kind !== 'word') {
    // A quotation ends its sentence ("… broken.” The next …"): what follows is not its attribution.
    if (tokens[i]!.text === '.' && tokens[i + 1]?.text !== '\u201d' && tokens[i + 1]?.text !== '"' && tokens[i + 1]?.text !== "'" && tokens[i + 1]?.text !== '\u2019') return undefined;
    i++;
  }
  if (i >= end || i - at > 3) return undefined;
  const limit = Math.min(end, i + ATTRIBUTION_REACH);
  if (SPEECH_VERBS.has(tokens[i]!.lower)) return speakerAt(tokens, f, i + 1, limit, idOf, people);
  return speakerAt(tokens, f, i, limit, idOf, people, true);
}

/**
 * The speaker named right before a quotation that opens after a colon or a
 * comma ("Priya, a cardiac physiologist, said: “…”", "As the perfusionist
 * told me, '…'"), looking back from `at` to `from`.
 */
function attributedBefore(tokens: readonly Token[], f: BlockFacts, at: number, from: number, idOf: IdOf, people: ReadonlyMap<string, string>): string | undefined {
  let i = at;
  while (i >= from && tokens[i]!.kind !== 'word' && tokens[i]!.text !== ':' && tokens[i]!.text !== ',') i--;
  if (i < from || (tokens[i]!.text !== ':' && tokens[i]!.text !== ',')) return undefined;
  i--;
  // "told me", "said to me"
  if (tokens[i]?.lower === 'me' || tokens[i]?.lower === 'us') i -= tokens[i - 1]?.lower === 'to' ? 2 : 1;
  if (i < from || !SPEECH_VERBS.has(tokens[i]!.lower)) return undefined;
  // The sentence's start, or the start of what the verb's clause may hold.
  let start = i - 1;
  while (start > from && i - start < ATTRIBUTION_REACH && tokens[start - 1]!.text !== '.' && tokens[start - 1]!.text !== ':') start--;
  if (start < from) start = from;
  for (let k = start; k < i; k++) {
    if (tokens[k]!.kind !== 'word' || (tokens[k]!.lower === 'as' && k === start)) continue;
    return speakerAt(tokens, f, k, i + 1, idOf, people, true);
  }
  return undefined;
}

/**
 * The speaker named at `at` (before `end`): a name with a role after it
 * ("Tom, a clinical engineer", "Dr Osei, a clinical scientist in the
 * genetics lab"), a role ("the sonographer", "one ODP"), or a name the answer
 * gives a role elsewhere. `verbAfter`: the speech verb must follow it. Gives
 * the role, '' for a name with no role, or undefined.
 */
function speakerAt(tokens: readonly Token[], f: BlockFacts, at: number, end: number, idOf: IdOf, people: ReadonlyMap<string, string>, verbAfter = false): string | undefined {
  let i = at;
  if (i < end && TITLES.has(tokens[i]!.lower)) i++;
  let name: string | undefined;
  if (i < end && nameLike(tokens[i], f.named[i] ?? 0)) {
    name = tokens[i]!.text;
    i++;
    if (i < end && tokens[i]!.text === ',') i++;
  }
  while (i < end && tokens[i]!.kind === 'word' && MODIFIERS.has(tokens[i]!.lower)) i++;
  let role: string | undefined;
  const m = f.roles.find((r) => r.first === i);
  if (m && m.last < end) {
    role = idOf(m);
    i = m.last + 1;
  } else if (name !== undefined) {
    role = people.get(name) ?? '';
  } else {
    return undefined;
  }
  if (!verbAfter) return role;
  // "Tom, a clinical engineer in the renal unit, says": the verb may follow an aside and a comma.
  for (let k = i; k < end && k <= i + 8; k++) if (tokens[k]!.kind === 'word' && SPEECH_VERBS.has(tokens[k]!.lower)) return role;
  return undefined;
}

/** Decides which parts of which sentences belong to which roles. */
function attribute(prose: Prose, facts: readonly BlockFacts[], idOf: IdOf, give: (roleId: string, s: Scope) => void, references: ReadonlySet<number>, source: string): void {
  const notes = footnoteRoles(prose, facts, idOf);
  const keys = keyRoles(prose, facts, idOf, source);
  const people = namedPeople(prose, facts, idOf);
  // "Monday: as a radiographer I ... Thursday: today I was a renal technician. I ...": the writer is the role they last said they were.
  const selves = writersRoles(prose, facts, idOf);
  const selfAt = (s: Sentence): { id: string; block: number; at: number } | undefined => {
    let found: { id: string; block: number; at: number } | undefined;
    for (const w of selves) {
      if (w.block > s.block || (w.block === s.block && w.at > s.last)) break;
      found = w;
    }
    // In a script, "I" is whoever's line it is: "KELLY: I'll restart it" is not what the biomedical scientist who spoke before does.
    // The writer's own "I'm a trainee radiographer" still holds in "Morning: I took X-rays".
    const label = labels.get(s.block);
    const saidBy = found === undefined ? undefined : labels.get(found.block);
    if (found !== undefined && label !== undefined && (saidBy !== undefined ? saidBy.key !== label.key : (voices.get(label.key) ?? found.id) !== found.id)) return undefined;
    return found;
  };
  const spoken = quotedSpeakers(prose, facts, idOf, people);
  // "KELLY: I'll restart it ...", "**Chloe:** I count all the instruments ...": a speaker's line is theirs as a quotation is.
  const labels = speakerLabels(prose, facts);
  const voices = labelVoices(prose, facts, idOf, labels, people, selves);
  for (const [b, label] of labels) {
    const speaker = voices.get(label.key);
    if (speaker === undefined) continue;
    const line: Quotation = { first: label.after, last: prose.blocks[b]!.tokens.length - 1, speaker };
    const quotes = spoken.get(b);
    if (quotes) quotes.push(line);
    else spoken.set(b, [line]);
  }
  /** The column roles of each table by its header row (null: not a table with a column per role). */
  const tables = new Map<number, (readonly string[])[] | null>();
  const sections: Section[] = [];
  const unitRoles: ReadonlySet<string>[] = [];
  /** A question heading that names no role: its text goes to the roles the next unit names. */
  let question: Scope[] | undefined;
  const rolesIn = (blocks: readonly number[], pick: (m: TermMatch, b: number) => boolean): Set<string> => {
    const out = new Set<string>();
    for (const b of blocks) {
      for (const m of facts[b]!.roles) {
        const id = idOf(m);
        if (id !== undefined && pick(m, b)) out.add(id);
      }
    }
    return out;
  };
  const context = (): ReadonlySet<string> => {
    for (let i = sections.length - 1; i >= 0; i--) if (sections[i]!.roles.size > 0) return sections[i]!.roles;
    return NO_ROLES;
  };
  /** Whether the text being read answers a question put to "you" (in a section whose heading names a speaker). */
  let answering = false;
  /** The speaker of the innermost section that names roles, if its heading names one. */
  const sectionSpeaker = (): string | undefined => {
    for (let i = sections.length - 1; i >= 0; i--) if (sections[i]!.roles.size > 0) return sections[i]!.speaker;
    return undefined;
  };

  /** Roles in the order last named, for "the former" and "the latter". */
  const recent: string[] = [];
  /** How many headings came before where each role was last named, and before here. */
  const namedAfter = new Map<string, number>();
  let headings = 0;
  /** Whether the two roles named last were both named under the current heading: under "## Diagnostic and therapeutic radiographers", "the former" is no role of the section before. */
  const pairHere = (): boolean => pairOf() !== undefined;
  /** Two roles last named together ("Medical physicists and clinical scientists"), and under how many headings. */
  let joined: { ids: [string, string]; headings: number } | undefined;
  /**
   * The two roles "the former" and "the latter" mean: the two named last, both under the current heading, or
   * the two last named together when both are among the three named last ("Medical physicists and clinical
   * scientists. The former calibrate the linac before the therapy radiographers start. The latter ...").
   */
  const pairOf = (): readonly [string, string] | undefined => {
    if (joined && joined.headings === headings && joined.ids.every((id) => recent.indexOf(id) >= recent.length - 3)) return joined.ids;
    if (recent.length >= 2 && namedAfter.get(recent[recent.length - 2]!) === headings) return [recent[recent.length - 2]!, recent[recent.length - 1]!];
    return undefined;
  };
  const seen = (sentences: readonly Sentence[]): void => {
    for (const s of sentences) {
      const f = facts[s.block]!;
      for (let i = s.rolesFrom; i < s.rolesTo; i++) {
        const id = idOf(f.roles[i]!);
        if (id === undefined) continue;
        const at = recent.indexOf(id);
        if (at >= 0) recent.splice(at, 1);
        recent.push(id);
        namedAfter.set(id, headings);
        const tokens = prose.blocks[s.block]!.tokens;
        const before = i > s.rolesFrom ? chainedTo(tokens, f, beforeDeterminers(tokens, f.roles[i]!.first, s.first)) : undefined;
        const other = before ? idOf(before) : undefined;
        if (other !== undefined && other !== id) joined = { ids: [other, id], headings };
      }
    }
  };

  /** The roles of the paragraph that a list item's list follows, when that paragraph ends with a colon. */
  const listIntroducedBy = (u: number): ReadonlySet<string> | undefined => {
    let lead = u - 1;
    while (lead >= 0 && prose.units[lead]!.kind === 'listItem') lead--;
    const unit = lead >= 0 ? prose.units[lead] : undefined;
    const last = unit?.blocks.at(-1);
    if (!unit || unit.kind !== 'paragraph' || last === undefined) return undefined;
    const tokens = prose.blocks[last]!.tokens;
    return tokens.at(-1)?.text === ':' ? unitRoles[lead] : undefined;
  };

  /**
   * Gives a sentence to roles. Where it says "the former ... the latter ...",
   * each of the two roles named last gets the words before the first of these
   * and its own part; other roles get it whole.
   */
  /** The role that "the former" or "the latter" picks last in a sentence, for "they" after it (see `byClause`). */
  const picked = new Map<Sentence, string>();
  const giveSentence = (all: readonly string[], s: Sentence): void => {
    const tokens = prose.blocks[s.block]!.tokens;
    const parts = pairHere() ? (s.references ??= formerAndLatter(tokens, s, facts[s.block]!.named)) : NO_PARTS;
    if (parts.length === 0) {
      for (const r of all) give(r, whole(s));
      return;
    }
    const pair = pairOf()!;
    picked.set(s, pair[parts.at(-1)!.which]);
    for (const r of all) if (!pair.includes(r)) give(r, whole(s));
    for (const [k, part] of parts.entries()) {
      const r = pair[part.which]!;
      const last = k + 1 < parts.length ? parts[k + 1]!.first - 1 : s.last;
      if (parts[0]!.first > s.first) give(r, { block: s.block, first: s.first, last: parts[0]!.first - 1, objectBefore: false });
      give(r, { block: s.block, first: part.first, last, objectBefore: false });
    }
  };

  /** The roles that own the last clause of a sentence that any role owns. */
  const lastOwners = (s: Sentence): string[] => {
    const owned = s.clauses!.filter((c) => c.how !== 'agent' && c.how !== 'trainee');
    return owned.length > 0 ? idsOf(owned[owned.length - 1]!.owners, idOf) : [];
  };
  /** The roles that own a clause of a sentence (see clauses.ts), each once, in order. */
  const clauseOwners = (s: Sentence): string[] => {
    s.clauses ??= clausesOf(prose.blocks[s.block]!.tokens, facts[s.block]!, s);
    const ids: string[] = [];
    for (const clause of s.clauses) idsOf(clause.owners, idOf, ids);
    return ids;
  };

  /**
   * Gives the sentences of a unit to the roles whose text it is (`all`): a
   * sentence with some of them as its subject ("Biomedical engineers design
   * ...") goes to those only, and so does the next one when it refers back
   * to them ("Their job is ..."); one that opens with another role as its
   * subject ("The network engineers look after the firewalls"), or with
   * someone who is not a role ("the consultant looked at the X-ray"), goes
   * to none of them, nor does the next one that refers back; the rest
   * ("Both ...", a sentence about no role) goes to them all.
   */
  const giveAmong = (all: readonly string[], sentences: readonly Sentence[]): void => {
    /** Whom the last sentence was about, of `all` (none: another role); undefined when it was about no one in particular. */
    let topic: readonly string[] | undefined;
    /** The role of the named person the last sentence opened with ("Tom primed ..."), whom "he" or "she" may continue. */
    let person: string | undefined;
    /** "he" or "she" as someone who met a role: "She saw a sonographer, who was friendly. She got a picture to take home." */
    let another: string | undefined;
    /** The role the last sentence, about someone else, named in the singular as who they met, and the pronouns it used for them. */
    let met: Met | undefined;
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!;
      const tokens = prose.blocks[s.block]!.tokens;
      const start = firstWord(tokens, s);
      const pronoun = start >= 0 && SINGULAR_PRONOUNS.has(tokens[start]!.lower) ? tokens[start]!.lower : undefined;
      const lastMet = met;
      met = undefined;
      if (pronoun !== undefined && pronoun === another && s.rolesTo === s.rolesFrom) {
        topic = NO_IDS;
        seen([s]);
        continue;
      }
      // The pronoun opens a sentence that names the role after it, and is not the role ("She is a sonographer"): someone else.
      another = pronoun !== undefined && s.rolesTo > s.rolesFrom && !BEING.has(tokens[start + 1]?.lower ?? '') && !namesWhatOneIs(tokens, facts[s.block]!, s) ? pronoun : undefined;
      if (people.size > 0) {
        const opener = personOpening(tokens, s);
        const named = opener < 0 ? undefined : people.get(tokens[opener]!.text);
        const pronoun = named === undefined && person !== undefined ? pronounIn(tokens, s) : undefined;
        person = named ?? (pronoun !== undefined && SINGULAR_PRONOUNS.has(pronoun) && opensWithPronoun(tokens, s) ? person : undefined);
        if (person !== undefined) {
          // "Tom primed the heart-lung machine": the perfusionist's, whatever unit it stands in.
          // After an opening ("For example, Kelly ..."), the person's part starts at the name.
          give(person, named === undefined ? whole(s) : { block: s.block, first: opener, last: s.last, objectBefore: false, personFirst: true });
          if (!all.includes(person)) {
            topic = NO_IDS;
            seen([s]);
            continue;
          }
        }
      }
      const answer = sentences[k + 1];
      // "Who designs new medical devices? Biomedical engineers.": what a question asks is the answer's.
      if (answer && asksWho(tokens, s)) for (const id of namedOnly(answer)) give(id, { ...whole(s), answered: true });
      // "It is not the doctor who takes your X-ray, it is the radiographer", "Doctors don't take X-rays, radiographers do".
      const previous = sentences[k - 1]?.block === s.block ? sentences[k - 1] : undefined;
      const f = facts[s.block]!;
      const roleAt = (i: number): TermMatch | undefined => {
        for (let r = s.rolesFrom; r < s.rolesTo; r++) if (f.roles[r]!.first === i) return f.roles[r];
        return undefined;
      };
      for (const c of contrastedWork(tokens, s, previous, roleAt)) {
        const id = idOf(c.role);
        if (id !== undefined) give(id, { block: s.block, first: c.first, last: c.last, objectBefore: false });
      }
      const self = selfAt(s);
      if (self !== undefined && ((s.block === self.block && s.first <= self.at && self.at <= s.last) || opensWithWriter(tokens, s, facts[s.block]!))) {
        // "In my job as a clinical coder I read ...": then "I" and "we" are the coder, as well as whoever else the sentence is about.
        // "I work closely with a biomedical engineer who is testing a pressure sensor": a relative clause on another role is its alone.
        s.clauses ??= clausesOf(tokens, f, s);
        const related = s.clauses.filter((c) => c.how === 'relative' && idsOf(c.owners, idOf).some((id) => id !== self.id));
        let from = s.first;
        for (const c of related) {
          let who = c.owners[c.owners.length - 1]!.last + 1;
          while (who < c.last && !RELATIVE_OPENERS.has(tokens[who]!.lower)) who++;
          if (from < who) give(self.id, { block: s.block, first: from, last: who - 1, objectBefore: false, writerIsRole: true });
          for (const id of idsOf(c.owners, idOf)) give(id, { ...clauseScope(s, c), first: who });
          from = Math.max(from, c.last + 1);
        }
        if (from <= s.last) give(self.id, { block: s.block, first: from, last: s.last, objectBefore: false, writerIsRole: true });
      }
      const own = clauseOwners(s).filter((id) => all.includes(id));
      let to = all;
      const opening = s.clauses![0];
      if (own.length > 0) {
        // "Both AI specialists and computer scientists ..., but an AI specialist ... . For example they ...": "they" is the last owner.
        const last = lastOwners(s).filter((id) => all.includes(id));
        topic = last.length > 0 ? last : own;
        if (own.length < all.length) to = own;
        // "the network engineer builds the network and the cybersecurity professional protects it": each its own clause (byClause).
        else if (own.length > 1 && s.clauses!.every((c) => c.how === 'agent' || c.how === 'trainee' || idsOf(c.owners, idOf).length < own.length)) {
          to = NO_IDS;
          const first = s.clauses!.reduce((a, c) => Math.min(a, c.first), s.last + 1);
          if (first > s.first) for (const r of all) give(r, { block: s.block, first: s.first, last: first - 1, objectBefore: false });
          for (const c of s.clauses!) {
            for (const id of idsOf(c.owners, idOf)) if (all.includes(id)) give(id, clauseScope(s, c));
          }
        }
      } else if ((opening && opening.first === s.first && opening.how === 'subject') || opensWithOtherPerson(tokens, s, facts[s.block]!.named)) {
        // About another role only, or someone who is not a role: its clauses go to it (byClause), nothing here to these roles.
        topic = NO_IDS;
        to = NO_IDS;
        met = s.rolesTo > s.rolesFrom && (opening === undefined || opening.how !== 'subject') ? metIn(tokens, facts[s.block]!, s, all) : undefined;
      } else if (lastMet && (pronoun === 'he' || pronoun === 'she') && !lastMet.pronouns.has(pronoun)) {
        // "... so Mr Patel goes down to imaging, where he meets a radiographer. She asks him to stand ...": not he, so the radiographer.
        topic = lastMet.ids;
        to = lastMet.ids;
      } else if (topic && topic.length < all.length && refersBack(tokens, s, BACK_REFERENCES, ROLE_NOUNS, GROUP_WORDS)) {
        to = topic;
      } else {
        topic = undefined;
      }
      // "This can help radiographers who take the X-rays": a relative clause on another role is that role's alone.
      // "They use automated analysers, and phlebotomists take the samples": a later clause with another role as its subject too.
      const others = own.length === 0 ? s.clauses!.filter((c) => (c.how === 'relative' || (c.how === 'subject' && c.first > s.first)) && idsOf(c.owners, idOf).every((id) => !to.includes(id))) : [];
      if (others.length === 0) giveSentence(to, s);
      else {
        let from = s.first;
        for (const c of others) {
          for (const r of to) if (from < c.first) give(r, { block: s.block, first: from, last: c.first - 1, objectBefore: false });
          from = Math.max(from, c.last + 1);
        }
        for (const r of to) if (from <= s.last) give(r, { block: s.block, first: from, last: s.last, objectBefore: false });
      }
      seen([s]);
    }
  };

  /**
   * Gives a quotation to the role of its speaker, clause by clause: not a
   * clause that another role, or "they", "he" or "she", is the subject of
   * ("The medical device specialists come in and train the nurses", "They
   * run the heart-lung machine"): the speaker talks about someone else there.
   */
  const giveQuotation = (b: number, q: Quotation): void => {
    const tokens = prose.blocks[b]!.tokens;
    for (const s of facts[b]!.sentences) {
      if (s.last < q.first || s.first > q.last) continue;
      s.clauses ??= clausesOf(tokens, facts[b]!, s);
      let from = Math.max(s.first, q.first);
      const to = Math.min(s.last, q.last);
      const piece = (first: number, last: number): void => {
        if (first <= last && !opensWithThirdPerson(tokens, first, last)) give(q.speaker!, { block: b, first, last, objectBefore: false, writerIsRole: true });
      };
      // The clauses of other roles are theirs; the rest of the quotation is the speaker's.
      for (const clause of s.clauses) {
        if (clause.last < from || clause.first > to || idsOf(clause.owners, idOf).includes(q.speaker!)) continue;
        piece(from, clause.first - 1);
        from = Math.max(from, clause.last + 1);
      }
      piece(from, to);
    }
  };

  /**
   * The roles a sentence that holds only role names names ("Biomedical engineers.", "Answer: probably a
   * biomedical engineer from the company."), or none: a hedge may come first, and where they work after.
   */
  const namedOnly = (s: Sentence): string[] => {
    const f = facts[s.block]!;
    const tokens = prose.blocks[s.block]!.tokens;
    if (s.rolesTo === s.rolesFrom) return [];
    let first = afterLabel(tokens, s);
    if (HEDGES.has(tokens[first]?.lower ?? '')) first++;
    const after = f.roles[s.rolesTo - 1]!.last + 1;
    const last = PLACE_PREPOSITIONS.has(tokens[after]?.lower ?? '') ? after - 1 : s.last;
    if (!onlyNames(tokens, f.named, first, last)) return [];
    return idsOf(f.roles.slice(s.rolesFrom, s.rolesTo), idOf);
  };

  /** Whether every mention of a role in some sentences gives it as an example ("roles such as the sonographer", "staff like coders"). */
  const onlyExample = (sentences: readonly Sentence[], roleId: string): boolean => {
    for (const s of sentences) {
      const f = facts[s.block]!;
      const tokens = prose.blocks[s.block]!.tokens;
      for (let r = s.rolesFrom; r < s.rolesTo; r++) {
        const m = f.roles[r]!;
        const p = beforeDeterminers(tokens, m.first, s.first);
        if (idOf(m) === roleId && !givenAsExample(tokens, p) && !setAside(tokens, p)) return false;
      }
    }
    return true;
  };

  /**
   * Whether a unit that names one role is about it: unless it only names it
   * in passing while it talks about someone else, which shows when the name
   * is plural and the next personal pronoun after it is singular ("Amir
   * chose sonographers. He printed some scan pictures ..."). A role that owns
   * a clause of the unit is what it is about.
   */
  const isAbout = (sentences: readonly Sentence[], roleId: string): boolean => {
    const at = sentences.findIndex((s) => s.rolesFrom < s.rolesTo);
    // "Our college tutor said that computing scientists will be needed": named only in what someone says, in passing.
    if (at > 0 && sentences.slice(at).every((s) => s.rolesFrom === s.rolesTo || reportedNames(prose.blocks[s.block]!.tokens, facts[s.block]!, s))) return false;
    if (sentences.some((s) => clauseOwners(s).includes(roleId))) return true;
    // "Some roles, such as the sonographer, are easy to name ...": a role given only as an example of others.
    if (at >= 0 && onlyExample(sentences, roleId)) return false;
    if (at < 0) return true;
    const named = sentences[at]!;
    const m = facts[named.block]!.roles[named.rolesFrom]!;
    if (!isPlural(prose.blocks[named.block]!.tokens, m)) return true;
    // The rest of its sentence, then the sentences after it.
    const after = [{ block: named.block, first: m.last + 1, last: named.last }, ...sentences.slice(at + 1)];
    // "Our trust has clinical informaticians. I know one because she ...": "she" is one of them.
    let member = false;
    for (const s of after) {
      const tokens = prose.blocks[s.block]!.tokens;
      const pronoun = pronounIn(tokens, s);
      if (pronoun !== undefined && SINGULAR_PRONOUNS.has(pronoun) && !member) member = pickedOut(tokens, s, pronoun);
      if (pronoun !== undefined) return member || !SINGULAR_PRONOUNS.has(pronoun);
      member ||= pickedOut(tokens, s, '');
    }
    return true;
  };

  /**
   * Whether a bold title that names no role is a part of the role whose bold
   * title is open ("**Radiographer**" ... "**What they do**", "**Salary**"),
   * as a subheading is, rather than a new section: not a part of the document
   * ("**Conclusion**") nor about several roles ("**Both:**", "**Similarities**")
   * nor a question, which the roles its answer names take,
   * nor a new topic, whose first paragraph names a role of its own
   * ("**Medical records**" / "Medical records clerks work in ...").
   */
  const subtitle = (roles: ReadonlySet<string>, u: number): boolean => {
    const open = sections[sections.length - 1];
    if (roles.size > 0 || open === undefined || open.depth !== 7 || open.roles.size === 0) return false;
    if (prose.units[u + 1]?.blocks.some((b) => facts[b]!.roles.length > 0)) return false;
    const block = prose.blocks[prose.units[u]!.blocks[0]!]!;
    // "Slide 9 – Summary" after "Slide 8 – Medical Device Specialist": numbered parts are each other's equals.
    if (partLabelEnd(block.tokens) > 0) return false;
    const words = block.tokens.filter((t) => t.kind === 'word');
    return words.length <= 5 && !words.some((t) => DOCUMENT_PARTS.has(t.norm) || SEVERAL_ROLES.has(t.norm)) && !asksQuestion(block.tokens);
  };

  /**
   * The roles the last unit was about, outside any role's section, which the
   * next paragraph may refer back to ("Then the phlebotomist arrived." /
   * "She filled three tubes ..."), and whether they were named in the plural.
   */
  let carried: Topic | undefined;

  prose.units.forEach((unit, u) => {
    const asked = question;
    question = undefined;
    const carry = carried;
    carried = undefined;
    if (unit.blocks.length > 0 && references.has(unit.blocks[0]!)) {
      unitRoles.push(NO_ROLES);
      return;
    }
    if (unit.kind === 'rule') {
      while (sections.length > 0 && sections[sections.length - 1]!.depth >= 7) sections.pop();
      unitRoles.push(NO_ROLES);
      return;
    }
    for (const b of unit.blocks) {
      const quotes = spoken.get(b);
      if (quotes) for (const q of quotes) giveQuotation(b, q);
    }
    if (unit.kind === 'heading' || (unit.parent < 0 && isPseudoHeading(prose, facts, u))) {
      let roles: ReadonlySet<string> = rolesIn(unit.blocks, () => true);
      // "She is a clinical engineer." / "### What she said about her job": a title that refers back heads a section about them.
      const title = facts[unit.blocks[0]!]!.sentences[0];
      const tokens = prose.blocks[unit.blocks[0]!]!.tokens;
      if (roles.size === 0 && carry && title && refersBack(tokens, title, BACK_REFERENCES, ROLE_NOUNS, GROUP_WORDS) && !(carry.plural && tokens.some((t) => SINGULAR_PRONOUNS.has(t.lower)))) {
        roles = new Set(carry.ids);
      }
      const depth = unit.kind === 'heading' ? prose.blocks[unit.blocks[0]!]!.depth : subtitle(roles, u) ? 8 : 7;
      while (sections.length > 0 && sections[sections.length - 1]!.depth >= depth) sections.pop();
      answering = false;
      if (unit.kind === 'heading') headings++;
      const b0 = unit.blocks[0]!;
      const speaker = roles.size === 1 ? speakerOf(prose.blocks[b0]!, facts[b0]!, idOf, people, true) : undefined;
      sections.push(speaker === undefined ? { depth, roles } : { depth, roles, speaker });
      unitRoles.push(roles);
      for (const b of unit.blocks) for (const s of facts[b]!.sentences) for (const r of roles) give(r, whole(s));
      for (const b of unit.blocks) seen(facts[b]!.sentences);
      const b = unit.blocks[0]!;
      if (roles.size === 0) question = questionParts(prose.blocks[b]!.tokens, facts[b]!.sentences);
      return;
    }
    if (unit.kind === 'row' && unit.header !== undefined && unit.header !== u) {
      let columns = tables.get(unit.header);
      if (columns === undefined) {
        columns = columnRoles(prose, facts, idOf, prose.units[unit.header]!) ?? null;
        tables.set(unit.header, columns);
      }
      if (columns) {
        // A column per role: each cell is its column's role's.
        unitRoles.push(NO_ROLES);
        for (const b of unit.blocks) giveAmong(columns[prose.blocks[b]!.cell] ?? NO_IDS, facts[b]!.sentences);
        return;
      }
    }
    const inherited = context();
    const parentRoles = unit.parent >= 0 ? unitRoles[unit.parent]! : NO_ROLES;
    const ctx = parentRoles.size === 0 ? inherited : new Set([...inherited, ...parentRoles]);
    const sentences = sentencesIn(unit.blocks, facts);
    // Under "## Leanne, clinical informatician", after "What is your job?", "I analyse data ..." is Leanne's answer,
    // and so the role's; "The network engineers look after the firewalls" there is still theirs. Without the
    // question ("I met Leanne on Tuesday"), "I" is the writer.
    const voice = sectionSpeaker();
    if (voice !== undefined) {
      for (const s of sentences) {
        const tokens = prose.blocks[s.block]!.tokens;
        const asked = answering;
        answering = (asked && !endsWith(tokens, s, '?')) || asksYou(tokens, s);
        if (!asked || endsWith(tokens, s, '?')) continue;
        let first = false;
        for (let i = s.first; i <= s.last && !first; i++) first = tokens[i]!.kind === 'word' && (WRITER_WORDS.has(tokens[i]!.lower) || tokens[i]!.lower === 'my');
        if (first && clauseOwners(s).every((id) => id === voice)) give(voice, { ...whole(s), writerIsRole: true });
      }
    } else {
      answering = false;
    }
    const note = notes.get(u);
    const named = unit.blocks.some((b) => facts[b]!.roles.length > 0);
    if (!named && note !== undefined) {
      // A footnote on a role's name is the role's text.
      unitRoles.push(new Set([note]));
      giveAmong([note], sentences);
      return;
    }
    const key = keys.get(u);
    if (!named && key !== undefined) {
      // A line of a key that a role's text refers to ("Uses [1]."): what it names is the role's technology.
      unitRoles.push(new Set(key));
      for (const s of sentences) for (const id of key) give(id, { ...whole(s), keyLine: true });
      return;
    }
    // "This professional ... Unlike sonographers, they ...": roles named only to be set against are no one the unit is about.
    const contrasted = named && unit.blocks.every((b) => facts[b]!.roles.every((m) => contrastedAt(prose.blocks[b]!.tokens, m.first)));
    const first = sentences[0];
    // Not an item on someone who is no role: "- **Porter** – takes the patients down to X-ray on their bed".
    if ((!named || contrasted) && ctx.size === 0 && carry && first && refersBack(prose.blocks[first.block]!.tokens, first, BACK_REFERENCES, ROLE_NOUNS, GROUP_WORDS) && agrees(prose.blocks[first.block]!.tokens, first, carry.plural) && !ledByOtherPerson(prose.blocks[first.block]!)) {
      // Outside any role's section, a paragraph that opens by referring back is about the roles the last one was about.
      unitRoles.push(new Set(carry.ids));
      giveAmong(carry.ids, sentences);
      carried = carry;
      return;
    }
    // "The other one works in a small office ... Her job is to keep the LIMS running": a paragraph that opens with
    // "the latter" or "the other one" is about that one of the two roles named last.
    const pointed = !named && ctx.size === 0 && first && pairHere() ? (first.references ??= formerAndLatter(prose.blocks[first.block]!.tokens, first, facts[first.block]!.named)) : NO_PARTS;
    if (pointed.length > 0 && pointed[0]!.first === firstWord(prose.blocks[first!.block]!.tokens, first!)) {
      const id = pairOf()![pointed[0]!.which]!;
      unitRoles.push(new Set([id]));
      giveAmong([id], sentences);
      carried = { ids: [id], plural: false };
      return;
    }
    if (!named) {
      // "AMY: What did you put?": a question that names no role leaves the next paragraph free to refer back past it.
      if (ctx.size === 0 && carry && sentences.length > 0 && sentences.every((s) => endsWith(prose.blocks[s.block]!.tokens, s, '?'))) carried = carry;
      // "Audiologists ... depend on: / - digital hearing aids": a list that a paragraph on roles opens with a colon is theirs.
      const introduced = unit.kind === 'listItem' ? listIntroducedBy(u) : undefined;
      const to = introduced !== undefined && introduced.size > 0 ? new Set([...ctx, ...introduced]) : ctx;
      // No role named here: the unit belongs to its context, and no sentence has a role as subject.
      unitRoles.push(to);
      giveAmong(to.size === 0 ? NO_IDS : [...to], sentences);
      return;
    }
    const lead = rolesIn(unit.blocks, (m, b) => introduces(prose, facts, prose.blocks[b]!, b, m));
    if (note !== undefined) lead.add(note);
    // "Q: Who uses a LIMS? A: A pathology IT technician. They keep it running ...": an answer that is only a name heads what follows it.
    for (let k = 0; k < sentences.length && lead.size === 0; k++) {
      const s = sentences[k]!;
      if (k === 0 || endsWith(prose.blocks[sentences[k - 1]!.block]!.tokens, sentences[k - 1]!, '?')) for (const id of namedOnly(s)) lead.add(id);
      if (k > 0) break;
    }
    const all = rolesIn(unit.blocks, () => true);
    const owned = new Set(ctx);
    if (lead.size > 0) {
      for (const r of lead) owned.add(r);
    } else if (all.size === 1) {
      const [only] = all;
      if (ctx.has(only!) || (ctx.size === 0 && isAbout(sentences, only!))) owned.add(only!);
    }
    unitRoles.push(owned);
    if (asked) for (const r of all) for (const part of asked) give(r, part);
    // Sentence by sentence, so that "the former" looks back from where it stands.
    giveAmong([...owned], sentences);
    const speaker = lead.size === 1 ? speakerOf(prose.blocks[unit.blocks[0]!]!, facts[unit.blocks[0]!]!, idOf, people) : undefined;
    // "**Tom, cardiac physiologist:** I do ECGs ...": the person labelled speaks, and "I" is the role.
    if (speaker !== undefined && lead.has(speaker)) for (const s of sentences) give(speaker, { ...whole(s), writerIsRole: true });

    const last = byClause(prose, facts, sentences, owned, idOf, give, picked);
    // A person's labelled words end with their paragraph: what follows is the writer's again.
    if (ctx.size > 0 || speaker !== undefined) return;
    if (last.ids.length > 0) carried = last;
    else if (owned.size === 1) carried = { ids: [...owned], plural: lastNamedPlural(prose, facts, sentences) };
  });
}

/** A clause of a sentence as a part of its owner's text. */
function clauseScope(s: Sentence, c: Clause): Scope {
  return { block: s.block, first: c.first, last: c.last, objectBefore: c.objectBefore, ...(c.gapped ? { gapped: c.gapped } : {}) };
}

/** Where "that" or "which" stands in a clause whose object stands before its owner's name; the clause's start when nowhere. */
function relativeAfter(tokens: readonly Token[], c: Clause): number {
  for (let i = c.first; i <= c.last; i++) if (tokens[i]!.lower === 'that' || tokens[i]!.lower === 'which') return i;
  return c.first;
}

/** Roles a sentence may refer back to, and whether they were named in the plural ("he" cannot refer back to "sonographers"). */
interface Topic {
  ids: readonly string[];
  plural: boolean;
}

/** Whether the last role name in some sentences is written in the plural. */
function lastNamedPlural(prose: Prose, facts: readonly BlockFacts[], sentences: readonly Sentence[]): boolean {
  for (let k = sentences.length - 1; k >= 0; k--) {
    const s = sentences[k]!;
    if (s.rolesTo > s.rolesFrom) return isPlural(prose.blocks[s.block]!.tokens, facts[s.block]!.roles[s.rolesTo - 1]!);
  }
  return false;
}

/** The sentences of a unit's blocks, in order (a loop: `flatMap` is slow in V8). */
function sentencesIn(blocks: readonly number[], facts: readonly BlockFacts[]): readonly Sentence[] {
  if (blocks.length === 1) return facts[blocks[0]!]!.sentences;
  const out: Sentence[] = [];
  for (const b of blocks) for (const s of facts[b]!.sentences) out.push(s);
  return out;
}

/**
 * Gives each role the clauses it owns (see clauses.ts), and a following
 * sentence that refers back ("They ...", "The latter ...") to the roles of
 * the last clause before it. Returns the roles a sentence after these may
 * still refer back to.
 */
function byClause(
  prose: Prose,
  facts: readonly BlockFacts[],
  sentences: readonly Sentence[],
  covered: ReadonlySet<string>,
  idOf: IdOf,
  give: (roleId: string, s: Scope) => void,
  picked: ReadonlyMap<Sentence, string>,
): Topic {
  let topic: string[] = [];
  /** Whether the topic was named in the plural: "he" or "she" cannot refer back to "sonographers". */
  let plural = false;
  /** Whether the topic is only the last of several roles named in passing: then only a sentence that opens with a pronoun refers back to it. */
  let weak = false;
  /** The roles named in the singular in the sentences before the `scanned`th, read only when asked. */
  const singular = new Set<string>();
  let scanned = 0;
  const namedSingular = (id: string, k: number): boolean => {
    for (; scanned <= k; scanned++) {
      const q = sentences[scanned]!;
      const roles = facts[q.block]!.roles;
      for (let r = q.rolesFrom; r < q.rolesTo; r++) {
        const named = idOf(roles[r]!);
        if (named !== undefined && !isPlural(prose.blocks[q.block]!.tokens, roles[r]!)) singular.add(named);
      }
    }
    return singular.has(id);
  };
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const f = facts[s.block]!;
    const tokens = prose.blocks[s.block]!.tokens;
    s.clauses ??= clausesOf(tokens, f, s);
    let owners: string[] = [];
    /** The first clause that a role owns. */
    let firstOwned: Clause | undefined;
    /** Whether a role is named only as who did something to what the sentence's pronoun works on. */
    let passedOver = false;
    for (const clause of s.clauses) {
      const ids = idsOf(clause.owners, idOf);
      for (const id of ids) if (!covered.has(id)) give(id, clauseScope(s, clause));
      // Who is trained is no topic that "they" refers back to: the trainer still is; nor is who did something to what the
      // sentence's "they" works on ("They analyse samples ..., a lot of them are taken by phlebotomists").
      if (clause.how === 'trainee') continue;
      if (clause.how === 'agent' && clause.first > s.first && opensWithPronoun(tokens, s)) {
        passedOver = true;
        continue;
      }
      if (ids.length > 0) firstOwned ??= clause;
      owners = ids;
    }
    // "the work of a dialysis technician is a bit like a perfusionist's, since both of them take blood out ...": each named before.
    const both = bothAt(tokens, s);
    if (both >= 0) {
      const before = new Set<string>();
      for (let r = s.rolesFrom; r < s.rolesTo && f.roles[r]!.last < both; r++) {
        const id = idOf(f.roles[r]!);
        if (id !== undefined) before.add(id);
      }
      const after = s.clauses.find((c) => c.first > both);
      if (before.size >= 2) for (const id of before) give(id, { block: s.block, first: both, last: after ? after.first - 1 : s.last, objectBefore: false });
    }
    // "They work out the doses ...; my mum's radiographer said ...": the words before the first clause a role owns,
    // opening with "they", "he" or "she", still refer back to the topic.
    if (firstOwned && firstOwned.first > s.first && topic.length > 0 && !weak && (opensWithPronoun(tokens, s) || opensWithBackNoun(tokens, s)) && agrees(tokens, s, plural)) {
      // With the object the clause owned shares: "They test the samples that the phlebotomist has taken".
      const last = firstOwned.objectBefore ? relativeAfter(tokens, firstOwned) - 1 : firstOwned.first - 1;
      for (const r of topic) give(r, { block: s.block, first: s.first, last, objectBefore: false });
    }
    if (owners.length > 0) {
      topic = owners.filter((id) => !covered.has(id));
      // "the EBME technician, Dev ... Technicians like Dev look after ... He ran ...": named in the singular before, "he" may refer to it.
      plural = owners.length > 1 || (s.clauses.at(-1)!.owners.some((m) => isPlural(tokens, m)) && !namedSingular(owners[0]!, k));
    } else if (
      topic.length > 0 &&
      (s.references ??= formerAndLatter(tokens, s, facts[s.block]!.named)).length === 0 &&
      refersBack(tokens, s, BACK_REFERENCES, ROLE_NOUNS, GROUP_WORDS) &&
      agrees(tokens, s, plural) &&
      (!weak || opensWithPronoun(tokens, s))
    ) {
      for (const r of topic) give(r, whole(s));
    } else if (passedOver) {
      // The topic stays what the pronoun refers to.
    } else if (picked.has(s)) {
      // "The latter is more of a management job. They are in charge of ...": "they" goes on with the role it picked.
      topic = covered.has(picked.get(s)!) ? [] : [picked.get(s)!];
      plural = false;
      weak = false;
    } else {
      // "have a look at being a clinical coder. They read ...": a sentence that names roles, and owns no clause, makes the last
      // named (with the names joined to it) what "they" may refer to next: "I was meant to be with an ODP, so I sat with a clinical coder. She ...".
      const named = new Set<string>();
      let r = s.rolesTo - 1;
      for (; r >= s.rolesFrom; r--) {
        const id = idOf(f.roles[r]!);
        if (id !== undefined) named.add(id);
        if (r === s.rolesFrom || !joined(tokens, f.roles[r - 1]!, f.roles[r]!)) break;
      }
      topic = [...named].filter((id) => !covered.has(id));
      weak = r > s.rolesFrom;
      if (topic.length > 0) plural = named.size > 1 || isPlural(tokens, f.roles[s.rolesTo - 1]!);
    }
  }
  return { ids: topic, plural };
}
