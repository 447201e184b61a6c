/**
 * Finding role and technology names in a token stream: a trie over
 * normalised words, longest match first.
 */
import { isVerbForm } from './lexicon.js';
import { termKeys, type Token } from './text.js';

/** What a name index is built from: a dataset, or any lists of named entries. */
export interface NamedEntries {
  roles: readonly { id: string; name: string; aliases: readonly string[] }[];
  technologies: readonly { id: string; name: string; aliases: readonly string[] }[];
}

/**
 * Lower-case words that an all-capitals abbreviation must not match ("it" is
 * not IT, "pet" is not PET): a lower-case abbreviation counts only where it
 * cannot be an ordinary word ("odps", "ct scans").
 */
const ORDINARY_WORDS = new Set(
  `a i am an as at be by do go he if in is it me my no of on or so to up us we ok hi oh ah id ids pas pet tens cad news lan
  aid aids arm art bed bin box cat cot dot ear eye gap gel lab lap man map mat mid mix net pad pan pin pit pot rad ram rat
  rod sad sat saw set spa tab tag tap tip top toy van vat via war wax web wet win yes zip care case cast code data dose drip
  fit help lens line link mask mode note pace page pain path plan plug port post rest ring road room safe scan sign site
  spec step tape team test tool tube unit vent ward wave well wire word work`.split(/\s+/),
);

/** What a matched name stands for. */
export interface TermTarget {
  kind: 'role' | 'technology';
  id: string;
  /** The name or alias as the dataset spells it. */
  term: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  target?: TermTarget;
  /** For each word of the term, whether it must be written in capitals. */
  caps?: boolean[];
}

/**
 * A name found in the text: tokens `[first, last]` of one token array. It
 * holds no offsets, so it stays valid when the tokens' offsets shift.
 */
export interface TermMatch {
  target: TermTarget;
  first: number;
  last: number;
  /** A reference that stands for a role's name ("Role 2", "the first role"; see ordinals.ts), not a mention of it. */
  reference?: boolean;
}

/** All the names of a dataset, ready to match. */
export class TermIndex {
  private readonly root: TrieNode = { next: new Map() };
  /** The words of technology names long enough to be recognised misspelt. */
  private readonly longWords = new Set<string>();
  /** The same words by each form with one letter left out, built on first use. */
  private nearWords?: Map<string, string[]>;
  /** The technology word each unknown word is a misspelling of (undefined: none), as found. */
  private readonly corrections = new Map<string, string | undefined>();
  /** Every word of this index's names: such a word is never read as a misspelling. */
  readonly words = new Set<string>();

  /**
   * `misspellings`: whether a technology name may match with one word
   * misspelt; `known`: more words that are never read as misspellings (the
   * device nouns beyond the dataset), asked for on the first word that may be
   * one.
   */
  constructor(
    readonly dataset: NamedEntries,
    private readonly options: { misspellings?: boolean; known?: () => ReadonlySet<string> } = {},
  ) {
    for (const role of dataset.roles) {
      for (const term of [role.name, ...role.aliases]) this.add(term, { kind: 'role', id: role.id, term });
    }
    for (const tech of dataset.technologies) {
      for (const term of [tech.name, ...tech.aliases]) this.add(term, { kind: 'technology', id: tech.id, term });
    }
    // "renal techs", "EBME tech": a technician's name shortened as staff say it. Not where the words before
    // name a technology ("ultrasound tech" is as often the technology), and never "tech" alone.
    for (const role of dataset.roles) {
      for (const term of [role.name, ...role.aliases]) {
        const words = term.split(' ');
        if (words.length < 2 || words[words.length - 1]!.toLowerCase() !== 'technician') continue;
        const before = words.slice(0, -1).join(' ');
        if (this.lookup(termKeys(before).keys)?.kind === 'technology') continue;
        this.add(`${before} tech`, { kind: 'role', id: role.id, term });
      }
    }
  }

  private shorts?: ShortNames;

