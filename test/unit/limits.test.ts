import assert from 'node:assert/strict';
import { nestingDepth, skipReason } from '../../src/core/limits.js';
import { checker } from './helpers.js';

describe('limits on what is checked', () => {
  it('estimates list and quote nesting', () => {
    assert.equal(nestingDepth('- a\n  - b\n    - c\n'), 3);
    assert.equal(nestingDepth('> > > quote\n'), 3);
    assert.equal(nestingDepth('1. a\n   2) b\n'), 2);
    assert.equal(nestingDepth('Plain text.\n\n    indented code\n'), 0);
  });

  it('counts every marker CommonMark allows, and a tab as four columns of indentation', () => {
    assert.equal(nestingDepth('+ a\n  * b\n'), 2);
    assert.equal(nestingDepth('-\ta\n\t-\tb\n'), 3);
    assert.equal(nestingDepth('1.\ta\n'), 1);
    assert.equal(nestingDepth('2024 was a year.\n1x. Not a list.\n1234567890. Ten digits are too many for a list marker.\n'), 0);
  });

  it('skips text that is too large or nested too deeply, saying why', () => {
    assert.equal(skipReason('Radiographers.'), undefined);
    assert.equal(skipReason('x'.repeat(3000), { maxLength: 2048, maxDepth: 100 }), 'it is 3 KB, more than the 2 KB limit');
    assert.equal(skipReason('x'.repeat(1.5 * 1024 * 1024), { maxLength: 1024 * 1024, maxDepth: 100 }), 'it is 1.5 MB, more than the 1.0 MB limit');
    const deep = Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- sonographer`).join('\n');
    assert.equal(skipReason(deep), 'its lists or block quotes are nested more than 100 levels deep');
  });

  it('checks hostile but admissible input within a generous bound', function () {
    this.timeout(60_000);
    const inputs: [string, string][] = [
      ['a 2 MB single line', 'Radiographers use CT scanners and sonographers scan. '.repeat(40_000)],
      ['20,000 headings', Array.from({ length: 20_000 }, (_, i) => `# Radiographer ${i}\n`).join('\n')],
      ['lists 90 levels deep', Array.from({ length: 90 }, (_, i) => `${'  '.repeat(i)}- sonographer`).join('\n')],
      ['binary data', String.fromCharCode(...Array.from({ length: 60_000 }, (_, i) => (i * 7919) % 65_536))],
      ['NUL bytes', 'Radiographers\u0000 use CT\u0000 scanners.\n'.repeat(2000)],
    ];
    for (const [what, text] of inputs) {
      assert.equal(skipReason(text), undefined, what);
      const started = Date.now();
      const report = checker.check(text);
      assert.ok(Date.now() - started < 20_000, `${what} took ${Date.now() - started} ms`);
      for (const m of report.messages) assert.ok(m.start >= 0 && m.end <= text.length, `${what}: message outside the text`);
    }
  });
});
