/**
 * The `coursework-roles` command: checks Markdown answers from the command line.
 * Arguments → the same core as the extension → a reporter → an exit code
 * (0 nothing flagged, 1 something flagged, 2 usage, file or dataset error).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { Checker } from '../core/check.js';
import { DatasetError, datasetSizeProblem, datasetWith, parseDatasetText, type DatasetFile } from '../core/dataset.js';
import { DEFAULT_LIMITS } from '../core/limits.js';
import { ruleDocPath, type CheckOptions } from '../core/rules.js';
import { formatCsv } from '../report/csv.js';
import type { NotChecked, Submission } from '../report/data.js';
import { formatHtml } from '../report/html.js';
import { checkFile, decodeText, readProblem, type FileJob, type FileResult, type RunSettings } from './check-file.js';
import { EXTENSIONS, REFUSED_EXTENSIONS } from './convert.js';
import { checkInWorkers, threadsFor } from './pool.js';

declare const VERSION: string;
/** The package root relative to this module (dist/cli.cjs), set by the build. */
declare const PACKAGE_ROOT: string | undefined;
const packageRoot = new URL(typeof PACKAGE_ROOT === 'string' ? PACKAGE_ROOT : '../../', import.meta.url);

const USAGE = `Usage: coursework-roles [options] PATH...

Checks that every practitioner role named in an answer is described
with the technology it uses and the duties it carries out.

PATH is a file (Markdown, Word .docx, a web page .html/.htm, or plain text .txt),
a folder (every such file below it) or a glob ("answers/**/*.docx").

Options:
  --format FORMAT      text (default), json, csv (a spreadsheet: a row per file
                       and role) or html (a class report page)
  -o, --output FILE    write the output to FILE instead of standard output
  --min-roles N        flag a file with fewer than N fully described roles
                       (overrides a criterion file's minRoles)
  --config FILE        extra roles and technologies, or a tutor's criterion
                       (same format as data/roles.json); may be given more than once
  --max-size MB        skip (and say so) files larger than this (default: 20)
  --jobs N             threads to check files on (default: one fewer than the
                       cores, for 40 files or more; otherwise one)
  --no-color           plain text output
  -h, --help           show this help
  -v, --version        show the version

Each rule is explained in DOCS

Exit status: 0 nothing flagged, 1 something flagged, 2 usage, file or dataset error
(including a file skipped as too large or too deeply nested; the others are still checked).`;

/** A problem with the command line or the files named: one line, exit code 2. */
class UsageError extends Error {}

const FORMATS = ['text', 'json', 'csv', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface Args {
  format: Format;
  output?: string;
  /** Unset: the criterion's minimum, if a --config file gives one. */
  minRoles?: number;
  configs: string[];
  paths: string[];
  /** 0: every core. */
  jobs: number;
  color: boolean;
  help: boolean;
  version: boolean;
  maxSizeMB: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { format: 'text', configs: [], paths: [], jobs: 0, color: true, help: false, version: false, maxSizeMB: DEFAULT_LIMITS.maxLength / 1024 / 1024 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be "text", "json", "csv" or "html", not "${v}"`);
        args.format = v as Format;
        break;
      }
      case '-o':
      case '--output':
        args.output = value();
        break;
      case '--min-roles': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw new UsageError(`--min-roles must be a whole number of 0 or more, not "${v}"`);
        args.minRoles = n;
        break;
      }
      case '--config':
        args.configs.push(value());
        break;
      case '--max-size': {
        const v = value();
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--max-size must be a number of megabytes above 0, not "${v}"`);
        args.maxSizeMB = n;
        break;
      }
      case '--jobs': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs must be a whole number of 1 or more, not "${v}"`);
        args.jobs = n;
        break;
      }
      case '--no-color':
        args.color = false;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '-v':
      case '--version':
        args.version = true;
        break;
      case '--':
        args.paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg} (see --help)`);
        args.paths.push(arg);
    }
  }
  return args;
}

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** What a folder is searched for: every format read, and old Word files (to say they cannot be). */
const FOLDER_GLOB = `**/*.{${[...Object.values(EXTENSIONS).flat(), ...REFUSED_EXTENSIONS].join(',')}}`;

/** Every submission a PATH argument stands for, in a stable order. */
function expand(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    if (isDynamicPattern(path)) {
      const files = globSync(path, { onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] }).sort();
      if (files.length === 0) throw new UsageError(`no files match ${path}`);
      return files;
    }
    throw new UsageError(`cannot read ${path}: no such file or folder`);
  }
  if (stats.isDirectory()) {
    const files = globSync(FOLDER_GLOB, { cwd: path, onlyFiles: true, caseSensitiveMatch: false, ignore: [...SKIPPED_DIRS].map((d) => `**/${d}/**`) })
      // Word's lock files (~$answer.docx) are not submissions.
      .filter((f) => !/(?:^|\/)~\$/.test(f))
      .sort()
      .map((f) => join(path, f));
    if (files.length === 0) throw new UsageError(`no answers (.md, .docx, .html, .txt) in folder ${path}`);
    return files;
  }
  return [path];
}

