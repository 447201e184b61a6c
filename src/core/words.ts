/**
 * Word counts, one rule for every front end (status bar, Coverage view,
 * hover card, CLI JSON and CSV, class report).
 *
 * A word is a run of letters or digits as the tokenizer reads it, with
 * in-word apostrophes and hyphens kept ("patient's", "X-ray" are one word).
 * Only prose counts: headings, paragraphs, list items and table cells, and
 * link text. Code, inline code, link URLs, HTML comments and front matter do
 * not count. Headings count, as they do in Word's own word count.
 */
import type { Prose } from './prose.js';

/** A range of offsets in the source, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Counts the words of the prose (of `source`) that start inside `ranges` (all of the
 * prose when no ranges are given). Ranges may be in any order and may overlap.
 */
export function countWords(prose: Prose, source: string, ranges?: readonly Range[]): number {
  const sorted = ranges ? merge(ranges) : undefined;
  let count = 0;
  let r = 0;
  for (const block of prose.blocks) {
    let lastStart = -1;
    let lastEnd = -1;
    for (const t of block.tokens) {
      if (t.kind !== 'word') continue;
      // A word split in two for matching ("cybersecurity") gives two tokens with one start;
      // a hyphenated word ("X-ray") gives two with only the hyphen between.
      const joined = t.start === lastStart || (t.start === lastEnd + 1 && source.charCodeAt(lastEnd) === 0x2d);
      lastStart = t.start;
      lastEnd = t.end;
      if (joined) continue;
      if (sorted) {
        while (r < sorted.length && sorted[r]!.end <= t.start) r++;
        if (r >= sorted.length) return count;
        if (t.start < sorted[r]!.start) continue;
      }
      count++;
    }
  }
  return count;
}

/** Sorts ranges and joins the ones that overlap or touch. */
function merge(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ start: range.start, end: range.end });
  }
  return out;
}
