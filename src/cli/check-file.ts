/**
 * One file of a CLI run: bytes → submission (converted when it is Word or
 * HTML) → the core → its JSON and text output. The same function runs on the
 * main thread and in the worker pool (pool.ts), so both print the same.
 */
import { readFileSync } from 'node:fs';
import type { Checker, JsonFileReport } from '../core/check.js';
import { skipReason, type Limits } from '../core/limits.js';
import { ruleDocUrl, type CheckOptions } from '../core/rules.js';
import { submissionOf, type Submission } from '../report/data.js';
import { paragraphAt, readSubmission, UnreadableSubmission, type Paragraph } from './convert.js';
import { formatText } from './report.js';

/** A file the CLI was asked to check. */
export interface FileJob {
  path: string;
  /** As shown in the output: relative to the working folder. */
  shown: string;
}

/** What a run needs to check files, in a form a worker can be sent. */
export interface RunSettings {
  format: 'text' | 'json' | 'csv' | 'html';
  /** Where the package is installed (a URL), for the rule pages each JSON message points at. */
  packageRoot: string;
  color: boolean;
  options: CheckOptions;
  limits: Limits;
}

/** The outcome for one file: a line for standard error, or its output. */
export interface FileResult {
  /** Why it was skipped, as printed on standard error. */
  skipped?: string;
  /** Why it was not checked, in a few words (for the class report's list). */
  reason?: string;
  flagged: boolean;
  json?: JsonFileReport;
  /** For CSV and the class report. */
  submission?: Submission;
  text?: string;
}

/** Reads bytes as text: a byte-order mark is dropped and invalid UTF-8 becomes U+FFFD rather than an error. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/** Why a file cannot be read, in a few words. */
export function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
}

/** A message's place for a tutor: the paragraph number and its first words. */
function paragraphPlace(paragraphs: readonly Paragraph[]): (offset: number) => string {
  return (offset) => {
    const p = paragraphAt(paragraphs, offset);
    return p ? `\u00b6${p.paragraph} "${p.excerpt}"` : '\u00b61';
  };
}

/** Checks one file. */
export async function checkFile(job: FileJob, checker: Checker, settings: RunSettings): Promise<FileResult> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(job.path);
  } catch (error) {
    // Say why, and go on with the other files.
    return notChecked(`cannot read ${job.shown}: ${readProblem(error)}`, readProblem(error));
  }
  let submission;
  try {
    submission = await readSubmission(job.path, bytes, decodeText);
  } catch (error) {
    if (error instanceof UnreadableSubmission) return notChecked(`skipped ${job.shown}: ${error.message}`, error.message);
    throw error;
  }
  const source = submission.markdown;
  const reason = skipReason(source, settings.limits);
  if (reason) return notChecked(`skipped ${job.shown}: ${reason}`, reason);
  try {
    return resultOf(job, checker, settings, submission);
  } catch (error) {
    // A bug in the checker: this file is not checked, and the others still are.
    const why = `internal error (${(error as Error).message ?? String(error)}); please report it with the file`;
    return notChecked(`could not check ${job.shown}: ${why}`, why);
  }
}

/** The output for one file read and converted. */
function resultOf(job: FileJob, checker: Checker, settings: RunSettings, submission: Awaited<ReturnType<typeof readSubmission>>): FileResult {
  const source = submission.markdown;
  const report = checker.check(source, settings.options);
  const flagged = report.messages.length > 0;
  const paragraphs = submission.paragraphs;
  if (settings.format === 'text') {
    return { flagged, text: formatText(job.shown, report, checker.dataset, { color: settings.color, ...(paragraphs ? { place: paragraphPlace(paragraphs) } : {}) }) };
  }
  const at = (offset: number): { paragraph: number; excerpt: string } => (paragraphs && paragraphAt(paragraphs, offset)) || { paragraph: 1, excerpt: '' };
  if (settings.format !== 'json') {
    const whole = submissionOf(checker, job.shown, report, source);
    if (paragraphs) whole.messages = whole.messages.map((m, i) => ({ ...m, ...at(report.messages[i]!.start) }));
    return { flagged, submission: whole };
  }
  const plain = checker.toJson(job.shown, report, source);
  // Each message says where its rule's page is in the installed package.
  const json = { ...plain, messages: plain.messages.map((m) => ({ ...m, url: ruleDocUrl(m.ruleId, settings.packageRoot) })) };
  if (submission.format === 'markdown') return { flagged, json };
  // Added fields (README, "Word, web pages and plain text"): the format, and for a converted file where each place is in the original.
  const { file, ...rest } = json;
  const extended: JsonFileReport & { format: string } = { file, format: submission.format, ...rest };
  if (paragraphs) {
    extended.roles = json.roles.map((role, r) => ({
      ...role,
      mentions: role.mentions.map((m, i) => ({ ...m, paragraph: at(report.coverage.roles[r]!.mentions[i]!.start).paragraph })),
    }));
    extended.messages = json.messages.map((m, i) => ({ ...m, ...at(report.messages[i]!.start) }));
  }
  return { flagged, json: extended };
}

/** A file left unchecked: the line for standard error, and the reason for the report. */
function notChecked(line: string, reason: string): FileResult {
  return { skipped: `coursework-roles: ${line}`, reason, flagged: false };
}
