import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { statusOf } from '../../src/core/assist.js';
import { Checker } from '../../src/core/check.js';
import { datasetWith, DatasetError, parseDatasetText, validateDatasetFile } from '../../src/core/dataset.js';
import { VFile } from 'vfile';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkCourseworkRoles from '../../src/core/plugin.js';

const schema = JSON.parse(readFileSync(new URL('../../data/roles.schema.json', import.meta.url), 'utf8')) as object;
const validateWithSchema = new Ajv({ allErrors: true }).compile(schema);

const CRITERION = {
  criterion: {
    code: '2.1',
    title: 'Describe practitioner roles within the field of medical technology',
    minRoles: 3,
    mustDescribe: ['radiographer', 'clinical-coder'],
  },
};

const checkerWith = (...files: unknown[]): Checker => new Checker(datasetWith(files.map((file, i) => ({ file: validateDatasetFile(file), name: `file${i}.json` }))));
const lint = (checker: Checker, markdown: string, options = {}): string[] =>
  checker.check(markdown, options).messages.map((m) => `${m.line}:${m.column} ${m.ruleId}${m.roleId ? ` ${m.roleId}` : ''} ${m.message}`);

const ANSWER = [
  '# Roles',
  '',
  'Audiologists test hearing with audiometers.',
  '',
  'Sonographers use ultrasound scanners to examine pregnant patients.',
  '',
  'Radiographers are kind.',
].join('\n');

