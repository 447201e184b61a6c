/**
 * References to a role by its place in the answer's own list: "## Role 2",
 * "**Role 1** carries out tests", "The first role works in the imaging
 * department", "the second one I mentioned", "Finally, the last role".
 * Students introduce their roles ("These are: 1. Radiographer 2. Sonographer
 * ...", "for example radiographers, surgical technologists and prosthetists")
 * and then describe them by number. Each such reference stands for the role
 * at that place, as a name of it would, so that what follows it is that
 * role's text; it is no mention of the role (a role is named where it is
 * named).
 *
 * The list a number counts in is the last list before it whose items each
 * name a role (the first role of each item), or else the roles in the order
 * the answer first names them. A reference in a sentence that names a role
 * itself ("The first role I chose is the sonographer") is left to the name.
 */
import type { Span } from './clauses.js';
import type { NamedBlock } from './defined.js';
import type { Unit } from './prose.js';
import type { TermMatch } from './terms.js';
import type { Token } from './text.js';

/** The reference matches of each block that holds any, by block index; `sentencesOf` gives a block's sentences. */
export function ordinalReferences(blocks: readonly NamedBlock[], sentencesOf: (b: number) => readonly Span[], units: readonly Unit[]): Map<number, TermMatch[]> {
  const found = new Map<number, TermMatch[]>();
  /** Role ids in the order first named. */
  const firstNamed: string[] = [];
  const addNamed = (roles: NamedBlock['roles'], from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      const id = roles[k]!.id;
      if (id !== undefined && !firstNamed.includes(id)) firstNamed.push(id);
    }
  };
  /** The roles of the last complete list whose items each name one. */
  let listed: string[] | undefined;
  /** The list being read: its roles, or null once an item names none. */
  let run: string[] | null = [];
  let runUnit = -1;
  const endRun = (): void => {
    if (run && run.length >= 2) listed = run;
    run = [];
  };
  /** Whether the last block to name roles named two: then "the first one" is the first of them (see `formerAndLatter`). */
  let lastPair = false;
  blocks.forEach(({ block, roles }, b) => {
    const unit = units[block.unit]!;
    // A sub-item belongs to its item, and neither ends the list nor adds to it.
    if (unit.kind !== 'listItem') endRun();
    else if (unit.parent < 0 && block.unit !== runUnit && unit.blocks[0] === b) {
      runUnit = block.unit;
      const id = roles.find((r) => r.id !== undefined)?.id;
      if (run) run = id === undefined ? null : [...run, id];
    }
    const tokens = block.tokens;
    let r = 0;
    for (const s of sentencesOf(b)) {
      const before = r;
      while (r < roles.length && roles[r]!.match.first <= s.last) r++;
      const names = roles.slice(before, r).some((x) => x.id !== undefined);
      if (!names) {
        for (let i = s.first; i <= s.last; i++) {
          const ref = referenceAt(tokens, i, s.first, s.last, blockNamesBefore(roles, i) || lastPair);
          if (!ref) continue;
          const order = listed ?? firstNamed;
          const id = ref.place === LAST ? order.at(-1) : order[ref.place - 1];
          if (id !== undefined) {
            let list = found.get(b);
            if (!list) found.set(b, (list = []));
            list.push({ target: { kind: 'role', id, term: '' }, first: ref.first, last: ref.last, reference: true });
          }
          i = ref.last;
        }
      }
      addNamed(roles, before, r);
    }
    addNamed(roles, r, roles.length);
    const ids = new Set(roles.map((x) => x.id).filter((id) => id !== undefined));
    if (ids.size > 0) lastPair = ids.size === 2;
  });
  return found;
}

function blockNamesBefore(roles: NamedBlock['roles'], i: number): boolean {
  return roles.some((r) => r.id !== undefined && r.match.last < i);
}

/** The place of "the last role". */
const LAST = -1;

const ORDINALS = new Map<string, number>(Object.entries({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10,
  last: LAST, final: LAST,
}));
const NUMBERS = new Map<string, number>(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7, '8': 8, '9': 9, '10': 10,
}));
/** Nouns a place in the list is given with: "the second role", "role 2". */
const PLACE_NOUNS = new Set(['role', 'job', 'practitioner', 'profession', 'professional', 'career', 'occupation']);
/** Words before an ordinal that make it a reference: "the first role", "my second job". */
const ORDINAL_DETERMINERS = new Set(['the', 'my', 'our', 'this']);
/** What after "role 2" shows the number counts something else: "job 2 years ago". */
const COUNTED = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'time', 'percent']);

/**
 * A reference to a place in the list at `i`: "the first role", "the third
 * practitioner", "the second one I mentioned", "Role 2", "role #3".
 * "the first one" counts only when it says it refers back ("I mentioned",
 * "listed above"), or when no role is named before it in its block and the
 * last block to name roles named more than two (`pairBefore`): else it is the
 * first of two just named (see `formerAndLatter`). Not "the first job of the
 * day".
 */
function referenceAt(tokens: readonly Token[], i: number, first: number, last: number, pairBefore: boolean): { first: number; last: number; place: number } | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word') return undefined;
  const ordinal = ORDINALS.get(t.lower);
  if (ordinal !== undefined) {
    const noun = tokens[i + 1];
    if (!noun || i + 1 > last || noun.kind !== 'word') return undefined;
    const before = tokens[i - 1];
    if (i > first && !(before?.kind === 'word' && ORDINAL_DETERMINERS.has(before.lower))) return undefined;
    const one = noun.lower === 'one';
    if (!one && !PLACE_NOUNS.has(noun.lower)) return undefined;
    if (tokens[i + 2]?.lower === 'of') return undefined;
    const end = pointingBackEnd(tokens, i + 2, last);
    if (one && end < 0 && (pairBefore || before?.lower !== 'the')) return undefined;
    return { first: i, last: end >= 0 ? end : i + 1, place: ordinal };
  }
  if (!PLACE_NOUNS.has(t.lower)) return undefined;
  let k = i + 1;
  if (tokens[k]?.text === '#') k++;
  const n = tokens[k];
  const place = n && k <= last ? NUMBERS.get(n.lower) : undefined;
  if (place === undefined || COUNTED.has(tokens[k + 1]?.norm ?? '')) return undefined;
  const end = pointingBackEnd(tokens, k + 1, last);
  return { first: i, last: end >= 0 ? end : k, place };
}

/** Where words that say a reference points back end ("I mentioned", "listed above", "from my list"), from `i`; -1 when there are none. */
function pointingBackEnd(tokens: readonly Token[], i: number, last: number): number {
  const w = (k: number): string => (k <= last ? tokens[k]?.lower ?? '' : '');
  if ((w(i) === 'on' || w(i) === 'from' || w(i) === 'in') && w(i + 1) === 'my' && w(i + 2) === 'list') return i + 2;
  let k = i;
  if (w(k) === 'that' || w(k) === 'which') k++;
  if (w(k) === 'i' || w(k) === "i've" || w(k) === 'we') k++;
  if (w(k) === 'have' || w(k) === 'had') k++;
  if (!POINTING_BACK.has(w(k))) return -1;
  return BACK_PLACES.has(w(k + 1)) ? k + 1 : k;
}
const POINTING_BACK = new Set(['mentioned', 'listed', 'named', 'said', 'introduced', 'chose', 'chosen', 'picked', 'above']);
const BACK_PLACES = new Set(['above', 'earlier', 'before', 'previously', 'first']);
