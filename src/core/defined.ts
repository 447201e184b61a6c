/**
 * Names a student defines for a role: "Clinical Scientists (CSs)",
 * "radiographers (rads for short)", "sonographers, but everyone calls them
 * the sonos", "Phlebotomists are the phlebs", a key line "BME = Biomedical
 * Engineer", "'Perf' is short for perfusionist". After its definition the
 * short form names that role anywhere in the document, as the dataset's
 * names do.
 *
 * A short form counts only when it is made from the role's name as written:
 * its letters (a plural `s` aside) in order within the name, starting at the
 * first letter of one of the name's words (CS, CompSci, rads, the lab techs).
 * So "Radiographers (X-ray)" or "Clinical engineers (also in EBME)" define
 * nothing, and a form that is already a name (ODPs, CT) is left to the names.
 */
import type { Block } from './prose.js';
import { TermIndex, type TermMatch } from './terms.js';
import type { Token } from './text.js';

/** A role's name given by a student, and where it was given (so that the definition is not a second mention). */
export interface Definitions {
  /** The short forms, each a role name of its role's id. */
  index: TermIndex;
  /** For each block, the first tokens of the short forms defined there. */
  at: Map<number, Set<number>>;
}

/** What definition finding needs of a block: its tokens and the role names found in them, with their role ids. */
export interface NamedBlock {
  block: Block;
  roles: readonly { match: TermMatch; id: string | undefined }[];
}

/** Finds the short forms a document defines; undefined when it defines none. */
export function definitionsIn(blocks: readonly NamedBlock[], names: TermIndex): Definitions | undefined {
  const forms = new Map<string, { id: string; name: string; aliases: string[] }>();
  const at = new Map<number, Set<number>>();
  blocks.forEach(({ block, roles }, b) => {
    const tokens = block.tokens;
    for (const { match, id } of roles) {
      if (id === undefined) continue;
      const name = words(tokens, match.first, match.last);
      for (const [first, last] of candidates(tokens, match)) {
        const form = words(tokens, first, last);
        if (!madeFrom(form, name) || names.findAll(tokens.slice(first, last + 1)).length > 0) continue;
        const key = form.toLowerCase();
        // A form two roles are given is no one's.
        const known = forms.get(key);
        if (known && known.id !== id) known.id = '';
        else if (!known) forms.set(key, { id, name: form, aliases: [] });
        let set = at.get(b);
        if (!set) at.set(b, (set = new Set()));
        set.add(first);
      }
    }
  });
  const roles = [...forms.values()].filter((f) => f.id !== '');
  return roles.length > 0 ? { index: new TermIndex({ roles, technologies: [] }), at } : undefined;
}

/** The short forms a document defines, found in a block: not where they are defined, nor inside other names (`named`). */
export function definedIn(definitions: Definitions, tokens: readonly Token[], b: number, named: Uint8Array): TermMatch[] {
  const at = definitions.at.get(b);
  return definitions.index.findAll(tokens).filter((m) => {
    if (at?.has(m.first)) return false;
    for (let i = m.first; i <= m.last; i++) if (named[i]) return false;
    return true;
  });
}

/** Token ranges that may be a short form defined for the name `m`. */
function* candidates(tokens: readonly Token[], m: TermMatch): Generator<[number, number]> {
  // "Clinical Scientists (CSs)", "radiographers (rads for short)", "lab technicians (the 'lab techs')"
  if (tokens[m.last + 1]?.text === '(') {
    const form = formAt(tokens, m.last + 2, true);
    if (form && tokens[form[1] + 1 + trailer(tokens, form[1] + 1)]?.text === ')') yield form;
  }
  // "sonographers, but everyone calls them the sonos", "Radiographers are called rads", "lab technicians, or the lab techs",
  // "Phlebotomists are the phlebs."
  for (let i = m.last + 1; i < tokens.length && i <= m.last + CALL_REACH; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      if (t.text === ',' || t.text === '\u2013' || t.text === '-') continue;
      break;
    }
    let from = -1;
    if (CALLING.has(t.lower)) from = i + 1;
    else if (t.lower === 'known' && tokens[i + 1]?.lower === 'as') from = i + 2;
    else if (t.lower === 'or' && i === afterComma(tokens, m.last)) from = i + 1;
    else if ((t.lower === 'are' || t.lower === 'is') && i === m.last + 1 && tokens[i + 1]?.lower === 'the') from = i + 1;
    if (from < 0) continue;
    while (CALLED_WORDS.has(tokens[from]?.lower ?? '')) from++;
    const form = formAt(tokens, from, false);
    if (form && endsForm(tokens, form[1] + 1 + trailer(tokens, form[1] + 1))) yield form;
    break;
  }
  // "BME = Biomedical Engineer", "'Perf' is short for perfusionist", "CS: Clinical Scientist" (a key line)
  let sep = m.first - 1;
  let sepWords = 0;
  while (sep >= 0 && tokens[sep]!.kind === 'word' && SEPARATOR_WORDS.has(tokens[sep]!.lower) && sepWords < 3) {
    sep--;
    sepWords++;
  }
  const mark = sepWords === 0 ? tokens[sep]?.text : undefined;
  const keyLine = mark !== undefined && (mark === ':' || mark === '-' || mark === '\u2013' || mark === '\u2014') && tokens.slice(m.last + 1).every((t) => t.kind !== 'word');
  if (sepWords > 0 ? stands(tokens, sep + 1, m.first) : mark === '=' || keyLine) {
    let end = sepWords > 0 ? sep : sep - 1;
    while (end >= 0 && QUOTES.has(tokens[end]!.text)) end--;
    // "= Biomedical Engineer" at the very start has no form before it.
    if (end < 0) return;
    let first = end;
    while (first > 0 && first > end - MAX_WORDS + 1 && tokens[first - 1]!.kind === 'word') first--;
    while (first > 0 && first <= end && QUOTES.has(tokens[first - 1]!.text)) first--;
    const opens = first === 0 || tokens[first - 1]!.kind !== 'word';
    let start = first;
    while (start <= end && QUOTES.has(tokens[start]!.text)) start++;
    if (opens && end >= start && tokens[end]!.kind === 'word' && (keyLine || mark === '=' ? first === 0 || SENTENCE_ENDS.has(tokens[first - 1]!.text) : true)) yield [start, end];
  }
}

