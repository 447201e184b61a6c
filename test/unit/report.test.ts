import assert from 'node:assert/strict';
import { Checker } from '../../src/core/check.js';
import { csvField, formatCsv } from '../../src/report/csv.js';
import { cellState, sentenceAt, submissionOf, summarizeClass, type Submission } from '../../src/report/data.js';
import { escapeHtml, formatHtml } from '../../src/report/html.js';

const checker = new Checker();

function submission(file: string, source: string): Submission {
  return submissionOf(checker, file, checker.check(source), source);
}

const role = (id: string, technology: boolean, duties: boolean) => ({ id, name: id.toUpperCase(), mentions: [{ line: 1, column: 1 }], technology, duties, words: 5 });
const sub = (file: string, roles: ReturnType<typeof role>[]): Submission => ({ file, words: 10, roles, messages: [] });

describe('the class report data', () => {
  it('gives each role of a submission one of five states', () => {
    assert.deepEqual(
      [cellState({ technology: true, duties: true }), cellState({ technology: false, duties: true }), cellState({ technology: true, duties: false }), cellState({ technology: false, duties: false }), cellState(undefined)],
      ['described', 'technology-missing', 'duties-missing', 'both-missing', 'not-named'],
    );
  });

  it('puts a column for every role anyone named, most named first, with totals per state', () => {
    const summary = summarizeClass({ submissions: [sub('a', [role('x', true, true)]), sub('b', [role('y', false, true), role('x', false, false)]), sub('c', [])] });
    assert.deepEqual(
      summary.roles.map((r) => [r.id, r.named, r.counts]),
      [
        ['x', 2, { described: 1, 'technology-missing': 0, 'duties-missing': 0, 'both-missing': 1, 'not-named': 1 }],
        ['y', 1, { described: 0, 'technology-missing': 1, 'duties-missing': 0, 'both-missing': 0, 'not-named': 2 }],
      ],
    );
    assert.deepEqual(summary.described, [1, 0, 0]);
    assert.equal(summary.verdicts, undefined);
  });

  it('says who meets a criterion and what the others lack', () => {
    const summary = summarizeClass({
      submissions: [sub('a', [role('x', true, true), role('y', true, true)]), sub('b', [role('x', true, false)]), sub('c', [role('y', true, true)])],
      criterion: { code: '2.1', title: 't', minRoles: 2, mustDescribe: ['x', 'z'] },
      roleNames: { z: 'Zed' },
    });
    assert.ok(summary.roles.some((r) => r.id === 'z' && r.name === 'Zed' && r.named === 0), 'a required role nobody names still has a column');
    assert.deepEqual(summary.verdicts, [
      { meets: false, lacks: ['Zed not named'] },
      { meets: false, lacks: ['2 more fully described roles', 'X not fully described', 'Zed not named'] },
      { meets: false, lacks: ['1 more fully described role', 'X not named', 'Zed not named'] },
    ]);
    const easy = summarizeClass({ submissions: [sub('a', [])], criterion: { code: '2.1', title: 't' } });
    assert.deepEqual(easy.verdicts, [{ meets: true, lacks: [] }]);
  });

  it('finds the sentence a message is on, as plain text', () => {
    const source = '# Roles\n\nMany people help. **Sonographers** use *ultrasound* X-ray kit, e.g. probes. They are kind! Clinical coders code.\n';
    const report = checker.check(source);
    const at = (text: string) => sentenceAt(report.prose, source, source.indexOf(text));
    assert.equal(at('Sonographers'), 'Sonographers use ultrasound X-ray kit, e.g. probes.');
    assert.equal(at('They'), 'They are kind!');
    assert.equal(at('Clinical'), 'Clinical coders code.');
    assert.equal(at('Roles'), 'Roles');
    assert.equal(sentenceAt(report.prose, source, source.length), undefined, 'past the prose');
    const long = `Sonographers ${'scan babies and '.repeat(40)}write reports.\n`;
    const cut = sentenceAt(checker.check(long).prose, long, 0)!;
    assert.ok(cut.length <= 301 && cut.endsWith('\u2026') && cut.startsWith('Sonographers scan babies'), cut);
  });

  it('adds the sentence to each role message of a submission, and word counts', () => {
    const s = submission('a.md', 'Intro text here.\n\nSonographers are kind. They smile.\n');
    assert.equal(s.words, 8);
    assert.deepEqual(s.roles.map((r) => r.words), [5]);
    assert.deepEqual(s.messages.map((m) => m.sentence), ['Sonographers are kind.', 'Sonographers are kind.']);
    const few = submissionOf(checker, 'b.md', checker.check('Sonographers are kind.\n', { minRoles: 2 }), 'Sonographers are kind.\n');
    assert.equal(few.messages.find((m) => m.ruleId === 'too-few-roles')!.sentence, undefined);
  });
});