/** Reads a file as text: a byte-order mark is dropped and invalid UTF-8 becomes U+FFFD rather than an error. */
export function readText(path: string): string {
  try {
    return decodeText(readFileSync(path));
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${readProblem(error)}`);
  }
}

/** Reads and validates a --config file; a file too large is refused before it is read. */
function readDataset(path: string): DatasetFile {
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // readText says why the file cannot be read.
  }
  const tooBig = datasetSizeProblem(size, path);
  if (tooBig) throw tooBig;
  return parseDatasetText(readText(path), path);
}

/** The checker for the bundled dataset and the --config files. */
export function loadChecker(configs: readonly string[]): Checker {
  const files = configs.map((path) => ({ file: readDataset(path), name: path }));
  return new Checker(datasetWith(files));
}

/** Why a file cannot be written, in a few words. */
function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such folder';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOSPC') return 'the disk is full';
  return (error as Error).message;
}

/** Refuses an --output that cannot be written before any file is checked. */
function checkOutput(output: string): void {
  let stats;
  try {
    stats = statSync(output);
  } catch {
    try {
      if (!statSync(dirname(resolve(output))).isDirectory()) throw new Error();
    } catch {
      throw new UsageError(`cannot write ${output}: no such folder ${dirname(output)}`);
    }
    return;
  }
  if (stats.isDirectory()) throw new UsageError(`cannot write ${output}: it is a folder`);
}

/** The files the PATH arguments stand for, less the --output file when a folder or glob picked it up. */
function filesToCheck(paths: readonly string[], output: string | undefined): string[] {
  const target = output === undefined ? undefined : resolve(output);
  const files: string[] = [];
  for (const path of paths) {
    if (target !== undefined && resolve(path) === target) throw new UsageError(`--output ${output} is also a file to check: write the report somewhere else`);
    for (const file of expand(path)) if (resolve(file) !== target) files.push(file);
  }
  return [...new Set(files)];
}

/** What the CLI's surroundings give it. */
export interface RunEnvironment {
  /** The script a worker thread runs (the CLI bundle itself); without it, one thread. */
  workerScript?: string;
  /** Shows progress on standard error (only when it is a terminal). */
  progress?: (done: number, total: number) => void;
}

/** Above this many files, a terminal shows progress. */
const PROGRESS_FROM = 40;

/** Runs the CLI; resolves to the exit code. */
export async function run(argv: readonly string[], out: (text: string) => void, err: (text: string) => void, color: boolean, env: RunEnvironment = {}): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help) {
      out(`${USAGE.replace('DOCS', fileURLToPath(new URL(ruleDocPath('<rule>'), packageRoot)))}\n`);
      return 0;
    }
    if (args.version) {
      out(`${typeof VERSION === 'string' ? VERSION : 'dev'}\n`);
      return 0;
    }
    if (args.paths.length === 0) throw new UsageError('no files given (see --help)');
    if (args.output !== undefined) checkOutput(args.output);
    const checker = loadChecker(args.configs);
    const files = filesToCheck(args.paths, args.output);
    const jobs: FileJob[] = files.map((path) => ({ path, shown: relative(process.cwd(), resolve(path)) || path }));
    const options: CheckOptions = args.minRoles === undefined ? {} : { minRoles: args.minRoles };
    const settings: RunSettings = {
      format: args.format,
      packageRoot: packageRoot.href,
      color: color && args.color && args.output === undefined,
      options,
      limits: { ...DEFAULT_LIMITS, maxLength: Math.floor(args.maxSizeMB * 1024 * 1024) },
    };
    const submissions: Submission[] = [];
    const texts: string[] = [];
    const notChecked: NotChecked[] = [];
    let flagged = false;
    const progress = env.progress && jobs.length > PROGRESS_FROM ? env.progress : undefined;
    const take = (index: number, result: FileResult): void => {
      if (result.skipped !== undefined) {
        // Say why, and go on with the rest.
        err(result.skipped);
        notChecked.push({ file: jobs[index]!.shown, reason: result.reason ?? result.skipped });
      }
      if (result.flagged) flagged = true;
      if (result.json) submissions.push(result.json as Submission);
      if (result.submission) submissions.push(result.submission);
      if (result.text !== undefined) texts.push(result.text);
      progress?.(index + 1, jobs.length);
    };
    const threads = env.workerScript ? threadsFor(jobs.length, args.jobs) : 1;
    if (threads > 1) {
      await checkInWorkers(env.workerScript!, jobs, threads, { configs: args.configs, settings }, (job) => checkFile(job, checker, settings), take);
    } else {
      for (const [index, job] of jobs.entries()) take(index, await checkFile(job, checker, settings));
    }
    const output = format(args.format, texts, submissions, notChecked, checker);
    if (args.output === undefined) out(output);
    else {
      try {
        writeFileSync(args.output, output);
      } catch (error) {
        throw new UsageError(`cannot write ${args.output}: ${writeProblem(error)}`);
      }
    }
    return notChecked.length > 0 ? 2 : flagged ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof DatasetError) {
      err(`coursework-roles: ${error.message}`);
      return 2;
    }
    err(`coursework-roles: internal error: ${(error as Error).message ?? String(error)}`);
    return 2;
  }
}

/** The whole output of a run in the chosen format. */
function format(kind: Format, texts: readonly string[], submissions: Submission[], notChecked: NotChecked[], checker: Checker): string {
  if (kind === 'text') return `${texts.join('\n\n')}\n`;
  if (kind === 'json') return `${JSON.stringify(submissions, null, 2)}\n`;
  if (kind === 'csv') return formatCsv(submissions);
  // A dataset file's `criterion` object, when one was given.
  const criterion = checker.dataset.criterion;
  const roleNames = Object.fromEntries((criterion?.mustDescribe ?? []).map((id) => [id, checker.dataset.roleById.get(id)?.name ?? id]));
  return formatHtml({
    submissions,
    notChecked,
    roleNames,
    version: typeof VERSION === 'string' ? VERSION : 'dev',
    generated: new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    ...(criterion ? { criterion } : {}),
  });
}
