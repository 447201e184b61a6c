import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ESLint } from 'eslint';
import ts from 'typescript';

/**
 * No regular expression in the shipped code may backtrack super-linearly on
 * what a student pastes. eslint-plugin-regexp enforces it at lint time; these
 * tests show the lint rule is on, and run every pattern in src/ against long
 * adversarial strings made from the pattern's own characters.
 */
const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every regular expression literal in src/**.ts, with where it is. */
function regexLiterals(): { where: string; re: RegExp }[] {
  const found: { where: string; re: RegExp }[] = [];
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const text = readFileSync(srcDir + file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ where: `src/${file}:${line} ${literal}`, re: new RegExp(literal.slice(1, end), literal.slice(end + 1)) });
      }
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        assert.fail(`src/${file}: new RegExp(...) builds a pattern at run time, which the lint rule cannot see; use a literal`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/**
 * Runs every pattern against long adversarial strings (see regex-worker.mjs)
 * in a worker, so that a pattern that never finishes fails the test instead
 * of hanging it.
 * Resolves with the number of runs, or rejects naming the slow pattern.
 */
function checkInWorker(patterns: { where: string; source: string; flags: string }[], length: number, boundMs: number, hangMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./regex-worker.mjs', import.meta.url), { workerData: { patterns, length, boundMs } });
    let current = '';
    let timer: NodeJS.Timeout | undefined;
    const watch = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`${current} did not finish within ${hangMs} ms: it backtracks catastrophically`));
      }, hangMs);
    };
    worker.on('message', (m: { started?: string; slow?: string; runs?: number }) => {
      if (m.started) {
        current = m.started;
        watch();
      } else {
        clearTimeout(timer);
        void worker.terminate();
        if (m.slow) reject(new Error(m.slow));
        else resolve(m.runs!);
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

describe('regular expressions on student text', function () {
  this.timeout(120_000);

  it('are literals the lint rule can see, and there are some to check', () => {
    assert.ok(regexLiterals().length >= 10, 'the scan found too few patterns: has it stopped finding them?');
  });

  it('take linear time on long adversarial strings (a generous bound per run)', async () => {
    // On 20,000 characters a pattern that backtracks quadratically needs ~4e8 steps,
    // seconds; a linear one needs well under a millisecond.
    const patterns = regexLiterals().map(({ where, re }) => ({ where, source: re.source, flags: re.flags }));
    const runs = await checkInWorker(patterns, 20_000, 250, 20_000);
    assert.ok(runs > 1000, `only ${runs} runs`);
  });

  it('catches a pattern that backtracks, whether it is slow or never finishes', async () => {
    const quadratic = { where: 'quadratic', source: '\\s*x', flags: '' };
    await assert.rejects(checkInWorker([quadratic], 20_000, 250, 20_000), /quadratic (took \d+ ms|did not finish)/);
    const exponential = { where: 'exponential', source: '^(?:a|a)*x$', flags: '' };
    await assert.rejects(checkInWorker([exponential], 20_000, 250, 2_000), /exponential did not finish/);
  });

  it('are guarded by eslint-plugin-regexp, which fails the lint on a pattern that backtracks', async () => {
    const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../', import.meta.url)) });
    const [result] = await eslint.lintText('export const heading = /^(\\w+\\s?)+:$/;\nexport const spaces = /\\s*\\s*x/;\n', { filePath: 'src/core/example.ts' });
    const rules = result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);
    assert.ok(rules.includes('regexp/no-super-linear-backtracking'), `lint gave ${JSON.stringify(rules)}`);
  });
});
