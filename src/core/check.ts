/**
 * The one entry point every front end uses: Markdown text in, coverage and
 * messages out. The processor and the term index are built once per dataset.
 */
import type { Root } from 'mdast';
import { analyzeProse, type Coverage } from './analyze.js';
export { markdownParser, parseMarkdown } from './parse.js';
import { bundledDataset, type Dataset } from './dataset.js';
import { proseOf, type Prose } from './prose.js';
import { isDescribed, LineIndex, messagesFor, type CheckMessage, type CheckOptions } from './rules.js';
import { DocumentSession } from './session.js';
import { extraTechnologyIndex } from './technology.js';
import { TermIndex } from './terms.js';
import { countWords } from './words.js';

/** The result of checking one document. */
export interface DocumentReport {
  /** The document's prose: where completions may be offered. */
  prose: Prose;
  coverage: Coverage;
  messages: CheckMessage[];
  lines: LineIndex;
}

/** A role as the JSON output lists it (the shape of coverage-spec.md). */
export interface JsonRole {
  id: string;
  name: string;
  mentions: { line: number; column: number }[];
  technology: boolean;
  duties: boolean;
  /** Words in the role's text (added when the source is given to `toJson`). */
  words?: number;
}

/** A message as the JSON output lists it. */
export interface JsonMessage {
  ruleId: string;
  roleId?: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

/** One file of the CLI's `--format json` output. */
export interface JsonFileReport {
  file: string;
  /** Words of the answer's prose (added when the source is given to `toJson`). */
  words?: number;
  roles: JsonRole[];
  messages: JsonMessage[];
}

/** Checks documents against one dataset. */
export class Checker {
  readonly index: TermIndex;

  constructor(readonly dataset: Dataset = bundledDataset()) {
    this.index = new TermIndex(dataset, { misspellings: true, known: () => extraTechnologyIndex().words });
  }

  /** Checks a parsed tree of `source`. */
  checkTree(tree: Root, source: string, options: CheckOptions = {}): DocumentReport {
    const prose = proseOf(tree, source);
    const coverage = analyzeProse(prose, this.index, source);
    const lines = new LineIndex(source);
    return { prose, coverage, lines, messages: messagesFor(coverage, this.dataset, prose.controls, lines, options) };
  }

  /** Parses and checks Markdown text (in pieces: see split.ts). */
  check(source: string, options: CheckOptions = {}): DocumentReport {
    return new DocumentSession(this).update(source, options);
  }

  /**
   * The JSON form of a report, as coverage-spec.md defines it. Given the checked
   * `source`, it adds word counts: `words` for the answer's prose and for each role's text.
   */
  toJson(file: string, report: DocumentReport, source?: string): JsonFileReport {
    return {
      file,
      ...(source === undefined ? {} : { words: countWords(report.prose, source) }),
      roles: report.coverage.roles.map((role) => ({
        id: role.id,
        name: this.dataset.roleById.get(role.id)?.name ?? role.id,
        mentions: role.mentions.map((m) => report.lines.point(m.start)),
        technology: role.technology,
        duties: role.duties,
        ...(source === undefined ? {} : { words: countWords(report.prose, source, role.scope) }),
      })),
      messages: report.messages.map((m) => ({
        ruleId: m.ruleId,
        ...(m.roleId ? { roleId: m.roleId } : {}),
        severity: m.severity,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        message: m.message,
      })),
    };
  }
}

/** Counts for a coverage summary. */
export function summarize(coverage: Coverage): { named: number; described: number } {
  return { named: coverage.roles.length, described: coverage.roles.filter(isDescribed).length };
}
