import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { caseFor, completionsAt, coverageReport, formatCount, harvardReference, hoverAt, quickFixes, referenceDate, roleCard, statusOf, wordStatus } from '../../src/core/assist.js';
import { Checker } from '../../src/core/check.js';
import { bundledDataset, datasetWith, validateDatasetFile } from '../../src/core/dataset.js';
// @ts-expect-error: a plain JavaScript build script, without types.
import { GRAMMAR_PATH, grammarText } from '../../scripts/build-grammar.mjs';
import { checker } from './helpers.js';

const dataset = bundledDataset();

/** Applies an insertion to a text. */
const apply = (text: string, offset: number, insert: string): string => text.slice(0, offset) + insert + text.slice(offset);

describe('completions', () => {
  const labels = (text: string, offset = text.length): string[] => {
    const report = checker.check(text);
    return completionsAt(text, offset, report, dataset)?.items.map((i) => i.label) ?? [];
  };

  it('offers role names and aliases, lower case mid-sentence', () => {
    const items = labels('Many hospitals employ sono');
    assert.ok(items.includes('sonographer'));
    assert.ok(items.includes('ultrasonographer'));
    assert.ok(items.includes('phlebotomist'));
  });

  it('capitalises at the start of a sentence and in a heading, and keeps abbreviations', () => {
    assert.ok(labels('They scan. Sono').includes('Sonographer'));
    assert.ok(labels('## Sono').includes('Sonographer'));
    assert.ok(labels('Intro text about the ').includes('ODP'));
    assert.equal(caseFor('Pathology IT Technician', false), 'pathology IT technician');
  });

  it('capitalises at the start of a paragraph', () => {
    assert.ok(labels('Sono').includes('Sonographer'));
    assert.ok(labels('Text.\n\nSono').includes('Sonographer'));
  });

  it('replaces the whole word being typed, digits and hyphens included', () => {
    const text = 'Sonographers use 3D-ul';
    assert.equal(completionsAt(text, text.length, checker.check(text), dataset)!.start, text.indexOf('3D-ul'));
  });

  it('capitalises the role’s technologies at the start of a sentence, keeping abbreviations', () => {
    const text = '## Radiographers\n\nRadiographers scan. ';
    const techs = completionsAt(text, text.length, checker.check(text), dataset)!.items.filter((i) => i.kind === 'technology').map((i) => i.label);
    assert.ok(techs.includes('CT scanner') && techs.includes('X-ray machine') && techs.includes('PACS'), techs.join(', '));
    assert.deepEqual(techs.filter((t) => t[0] !== t[0]!.toUpperCase()), []);
  });

  it('leaves no empty paragraph in the card of a user role without a summary', () => {
    const own = datasetWith([{ file: validateDatasetFile({ roles: [{ id: 'play-specialist', name: 'Play Specialist', technologies: ['x-ray-machine'], duties: ['prepare children for scans'] }] }), name: 'mine.json' }]);
    const card = roleCard(own.roleById.get('play-specialist')!, own);
    assert.ok(card.startsWith('**Play Specialist**\n\n**Technologies**'), card);
    assert.ok(!card.includes('\n\n\n'), card);
  });

  it('gives each item the summary as detail and the card as documentation', () => {
    const report = checker.check('A sono');
    const item = completionsAt('A sono', 6, report, dataset)!.items.find((i) => i.label === 'sonographer')!;
    assert.equal(item.detail, dataset.roleById.get('sonographer')!.summary);
    assert.match(item.documentation, /^\*\*Sonographer\*\*/);
    assert.match(item.documentation, /\*\*Duties\*\*/);
  });

  it('offers the role’s technologies inside its text, and not elsewhere', () => {
    const text = '## Radiographers\n\nRadiographers use ';
    const items = labels(text);
    const radiographerTech = dataset.technologyById.get(dataset.roleById.get('radiographer')!.technologies[0]!)!.name;
    assert.ok(items.includes(radiographerTech), `${radiographerTech} in ${items.length} items`);
    assert.ok(!labels('Some text ').includes(radiographerTech));
  });

  it('offers nothing inside code, inline code or front matter', () => {
    assert.deepEqual(labels('```\nsono'), []);
    assert.deepEqual(labels('Text `sono` more', 9), []);
    assert.deepEqual(labels('---\ntitle: sono\n---\n\nText', 14), []);
  });
});