  /** The short names of this index's roles ("coder" of "clinical coder"), built on first use. */
  get shortNames(): ShortNames {
    this.shorts ??= new ShortNames(this.dataset);
    return this.shorts;
  }

  private add(term: string, target: TermTarget): void {
    const { keys, caps } = termKeys(term);
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      this.words.add(key);
      if (this.options.misspellings && target.kind === 'technology' && key.length >= MISSPELT_LENGTH) this.longWords.add(key);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    // The first spelling of a name wins; the dataset validator rejects real clashes.
    if (!node.target) {
      node.target = target;
      node.caps = caps;
    }
  }

  /**
   * Finds every name in `tokens`, left to right, longest first, never
   * overlapping. A match never starts or ends inside a word (a word such as
   * `cybersecurity` gives two tokens with the same offsets).
   */
  findAll(tokens: readonly Token[]): TermMatch[] {
    const matches: TermMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const match = this.matchAt(tokens, i);
      if (match) {
        const before = this.sharedBefore(tokens, match, matches[matches.length - 1]);
        if (before) matches.push(before);
        matches.push(match);
        const after = this.sharedAfter(tokens, match);
        if (after) {
          matches.push(after);
          i = after.last + 1;
        } else {
          i = match.last + 1;
        }
      } else {
        i++;
      }
    }
    return matches;
  }

  /** The entry whose name has exactly these word keys, if any. */
  private lookup(keys: readonly string[]): TermTarget | undefined {
    let node: TrieNode | undefined = this.root;
    for (const key of keys) {
      node = node.next.get(key);
      if (!node) return undefined;
    }
    return node.target;
  }

  /**
   * Coordinated names share their head: "biomedical engineers and
   * technologists" names the biomedical technologist too. The word after
   * "and", "or", "&" or "/" that, put in place of the last word of the name
   * before, makes another name of the same kind.
   */
  private sharedAfter(tokens: readonly Token[], m: TermMatch): TermMatch | undefined {
    if (m.last === m.first) return undefined;
    const join = tokens[m.last + 1];
    const word = tokens[m.last + 2];
    if (!join || !word || word.kind !== 'word' || !isJoin(join)) return undefined;
    // The word must stand alone: not the start of a longer name of its own.
    if (this.matchAt(tokens, m.last + 2)) return undefined;
    const keys = [...this.keysOf(tokens, m).slice(0, -1), word.norm];
    const target = this.lookup(keys);
    if (!target || target.kind !== m.target.kind || target.id === m.target.id) return undefined;
    return { target, first: m.last + 2, last: m.last + 2 };
  }

  /**
   * "clinical and biomedical engineers": the word before "and" that, put in
   * place of the first word of the name after, makes another name.
   */
  private sharedBefore(tokens: readonly Token[], m: TermMatch, previous: TermMatch | undefined): TermMatch | undefined {
    if (m.last === m.first || m.first < 2) return undefined;
    const join = tokens[m.first - 1]!;
    const word = tokens[m.first - 2]!;
    if (word.kind !== 'word' || !isJoin(join) || (previous && previous.last >= m.first - 2)) return undefined;
    const keys = [word.norm, ...this.keysOf(tokens, m).slice(1)];
    const target = this.lookup(keys);
    if (!target || target.kind !== m.target.kind || target.id === m.target.id) return undefined;
    return { target, first: m.first - 2, last: m.first - 2 };
  }

  private keysOf(tokens: readonly Token[], m: TermMatch): string[] {
    const keys: string[] = [];
    for (let i = m.first; i <= m.last; i++) keys.push(tokens[i]!.norm);
    return keys;
  }

  private matchAt(tokens: readonly Token[], first: number): TermMatch | undefined {
    const head = tokens[first]!;
    if (head.kind !== 'word') return undefined;
    // Not in the middle of a split word.
    if (first > 0 && tokens[first - 1]!.start === head.start && tokens[first - 1]!.kind === 'word') return undefined;
    let node: TrieNode | undefined = this.root;
    let best: TermMatch | undefined;
    let misspelt = false;
    for (let i = first; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') break;
      let next: TrieNode | undefined = node.next.get(token.norm);
      if (!next && !misspelt && this.longWords.size > 0) {
        const meant = this.misspelling(token);
        if (meant !== undefined) {
          next = node.next.get(meant);
          misspelt = next !== undefined;
        }
      }
      node = next;
      if (!node) break;
      // A misspelt word counts only in a technology's name: role names are matched as written.
      if (node.target && (!misspelt || node.target.kind === 'technology') && this.casesFit(node.caps!, tokens, first) && !this.splitsWord(tokens, i)) {
        best = { target: node.target, first, last: i };
      }
    }
    return best;
  }

  /**
   * The word of a technology name that `token` is a misspelling of: one
   * letter more, less or different ("dialisis", "vacutaner", "ventilaters"),
   * of a word of seven letters or more, in a word of six or more that is no
   * word of any name and no verb ("analyses" is not "analyser"). Undefined when there is none, or
   * more than one.
   */
  private misspelling(token: Token): string | undefined {
    const norm = token.norm;
    if (norm.length < MISSPELT_LENGTH - 1 || token.caps || this.words.has(norm) || this.options.known?.().has(norm)) return undefined;
    if (this.corrections.has(norm)) return this.corrections.get(norm);
    let meant: string | undefined;
    let ambiguous = false;
    if (!isVerbForm(token.lower) && !isVerbForm(norm)) {
      const nearWords = (this.nearWords ??= byOneLetterOut(this.longWords));
      for (const near of [norm, ...oneLetterOut(norm)]) {
        for (const word of nearWords.get(near) ?? []) {
          if (word === meant || !withinOneEdit(norm, word)) continue;
          if (meant !== undefined) ambiguous = true;
          meant = word;
        }
      }
    }
    const read = ambiguous ? undefined : meant;
    if (this.corrections.size > 20_000) this.corrections.clear();
    this.corrections.set(norm, read);
    return read;
  }

  private splitsWord(tokens: readonly Token[], last: number): boolean {
    const next = tokens[last + 1];
    return next !== undefined && next.kind === 'word' && next.start === tokens[last]!.start;
  }

  private casesFit(caps: readonly boolean[], tokens: readonly Token[], first: number): boolean {
    for (let k = 0; k < caps.length; k++) {
      if (!caps[k]) continue;
      const token = tokens[first + k]!;
      // A one-word abbreviation matches only in capitals; inside a longer name
      // ("Pathology It Technician") any capitalised form will do, and between two of its words any form
      // ("the pathology it technician": "it" there is no pronoun).
      const inside = k > 0 && k < caps.length - 1;
      if (caps.length === 1 ? !token.caps && !(token.allLower && !ORDINARY_WORDS.has(token.lower) && !ORDINARY_WORDS.has(token.norm)) : !inside && token.allLower && ORDINARY_WORDS.has(token.lower)) return false;
    }
    return true;
  }
}

