/**
 * A paragraph whose lines are indented to different depths, as a mind map or
 * an outline pasted from another app comes out in Markdown:
 *
 *     Imaging
 *     	Diagnostic radiographers
 *     		technology: X-ray machines, CT scanners
 *     		position the patient on the table
 *
 * Markdown reads it as one paragraph; its writer meant a tree. Each line is
 * read as an item under the nearest line above it that is indented less, as
 * a nested list would be. Hard-wrapped prose, whose lines are indented alike
 * or not at all, is left as it is.
 *
 * `splitLines` (delimited.ts) calls `splitOutline` on each paragraph that
 * the mdast and micromark paths add, so both read it the same.
 */
import { pushBlock, tokenCursor, type Prose } from './prose.js';

/** Lines an outline has at least: fewer are a wrapped sentence. */
const MIN_LINES = 3;
/** A tab counts as this many spaces of indentation. */
const TAB = 4;

/**
 * Splits the last block of `prose`, a paragraph in a unit of its own, into
 * one item per line when its lines are an outline. `text` holds the source
 * from offset `base`.
 */
export function splitOutline(prose: Prose, text: string, base: number): void {
  const b = prose.blocks.length - 1;
  const block = prose.blocks[b];
  if (!block || block.kind !== 'paragraph') return;
  const unit = prose.units[block.unit]!;
  // A paragraph of its own, or the first of a list item ("1. Information and records" and the outline under it).
  if ((unit.kind !== 'paragraph' && unit.kind !== 'listItem') || unit.blocks.length !== 1) return;
  const lines = linesOf(text, block.start - base, block.end - base);
  if (lines.length < MIN_LINES) return;
  const rest = lines.slice(1);
  const indented = rest.filter((l) => l.indent > 0).length;
  const depths = new Set(lines.map((l) => l.indent));
  // Lines drawn as a tree ("├── Renal technicians – ...") are one at any number of depths.
  const branches = rest.filter((l) => l.branch).length;
  if (indented * 2 < rest.length || (depths.size < 3 && branches * 2 < rest.length && !pointsUnder(text, block.start - base, lines, unit.kind))) return;

  // The block and its unit become the first line's; each further line gets a unit under the nearest shallower line.
  prose.blocks.pop();
  unit.blocks = [];
  unit.kind = 'listItem';
  /** The lines above that are indented less than each one after them, innermost last: a line's parent is the last. */
  const open: { indent: number; unit: number }[] = [];
  const take = tokenCursor(block.tokens);
  lines.forEach((line, i) => {
    const start = base + line.start;
    const end = base + line.end;
    // The tree's drawing is no part of the line's text.
    const tokens = take(start, end);
    while (open.length > 0 && open[open.length - 1]!.indent >= line.indent) open.pop();
    const u = i === 0 ? block.unit : prose.units.push({ kind: 'listItem', parent: open.length > 0 ? open[open.length - 1]!.unit : unit.parent, blocks: [] }) - 1;
    open.push({ indent: line.indent, unit: u });
    if (tokens.length === 0) return;
    const leadEnd = i === 0 && block.leadEnd >= 0 && block.leadEnd <= end ? block.leadEnd : -1;
    pushBlock(prose, { unit: u, kind: 'paragraph', depth: 0, start, end, tokens, leadEnd, emphasisOnly: i === 0 && block.emphasisOnly && block.leadEnd <= end, cell: -1 });
  });
}

/**
 * Whether the lines after a list item's first are its lettered or numbered
 * points ("2. Phlebotomist" and "    a) takes blood from patients"): each
 * indented past where the item's text starts, most opening with a point's
 * label. Lines wrapped under the item's text stand at its column, or at none.
 */
function pointsUnder(text: string, start: number, lines: readonly Line[], kind: string): boolean {
  if (kind !== 'listItem') return false;
  const column = start - (text.lastIndexOf('\n', start - 1) + 1);
  const rest = lines.slice(1);
  const labelled = rest.filter((l) => POINT_LABEL.test(text.slice(l.start, l.start + 8))).length;
  return rest.every((l) => l.indent > column) && labelled * 2 >= rest.length;
}
/** A point's label: "a)", "(ii)", "i.", "1.1", "b." before a space. */
const POINT_LABEL = /^(?:\(?[a-z]{1,3}\)|[a-z]{1,3}\.|\d+(?:\.\d+)+\.?)\s/i;

/** A line of an outline: where it starts (after its indentation) and ends, its indentation, and whether it is drawn as a tree's branch. */
interface Line {
  start: number;
  end: number;
  indent: number;
  branch: boolean;
}

/**
 * Whether a character draws a tree: a box-drawing character ("├──", "│",
 * "└──"), or the ASCII "|--", "+--", "`--" of `tree` and hand-drawn charts.
 */
function drawsTree(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x2500 && c <= 0x257f) return true;
  if (c === 0x7c || c === 0x2b || c === 0x60 || c === 0x5c) {
    const next = text[i + 1];
    return next === '-' || next === ' ' || next === '\t' || next === '_';
  }
  // The dashes of an ASCII branch ("|--", "+--") after its corner.
  return c === 0x2d && i > 0 && (text[i - 1] === '-' || text[i - 1] === '|' || text[i - 1] === '+' || text[i - 1] === '`' || text[i - 1] === '\\');
}

/** Whether a character opens a tree's branch rather than only drawing the trunk beside it ("├", "└", "|--"). */
function opensBranch(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x2500 && c <= 0x257f) return c !== 0x2502 && c !== 0x2503 && c !== 0x2551;
  return text[i + 1] === '-' || text[i + 1] === '_';
}

/** The lines of text[from, to). */
function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let at = from;
  let first = true;
  while (at < to) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > to) nl = to;
    let start = at;
    let indent = 0;
    let branch = false;
    for (; start < nl; start++) {
      const c = text[start];
      if (c === ' ' || c === '\t') {
        // The first line's own indentation is not in the paragraph's text.
        if (!first) indent += c === '\t' ? TAB : 1;
      } else if (drawsTree(text, start)) {
        branch ||= opensBranch(text, start);
        indent++;
      } else break;
    }
    let end = nl;
    if (end > start && text[end - 1] === '\r') end--;
    if (end > start) lines.push({ start, end, indent, branch });
    first = false;
    at = nl + 1;
  }
  return lines;
}
