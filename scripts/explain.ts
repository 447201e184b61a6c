// Prints, for each role a document names, what the linter read: the text it
// took as the role's, and the phrases it took as technology (with what each
// was read as) and as duties. `npx tsx scripts/explain.ts [--text] FILE.md...`
// A debugging aid for contributors, and for anyone who disagrees with a flag.
import { readFileSync } from 'node:fs';
import { Checker } from '../src/core/check.js';

const checker = new Checker();
const args = process.argv.slice(2);
const showText = args.includes('--text');
for (const file of args.filter((a) => !a.startsWith('--'))) {
  const source = readFileSync(file, 'utf8');
  const report = checker.check(source);
  console.log(file);
  for (const role of report.coverage.roles) {
    const at = report.lines.point(role.main.start);
    console.log(`  ${role.id} (line ${at.line}, ${role.mentions.length} mentions)`);
    const tech = role.technologyRead.map((t) => (t.as.toLowerCase() === t.text.toLowerCase() ? `'${t.text}'` : `'${t.text}' (${t.as})`));
    console.log(`    technology: ${tech.length ? tech.join('; ') : '-'}`);
    console.log(`    duties:     ${role.duties ? role.dutyEvidence.map((d) => `'${d}'`).join('; ') : '-'}`);
    if (showText) for (const s of role.scope) console.log(`      | ${source.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
  }
}
