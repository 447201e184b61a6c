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
 * `splitLines` reads a paragraph's lines as one of these, as a title line
 * or as an outline (outline.ts).
 */
import { splitOutline } from './outline.js';
import { isPunctuationOnly, pushBlock, tokenCursor, type Prose } from './prose.js';

/**
 * Reads the lines of the paragraph just added to `prose` (the last block) as
 * its writer meant them: a title on a line of its own, a pasted table, a
 * script, a writing frame or an outline. prose.ts (the mdast path) and
 * chunks.ts (the micromark path) both call it, so both read a paragraph the same.
 */
export function splitLines(prose: Prose, text: string, base: number): void {
  splitTitle(prose, text, base);
  if (!splitDelimited(prose, text, base)) splitOutline(prose, text, base);
}

/**
 * A setext heading of more than one line, as lines typed with no blank line
 * before a row of dashes come out ("In a hospital there are ...", "HEALTHCARE
 * SCIENCE", "▪ Clinical Scientist: ...", then "-----"): its writer meant the
 * lines as lines and the dashes as a rule, not the lines as one heading. The
 * heading becomes a paragraph, read as `splitLines` reads one, and a rule
 * after it. prose.ts and chunks.ts both call it on the heading just added.
 */
export function splitSetext(prose: Prose, text: string, base: number): void {
  const block = prose.blocks[prose.blocks.length - 1];
  if (!block || block.kind !== 'heading' || block.tokens.length === 0) return;
  const end = block.tokens[block.tokens.length - 1]!.end;
  const nl = text.indexOf('\n', block.start - base);
  if (nl < 0 || nl >= end - base) return;
  const unit = prose.units[block.unit]!;
  unit.kind = 'paragraph';
  block.kind = 'paragraph';
  block.depth = 0;
  block.end = end;
  splitLines(prose, text, base);
  prose.units.push({ kind: 'rule', parent: unit.parent, blocks: [] });
}

/**
 * A paragraph whose first line is only a bold or italic title and whose next
 * lines say more, as an advert or a slide typed with no blank line comes out:
 *
 *     **Network Engineer**
 *     Location: Community Health Trust | Salary: Band 5
 *
 * The title becomes a block of its own, emphasis only, as it is with a blank
 * line after it (so it heads what follows, as a heading would), and the lines
 * after it a paragraph of their own.
 */
function splitTitle(prose: Prose, text: string, base: number): void {
  const block = prose.blocks[prose.blocks.length - 1];
  if (!block || block.kind !== 'paragraph' || block.leadEnd < 0 || block.emphasisOnly) return;
  const unit = prose.units[block.unit]!;
  if (unit.kind !== 'paragraph' || unit.blocks.length !== 1) return;
  const to = block.end - base;
  const nl = text.indexOf('\n', block.leadEnd - base);
  if (nl < 0 || nl >= to || !isPunctuationOnly(text.slice(block.leadEnd - base, nl))) return;
  let rest = nl + 1;
  while (rest < to && (text[rest] === ' ' || text[rest] === '\t' || text[rest] === '\n' || text[rest] === '\r')) rest++;
  if (rest >= to) return;
  prose.blocks.pop();
  unit.blocks = [];
  const take = tokenCursor(block.tokens);
  const titleEnd = base + (text[nl - 1] === '\r' ? nl - 1 : nl);
  pushBlock(prose, { ...block, end: titleEnd, tokens: take(block.start, titleEnd), emphasisOnly: true });
  const u = prose.units.push({ kind: 'paragraph', parent: unit.parent, blocks: [] }) - 1;
  pushBlock(prose, { unit: u, kind: 'paragraph', depth: 0, start: base + rest, end: block.end, tokens: take(base + rest, block.end), leadEnd: -1, emphasisOnly: false, cell: -1 });
}

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
function splitDelimited(prose: Prose, text: string, base: number): boolean {
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
  const table = newlines >= MIN_LINES - 1 && block.leadEnd < 0;
  const rows = table ? delimitedLines(text, from, to) : undefined;
  if (!rows) {
    const lines = nonBlankLines(text, from, to);
    return (table && splitRecords(prose, text, base, lines)) || splitScript(prose, text, base, lines) || splitBullets(prose, text, base, lines) || splitFrame(prose, text, base, lines) || splitEntries(prose, text, base, lines);
  }

  // The block and its unit become the header row's; each further line is a row of the same table.
  prose.blocks.pop();
  unit.blocks = [];
  unit.kind = 'row';
  unit.header = block.unit;
  const take = tokenCursor(block.tokens);
  rows.forEach((fields, r) => {
    const u = r === 0 ? block.unit : prose.units.push({ kind: 'row', parent: unit.parent, blocks: [], header: block.unit }) - 1;
    fields.forEach((field, cell) => {
      const start = base + field.start;
      const end = base + field.end;
      const tokens = take(start, end);
      if (tokens.length > 0) pushBlock(prose, { unit: u, kind: 'cell', depth: 0, start, end, tokens, leadEnd: -1, emphasisOnly: false, cell });
    });
  });
  return true;
}

