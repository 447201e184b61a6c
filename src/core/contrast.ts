/**
 * Work one person is said not to do, and another to do: "It is not the
 * doctor who takes your X-ray, it is the radiographer", "It's not the
 * surgeon that sets up the robot but the robotics specialist", "Doctors don't
 * take the X-rays, radiographers do", "Nurses do not run the dialysis
 * machines. Renal technicians do." Students who explain a role by putting
 * right what people think say what it does only in the clause about someone
 * else; the role after the contrast has that clause's work as its own.
 *
 * The other half, "It is not the radiographer who reads the X-ray", is a
 * negation that reaches into the relative clause: see `dutiesIn`.
 */
import type { Span } from './clauses.js';
import { MODIFIERS } from './lexicon.js';
import type { TermMatch } from './terms.js';
import type { Token } from './text.js';

/** A part of a sentence that says what a role does, read from the clause the contrast puts right. */
export interface ContrastedWork extends Span {
  role: TermMatch;
}

/**
 * The work the contrasts in sentence `s` give to roles. `before`: the
 * sentence before in the same block, for "Nurses do not ... . Renal
 * technicians do."; `roleAt` finds a role match starting at a token.
 */
export function contrastedWork(tokens: readonly Token[], s: Span, before: Span | undefined, roleAt: (i: number) => TermMatch | undefined): ContrastedWork[] {
  const found: ContrastedWork[] = [];
  for (let i = s.first; i <= s.last; i++) {
    const cleft = cleftAt(tokens, i, s.last);
    if (cleft) {
      const role = focusAt(tokens, cleft.next, s.last, roleAt);
      if (role) found.push({ role, first: cleft.first, last: cleft.last });
      continue;
    }
    const denied = deniedAt(tokens, i, s.last);
    if (denied) {
      const role = elidedAt(tokens, denied.next, s.last, roleAt);
      if (role) found.push({ role, first: denied.first, last: denied.last });
    }
  }
  // "Nurses do not run the dialysis machines. Renal technicians do."
  if (found.length === 0 && before) {
    const role = elidedAt(tokens, s.first, s.last, roleAt);
    if (role && onlyDoAfter(tokens, role.last + 1, s.last)) {
      for (let i = before.first; i <= before.last; i++) {
        const denied = deniedAt(tokens, i, before.last);
        if (denied && !wordBetween(tokens, denied.next, before.last)) found.push({ role, first: denied.first, last: denied.last });
      }
    }
  }
  return found;
}

/**
 * Whether the negation at `not` denies the role named at `at` in a cleft:
 * "it is not the radiographer", "it's not a radiographer", "it isn't the
 * radiographers"; only determiners and modifiers stand between.
 */
export function deniesRole(tokens: readonly Token[], not: number, at: number): boolean {
  const n = tokens[not]!;
  const opens = NOT_BE.has(n.lower) ? tokens[not - 1]?.lower === 'it' : n.lower === 'not' && ((tokens[not - 1]?.lower ?? '') === 'its' || itIs(tokens, not - 1) === not || itIs(tokens, not - 2) === not);
  if (!opens) return false;
  for (let k = not + 1; k < at; k++) if (tokens[k]!.kind !== 'word' || !MODIFIERS.has(tokens[k]!.lower)) return false;
  return true;
}

/** Whether a word stands in tokens `[from, last]`. */
function wordBetween(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (tokens[k]!.kind === 'word') return true;
  return false;
}

/** Whether the tokens from `i` to `last` hold only "do"/"does"/"did", an adverb from `ELIDED_AFTER` and punctuation. */
function onlyDoAfter(tokens: readonly Token[], i: number, last: number): boolean {
  for (let k = i; k <= last; k++) if (tokens[k]!.kind === 'word' && !DO.has(tokens[k]!.lower) && !ELIDED_AFTER.has(tokens[k]!.lower)) return false;
  return true;
}

/**
 * "It is not the doctor who takes your X-ray, ...": the relative clause's
 * work, tokens `[first, last]`, and `next`, the first token after the break
 * that ends it. The cleft must open at `i` ("it is not", "it's not", "it
 * isn't", "it was not").
 */
function cleftAt(tokens: readonly Token[], i: number, last: number): (Span & { next: number }) | undefined {
  let k = itIs(tokens, i);
  if (k < 0 && tokens[i]!.lower === 'it' && NOT_BE.has(tokens[i + 1]?.lower ?? '')) k = i + 2;
  else if (tokens[k]?.lower === 'not') k++;
  else return undefined;
  // The one it is not: a short noun phrase, then "who" or "that".
  let w = k;
  while (w <= last && w < k + PERSON_WORDS && tokens[w]!.kind === 'word' && !RELATIVES.has(tokens[w]!.lower)) w++;
  if (w === k || w > last || !RELATIVES.has(tokens[w]!.lower)) return undefined;
  const first = w + 1;
  let end = first;
  while (end <= last && !BREAKS.has(tokens[end]!.text) && tokens[end]!.lower !== 'but') end++;
  if (end === first || end > last) return undefined;
  return { first, last: end - 1, next: end };
}

