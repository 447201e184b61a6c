/**
 * Writing help as plain data: completion items, hover cards, quick-fix edits,
 * the coverage report and the status text. The VS Code adapter only converts
 * these to its own types; nothing here knows about an editor.
 */
import type { DocumentReport } from './check.js';
import type { Dataset, Role, Source, Technology } from './dataset.js';
import type { RoleCoverage } from './analyze.js';
import { isDescribed, type CheckMessage, type RuleId } from './rules.js';
import { countWords } from './words.js';

/** A count with thousands separated by commas, as UK coursework writes it: "1,240". */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0 && digits[i - 1] !== '-') out += ',';
    out += digits[i];
  }
  return out;
}

/** "1 word", "240 words". */
export function wordsText(n: number): string {
  return `${formatCount(n)} word${n === 1 ? '' : 's'}`;
}

/** How many words the text about a role has (see words.ts for what counts). */
export function roleWords(report: DocumentReport, source: string, role: RoleCoverage): number {
  return countWords(report.prose, source, role.scope);
}

/** What counts as a word, in one line for tooltips and reports. */
export const WORD_RULE = 'headings, paragraphs, lists, tables and link text count; code, comments, front matter and link addresses do not';

/**
 * The status bar's word count: the answer's prose words, and with a limit
 * ("1,240 / 1,500 words") whether it is over it.
 */
export function wordStatus(report: DocumentReport, source: string, limit = 0): { text: string; tooltip: string; over: boolean } {
  const words = countWords(report.prose, source);
  const over = limit > 0 && words > limit;
  const text = limit > 0 ? `${formatCount(words)} / ${wordsText(limit)}` : wordsText(words);
  let tooltip = `${wordsText(words)} in this answer (${WORD_RULE}).`;
  if (limit > 0) tooltip += over ? `\n${wordsText(words - limit)} over the ${formatCount(limit)}-word limit.` : `\n${wordsText(limit - words)} left of the ${formatCount(limit)}-word limit.`;
  return { text, tooltip, over };
}

/** A completion to offer. */
export interface CompletionData {
  label: string;
  kind: 'role' | 'technology';
  /** The role or technology id. */
  id: string;
  /** One line: the summary. */
  detail: string;
  /** Markdown: the hover card. */
  documentation: string;
  /** Sort roles before technologies, names before aliases. */
  sortText: string;
}

/** Where a completion goes: the word being typed. */
export interface CompletionContext {
  /** Offset where the word being typed starts. */
  start: number;
  items: CompletionData[];
}

function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

/** Whether an offset is inside prose (not code, front matter, a URL or an HTML comment). */
export function inProse(report: DocumentReport, offset: number): boolean {
  const { blocks, skipped } = report.prose;
  let inBlock = false;
  for (const block of blocks) {
    if (block.start <= offset && offset <= block.end) {
      inBlock = true;
      break;
    }
  }
  if (!inBlock) return false;
  return !skipped.some((r) => r.start < offset && offset < r.end);
}

/**
 * Case as the context asks: capitalised at the start of a sentence or a
 * heading, lower case mid-sentence, abbreviations ("ODP", "AI") kept.
 */
export function caseFor(term: string, capital: boolean): string {
  const words = term.split(' ').map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()));
  const text = words.join(' ');
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Whether the text before `offset` ends a sentence or opens a block (so the next word is capitalised). */
export function startsSentence(source: string, offset: number, blockStart: number, heading: boolean): boolean {
  if (heading) return true;
  let i = offset - 1;
  while (i >= blockStart && ' \t\r\n*_"\u201c('.includes(source[i]!)) i--;
  if (i < blockStart) return true;
  const c = source[i]!;
  return c === '.' || c === '!' || c === '?';
}

/**
 * Completions for the word ending at `offset`: role names and aliases, and,
 * inside a role's text, that role's technologies. Nothing outside prose.
 */
