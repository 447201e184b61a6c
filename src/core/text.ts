/**
 * Tokenising and normalising prose so that role and technology names match
 * whatever case, plural or British/American spelling a student uses.
 *
 * Everything here is a single left-to-right scan over characters or a map
 * lookup: no regular expression is applied to the student's text, so no input
 * can make matching super-linear.
 */

/** A word or a punctuation mark of the prose, with its place in the source. */
export interface Token {
  /** Offset of the first character in the document source. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The characters as written. */
  text: string;
  /** Lower-cased, spelling-normalised, without plural `s` (words only). */
  norm: string;
  /** Lower-cased and spelling-normalised, plural kept: used to look up verb forms. */
  lower: string;
  kind: 'word' | 'punct' | 'break';
  /** Whether every letter is a capital (abbreviations such as `ODP`, `ODPs`). */
  caps: boolean;
  /** Whether the word has no capital letters. */
  allLower: boolean;
}

/** A piece of prose at a known place in the source; empty text marks a hard break (inline code, an image). */
export interface Segment {
  start: number;
  text: string;
}

const enum Ch {
  Apostrophe = 0x27,
  RightQuote = 0x2019,
  Hyphen = 0x2d,
}

function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  // Latin-1 and Latin Extended letters (é, ö, ...); the rest of Unicode counts as punctuation.
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x0c;
}

/**
 * Splits prose segments into tokens. Hyphens inside a word (`X-ray`,
 * `heart-lung`) split it into words with no punctuation between them, so
 * `X-ray`, `X ray` and `xray` all match one term. Each segment ends with a
 * `break` token so that no name is matched across, say, inline code.
 */
export function tokenize(segments: readonly Segment[]): Token[] {
  const tokens: Token[] = [];
  for (const segment of segments) {
    const text = segment.text;
    const base = segment.start;
    if (text === '') {
      tokens.push(makeToken('', base, base, 'break'));
      continue;
    }
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) {
        i++;
        continue;
      }
      if (isLetterOrDigit(code)) {
        let j = i + 1;
        while (j < text.length) {
          const c = text.charCodeAt(j);
          if (isLetterOrDigit(c)) {
            j++;
          } else if ((c === Ch.Apostrophe || c === Ch.RightQuote) && j + 1 < text.length && isLetterOrDigit(text.charCodeAt(j + 1))) {
            // Keep "patient's" and "isn't" whole.
            j += 2;
          } else {
            break;
          }
        }
        if (startsUrl(text, i, j) || startsEmail(text, j)) {
          // A bare URL ("https://...", "www....") or e-mail address ("sonography@nhs.net"): not prose.
          while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
          tokens.push(makeToken('', base + i, base + j, 'break'));
          i = j;
          continue;
        }
        pushWord(tokens, text.slice(i, j), base + i, base + j);
        // An in-word hyphen is dropped: the next word follows directly.
        if (j + 1 < text.length && text.charCodeAt(j) === Ch.Hyphen && isLetterOrDigit(text.charCodeAt(j + 1))) {
          j++;
        }
        i = j;
        continue;
      }
      tokens.push(makeToken(text[i]!, base + i, base + i + 1, 'punct'));
      i++;
    }
  }
  return tokens;
}

/** Whether the word at [i, j) starts a URL: a scheme before "://", or "www." */
function startsUrl(text: string, i: number, j: number): boolean {
  if (text.charCodeAt(j) === 0x3a && text.charCodeAt(j + 1) === 0x2f && text.charCodeAt(j + 2) === 0x2f) return true;
  return j - i === 3 && text.charCodeAt(j) === 0x2e && text.slice(i, j).toLowerCase() === 'www';
}

/** Whether the word ending at j is the local part of an e-mail address: "@" and a letter or digit follow. */
function startsEmail(text: string, j: number): boolean {
  return text.charCodeAt(j) === 0x40 && j + 1 < text.length && isLetterOrDigit(text.charCodeAt(j + 1));
}

function makeToken(text: string, start: number, end: number, kind: Token['kind']): Token {
  return { start, end, text, norm: text, lower: text, kind, caps: false, allLower: true };
}

function pushWord(tokens: Token[], text: string, start: number, end: number): void {
  const word = wordOf(text);
  const forms = word.forms;
  for (let p = 0; p < forms.length; p += 2) {
    tokens.push({ start, end, text, norm: forms[p + 1]!, lower: forms[p]!, kind: 'word', caps: word.caps, allLower: word.allLower });
  }
}

/** What a word as written reads as: its forms and its case. */
interface WordInfo {
  /** The spelling-folded and singular forms of each part of the word, as [lower, norm, lower, norm, ...]. */
  forms: readonly string[];
  caps: boolean;
  allLower: boolean;
}

/**
 * Words as written, read once: answers repeat their words, so what each
 * reads as is remembered (up to a bound).
 */
