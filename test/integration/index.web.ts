/**
 * Entry of the web-worker run (run-web.mjs): the shared suite with mocha's
 * browser build, which the bundle carries as a banner (see esbuild.mjs).
 * Prints `RESULT <passed> <failed>` for the runner.
 */
import { runAndReport } from './mocha-run.js';
import { sharedSuite } from './shared.test.js';

declare const mocha: {
  setup(options: object): void;
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number } };
};

export async function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30000 });
  sharedSuite();
  await runAndReport(mocha);
}
