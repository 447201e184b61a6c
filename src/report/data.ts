/**
 * The class report's data: what every class-level output (HTML page, CSV)
 * is made from. Built from the per-file JSON reports (the spec's shape, with
 * word counts) plus, for each message, the sentence it is on; the criterion
 * is optional. Pure: no I/O.
 */
import type { Checker, DocumentReport, JsonFileReport, JsonMessage, JsonRole } from '../core/check.js';
import type { Criterion } from '../core/dataset.js';
import type { Prose } from '../core/prose.js';
import type { Token } from '../core/text.js';

/** A message with what a tutor needs to find it. */
export interface ReportMessage extends JsonMessage {
  /** For a converted file (Word, HTML): the paragraph the message is in, counted from 1. */
  paragraph?: number;
  /** For a converted file: the first words of that paragraph. */
  excerpt?: string;
  /** The sentence the message is on, as plain text (none for document-level messages). */
  sentence?: string;
}

/** A role in a submission, with the words of its text. */
export interface ReportRole extends JsonRole {
  words: number;
}

/** One checked submission. */
export interface Submission extends JsonFileReport {
  words: number;
  roles: ReportRole[];
  messages: ReportMessage[];
}

/** A file that was not checked, and why (too large, unreadable, an old .doc...). */
export interface NotChecked {
  file: string;
  reason: string;
}

/** Everything a class report shows. */
export interface ClassReportInput {
  submissions: Submission[];
  criterion?: Criterion;
  /** Files that could not be checked. */
  notChecked?: NotChecked[];
  /** Names of roles by id, for `mustDescribe` roles that no submission names. */
  roleNames?: Record<string, string>;
  /** When the report was made (shown as given). */
  generated?: string;
  /** The version of Coursework Roles that made it. */
  version?: string;
}

/** How a submission covers one role. */
export type CellState = 'described' | 'technology-missing' | 'duties-missing' | 'both-missing' | 'not-named';

/** The states in order from best to worst: the sort order of a role's column. */
export const CELL_STATES: readonly CellState[] = ['described', 'technology-missing', 'duties-missing', 'both-missing', 'not-named'];

/** The words and symbol for a state: a cell is never told apart by colour alone. */
export const CELL_LABELS: Record<CellState, { symbol: string; text: string }> = {
  described: { symbol: '\u2713', text: 'described' },
  'technology-missing': { symbol: '\u25D0', text: 'technology missing' },
  'duties-missing': { symbol: '\u25D1', text: 'duties missing' },
  'both-missing': { symbol: '\u2717', text: 'both missing' },
  'not-named': { symbol: '\u2013', text: 'not named' },
};

/** The state of a role in a submission (`undefined`: the submission does not name it). */
export function cellState(role: Pick<JsonRole, 'technology' | 'duties'> | undefined): CellState {
  if (!role) return 'not-named';
  if (role.technology && role.duties) return 'described';
  if (role.duties) return 'technology-missing';
  if (role.technology) return 'duties-missing';
  return 'both-missing';
}

/** A column of the matrix: a role and how the class covers it. */
export interface RoleTotals {
  id: string;
  name: string;
  /** Submissions in each state. */
  counts: Record<CellState, number>;
  /** Submissions that name it. */
  named: number;
}

/** Whether a submission meets the criterion, and if not, what it lacks. */
export interface Verdict {
  meets: boolean;
  /** What is missing, in a tutor's words ("2 more fully described roles", "Radiographer not described"). */
  lacks: string[];
}

/** The class report's figures, derived once from the input. */
export interface ClassSummary {
  /** Every role anyone named, and every `mustDescribe` role: the matrix's columns, most named first. */
  roles: RoleTotals[];
  /** Per submission, in input order: fully described roles. */
  described: number[];
  /** Per submission, when a criterion is given. */
  verdicts?: Verdict[];
}

