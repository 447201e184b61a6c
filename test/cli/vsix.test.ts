import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The names in a zip file's central directory. */
function zipEntries(zip: Buffer): string[] {
  const names: string[] = [];
  for (let i = zip.indexOf('PK\u0001\u0002'); i >= 0; i = zip.indexOf('PK\u0001\u0002', i + 46)) {
    const nameLength = zip.readUInt16LE(i + 28);
    names.push(zip.subarray(i + 46, i + 46 + nameLength).toString('utf8'));
  }
  return names;
}

describe('the packaged extension', () => {
  it('is a .vsix under 1 MB with both bundles and the data, and no sources or tests', function () {
    this.timeout(120_000);
    const out = join(mkdtempSync(join(tmpdir(), 'coursework-roles-vsix-')), 'coursework-roles.vsix');
    const pack = spawnSync('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], { cwd: root, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stdout + pack.stderr);
    assert.ok(statSync(out).size < 1024 * 1024, `${statSync(out).size} bytes`);
    const entries = zipEntries(readFileSync(out));
    for (const needed of ['extension/dist/extension.cjs', 'extension/dist/extension.browser.cjs', 'extension/data/roles.json', 'extension/data/roles.schema.json', 'extension/syntaxes/coursework-roles.injection.tmLanguage.json', 'extension/docs/rules/missing-technology.md', 'extension/docs/rules/missing-duties.md', 'extension/docs/rules/too-few-roles.md', 'extension/docs/rules/required-role.md', ...['open-example.md', 'flagged.svg', 'quick-fix.md', 'coverage.svg', 'word-limit.md'].map((m) => `extension/media/walkthrough/${m}`)]) {
      assert.ok(entries.includes(needed), `${needed} missing from ${entries.join(', ')}`);
    }
    assert.deepEqual(entries.filter((e) => /^extension\/(?:src|test|scripts|node_modules)\/|\.map$/.test(e)), []);
  });

  it('links to no page of the repository that does not exist, in anything it ships', () => {
    const dirs = ['docs/rules', 'media/walkthrough', 'dist', 'data'];
    const files = ['package.json', 'README.md', 'CHANGELOG.md', ...dirs.flatMap((d) => readdirSync(join(root, d)).filter((f) => !f.endsWith('.map')).map((f) => `${d}/${f}`))];
    assert.ok(files.length > 10, files.join(', '));
    const bad = files.filter((f) => /github\.com\/coursework-roles/i.test(readFileSync(join(root, f), 'utf8')));
    assert.deepEqual(bad, []);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { repository?: unknown };
    assert.equal(manifest.repository, undefined, 'package.json names a repository');
  });
});

