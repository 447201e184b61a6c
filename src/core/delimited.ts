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
  if (!block || block.kind !== 'paragraph') return false;
  const unit = prose.units[block.unit]!;
  if (unit.kind !== 'paragraph' || unit.blocks.length !== 1) return false;
  const from = block.start - base;
  const to = block.end - base;
  // Most paragraphs are one line: nothing to split.
  let newlines = 0;
  for (let i = from; i < to && newlines < MIN_LINES - 1; i++) if (text.charCodeAt(i) === 0x0a) newlines++;
  if (newlines === 0) return false;
  const rows = newlines < MIN_LINES - 1 || block.leadEnd >= 0 ? undefined : delimitedLines(text, from, to);
  if (!rows) return (newlines >= MIN_LINES - 1 && block.leadEnd < 0 && splitRecords(prose, text, base)) || splitScript(prose, text, base);

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
  const block = prose.blocks[prose.blocks.length - 1]!;
  const lines: Line[] = [];
  let separated = 0;
  for (let at = block.start - base; at < block.end - base; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > block.end - base) nl = block.end - base;
    const line = text.slice(at, nl);
    if (line.trim() !== '') lines.push({ start: at, end: nl, lead: -1 });
    if (line.includes(' | ') || line.includes(' / ')) separated++;
    at = nl + 1;
  }
  if (lines.length < MIN_LINES || separated < lines.length - 1) return false;
  unitPerLine(prose, base, lines, 'listItem');
  return true;
}

/** Characters a script's speaker label has at most ("BIOMEDICAL SCIENTIST", "GUEST (clinical engineer)"). */
const LABEL_LENGTH = 48;

/**
 * Where the speaker label that opens a line of a script ends (after its
 * colon), or -1: words in capitals, a bracketed part allowed
 * ("SONOGRAPHER:", "HOST 1:", "GUEST (clinical engineer):").
 */
function scriptLabelEnd(line: string): number {
  const colon = line.indexOf(':');
  if (colon < 2 || colon > LABEL_LENGTH) return -1;
  let bracket = false;
  let capitals = 0;
  for (let i = 0; i < colon; i++) {
    const c = line[i]!;
    if (c === '(') bracket = true;
    else if (c === ')') bracket = false;
    else if (bracket) continue;
    else if (c >= 'A' && c <= 'Z') capitals++;
    else if (!((c >= '0' && c <= '9') || c === ' ' || c === '.' || c === "'" || c === '\u2019' || c === '-') || i === 0) return -1;
  }
  return capitals >= 2 && !bracket ? colon + 1 : -1;
}

/**
 * A paragraph of a script, each speaker's words on a line of their own
 * after a label in capitals ("SONOGRAPHER: I'm checking the baby's
 * heartbeat", "LEAH: Is that a hand?!"), and stage directions between: a
 * unit per line, the label a lead-in, as a bold one would be. Two lines at
 * least must open with a label. Returns whether it split the block.
 */
function splitScript(prose: Prose, text: string, base: number): boolean {
  const block = prose.blocks[prose.blocks.length - 1]!;
  const lines: Line[] = [];
  let labelled = 0;
  for (let at = block.start - base; at < block.end - base; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > block.end - base) nl = block.end - base;
    let start = at;
    while (start < nl && (text[start] === ' ' || text[start] === '\t')) start++;
    const labelEnd = scriptLabelEnd(text.slice(start, nl));
    if (labelEnd >= 0) labelled++;
    if (nl > start) lines.push({ start, end: nl, lead: labelEnd < 0 ? -1 : start + labelEnd });
    at = nl + 1;
  }
  if (labelled < 2 || lines.length < 2) return false;
  unitPerLine(prose, base, lines, 'paragraph');
  return true;
}

/** A line of a paragraph to read as a unit of its own: offsets in the text, and where its lead-in ends (-1: none). */
interface Line {
  start: number;
  end: number;
  lead: number;
}

/**
 * Replaces the last block of `prose`, a paragraph in a unit of its own, by
 * a unit of `kind` per line, each with its tokens; the first keeps the
 * paragraph's unit and any lead-in it opened with ("**Panel 4:**").
 */
function unitPerLine(prose: Prose, base: number, lines: readonly Line[], kind: 'listItem' | 'paragraph'): void {
  const block = prose.blocks.pop()!;
  const unit = prose.units[block.unit]!;
  unit.blocks = [];
  unit.kind = kind;
  let t = 0;
  let first = true;
  for (const line of lines) {
    const start = base + line.start;
    const end = base + line.end;
    while (t < block.tokens.length && block.tokens[t]!.start < start) t++;
    const from = t;
    while (t < block.tokens.length && block.tokens[t]!.start < end) t++;
    if (t === from) continue;
    const u = first ? block.unit : prose.units.push({ kind, parent: unit.parent, blocks: [] }) - 1;
    const opening = first && block.leadEnd >= 0 && block.leadEnd <= end;
    const leadEnd = line.lead >= 0 ? base + line.lead : opening ? block.leadEnd : -1;
    prose.blocks.push({ unit: u, kind: 'paragraph', depth: 0, start, end, tokens: block.tokens.slice(from, t), leadEnd, emphasisOnly: opening && block.emphasisOnly, cell: -1 });
    prose.units[u]!.blocks.push(prose.blocks.length - 1);
    first = false;
  }
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
  const trimmed = field.trim();
  let words = 0;
  for (let i = 0; i < trimmed.length; i++) if (trimmed[i] !== ' ' && (i === 0 || trimmed[i - 1] === ' ')) words++;
  if (words === 0 || words > HEADER_WORDS) return false;
  const last = trimmed.at(-1);
  return last !== '.' && last !== '!' && last !== '?';
}
