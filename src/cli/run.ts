/**
 * The `coursework-roles` command: checks Markdown answers from the command line.
 * Arguments → the same core as the extension → a reporter → an exit code
 * (0 nothing flagged, 1 something flagged, 2 usage, file or dataset error).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { Checker, type JsonFileReport } from '../core/check.js';
import { DatasetError, datasetSizeProblem, datasetWith, parseDatasetText, type DatasetFile } from '../core/dataset.js';
import { DEFAULT_LIMITS } from '../core/limits.js';
import type { CheckOptions } from '../core/rules.js';
import { checkFile, decodeText, readProblem, type FileJob, type FileResult, type RunSettings } from './check-file.js';
import { EXTENSIONS, REFUSED_EXTENSIONS } from './convert.js';
import { checkInWorkers, threadsFor } from './pool.js';

declare const VERSION: string;

const USAGE = `Usage: coursework-roles [options] PATH...

Checks that every practitioner role named in an answer is described
with the technology it uses and the duties it carries out.

PATH is a file (Markdown, Word .docx, a web page .html/.htm, or plain text .txt),
a folder (every such file below it) or a glob ("answers/**/*.docx").

Options:
  --format text|json   output format (default: text)
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

Exit status: 0 nothing flagged, 1 something flagged, 2 usage, file or dataset error
(including a file skipped as too large or too deeply nested; the others are still checked).`;

/** A problem with the command line or the files named: one line, exit code 2. */
class UsageError extends Error {}

interface Args {
  format: 'text' | 'json';
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
        if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be "text" or "json", not "${v}"`);
        args.format = v;
        break;
      }
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
      out(USAGE);
      return 0;
    }
    if (args.version) {
      out(typeof VERSION === 'string' ? VERSION : 'dev');
      return 0;
    }
    if (args.paths.length === 0) throw new UsageError('no files given (see --help)');
    const checker = loadChecker(args.configs);
    const files = [...new Set(args.paths.flatMap(expand))];
    const jobs: FileJob[] = files.map((path) => ({ path, shown: relative(process.cwd(), resolve(path)) || path }));
    const options: CheckOptions = args.minRoles === undefined ? {} : { minRoles: args.minRoles };
    const settings: RunSettings = { format: args.format, color: color && args.color, options, limits: { ...DEFAULT_LIMITS, maxLength: Math.floor(args.maxSizeMB * 1024 * 1024) } };
    const json: JsonFileReport[] = [];
    const texts: string[] = [];
    let flagged = false;
    let skipped = false;
    const progress = env.progress && jobs.length > PROGRESS_FROM ? env.progress : undefined;
    const take = (index: number, result: FileResult): void => {
      if (result.skipped !== undefined) {
        // Say why, and go on with the rest.
        err(result.skipped);
        skipped = true;
      }
      if (result.flagged) flagged = true;
      if (result.json) json.push(result.json);
      if (result.text !== undefined) texts.push(result.text);
      progress?.(index + 1, jobs.length);
    };
    const threads = env.workerScript ? threadsFor(jobs.length, args.jobs) : 1;
    if (threads > 1) {
      await checkInWorkers(env.workerScript!, jobs, threads, { configs: args.configs, settings }, (job) => checkFile(job, checker, settings), take);
    } else {
      for (const [index, job] of jobs.entries()) take(index, await checkFile(job, checker, settings));
    }
    out(args.format === 'json' ? JSON.stringify(json, null, 2) : texts.join('\n\n'));
    return skipped ? 2 : flagged ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof DatasetError) {
      err(`coursework-roles: ${error.message}`);
      return 2;
    }
    err(`coursework-roles: internal error: ${(error as Error).message ?? String(error)}`);
    return 2;
  }
}
