import assert from 'node:assert/strict';
import { checker, coverageOf, rolesIn } from './helpers.js';

describe('finding role names', () => {
  it('matches names and aliases in any case', () => {
    assert.deepEqual(rolesIn('The SONOGRAPHER and a clinical Coder met a phlebotomist.'), ['sonographer', 'clinical-coder', 'phlebotomy-technician']);
  });

  it('matches regular plurals, including of abbreviations', () => {
    assert.deepEqual(rolesIn('Radiographers, orthotists and ODPs.'), ['radiographer', 'prosthetist-orthotist', 'surgical-technologist']);
  });

  it('matches British and American spellings both ways', () => {
    assert.deepEqual(rolesIn('A hemodialysis technician.'), ['dialysis-technician']);
    assert.deepEqual(rolesIn('A haemodialysis technician.'), ['dialysis-technician']);
    assert.deepEqual(rolesIn('Cyber security professionals and cybersecurity specialists.'), ['medical-cybersecurity-professional']);
  });

  it('matches a possessive', () => {
    assert.deepEqual(rolesIn("The phlebotomist's tray."), ['phlebotomy-technician']);
  });

  it('never matches inside a longer word or name', () => {
    assert.deepEqual(rolesIn('The clinical engineering department and the biomedical engineering team.'), []);
  });

  it('prefers the longest name', () => {
    const report = rolesIn('A pathology IT technician is not a lab technician.');
    assert.deepEqual(report, ['pathology-it-technician', 'lab-technologist']);
  });

  it('matches an all-capitals abbreviation in capitals, and in lower case only where it cannot be an ordinary word', () => {
    assert.deepEqual(rolesIn('The ODP checked the anaesthetic machine.'), ['surgical-technologist']);
    assert.deepEqual(rolesIn('next is the odp who checks the anaesthetic machine'), ['surgical-technologist']);
    assert.deepEqual(rolesIn('the odps get the trays ready'), ['surgical-technologist']);
    assert.deepEqual(coverageOf('radiographers do ct scans.'), ['radiographer: TD']);
    // "pet" and "it" are words: only PET and IT are the abbreviations, except between two words of a name,
    // where "it" cannot be the pronoun (marked-63's marker read "the pathology it technician" as the role).
    assert.deepEqual(checker.check('Radiographers look after the ward pet.').coverage.roles.map((r) => r.technology), [false]);
    assert.deepEqual(rolesIn('The pathology it technician.'), ['pathology-it-technician']);
    assert.deepEqual(rolesIn('Pathology? It technicians would know.'), []);
  });

  it('ignores code, inline code, link URLs, HTML comments and front matter', () => {
    const markdown = [
      '---',
      'roles: sonographer',
      '---',
      '',
      '<!-- radiographer -->',
      '',
      'See `clinical coder` and [this page](https://example.org/phlebotomist).',
      '',
      '```',
      'audiologist',
      '```',
      '',
      '    perfusionist in indented code',
    ].join('\n');
    assert.deepEqual(rolesIn(markdown), []);
  });

  it('ignores e-mail addresses, but not a role named before an @ with a space', () => {
    assert.deepEqual(rolesIn('Write to sonographer@example.org or jane.radiographer@nhs.net today.'), []);
    assert.deepEqual(rolesIn('Ask the sonographer @ the front desk, or email radiographers.'), ['sonographer', 'radiographer']);
  });

  it('ignores bare URLs', () => {
    assert.deepEqual(rolesIn('See https://example.org/sonographer-role and www.radiographer.example today.'), []);
  });

  it('reads link text as prose', () => {
    assert.deepEqual(rolesIn('Read [the sonographer profile](https://example.org).'), ['sonographer']);
    assert.deepEqual(rolesIn('Read [**Sonographers** and radiographers](https://example.org).'), ['sonographer', 'radiographer']);
    assert.deepEqual(rolesIn('Read [*Perfusionists*](https://example.org).'), ['perfusionist']);
  });

  it('ignores autolinks, e-mail autolinks and link text that spells out the address', () => {
    assert.deepEqual(rolesIn('See <https://example.org/sonographer> or write to <radiographer@example.org>.'), []);
    assert.deepEqual(rolesIn('See [perfusionist.example](https://perfusionist.example).'), []);
  });

  it('reads tables, block quotes and nested lists', () => {
    assert.deepEqual(rolesIn('| Role |\n|---|\n| Perfusionist |\n\n> An audiologist.\n\n- a\n  - a radiographer'), ['perfusionist', 'audiologist', 'radiographer']);
  });
});
