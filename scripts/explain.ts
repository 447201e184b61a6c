// Prints, for each role a document names, the evidence the linter found:
// `npx tsx scripts/explain.ts FILE.md`. A debugging aid for contributors.
import { readFileSync } from 'node:fs';
import { Checker } from '../src/core/check.js';

const checker = new Checker();
for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, 'utf8');
  const report = checker.check(source);
  console.log(file);
  for (const role of report.coverage.roles) {
    const at = report.lines.point(role.main.start);
    console.log(`  ${role.id} (line ${at.line}, ${role.mentions.length} mentions)`);
    console.log(`    technology: ${role.technology ? role.technologyEvidence.join('; ') : '-'}`);
    console.log(`    duties:     ${role.duties ? role.dutyEvidence.join('; ') : '-'}`);
  }
}