export function completionsAt(source: string, offset: number, report: DocumentReport, dataset: Dataset): CompletionContext | undefined {
  if (!inProse(report, offset)) return undefined;
  let start = offset;
  while (start > 0 && isWordChar(source.charCodeAt(start - 1))) start--;
  const block = report.prose.blocks.find((b) => b.start <= offset && offset <= b.end);
  // inProse has just found this block.
  const capital = startsSentence(source, start, block!.start, block!.kind === 'heading');
  const items: CompletionData[] = [];
  for (const role of dataset.roles) {
    const card = roleCard(role, dataset);
    [role.name, ...role.aliases].forEach((term, i) =>
      items.push({ label: caseFor(term, capital), kind: 'role', id: role.id, detail: role.summary, documentation: card, sortText: `0${i === 0 ? 0 : 1}${term.toLowerCase()}` }),
    );
  }
  const here = report.coverage.roles.find((r) => r.scope.some((s) => s.start <= offset && offset <= s.end + 1));
  if (here) {
    for (const id of dataset.roleById.get(here.id)?.technologies ?? []) {
      const tech = dataset.technologyById.get(id);
      if (!tech) continue;
      const card = technologyCard(tech, dataset);
      [tech.name, ...tech.aliases].forEach((term, i) =>
        items.push({ label: capital ? caseFor(term, true) : term, kind: 'technology', id: tech.id, detail: tech.summary, documentation: card, sortText: `1${i === 0 ? 0 : 1}${term.toLowerCase()}` }),
      );
    }
  }
  return { start, items };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as a UK reference writes it: "1 December 2026". */
export function referenceDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/**
 * A Harvard-style reference to a source, to paste into a bibliography:
 * publisher (or author), year ("n.d.": the pages carry none), title, and for
 * a page with an address "Available at: … (Accessed: 1 December 2026)."
 * The publisher is the part of the title before ": " ("NHS Health Careers: Clinical engineering").
 */
export function harvardReference(source: Source, accessed: Date): string {
  const colon = source.title.indexOf(': ');
  const publisher = colon > 0 ? source.title.slice(0, colon) : undefined;
  const title = colon > 0 ? source.title.slice(colon + 2) : source.title;
  const stop = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);
  const head = publisher ? `${publisher} (n.d.) ${stop(title)}` : `${title} (n.d.).`;
  return source.url ? `${head} Available at: ${source.url} (Accessed: ${referenceDate(accessed)}).` : head;
}

/** The command a card's *Copy reference* link runs, with the source as its argument. */
export const COPY_REFERENCE_COMMAND = 'courseworkRoles.copyReference';

function sourceLine(source: Source): string {
  const seed = source.seed ? ' (seed text)' : '';
  const cited = source.url ? `[${source.title}](${source.url})` : `${source.title}${seed}`;
  const args = encodeURIComponent(JSON.stringify([{ title: source.title, ...(source.url ? { url: source.url } : {}) }]));
  return `${cited} ([Copy reference](command:${COPY_REFERENCE_COMMAND}?${args} "Copy a Harvard-style reference to this source"))`;
}

function list(items: readonly string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}

/** Cards already written, by dataset and role: completions offer every role's card on each keystroke. */
const roleCards = new WeakMap<Dataset, WeakMap<Role, string>>();

/** The hover card of a role, as Markdown. */
export function roleCard(role: Role, dataset: Dataset): string {
  let cards = roleCards.get(dataset);
  if (!cards) {
    cards = new WeakMap();
    roleCards.set(dataset, cards);
  }
  let card = cards.get(role);
  if (card === undefined) {
    card = writeRoleCard(role, dataset);
    cards.set(role, card);
  }
  return card;
}

function writeRoleCard(role: Role, dataset: Dataset): string {
  const techs = role.technologies.map((id) => dataset.technologyById.get(id)?.name ?? id);
  const related = role.related.map((id) => dataset.roleById.get(id)?.name ?? id);
  const parts = [`**${role.name}**${role.aliases.length ? ` · also called ${role.aliases.join(', ')}` : ''}`];
  if (role.summary) parts.push(role.summary);
  if (techs.length) parts.push(`**Technologies**\n\n${list(techs)}`);
  if (role.duties.length) parts.push(`**Duties**\n\n${list(role.duties)}`);
  if (role.settings.length) parts.push(`**Works in** ${role.settings.join('; ')}`);
  if (related.length) parts.push(`**Related roles** ${related.join(', ')}`);
  if (role.sources.length) parts.push(`*Sources:* ${role.sources.map(sourceLine).join('; ')}`);
  return parts.join('\n\n');
}

