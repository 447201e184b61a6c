import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMarkdown } from '../../src/core/parse.js';
import { DocumentSession } from '../../src/core/session.js';
import { pieceStarts } from '../../src/core/split.js';
import { checker } from './helpers.js';

const answers = fileURLToPath(new URL('../fixtures/answers/', import.meta.url));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const texts = [
  ...readdirSync(answers).filter((f) => f.endsWith('.md')).map((f) => readFileSync(answers + f, 'utf8')),
  ...readdirSync(examples).filter((f) => f.endsWith('.md')).map((f) => readFileSync(examples + f, 'utf8')),
];

/** A small seeded random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Pieces an edit may insert: ordinary text, and the Markdown that changes block structure. */
const PIECES = ['x', ' ', '\n', '\n\n', 'They calibrate infusion pumps. ', 'sonographers', '## ', '- ', '1. ', '> ', '```', '\n```\n', '<!--', '-->', '---\n', '| a | b |\n|---|---|\n', '**', '[ref]: https://example.org\n', '    ', '===\n', '<!-- coursework-roles-disable -->'];

function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const kind = next();
  if (kind < 0.4) {
    const piece = PIECES[Math.floor(next() * PIECES.length)]!;
    return text.slice(0, at) + piece + text.slice(at);
  }
  if (kind < 0.8) {
    const length = Math.floor(next() * 12) + 1;
    return text.slice(0, at) + text.slice(at + length);
  }
  const length = Math.floor(next() * 40);
  const from = Math.floor(next() * text.length);
  return text.slice(0, at) + text.slice(from, from + length) + text.slice(at);
}

const view = (report: ReturnType<typeof checker.check>) => ({
  json: checker.toJson('f.md', report),
  scopes: report.coverage.roles.map((r) => [r.id, r.scope, r.main.start, r.technologyEvidence, r.dutyEvidence]),
  technologies: report.coverage.technologies,
});

