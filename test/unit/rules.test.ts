import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { summarize } from '../../src/core/index.js';
import remarkCourseworkRoles from '../../src/core/plugin.js';
import { checker } from './helpers.js';

const lint = (markdown: string, options = {}): string[] =>
  checker.check(markdown, options).messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`);

describe('rules', () => {
  it('flags each missing part once, on the heading of the role', () => {
    assert.deepEqual(lint('# Answer\n\n## Sonographers\n\nSonographers are important.'), [
      '3:4-3:16 missing-technology Sonographer is named but no specific technology it uses is described',
      '3:4-3:16 missing-duties Sonographer is named but its duties are not described',
    ]);
  });

  it('flags the first mention when there is no heading, with the others as related', () => {
    const report = checker.check('A sonographer is nice.\n\nThe sonographer smiles.');
    assert.equal(report.messages.length, 2);
    assert.deepEqual(report.messages.map((m) => [m.line, m.column]), [[1, 3], [1, 3]]);
    assert.deepEqual(report.messages[0]!.related.map((r) => [r.line, r.column]), [[3, 5]]);
  });

  it('flags nothing for a fully described role', () => {
    assert.deepEqual(lint('Audiologists test hearing with audiometers.'), []);
  });

  it('honours disable, enable, disable-next-line and disable-line comments', () => {
    const markdown = [
      '<!-- coursework-roles-disable missing-duties -->',
      'Sonographers use ultrasound probes.',
      '<!-- coursework-roles-enable missing-duties -->',
      '',
      'Radiographers use X-ray machines. <!-- coursework-roles-disable-line -->',
      '',
      '<!-- coursework-roles-disable-next-line missing-technology -->',
      'Phlebotomists are kind.',
    ].join('\n');
    assert.deepEqual(lint(markdown), ['8:1-8:14 missing-duties Phlebotomy Technician is named but its duties are not described']);
  });

  it('reports too-few-roles only when a minimum is set and not met', () => {
    const markdown = 'Audiologists test hearing with audiometers. Sonographers are kind.';
    assert.deepEqual(lint(markdown).filter((m) => m.includes('too-few-roles')), []);
    assert.deepEqual(lint(markdown, { minRoles: 2 }).filter((m) => m.includes('too-few-roles')), [
      '1:1-1:1 too-few-roles 1 of the 2 fully described roles asked for: describe 1 more with their technology and duties',
    ]);
    assert.deepEqual(lint(markdown, { minRoles: 1 }).filter((m) => m.includes('too-few-roles')), []);
  });

  it('gives too-few-roles no role id in the JSON form, and the other rules theirs', () => {
    const report = checker.check('Audiologists test hearing with audiometers. Sonographers are kind.', { minRoles: 2 });
    const json = checker.toJson('answer.md', report);
    assert.deepEqual(json.roles.map((r) => [r.id, r.name, r.technology, r.duties]), [
      ['audiologist', 'Audiologist', true, true],
      ['sonographer', 'Sonographer', false, false],
    ]);
    assert.deepEqual(json.messages.map((m) => [m.ruleId, m.roleId]), [
      ['too-few-roles', undefined],
      ['missing-technology', 'sonographer'],
      ['missing-duties', 'sonographer'],
    ]);
    assert.ok(!('roleId' in json.messages[0]!));
  });

  it('counts named and fully described roles for a summary (public entry)', () => {
    const text = 'Audiologists test hearing with audiometers. Sonographers are kind. Radiographers use CT scanners.';
    assert.deepEqual(summarize(checker.check(text).coverage), { named: 3, described: 1 });
    assert.deepEqual(summarize(checker.check('No roles.').coverage), { named: 0, described: 0 });
  });

  it('drops a rule set to off and keeps the severity asked for', () => {
    const report = checker.check('Sonographers are kind.', { severity: { 'missing-technology': 'off', 'missing-duties': 'error' } });
    assert.deepEqual(report.messages.map((m) => `${m.ruleId} ${m.severity}`), ['missing-duties error']);
  });

  it('gives the same positions for CRLF and LF line endings', () => {
    const lf = '# Roles\n\n## Sonographers\n\nSonographers are kind.\n';
    assert.deepEqual(lint(lf.replace(/\n/g, '\r\n')), lint(lf));
  });
});

describe('the remark plugin', () => {
  it('reports vfile messages with rule id, source, url and place', async () => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).use(remarkCourseworkRoles);
    const file = new VFile({ path: 'answer.md', value: 'Intro.\n\nSonographers use ultrasound probes.' });
    await processor.run(processor.parse(file), file);
    assert.deepEqual(file.messages.map(String), ['answer.md:3:1-3:13: Sonographer is named but its duties are not described']);
    const [message] = file.messages;
    assert.equal(message!.ruleId, 'missing-duties');
    assert.equal(message!.source, 'coursework-roles');
    assert.equal(message!.fatal, false);
    // The rule's page in the package, which exists and explains that rule.
    assert.equal(message!.url, new URL('../../docs/rules/missing-duties.md', import.meta.url).href);
    assert.match(readFileSync(fileURLToPath(message!.url!), 'utf8'), /^# missing-duties\n/);
  });

  it('has a page for every rule, saying what it checks, what counts, what to add and how to turn it off', () => {
    for (const rule of ['missing-technology', 'missing-duties', 'too-few-roles', 'required-role']) {
      const page = fileURLToPath(new URL(`../../docs/rules/${rule}.md`, import.meta.url));
      assert.ok(existsSync(page), `${page} is missing`);
      const text = readFileSync(page, 'utf8');
      assert.match(text, new RegExp(`^# ${rule}\n`));
      for (const heading of ['## What it checks', '## What counts', '## Examples of what to add', '## How to turn it off']) assert.ok(text.includes(heading), `${rule}: no "${heading}"`);
      assert.ok(!/\]\((?!#)[^)]*\)/.test(text), `${rule}: links to a page, which may not exist`);
    }
  });

  it('marks errors fatal, warnings not fatal, and leaves info unset, as unified-language-server reads them', async () => {
    const severity = { 'missing-technology': 'error', 'missing-duties': 'info' } as const;
    const processor = unified().use(remarkParse).use(remarkCourseworkRoles, { severity });
    const file = new VFile('Sonographers are kind.');
    await processor.run(processor.parse(file), file);
    assert.deepEqual(file.messages.map((m) => [m.ruleId, m.fatal]), [
      ['missing-technology', true],
      ['missing-duties', undefined],
    ]);
  });

  it('skips text another plugin added without a place, and moves no other message', async () => {
    const generated = () => (tree: Root) => {
      tree.children.unshift({ type: 'html', value: '<!-- generated -->' });
      tree.children.push({ type: 'paragraph', children: [{ type: 'text', value: 'Perfusionists are kind.' }, { type: 'inlineCode', value: 'audiologist' }, { type: 'html', value: '<br>' }] });
    };
    const run = async (before: PluggableList) => {
      const processor = unified().use(remarkParse).use(before).use(remarkCourseworkRoles);
      const file = new VFile({ path: 'answer.md', value: 'Intro.\n\nSonographers use ultrasound probes.' });
      await processor.run(processor.parse(file), file);
      return file.messages.map(String);
    };
    const plain = await run([]);
    assert.deepEqual(plain, ['answer.md:3:1-3:13: Sonographer is named but its duties are not described']);
    assert.deepEqual(await run([generated]), plain);
  });

  it('adds roles from a dataset option and fails the file on a bad one', async () => {
    const extra = { roles: [{ id: 'play-specialist', name: 'Play Specialist', technologies: ['x-ray-machine'], duties: ['prepare children for scans'] }] };
    const processor = unified().use(remarkParse).use(remarkCourseworkRoles, { dataset: extra });
    const file = new VFile('Play specialists are kind.');
    await processor.run(processor.parse(file), file);
    assert.equal(file.messages.length, 2);

    const broken = unified().use(remarkParse).use(remarkCourseworkRoles, { dataset: { roles: [{ id: 'Bad Id' }] } });
    const bad = new VFile('Text.');
    await assert.rejects(broken.run(broken.parse(bad), bad), /roles\[0\]\.id: "Bad Id" must be kebab-case/);
  });
});
