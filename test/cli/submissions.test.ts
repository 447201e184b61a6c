import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { run as runInProcess } from '../../src/cli/run.js';
import { root, run } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'coursework-roles-submissions-'));
const fixtures = 'test/fixtures/submissions';

interface JsonReport {
  file: string;
  format?: string;
  roles: { id: string; technology: boolean; duties: boolean; mentions: { line: number; column: number; paragraph?: number }[] }[];
  messages: { ruleId: string; roleId?: string; severity: string; message: string; line: number; column: number; paragraph?: number; excerpt?: string }[];
}

const json = (...args: string[]): JsonReport[] => JSON.parse(run('--format', 'json', ...args).stdout) as JsonReport[];
/** What a marker reads from a report: the roles with their two parts, and every flag. */
const judged = (report: JsonReport): string[] => [
  ...report.roles.map((r) => `${r.id} technology:${r.technology} duties:${r.duties}`),
  ...report.messages.map((m) => `${m.severity} ${m.ruleId} ${m.roleId ?? ''} ${m.message}`),
];

describe('submissions in the formats tutors receive', () => {
  it('judges the same answer as Markdown, Word and a web page alike: the same roles and flags', () => {
    const [md, docx, html] = json(`${fixtures}/answer.md`, `${fixtures}/answer.docx`, `${fixtures}/answer.html`);
    assert.deepEqual(judged(md!), [
      'radiographer technology:true duties:true',
      'sonographer technology:true duties:true',
      'phlebotomy-technician technology:true duties:true',
      'biomedical-scientist technology:false duties:false',
      'clinical-coder technology:false duties:true',
      'dialysis-technician technology:true duties:false',
      'warning missing-technology biomedical-scientist Biomedical Scientist is named but no specific technology it uses is described',
      'warning missing-duties biomedical-scientist Biomedical Scientist is named but its duties are not described',
      'warning missing-technology clinical-coder Clinical Coder is named but no specific technology it uses is described',
      'warning missing-duties dialysis-technician Dialysis Technician is named but its duties are not described',
    ]);
    assert.deepEqual(judged(docx!), judged(md!));
    assert.deepEqual(judged(html!), judged(md!));
  });

  it('reads crossed-out text as deleted, in Markdown (~~…~~), in Word (strikethrough) and in a web page (<del>) alike', () => {
    const [md, docx, html] = json(`${fixtures}/crossed-out.md`, `${fixtures}/crossed-out.docx`, `${fixtures}/crossed-out.html`);
    // Radiographers are named only in a crossed-out sentence, and all the coders' description is crossed out.
    assert.deepEqual(judged(md!), [
      'sonographer technology:true duties:true',
      'phlebotomy-technician technology:true duties:true',
      'clinical-coder technology:false duties:false',
      'warning missing-technology clinical-coder Clinical Coder is named but no specific technology it uses is described',
      'warning missing-duties clinical-coder Clinical Coder is named but its duties are not described',
    ]);
    assert.deepEqual(judged(docx!), judged(md!));
    assert.deepEqual(judged(html!), judged(md!));
  });

  it('reads a tracked insertion in Word, and not a deletion, a comment, the page header or footer', () => {
    const [docx] = json(`${fixtures}/answer.docx`);
    // The insertion is what describes the sonographer; the deletion, comment, header and footer name perfusionists and audiologists.
    assert.ok(docx!.roles.some((r) => r.id === 'sonographer' && r.technology && r.duties));
    assert.deepEqual(
      docx!.roles.filter((r) => r.id === 'perfusionist' || r.id === 'audiologist'),
      [],
    );
    // Both roles are in the dataset: the same sentences in Markdown name them.
    const path = join(tmp, 'not-the-answer.md');
    writeFileSync(path, 'Perfusionists run the heart-lung machine during cardiac surgery.\n\nAudiologists test hearing with audiometers and fit hearing aids.\n');
    assert.deepEqual(json(path)[0]!.roles.map((r) => r.id), ['perfusionist', 'audiologist']);
  });

  it('gives a tutor the paragraph and its first words for a converted file, in text and JSON', () => {
    const text = run(`${fixtures}/answer.docx`);
    const lines = text.stdout.split('\n');
    assert.equal(lines[0], `${fixtures}/answer.docx`);
    assert.equal(lines[1], '  ¶9 "Biomedical scientists are based in the…"  warning  Biomedical Scientist is named but no specific technology it uses is described  missing-technology');
    assert.equal(lines[3], '  ¶13 "Clinical coder"                          warning  Clinical Coder is named but no specific technology it uses is described  missing-technology');
    assert.ok(lines.some((l) => /^ {4}✗ Dialysis Technician +technology described, duties missing {2}\(¶15\)$/.test(l)), text.stdout);

    const [docx] = json(`${fixtures}/answer.docx`);
    assert.equal(docx!.format, 'docx');
    assert.deepEqual(Object.keys(docx!.messages[0]!), ['ruleId', 'roleId', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'url', 'paragraph', 'excerpt']);
    assert.deepEqual([docx!.messages[0]!.paragraph, docx!.messages[0]!.excerpt], [9, 'Biomedical scientists are based in the…']);
    assert.deepEqual(docx!.roles[0]!.mentions.map((m) => m.paragraph), [3, 4]);
    // Line and column are in the converted Markdown, as the spec's shape says; they point at the role's name.
    const converted = docx!.messages[0]!;
    assert.ok(converted.line > 0 && converted.column > 0);
  });

  it('keeps the JSON of a Markdown file in the spec’s shape, with only the added fields the README lists (words, url), and none of a converted file’s', () => {
    const [md] = json(`${fixtures}/answer.md`);
    assert.deepEqual(Object.keys(md!), ['file', 'words', 'roles', 'messages']);
    assert.deepEqual(Object.keys(md!.messages[0]!), ['ruleId', 'roleId', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'url']);
    assert.deepEqual(Object.keys(md!.roles[0]!.mentions[0]!), ['line', 'column']);
  });

  it('reads plain text as Markdown, with lines and columns of the file itself', () => {
    const path = join(tmp, 'answer.txt');
    writeFileSync(path, 'My answer\n\nSonographers are kind.\nThey smile.\n\nAudiologists test hearing with audiometers.\n');
    const [txt] = json(path);
    assert.equal(txt!.format, 'txt');
    assert.deepEqual(txt!.roles.map((r) => `${r.id} ${r.mentions[0]!.line}:${r.mentions[0]!.column}`), ['sonographer 3:1', 'audiologist 6:1']);
    assert.equal(txt!.messages[0]!.paragraph, undefined);
    assert.match(run(path).stdout, /^ {2}3:1 {2}warning {2}Sonographer is named/m);
  });

  it('picks every format up from a folder, and says why each bad file is skipped while checking the rest', () => {
    const folder = join(tmp, 'class');
    mkdirSync(folder);
    for (const name of ['answer.md', 'answer.docx', 'answer.html']) copyFileSync(join(root, fixtures, name), join(folder, name.replace('answer', `student-${name.split('.')[1]}`)));
    for (const name of ['truncated.docx', 'not-a-zip.docx', 'empty.docx', 'protected.docx', 'old.doc']) copyFileSync(join(root, fixtures, 'bad', name), join(folder, name));
    writeFileSync(join(folder, 'student-txt.txt'), 'Sonographers are kind.\n');
    writeFileSync(join(folder, '~$student-docx.docx'), 'a Word lock file');
    writeFileSync(join(folder, 'notes.pdf'), '%PDF-1.4');
    const result = run('--format', 'json', folder);
    assert.equal(result.code, 2);
    const shown = (name: string): string => relative(root, join(folder, name));
    assert.equal(
      result.stderr,
      [
        `coursework-roles: skipped ${shown('empty.docx')}: it is empty (0 bytes)`,
        `coursework-roles: skipped ${shown('not-a-zip.docx')}: it is not a Word .docx file, or it is damaged; open it in Word and save it again as .docx`,
        `coursework-roles: skipped ${shown('old.doc')}: this is an old Word 97-2003 file; save it as .docx`,
        `coursework-roles: skipped ${shown('protected.docx')}: it is protected with a password; ask for a copy without one`,
        `coursework-roles: skipped ${shown('truncated.docx')}: it is not a Word .docx file, or it is damaged; open it in Word and save it again as .docx`,
        '',
      ].join('\n'),
    );
    const reports = JSON.parse(result.stdout) as JsonReport[];
    assert.deepEqual(reports.map((r) => r.file.split('/').pop()), ['student-docx.docx', 'student-html.html', 'student-md.md', 'student-txt.txt']);
    assert.deepEqual(judged(reports[0]!), judged(reports[2]!));
  });

  it('says so when a .docx is really an old Word file or a PDF', () => {
    const doc = join(tmp, 'renamed.docx');
    copyFileSync(join(root, fixtures, 'bad/old.doc'), doc);
    const pdf = join(tmp, 'scan.docx');
    writeFileSync(pdf, '%PDF-1.7\n...');
    const result = run(doc, pdf, `${fixtures}/answer.md`);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^coursework-roles: skipped .*renamed\.docx: this is an old Word 97-2003 file; save it as \.docx\ncoursework-roles: skipped .*scan\.docx: this is a PDF, not a Word file; ask for the \.docx\n$/);
    assert.match(result.stdout, /answer\.md\n/);
  });
});