/** Works out the matrix columns, the totals and who meets the criterion. */
export function summarizeClass(input: ClassReportInput): ClassSummary {
  const names = new Map<string, string>();
  const firstSeen = new Map<string, number>();
  for (const s of input.submissions) {
    for (const r of s.roles) {
      if (!names.has(r.id)) names.set(r.id, r.name);
      if (!firstSeen.has(r.id)) firstSeen.set(r.id, firstSeen.size);
    }
  }
  for (const id of input.criterion?.mustDescribe ?? []) {
    if (!names.has(id)) names.set(id, input.roleNames?.[id] ?? id);
    if (!firstSeen.has(id)) firstSeen.set(id, firstSeen.size);
  }
  const roles: RoleTotals[] = [...names].map(([id, name]) => {
    const counts = Object.fromEntries(CELL_STATES.map((s) => [s, 0])) as Record<CellState, number>;
    for (const s of input.submissions) counts[cellState(s.roles.find((r) => r.id === id))]++;
    return { id, name, counts, named: input.submissions.length - counts['not-named'] };
  });
  roles.sort((a, b) => b.named - a.named || firstSeen.get(a.id)! - firstSeen.get(b.id)!);
  const described = input.submissions.map((s) => s.roles.filter((r) => r.technology && r.duties).length);
  const criterion = input.criterion;
  if (!criterion) return { roles, described };
  const verdicts = input.submissions.map((s, i): Verdict => {
    const lacks: string[] = [];
    const short = (criterion.minRoles ?? 0) - described[i]!;
    if (short > 0) lacks.push(`${short} more fully described role${short === 1 ? '' : 's'}`);
    for (const id of criterion.mustDescribe ?? []) {
      const role = s.roles.find((r) => r.id === id);
      const name = names.get(id)!;
      if (!role) lacks.push(`${name} not named`);
      else if (!(role.technology && role.duties)) lacks.push(`${name} not fully described`);
    }
    return { meets: lacks.length === 0, lacks };
  });
  return { roles, described, verdicts };
}

/** Longest sentence shown in full; longer ones are cut at a word with an ellipsis. */
const SENTENCE_MAX = 300;

/**
 * The submission form of one checked file: the spec's JSON with word counts,
 * and for each message the sentence it is on.
 */
export function submissionOf(checker: Checker, file: string, report: DocumentReport, source: string): Submission {
  const json = checker.toJson(file, report, source) as Submission;
  json.messages = json.messages.map((m, i) => {
    const at = report.messages[i]!;
    if (!at.roleId) return m;
    const sentence = sentenceAt(report.prose, source, at.start);
    return sentence ? { ...m, sentence } : m;
  });
  return json;
}

/** The sentence of the prose that holds `offset`, as plain text (markup left out), or undefined. */
export function sentenceAt(prose: Prose, source: string, offset: number): string | undefined {
  const block = prose.blocks.find((b) => b.start <= offset && offset < b.end);
  if (!block) return undefined;
  const tokens = block.tokens;
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!endsSentence(tokens, i)) continue;
    if (tokens[i]!.end > offset) return plainText(tokens.slice(first, i + 1), source);
    first = i + 1;
  }
  return plainText(tokens.slice(first), source);
}

/** `.`, `!` or `?` not after a one-letter word ("e.g.") and not before a lower-case word. */
function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'punct' || (t.text !== '.' && t.text !== '!' && t.text !== '?')) return false;
  const prev = tokens[i - 1];
  if (t.text === '.' && prev?.kind === 'word' && prev.text.length === 1) return false;
  const next = tokens.slice(i + 1).find((n) => n.kind !== 'punct' || !')"\u201d\'\u2019]*'.includes(n.text));
  return !(next && next.kind === 'word' && next.allLower);
}

/** Tokens back to text, as the source has them, without the Markdown markup. */
function plainText(tokens: readonly Token[], source: string): string | undefined {
  let text = '';
  let prevEnd = -1;
  for (const t of tokens) {
    if (t.kind === 'break') continue;
    if (prevEnd >= 0 && t.start > prevEnd) {
      // White space (or a link's URL, inline code) reads as a space; emphasis marks as nothing;
      // a hyphen inside "X-ray" stays.
      const gap = source.slice(prevEnd, t.start);
      text += /\s/.test(gap) ? ' ' : gap.replace(/[*_`~[\]]/g, '');
    }
    text += t.text;
    prevEnd = t.end;
  }
  text = text.trim();
  if (text === '') return undefined;
  if (text.length <= SENTENCE_MAX) return text;
  const cut = text.lastIndexOf(' ', SENTENCE_MAX);
  return `${text.slice(0, cut > SENTENCE_MAX / 2 ? cut : SENTENCE_MAX)}\u2026`;
}