/** The token after "it is", "it's" or "it was" at `i`, or -1. */
function itIs(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  // "its not the doctor": "it's" with its apostrophe left out.
  if (t?.lower === 'its') return i + 1;
  if (t?.lower !== 'it') return -1;
  // The tokens read "it's" as "it" with a possessive's "'s".
  if (t.text.length > 2) return t.text.length === 4 ? i + 1 : -1;
  return BE.has(tokens[i + 1]?.lower ?? '') ? i + 2 : -1;
}

/** After the break at `at`: "it is the radiographer", "but the radiographer", "the radiographer does". */
function focusAt(tokens: readonly Token[], at: number, last: number, roleAt: (i: number) => TermMatch | undefined): TermMatch | undefined {
  let i = at;
  while (i <= last && tokens[i]!.kind !== 'word') i++;
  if (tokens[i]?.lower === 'but' || tokens[i]?.lower === 'rather') i++;
  const after = itIs(tokens, i);
  if (after >= 0) i = after;
  // "...; the radiographer does."
  else if (tokens[i - 1]?.lower !== 'but' && tokens[i - 1]?.lower !== 'rather') return elidedAt(tokens, at, last, roleAt);
  if (tokens[i]?.lower === 'actually' || tokens[i]?.lower === 'really') i++;
  while (i <= last && tokens[i]!.kind === 'word' && MODIFIERS.has(tokens[i]!.lower)) i++;
  return i <= last ? roleAt(i) : undefined;
}

/**
 * "Doctors don't take the X-rays, ...": the work denied, tokens `[first,
 * last]` from the verb after the negation to the break, and `next`, the
 * token after it. The negated "do" must be at `i`.
 */
function deniedAt(tokens: readonly Token[], i: number, last: number): (Span & { next: number }) | undefined {
  const t = tokens[i]!;
  let first: number;
  if (NOT_DO.has(t.lower)) first = i + 1;
  else if (DO.has(t.lower) && tokens[i + 1]?.lower === 'not') first = i + 2;
  else return undefined;
  if (tokens[first]?.kind !== 'word') return undefined;
  let end = first;
  while (end <= last && !BREAKS.has(tokens[end]!.text) && !CONTRASTS.has(tokens[end]!.lower)) end++;
  if (end === first) return undefined;
  return { first, last: end - 1, next: end };
}

/** From `at`: "[but|whereas] [the] radiographers do", a role and the "do" that stands for the work. */
function elidedAt(tokens: readonly Token[], at: number, last: number, roleAt: (i: number) => TermMatch | undefined): TermMatch | undefined {
  let i = at;
  while (i <= last && tokens[i]!.kind !== 'word') i++;
  if (CONTRASTS.has(tokens[i]?.lower ?? '') || tokens[i]?.lower === 'instead') i++;
  while (i <= last && tokens[i]!.kind === 'word' && MODIFIERS.has(tokens[i]!.lower)) i++;
  const role = i <= last ? roleAt(i) : undefined;
  if (!role) return undefined;
  let k = role.last + 1;
  if (ELIDED_BEFORE.has(tokens[k]?.lower ?? '')) k++;
  if (!DO.has(tokens[k]?.lower ?? '')) return undefined;
  // "radiographers do the scans": a verb of its own, not the work before.
  const after = tokens[k + 1];
  return after === undefined || k + 1 > last || after.kind !== 'word' || ELIDED_AFTER.has(after.lower) || CONTRASTS.has(after.lower) ? role : undefined;
}

/** How many words the person a cleft denies may have ("the doctor", "your GP", "the nurses on the ward"). */
const PERSON_WORDS = 6;
const BE = new Set(['is', 'was']);
const NOT_BE = new Set(["isn't", 'isnt', "wasn't", 'wasnt']);
const RELATIVES = new Set(['who', 'that']);
const DO = new Set(['do', 'does', 'did']);
const NOT_DO = new Set(["don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt']);
/** Marks that end the work a contrast puts right. */
const BREAKS = new Set([',', ';', '.', '!', '?', '\u2013', '\u2014', ':']);
/** Words that open the other half of a contrast. */
const CONTRASTS = new Set(['but', 'whereas', 'while', 'whilst']);
/** Adverbs beside the "do" that stands for the work: "radiographers actually do", "radiographers do instead". */
const ELIDED_BEFORE = new Set(['actually', 'really', 'usually', 'normally', 'always']);
const ELIDED_AFTER = new Set(['instead', 'that', 'this', 'it', 'though', 'actually']);