describe('criterion files on the command line', () => {
  const criterion = (value: unknown): string => {
    const path = join(tmp, `criterion-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };
  const CRITERION = { criterion: { code: '2.1', title: 'Describe practitioner roles within the field of medical technology', minRoles: 4, mustDescribe: ['radiographer', 'clinical-engineer'] } };

  it('reports required-role and too-few-roles from a criterion given with --config', () => {
    const result = run('--format', 'json', '--config', criterion(CRITERION), `${fixtures}/answer.docx`);
    assert.equal(result.code, 1, result.stderr);
    const [report] = JSON.parse(result.stdout) as JsonReport[];
    assert.deepEqual(report!.messages.slice(0, 2).map((m) => `${m.line}:${m.column} ¶${m.paragraph} ${m.ruleId} ${m.roleId ?? '-'} ${m.message}`), [
      '1:1 ¶1 too-few-roles - 3 of the 4 fully described roles asked for: describe 1 more with their technology and duties',
      '1:1 ¶1 required-role clinical-engineer Clinical Engineer is required by criterion 2.1 but is never named: describe its technology and duties',
    ]);
  });

  it('lets --min-roles override the criterion’s minimum', () => {
    const [report] = JSON.parse(run('--format', 'json', '--min-roles', '3', '--config', criterion(CRITERION), `${fixtures}/answer.md`).stdout) as JsonReport[];
    assert.deepEqual(report!.messages.filter((m) => m.line === 1).map((m) => m.ruleId), ['required-role']);
  });

  it('refuses a broken criterion with one line saying where and why', () => {
    const path = criterion({ criterion: { code: '2.1', mustDescribe: ['radiographer', 'wizard'] } });
    const result = run('--config', path, `${fixtures}/answer.md`);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, `coursework-roles: ${path}: criterion.mustDescribe[1]: "wizard" is not the id of any role\n`);
    assert.equal(result.stdout, '');
    const negative = criterion({ criterion: { code: '2.1', minRoles: -2 } });
    assert.equal(run('--config', negative, `${fixtures}/answer.md`).stderr, `coursework-roles: ${negative}: criterion.minRoles: must be a whole number of 0 or more\n`);
  });
});

describe('checking on every core', () => {
  const folder = join(tmp, 'hundred');
  before(() => {
    mkdirSync(folder);
    const sources = ['test/fixtures/answers/headings-mixed.md', 'test/fixtures/answers/list-lead-ins.md', 'test/fixtures/answers/table-and-traps.md', 'examples/weak-answer.md', 'examples/good-answer.md'].map((f) => readFileSync(join(root, f), 'utf8'));
    for (let i = 0; i < 100; i++) writeFileSync(join(folder, `answer-${String(i).padStart(3, '0')}.md`), `${sources[i % sources.length]}\n\nAnswer ${i}.\n`);
    copyFileSync(join(root, fixtures, 'answer.docx'), join(folder, 'answer-050.docx'));
    copyFileSync(join(root, fixtures, 'bad/old.doc'), join(folder, 'answer-070.doc'));
  });

  it('prints exactly what one thread prints, in the same order, in text and JSON', function () {
    this.timeout(120_000);
    for (const format of ['text', 'json']) {
      const one = run('--format', format, '--jobs', '1', folder);
      const many = run('--format', format, '--jobs', '3', folder);
      const every = run('--format', format, folder);
      assert.equal(one.code, 2);
      assert.match(one.stderr, /^coursework-roles: skipped .*answer-070\.doc: this is an old Word 97-2003 file; save it as \.docx\n$/);
      for (const other of [many, every]) {
        assert.equal(other.stdout, one.stdout, format);
        assert.equal(other.stderr, one.stderr, format);
        assert.equal(other.code, one.code, format);
      }
    }
    const reports = JSON.parse(run('--format', 'json', '--jobs', '2', folder).stdout) as JsonReport[];
    assert.equal(reports.length, 101);
    assert.equal(reports[50]!.file.split('/').pop(), 'answer-050.docx');
  });

  it('refuses a --jobs that is not a whole number of 1 or more', () => {
    const result = run('--jobs', '0', folder);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'coursework-roles: --jobs must be a whole number of 1 or more, not "0"\n');
  });

  it('shows progress for more than 40 files, ending with the last, and none for fewer', async () => {
    const calls: [number, number][] = [];
    const quiet = (): void => {};
    const code = await runInProcess(['--format', 'json', folder], quiet, quiet, false, { progress: (done, total) => calls.push([done, total]) });
    assert.equal(code, 2);
    assert.equal(calls.length, 102);
    assert.deepEqual(calls.at(-1), [102, 102]);
    assert.deepEqual(calls.map(([done]) => done), Array.from({ length: 102 }, (_, i) => i + 1));
    const few: [number, number][] = [];
    await runInProcess([`${fixtures}/answer.md`], quiet, quiet, false, { progress: (done, total) => few.push([done, total]) });
    assert.deepEqual(few, []);
  });
});
