// What every CLI test file needs: the built CLI, run as a user runs it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The built CLI. */
export const cli = join(root, 'dist/cli.cjs');

/** What a run of the CLI gave. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with `args` (from the root folder, or from `{ cwd }` given first), without colour. */
export function run(...args: (string | { cwd: string })[]): Run {
  const options = typeof args[0] === 'object' ? (args.shift() as { cwd: string }) : { cwd: root };
  const result = spawnSync(process.execPath, [cli, ...(args as string[])], { cwd: options.cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