describe('the CSV output', () => {
  it('quotes fields as RFC 4180 says and defuses formulas', () => {
    assert.deepEqual(
      ['plain', 'a,b', 'say "hi"', 'two\r\nlines', 'one\nline', '=1+2', '+x', '-x', '@x', '\tx', 42, -1].map(csvField),
      ['plain', '"a,b"', '"say ""hi"""', '"two\r\nlines"', '"one\nline"', "'=1+2", "'+x", "'-x", "'@x", "'\tx", '42', '-1'],
    );
  });

  it('writes a BOM, the header and a CRLF-ended row per file and role', () => {
    assert.equal(formatCsv([]), '\uFEFFfile,role,name,technology,duties,mentions,words\r\n');
    assert.equal(
      formatCsv([sub('a.md', [role('x', true, false)]), sub('b, c.md', [role('y', false, true)])]),
      '\uFEFFfile,role,name,technology,duties,mentions,words\r\na.md,x,X,yes,no,1,5\r\n"b, c.md",y,Y,no,yes,1,5\r\n',
    );
  });
});

describe('the HTML class report', () => {
  it('escapes every character that matters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('escapes the file names, role names, messages and criterion it shows', () => {
    const evil = '<script>alert(1)</script>';
    const s = sub(`${evil}.md`, [{ ...role('x', false, true), name: `${evil} role` }]);
    s.messages = [{ ruleId: 'missing-technology', roleId: 'x', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 2, message: evil, sentence: evil }];
    const page = formatHtml({ submissions: [s], criterion: { code: evil, title: evil, minRoles: 1, mustDescribe: ['x'] }, notChecked: [{ file: evil, reason: evil }], generated: evil, version: evil });
    assert.equal(page.split('<script>').length, 2, 'only the page’s own script');
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });

  it('shows where a flag is: line and column, or the paragraph of a converted file', () => {
    const s = sub('a.docx', [role('x', false, true)]);
    s.messages = [
      { ruleId: 'missing-technology', roleId: 'x', severity: 'warning', line: 3, column: 4, endLine: 3, endColumn: 9, message: 'm1' },
      { ruleId: 'missing-technology', roleId: 'x', severity: 'warning', line: 7, column: 1, endLine: 7, endColumn: 9, message: 'm2', paragraph: 5, excerpt: 'Sonographers are' },
    ];
    const page = formatHtml({ submissions: [s] });
    assert.match(page, /<p class="where">line 3, column 4<\/p>/);
    assert.match(page, /<p class="where">paragraph 5 \(\u201cSonographers are\u201d\)<\/p>/);
  });

  it('has a criterion part only when a criterion is given, and lists files not checked', () => {
    const plain = formatHtml({ submissions: [sub('a.md', [])] });
    assert.doesNotMatch(plain, /class="criterion"/);
    assert.doesNotMatch(plain, /Not checked/);
    assert.match(plain, /Names no practitioner role from the dataset/);
    assert.match(plain, /No submission names a practitioner role/);
    const withCriterion = formatHtml({ submissions: [sub('a.md', [role('x', true, true)])], criterion: { code: '2.1', title: 'Describe roles', minRoles: 1 }, notChecked: [{ file: 'old.doc', reason: 'an old binary Word file' }] });
    assert.match(withCriterion, /<h1><span class="code">2\.1<\/span> Describe roles<\/h1>/);
    assert.match(withCriterion, /\u2713<\/span> Meet it \(1\)<\/h3><ul><li><a href="#sub-0">a\.md<\/a><\/li><\/ul>/);
    assert.match(withCriterion, /<li><span class="file">old\.doc<\/span>: an old binary Word file<\/li>/);
    // A criterion file may give only a code: the page's heading and title have no gap or "undefined".
    const codeOnly = formatHtml({ submissions: [sub('a.md', [])], criterion: { code: '2.1', minRoles: 1 } });
    assert.match(codeOnly, /<h1><span class="code">2\.1<\/span><\/h1>/);
    assert.match(codeOnly, /<title>Class report: 2\.1<\/title>/);
  });

  it('makes a page for an empty class', () => {
    const page = formatHtml({ submissions: [] });
    assert.match(page, /0 submissions checked/);
    assert.match(page, /<\/html>\n$/);
  });
});