describe('hover cards', () => {
  it('shows a role’s card on a name, an alias and a plural', () => {
    for (const [text, at] of [
      ['The sonographer scans.', 6],
      ['An ultrasonographer scans.', 5],
      ['Radiographers scan.', 3],
    ] as [string, number][]) {
      const hover = hoverAt(checker.check(text), at, dataset)!;
      assert.ok(hover, text);
      assert.match(hover.markdown, /\*\*Technologies\*\*/);
      assert.match(hover.markdown, /\*\*Duties\*\*/);
      assert.match(hover.markdown, /\*\*Works in\*\*/);
      assert.match(hover.markdown, /\*Sources:\*/);
      assert.match(hover.markdown, /In this document:\* technology missing, duties missing/);
    }
  });

  it('shows what a technology is and which roles use it', () => {
    const text = 'Nurses check the infusion pump.';
    const hover = hoverAt(checker.check(text), text.indexOf('infusion') + 2, dataset)!;
    assert.match(hover.markdown, /^\*\*infusion pump\*\*/);
    assert.match(hover.markdown, /\*\*Used by\*\* .*Clinical Engineer/);
    assert.equal(text.slice(hover.start, hover.end), 'infusion pump');
  });

  it('says when the document describes the role’s technology and duties', () => {
    const hover = hoverAt(checker.check('Audiologists test hearing with audiometers.'), 2, dataset)!;
    assert.match(hover.markdown, /\n\n---\n\n\*In this document:\* technology described, duties described\.\n\n/);
    // Then what was read, so a student who disagrees sees why.
    assert.match(hover.markdown, /\n\n\*Read as technology:\* "audiometers" \(audiometer\)\n\n\*Read as duties:\* "test hearing with audiometers"$/);
  });

  it('shows a technology’s card in a sentence that also names a role', () => {
    const text = 'Radiographers use CT scanners.';
    const hover = hoverAt(checker.check(text), text.indexOf('CT') + 1, dataset)!;
    assert.equal(text.slice(hover.start, hover.end), 'CT scanners');
    assert.match(hover.markdown, /^\*\*CT scanner\*\* · also CT, /);
    assert.match(hover.markdown, /\*\*Used by\*\* Radiographer, /);
  });

  it('says that naming a technology no role lists still counts as technology', () => {
    const text = 'Nurses clean the endoscope.';
    const hover = hoverAt(checker.check(text), text.indexOf('endoscope') + 1, dataset)!;
    assert.doesNotMatch(hover.markdown, /Used by/);
    assert.match(hover.markdown, /\n\n\*A specific technology: naming it counts as describing technology\.\*\n\n/);
  });

  it('shows only what a user’s dataset gives for a new role or technology', () => {
    const file = validateDatasetFile({
      technologies: [{ id: 'scan-robot', name: 'scan robot' }],
      roles: [{ id: 'play-specialist', name: 'Play Specialist', technologies: ['x-ray-machine'], duties: ['prepare children for scans'] }],
    });
    const own = datasetWith([{ file, name: 'mine.json' }]);
    const text = 'Play specialists steer the scan robot.';
    const report = new Checker(own).check(text);
    const robot = hoverAt(report, text.indexOf('robot'), own)!;
    assert.equal(robot.markdown, '**scan robot**\n\n*A specific technology: naming it counts as describing technology.*');
    const role = hoverAt(report, 1, own)!.markdown;
    assert.match(role, /^\*\*Play Specialist\*\*\n/);
    assert.match(role, /\*\*Technologies\*\*\n\n- X-ray machine\n\n\*\*Duties\*\*\n\n- prepare children for scans\n/);
    assert.doesNotMatch(role, /also called|Works in|Related roles|Sources/);
  });

  it('shows nothing on other words', () => {
    assert.equal(hoverAt(checker.check('Nurses are kind.'), 2, dataset), undefined);
  });
});

