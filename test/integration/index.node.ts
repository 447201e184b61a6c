/**
 * Entry of the node extension-host run (run-extension-host.mjs loads the
 * bundle of this file and awaits run()). Prints `RESULT <passed> <failed>`
 * for the runner, as test/host/README-host.md describes.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runAndReport } from './mocha-run.js';
import { activationSuite, nodeSuite } from './node.test.js';
import { sharedSuite } from './shared.test.js';

interface MochaLike {
  suite: { emit(event: string, ...args: unknown[]): void };
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number } };
}


async function loadMocha(): Promise<new (options: object) => MochaLike> {
  // Mocha comes from the harness tools cache (see test/host/setup.sh) or the project.
  const cache = process.env.HOST_CACHE ?? resolve(__dirname, '../../../.host-cache');
  const candidate = join(cache, 'tools/node_modules/mocha/index.js');
  const where = existsSync(candidate) ? pathToFileURL(candidate).href : 'mocha';
  const mod = (await import(where)) as { default?: unknown };
  return (mod.default ?? mod) as new (options: object) => MochaLike;
}

export async function run(): Promise<void> {
  const Mocha = await loadMocha();
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  // Define the suites through mocha's BDD globals, in order: activation first.
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  activationSuite();
  sharedSuite();
  nodeSuite();
  await runAndReport(mocha);
}
