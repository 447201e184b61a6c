import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Report {
  roles: { id: string; technology: boolean; duties: boolean }[];
  messages: { ruleId: string; roleId?: string }[];
}

function check(file: string): Report {
  const result = spawnSync(process.execPath, [join(root, 'dist/cli.cjs'), '--format', 'json', join(root, 'test/fixtures/seeds', file)], { encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  return (JSON.parse(result.stdout) as Report[])[0]!;
}

describe('the two seed texts, as Markdown', () => {
  it('finds all fifteen roles of the first and flags none, since it describes each', () => {
    const report = check('seed-000.md');
    assert.deepEqual(report.roles.map((r) => r.id), [
      'clinical-engineer', 'medical-device-specialist', 'biomedical-scientist', 'radiographer', 'health-informatician',
      'pathology-it-technician', 'sonographer', 'clinical-coder', 'phlebotomy-technician', 'surgical-technologist',
      'dialysis-technician', 'prosthetist-orthotist', 'medical-robotics-specialist', 'healthcare-ai-specialist',
      'medical-cybersecurity-professional',
    ]);
    assert.deepEqual(report.messages, []);
  });

  it('finds both roles of each coordinated heading of the second, and flags only the technology it never names', () => {
    const report = check('seed-004.md');
    assert.deepEqual(report.roles.map((r) => r.id), [
      'biomedical-engineer', 'biomedical-technologist', 'health-information-manager', 'medical-records-technician',
      'network-engineer', 'computer-scientist', 'lab-technologist',
    ]);
    // The records section names no system or software; every other part names both.
    assert.deepEqual(report.messages.map((m) => `${m.ruleId} ${m.roleId}`), [
      'missing-technology health-information-manager',
      'missing-technology medical-records-technician',
    ]);
  });
});