/**
 * A line of a paragraph to read as a unit of its own: offsets in the text,
 * where its lead-in ends (-1: none), and, where it differs from the rest,
 * its own kind and whether it goes under the item before (a nested bullet).
 */
interface Line {
  start: number;
  end: number;
  lead: number;
  kind?: 'listItem' | 'paragraph';
  nested?: boolean;
}

/** The lines of text[from, to) that hold more than spaces and tabs, each from its first other character. */
function nonBlankLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  for (let at = from; at < to; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > to) nl = to;
    let start = at;
    while (start < nl && (text[start] === ' ' || text[start] === '\t')) start++;
    if (start < nl && !(start === nl - 1 && text[start] === '\r')) lines.push({ start, end: nl, lead: -1 });
    at = nl + 1;
  }
  return lines;
}

/**
 * Lines of fields separated by " | " or " / " with no header and any number
 * of fields ("Medical physicist | radiotherapy | linac | works out the dose"),
 * as notes typed up from sticky notes or a brainstorm come out: a record per
 * line, each read as an item of a list. Every line but one must hold the
 * separator, with a space either side. Returns whether it split the block.
 */
function splitRecords(prose: Prose, text: string, base: number, lines: readonly Line[]): boolean {
  if (lines.length < MIN_LINES) return false;
  let unseparated = 0;
  for (const line of lines) {
    if (!holds(text, line, ' | ') && !holds(text, line, ' / ')) unseparated++;
    if (unseparated > 1) return false;
  }
  unitPerLine(prose, base, lines, 'listItem');
  return true;
}

/** Whether a line holds `what` (a search that stops with the line: the next lines are never read). */
function holds(text: string, line: Line, what: string): boolean {
  const at = text.slice(line.start, line.end).indexOf(what);
  return at >= 0;
}

/** Characters a script's speaker label has at most ("BIOMEDICAL SCIENTIST", "GUEST (clinical engineer)"). */
const LABEL_LENGTH = 48;

/**
 * Where the speaker label that opens a line of a script ends (after its
 * colon), or -1: words in capitals, a bracketed part allowed
 * ("SONOGRAPHER:", "HOST 1:", "GUEST (clinical engineer):").
 */