describe('incremental checking', () => {
  it('gives the same result as a full check after each of many random edits', () => {
    let incremental = 0;
    let edits = 0;
    texts.forEach((original, t) => {
      for (let run = 0; run < 8; run++) {
        const seed = t * 1000 + run;
        const next = random(seed);
        const session = new DocumentSession(checker);
        let text = original;
        session.update(text);
        for (let step = 0; step < 25; step++) {
          text = edit(text, next);
          const got = view(session.update(text));
          edits++;
          if (session.stats.mode === 'incremental') incremental++;
          assert.deepEqual(got, view(checker.check(text)), `seed ${seed}, step ${step}`);
        }
      }
    });
    // Most edits are local: the test would prove little if every one fell back.
    assert.ok(incremental > edits / 2, `${incremental} of ${edits} edits were incremental`);
  });

  it('checks a long answer in pieces with the same result as the whole tree', function () {
    // 600 documents, each checked twice: about 15 s alone, more on a busy machine or under c8.
    this.timeout(120_000);
    let pieces = 0;
    let cases = 0;
    for (let seed = 0; seed < 40; seed++) {
      const next = random(seed + 77);
      let text = Array.from({ length: 12 }, (_, i) => texts[(seed + i) % texts.length]).join('\n\n');
      for (let step = 0; step < 15; step++) {
        text = edit(text, next);
        pieces += pieceStarts(text).length - 1;
        cases++;
        assert.deepEqual(view(checker.check(text)), view(checker.checkTree(parseMarkdown(text), text)), `seed ${seed}, step ${step}`);
      }
    }
    assert.ok(pieces > cases, `only ${pieces} cuts in ${cases} documents`);
  });

  it('never cuts inside front matter, fenced code or an HTML comment', () => {
    const filler = 'Radiographers use CT scanners.\n\n'.repeat(100);
    const text = `---\ntitle: x\n\nmore: y\n---\n\n${filler}\`\`\`\n${filler}\`\`\`\n\n<!--\n${filler}-->\n\n${filler}`;
    const starts = pieceStarts(text);
    const inside = (open: number, close: number) => starts.filter((s) => s > open && s <= close);
    assert.deepEqual(inside(0, text.indexOf('---', 4)), []);
    assert.deepEqual(inside(text.indexOf('```'), text.indexOf('```', text.indexOf('```') + 3)), []);
    assert.deepEqual(inside(text.indexOf('<!--'), text.indexOf('-->')), []);
    assert.ok(starts.length > 3);
  });

  it('cuts before a bold lead but never inside a loose list', () => {
    const bold = '**Radiographers** use CT scanners.\n\n'.repeat(200);
    const starts = pieceStarts(bold);
    assert.ok(starts.length > 2, `${starts.length} pieces`);
    assert.deepEqual(starts.filter((s) => !bold.startsWith('**R', s)), []);
    const list = '* Radiographers use CT scanners.\n\n'.repeat(200);
    assert.deepEqual(pieceStarts(list), [0]);
    assert.deepEqual(view(checker.check(list)), view(checker.checkTree(parseMarkdown(list), list)));
  });

  it('never cuts inside an HTML block that may hold blank lines', () => {
    const filler = 'Radiographers use CT scanners.\n\n'.repeat(100);
    for (const [open, close] of [
      ['<pre>', '</pre>'],
      ['<script type="text/plain">', '</script>'],
      ['<?xml version="1.0"', '?>'],
      ['<![CDATA[', ']]>'],
      ['<!DOCTYPE note', '>'],
    ]) {
      const text = `${filler}${open}\n${filler}${close}\n\n${filler}`;
      const from = filler.length;
      const to = text.indexOf(close, from + open.length);
      const starts = pieceStarts(text);
      assert.deepEqual(starts.filter((s) => s > from && s <= to), [], open);
      assert.ok(starts.length > 2, `${open}: ${starts.length} pieces`);
      assert.deepEqual(view(checker.check(text)), view(checker.checkTree(parseMarkdown(text), text)), open);
    }
  });

  it('checks everything again when the document has or gains a link reference definition', () => {
    const base = 'Radiographers use CT scanners.\n\nSonographers are kind.\n\nPhlebotomists take blood.\n\n';
    const quoted = `${base}> [nhs]: https://www.nhs.uk\n`;
    const gained = base.replace('kind.', 'kind.\n\n[nhs]: https://www.nhs.uk');
    for (const [before, after] of [
      [quoted, quoted.replace('kind', 'nice')],
      [base, gained],
    ]) {
      const session = new DocumentSession(checker);
      session.update(before!);
      assert.deepEqual(view(session.update(after!)), view(checker.check(after!)));
      assert.equal(session.stats.mode, 'full');
    }
  });

  it('checks a document cleared to blank lines as a new one', () => {
    const session = new DocumentSession(checker);
    session.update('Radiographers use CT scanners.\n\nSonographers are kind.\n\nPhlebotomists take blood.\n\n');
    const report = session.update('\n\n\n');
    assert.equal(session.stats.mode, 'full');
    assert.deepEqual(report.coverage.roles, []);
    assert.deepEqual(report.messages, []);
  });

  it('re-parses everything when an unclosed front-matter fence opens or closes (it changes lists far below)', () => {
    // Found by the fuzz test: with "---" unclosed at the top, micromark reads "- **a**" lists below as paragraphs.
    const body = '\ntitle: x\n\n# Roles\n\nSome text.\n\nMore text.\n\n- **Perfusionists** run heart-lung machines.\n- **Audiologists** fit hearing aids.\n';
    for (const [before, after] of [
      [`---${body}`, `-${body}`],
      [`-${body}`, `---${body}`],
    ]) {
      const session = new DocumentSession(checker);
      session.update(before!);
      assert.deepEqual(view(session.update(after!)), view(checker.check(after!)));
    }
  });

  it('does not read a thematic break at the start of a re-parsed slice as front matter', () => {
    // Found by the 100,000-case fuzz run: a slice starting "---" parsed alone opened a front-matter
    // fence, and the "- " list item below it came out as a paragraph naming nothing.
    const before = '## Perfusionists\n\n- Perfusionists run heart-lung machines.\n\n---\n\n# Sonographers\n\nSonographers are kind.\n\n## Audiologists\n\nThey fit hearing aids.\n';
    const at = before.indexOf('\n# Sonographers');
    const after = `${before.slice(0, at)}- ${before.slice(at)}`;
    const session = new DocumentSession(checker);
    session.update(before);
    assert.deepEqual(view(session.update(after)), view(checker.check(after)));
  });

  it('parses only around a one-character edit in a long answer', () => {
    const long = texts.join('\n\n').repeat(20);
    const session = new DocumentSession(checker);
    session.update(long);
    const at = long.indexOf('important', long.length / 2);
    const edited = `${long.slice(0, at)}x${long.slice(at)}`;
    const report = session.update(edited);
    assert.equal(session.stats.mode, 'incremental');
    assert.ok(session.stats.parsed < long.length / 20, `parsed ${session.stats.parsed} of ${long.length}`);
    assert.deepEqual(view(report), view(checker.check(edited)));
  });
});
