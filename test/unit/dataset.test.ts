import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { Checker } from '../../src/core/check.js';
import { buildDataset, bundledDataset, datasetWith, DatasetError, parseDatasetText, validateDatasetFile } from '../../src/core/dataset.js';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8'));
const schema = read('roles.schema.json') as object;
const data = read('roles.json') as { roles: Record<string, unknown>[]; technologies: Record<string, unknown>[] };
const ajv = new Ajv({ allErrors: true });
const validateWithSchema = ajv.compile(schema);

/** The roles coverage-spec.md requires, with the names and aliases it requires. */
const REQUIRED: [string, string, string[]][] = [
  ['clinical-engineer', 'Clinical Engineer', []],
  ['medical-device-specialist', 'Medical Device Specialist', []],
  ['biomedical-scientist', 'Biomedical Scientist', []],
  ['radiographer', 'Radiographer', ['diagnostic radiographer', 'therapeutic radiographer', 'therapy radiographer']],
  ['health-informatician', 'Health Informatician', ['health informatics specialist', 'clinical informatician']],
  ['pathology-it-technician', 'Pathology IT Technician', []],
  ['sonographer', 'Sonographer', ['ultrasonographer', 'ultrasound technician']],
  ['clinical-coder', 'Clinical Coder', ['medical coder']],
  ['phlebotomy-technician', 'Phlebotomy Technician', ['phlebotomist']],
  ['surgical-technologist', 'Surgical Technologist', ['operating department practitioner', 'ODP', 'surgical technician']],
  ['dialysis-technician', 'Dialysis Technician', ['renal technician', 'haemodialysis technician']],
  ['prosthetist-orthotist', 'Prosthetist and Orthotist', ['prosthetist', 'orthotist']],
  ['medical-robotics-specialist', 'Medical Robotics Specialist', ['robotics specialist']],
  ['healthcare-ai-specialist', 'AI Specialist in Healthcare', ['AI specialist', 'artificial intelligence specialist']],
  ['medical-cybersecurity-professional', 'Cybersecurity Professional for Medical Technology', ['cybersecurity professional', 'cybersecurity specialist']],
  ['biomedical-engineer', 'Biomedical Engineer', []],
  ['biomedical-technologist', 'Biomedical Technologist', ['biomedical engineering technologist', 'biomedical equipment technician']],
  ['health-information-manager', 'Health Information Manager', ['medical records manager', 'health care information manager']],
  ['medical-records-technician', 'Medical Records Technician', ['health information technician']],
  ['network-engineer', 'Network Engineer', []],
  ['computer-scientist', 'Computer Scientist', []],
  ['lab-technologist', 'Laboratory Technologist', ['lab technologist', 'lab technician', 'laboratory technician']],
];

describe('the bundled dataset', () => {
  it('is valid against its JSON Schema', () => {
    assert.equal(validateWithSchema(data), true, ajv.errorsText(validateWithSchema.errors));
  });

  it('holds every role the spec requires, with its name and aliases', () => {
    const dataset = bundledDataset();
    for (const [id, name, aliases] of REQUIRED) {
      const role = dataset.roleById.get(id);
      assert.ok(role, `missing ${id}`);
      assert.equal(role.name, name);
      for (const alias of aliases) assert.ok(role.aliases.includes(alias), `${id} lacks alias ${alias}`);
    }
  });

  it('links only to source addresses confirmed against stored copies of the pages (data/sources.json)', () => {
    const checked = (read('sources.json') as { sources: Record<string, { status: string; how: string; checked: string }> }).sources;
    const data = read('roles.json') as { roles: { sources?: { url?: string }[] }[]; technologies: { sources?: { url?: string }[] }[] };
    const urls = [...data.roles, ...data.technologies].flatMap((e) => (e.sources ?? []).map((s) => s.url)).filter((u): u is string => u !== undefined);
    assert.ok(urls.length > 0, 'no addresses at all');
    for (const url of urls) {
      const record = checked[url];
      assert.ok(record, `${url} is not recorded in data/sources.json`);
      assert.ok(record.status === 'confirmed' || record.status === 'corrected', `${url} is ${record.status}`);
      assert.ok(record.how.length > 20 && /^\d{4}-\d{2}-\d{2}$/.test(record.checked), `${url}: how and when it was checked`);
    }
    for (const [url, record] of Object.entries(checked)) {
      assert.ok(['confirmed', 'corrected', 'unconfirmed'].includes(record.status), `${url}: status ${record.status}`);
      if (record.status === 'unconfirmed') assert.ok(!urls.includes(url), `${url} is unconfirmed but still linked`);
    }
  });

  it('gives every role a summary, technologies, duties, settings, related roles and sources', () => {
    for (const role of bundledDataset().roles) {
      assert.ok(role.summary.length > 20, `${role.id} summary`);
      assert.ok(role.technologies.length > 0 && role.duties.length > 0, `${role.id} technologies and duties`);
      assert.ok(role.settings.length > 0 && role.related.length > 0 && role.sources.length > 0, `${role.id} settings, related, sources`);
    }
  });

  it('gives every technology a summary and a source', () => {
    for (const tech of bundledDataset().technologies) assert.ok(tech.summary && tech.sources.length > 0, tech.id);
  });

  it('has unique ids and no name claimed twice', () => {
    const roleIds = data.roles.map((r) => r.id);
    assert.equal(new Set(roleIds).size, roleIds.length);
    const terms = [...data.roles, ...data.technologies].flatMap((e) => [e.name as string, ...(e.aliases as string[])].map((t) => t.toLowerCase()));
    assert.deepEqual(terms.filter((t, i) => terms.indexOf(t) !== i), []);
  });

  it('uses no bare generic word as a technology', () => {
    const generic = new Set(['equipment', 'technology', 'machine', 'device', 'computer', 'system', 'software', 'network', 'data', 'robot', 'record']);
    const terms = data.technologies.flatMap((t) => [t.name as string, ...(t.aliases as string[])]);
    assert.deepEqual(terms.filter((t) => generic.has(t.toLowerCase())), []);
  });
});

