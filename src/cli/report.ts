/**
 * The CLI's text output: messages in the style of vfile-reporter and
 * markdownlint-cli2, then a coverage summary a student can read.
 */
import type { DocumentReport } from '../core/check.js';
import type { Dataset } from '../core/dataset.js';

/** Options for the text report. */
export interface TextStyle {
  color: boolean;
  /** Where an offset is, for a converted file (a paragraph and its first words); line:column otherwise. */
  place?: (offset: number) => string;
}

const paint = (on: boolean, code: number, text: string): string => (on ? `\u001b[${code}m${text}\u001b[39m` : text);

/** Formats one file's report as text. */
export function formatText(file: string, report: DocumentReport, dataset: Dataset, style: TextStyle): string {
  const lines: string[] = [];
  lines.push(style.color ? `\u001b[4m${file}\u001b[24m` : file);
  if (report.messages.length === 0) {
    lines.push('  no issues found');
  }
  const placeOf = (m: { start: number; line: number; column: number }): string => (style.place ? style.place(m.start) : `${m.line}:${m.column}`);
  const width = Math.max(0, ...report.messages.map((m) => placeOf(m).length));
  for (const m of report.messages) {
    const where = placeOf(m).padEnd(width);
    const severity = m.severity === 'error' ? paint(style.color, 31, 'error  ') : m.severity === 'warning' ? paint(style.color, 33, 'warning') : paint(style.color, 36, 'info   ');
    lines.push(`  ${where}  ${severity}  ${m.message}  ${paint(style.color, 90, m.ruleId)}`);
  }
  const roles = report.coverage.roles;
  if (roles.length === 0) {
    lines.push('', '  Coverage: no practitioner roles from the dataset are named in this file.');
    return lines.join('\n');
  }
  const described = roles.filter((r) => r.technology && r.duties).length;
  lines.push('', `  Coverage: ${described} of ${roles.length} role${roles.length === 1 ? '' : 's'} fully described`);
  const names = roles.map((r) => dataset.roleById.get(r.id)?.name ?? r.id);
  const nameWidth = Math.max(...names.map((n) => n.length));
  roles.forEach((role, i) => {
    const full = role.technology && role.duties;
    const mark = full ? paint(style.color, 32, '\u2713') : paint(style.color, 31, '\u2717');
    const part = (ok: boolean, label: string): string => (ok ? `${label} ${paint(style.color, 32, 'described')}` : `${label} ${paint(style.color, 31, 'missing')}`);
    lines.push(`    ${mark} ${names[i]!.padEnd(nameWidth)}  ${part(role.technology, 'technology')}, ${part(role.duties, 'duties')}  (${style.place ? style.place(role.main.start).split(' ')[0] : `line ${report.lines.point(role.main.start).line}`})`);
  });
  return lines.join('\n');
}
