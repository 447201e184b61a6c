import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countWords } from '../../src/core/words.js';
import { checker, coverageOf } from './helpers.js';

const answers = fileURLToPath(new URL('../fixtures/answers/', import.meta.url));

describe('coverage of the fixture answers', () => {
  for (const file of readdirSync(answers).filter((f) => f.endsWith('.md'))) {
    it(`${file} matches its expected coverage`, () => {
      const expected = JSON.parse(readFileSync(`${answers}${file.replace(/\.md$/, '.expected.json')}`, 'utf8')) as {
        roles: { id: string; technology: boolean; duties: boolean }[];
      };
      const report = checker.check(readFileSync(`${answers}${file}`, 'utf8'));
      assert.deepEqual(
        report.coverage.roles.map((r) => ({ id: r.id, technology: r.technology, duties: r.duties })),
        expected.roles,
      );
    });
  }
});

describe('what counts as technology', () => {
  it('counts a specific technology, device, system or software', () => {
    assert.deepEqual(coverageOf('Radiographers operate CT scanners and position patients.'), ['radiographer: TD']);
    assert.deepEqual(coverageOf('Clinical coders enter codes into the electronic patient record.'), ['clinical-coder: TD']);
  });

  it('does not count generic words alone', () => {
    assert.deepEqual(coverageOf('Clinical engineers repair equipment, machines, devices, computers and systems.'), ['clinical-engineer: -D']);
  });

  it('does not count the technology word inside the role name itself', () => {
    assert.deepEqual(coverageOf('Dialysis technicians set up the machines before each session.'), ['dialysis-technician: -D']);
  });
});

describe('what counts as duties', () => {
  it('counts an action verb with an object', () => {
    assert.deepEqual(coverageOf('Sonographers use ultrasound scanners to carry out pregnancy scans.'), ['sonographer: TD']);
    assert.deepEqual(coverageOf('Medical device specialists train ward staff on infusion pumps.'), ['medical-device-specialist: TD']);
  });

  it('does not count using, working with or working in', () => {
    assert.deepEqual(coverageOf('Sonographers use ultrasound machines.'), ['sonographer: T-']);
    assert.deepEqual(coverageOf('Surgical technologists work with diathermy machines in theatre.'), ['surgical-technologist: T-']);
    assert.deepEqual(coverageOf('Lab technicians work in hospitals and are important.'), ['lab-technologist: --']);
  });

  it('does not count what a thing does, only what the practitioner does', () => {
    assert.deepEqual(coverageOf('Medical device specialists are employed by the company that makes insulin pumps.'), ['medical-device-specialist: T-']);
    assert.deepEqual(coverageOf('Computer scientists are behind the algorithms used to read scans.'), ['computer-scientist: T-']);
  });

  it('does not read a noun as a verb', () => {
    assert.deepEqual(coverageOf('Audiologists rely on hearing tests and patient monitors.'), ['audiologist: T-']);
  });

  it('reads duties listed after "include" and "responsible for"', () => {
    assert.deepEqual(coverageOf('Perfusionists are responsible for running the heart-lung machine.'), ['perfusionist: TD']);
    assert.deepEqual(coverageOf('The duties of clinical engineers include calibrating defibrillators.'), ['clinical-engineer: TD']);
  });
});

describe('what text belongs to a role', () => {
  it('carries a description through sentences that refer back', () => {
    assert.deepEqual(
      coverageOf('Some work is done by sonographers, alongside others. Sonographers are trained for years. They perform scans with an ultrasound probe.'),
      ['sonographer: TD'],
    );
  });

  it('gives each role in a paragraph the sentences about it', () => {
    assert.deepEqual(coverageOf('Radiographers take X-rays of broken bones. Sonographers are important. Phlebotomists label blood tubes with barcodes.'), [
      'radiographer: TD',
      'sonographer: --',
      'phlebotomy-technician: TD',
    ]);
  });

  it('does not let a cross-reference borrow the other role’s description', () => {
    assert.deepEqual(coverageOf('## Radiographers\n\nRadiographers operate MRI scanners and position patients. They work alongside sonographers.'), [
      'radiographer: TD',
      'sonographer: --',
    ]);
  });

  it('gives a role named in an introductory list nothing from the list', () => {
    assert.deepEqual(coverageOf('Roles include, for example, sonographers and radiographers. Each of these roles uses technology to support patient care.'), [
      'sonographer: --',
      'radiographer: --',
    ]);
  });

  it('treats a bold paragraph naming a role as a heading', () => {
    assert.deepEqual(coverageOf('**Perfusionists**\n\nThey run heart-lung machines during bypass surgery.\n\n**Conclusion**\n\nAll staff calibrate monitors.'), ['perfusionist: TD']);
  });

  it('reads text crossed out with ~~ as deleted: no name, technology or duty in it counts, and the words either side join up', () => {
    assert.deepEqual(coverageOf('~~Radiographers also do ultrasound.~~ Sonographers scan babies with an ultrasound probe.'), ['sonographer: TD']);
    assert.deepEqual(coverageOf('Clinical coders ~~turn diagnoses into ICD-10 codes~~ are very important.'), ['clinical-coder: --']);
    assert.deepEqual(coverageOf('Surgical technicians ~~help~~ hand the surgeon the instruments.'), ['surgical-technologist: -D']);
    // One tilde is "about", not a crossing-out.
    assert.deepEqual(coverageOf('Sonographers scan ~20 pregnant women a day, each with an ultrasound probe for ~30 minutes.'), ['sonographer: TD']);
  });

  it('gives a table row to the role in its first cell', () => {
    assert.deepEqual(coverageOf('| Role | Tech | Duties |\n|---|---|---|\n| Audiologist | audiometer | tests hearing |\n| Sonographer | | |'), [
      'audiologist: TD',
      'sonographer: --',
    ]);
  });
});