/** The hover card of a technology, as Markdown. */
export function technologyCard(tech: Technology, dataset: Dataset): string {
  const users = (dataset.rolesByTechnology.get(tech.id) ?? []).map((r) => r.name);
  const parts = [`**${tech.name}**${tech.aliases.length ? ` · also ${tech.aliases.join(', ')}` : ''}`];
  if (tech.summary) parts.push(tech.summary);
  parts.push(users.length ? `**Used by** ${users.join(', ')}` : '*A specific technology: naming it counts as describing technology.*');
  if (tech.sources.length) parts.push(`*Sources:* ${tech.sources.map(sourceLine).join('; ')}`);
  return parts.join('\n\n');
}

/**
 * What the linter read for a role, so that a student who disagrees sees why:
 * each technology phrase with what it was taken as ("'the machines that clean
 * a patient's blood' (a machine described by what it does)"), and each duty phrase.
 */
export function whatWasRead(role: RoleCoverage): { technology: string[]; duties: string[] } {
  return {
    technology: role.technologyRead.map((t) => (t.as.toLowerCase() === t.text.toLowerCase() ? `"${t.text}"` : `"${t.text}" (${t.as})`)),
    duties: role.dutyEvidence.map((d) => `"${d}"`),
  };
}

/** Escapes Markdown in text shown in a card. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/** The card for whatever is named at `offset`, with the range it covers. */
export function hoverAt(report: DocumentReport, offset: number, dataset: Dataset, source?: string): { start: number; end: number; markdown: string } | undefined {
  for (const role of report.coverage.roles) {
    for (const m of role.mentions) {
      if (m.start <= offset && offset < m.end) {
        const data = dataset.roleById.get(role.id);
        if (!data) return undefined;
        const words = source === undefined ? '' : `; ${wordsText(roleWords(report, source, role))} about it`;
        const status = `*In this document:* technology ${role.technology ? 'described' : 'missing'}, duties ${role.duties ? 'described' : 'missing'}${words}.`;
        const read = whatWasRead(role);
        const lines = [read.technology.length ? `*Read as technology:* ${read.technology.slice(0, 4).map(escape).join('; ')}` : '', read.duties.length ? `*Read as duties:* ${read.duties.slice(0, 4).map(escape).join('; ')}` : ''].filter(Boolean);
        return { start: m.start, end: m.end, markdown: `${roleCard(data, dataset)}\n\n---\n\n${[status, ...lines].join('\n\n')}` };
      }
    }
  }
  for (const t of report.coverage.technologies) {
    if (t.start <= offset && offset < t.end) {
      const tech = dataset.technologyById.get(t.technologyId);
      return tech ? { start: t.start, end: t.end, markdown: technologyCard(tech, dataset) } : undefined;
    }
  }
  return undefined;
}

/** An edit that only inserts text. */
export interface Insertion {
  offset: number;
  /** VS Code snippet syntax (`${1:placeholder}`). */
  snippet: string;
  /** The same text without placeholders, for editors without snippets. */
  text: string;
}

/** A quick fix for one message. */
export interface QuickFix {
  title: string;
  insertion: Insertion;
  /** Whether it is the preferred fix (the sentence stem, not a disable comment). */
  preferred: boolean;
}

/** Words after which a role name qualifies its head noun: "specialist in healthcare". */
const QUALIFIERS = new Set(['for', 'in', 'of', 'within', 'at', 'with']);

/** The plural of a role name, lower-cased: the head noun takes the ending ("AI specialists in healthcare"). */
function plural(name: string): string {
  const words = caseFor(name, true).split(' ');
  let head = words.findIndex((w, i) => i > 0 && QUALIFIERS.has(w.toLowerCase())) - 1;
  if (head < 0) head = words.length - 1;
  const word = words[head]!;
  if (/(?:s|x|ch|sh)$/i.test(word)) words[head] = `${word}es`;
  else if (/[^aeiou]y$/i.test(word)) words[head] = `${word.slice(0, -1)}ies`;
  else words[head] = `${word}s`;
  return words.join(' ');
}

function plainOf(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}

