/**
 * Writing help as plain data: completion items, hover cards, quick-fix edits,
 * the coverage report and the status text. The VS Code adapter only converts
 * these to its own types; nothing here knows about an editor.
 */
import type { DocumentReport } from './check.js';
import type { Dataset, Role, Source, Technology } from './dataset.js';
import { isDescribed, type CheckMessage, type RuleId } from './rules.js';

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

function sourceLine(source: Source): string {
  const seed = source.seed ? ' (seed text)' : '';
  return source.url ? `[${source.title}](${source.url})` : `${source.title}${seed}`;
}

function list(items: readonly string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}

/** The hover card of a role, as Markdown. */
export function roleCard(role: Role, dataset: Dataset): string {
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

/** The card for whatever is named at `offset`, with the range it covers. */
export function hoverAt(report: DocumentReport, offset: number, dataset: Dataset): { start: number; end: number; markdown: string } | undefined {
  for (const role of report.coverage.roles) {
    for (const m of role.mentions) {
      if (m.start <= offset && offset < m.end) {
        const data = dataset.roleById.get(role.id);
        if (!data) return undefined;
        const status = `*In this document:* technology ${role.technology ? 'described' : 'missing'}, duties ${role.duties ? 'described' : 'missing'}.`;
        return { start: m.start, end: m.end, markdown: `${roleCard(data, dataset)}\n\n---\n\n${status}` };
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

/** The quick fixes for a message: a sentence stem to complete, and disable comments. */
export function quickFixes(source: string, report: DocumentReport, message: CheckMessage, dataset: Dataset): QuickFix[] {
  const fixes: QuickFix[] = [];
  const rule = message.ruleId;
  if ((rule === 'missing-technology' || rule === 'missing-duties') && message.roleId) {
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

/** A readable Markdown coverage report for a document. */
export function coverageReport(fileName: string, report: DocumentReport, dataset: Dataset): string {
  const roles = report.coverage.roles;
  const described = roles.filter(isDescribed).length;
  const lines = [`# Coverage report: ${fileName}`, ''];
  if (roles.length === 0) {
    lines.push('No practitioner roles from the dataset are named yet. Name a role (for example *clinical engineer* or *sonographer*) and describe the technology it uses and the duties it carries out.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`**${described} of ${roles.length}** role${roles.length === 1 ? '' : 's'} named ${roles.length === 1 ? 'is' : 'are'} fully described (technology and duties).`, '');
  lines.push('| Role | Line | Technology | Duties |', '|---|---|---|---|');
  for (const r of roles) {
    const name = dataset.roleById.get(r.id)?.name ?? r.id;
    const line = report.lines.point(r.main.start).line;
    const tech = r.technology ? `✓ ${r.technologyEvidence.slice(0, 3).join(', ')}` : '✗ missing';
    const duties = r.duties ? `✓ ${r.dutyEvidence.slice(0, 2).join('; ')}` : '✗ missing';
    lines.push(`| ${name} | ${line} | ${tech.replace(/\|/g, '\\|')} | ${duties.replace(/\|/g, '\\|')} |`);
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