describe('HTML pasted into an answer (html.ts)', () => {
  const pasted =
    '<p><b>Network&nbsp;Engineers</b><br>Network engineers install and fix the Wi-Fi.</p>\n' +
    '<p><b>Prosthetists</b><br>Prosthetists are experts in artificial limbs.</p>\n' +
    '<script>Radiographers take X-rays.</script>\n';

  it('reads the text of an HTML block as the page shows it: block tags end paragraphs, a leading <b> is a lead-in', () => {
    assert.deepEqual(coverageOf(pasted), ['network-engineer: TD', 'prosthetist-orthotist: T-']);
  });

  it('places a role at its words in the source, and counts no tag as a word', () => {
    const report = checker.check(pasted);
    const mention = report.coverage.roles[0]!.mentions[0]!;
    assert.equal(pasted.slice(mention.start, mention.end), 'Network&nbsp;Engineers');
    assert.equal(countWords(report.prose, pasted), 16);
  });

  it('still reads a block that is only a comment as a control, and finds no prose in it', () => {
    const text = '<!-- coursework-roles-disable -->\n\nSonographers scan babies.\n';
    const report = checker.check(text);
    assert.equal(report.prose.controls.length, 1);
    assert.deepEqual(report.messages, []);
  });
});

describe('an outline pasted as indented lines (outline.ts)', () => {
  const outline = 'Roles in medical technology\n\tImaging\n\t\tRadiographers\n\t\t\tX-ray machines and CT scanners\n\t\t\tposition the patient\n\t\tSonographers\n\t\t\tno notes yet\n';

  it('reads each line as an item under the nearest line above it that is indented less', () => {
    assert.deepEqual(coverageOf(outline), ['radiographer: TD', 'sonographer: --']);
  });

  it('leaves hard-wrapped prose, indented alike or not at all, as one paragraph', () => {
    const wrapped = 'Radiographers take X-rays and\n  sonographers scan babies, and\n  clinical coders code the notes.\n';
    const report = checker.check(wrapped);
    assert.equal(report.prose.blocks.length, 1);
    assert.equal(checker.check(outline).prose.blocks.length, 7);
  });

  it('reads lines drawn as a tree ("├── ", "│   └── ", "|-- ") as an outline, even at two depths', () => {
    const tree = 'Clinical Engineering\n├── EBME technicians – repair infusion pumps\n│   └── trainees\n└── Renal technicians – dialysis machines\n';
    assert.deepEqual(coverageOf(tree), ['biomedical-technologist: TD', 'dialysis-technician: T-']);
    const ascii = 'Our team\n|-- Sonographers – scan babies with ultrasound\n|-- Phlebotomists – kind people\n`-- Clinical coders – code notes in the PAS\n';
    assert.deepEqual(coverageOf(ascii), ['sonographer: TD', 'phlebotomy-technician: --', 'clinical-coder: TD']);
  });

  it('reads an outline typed under a list item ("1. Imaging" then "    1.1 Radiographer"), its points numbered "1.1.1", "i." or "a)"', () => {
    const numbered = '1. Imaging\n    1.1 Radiographer\n        1.1.1 X-ray machines\n        1.1.2 takes X-rays of broken bones\n    1.2 Sonographer\n        i. scans pregnant women\n';
    assert.deepEqual(coverageOf(numbered), ['radiographer: TD', 'sonographer: -D']);
    // Lettered points under a role's item, at one depth.
    const lettered = '1. Radiographer\n    a) x-rays\n    b)\n2. Phlebotomist\n    a) takes blood from patients for tests\n    b) needles and blood bottles\n';
    assert.deepEqual(coverageOf(lettered), ['radiographer: T-', 'phlebotomy-technician: TD']);
    // A list item wrapped at its text's column stays one block.
    assert.equal(checker.check('- Radiographers take X-rays of bones and\n  also scan patients with CT scanners and\n  check the images.\n').prose.blocks.length, 1);
  });
});