const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 50_000;

function wordOf(text: string): WordInfo {
  let info = wordCache.get(text);
  if (!info) {
    const lowerRaw = text.toLowerCase();
    const caps = hasLetter(text) && isCapsWord(text);
    // Possessives name the same thing: "the phlebotomist's job".
    let word = lowerRaw;
    if (word.endsWith("'s") || word.endsWith('\u2019s')) word = word.slice(0, -2);
    const forms: string[] = [];
    // A capital S ends a short abbreviation ("IDS", "PACS", "LIMS"); only a small one is a plural ("ODPs").
    const acronymS = caps && text.length <= 4 && text.endsWith('S');
    // "ROBOTICS SPECIALIST", "RADIOGRAPHERS": a long word in capitals is shouted, not an abbreviation.
    const shouted = caps && text.length > 5 && text === text.toUpperCase();
    for (const part of splitCompound(spelling(word))) forms.push(part, acronymS ? part : singular(part, caps && !shouted));
    info = { forms, caps, allLower: lowerRaw === text };
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(text, info);
  }
  return info;
}

function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  }
  return false;
}

/** `ODP`, `ODPs`, `EHRs`, `CT`: capitals, with at most a plural `s` after two or more. */
function isCapsWord(text: string): boolean {
  let end = text.length;
  if (end > 2 && text.charCodeAt(end - 1) === 0x73) end--;
  let letters = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) letters++;
  }
  return letters >= 2 || (letters === 1 && end === 1);
}

/** Words written as one or two words: both forms normalise to the two-word form. */
const COMPOUNDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['cybersecurity', ['cyber', 'security']],
  ['healthcare', ['health', 'care']],
  ['xray', ['x', 'ray']],
  ['xrays', ['x', 'rays']],
  ['wifi', ['wi', 'fi']],
  ['eprescribing', ['e', 'prescribing']],
  ['telehealth', ['tele', 'health']],
  ['telemedicine', ['tele', 'medicine']],
  ['ultrasonographer', ['ultrasonographer']],
  ['antivirus', ['anti', 'virus']],
  ['email', ['e', 'mail']],
  ['microprocessor', ['micro', 'processor']],
  ['dataset', ['data', 'set']],
  ['database', ['data', 'base']],
]);

function splitCompound(word: string): readonly string[] {
  return COMPOUNDS.get(word) ?? [word];
}

/** Whole-word spellings that rules would get wrong or miss. */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['programmed', 'programed'],
  ['programming', 'programing'],
  ['catalogue', 'catalog'],
  ['grey', 'gray'],
  ['aluminium', 'aluminum'],
  ['sulphur', 'sulfur'],
  ['foetus', 'fetus'],
  ['foetuses', 'fetuses'],
  ['foetal', 'fetal'],
  ['labelling', 'labeling'],
  ['labelled', 'labeled'],
  ['travelling', 'traveling'],
  ['modelling', 'modeling'],
  ['modelled', 'modeled'],
  ['cancelled', 'canceled'],
  ['signalling', 'signaling'],
  ['enrol', 'enroll'],
  ['fulfil', 'fulfill'],
  ['ageing', 'aging'],
  ['practise', 'practice'],
  ['licence', 'license'],
  ['defence', 'defense'],
  ['offence', 'offense'],
]);

/**
 * Folds British spellings onto American ones (both sides of every comparison
 * go through this, so the direction does not matter): haem/hem, anaes/anes,
 * paed/ped, oes/es, -ise/-ize, -yse/-yze, -our/-or, -re/-er.
 */
export function spelling(word: string): string {
  const whole = SPELLINGS.get(word);
  if (whole !== undefined) return whole;
  let w = word;
  if (w.length < 4) return w;
  w = replaceInfix(w, 'haem', 'hem');
  w = replaceInfix(w, 'anaes', 'anes');
  w = replaceInfix(w, 'paed', 'ped');
  w = replaceInfix(w, 'leukaem', 'leukem');
  w = replaceInfix(w, 'anaem', 'anem');
  w = replaceInfix(w, 'oesoph', 'esoph');
  w = replaceInfix(w, 'oedema', 'edema');
  w = replaceInfix(w, 'orthopaed', 'orthoped');
  w = replaceInfix(w, 'colour', 'color');
  w = replaceInfix(w, 'tumour', 'tumor');
  w = replaceInfix(w, 'behaviour', 'behavior');
  w = replaceInfix(w, 'favour', 'favor');
  w = replaceInfix(w, 'labour', 'labor');
  w = replaceInfix(w, 'centre', 'center');
  w = replaceInfix(w, 'fibre', 'fiber');
  w = replaceInfix(w, 'metre', 'meter');
  w = replaceInfix(w, 'litre', 'liter');
  w = replaceInfix(w, 'optimis', 'optimiz');
  w = replaceSuffixes(w);
  return w;
}