function scriptLabelEnd(text: string, line: Line): number {
  // Within the label's reach only: a long paragraph of lines without a colon costs no more than its length.
  let colon = 0;
  while (colon <= LABEL_LENGTH && line.start + colon < line.end && text[line.start + colon] !== ':') colon++;
  if (colon < 2 || colon > LABEL_LENGTH || line.start + colon >= line.end) return -1;
  let bracket = false;
  let capitals = 0;
  for (let i = 0; i < colon; i++) {
    const c = text[line.start + i]!;
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
function splitScript(prose: Prose, text: string, base: number, lines: readonly Line[]): boolean {
  if (lines.length < 2) return false;
  const labels = lines.map((line) => scriptLabelEnd(text, line));
  if (labels.filter((end) => end >= 0).length < 2) return false;
  unitPerLine(prose, base, lines.map((line, i) => ({ ...line, lead: labels[i]! < 0 ? -1 : line.start + labels[i]! })), 'paragraph');
  return true;
}

/**
 * A paragraph of a writing frame filled in, a prompt opening its lines
 * ("Role: Phlebotomist", "What technology do they use? needles", "What do
 * they do?"): a block per line, all in the paragraph's unit, so that an
 * answer with no full stop does not run into the next prompt. A first line
 * "Role: Phlebotomist" leads the paragraph, as a bold name would. Two lines
 * at least must open with a prompt. Returns whether it split the block.
 */
function splitFrame(prose: Prose, text: string, base: number, lines: readonly Line[]): boolean {
  if (lines.length < 2 || lines.filter((line) => isPrompt(text, line)).length < 2) return false;
  // Indented lines are an outline's (outline.ts).
  if (lines.some((line) => text[line.start - 1] === ' ' || text[line.start - 1] === '\t')) return false;
  const led = ROLE_LABEL.test(text.slice(lines[0]!.start, lines[0]!.end));
  unitPerLine(prose, base, lines.map((line, i) => ({ ...line, lead: i === 0 && led ? line.end : -1 })), 'paragraph', true);
  return true;
}

/**
 * A paragraph of notes, a name and a dash or arrow opening most of its lines
 * ("Radiographer – hospital, degree", "Sonographer – ultrasound",
 * "Phlebotomist → takes blood"): a list item per line, the name and its dash
 * a lead-in, so that a line with no full stop does not run into the next
 * ("ultrasound Lab technician"). Three lines at least, two in three of them
 * so opened. Returns whether it split the block.
 */
function splitEntries(prose: Prose, text: string, base: number, lines: readonly Line[]): boolean {
  if (lines.length < MIN_LINES) return false;
  const leads = lines.map((line) => ENTRY.exec(text.slice(line.start, Math.min(line.end, line.start + ENTRY_REACH)))?.[0].length ?? -1);
  if (leads.filter((n) => n > 0).length * 3 < lines.length * 2) return false;
  unitPerLine(prose, base, lines.map((line, i) => ({ ...line, lead: leads[i]! > 0 ? line.start + leads[i]! : -1 })), 'listItem');
  return true;
}
/** A note's name (a capital, up to five words) and the dash or arrow after it. */
const ENTRY = /^[A-Z][\w.'\u2019&()/]*(?: [\w.'\u2019&()/]+){0,4} (?:[\u2013\u2014\-\u2192]|->) (?=\S)/;
/** How far into a line a note's name and dash may reach. */
const ENTRY_REACH = 60;

/** Characters that Word's bullets become when a list is pasted as text, top level and nested ("o", "◦"). */
const BULLETS = new Set(['\u2022', '\u25aa', '\u25cf', '\u25a0', '\u27a2', '\u25ba', '\u00b7', '\u2013']);
const SUB_BULLETS = new Set(['o', '\u25e6', '\u25ab', '\u25a1']);

/** How deep the bullet that opens a line is: 1, 2 for a nested one ("o", "◦"), 0 for none. */
function bulletLevel(text: string, line: Line): number {
  const c = text[line.start]!;
  const after = text[line.start + 1];
  if (after !== ' ' && after !== '\t') return 0;
  return BULLETS.has(c) ? 1 : SUB_BULLETS.has(c) ? 2 : 0;
}

/**
 * A paragraph of lines that open with the characters a list pasted from Word
 * leaves ("▪\tClinical Scientist: ...", "o\tuses the LIMS", "• Sonographer"),
 * the other lines titles or prose between them ("HEALTHCARE SCIENCE"): a unit
 * per line, an item for a bulleted line (under the item before for a nested
 * bullet), a paragraph for the rest. Two lines at least must open with a
 * bullet, one of them not "o" unless a tab follows. Returns whether it split the block.
 */
function splitBullets(prose: Prose, text: string, base: number, lines: readonly Line[]): boolean {
  const levels = lines.map((line) => bulletLevel(text, line));
  // "o" alone opens a line of prose too ("o well"): only Word's tab after it, or other bullets beside it, make it one.
  const tabbed = lines.filter((line, i) => levels[i]! > 0 && text[line.start + 1] === '\t').length;
  if (levels.filter((l) => l > 0).length < 2 || (!levels.includes(1) && tabbed < 2)) return false;
  unitPerLine(
    prose,
    base,
    lines.map((line, i) => {
      const level = levels[i]!;
      // The bullet is no part of the line's text: "o runs the sequencer" has no subject "o".
      let start = line.start + (level > 0 ? 1 : 0);
      while (start < line.end && (text[start] === ' ' || text[start] === '\t')) start++;
      return { start, end: line.end, lead: -1, kind: level > 0 ? 'listItem' : 'paragraph', nested: level === 2 };
    }),
    'paragraph',
  );
  return true;
}

/** A frame's line naming the role it is about: "Role: Phlebotomist", "Job role 2 - Sonographer", "Practitioner: ...". */
const ROLE_LABEL = /^(?:job |name of )?(?:role|practitioner|job title|job)(?: \d{1,2})? ?[:\u2013-] ?\S/i;
/** Words a frame's question opens with. */
const PROMPT_WORDS = new Set(['what', 'where', 'who', 'how', 'which', 'why', 'when', 'do', 'does', 'is', 'are', 'name']);

/**
 * Whether a line opens with a prompt: a label of up to three words and a
 * colon ("Technology:", "Main duties:"), or a question in its first 60
 * characters ("What do they do?").
 */
function isPrompt(text: string, line: Line): boolean {
  const head = text.slice(line.start, Math.min(line.end, line.start + 60));
  const colon = head.indexOf(':');
  if (colon > 0 && head.slice(0, colon).trim().split(' ').length <= 3) return true;
  const question = head.indexOf('?');
  const word = head.slice(0, head.search(/[^a-z]|$/i)).toLowerCase();
  return question > 0 && PROMPT_WORDS.has(word);
}

/**
 * Replaces the last block of `prose`, a paragraph in a unit of its own, by
 * a unit per line, of the line's kind or else `kind` (or, with `oneUnit`, a
 * block per line of the paragraph's unit), each with its tokens; the first
 * keeps the paragraph's unit and any lead-in it opened with ("**Panel 4:**"),
 * and a nested line's unit goes under the last item before it.
 */
function unitPerLine(prose: Prose, base: number, lines: readonly Line[], kind: 'listItem' | 'paragraph', oneUnit = false): void {
  const block = prose.blocks.pop()!;
  const unit = prose.units[block.unit]!;
  unit.blocks = [];
  const take = tokenCursor(block.tokens);
  let first = true;
  /** The unit of the last item that is not nested, which a nested line goes under (-1: none since a paragraph). */
  let item = -1;
  for (const line of lines) {
    const start = base + line.start;
    const end = base + line.end;
    const tokens = take(start, end);
    if (tokens.length === 0) continue;
    const lineKind = line.kind ?? kind;
    let u = block.unit;
    if (first) unit.kind = lineKind;
    else if (!oneUnit) u = prose.units.push({ kind: lineKind, parent: line.nested && item >= 0 ? item : unit.parent, blocks: [] }) - 1;
    if (lineKind === 'paragraph') item = -1;
    else if (!line.nested) item = u;
    const opening = first && block.leadEnd >= 0 && block.leadEnd <= end;
    const leadEnd = line.lead >= 0 ? base + line.lead : opening ? block.leadEnd : -1;
    pushBlock(prose, { unit: u, kind: 'paragraph', depth: 0, start, end, tokens, leadEnd, emphasisOnly: opening && block.emphasisOnly, cell: -1 });
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
