/** Runs a mocha instance and prints `RESULT <passed> <failed>`, the line the test/host runners read. */
export interface MochaRunner {
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number } };
}

export function runAndReport(mocha: MochaRunner): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`RESULT ${runner.stats?.passes ?? 0} ${runner.stats?.failures ?? failures}`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
}