function isJoin(t: Token): boolean {
  return t.kind === 'word' ? t.lower === 'and' || t.lower === 'or' : t.text === '&' || t.text === '/';
}

/** The shortest technology word recognised misspelt: shorter words are too often other real words ("paper", "pager"). */
const MISSPELT_LENGTH = 7;

/** Words by themselves and by each form with one letter left out. */
function byOneLetterOut(words: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const word of words) {
    for (const near of [word, ...oneLetterOut(word)]) {
      const list = out.get(near);
      if (!list) out.set(near, [word]);
      else if (!list.includes(word)) list.push(word);
    }
  }
  return out;
}

/** A word with each of its letters left out in turn. */
function oneLetterOut(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Whether two words differ by at most one letter added, dropped or changed. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The prefix of the ids of short names (see `ShortNames`). */
export const SHORT = 'short:';

/**
 * Short names: the last words of a longer role name ("coder" of "clinical
 * coder", "records technician" of "medical records technician"). A short
 * name refers to the role, among those it could be, named most recently
 * before it ("Clinical coders ... Coders and records technicians both assign
 * codes"); one named before none of them names nothing. A one-word short
 * name counts only after "the" or "this", or opening a sentence, and never
 * when it is a word for any practitioner ("the specialist"), so that "a
 * specialist nurse" and "these practitioners" name nobody.
 */
export class ShortNames {
  readonly index: TermIndex;
  /** For each short name's id, the roles whose names end with it. */
  readonly candidates = new Map<string, string[]>();

  constructor(names: NamedEntries) {
    const full = new Set<string>();
    for (const role of names.roles) for (const term of [role.name, ...role.aliases]) full.add(termKeys(term).keys.join(' '));
    const entries = new Map<string, { id: string; name: string; aliases: string[] }>();
    for (const role of names.roles) {
      for (const term of [role.name, ...role.aliases]) {
        const { keys, caps } = termKeys(term);
        // Only the head part: "professional" of "Cybersecurity Professional for Medical Technology", never "medical technology".
        const cut = keys.findIndex((key, i) => i > 0 && QUALIFIERS.has(key));
        const head = cut < 0 ? keys.length : cut;
        for (let k = 1; k < head; k++) {
          const suffix = keys.slice(k, head);
          const key = suffix.join(' ');
          // A suffix that is itself a name, or an abbreviation, is left to the names.
          if (full.has(key) || caps.slice(k, head).some(Boolean)) continue;
          const id = SHORT + key;
          if (!entries.has(id)) entries.set(id, { id, name: key, aliases: [] });
          const list = this.candidates.get(id) ?? [];
          if (!list.includes(role.id)) list.push(role.id);
          this.candidates.set(id, list);
        }
      }
    }
    this.index = new TermIndex({ roles: [...entries.values()], technologies: [] });
  }

  /** The short names in `tokens` that are not inside the names already found (`named`). */
  findAll(tokens: readonly Token[], named: Uint8Array): TermMatch[] {
    const out: TermMatch[] = [];
    for (const m of this.index.findAll(tokens)) {
      let free = true;
      for (let i = m.first; i <= m.last && free; i++) if (named[i]) free = false;
      if (!free) continue;
      if (m.first === m.last) {
        const prev = tokens[m.first - 1];
        const opens = !prev || (prev.kind === 'punct' && (prev.text === '.' || prev.text === '!' || prev.text === '?')) || prev.kind === 'break';
        // "the coder", "this engineer", "the same trainer".
        const definite = prev !== undefined && prev.kind === 'word' && (DEFINITE.has(prev.lower) || (prev.lower === 'same' && SAME_BEFORE.has(tokens[m.first - 2]?.lower ?? '')));
        if (!opens && !definite && !bareSubject(tokens, m.first)) continue;
        if (GROUP_NOUNS.has(tokens[m.first]!.norm)) continue;
      }
      out.push(m);
    }
    return out;
  }
}

/**
 * Whether a plural short name at `i` opens a clause as its subject, with no
 * determiner: "..., and coders put the diagnoses into codes", "whereas
 * physicists plan the dose".
 */
function bareSubject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.norm === t.lower || !prev || prev.kind !== 'word' || !CLAUSE_JOINS.has(prev.lower)) return false;
  return next !== undefined && next.kind === 'word' && next.allLower && !next.lower.endsWith('s') && isVerbForm(next.lower);
}
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whereas', 'whilst', 'so']);

/** Words that start what qualifies a role name's head ("... for Medical Technology", "... in Healthcare"). */
const QUALIFIERS = new Set(['for', 'of', 'in', 'at', 'with', 'to', 'and']);

/** "The" and "this" pick one role out; "these" and "those" point at a group. */
const DEFINITE = new Set(['the', 'this']);
/** Words before "same" that pick out one: "the same trainer", "that same engineer". */
const SAME_BEFORE = new Set(['the', 'this', 'that']);
/** Words for any practitioner: alone they refer to no role in particular ("these practitioners"). */
const GROUP_NOUNS = new Set(['practitioner', 'professional', 'specialist', 'worker', 'staff', 'person', 'member', 'officer', 'expert', 'team']);