/**
 * Sentence stems with placeholders. A stem left as it is must not count as a
 * description (so no bare duty verb or technology name in a placeholder):
 * the warning stays until the student writes their own words.
 */
const STEMS: Record<'missing-technology' | 'missing-duties', string> = {
  'missing-technology': 'use ${1:which specific technology, device or software?} to ${2:do what?}.',
  'missing-duties': '${1:what do they do? (a task, such as “check”, “calibrate” or “train”)} ${2:on what or for whom?}.',
};

/** Where a role's text ends: after its last sentence, or a new paragraph when it has none. */
function insertionPoint(source: string, report: DocumentReport, roleId: string): { offset: number; paragraph: boolean } {
  const role = report.coverage.roles.find((r) => r.id === roleId)!;
  const last = role.scope.at(-1);
  if (last) {
    const block = report.prose.blocks.find((b) => b.start <= last.start && last.end <= b.end);
    if (block && block.kind !== 'heading') return { offset: last.end, paragraph: false };
    // Under a heading with no text yet: a new paragraph after the section's last block.
    const inScope = report.prose.blocks.filter((b) => role.scope.some((s) => b.start <= s.start && s.end <= b.end));
    return { offset: inScope.at(-1)?.end ?? source.length, paragraph: true };
  }
  const main = report.prose.blocks[role.main.block];
  return { offset: main?.end ?? source.length, paragraph: true };
}

/** Placeholders for a table cell: the stem without its subject and verb, which the row's Role cell and header give. */
const CELL_STEMS: Record<'missing-technology' | 'missing-duties', string> = {
  'missing-technology': '${1:which specific technology, device or software?}',
  'missing-duties': STEMS['missing-duties'].replace(/\.$/, ''),
};

/** Header names of the column each rule fills in a table. */
const COLUMN_OF: Record<'missing-technology' | 'missing-duties', RegExp> = {
  'missing-technology': /technolog|equipment|device|tool|software|system/i,
  'missing-duties': /dut(?:y|ies)|task|responsibilit|what (?:they|it) do|activit/i,
};

/** The cells of a table row line, as [start, end) offsets of their text between the pipes. */
function cellsOf(source: string, lineStart: number, lineEnd: number): { start: number; end: number }[] {
  const pipes: number[] = [];
  for (let i = lineStart; i < lineEnd; i++) if (source[i] === '|' && source[i - 1] !== '\\') pipes.push(i);
  let first = lineStart;
  while (first < lineEnd && (source[first] === ' ' || source[first] === '\t')) first++;
  let last = lineEnd;
  while (last > first && (source[last - 1] === ' ' || source[last - 1] === '\t' || source[last - 1] === '\r')) last--;
  const bounds = [...(source[first] === '|' ? [] : [first - 1]), ...pipes, ...(source[last - 1] === '|' ? [] : [last])];
  const cells: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) cells.push({ start: bounds[i]! + 1, end: bounds[i + 1]! });
  return cells;
}

function lineAround(source: string, offset: number): { start: number; end: number } {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const newline = source.indexOf('\n', offset);
  return { start, end: newline < 0 ? source.length : newline };
}

/**
 * For a role that leads a table row: where its row's empty Technology or
 * Duties cell is (found by the header's name), or undefined.
 */
