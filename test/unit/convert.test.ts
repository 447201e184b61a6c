import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFile, type RunSettings } from '../../src/cli/check-file.js';
import { docxProblem, excerptOf, formatOf, htmlToMarkdown, paragraphAt, paragraphsOf, readSubmission, UnreadableSubmission } from '../../src/cli/convert.js';
import type { Checker } from '../../src/core/check.js';
import { DEFAULT_LIMITS } from '../../src/core/limits.js';
import { checker } from './helpers.js';

const fixture = (path: string): Buffer => readFileSync(new URL(`../fixtures/submissions/${path}`, import.meta.url));
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('converting submissions', () => {
  it('turns Word headings, bold lead-ins, lists and tables into the same Markdown structure', async () => {
    const { markdown, format } = await readSubmission('answer.docx', fixture('answer.docx'), decode);
    assert.equal(format, 'docx');
    assert.match(markdown, /^# 2\.1 Describe practitioner roles/m);
    assert.match(markdown, /^## Sonographers$/m);
    assert.match(markdown, /^- \*\*Phlebotomists\*\* take blood samples/m);
    assert.match(markdown, /^\| Clinical coder +\| reads patients’ notes/m);
    assert.doesNotMatch(markdown, /Perfusionist|Audiologist|page header|page footer|\[\]\(\)/);
  });

  it('leaves out tracked deletions, crossed-out text, comments and page furniture of an exported web page', async () => {
    const html = [
      '<html><head><style>p { color: red }</style><script>var sonographer = 1;</script></head><body>',
      '<header>Radiographers (running header)</header><nav>Contents</nav>',
      '<p>Audiologists <del>work in clinics.</del><ins>test hearing with audiometers.</ins></p>',
      // Crossed out (Word's strikethrough, as mammoth writes it, and the old tag).
      '<p><s>Radiographers take X-rays.</s> Phlebotomists take blood samples<strike> in the lab</strike>.</p>',
      // Google Docs: a comment marker and the comment itself.
      '<p>Phlebotomists take blood samples<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>.</p>',
      '<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a>Sonographers would fit here.</p></div>',
      // Word's "Save as Web Page": the comment list.
      '<div style="mso-element:comment-list"><p>Clinical coders too.</p></div>',
      '<footer>Perfusionists (page footer)</footer>',
      '</body></html>',
    ].join('');
    const markdown = await htmlToMarkdown(html);
    assert.equal(markdown, 'Audiologists test hearing with audiometers.\n\nPhlebotomists take blood samples.\n\nPhlebotomists take blood samples.\n');
  });

  it('reads bold written as a styled span (Google Docs) as bold', async () => {
    assert.equal(await htmlToMarkdown('<ul><li><span style="font-weight:700">Perfusionists</span> run the heart-lung machine.</li><li><span style="font-weight:400">Audiologists</span> test hearing.</li></ul>'), '- **Perfusionists** run the heart-lung machine.\n- Audiologists test hearing.\n');
    const report = checker.check(await htmlToMarkdown('<p><span style="font-weight:bold">Perfusionists</span> run the heart-lung machine.</p>'));
    assert.deepEqual(report.coverage.roles.map((r) => r.id), ['perfusionist']);
  });

  it('leaves pictures out, and reads a .doc that is really a .docx as one', async () => {
    assert.equal(await htmlToMarkdown('<p>Sonographers scan.</p><p><img src="data:image/png;base64,AAAA" alt="Radiographers"></p>'), 'Sonographers scan.\n');
    const renamed = await readSubmission('answer.doc', fixture('answer.docx'), decode);
    assert.equal(renamed.format, 'docx');
    assert.match(renamed.markdown, /^## Sonographers$/m);
  });

  it('numbers paragraphs as Word counts them: headings, paragraphs, list items and table cells', () => {
    const markdown = '# Title\n\nFirst paragraph here.\n\n- one item\n- two\n\n| a | b |\n|---|---|\n| c | |\n';
    const paragraphs = paragraphsOf(markdown);
    assert.deepEqual(paragraphs.map((p) => p.excerpt), ['Title', 'First paragraph here.', 'one item', 'two', 'a', 'b', 'c']);
    assert.deepEqual(paragraphAt(paragraphs, markdown.indexOf('here')), { paragraph: 2, excerpt: 'First paragraph here.' });
    assert.deepEqual(paragraphAt(paragraphs, 0), { paragraph: 1, excerpt: 'Title' });
    assert.deepEqual(paragraphAt(paragraphs, markdown.indexOf('two')), { paragraph: 4, excerpt: 'two' });
    assert.equal(paragraphAt([], 5), undefined);
  });

  it('gives the first six words of a paragraph, and an ellipsis when there are more', () => {
    assert.equal(excerptOf('Sonographers use ultrasound scanners.'), 'Sonographers use ultrasound scanners.');
    assert.equal(excerptOf('Sonographers use ultrasound scanners to examine   pregnant patients.'), 'Sonographers use ultrasound scanners to examine…');
    assert.equal(excerptOf('x'.repeat(100)), `${'x'.repeat(60)}…`);
  });

  it('knows a format by its extension, in any case', () => {
    assert.deepEqual(['a.md', 'a.markdown', 'A.DOCX', 'a.htm', 'a.html', 'a.txt', 'a.doc', 'README'].map(formatOf), ['markdown', 'markdown', 'docx', 'html', 'html', 'txt', 'doc', 'markdown']);
  });

  it('says why bytes that should be a .docx cannot be read', async () => {
    assert.equal(docxProblem(fixture('answer.docx')), undefined);
    assert.equal(docxProblem(fixture('bad/protected.docx')), 'it is protected with a password; ask for a copy without one');
    assert.equal(docxProblem(fixture('bad/old.doc')), 'this is an old Word 97-2003 file; save it as .docx');
    assert.equal(docxProblem(Buffer.from('{\\rtf1 Sonographers')), 'this is an RTF file; save it as .docx');
    for (const [name, reason] of [
      ['bad/truncated.docx', /damaged/],
      ['bad/not-a-zip.docx', /damaged/],
      ['bad/empty.docx', /^it is empty \(0 bytes\)$/],
      ['bad/protected.docx', /password/],
    ] as [string, RegExp][]) {
      await assert.rejects(readSubmission(name, fixture(name), decode), (error: unknown) => error instanceof UnreadableSubmission && reason.test(error.message), name);
    }
    await assert.rejects(readSubmission('old.doc', fixture('bad/old.doc'), decode), /old Word 97-2003/);
    await assert.rejects(readSubmission('page.html', Buffer.from('<html><head><title>Answer</title></head><body>\n  <div></div>\n</body></html>'), decode), /^Error: the page holds no text$/);
    // An empty Markdown or text answer is checked, as before.
    assert.deepEqual(await readSubmission('a.md', Buffer.alloc(0), decode), { format: 'markdown', markdown: '' });
    assert.deepEqual(await readSubmission('a.txt', Buffer.alloc(0), decode), { format: 'txt', markdown: '' });
  });
});

describe('checking one file of many', () => {
  it('reports a file the checker fails on as not checked, with the reason, instead of stopping the run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coursework-roles-'));
    const path = join(dir, 'answer.md');
    writeFileSync(path, 'Radiographers take X-rays.\n');
    const broken = Object.assign(Object.create(checker) as Checker, {
      check: (): never => {
        throw new Error('boom');
      },
    });
    const settings: RunSettings = { format: 'text', packageRoot: 'file:///', color: false, options: {}, limits: DEFAULT_LIMITS };
    const result = await checkFile({ path, shown: 'answer.md' }, broken, settings);
    assert.equal(result.skipped, 'coursework-roles: could not check answer.md: internal error (boom); please report it with the file');
    assert.equal(result.flagged, false);
    // The real checker reads the same file.
    assert.match((await checkFile({ path, shown: 'answer.md' }, checker, settings)).text ?? '', /radiographer/i);
  });
});