describe('quick fixes', () => {
  const fixesFor = (text: string, rule: string) => {
    const report = checker.check(text);
    const message = report.messages.find((m) => m.ruleId === rule)!;
    return quickFixes(text, report, message, dataset);
  };

  it('inserts a sentence stem with placeholders after the role’s text', () => {
    const text = '## Sonographers\n\nSonographers use ultrasound probes.\n\n## Next\n';
    const [stem] = fixesFor(text, 'missing-duties');
    assert.equal(stem!.preferred, true);
    assert.equal(stem!.insertion.snippet, ' They ${1:what do they do? (a task, such as “check”, “calibrate” or “train”)} ${2:on what or for whom?}.');
    const filled = apply(text, stem!.insertion.offset, stem!.insertion.text);
    assert.equal(filled, '## Sonographers\n\nSonographers use ultrasound probes. They what do they do? (a task, such as “check”, “calibrate” or “train”) on what or for whom?.\n\n## Next\n');
    // Left as it is, the stem is a prompt, not a description: the warning stays.
    assert.deepEqual(checker.check(filled).messages.map((m) => m.ruleId), ['missing-duties']);
  });

  it('starts a new paragraph for a role that has no text of its own', () => {
    const text = 'Roles include, for example, sonographers and radiographers.\n';
    const [stem] = fixesFor(text, 'missing-technology');
    assert.equal(apply(text, stem!.insertion.offset, stem!.insertion.text), `${text.trimEnd()}\n\nSonographers use which specific technology, device or software? to do what?.\n`);
  });

  it('writes the plural of a name ending in -ch with -es in a new paragraph', () => {
    const file = validateDatasetFile({ roles: [{ id: 'speech-coach', name: 'Speech Coach', technologies: ['communication-aid'], duties: ['coach speech'] }] });
    const own = datasetWith([{ file, name: 'mine.json' }]);
    const text = 'Roles include, for example, speech coaches and radiographers.\n';
    const report = new Checker(own).check(text);
    const [stem] = quickFixes(text, report, report.messages.find((m) => m.roleId === 'speech-coach')!, own);
    assert.equal(apply(text, stem!.insertion.offset, stem!.insertion.text), `${text.trimEnd()}\n\nSpeech coaches use which specific technology, device or software? to do what?.\n`);
  });

  it('puts the plural on the head noun of a qualified name, and -y as -ies', () => {
    const stemFor = (text: string, roleId: string): string => {
      const report = checker.check(text);
      const [stem] = quickFixes(text, report, report.messages.find((m) => m.roleId === roleId && m.ruleId === 'missing-technology')!, dataset);
      return stem!.insertion.text.trim();
    };
    assert.match(stemFor('Roles include AI specialists in healthcare and sonographers.\n', 'healthcare-ai-specialist'), /^AI specialists in healthcare use /);
    assert.match(stemFor('Roles include cybersecurity professionals for medical technology and sonographers.\n', 'medical-cybersecurity-professional'), /^Cybersecurity professionals for medical technology use /);
    const file = validateDatasetFile({ roles: [{ id: 'x-ray-deputy', name: 'X-ray Deputy', technologies: ['x-ray-machine'], duties: ['stand in'] }] });
    const own = datasetWith([{ file, name: 'mine.json' }]);
    const text = 'Roles include X-ray deputies and radiographers.\n';
    const report = new Checker(own).check(text);
    const [stem] = quickFixes(text, report, report.messages.find((m) => m.roleId === 'x-ray-deputy')!, own);
    assert.match(stem!.insertion.text, /\n\nX-ray deputies use /);
  });

  it('starts a paragraph under a heading that names a role and has no text yet', () => {
    const text = '## Sonographers\n\n## Next\n';
    const [stem] = fixesFor(text, 'missing-technology');
    assert.equal(stem!.title, 'Add a sentence on the technology Sonographer uses');
    assert.equal(apply(text, stem!.insertion.offset, stem!.insertion.text), '## Sonographers\n\nSonographers use which specific technology, device or software? to do what?.\n\n## Next\n');
  });

  it('puts a disable-line comment after the text, before trailing white space', () => {
    const text = 'Sonographers are kind.  \t\n';
    const [, line] = fixesFor(text, 'missing-duties');
    const fixed = apply(text, line!.insertion.offset, line!.insertion.text);
    assert.equal(fixed, 'Sonographers are kind. <!-- coursework-roles-disable-line missing-duties -->  \t\n');
    assert.deepEqual(checker.check(fixed).messages.map((m) => m.ruleId), ['missing-technology']);
  });

  it('offers disable comments for the line and for the file, after any front matter', () => {
    const text = '---\ntitle: x\n---\n\nSonographers are kind.\n';
    const [, line, file] = fixesFor(text, 'missing-duties');
    assert.equal(apply(text, line!.insertion.offset, line!.insertion.text), '---\ntitle: x\n---\n\nSonographers are kind. <!-- coursework-roles-disable-line missing-duties -->\n');
    const disabled = apply(text, file!.insertion.offset, file!.insertion.text);
    assert.equal(disabled, '---\ntitle: x\n---\n\n<!-- coursework-roles-disable missing-duties -->\n\nSonographers are kind.\n');
    assert.deepEqual(checker.check(disabled).messages.map((m) => m.ruleId), ['missing-technology']);
    assert.deepEqual(checker.check(apply(text, line!.insertion.offset, line!.insertion.text)).messages.map((m) => m.ruleId), ['missing-technology']);
  });

  it('fills in the empty Technology or Duties cell of a role’s table row, found by its header, not the Role cell', () => {
    const text = '| Role | Technology | Duties |\n|---|---|---|\n| Biomedical scientist | | |\n';
    const [tech] = fixesFor(text, 'missing-technology');
    assert.equal(tech!.title, "Fill in the Technology cell of Biomedical Scientist's row");
    assert.equal(tech!.insertion.snippet, '${1:which specific technology, device or software?} ');
    const filled = apply(text, tech!.insertion.offset, tech!.insertion.text);
    assert.equal(filled, '| Role | Technology | Duties |\n|---|---|---|\n| Biomedical scientist | which specific technology, device or software? | |\n');
    // A placeholder, not a description: both warnings stay until the student writes.
    assert.deepEqual(checker.check(filled).messages.map((m) => m.ruleId), ['missing-technology', 'missing-duties']);
    const [duties] = fixesFor(text, 'missing-duties');
    assert.equal(duties!.title, "Fill in the Duties cell of Biomedical Scientist's row");
    assert.equal(
      apply(text, duties!.insertion.offset, duties!.insertion.text),
      '| Role | Technology | Duties |\n|---|---|---|\n| Biomedical scientist | | what do they do? (a task, such as “check”, “calibrate” or “train”) on what or for whom? |\n',
    );
    // Headers in other words and rows without outer pipes; cells with no space of their own.
    const loose = 'Role | Equipment used | Main duties\n--- | :---: | ---\nSonographer || |\n';
    const [looseTech] = fixesFor(loose, 'missing-technology');
    assert.equal(apply(loose, looseTech!.insertion.offset, looseTech!.insertion.text), 'Role | Equipment used | Main duties\n--- | :---: | ---\nSonographer | which specific technology, device or software? | |\n');
  });

  it('adds the cells a short table row leaves out, up to the one to fill in, rather than writing in the Role cell', () => {
    const text = '| Role | Technology | Duties |\n|---|---|---|\n| Sonographer |\n';
    const [duties] = fixesFor(text, 'missing-duties');
    assert.equal(duties!.title, "Fill in the Duties cell of Sonographer's row");
    const filled = apply(text, duties!.insertion.offset, duties!.insertion.text);
    assert.equal(filled, '| Role | Technology | Duties |\n|---|---|---|\n| Sonographer |  | what do they do? (a task, such as “check”, “calibrate” or “train”) on what or for whom? |\n');
    // The row still reads as a table row with the stem in its Duties cell: both warnings stay.
    assert.deepEqual(checker.check(filled).messages.map((m) => m.ruleId), ['missing-technology', 'missing-duties']);
    // Without outer pipes, and with trailing space.
    const loose = 'Role | Technology | Duties\n--- | --- | ---\nSonographer | ultrasound probes  \n';
    const [looseDuties] = fixesFor(loose, 'missing-duties');
    assert.equal(
      apply(loose, looseDuties!.insertion.offset, looseDuties!.insertion.text),
      'Role | Technology | Duties\n--- | --- | ---\nSonographer | ultrasound probes | what do they do? (a task, such as “check”, “calibrate” or “train”) on what or for whom? |  \n',
    );
  });

  it('falls back to a sentence stem when the row has no empty cell for it, or is not below a header', () => {
    const text = '| Role | Technology | Duties |\n|---|---|---|\n| Sonographer | probes | kind |\n';
    const [stem] = fixesFor(text, 'missing-duties');
    assert.equal(stem!.title, 'Add a sentence on what Sonographer does');
    // The role in the header row itself, at the start or below a paragraph.
    for (const header of ['| Sonographer | Duties |\n|---|---|\n| x | |\n', 'Intro.\n\n| Sonographer | Duties |\n|---|---|\n| x | |\n']) {
      assert.equal(fixesFor(header, 'missing-duties')[0]!.title, 'Add a sentence on what Sonographer does', header);
    }
    // An escaped pipe is text, not a cell boundary.
    const escaped = '| Role | Notes \\| more | Duties |\n|---|---|---|\n| Sonographer | a \\| b | |\n';
    const [fill] = fixesFor(escaped, 'missing-duties');
    assert.equal(fill!.title, "Fill in the Duties cell of Sonographer's row");
    assert.match(apply(escaped, fill!.insertion.offset, fill!.insertion.text), /\| a \\\| b \| what do they do\?/);
  });

  it('keeps a disable comment inside a table row', () => {
    const text = '| Role | Duties |\n|---|---|\n| Sonographer | |\n';
    const [, line] = fixesFor(text, 'missing-duties');
    const fixed = apply(text, line!.insertion.offset, line!.insertion.text);
    assert.equal(fixed, '| Role | Duties |\n|---|---|\n| Sonographer <!-- coursework-roles-disable-line missing-duties --> | |\n');
    assert.deepEqual(checker.check(fixed).messages.map((m) => m.ruleId), ['missing-technology']);
  });
});

