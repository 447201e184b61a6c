/**
 * A paragraph whose lines are comma- or tab-separated values, as a
 * spreadsheet pasted into an answer comes out in Markdown:
 *
 *     Role,Technology,Duties
 *     Phlebotomist,,"Takes blood samples, labels them"
 *     Clinical coder,"ICD-10, OPCS-4",Reads the notes and assigns codes
 *
 * Markdown reads it as one paragraph; its writer meant a table. It is read
 * as one: a row per line, a cell per field, the first line the header row,
 * as a Markdown table would be. The lines are a table only when every line
 * has the same number of fields, the first line reads as a header (short
 * fields, no sentence), and the lines cannot be wrapped prose: fields
 * separated by tabs, or three fields or more, or a quoted or empty field.
 *
 * Lines of fields with " | " or " / " between them and no header, as notes
 * typed up from sticky notes come out, are a record per line instead: each
 * is read as an item of a list (`splitRecords`).
 *
 * prose.ts (the mdast path) and chunks.ts (the micromark path) both call
 * `splitDelimited` on a paragraph they have just added, so both read it the same.
 */
import type { Block, Prose } from './prose.js';

/** Lines a pasted table has at least: a header and two rows. */
const MIN_LINES = 3;
/** Words a header field has at most ("Main duties", "Technology used"). */
const HEADER_WORDS = 3;

/** One field of a line: text[start, end), without its quotation marks. */
interface Field {
  start: number;
  end: number;
  /** Whether it was written in quotation marks. */
  quoted: boolean;
}

/**
 * Splits the last block of `prose`, a paragraph in a unit of its own, into a
 * table's rows and cells when its lines are delimited values. `text` holds
 * the source from offset `base`. Returns whether it did.
 */
export function splitDelimited(prose: Prose, text: string, base: number): boolean {
  const b = prose.blocks.length - 1;
  const block = prose.blocks[b];
  if (!block || block.kind !== 'paragraph' || block.leadEnd >= 0) return false;
  const unit = prose.units[block.unit]!;
  if (unit.kind !== 'paragraph' || unit.blocks.length !== 1) return false;
  const from = block.start - base;
  const to = block.end - base;
  // Most paragraphs are one or two lines: no table.
  let newlines = 0;
  for (let i = from; i < to && newlines < MIN_LINES - 1; i++) if (text.charCodeAt(i) === 0x0a) newlines++;
  if (newlines < MIN_LINES - 1) return false;
  const rows = delimitedLines(text, from, to);
  if (!rows) return splitRecords(prose, text, base);

  // The block and its unit become the header row's; each further line is a row of the same table.
  prose.blocks.pop();
  unit.blocks = [];
  unit.kind = 'row';
  unit.header = block.unit;
  let t = 0;
  rows.forEach((fields, r) => {
    const u = r === 0 ? block.unit : prose.units.push({ kind: 'row', parent: unit.parent, blocks: [], header: block.unit }) - 1;
    fields.forEach((field, cell) => {
      const start = base + field.start;
      const end = base + field.end;
      while (t < block.tokens.length && block.tokens[t]!.start < start) t++;
      const first = t;
      while (t < block.tokens.length && block.tokens[t]!.start < end) t++;
      if (t === first) return;
      const item: Block = { unit: u, kind: 'cell', depth: 0, start, end, tokens: block.tokens.slice(first, t), leadEnd: -1, emphasisOnly: false, cell };
      prose.blocks.push(item);
      prose.units[u]!.blocks.push(prose.blocks.length - 1);
    });
  });
  return true;
}

/**
 * Lines of fields separated by " | " or " / " with no header and any number
 * of fields ("Medical physicist | radiotherapy | linac | works out the dose"),
 * as notes typed up from sticky notes or a brainstorm come out: a record per
 * line, each read as an item of a list. Every line but one must hold the
 * separator, with a space either side. Returns whether it split the block.
 */