describe('criterion files', () => {
  it('accepts a file holding only a criterion, as the schema does', () => {
    assert.deepEqual(validateDatasetFile(CRITERION), CRITERION);
    assert.equal(validateWithSchema(CRITERION), true, JSON.stringify(validateWithSchema.errors));
    assert.equal(validateWithSchema({ criterion: { code: '2.1' } }), true);
  });

  const broken: [string, unknown, RegExp][] = [
    ['a criterion that is not an object', { criterion: '2.1' }, /^criterion: must be an object with a "code"$/],
    ['a criterion without a code', { criterion: { title: 'Describe roles' } }, /^criterion\.code: must be a non-empty string$/],
    ['a code on two lines', { criterion: { code: '2.1\n2.2' } }, /^criterion\.code: must be one line of at most 20 characters/],
    ['an unknown criterion property', { criterion: { code: '2.1', minroles: 2 } }, /^criterion\.minroles: is not a known property$/],
    ['a negative minimum', { criterion: { code: '2.1', minRoles: -1 } }, /^criterion\.minRoles: must be a whole number of 0 or more$/],
    ['a fractional minimum', { criterion: { code: '2.1', minRoles: 2.5 } }, /^criterion\.minRoles: must be a whole number of 0 or more$/],
    ['a minimum given as a string', { criterion: { code: '2.1', minRoles: '6' } }, /^criterion\.minRoles: must be a whole number of 0 or more$/],
    ['mustDescribe given as one string', { criterion: { code: '2.1', mustDescribe: 'radiographer' } }, /^criterion\.mustDescribe: must be an array$/],
    ['a mustDescribe id that is not kebab-case', { criterion: { code: '2.1', mustDescribe: ['Clinical Coder'] } }, /^criterion\.mustDescribe\[0\]: "Clinical Coder" must be kebab-case/],
  ];
  for (const [what, value, reason] of broken) {
    it(`refuses ${what}, saying where, as the schema does`, () => {
      assert.throws(() => validateDatasetFile(value), (error: unknown) => error instanceof DatasetError && reason.test(error.message));
      assert.equal(validateWithSchema(value), false, 'the JSON Schema should refuse it too');
    });
  }

  it('refuses a mustDescribe role that no dataset has, naming the file and the place', () => {
    const file = parseDatasetText(JSON.stringify({ criterion: { code: '2.1', mustDescribe: ['radiographer', 'wizard'] } }), 'criterion-2.1.json');
    assert.throws(() => datasetWith([{ file, name: 'criterion-2.1.json' }]), /^DatasetError: criterion-2\.1\.json: criterion\.mustDescribe\[1\]: "wizard" is not the id of any role$/);
  });

  it('takes a mustDescribe role from the same file', () => {
    const checker = checkerWith({ roles: [{ id: 'play-specialist', name: 'Play Specialist' }], criterion: { code: '3.2', mustDescribe: ['play-specialist'] } });
    assert.deepEqual(lint(checker, 'Audiologists test hearing with audiometers.'), ['1:1 required-role play-specialist Play Specialist is required by criterion 3.2 but is never named: describe its technology and duties']);
  });

  it('keeps the last criterion given in the merged dataset', () => {
    const dataset = checkerWith(CRITERION, { criterion: { code: '2.2' } }).dataset;
    assert.deepEqual(dataset.criterion, { code: '2.2' });
    assert.equal(checkerWith({ roles: [{ id: 'sonographer', aliases: ['scan technician'] }] }).dataset.criterion, undefined);
  });

  it('reports required-role for each listed role never named, at the start, and too-few-roles from the minimum', () => {
    assert.deepEqual(lint(checkerWith(CRITERION), ANSWER), [
      '1:1 too-few-roles 2 of the 3 fully described roles asked for: describe 1 more with their technology and duties',
      '1:1 required-role clinical-coder Clinical Coder is required by criterion 2.1 but is never named: describe its technology and duties',
      '7:1 missing-technology radiographer Radiographer is named but no specific technology it uses is described',
      '7:1 missing-duties radiographer Radiographer is named but its duties are not described',
    ]);
  });

  it('lets an explicit minimum override the criterion’s, even 0', () => {
    const checker = checkerWith(CRITERION);
    assert.deepEqual(lint(checker, ANSWER, { minRoles: 2 }).filter((m) => m.includes('too-few-roles')), []);
    assert.deepEqual(lint(checker, ANSWER, { minRoles: 0 }).filter((m) => m.includes('too-few-roles')), []);
    assert.equal(lint(checker, ANSWER, { minRoles: 4 }).filter((m) => m.includes('too-few-roles')).length, 1);
  });

  it('has its own severity and control comments', () => {
    const checker = checkerWith(CRITERION);
    assert.deepEqual(lint(checker, ANSWER, { severity: { 'required-role': 'off', 'too-few-roles': 'off' } }).filter((m) => m.startsWith('1:1')), []);
    const report = checker.check(ANSWER, { severity: { 'required-role': 'error' } });
    assert.deepEqual(report.messages.filter((m) => m.ruleId === 'required-role').map((m) => m.severity), ['error']);
    const disabled = `<!-- coursework-roles-disable required-role -->\n\n${ANSWER}`;
    assert.deepEqual(lint(checker, disabled).filter((m) => m.includes('required-role')), []);
    assert.equal(lint(checker, disabled).filter((m) => m.includes('too-few-roles')).length, 1);
  });

  it('gives required-role its role id in the JSON form', () => {
    const checker = checkerWith(CRITERION);
    const json = checker.toJson('a.md', checker.check(ANSWER));
    assert.deepEqual(json.messages.filter((m) => m.ruleId === 'required-role'), [
      { ruleId: 'required-role', roleId: 'clinical-coder', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'Clinical Coder is required by criterion 2.1 but is never named: describe its technology and duties' },
    ]);
  });

  it('reads the criterion in the remark plugin from its dataset option', () => {
    const file = new VFile(ANSWER);
    const processor = unified().use(remarkParse).use(remarkCourseworkRoles, { dataset: CRITERION });
    processor.runSync(processor.parse(file), file);
    assert.deepEqual(file.messages.filter((m) => m.ruleId === 'required-role' || m.ruleId === 'too-few-roles').map((m) => m.ruleId), ['too-few-roles', 'required-role']);
  });

  it('says in the status bar how many roles are described out of those the criterion asks for', () => {
    const checker = checkerWith(CRITERION);
    const status = statusOf(checker.check(ANSWER), checker.dataset);
    assert.equal(status.text, '2.1: 2 of 3 roles described');
    assert.match(status.tooltip, /^Criterion 2\.1: Describe practitioner roles within the field of medical technology\n\nStill to describe:\nRadiographer: technology and duties missing\n\nRequired but not named:\nClinical Coder$/);
    const noMinimum = checkerWith({ criterion: { code: '2.1', mustDescribe: ['radiographer', 'clinical-coder'] } });
    assert.equal(statusOf(noMinimum.check(ANSWER), noMinimum.dataset).text, '2.1: 2 of 3 roles described');
    assert.equal(statusOf(new Checker().check(ANSWER), new Checker().dataset).text, 'Roles: 2 of 3 described');
  });
});