describe('status and report', () => {
  const text = '## Audiologists\n\nAudiologists test hearing with audiometers.\n\n## Sonographers\n\nSonographers are kind.\n';

  it('summarises coverage for the status bar', () => {
    assert.deepEqual(statusOf(checker.check(text), dataset), { text: 'Roles: 1 of 2 described', tooltip: 'Still to describe:\nSonographer: technology and duties missing' });
    assert.equal(statusOf(checker.check('No roles.'), dataset).text, 'Roles: none named');
  });

  it('says which part is missing, or that every role is described', () => {
    assert.equal(statusOf(checker.check('Sonographers use ultrasound probes.'), dataset).tooltip, 'Still to describe:\nSonographer: duties missing');
    assert.equal(statusOf(checker.check('Sonographers scan patients.'), dataset).tooltip, 'Still to describe:\nSonographer: technology missing');
    assert.deepEqual(statusOf(checker.check('Audiologists test hearing with audiometers.'), dataset), { text: 'Roles: 1 of 1 described', tooltip: 'Every role named is fully described.' });
    assert.equal(statusOf(checker.check('No roles.'), dataset).tooltip, 'No practitioner roles from the dataset are named yet.');
  });

  it('writes a readable Markdown report', () => {
    const report = coverageReport('answer.md', checker.check(text), dataset);
    assert.match(report, /^# Coverage report: answer\.md\n\n\*\*1 of 2\*\* roles named are fully described/);
    assert.match(report, /\| Audiologist \| 1 \| ✓ audiometers \| ✓ test hearing with audiometers \|/);
    assert.match(report, /\| Sonographer \| 5 \| ✗ missing \| ✗ missing \|/);
    assert.match(report, /## What to add\n\n- \*\*Sonographer\*\* \(line 5\): add a specific technology/);
  });

  it('asks in the report only for what is missing, in the singular for one role', () => {
    const duties = coverageReport('a.md', checker.check('Sonographers use ultrasound probes.'), dataset);
    assert.match(duties, /^# Coverage report: a\.md\n\n\*\*0 of 1\*\* role named is fully described/);
    assert.match(duties, /\n- \*\*Sonographer\*\* \(line 1\): add what the practitioner does \(for example: [^)]+\)\.\n$/);
    const tech = coverageReport('a.md', checker.check('Sonographers scan patients.'), dataset);
    assert.match(tech, /\n- \*\*Sonographer\*\* \(line 1\): add a specific technology it uses \(for example ultrasound scanner, [^)]+\)\.\n$/);
    const done = coverageReport('a.md', checker.check('Audiologists test hearing with audiometers.'), dataset);
    assert.match(done, /\*\*1 of 1\*\* role named is fully described/);
    assert.doesNotMatch(done, /What to add/);
  });

  it('reports a document that names no role without an empty table', () => {
    const report = coverageReport('notes.md', checker.check('No roles here.'), dataset);
    assert.match(report, /^# Coverage report: notes\.md\n\nNo practitioner roles from the dataset are named yet\. Name a role/);
    assert.doesNotMatch(report, /\| Role \|/);
  });
});

describe('a report older than the dataset', () => {
  // The editor keeps the last report until its re-check after a dataset reload; a role the new dataset lacks shows by id.
  const file = validateDatasetFile({
    technologies: [{ id: 'scan-robot', name: 'scan robot' }],
    roles: [{ id: 'play-specialist', name: 'Play Specialist', technologies: ['x-ray-machine'], duties: ['prepare children for scans'] }],
  });
  const older = new Checker(datasetWith([{ file, name: 'mine.json' }]));
  const text = 'Play specialists are kind.';
  const stale = older.check(text);

  it('names the role by its id in the status, report, quick fix and JSON', () => {
    assert.equal(statusOf(stale, dataset).tooltip, 'Still to describe:\nplay-specialist: technology and duties missing');
    assert.match(coverageReport('a.md', stale, dataset), /\| play-specialist \| 1 \| ✗ missing \| ✗ missing \|/);
    const [stem] = quickFixes(text, stale, stale.messages[0]!, dataset);
    assert.equal(stem!.title, 'Add a sentence on the technology play-specialist uses');
    assert.equal(checker.toJson('a.md', stale).roles[0]!.name, 'play-specialist');
  });

  it('shows no card and offers no technologies for it', () => {
    assert.equal(hoverAt(stale, 1, dataset), undefined);
    const robot = 'Nurses steer the scan robot.';
    assert.equal(hoverAt(older.check(robot), robot.indexOf('robot'), dataset), undefined);
    const items = completionsAt(text, text.length - 1, stale, dataset)!.items;
    assert.deepEqual(items.filter((i) => i.kind === 'technology'), []);
  });
});

describe('the TextMate grammar', () => {
  it('is generated from the dataset (run scripts/build-grammar.mjs after changing data/)', () => {
    const data = JSON.parse(readFileSync(new URL('../../data/roles.json', import.meta.url), 'utf8'));
    assert.equal(readFileSync(GRAMMAR_PATH, 'utf8'), grammarText(data));
  });

  it('matches every role name and alias, with plurals, and not inside longer words', () => {
    const grammar = JSON.parse(grammarText({ roles: dataset.roles }));
    const source = grammar.patterns[0].match.replace('(?i)', '');
    const words = new RegExp(`^${source}$`, 'i');
    for (const role of dataset.roles) {
      for (const term of [role.name, ...role.aliases].filter((t) => !/^[A-Z0-9]{2,}$/.test(t))) {
        assert.ok(words.test(term) && words.test(`${term}s`), term);
      }
    }
    const inText = new RegExp(source, 'gi');
    assert.deepEqual('clinical engineering'.match(inText), null);
  });
});

describe('word counts', () => {
  const answer = '# My answer\n\nAudiologists test hearing with audiometers.\n\n```\ncode words here\n```\n\nSonographers are kind. <!-- not counted -->\n';
  const report = checker.check(answer);

  it('counts the answer’s prose, headings included, code and comments left out, against a limit', () => {
    assert.deepEqual(wordStatus(report, answer), {
      text: '10 words',
      tooltip: '10 words in this answer (headings, paragraphs, lists, tables and link text count; code, comments, front matter and link addresses do not).',
      over: false,
    });
    const over = wordStatus(report, answer, 5);
    assert.equal(over.text, '10 / 5 words');
    assert.equal(over.over, true);
    assert.match(over.tooltip, /\n5 words over the 5-word limit\.$/);
    const under = wordStatus(report, answer, 1500);
    assert.deepEqual([under.text, under.over], ['10 / 1,500 words', false]);
    assert.match(under.tooltip, /\n1,490 words left of the 1,500-word limit\.$/);
  });

  it('writes counts with thousands separated by commas', () => {
    assert.deepEqual([0, 7, 999, 1000, 1240, 15000, 1000000].map(formatCount), ['0', '7', '999', '1,000', '1,240', '15,000', '1,000,000']);
  });

  it('gives each role’s words in its hover card and in the report', () => {
    const hover = hoverAt(report, answer.indexOf('Audiologists') + 2, dataset, answer)!;
    assert.match(hover.markdown, /\*In this document:\* technology described, duties described; 5 words about it\.\n/);
    const one = checker.check('Sonographers.');
    assert.match(hoverAt(one, 2, dataset, 'Sonographers.')!.markdown, /; 1 word about it\.$/);
    const text = coverageReport('a.md', report, dataset, { source: answer, limit: 5 });
    assert.match(text, /\n\*\*10 \/ 5 words\*\* in the answer, over the limit \(headings/);
    assert.match(text, /\| Role \| Line \| Words \| Technology \| Duties \|\n\|---\|---\|---\|---\|---\|\n/);
    assert.match(text, /\| Audiologist \| 3 \| 5 \| ✓ audiometers \|/);
    assert.match(text, /\| Sonographer \| 9 \| 3 \| ✗ missing \| ✗ missing \|/);
  });
});

describe('references', () => {
  const accessed = new Date(2026, 11, 1, 9, 30);

  it('writes a Harvard-style reference: publisher, n.d., title, address and the date accessed', () => {
    assert.equal(referenceDate(accessed), '1 December 2026');
    assert.equal(referenceDate(new Date(2027, 0, 23)), '23 January 2027');
    assert.equal(
      harvardReference({ title: 'NHS Health Careers: Clinical engineering', url: 'https://www.healthcareers.nhs.uk/x' }, accessed),
      'NHS Health Careers (n.d.) Clinical engineering. Available at: https://www.healthcareers.nhs.uk/x (Accessed: 1 December 2026).',
    );
    // Without an address: publisher and title only; without a publisher: the title first.
    assert.equal(harvardReference({ title: 'NHS: MRI scan' }, accessed), 'NHS (n.d.) MRI scan.');
    assert.equal(harvardReference({ title: 'Behind-the-Scenes Health Care Jobs', seed: '004' }, accessed), 'Behind-the-Scenes Health Care Jobs (n.d.).');
    assert.equal(harvardReference({ title: 'X: Is it safe?' }, accessed), 'X (n.d.) Is it safe?');
  });

  it('offers Copy reference for each source in a card, as a command link with the source', () => {
    const card = roleCard(dataset.roleById.get('clinical-engineer')!, dataset);
    const links = [...card.matchAll(/\[Copy reference\]\(command:courseworkRoles\.copyReference\?([^ )]+)/g)].map((m) => JSON.parse(decodeURIComponent(m[1]!)) as unknown[]);
    assert.equal(links.length, dataset.roleById.get('clinical-engineer')!.sources.length);
    assert.deepEqual(links[0], [{ title: 'Care Learning: 2.1 Describe practitioner roles within the field of medical technology' }]);
    assert.ok(links.some((l) => JSON.stringify(l).includes('"url":"https://www.healthcareers.nhs.uk/')), card);
  });
});