function emptyCellFor(source: string, report: DocumentReport, message: CheckMessage, rule: 'missing-technology' | 'missing-duties'): { offset: number; header: string; before: string; after: string } | undefined {
  const block = report.prose.blocks.find((b) => b.kind === 'cell' && b.start <= message.start && message.end <= b.end);
  if (!block) return undefined;
  const row = lineAround(source, message.start);
  // Up from the row to the delimiter row (|---|---|); the header is the line above it.
  let line = row;
  for (;;) {
    if (line.start === 0) return undefined;
    const above = lineAround(source, line.start - 1);
    const cells = cellsOf(source, above.start, above.end);
    if (cells.length > 0 && cells.every((c) => /^\s*:?-+:?\s*$/.test(source.slice(c.start, c.end)))) {
      if (above.start === 0) return undefined;
      line = lineAround(source, above.start - 1);
      break;
    }
    if (!source.slice(above.start, above.end).includes('|')) return undefined;
    line = above;
  }
  const headers = cellsOf(source, line.start, line.end).map((c) => source.slice(c.start, c.end).trim());
  const cells = cellsOf(source, row.start, row.end);
  const column = headers.findIndex((h, i) => COLUMN_OF[rule].test(h) && (cells[i] === undefined || source.slice(cells[i]!.start, cells[i]!.end).trim() === ''));
  if (column < 0) return undefined;
  const cell = cells[column];
  if (!cell) {
    // A row with fewer cells than its header (GFM reads the missing ones as empty): add cells up to this one at the row's end.
    let end = row.end;
    while (end > row.start && (source[end - 1] === ' ' || source[end - 1] === '\t' || source[end - 1] === '\r')) end--;
    const open = source[end - 1] === '|' ? '' : ' |';
    return { offset: end, header: headers[column]!, before: `${open}${'  |'.repeat(column - cells.length)} `, after: ' |' };
  }
  // After the cell's first space; a space of its own on each side where the text would touch a pipe.
  const offset = cell.end > cell.start ? cell.start + 1 : cell.start;
  const before = source[offset - 1] === '|' ? ' ' : '';
  const after = offset >= cell.end ? ' ' : '';
  return { offset, header: headers[column]!, before, after };
}

