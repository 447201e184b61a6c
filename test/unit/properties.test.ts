import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseMarkdown } from '../../src/core/parse.js';
import { DocumentSession } from '../../src/core/session.js';
import { checker } from './helpers.js';

/**
 * Properties of the core over random and mutated Markdown built from the
 * project's fixtures. `npm test` runs FUZZ_RUNS cases (default 1,000);
 * `npm run fuzz` runs 100,000 and prints the seed of any failure.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

const dirs = ['../fixtures/answers/', '../../examples/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));
const fixtures = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(dir + f, 'utf8')));
const lines = fixtures.flatMap((text) => text.split('\n'));
const MARKUP = ['', '\n', '\n\n', '# ', '## ', '- ', '  - ', '1. ', '> ', '```', '~~~', '**', '*', '_', '`', '<!--', '-->', '<!-- coursework-roles-disable -->', '|', '---', '===', '[', '](', ')', '\\', '&amp;', '\r\n', '\t', '\u0000', '\uFFFD', 'https://', 'ODPs', 'they ', 'These professionals '];

/** Markdown built from fixture lines, markup and random characters. */
const markdown = fc
  .array(fc.oneof(fc.constantFrom(...lines), fc.constantFrom(...MARKUP), fc.string({ maxLength: 8 }), fc.constantFrom(...fixtures)), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** An edit: where, how much to delete, what to insert. */
const editArb = fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.oneof(fc.constantFrom(...MARKUP), fc.constantFrom(...lines), fc.string({ maxLength: 6 })));

const options = { numRuns: runs, ...(seed === undefined ? {} : { seed }) };

describe(`properties of the core (${runs} cases each)`, function () {
  this.timeout(0);

  it('never throws, places every message inside the text, and agrees with its roles list', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const report = checker.check(text);
        const json = checker.toJson('f.md', report);
        for (const m of report.messages) {
          assert.ok(m.start >= 0 && m.start <= m.end && m.end <= text.length, 'message outside the text');
          for (const r of m.related) assert.ok(r.start >= 0 && r.end <= text.length, 'related location outside the text');
          if (m.roleId) {
            const role = report.coverage.roles.find((r) => r.id === m.roleId);
            assert.ok(role, `message on ${m.roleId}, which the roles list lacks`);
            assert.ok(m.ruleId === 'missing-technology' ? !role.technology : !role.duties, 'a flag on a described part');
          }
        }
        for (const role of report.coverage.roles) {
          for (const m of role.mentions) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, 'mention outside the text');
        }
        assert.equal(json.roles.length, report.coverage.roles.length);
        // Parsing in pieces changes nothing.
        assert.deepEqual(json, checker.toJson('f.md', checker.checkTree(parseMarkdown(text), text)));
      }),
      options,
    );
  });

  it('gives the same result for LF and CRLF line endings', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const lf = text.replace(/\r\n?/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        const a = checker.toJson('f.md', checker.check(lf));
        const b = checker.toJson('f.md', checker.check(crlf));
        assert.deepEqual(b, a);
      }),
      options,
    );
  });

  it('re-checks incrementally with the same result as a full check', () => {
    fc.assert(
      fc.property(markdown, fc.array(editArb, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const session = new DocumentSession(checker);
        let text = start;
        session.update(text);
        for (const [at, remove, insert] of edits) {
          const from = text.length === 0 ? 0 : at % (text.length + 1);
          text = text.slice(0, from) + insert + text.slice(from + remove);
          const incremental = session.update(text);
          const full = checker.check(text);
          assert.deepEqual(checker.toJson('f.md', incremental), checker.toJson('f.md', full));
          assert.deepEqual(
            incremental.coverage.roles.map((r) => r.scope),
            full.coverage.roles.map((r) => r.scope),
          );
        }
      }),
      options,
    );
  });
});
