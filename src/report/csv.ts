/**
 * The CLI's `--format csv`: one row per file and role named, as
 * coverage-spec.md's "Spreadsheet output" defines it.
 *
 * Written for spreadsheets: UTF-8 with a byte-order mark (without one, Excel
 * reads UTF-8 as the Windows code page and mangles "é" or "’"; LibreOffice
 * and every CSV library accept or drop the mark), CRLF line ends and
 * RFC 4180 quoting. A field that a spreadsheet would run as a formula (it
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return: a file named
 * `=HYPERLINK(...).md`) gets a leading `'`, as OWASP advises.
 */
import type { JsonFileReport } from '../core/check.js';

/** The header row, as the spec gives it. */
export const CSV_HEADER = ['file', 'role', 'name', 'technology', 'duties', 'mentions', 'words'] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** One field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV text of file reports (each with `words` on its roles, as `toJson` gives
 * them with the source), byte-order mark first and every row ended by CRLF.
 */
export function formatCsv(files: readonly JsonFileReport[]): string {
  const rows = [CSV_HEADER.join(',')];
  for (const f of files) {
    for (const r of f.roles) {
      rows.push([f.file, r.id, r.name, r.technology ? 'yes' : 'no', r.duties ? 'yes' : 'no', r.mentions.length, r.words ?? 0].map(csvField).join(','));
    }
  }
  return BOM + rows.join(CRLF) + CRLF;
}