/** A short form starting at `i`: one to three words after an optional "the", "or" or quotation mark, or undefined. */
function formAt(tokens: readonly Token[], i: number, inBrackets: boolean): [number, number] | undefined {
  while (inBrackets && (tokens[i]?.lower === 'or' || tokens[i]?.lower === 'the' || CALLING.has(tokens[i]?.lower ?? ''))) i++;
  while (QUOTES.has(tokens[i]?.text ?? '')) i++;
  if (tokens[i]?.lower === 'the') i++;
  let last = i - 1;
  while (last + 1 < tokens.length && last + 1 < i + MAX_WORDS && tokens[last + 1]!.kind === 'word' && !FORM_ENDS.has(tokens[last + 1]!.lower)) last++;
  return last >= i ? [i, last] : undefined;
}

/** How many tokens after a short form only close it: a quotation mark, "for short", "from now on". */
function trailer(tokens: readonly Token[], i: number): number {
  let k = i;
  while (QUOTES.has(tokens[k]?.text ?? '')) k++;
  if (tokens[k]?.lower === 'for' && tokens[k + 1]?.lower === 'short') k += 2;
  else if (tokens[k]?.lower === 'from' && (tokens[k + 1]?.lower === 'now' || tokens[k + 1]?.lower === 'here') && tokens[k + 2]?.lower === 'on') k += 3;
  while (QUOTES.has(tokens[k]?.text ?? '')) k++;
  return k - i;
}

/** Whether a short form ends its clause at `i` ("... the sonos." "... called rads (not to be ...)", "... the phlebs, who ..."). */
function endsForm(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !t || t.kind !== 'word' || t.lower === 'and' || t.lower === 'but' || t.lower === 'who' || t.lower === 'which' || t.lower === 'because';
}

/** The index after "Role," or "Role" where an "or" may stand. */
function afterComma(tokens: readonly Token[], last: number): number {
  return tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
}

/** Whether the words between a short form and a name say the one stands for the other ("stands for", "is short for", "means"). */
function stands(tokens: readonly Token[], first: number, end: number): boolean {
  const phrase = tokens.slice(first, end).map((t) => t.lower).join(' ');
  return STANDING.has(phrase);
}

/** The words of tokens `[first, last]`, joined by spaces. */
function words(tokens: readonly Token[], first: number, last: number): string {
  const out: string[] = [];
  for (let i = first; i <= last; i++) if (tokens[i]!.kind === 'word') out.push(tokens[i]!.text);
  return out.join(' ');
}

/**
 * Whether a short form is made from a name: its letters, less a final plural
 * `s`, in order within the name from the first letter of one of its words,
 * and shorter than the name.
 */
function madeFrom(form: string, name: string): boolean {
  let short = form.replace(/[^a-z]/gi, '');
  const long = name.replace(/[^a-z ]/gi, '').toLowerCase();
  if (short.length > 2 && short.endsWith('s')) short = short.slice(0, -1);
  short = short.toLowerCase();
  if (short.length < 2 || short.length >= long.replace(/ /g, '').length) return false;
  for (let w = 0; w < long.length; w++) {
    if (w > 0 && long[w - 1] !== ' ') continue;
    if (long[w] !== short[0]) continue;
    let k = 0;
    for (let i = w; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
    if (k === short.length) return true;
  }
  return false;
}

/** The most words a short form has. */
const MAX_WORDS = 3;
/** How far after a name "called", "known as" or "or" may stand ("sonographers, but everyone calls them ..."). */
const CALL_REACH = 6;
const CALLING = new Set(['call', 'calls', 'called', 'nicknamed', 'aka', 'shortened']);
/** Words between "call" and the form ("calls them the sonos", "shortened to rads", "called just coders"). */
const CALLED_WORDS = new Set(['them', 'him', 'her', 'it', 'to', 'just', 'simply', 'as']);
/** Words that end a short form in brackets or after "called". */
const FORM_ENDS = new Set(['for', 'from', 'and', 'or', 'but', 'who', 'which', 'because', 'by', 'in', 'at', 'on', 'not']);
const SEPARATOR_WORDS = new Set(['stands', 'stand', 'for', 'is', 'short', 'means', 'mean']);
const STANDING = new Set(['stands for', 'stand for', 'is short for', 'short for', 'means', 'mean']);
const QUOTES = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019']);
const SENTENCE_ENDS = new Set(['.', '!', '?', ';', '(', '*']);