describe('dataset validation', () => {
  const broken: [string, unknown, RegExp][] = [
    ['a non-object', [], /must be a JSON object/],
    ['an unknown property', { rolez: [] }, /rolez: is not a known property/],
    ['an id that is not kebab-case', { roles: [{ id: 'Play Specialist' }] }, /roles\[0\]\.id: .* must be kebab-case/],
    ['empty technologies', { roles: [{ id: 'a', name: 'Aa', technologies: [] }] }, /roles\[0\]\.technologies: must be a non-empty array/],
    ['a non-string duty', { roles: [{ id: 'a', name: 'Aa', duties: [3] }] }, /roles\[0\]\.duties\[0\]: must be a non-empty string/],
    ['a one-letter alias', { technologies: [{ id: 't', name: 'T thing', aliases: ['x'] }] }, /technologies\[0\]\.aliases\[0\]: must be 2 to 80 characters long/],
    ['an http source', { roles: [{ id: 'a', sources: [{ title: 't', url: 'http://x' }] }] }, /roles\[0\]\.sources\[0\]\.url: must start with https:\/\//],
    ['roles that are not a list', { roles: 'sonographer' }, /^roles: must be an array$/],
    ['a role that is not an object', { roles: ['sonographer'] }, /^roles\[0\]: must be an object$/],
    ['a technology that is not an object', { technologies: [3] }, /^technologies\[0\]: must be an object$/],
    ['an unknown technology property', { technologies: [{ id: 't', name: 'T thing', users: [] }] }, /^technologies\[0\]\.users: is not a known property$/],
    ['a technology without an id', { technologies: [{ name: 'T thing' }] }, /^technologies\[0\]\.id: must be a non-empty string$/],
    ['a blank role summary', { roles: [{ id: 'a', summary: '  ' }] }, /^roles\[0\]\.summary: must be a non-empty string$/],
    ['a blank duty', { roles: [{ id: 'a', duties: [' \t'] }] }, /^roles\[0\]\.duties\[0\]: must be a non-empty string$/],
    ['an empty technology summary', { technologies: [{ id: 't', summary: '' }] }, /^technologies\[0\]\.summary: must be a non-empty string$/],
    ['a source without a title', { technologies: [{ id: 't', sources: [{}] }] }, /^technologies\[0\]\.sources\[0\]\.title: must be a non-empty string$/],
    ['a name without a letter', { roles: [{ id: 'a', name: '12' }] }, /^roles\[0\]\.name: must contain a letter$/],
    ['a name on two lines', { roles: [{ id: 'a', name: 'Play\nSpecialist' }] }, /^roles\[0\]\.name: must be on one line$/],
    ['a name over 80 characters', { roles: [{ id: 'a', name: 'a'.repeat(81) }] }, /^roles\[0\]\.name: must be 2 to 80 characters long$/],
    ['technologies given as one string', { roles: [{ id: 'a', technologies: 'ct-scanner' }] }, /^roles\[0\]\.technologies: must be a non-empty array$/],
    ['settings given as one string', { roles: [{ id: 'a', settings: 'hospital' }] }, /^roles\[0\]\.settings: must be an array$/],
    ['a related id that is not kebab-case', { roles: [{ id: 'a', related: ['Sono Grapher'] }] }, /^roles\[0\]\.related\[0\]: "Sono Grapher" must be kebab-case/],
    ['a source that is not an object', { roles: [{ id: 'a', sources: ['NHS'] }] }, /^roles\[0\]\.sources\[0\]: must be an object$/],
    ['an unknown source property', { roles: [{ id: 'a', sources: [{ title: 't', link: 'https://x' }] }] }, /^roles\[0\]\.sources\[0\]\.link: is not a known property$/],
    ['a url that is not a string', { roles: [{ id: 'a', sources: [{ title: 't', url: 5 }] }] }, /^roles\[0\]\.sources\[0\]\.url: must be a non-empty string$/],
    ['an unknown seed', { roles: [{ id: 'a', sources: [{ title: 't', seed: '001' }] }] }, /^roles\[0\]\.sources\[0\]\.seed: must be "000" or "004"$/],
  ];
  for (const [what, value, reason] of broken) {
    it(`refuses ${what}, saying where, as the schema does`, () => {
      assert.throws(() => validateDatasetFile(value), (error: unknown) => error instanceof DatasetError && reason.test(error.message));
      assert.equal(validateWithSchema(value), false, 'the JSON Schema should refuse it too');
    });
  }

  it('refuses invalid JSON with the parser’s reason', () => {
    assert.throws(() => parseDatasetText('{ "roles": [', 'mine.json'), /^DatasetError: mine\.json: is not valid JSON/);
  });

  it('refuses a dataset file over 2 MB before parsing it, and takes one at the limit', () => {
    const padded = (size: number): string => {
      const json = JSON.stringify({ roles: [{ id: 'sonographer', aliases: ['scan technician'] }] });
      return json + ' '.repeat(size - json.length);
    };
    assert.throws(() => parseDatasetText(padded(3 * 1024 * 1024), 'huge.json'), /^DatasetError: huge\.json: is 3\.0 MB; a dataset file may be at most 2 MB \(is it the right file\?\)$/);
    assert.deepEqual(parseDatasetText(padded(2 * 1024 * 1024), 'big.json').roles?.[0]?.aliases, ['scan technician']);
  });

  it('names the file, the place and the reason when a parsed file is invalid', () => {
    assert.throws(() => parseDatasetText('{ "rolez": [] }', 'mine.json'), (error: unknown) => {
      assert.ok(error instanceof DatasetError);
      assert.deepEqual([error.file, error.path, error.reason, error.message], ['mine.json', 'rolez', 'is not a known property', 'mine.json: rolez: is not a known property']);
      return true;
    });
  });

  it('reads a file that starts with a byte order mark, as Windows editors save it', () => {
    assert.deepEqual(parseDatasetText('\uFEFF{ "roles": [{ "id": "sonographer", "aliases": ["scan technician"] }] }'), { roles: [{ id: 'sonographer', aliases: ['scan technician'] }] });
  });

  it('leaves the file name out of the message when none is given', () => {
    assert.throws(() => buildDataset([{ file: validateDatasetFile({ roles: [{ id: 'new-role' }] }) }]), (error: unknown) => {
      assert.ok(error instanceof DatasetError);
      assert.equal(error.message, 'roles[0].name: is required for a new role');
      return true;
    });
  });

  it('refuses duplicate ids, unknown technology ids and a name claimed twice', () => {
    const build = (file: unknown): unknown => datasetWith([{ file: validateDatasetFile(file), name: 'mine.json' }]);
    assert.throws(() => build({ roles: [{ id: 'a', name: 'Aa', technologies: ['x-ray-machine'], duties: ['d'] }, { id: 'a' }] }), /mine\.json: roles\[1\]\.id: "a" is used twice/);
    assert.throws(() => build({ roles: [{ id: 'a', name: 'Aa', technologies: ['no-such-thing'], duties: ['d'] }] }), /roles\[0\]\.technologies\[0\]: "no-such-thing" is not the id of any technology/);
    assert.throws(() => build({ roles: [{ id: 'a', name: 'Sonographer', technologies: ['x-ray-machine'], duties: ['d'] }] }), /^DatasetError: mine\.json: roles\[0\]\.name: "Sonographer" is already a name or alias of role "sonographer"$/);
    assert.throws(
      () => build({ technologies: [{ id: 'scanner-x', name: 'Scanner X', aliases: ['ultrasound scanner'] }] }),
      /^DatasetError: mine\.json: technologies\[0\]\.aliases\[0\]: "ultrasound scanner" is already a name or alias of technology "ultrasound-scanner"$/,
    );
    assert.throws(() => build({ roles: [{ id: 'a', name: 'Aa', aliases: ['Bb'], technologies: ['x-ray-machine'], duties: ['d'] }, { id: 'b', name: 'bb', technologies: ['x-ray-machine'], duties: ['d'] }] }), /mine\.json: roles\[1\]\.name: "bb" is already a name or alias of role "a"$/);
    assert.throws(() => build({ roles: [{ id: 'new-role' }] }), /roles\[0\]\.name: is required for a new role/);
    assert.throws(() => build({ technologies: [{ id: 'scan-robot', name: 'scan robot' }, { id: 'scan-robot' }] }), /mine\.json: technologies\[1\]\.id: "scan-robot" is used twice/);
    assert.throws(() => build({ technologies: [{ id: 'scan-robot' }] }), /mine\.json: technologies\[0\]\.name: is required for a new technology/);
  });

  it('extends a bundled technology: names replace, aliases and sources are added', () => {
    const bundled = bundledDataset().technologyById.get('x-ray-machine')!;
    const file = validateDatasetFile({ technologies: [{ id: 'x-ray-machine', aliases: ['radiography unit'], sources: [{ title: 'Course handbook' }] }] });
    const tech = datasetWith([{ file, name: 'mine.json' }]).technologyById.get('x-ray-machine')!;
    assert.equal(tech.name, bundled.name);
    assert.equal(tech.summary, bundled.summary);
    assert.deepEqual(tech.aliases, [...bundled.aliases, 'radiography unit']);
    assert.deepEqual(tech.sources, [...bundled.sources, { title: 'Course handbook' }]);
    const checker = new Checker(datasetWith([{ file, name: 'mine.json' }]));
    assert.deepEqual(checker.check('Radiographers use the radiography unit.').coverage.roles.map((r) => [r.id, r.technologyEvidence]), [['radiographer', ['radiography unit']]]);
  });

  it('adds a technology with only an id and a name, and gives it to a bundled role', () => {
    const file = validateDatasetFile({ technologies: [{ id: 'scan-robot', name: 'scan robot' }], roles: [{ id: 'sonographer', technologies: ['scan-robot'] }] });
    const dataset = datasetWith([{ file, name: 'mine.json' }]);
    assert.deepEqual(dataset.technologyById.get('scan-robot'), { id: 'scan-robot', name: 'scan robot', aliases: [], summary: '', sources: [] });
    assert.deepEqual(dataset.rolesByTechnology.get('scan-robot')!.map((r) => r.id), ['sonographer']);
    const report = new Checker(dataset).check('Sonographers steer the scan robot.');
    assert.deepEqual(report.coverage.roles.map((r) => [r.id, r.technology]), [['sonographer', true]]);
  });

  it('adds a role with only an id and a name, flagged until it is described', () => {
    const file = validateDatasetFile({ roles: [{ id: 'play-specialist', name: 'Play Specialist' }], technologies: [{ id: 'x-ray-machine', aliases: ['radiography unit'] }] });
    const dataset = datasetWith([{ file, name: 'mine.json' }]);
    assert.deepEqual(dataset.roleById.get('play-specialist'), { id: 'play-specialist', name: 'Play Specialist', aliases: [], summary: '', technologies: [], duties: [], settings: [], related: [], sources: [] });
    assert.deepEqual(dataset.technologyById.get('x-ray-machine')!.sources, bundledDataset().technologyById.get('x-ray-machine')!.sources);
    const report = new Checker(dataset).check('Play specialists are kind.');
    assert.deepEqual(report.messages.map((m) => `${m.ruleId} ${m.roleId}`), ['missing-technology play-specialist', 'missing-duties play-specialist']);
  });

  it('uses the bundled dataset itself when there is no user file', () => {
    assert.equal(datasetWith([]), bundledDataset());
  });

  it('extends a bundled role with a user file and keeps the bundled roles', () => {
    const dataset = datasetWith([{ file: validateDatasetFile({ roles: [{ id: 'sonographer', aliases: ['scan technician'] }] }), name: 'mine.json' }]);
    assert.ok(dataset.roleById.get('sonographer')!.aliases.includes('scan technician'));
    assert.ok(dataset.roleById.get('sonographer')!.aliases.includes('ultrasonographer'));
    assert.equal(dataset.roles.length, bundledDataset().roles.length);
  });
});
