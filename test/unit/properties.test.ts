import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { parseChunks } from '../../src/core/chunks.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { collectProse } from '../../src/core/prose.js';
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
const MARKUP = ['', '\n', '\n\n', '# ', '## ', '- ', '  - ', '1. ', '> ', '```', '~~~', '**', '*', '_', '`', '~~', '~', '<!--', '-->', '<!-- coursework-roles-disable -->', '|', '---', '===', '[', '](', ')', '\\', '&amp;', '\r\n', '\t', '\u0000', '\uFFFD', 'https://', 'ODPs', 'they ', 'These professionals ', '\n<p>', '</p>', '<br>', '\n<div><b>', '</b>', '<h2>', '&nbsp;', '&#8211;', '<script>', '</script>', '<li>', '\n\t', '\n\t\t', '\n    '];

/** Markdown built from fixture lines, markup and random characters. */
const markdown = fc
  .array(fc.oneof(fc.constantFrom(...lines), fc.constantFrom(...MARKUP), fc.string({ maxLength: 8 }), fc.constantFrom(...fixtures)), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** More of the Markdown that makes inline nodes: links, references, autolinks, breaks, HTML, entities. */
const INLINE_MARKUP = ['<', '>', '!', '![', '<http://example.org>', '<a@b.co>', '<b>', '</b>', '&colon;', '&#45;', '&ndash;', '&#x41;', '  \n', '\\\n', '[ref]', '[ref]: https://example.org\n', '][ref]', '[]', ' "title"', '(https://example.org)', '(<>)', '(www.example.org)', '**Radiographers**', ':', ' - ', '\n===\n', '\n---\n', '| a | b |\n|---|---|\n', '* ', '1) ', '    ', '+++\n', '---\n', '[link\n', '*x*](https://example.org)', '\\\n](u)', '\n> '];

/** Markdown dense with inline markup. */
const inlineMarkdown = fc
  .array(fc.oneof(fc.constantFrom(...lines), fc.constantFrom(...MARKUP), fc.constantFrom(...INLINE_MARKUP), fc.string({ maxLength: 4 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** An edit: where, how much to delete, what to insert. */
const editArb = fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.oneof(fc.constantFrom(...MARKUP), fc.constantFrom(...lines), fc.string({ maxLength: 6 })));

const options = { numRuns: runs, ...(seed === undefined ? {} : { seed }) };

const hasDefinitions = (node: Nodes): boolean => node.type === 'definition' || ('children' in node && node.children.some(hasDefinitions));

/** The top-level nodes of the mdast tree of `text`, as parseChunks describes them. */
function chunksFromTree(text: string): unknown[] {
  return parseMarkdown(text).children.map((node) => ({
    type: node.type,
    start: node.position?.start.offset,
    end: node.position?.end.offset,
    prose: collectProse([node], text),
    definitions: hasDefinitions(node),
  }));
}

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

  it('reads the same top-level nodes and prose from micromark events as from the mdast tree', () => {
    fc.assert(
      fc.property(fc.oneof(markdown, inlineMarkdown), (text) => {
        assert.deepEqual(parseChunks(text), chunksFromTree(text));
      }),
      options,
    );
  });

  it('reads the same prose from events as from the tree for each kind of inline node', () => {
    const cases = [
      '[foo\n*bar*](u) [foo\n](u) [a\\\nb](u) [a\\\n](u) [](u) [x](<>)',
      '*a*\nb\n===\n\n**Lead**&#58;\n\n**Lead** \\- <!-- x -->\n\n_Lead_ and more',
      '> <!-- coursework-roles-disable\n> missing-duties -->\n\ntext <!-- coursework-roles-disable-line --> more',
      '- a\n\n  b\n- c\n  - d\n\n  e\n\n1. > quoted\n   > # heading',
      '[https://x.org](https://x.org) [www.x.org](http://www.x.org) [a &amp; b](c%20&amp;%20a%20&amp;%20b) <http://a.b> <a@b.co>',
      '[t][ref] [ref] [t][]\n\n[ref]: https://example.org',
      // The same references undefined: nothing carries over from the text before.
      '[t][ref] [ref] [t][]',
      '~~struck~~ a ~one~ ~~**bold** and [link](u)~~ b ~~~x~~ ~~\nacross~~ | ~~a | b~~ |',
      '| **a** | b\\|c |\n|---|---|\n| [x](y) | <b>z</b> | extra |\n| `c` |',
      'a  \nb\\\nc ![img](src) `code` &amp; &bogus; &#0; # Heading ##\n# Closed #',
      '---\ntitle: x\n---\ntext\n\n<div>\n<!-- c -->\n</div>\n\n```\n**code**\n```\n\n    indented',
      '+++\na = 1\n+++\n\nSetext\n---\n\n***\n\n> - item\n>\n>   more',
      '-\tfoo\n\tbar <!-- coursework-roles-disable\tmissing-duties -->\n\n>\t<!--\n>\tx -->\n\n- [a\n\t\tb](u)\n\n**Lead**\t:',
    ];
    for (const text of cases) {
      assert.deepEqual(parseChunks(text), chunksFromTree(text), text);
      const crlf = text.replace(/\n/g, '\r\n');
      assert.deepEqual(parseChunks(crlf), chunksFromTree(crlf), crlf);
    }
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