function replaceInfix(word: string, from: string, to: string): string {
  const at = word.indexOf(from);
  if (at < 0) return word;
  return word.slice(0, at) + to + word.slice(at + from.length);
}

const SUFFIXES: readonly (readonly [string, string])[] = [
  ['isation', 'ization'],
  ['isations', 'izations'],
  ['ising', 'izing'],
  ['ised', 'ized'],
  ['iser', 'izer'],
  ['isers', 'izers'],
  ['ises', 'izes'],
  ['ise', 'ize'],
  ['ysing', 'yzing'],
  ['ysed', 'yzed'],
  ['yser', 'yzer'],
  ['ysers', 'yzers'],
  ['yses', 'yzes'],
  ['yse', 'yze'],
];

/** Words ending in -ise/-yse that have no -ize form; left alone so they stay readable in debugging. */
const NOT_IZE = new Set(['wise', 'rise', 'raise', 'noise', 'poise', 'praise', 'precise', 'concise', 'expertise', 'exercise', 'otherwise', 'likewise', 'promise', 'premise', 'franchise', 'surprise', 'compromise', 'enterprise', 'advertise', 'advise', 'devise', 'revise', 'supervise', 'televise', 'comprise', 'despise', 'disguise', 'chemise', 'cruise', 'bruise', 'paradise', 'arise', 'analyses']);

function replaceSuffixes(word: string): string {
  for (const [from, to] of SUFFIXES) {
    if (word.length > from.length + 1 && word.endsWith(from)) {
      const stem = word.slice(0, word.length - from.length);
      const baseForm = stem + (from.startsWith('y') ? 'yse' : 'ise');
      if (NOT_IZE.has(baseForm) || NOT_IZE.has(word)) return word;
      return stem + to;
    }
  }
  return word;
}

/** Words that end in `s` in the singular. */
const SINGULAR_S = new Set(['analysis', 'diagnosis', 'dialysis', 'hemodialysis', 'prosthesis', 'orthosis', 'sepsis', 'physics', 'robotics', 'informatics', 'genetics', 'statistics', 'news', 'series', 'species', 'lens', 'gas', 'bias', 'atlas', 'canvas', 'status', 'virus', 'apparatus', 'stimulus', 'bus', 'plus', 'campus', 'focus', 'thesis', 'basis', 'axis', 'crisis', 'this', 'his', 'its', 'us', 'is', 'was', 'has', 'does', 'as', 'always', 'across', 'less', 'unless', 'process', 'access', 'address', 'business', 'mass', 'glass', 'class', 'pass', 'press', 'stress', 'success', 'progress', 'fitness', 'illness', 'wellness', 'loss', 'cross', 'gloss', 'chaos', 'ethos', 'logistics', 'electronics', 'optics', 'acoustics', 'orthotics', 'prosthetics', 'diagnostics', 'therapeutics', 'ergonomics', 'analytics', 'forensics', 'mathematics', 'economics', 'politics', 'ethics', 'pancreas', 'thorax', 'uterus', 'fetus', 'anus', 'sinus', 'bronchus', 'pelvis', 'tennis', 'chassis', 'corpus', 'census', 'consensus', 'versus', 'via', 'various', 'numerous', 'serious', 'previous', 'nervous', 'obvious', 'anxious', 'infectious', 'cancerous', 'dangerous', 'hazardous', 'continuous', 'autonomous', 'gps', 'sms', 'os', 'ios', 'ms', 'https', 'hiv', 'dos']);

/**
 * Drops a regular plural ending. Only ever applied to single words; the same
 * function normalises the dataset's names, so a word that does not really
 * inflect this way still matches itself.
 */
export function singular(word: string, caps: boolean): string {
  const n = word.length;
  if (caps) {
    // ODPs -> odp, EHRs -> ehr; CT, MRI untouched.
    return n > 2 && word.charCodeAt(n - 1) === 0x73 ? word.slice(0, -1) : word;
  }
  if (n <= 3 || word.charCodeAt(n - 1) !== 0x73 || SINGULAR_S.has(word)) return word;
  if (word.endsWith('ies') && n > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses') || word.endsWith('xes') || word.endsWith('ches') || word.endsWith('shes') || word.endsWith('zes') || word.endsWith('uses')) {
    return word.slice(0, -2);
  }
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  return word.slice(0, -1);
}

/** Normalises a dataset term into the word keys the matcher compares. */
export function termKeys(term: string): { keys: string[]; caps: boolean[] } {
  const tokens = tokenize([{ start: 0, text: term }]).filter((t) => t.kind === 'word');
  return {
    keys: tokens.map((t) => t.norm),
    caps: tokens.map((t) => t.caps && t.text.length >= 2),
  };
}
