import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HOSTILE } from '../fixtures/hostile.mjs';
import { root, run } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'coursework-roles-cli-'));

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('the coursework-roles CLI', () => {
  it('prints JSON in the shape of the spec and exits 1 when something is flagged', () => {
    const result = run('--format', 'json', 'examples/weak-answer.md');
    assert.equal(result.code, 1);
    const [report] = JSON.parse(result.stdout);
    assert.equal(report.file, 'examples/weak-answer.md');
    assert.deepEqual(report.roles.map((r: { id: string; technology: boolean; duties: boolean }) => `${r.id} ${r.technology} ${r.duties}`), [
      'radiographer true true',
      'sonographer false false',
      'clinical-coder false true',
      'dialysis-technician true false',
    ]);
    assert.deepEqual(report.roles[1], { id: 'sonographer', name: 'Sonographer', mentions: [{ line: 9, column: 4 }, { line: 11, column: 1 }], technology: false, duties: false, words: 8 });
    assert.deepEqual(report.messages[0], {
      ruleId: 'missing-technology',
      roleId: 'sonographer',
      severity: 'warning',
      line: 9,
      column: 4,
      endLine: 9,
      endColumn: 16,
      message: 'Sonographer is named but no specific technology it uses is described',
      url: pathToFileURL(join(root, 'docs/rules/missing-technology.md')).href,
    });
    for (const m of report.messages) assert.ok(existsSync(fileURLToPath(m.url)), `${m.url} does not exist`);
    assert.deepEqual(report.messages.map((m: { ruleId: string; roleId: string }) => `${m.ruleId} ${m.roleId}`), [
      'missing-technology sonographer',
      'missing-duties sonographer',
      'missing-technology clinical-coder',
      'missing-duties dialysis-technician',
    ]);
  });

  it('exits 0 with nothing flagged', () => {
    const result = run('examples/good-answer.md');
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /no issues found/);
    assert.match(result.stdout, /Coverage: 3 of 3 roles fully described/);
  });

  it('prints text a student can read: place, severity, message, rule, then coverage', () => {
    const result = run('examples/weak-answer.md');
    const lines = result.stdout.split('\n');
    assert.equal(lines[0], 'examples/weak-answer.md');
    assert.equal(lines[1], '  9:4   warning  Sonographer is named but no specific technology it uses is described  missing-technology');
    assert.ok(lines.includes('  Coverage: 1 of 4 roles fully described'), result.stdout);
    assert.ok(lines.some((l) => /^ {4}✗ Sonographer +technology missing, duties missing {2}\(line 9\)$/.test(l)), result.stdout);
  });

  it('checks every Markdown file in a folder, and a glob', () => {
    const folder = run('--format', 'json', 'examples');
    assert.deepEqual(JSON.parse(folder.stdout).map((r: { file: string }) => r.file), ['examples/good-answer.md', 'examples/weak-answer.md']);
    const glob = run('--format', 'json', 'examples/good-*.md');
    assert.deepEqual(JSON.parse(glob.stdout).map((r: { file: string }) => r.file), ['examples/good-answer.md']);
  });

  it('flags too few fully described roles with --min-roles', () => {
    const result = run('--format', 'json', '--min-roles', '4', 'examples/good-answer.md');
    assert.equal(result.code, 1);
    assert.deepEqual(JSON.parse(result.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId), ['too-few-roles']);
  });

  it('says in --help where the rule pages are, and the built remark plugin points at them', async () => {
    const help = run('--help');
    assert.equal(help.code, 0);
    assert.ok(help.stdout.includes(`Each rule is explained in ${join(root, 'docs/rules/<rule>.md')}`), help.stdout);
    const { VFile } = await import('vfile');
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const plugin = (await import(pathToFileURL(join(root, 'dist/remark.mjs')).href)).default;
    const file = new VFile({ path: 'a.md', value: 'Sonographers are kind.' });
    const processor = unified().use(remarkParse).use(plugin);
    await processor.run(processor.parse(file), file);
    assert.deepEqual(file.messages.map((m) => m.url), ['missing-technology', 'missing-duties'].map((r) => pathToFileURL(join(root, `docs/rules/${r}.md`)).href));
  });

  it('ships the rule pages in the npm package', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const files = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const rule of ['missing-technology', 'missing-duties', 'too-few-roles', 'required-role']) assert.ok(files.includes(`docs/rules/${rule}.md`), `docs/rules/${rule}.md not in ${files.length} files`);
    for (const built of ['dist/cli.cjs', 'dist/remark.mjs']) assert.ok(files.includes(built), `${built} not packed`);
  });

  it('exits 2 with one line on stderr for usage and file errors', () => {
    for (const [args, reason] of [
      [['--format', 'xml', 'a.md'], 'coursework-roles: --format must be "text", "json", "csv" or "html", not "xml"'],
      [['--output'], 'coursework-roles: --output needs a value'],
      [['--bogus'], 'coursework-roles: unknown option --bogus (see --help)'],
      [[], 'coursework-roles: no files given (see --help)'],
      [['missing.md'], 'coursework-roles: cannot read missing.md: no such file or folder'],
      [['--min-roles', '-1', 'a.md'], 'coursework-roles: --min-roles must be a whole number of 0 or more, not "-1"'],
    ] as [string[], string][]) {
      const result = run(...args);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stderr, `${reason}\n`);
      assert.equal(result.stdout, '');
    }
  });

  it('adds roles from --config and refuses an invalid one saying where and why', () => {
    const config = file('roles.json', JSON.stringify({ roles: [{ id: 'play-specialist', name: 'Play Specialist', technologies: ['x-ray-machine'], duties: ['prepare children for scans'] }] }));
    const answer = file('play.md', 'Play specialists prepare children for X-ray scans.\n');
    const ok = run('--format', 'json', '--config', config, answer);
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual(JSON.parse(ok.stdout)[0].roles.map((r: { id: string }) => r.id), ['play-specialist']);

    const bad = file('bad.json', JSON.stringify({ roles: [{ id: 'a', name: 'Aa' }, { id: 'b', name: 'Bb' }, { id: 'c', name: 'Cc' }, { id: 'd', name: 'Dd', technologies: [] }] }));
    const refused = run('--config', bad, answer);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, `coursework-roles: ${bad}: roles[3].technologies: must be a non-empty array\n`);

    const notJson = run('--config', file('broken.json', '{ "roles": '), answer);
    assert.equal(notJson.code, 2);
    assert.match(notJson.stderr, /^coursework-roles: .*broken\.json: is not valid JSON \(.+\)\n$/);

    const dup = file('dup.json', JSON.stringify({ technologies: [{ id: 'gadget', name: 'gadget one' }, { id: 'gadget', name: 'gadget two' }] }));
    const duplicate = run('--config', dup, answer);
    assert.equal(duplicate.code, 2);
    assert.equal(duplicate.stderr, `coursework-roles: ${dup}: technologies[1].id: "gadget" is used twice in this file\n`);

    const twice = file('twice.json', JSON.stringify({ roles: [{ id: 'play-specialist', name: 'Play Specialist', aliases: ['sonographer'], technologies: ['x-ray-machine'], duties: ['d'] }] }));
    const claimed = run('--config', twice, answer);
    assert.equal(claimed.code, 2);
    assert.match(claimed.stderr, /^coursework-roles: .*twice\.json: roles\[0\]\.aliases\[0\]: "sonographer" is already a name or alias of role "sonographer"\n$/);

    const huge = run('--config', file('huge.json', Buffer.alloc(30 * 1024 * 1024, 0x20)), answer);
    assert.equal(huge.code, 2);
    assert.equal(huge.stderr, `coursework-roles: ${join(tmp, 'huge.json')}: is 30.0 MB; a dataset file may be at most 2 MB (is it the right file?)\n`);
    assert.equal(huge.stdout, '');
  });

  it('handles empty files, CRLF, a byte-order mark and invalid UTF-8', () => {
    const text = '## Sonographers\n\nSonographers are kind.\n';
    const expected = JSON.parse(run('--format', 'json', file('lf.md', text)).stdout)[0].messages;
    for (const [name, content] of [
      ['crlf.md', text.replace(/\n/g, '\r\n')],
      ['bom.md', `\uFEFF${text}`],
      ['latin1.md', Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xfe, 0x41])])],
    ] as [string, string | Buffer][]) {
      const result = run('--format', 'json', file(name, content));
      assert.equal(result.code, 1, name);
      assert.deepEqual(JSON.parse(result.stdout)[0].messages, expected, name);
    }
    const empty = run('--format', 'json', file('empty.md', ''));
    assert.equal(empty.code, 0);
    const [report] = JSON.parse(empty.stdout);
    assert.deepEqual([report.roles, report.messages], [[], []]);
  });

  it('skips a file nested too deeply, says why, and checks the rest', () => {
    const deep = file('deep.md', Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- sonographer`).join('\n'));
    const fine = file('fine.md', 'Sonographers are kind.\n');
    const result = run('--format', 'json', deep, fine);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^coursework-roles: skipped .*deep\.md: its lists or block quotes are nested more than 100 levels deep\n$/);
    assert.deepEqual(JSON.parse(result.stdout).map((r: { roles: unknown[] }) => r.roles.length), [1]);
    const small = run('--max-size', '0.001', fine, deep);
    assert.match(small.stderr, /skipped .*deep\.md: it is \d+ KB, more than the 2 KB limit/);
  });

  describe('on hostile input, within a generous bound', () => {
    for (const { name, make, skipped } of HOSTILE) {
      it(`${skipped ? 'skips, saying why,' : 'checks'} ${name}`, function () {
        this.timeout(180_000);
        const made = make();
        const path = file(`hostile-${name.replace(/\W+/g, '-')}.md`, typeof made === 'string' ? made : Buffer.from(made));
        const result = run('--format', 'json', path);
        if (skipped) {
          assert.equal(result.code, 2);
          assert.match(result.stderr, /^coursework-roles: skipped .*: its lists or block quotes are nested more than 100 levels deep\n$/);
          assert.deepEqual(JSON.parse(result.stdout), []);
          return;
        }
        assert.ok(result.code === 0 || result.code === 1, `exit ${result.code}: ${result.stderr}`);
        assert.equal(result.stderr, '');
        const [report] = JSON.parse(result.stdout);
        const lines = (typeof made === 'string' ? made : new TextDecoder().decode(made)).split(/\r\n|\r|\n/);
        for (const m of report.messages) {
          assert.ok(m.line >= 1 && m.line <= lines.length, `line ${m.line} of ${lines.length}`);
          assert.ok(m.column >= 1 && m.column <= lines[m.line - 1]!.length + 1, `column ${m.column} on line ${m.line}`);
        }
      });
    }
  });
});
