/**
 * One file of a CLI run: bytes → submission (converted when it is Word or
 * HTML) → the core → its JSON and text output. The same function runs on the
 * main thread and in the worker pool (pool.ts), so both print the same.
 */
import { readFileSync } from 'node:fs';
import type { Checker, JsonFileReport } from '../core/check.js';
import { skipReason, type Limits } from '../core/limits.js';
import type { CheckOptions } from '../core/rules.js';
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
  format: 'text' | 'json';
  color: boolean;
  options: CheckOptions;
  limits: Limits;
}

/** The outcome for one file: a line for standard error, or its output. */
export interface FileResult {
  /** Why it was skipped, as printed on standard error. */
  skipped?: string;
  flagged: boolean;
  json?: JsonFileReport;
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
    return { skipped: `coursework-roles: cannot read ${job.shown}: ${readProblem(error)}`, flagged: false };
  }
  let submission;
  try {
    submission = await readSubmission(job.path, bytes, decodeText);
  } catch (error) {
    if (error instanceof UnreadableSubmission) return { skipped: `coursework-roles: skipped ${job.shown}: ${error.message}`, flagged: false };
    throw error;
  }
  const source = submission.markdown;
  const reason = skipReason(source, settings.limits);
  if (reason) return { skipped: `coursework-roles: skipped ${job.shown}: ${reason}`, flagged: false };
  const report = checker.check(source, settings.options);
  const flagged = report.messages.length > 0;
  const paragraphs = submission.paragraphs;
  if (settings.format === 'text') {
    return { flagged, text: formatText(job.shown, report, checker.dataset, { color: settings.color, ...(paragraphs ? { place: paragraphPlace(paragraphs) } : {}) }) };
  }
  const json = checker.toJson(job.shown, report);
  if (submission.format === 'markdown') return { flagged, json };
  // Added fields (README, "Word, web pages and plain text"): the format, and for a converted file where each place is in the original.
  const extended: JsonFileReport & { format: string } = { file: json.file, format: submission.format, roles: json.roles, messages: json.messages };
  if (paragraphs) {
    const at = (offset: number): { paragraph: number; excerpt: string } => paragraphAt(paragraphs, offset) ?? { paragraph: 1, excerpt: '' };
    extended.roles = json.roles.map((role, r) => ({
      ...role,
      mentions: role.mentions.map((m, i) => ({ ...m, paragraph: at(report.coverage.roles[r]!.mentions[i]!.start).paragraph })),
    }));
    extended.messages = json.messages.map((m, i) => ({ ...m, ...at(report.messages[i]!.start) }));
  }
  return { flagged, json: extended };
}
