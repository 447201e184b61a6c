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
import { DEFAULT_LIMITS, skipReason } from '../core/limits.js';
import type { CheckOptions } from '../core/rules.js';
import { formatText } from './report.js';

declare const VERSION: string;

const USAGE = `Usage: coursework-roles [options] PATH...

Checks that every practitioner role named in a Markdown answer is described
with the technology it uses and the duties it carries out.

PATH is a Markdown file, a folder (every *.md below it) or a glob ("answers/**/*.md").

Options:
  --format text|json   output format (default: text)
  --min-roles N        flag a file with fewer than N fully described roles
                       (overrides a criterion file's minRoles)
  --config FILE        extra roles and technologies, or a tutor's criterion
                       (same format as data/roles.json); may be given more than once
  --max-size MB        skip (and say so) files larger than this (default: 20)
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
  color: boolean;
  help: boolean;
  version: boolean;
  maxSizeMB: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { format: 'text', configs: [], paths: [], color: true, help: false, version: false, maxSizeMB: DEFAULT_LIMITS.maxLength / 1024 / 1024 };
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

/** Every Markdown file a PATH argument stands for, in a stable order. */
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
    const files = globSync('**/*.{md,markdown}', { cwd: path, onlyFiles: true, ignore: [...SKIPPED_DIRS].map((d) => `**/${d}/**`) })
      .sort()
      .map((f) => join(path, f));
    if (files.length === 0) throw new UsageError(`no Markdown files in folder ${path}`);
    return files;
  }
  return [path];
}

/** Reads a file as text: a byte-order mark is dropped and invalid UTF-8 becomes U+FFFD rather than an error. */
export function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`cannot read ${path}: ${why}`);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
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

function loadChecker(configs: readonly string[]): Checker {
  const files = configs.map((path) => ({ file: readDataset(path), name: path }));
  return new Checker(datasetWith(files));
}

/** Runs the CLI; returns the exit code. */
export function run(argv: readonly string[], out: (text: string) => void, err: (text: string) => void, color: boolean): number {
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
    const options: CheckOptions = args.minRoles === undefined ? {} : { minRoles: args.minRoles };
    const json: JsonFileReport[] = [];
    const texts: string[] = [];
    let flagged = false;
    let skipped = false;
    const limits = { ...DEFAULT_LIMITS, maxLength: Math.floor(args.maxSizeMB * 1024 * 1024) };
    for (const file of files) {
      const source = readText(file);
      const shown = relative(process.cwd(), resolve(file)) || file;
      const reason = skipReason(source, limits);
      if (reason) {
        // Say why, and go on with the rest.
        err(`coursework-roles: skipped ${shown}: ${reason}`);
        skipped = true;
        continue;
      }
      const report = checker.check(source, options);
      if (report.messages.length > 0) flagged = true;
      if (args.format === 'json') json.push(checker.toJson(shown, report));
      else texts.push(formatText(shown, report, checker.dataset, { color: color && args.color }));
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
