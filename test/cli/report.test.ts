// The CLI's class-level outputs as a tutor runs them: --format csv, --format html,
// the word counts in the JSON, and --output for every format.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'coursework-roles-report-'));
const CLASS = 'test/fixtures/class';

interface JsonRole {
  id: string;
  name: string;
  mentions: unknown[];
  technology: boolean;
  duties: boolean;
  words: number;
}

interface JsonFile {
  file: string;
  words: number;
  roles: JsonRole[];
  messages: { ruleId: string; roleId?: string }[];
}

const json = (...args: string[]): JsonFile[] => JSON.parse(run('--format', 'json', ...args).stdout);

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  assert.equal(field + row.join(''), '', 'the last row ends with CRLF');
  return rows;
}

describe('the class outputs of the CLI', () => {
  it('adds word counts to the JSON: the answer prose and each role text', () => {
    const [weak] = json('examples/weak-answer.md');
    // Headings count; the role's text is its section.
    assert.equal(weak!.words, 95);
    assert.deepEqual(
      weak!.roles.map((r) => `${r.id} ${r.words}`),
      ['radiographer 33', 'sonographer 8', 'clinical-coder 18', 'dialysis-technician 12'],
    );
    const [none] = json(join(CLASS, 'dev-patel.md'));
    assert.equal(none!.words, 44);
    assert.deepEqual(none!.roles, []);
  });

  it('prints CSV for spreadsheets: BOM, CRLF, the spec header, a row per file and role, equal to the JSON', () => {
    const result = run('--format', 'csv', CLASS);
    assert.equal(result.code, 1);
    assert.ok(result.stdout.startsWith('\uFEFFfile,role,name,technology,duties,mentions,words\r\n'), JSON.stringify(result.stdout.slice(0, 80)));
    assert.doesNotMatch(result.stdout.replace(/\r\n/g, ''), /\n/, 'no bare LF');
    const [header, ...rows] = parseCsv(result.stdout.slice(1));
    assert.deepEqual(header, ['file', 'role', 'name', 'technology', 'duties', 'mentions', 'words']);
    const expected = json(CLASS).flatMap((f) =>
      f.roles.map((r) => [f.file, r.id, r.name, r.technology ? 'yes' : 'no', r.duties ? 'yes' : 'no', String(r.mentions.length), String(r.words)]),
    );
    assert.deepEqual(rows, expected);
    assert.ok(rows.length >= 20, `${rows.length} rows`);
    // A file that names no role has no row.
    assert.ok(!rows.some((r) => r[0]!.endsWith('dev-patel.md')));
  });

  it('quotes CSV fields as RFC 4180 says, keeps accents in UTF-8 and defuses formulas', () => {
    const dir = join(tmp, 'quoting');
    mkdirSync(dir);
    writeFileSync(join(dir, 'roles.json'), JSON.stringify({ roles: [{ id: 'tecnico-de-radiologia', name: 'Técnico de Radiología', technologies: ['x-ray-machine'], duties: ['take X-ray images'] }] }));
    writeFileSync(join(dir, '=SUM(1,2) "draft".md'), 'Técnicos de Radiología take X-ray images with X-ray machines.\n');
    const result = run({ cwd: dir }, '--format', 'csv', '--config', 'roles.json', '.');
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.split('\r\n')[1], `"'=SUM(1,2) ""draft"".md",tecnico-de-radiologia,Técnico de Radiología,yes,yes,1,9`);
    assert.ok(Buffer.from(result.stdout, 'utf8').includes(Buffer.from('Radiolog\u00eda', 'utf8')));
  });

  it('writes every format to --output (or -o) instead of standard output, with the same exit code', () => {
    for (const format of ['text', 'json', 'csv', 'html']) {
      const printed = run('--format', format, 'examples');
      for (const flag of ['--output', '-o']) {
        const target = join(tmp, `out-${format}${flag}.${format === 'text' ? 'txt' : format}`);
        const written = run('--format', format, flag, target, 'examples');
        assert.equal(written.code, printed.code, `${format} ${flag}`);
        assert.equal(written.code, 1);
        assert.equal(written.stdout, '', `${format} ${flag}`);
        assert.equal(written.stderr, '');
        assert.equal(readFileSync(target, 'utf8'), printed.stdout, `${format} ${flag}`);
      }
    }
    const inline = join(tmp, 'inline.json');
    assert.equal(run('--format', 'json', `--output=${inline}`, 'examples/good-answer.md').code, 0);
    assert.equal(JSON.parse(readFileSync(inline, 'utf8'))[0].file, 'examples/good-answer.md');
  });

  it('says in one line when --output cannot be written, before checking anything', () => {
    const missing = join(tmp, 'no-such-folder', 'report.html');
    for (const [target, why] of [
      [missing, `no such folder ${join(tmp, 'no-such-folder')}`],
      [tmp, 'it is a folder'],
    ]) {
      const result = run('--format', 'html', '-o', target!, 'examples');
      assert.equal(result.code, 2);
      assert.equal(result.stderr, `coursework-roles: cannot write ${target}: ${why}\n`);
      assert.equal(result.stdout, '');
    }
    assert.ok(!existsSync(missing));
  });

  it('never overwrites an answer with --output, and leaves out an earlier report a folder picks up', () => {
    const dir = join(tmp, 'answers');
    mkdirSync(dir);
    const answer = join(dir, 'a.md');
    writeFileSync(answer, 'Sonographers use ultrasound scanners to check the baby.\n');
    const refused = run('-o', answer, answer);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, `coursework-roles: --output ${answer} is also a file to check: write the report somewhere else\n`);
    assert.equal(readFileSync(answer, 'utf8'), 'Sonographers use ultrasound scanners to check the baby.\n');
    const report = join(dir, 'report.md');
    writeFileSync(report, 'Radiographers are kind.\n');
    assert.equal(run('--format', 'json', '-o', report, dir).code, 0);
    const files = JSON.parse(readFileSync(report, 'utf8')).map((f: JsonFile) => f.file);
    assert.equal(files.length, 1, 'report.md itself is not checked');
    assert.match(files[0], /answers\/a\.md$/);
  });

  describe('--format html', () => {
    const target = join(tmp, 'class.html');
    let page = '';
    before(() => {
      const result = run('--format', 'html', '-o', target, CLASS);
      assert.equal(result.code, 1, result.stderr);
      page = readFileSync(target, 'utf8');
    });

    it('is one self-contained page: nothing fetched from anywhere', () => {
      assert.match(page, /^<!DOCTYPE html>\n<html lang="en">/);
      assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
      // Every src and href points inside the page.
      const refs = [...page.matchAll(/\s(?:src|href)\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[1]!);
      assert.ok(refs.length > 0);
      for (const ref of refs) assert.match(ref, /^#/, ref);
      assert.doesNotMatch(page, /<link\b|<img\b|<iframe\b|@import|url\((?!#)/i);
      assert.doesNotMatch(page, /<script\b[^>]*\ssrc/i);
      assert.match(page, /<style>[\s\S]*@media print[\s\S]*<\/style>/);
      assert.match(page, /<script>[\s\S]*aria-sort[\s\S]*<\/script>/);
    });

    it('has a row per submission and a column per role anyone named, each cell in words', () => {
      const files = json(CLASS);
      const rows = [...page.matchAll(/<tr data-index="\d+" data-search="[^"]*" data-file="([^"]*)">/g)].map((m) => m[1]);
      assert.deepEqual(rows, files.map((f) => f.file));
      const roles = new Set(files.flatMap((f) => f.roles.map((r) => r.id)));
      const columns = [...page.matchAll(/<th scope="col" class="role-col" data-role="([^"]*)"/g)].map((m) => m[1]);
      assert.deepEqual(new Set(columns), roles);
      assert.equal(columns.length, roles.size);
      for (const label of ['described', 'technology missing', 'duties missing', 'both missing', 'not named']) {
        assert.match(page, new RegExp(`<span class="lbl">${label}</span>`), label);
      }
      assert.match(page, /<svg viewBox="[^"]+" width="\d+" role="img" aria-labelledby="chart-title chart-desc">/);
      assert.match(page, /<details><summary>5 flags: where and why<\/summary>/);
      assert.match(page, /<p class="where">line 11, column 1<\/p><blockquote>Clinical coders work in hospitals\.<\/blockquote>/);
    });

    it('escapes what it shows', () => {
      const dir = join(tmp, 'escape');
      mkdirSync(dir);
      writeFileSync(join(dir, '<b onclick="x">&.md'), 'Sonographers <i>scan</i> & are kind.\n');
      const result = run('--format', 'html', dir);
      assert.equal(result.code, 1);
      assert.ok(!result.stdout.includes('<b onclick'));
      assert.match(result.stdout, /&lt;b onclick=&quot;x&quot;&gt;&amp;\.md/);
    });
  });
});
