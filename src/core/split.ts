/**
 * Where a Markdown document can be cut into pieces that parse on their own
 * exactly as they do in the whole: before a line that starts a new top-level
 * block after a blank line, outside front matter, fenced code and the HTML
 * blocks that may hold blank lines. Parsing a long answer in pieces of a few
 * kilobytes is faster (less garbage to collect) and keeps peak memory low.
 *
 * One scan over the lines; no regular expression touches the text.
 */

/** Pieces are cut once they reach this many characters. */
export const PIECE_SIZE = 2048;

const HTML_BLOCK_TAGS = ['script', 'pre', 'style', 'textarea'];

function isBlankLine(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

function lineEnd(source: string, start: number): number {
  let i = start;
  while (i < source.length && source.charCodeAt(i) !== 0x0a && source.charCodeAt(i) !== 0x0d) i++;
  return i;
}

function nextLine(source: string, end: number): number {
  if (source.charCodeAt(end) === 0x0d && source.charCodeAt(end + 1) === 0x0a) return end + 2;
  return end + 1;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c >= 0xc0;
}

/** Whether a line at column 0 surely starts a new, self-contained block: text, a heading, a bold lead, a table. */
function startsPlainBlock(source: string, at: number): boolean {
  const c = source.charCodeAt(at);
  if (isLetter(c) || c === 0x23 /* # */ || c === 0x7c /* | */) return true;
  // "**Bold lead**", not a "* " list item.
  return (c === 0x2a || c === 0x5f) && source.charCodeAt(at + 1) === c;
}

/** The end marker of an HTML block that may hold blank lines, if a line opens one. */
function htmlBlockEnd(source: string, start: number, end: number): string | undefined {
  let i = start;
  while (i < end && i - start < 4 && source.charCodeAt(i) === 0x20) i++;
  if (source.charCodeAt(i) !== 0x3c /* < */) return undefined;
  const rest = source.slice(i + 1, Math.min(end, i + 12)).toLowerCase();
  if (rest.startsWith('!--')) return '-->';
  if (rest.startsWith('?')) return '?>';
  if (rest.startsWith('![cdata[')) return ']]>';
  if (rest.startsWith('!')) return '>';
  for (const tag of HTML_BLOCK_TAGS) {
    if (rest.startsWith(tag)) {
      const after = rest.charCodeAt(tag.length);
      if (Number.isNaN(after) || after === 0x20 || after === 0x3e || after === 0x09) return `</${tag}>`;
    }
  }
  return undefined;
}

/** A fence a line opens or closes: its character and length, or undefined. */
function fenceOf(source: string, start: number, end: number): { char: number; length: number; rest: boolean } | undefined {
  let i = start;
  while (i < end && i - start < 4 && source.charCodeAt(i) === 0x20) i++;
  if (i - start > 3) return undefined;
  const char = source.charCodeAt(i);
  if (char !== 0x60 && char !== 0x7e) return undefined;
  let j = i;
  while (j < end && source.charCodeAt(j) === char) j++;
  if (j - i < 3) return undefined;
  return { char, length: j - i, rest: !isBlankLine(source, j, end) };
}

/**
 * Offsets where the document may be cut, ascending, starting with 0. None
 * but 0 when the document has link reference definitions (`[x]: url`),
 * which act on the whole document.
 */
export function pieceStarts(source: string, size = PIECE_SIZE): number[] {
  const starts = [0];
  if (source.length <= size || source.includes(']:')) return starts;
  let at = 0;
  // Front matter: never cut inside it.
  const first = lineEnd(source, 0);
  const opener = source.slice(0, first).trimEnd();
  if (opener === '---' || opener === '+++') {
    let line = nextLine(source, first);
    while (line < source.length) {
      const end = lineEnd(source, line);
      const text = source.slice(line, end).trimEnd();
      line = nextLine(source, end);
      if (text === opener) break;
    }
    at = line;
  }
  let fence: { char: number; length: number } | undefined;
  let htmlEnd: string | undefined;
  let previousBlank = false;
  let pieceStart = 0;
  while (at < source.length) {
    const end = lineEnd(source, at);
    const blank = isBlankLine(source, at, end);
    if (fence) {
      const f = fenceOf(source, at, end);
      if (f && f.char === fence.char && f.length >= fence.length && !f.rest) fence = undefined;
    } else if (htmlEnd) {
      if (source.slice(at, end).toLowerCase().includes(htmlEnd)) htmlEnd = undefined;
    } else {
      if (previousBlank && at - pieceStart >= size && startsPlainBlock(source, at)) {
        starts.push(at);
        pieceStart = at;
      }
      const f = fenceOf(source, at, end);
      if (f) {
        fence = { char: f.char, length: f.length };
      } else {
        const marker = htmlBlockEnd(source, at, end);
        // The end marker may stand on the opening line itself.
        if (marker && !source.slice(at, end).toLowerCase().includes(marker, marker === '>' ? 2 : 0)) htmlEnd = marker;
      }
    }
    previousBlank = blank;
    at = end < source.length ? nextLine(source, end) : end;
  }
  return starts;
}