function splitRecords(prose: Prose, text: string, base: number): boolean {
  const b = prose.blocks.length - 1;
  const block = prose.blocks[b]!;
  const unit = prose.units[block.unit]!;
  const lines: { start: number; end: number }[] = [];
  let separated = 0;
  for (let at = block.start - base; at < block.end - base; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > block.end - base) nl = block.end - base;
    const line = text.slice(at, nl);
    if (line.trim() !== '') lines.push({ start: at, end: nl });
    if (line.includes(' | ') || line.includes(' / ')) separated++;
    at = nl + 1;
  }
  if (lines.length < MIN_LINES || separated < lines.length - 1) return false;
  prose.blocks.pop();
  unit.blocks = [];
  unit.kind = 'listItem';
  let t = 0;
  lines.forEach((line, i) => {
    const start = base + line.start;
    const end = base + line.end;
    const first = t;
    while (t < block.tokens.length && block.tokens[t]!.start < end) t++;
    if (t === first) return;
    const u = i === 0 ? block.unit : prose.units.push({ kind: 'listItem', parent: unit.parent, blocks: [] }) - 1;
    prose.blocks.push({ unit: u, kind: 'paragraph', depth: 0, start, end, tokens: block.tokens.slice(first, t), leadEnd: -1, emphasisOnly: false, cell: -1 });
    prose.units[u]!.blocks.push(prose.blocks.length - 1);
  });
  return true;
}

/** The fields of each line of text[from, to) when the lines are a pasted table, or undefined. */
function delimitedLines(text: string, from: number, to: number): Field[][] | undefined {
  const firstLineEnd = text.indexOf('\n', from);
  const header = text.slice(from, firstLineEnd < 0 || firstLineEnd > to ? to : firstLineEnd);
  const separator = header.includes('\t') ? '\t' : ',';
  const rows: Field[][] = [];
  let strong = separator === '\t';
  let at = from;
  while (at < to) {
    const fields = fieldsOf(text, at, to, separator);
    if (!fields) return undefined;
    const { row, next } = fields;
    if (rows.length > 0 && row.length !== rows[0]!.length) return undefined;
    if (row.length < 2) return undefined;
    if (row.length >= 3 || row.some((f) => f.quoted || f.end === f.start)) strong = true;
    rows.push(row);
    at = next;
  }
  if (rows.length < MIN_LINES || !strong) return undefined;
  return rows[0]!.every((f) => isHeaderField(text.slice(f.start, f.end))) ? rows : undefined;
}

/**
 * The fields of the line at `at` and where the next line starts. A field in
 * quotation marks may hold the separator, and `""` stands for one quotation
 * mark; a quoted field that runs past its line is no field (undefined).
 */
function fieldsOf(text: string, at: number, to: number, separator: string): { row: Field[]; next: number } | undefined {
  const row: Field[] = [];
  let i = at;
  for (;;) {
    if (text[i] === '"') {
      const start = i + 1;
      let j = start;
      for (;;) {
        if (j >= to || text[j] === '\n') return undefined;
        if (text[j] === '"') {
          if (text[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      row.push({ start, end: j, quoted: true });
      i = j + 1;
      if (i < to && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') return undefined;
    } else {
      let j = i;
      while (j < to && text[j] !== separator && text[j] !== '\n') j++;
      let end = j;
      if (end > i && text[end - 1] === '\r') end--;
      let start = i;
      while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
      while (end > start && text[end - 1] === ' ') end--;
      row.push({ start, end, quoted: false });
      i = j;
    }
    if (i >= to || text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n')) break;
    i++; // the separator
  }
  while (i < to && (text[i] === '\r' || text[i] === '\n')) i++;
  return { row, next: i };
}

/** Whether a field can head a column: a few words, no sentence ("Role", "Main duties", "Equipment used"). */
function isHeaderField(field: string): boolean {
  const words = field.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > HEADER_WORDS) return false;
  const last = field.trim().at(-1);
  return last !== '.' && last !== '!' && last !== '?';
}