describe('a spreadsheet pasted as comma- or tab-separated lines (delimited.ts)', () => {
  it('reads the lines as a table: a row per line, a cell per field, quoted fields holding commas', () => {
    const csv = 'Role,Technology,Duties\nPhlebotomist,,"Takes blood samples, labels them"\nClinical coder,"ICD-10, PAS",Reads the notes\nSonographer,Ultrasound,\n';
    assert.deepEqual(coverageOf(csv), ['phlebotomy-technician: -D', 'clinical-coder: TD', 'sonographer: T-']);
    const tsv = 'Role\tWhat they do\nPhlebotomist\tTakes blood samples\nAudiologist\tFits hearing aids\n';
    assert.deepEqual(coverageOf(tsv), ['phlebotomy-technician: -D', 'audiologist: TD']);
  });

  it('reads lines of " | " or " / " fields with no header as a record per line, a verb after a bar or slash a duty', () => {
    const notes = 'Medical physicist | linac | checks the dose every morning\nAudiologist / audiometer / fits hearing aids\nClinical coder | ??? ask Miss\n';
    assert.deepEqual(coverageOf(notes), ['medical-physicist: TD', 'audiologist: TD', 'clinical-coder: --']);
    const prose = 'Radiographers take X-rays and\nsonographers scan babies and\nclinical coders code the notes.\n';
    assert.equal(checker.check(prose).prose.blocks.length, 1);
  });

  it('reads lines of notes opened by a name and a dash ("Sonographer – ultrasound") as an item each', () => {
    const notes = 'Radiographer – hospital, degree\nSonographer – ultrasound\nLab technician – hospital lab, A levels\nPhlebotomist → takes blood\n';
    assert.deepEqual(coverageOf(notes), ['radiographer: --', 'sonographer: T-', 'lab-technologist: --', 'phlebotomy-technician: -D']);
    // Wrapped prose with a dash on one line stays one paragraph.
    const prose = 'Radiographers take X-rays – and\nsonographers scan babies, and\nclinical coders code the notes.\n';
    assert.equal(checker.check(prose).prose.blocks.length, 1);
  });

  it('leaves wrapped prose with a comma on every line as one paragraph', () => {
    const wrapped = 'Radiographers, who take X-rays,\nwork with sonographers, who scan\nbabies, and with clinical coders.\n';
    assert.equal(checker.check(wrapped).prose.blocks.length, 1);
    const sentences = 'Sonographers scan, then report\nRadiographers x-ray, then report\nCoders code, then check\n';
    assert.equal(checker.check(sentences).prose.blocks.length, 1);
  });
});

describe('a list pasted from Word as bullet characters (delimited.ts)', () => {
  it('reads each bulleted line as an item of its own, a nested "o" under the item before, and the other lines as paragraphs', () => {
    const pasted = 'HEALTHCARE SCIENCE\n\u25aa\tMedical Physicist: calibrate the linear accelerators\n\u25aa\tClinical Scientist: senior scientists\no\truns the DNA sequencer\n\u25aa\tBiomedical Scientist: registered with the HCPC\n';
    assert.deepEqual(coverageOf(pasted), ['medical-physicist: TD', 'clinical-scientist: TD', 'biomedical-scientist: --']);
    const report = checker.check(pasted);
    assert.deepEqual(report.prose.units.map((u) => u.kind), ['paragraph', 'listItem', 'listItem', 'listItem', 'listItem']);
    assert.equal(report.prose.units[3]!.parent, 2, 'the "o" line is under the clinical scientist');
    // Word's "o" and a tab, with no other bullet beside it.
    assert.deepEqual(coverageOf('Jobs:\no\tRobotics specialist \u2013 sets up the robot\no\tProsthetist \u2013 kind\n'), ['medical-robotics-specialist: TD', 'prosthetist-orthotist: --']);
  });

  it('leaves a line that only starts with "o" as prose', () => {
    assert.equal(checker.check('Radiographers take X-rays and\no well, sonographers scan\nbabies.\n').prose.blocks.length, 1);
  });
});

describe('a setext heading of several lines (delimited.ts)', () => {
  it('reads the lines above a row of dashes as lines of their own and the dashes as a rule', () => {
    const pasted = 'There are many roles.\n\u2022 Network Engineer \u2013 makes sure the network is up\n\u2022 Cardiac Physiologist \u2013 they do ECGs\n-----\nSummary\n';
    assert.deepEqual(coverageOf(pasted), ['network-engineer: --', 'cardiac-physiologist: TD']);
    const report = checker.check(pasted);
    assert.ok(report.prose.blocks.every((b) => b.kind === 'paragraph'), 'no heading');
    assert.ok(report.prose.units.some((u) => u.kind === 'rule'));
    // One line above the dashes is still a heading.
    assert.equal(checker.check('Radiographers\n-----\n\nThey take X-rays.\n').prose.blocks[0]!.kind, 'heading');
  });
});