/** The quick fixes for a message: a sentence stem to complete, and disable comments. */
export function quickFixes(source: string, report: DocumentReport, message: CheckMessage, dataset: Dataset): QuickFix[] {
  const fixes: QuickFix[] = [];
  const rule = message.ruleId;
  const cell = (rule === 'missing-technology' || rule === 'missing-duties') && message.roleId ? emptyCellFor(source, report, message, rule) : undefined;
  if (cell && (rule === 'missing-technology' || rule === 'missing-duties')) {
    const name = dataset.roleById.get(message.roleId!)?.name ?? message.roleId!;
    const snippet = `${cell.before}${CELL_STEMS[rule]}${cell.after}`;
    fixes.push({ title: `Fill in the ${cell.header} cell of ${name}'s row`, insertion: { offset: cell.offset, snippet, text: plainOf(snippet) }, preferred: true });
  } else if ((rule === 'missing-technology' || rule === 'missing-duties') && message.roleId) {
    const name = dataset.roleById.get(message.roleId)?.name ?? message.roleId;
    const { offset, paragraph } = insertionPoint(source, report, message.roleId);
    const subject = paragraph ? plural(name) : 'They';
    const snippet = `${paragraph ? '\n\n' : ' '}${subject} ${STEMS[rule]}`;
    fixes.push({
      title: rule === 'missing-technology' ? `Add a sentence on the technology ${name} uses` : `Add a sentence on what ${name} does`,
      insertion: { offset, snippet, text: plainOf(snippet) },
      preferred: true,
    });
  }
  fixes.push(disableLine(source, message.start, rule), disableFile(rule, report.prose.frontMatterEnd));
  return fixes;
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

function disableLine(source: string, at: number, rule: RuleId): QuickFix {
  let end = at;
  while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++;
  let trimmed = end;
  while (trimmed > at && (source[trimmed - 1] === ' ' || source[trimmed - 1] === '\t')) trimmed--;
  // A table row's trailing pipe ends the last cell: keep the comment inside the cell.
  let offset = source[trimmed - 1] === '|' ? at : trimmed;
  if (offset === at) {
    while (offset < source.length && /[\w'\u2019-]/.test(source[offset]!)) offset++;
  }
  const text = ` <!-- coursework-roles-disable-line ${rule} -->`;
  return { title: `Disable ${rule} for this line`, insertion: { offset, snippet: escapeSnippet(text), text }, preferred: false };
}

function disableFile(rule: RuleId, frontMatterEnd: number): QuickFix {
  const text = frontMatterEnd > 0 ? `\n\n<!-- coursework-roles-disable ${rule} -->` : `<!-- coursework-roles-disable ${rule} -->\n\n`;
  return { title: `Disable ${rule} for this file`, insertion: { offset: frontMatterEnd, snippet: escapeSnippet(text), text }, preferred: false };
}

/** The status bar text and its tooltip. */
export function statusOf(report: DocumentReport, dataset: Dataset): { text: string; tooltip: string } {
  const roles = report.coverage.roles;
  const described = roles.filter(isDescribed).length;
  const text = roles.length === 0 ? 'Roles: none named' : `Roles: ${described} of ${roles.length} described`;
  const missing = roles
    .filter((r) => !isDescribed(r))
    .map((r) => {
      const parts = [!r.technology && 'technology', !r.duties && 'duties'].filter(Boolean).join(' and ');
      return `${dataset.roleById.get(r.id)?.name ?? r.id}: ${parts} missing`;
    });
  const tooltip = roles.length === 0 ? 'No practitioner roles from the dataset are named yet.' : missing.length ? `Still to describe:\n${missing.join('\n')}` : 'Every role named is fully described.';
  const criterion = dataset.criterion;
  if (!criterion) return { text, tooltip };
  // Against a tutor's criterion: described roles out of the number it asks for.
  const named = new Set(roles.map((r) => r.id));
  const unnamed = (criterion.mustDescribe ?? []).filter((id) => !named.has(id)).map((id) => dataset.roleById.get(id)?.name ?? id);
  const target = criterion.minRoles ?? Math.max(criterion.mustDescribe?.length ?? 0, roles.length);
  return {
    text: `${criterion.code}: ${described} of ${target} roles described`,
    tooltip: [`Criterion ${criterion.code}${criterion.title ? `: ${criterion.title}` : ''}`, tooltip, ...(unnamed.length ? [`Required but not named:\n${unnamed.join('\n')}`] : [])].join('\n\n'),
  };
}

/**
 * A readable Markdown coverage report for a document. With the document's
 * text it also gives the words of the answer and of each role.
 */
export function coverageReport(fileName: string, report: DocumentReport, dataset: Dataset, words?: { source: string; limit?: number }): string {
  const roles = report.coverage.roles;
  const described = roles.filter(isDescribed).length;
  const lines = [`# Coverage report: ${fileName}`, ''];
  if (roles.length === 0) {
    lines.push('No practitioner roles from the dataset are named yet. Name a role (for example *clinical engineer* or *sonographer*) and describe the technology it uses and the duties it carries out.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`**${described} of ${roles.length}** role${roles.length === 1 ? '' : 's'} named ${roles.length === 1 ? 'is' : 'are'} fully described (technology and duties).`, '');
  if (words) {
    const status = wordStatus(report, words.source, words.limit);
    lines.push(`**${status.text}** in the answer${status.over ? `, over the limit` : ''} (${WORD_RULE}).`, '');
  }
  lines.push(words ? '| Role | Line | Words | Technology | Duties |' : '| Role | Line | Technology | Duties |', words ? '|---|---|---|---|---|' : '|---|---|---|---|');
  for (const r of roles) {
    const name = dataset.roleById.get(r.id)?.name ?? r.id;
    const line = report.lines.point(r.main.start).line;
    const tech = r.technology ? `✓ ${r.technologyEvidence.slice(0, 3).join(', ')}` : '✗ missing';
    const duties = r.duties ? `✓ ${r.dutyEvidence.slice(0, 2).join('; ')}` : '✗ missing';
    const count = words ? ` ${formatCount(roleWords(report, words.source, r))} |` : '';
    lines.push(`| ${name} | ${line} |${count} ${tech.replace(/\|/g, '\\|')} | ${duties.replace(/\|/g, '\\|')} |`);
  }
  const todo = roles.filter((r) => !isDescribed(r));
  if (todo.length) {
    lines.push('', '## What to add', '');
    for (const r of todo) {
      const role = dataset.roleById.get(r.id);
      const name = role?.name ?? r.id;
      const hints: string[] = [];
      if (!r.technology) hints.push(`a specific technology it uses (for example ${(role?.technologies ?? []).slice(0, 3).map((id) => dataset.technologyById.get(id)?.name ?? id).join(', ')})`);
      if (!r.duties) hints.push(`what the practitioner does (for example: ${(role?.duties ?? []).slice(0, 2).join('; ')})`);
      lines.push(`- **${name}** (line ${report.lines.point(r.main.start).line}): add ${hints.join(', and ')}.`);
    }
  }
  return `${lines.join('\n')}\n`;
}
