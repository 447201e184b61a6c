/**
 * The class report: one self-contained HTML page (inline CSS, inline script,
 * inline SVG; no fonts, images or scripts from anywhere, and a Content
 * Security Policy that forbids loading any) that a tutor opens, sorts,
 * filters, prints or saves as PDF. Data in, a string out; every piece of
 * text from the input is escaped.
 */
import { CELL_LABELS, CELL_STATES, cellState, summarizeClass, type CellState, type ClassReportInput, type ReportMessage, type RoleTotals } from './data.js';

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const e = escapeHtml;
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The class report page for the input. */
export function formatHtml(input: ClassReportInput): string {
  const summary = summarizeClass(input);
  const { submissions, criterion } = input;
  const title = criterion ? `Class report: ${[criterion.code, criterion.title].filter(Boolean).join(' ')}` : 'Class report: practitioner roles in medical technology';
  const flags = submissions.reduce((n, s) => n + s.messages.length, 0);
  const meeting = summary.verdicts?.filter((v) => v.meets).length ?? 0;

  const parts: string[] = [];
  parts.push(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Coursework Roles${input.version ? ` ${e(input.version)}` : ''}">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#matrix">Skip to the submissions</a>
<header class="page-head">
<p class="kicker">Coursework Roles · class report</p>
<h1>${criterion ? `<span class="code">${e(criterion.code)}</span>${criterion.title ? ` ${e(criterion.title)}` : ''}` : 'Practitioner roles in medical technology'}</h1>
<p class="meta">${plural(submissions.length, 'submission')} checked${input.generated ? ` on ${e(input.generated)}` : ''}${input.notChecked?.length ? ` · ${plural(input.notChecked.length, 'file')} not checked` : ''}</p>
</header>
<main>`);

  parts.push(figures(input, summary.described, flags, meeting));
  if (criterion) parts.push(criterionSection(input, summary.verdicts!));
  parts.push(matrixSection(input, summary));
  parts.push(rolesSection(summary.roles, submissions.length));
  parts.push(submissionsSection(input, summary));
  if (input.notChecked?.length) {
    parts.push(`<section aria-labelledby="not-checked-h"><h2 id="not-checked-h">Not checked</h2><ul class="not-checked">${input.notChecked
      .map((n) => `<li><span class="file">${e(n.file)}</span>: ${e(n.reason)}</li>`)
      .join('')}</ul></section>`);
  }
  parts.push(`</main>
<footer class="page-foot"><p>Made by Coursework Roles${input.version ? ` ${e(input.version)}` : ''}. A role counts as described when its text names a specific technology the practitioner uses and a concrete duty they carry out. The flags point to what to read; the mark is the tutor's judgement.</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`);
  return parts.join('\n');
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function figures(input: ClassReportInput, described: readonly number[], flags: number, meeting: number): string {
  const n = input.submissions.length;
  const items: [string, string][] = [
    [String(n), n === 1 ? 'submission' : 'submissions'],
    [String(median(described)), 'fully described roles (median)'],
    [String(median(input.submissions.map((s) => s.words))), 'words (median)'],
    [String(flags), flags === 1 ? 'flag' : 'flags'],
  ];
  if (input.criterion) items.splice(1, 0, [`${meeting} of ${n}`, `meet ${input.criterion.code}`]);
  return `<section class="figures" aria-label="Key figures"><dl>${items.map(([value, label]) => `<div><dt>${e(label)}</dt><dd>${e(value)}</dd></div>`).join('')}</dl></section>`;
}

function criterionSection(input: ClassReportInput, verdicts: readonly { meets: boolean; lacks: string[] }[]): string {
  const c = input.criterion!;
  const names = new Map(input.submissions.flatMap((s) => s.roles.map((r) => [r.id, r.name] as const)));
  const must = (c.mustDescribe ?? []).map((id) => names.get(id) ?? input.roleNames?.[id] ?? id);
  const rules: string[] = [];
  if (c.minRoles) rules.push(`at least ${plural(c.minRoles, 'role')} fully described (technology and duties)`);
  if (must.length) rules.push(`${must.map(e).join(', ')} named and fully described`);
  const meets = input.submissions.filter((_, i) => verdicts[i]!.meets);
  const not = input.submissions.map((s, i) => ({ s, v: verdicts[i]!, i })).filter((x) => !x.v.meets);
  return `<section class="criterion" aria-labelledby="criterion-h">
<h2 id="criterion-h">Criterion ${e(c.code)}: who meets it</h2>
<p>${rules.length ? `To meet it, an answer needs ${rules.join('; and ')}.` : 'No minimum is set: every submission meets it.'}</p>
<div class="who">
<div><h3><span aria-hidden="true" class="sym ok">\u2713</span> Meet it (${meets.length})</h3>${meets.length ? `<ul>${meets.map((s) => `<li>${fileLink(input, s.file)}</li>`).join('')}</ul>` : '<p class="none">None yet.</p>'}</div>
<div><h3><span aria-hidden="true" class="sym no">\u2717</span> Do not meet it yet (${not.length})</h3>${not.length ? `<ul>${not.map(({ s, v }) => `<li>${fileLink(input, s.file)}: needs ${e(v.lacks.join(', '))}</li>`).join('')}</ul>` : '<p class="none">None.</p>'}</div>
</div>
</section>`;
}

function fileLink(input: ClassReportInput, file: string): string {
  return `<a href="#sub-${input.submissions.findIndex((s) => s.file === file)}">${e(file)}</a>`;
}

/** Share of the submissions naming a role that describe it fully, 0–1. */
function share(role: RoleTotals): number {
  return role.named === 0 ? 0 : role.counts.described / role.named;
}

const SEGMENTS: readonly CellState[] = ['described', 'technology-missing', 'duties-missing', 'both-missing'];

function rolesSection(roles: readonly RoleTotals[], total: number): string {
  if (roles.length === 0) return `<section aria-labelledby="roles-h"><h2 id="roles-h">Roles across the class</h2><p>No submission names a practitioner role from the dataset.</p></section>`;
  const worstFirst = [...roles].sort((a, b) => share(a) - share(b) || b.named - a.named);
  const rowH = 30;
  const labelW = 230;
  const barW = 420;
  const width = labelW + barW + 170;
  const height = worstFirst.length * rowH + 8;
  const scale = total === 0 ? 0 : barW / total;
  const bars = worstFirst
    .map((role, i) => {
      const y = 4 + i * rowH;
      let x = labelW;
      const segs = SEGMENTS.map((state) => {
        const n = role.counts[state];
        if (n === 0) return '';
        const w = n * scale;
        const seg = `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 10}" fill="url(#pat-${state})"><title>${e(`${role.name}: ${n} ${CELL_LABELS[state].text}`)}</title></rect>${
          w >= 18 ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + rowH / 2 + 4}" class="seg-n" aria-hidden="true">${n}</text>` : ''
        }`;
        x += w;
        return seg;
      }).join('');
      const rest = role.counts['not-named'] * scale;
      const empty = rest > 0 ? `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${rest.toFixed(1)}" height="${rowH - 10}" class="not-named-bar"/>` : '';
      return `<g><text x="${labelW - 10}" y="${y + rowH / 2 + 4}" class="role-label">${e(truncate(role.name, 30))}</text>${segs}${empty}<text x="${labelW + barW + 10}" y="${y + rowH / 2 + 4}" class="bar-note">${role.counts.described} of ${role.named} fully described</text></g>`;
    })
    .join('');
  const desc = worstFirst.map((r) => `${r.name}: named in ${r.named} of ${total}, fully described in ${r.counts.described}, technology missing in ${r.counts['technology-missing']}, duties missing in ${r.counts['duties-missing']}, both missing in ${r.counts['both-missing']}`).join('. ');
  const chart = `<figure class="chart">
<svg viewBox="0 0 ${width} ${height}" width="${width}" role="img" aria-labelledby="chart-title chart-desc">
<title id="chart-title">How the class covers each role, least well described first</title>
<desc id="chart-desc">${e(desc)}.</desc>
${PATTERNS}
${bars}
</svg>
<figcaption>Each bar is the whole class (${plural(total, 'submission')}); the grey part did not name the role. Least well described roles come first. The same figures are in the table below.</figcaption>
</figure>`;
  const head = ['Role', 'Named in', ...SEGMENTS.map((s) => CELL_LABELS[s].text), 'Share described'];
  const types = ['text', 'number', 'number', 'number', 'number', 'number', 'number'];
  const rows = roles
    .map((role) => {
      const pct = Math.round(share(role) * 100);
      return `<tr><th scope="row">${e(role.name)}</th><td data-sort="${role.named}">${role.named} of ${total}</td>${SEGMENTS.map((s) => `<td data-sort="${role.counts[s]}">${role.counts[s]}</td>`).join('')}<td data-sort="${pct}"><span class="meter" aria-hidden="true"><span style="width:${pct}%"></span></span>${pct}%</td></tr>`;
    })
    .join('');
  return `<section aria-labelledby="roles-h">
<h2 id="roles-h">Roles across the class</h2>
<p class="lede">Which roles the class names, and how often it describes each one fully.</p>
${legend()}
${chart}
<div class="scroll" role="region" aria-label="Table of totals per role (scrolls sideways)" tabindex="0">
<table class="totals" data-sortable>
<caption>Totals per role</caption>
<thead><tr>${head.map((h, i) => sortHeader(i === 0 ? h : sentenceCase(h), types[i]!, i > 1 && i < 6 ? SEGMENTS[i - 2] : undefined)).join('')}</tr></thead>
<tbody>${rows}</tbody>
</table>
</div>
</section>`;
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

function legend(): string {
  return `<ul class="legend" aria-label="Key">${CELL_STATES.map(
    (s) =>
      `<li><svg width="18" height="14" aria-hidden="true" focusable="false">${s === 'not-named' ? '<rect x="0.5" y="0.5" width="17" height="13" class="not-named-bar"/>' : `<rect width="18" height="14" fill="url(#pat-${s})"/>`}</svg><span class="cell ${s}"><span class="sym" aria-hidden="true">${CELL_LABELS[s].symbol}</span> ${e(CELL_LABELS[s].text)}</span></li>`,
  ).join('')}</ul>`;
}

function sortHeader(label: string, type: string, state?: CellState): string {
  const sym = state ? `<span class="sym" aria-hidden="true">${CELL_LABELS[state].symbol}</span> ` : '';
  return `<th scope="col" data-type="${type}"><button type="button" class="sort">${sym}${e(label)}<span class="arrow" aria-hidden="true"></span></button></th>`;
}

function matrixSection(input: ClassReportInput, summary: ReturnType<typeof summarizeClass>): string {
  const { submissions, criterion } = input;
  const heads = [sortHeader('Submission', 'text'), sortHeader('Roles described', 'number'), sortHeader('Words', 'number'), sortHeader('Flags', 'number')];
  if (criterion) heads.push(sortHeader(`Meets ${criterion.code}`, 'number'));
  for (const role of summary.roles) heads.push(sortHeader(role.name, 'number').replace('<th scope="col"', `<th scope="col" class="role-col" data-role="${e(role.id)}"`));
  const rows = submissions
    .map((s, i) => {
      const search = [s.file, ...s.roles.flatMap((r) => [r.name, r.id])].join(' ').toLowerCase();
      const cells = [
        // A long path may wrap after a slash, never inside a name.
        `<th scope="row" data-sort="${e(s.file)}"><a href="#sub-${i}">${e(s.file).replace(/\//g, '/<wbr>')}</a></th>`,
        `<td data-sort="${summary.described[i]}">${summary.described[i]} of ${s.roles.length}</td>`,
        `<td data-sort="${s.words}">${s.words.toLocaleString('en-GB')}</td>`,
        `<td data-sort="${s.messages.length}">${s.messages.length}</td>`,
      ];
      if (criterion) {
        const v = summary.verdicts![i]!;
        cells.push(`<td data-sort="${v.meets ? 0 : 1}" class="verdict ${v.meets ? 'yes' : 'no'}"><span class="sym" aria-hidden="true">${v.meets ? '\u2713' : '\u2717'}</span> ${v.meets ? 'meets' : 'not yet'}</td>`);
      }
      for (const role of summary.roles) {
        const state = cellState(s.roles.find((r) => r.id === role.id));
        cells.push(`<td data-sort="${CELL_STATES.indexOf(state)}" data-state="${state}" class="cell ${state}"><span class="sym" aria-hidden="true">${CELL_LABELS[state].symbol}</span> <span class="lbl">${CELL_LABELS[state].text}</span></td>`);
      }
      return `<tr data-index="${i}" data-search="${e(search)}" data-file="${e(s.file)}">${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<section aria-labelledby="matrix-h" id="matrix">
<h2 id="matrix-h">Submissions by role</h2>
<p class="lede">A row per submission, a column per role anyone named. Click a column heading to sort by it; click again to reverse.</p>
<div class="tools">
<label for="filter">Filter submissions by file or role</label>
<input id="filter" type="search" autocomplete="off" placeholder="e.g. sonographer">
<p id="shown" role="status" aria-live="polite">${submissions.length} of ${plural(submissions.length, 'submission')} shown</p>
</div>
<div class="scroll" role="region" aria-label="Table of submissions against roles (scrolls sideways)" tabindex="0">
<table class="matrix" data-sortable>
<caption>Each submission against each role</caption>
<thead><tr>${heads.join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</section>`;
}

function place(m: ReportMessage): string {
  if (m.paragraph !== undefined) return `paragraph ${m.paragraph}${m.excerpt ? ` (\u201c${e(m.excerpt)}\u201d)` : ''}`;
  return `line ${m.line}, column ${m.column}`;
}

function submissionsSection(input: ClassReportInput, summary: ReturnType<typeof summarizeClass>): string {
  const cards = input.submissions
    .map((s, i) => {
      const groups = CELL_STATES.filter((st) => st !== 'not-named')
        .map((state) => ({ state, names: s.roles.filter((r) => cellState(r) === state).map((r) => r.name) }))
        .filter((g) => g.names.length > 0);
      const v = summary.verdicts?.[i];
      const verdict = v ? `<p class="verdict ${v.meets ? 'yes' : 'no'}"><span class="sym" aria-hidden="true">${v.meets ? '\u2713' : '\u2717'}</span> ${v.meets ? `Meets ${e(input.criterion!.code)}` : `Does not meet ${e(input.criterion!.code)} yet: needs ${e(v.lacks.join(', '))}`}</p>` : '';
      const search = [s.file, ...s.roles.flatMap((r) => [r.name, r.id])].join(' ').toLowerCase();
      const flagList = s.messages
        .map(
          (m) => `<li class="flag ${e(m.severity)}"><p><span class="sev">${e(m.severity)}</span> ${e(m.message)} <code>${e(m.ruleId)}</code></p><p class="where">${place(m)}</p>${m.sentence ? `<blockquote>${e(m.sentence)}</blockquote>` : ''}</li>`,
        )
        .join('');
      return `<article class="submission" id="sub-${i}" data-search="${e(search)}" aria-labelledby="sub-${i}-h">
<h3 id="sub-${i}-h">${e(s.file)}</h3>
<p class="stats">${summary.described[i]} of ${plural(s.roles.length, 'role')} named fully described · ${plural(s.words, 'word')} · ${plural(s.messages.length, 'flag')}</p>
${verdict}
${groups.length ? `<ul class="groups">${groups.map((g) => `<li><span class="cell ${g.state}"><span class="sym" aria-hidden="true">${CELL_LABELS[g.state].symbol}</span> ${sentenceCase(CELL_LABELS[g.state].text)}</span>: ${g.names.map(e).join(', ')}</li>`).join('')}</ul>` : '<p>Names no practitioner role from the dataset.</p>'}
${s.messages.length ? `<details><summary>${plural(s.messages.length, 'flag')}: where and why</summary><ol class="flags">${flagList}</ol></details>` : '<p class="none">No flags.</p>'}
</article>`;
    })
    .join('\n');
  return `<section aria-labelledby="subs-h" id="submissions"><h2 id="subs-h">Each submission</h2>\n${cards}\n</section>`;
}

// Okabe–Ito-like hues dark enough for white figures on them, each with its own
// texture so the bars read in grey print and without colour.
const PATTERNS = `<defs>
<pattern id="pat-described" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#1b7a4f"/></pattern>
<pattern id="pat-technology-missing" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#a35200"/><rect width="3" height="8" fill="#8a4500"/></pattern>
<pattern id="pat-duties-missing" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#2b5fa8"/><circle cx="4" cy="4" r="1.6" fill="#1d4a8a"/></pattern>
<pattern id="pat-both-missing" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#b3261e"/><rect width="2" height="8" fill="#8f1d17"/><rect width="8" height="2" fill="#8f1d17"/></pattern>
</defs>`;

const STYLE = `
:root{--ink:#1f2933;--muted:#52606d;--line:#d9dee3;--bg:#f6f7f9;--card:#fff;--accent:#1f3a5f;
--ok:#1e5631;--ok-bg:#e3f2e8;--tech:#7a4100;--tech-bg:#fdf0dc;--duty:#0b4a8b;--duty-bg:#e6effa;--both:#8a1c12;--both-bg:#fbe6e3}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem;z-index:10}
.page-head{background:var(--accent);color:#fff;padding:1.5rem 2rem 1.25rem}
.page-head h1{margin:.2rem 0 .3rem;font-size:1.6rem;line-height:1.25;font-weight:650}
.page-head .code{display:inline-block;background:#fff;color:var(--accent);border-radius:4px;padding:0 .45rem;margin-right:.3rem}
.kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:.75rem;opacity:.85}
.meta{margin:0;opacity:.9}
main{max-width:1200px;margin:0 auto;padding:1.25rem 2rem 2rem}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1.1rem 1.4rem;margin:0 0 1.25rem}
h2{font-size:1.2rem;margin:0 0 .4rem;color:var(--accent)}
h3{font-size:1rem;margin:0 0 .3rem}
.lede{margin:0 0 .8rem;color:var(--muted)}
.figures{padding:.6rem 1rem}
.figures dl{display:flex;flex-wrap:wrap;gap:.5rem 2.5rem;margin:0}
.figures div{display:flex;flex-direction:column-reverse}
.figures dt{color:var(--muted);font-size:.85rem}
.figures dd{margin:0;font-size:1.6rem;font-weight:650;color:var(--accent)}
.who{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:1rem;margin-top:.6rem}
.who ul{margin:.2rem 0 0;padding-left:1.2rem}
.sym.ok{color:var(--ok)}.sym.no{color:var(--both)}
.none{color:var(--muted);margin:.2rem 0}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0;margin:0 0 .6rem;font-size:.9rem}
.legend li{display:flex;align-items:center;gap:.4rem}
.chart{margin:0 0 1rem;overflow-x:auto}
.chart svg{max-width:100%;height:auto;display:block}
.chart figcaption{color:var(--muted);font-size:.85rem;margin-top:.3rem}
.role-label{font-size:13px;text-anchor:end;fill:var(--ink)}
.bar-note{font-size:12px;fill:var(--muted)}
.seg-n{font-size:12px;fill:#fff;text-anchor:middle;font-weight:600}
.not-named-bar{fill:#eef0f2;stroke:#c4cad0;stroke-width:1}
.scroll{overflow-x:auto;border:1px solid var(--line);border-radius:6px}
.scroll:focus{outline:2px solid var(--accent);outline-offset:2px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;padding:.5rem .7rem;font-weight:600;color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.05em}
th,td{padding:.4rem .6rem;border-top:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:#eef1f5;border-top:0;vertical-align:bottom;white-space:nowrap}
.matrix thead th.role-col{white-space:normal;min-width:7.5rem;max-width:9rem;font-size:.85rem}
tbody tr:hover{background:#f9fafb}
tbody th{font-weight:600}
.matrix tbody th{position:sticky;left:0;background:var(--card);z-index:1;white-space:nowrap}
.matrix tbody tr:hover th{background:#f9fafb}
button.sort{all:unset;cursor:pointer;font-weight:650;display:inline-flex;gap:.25rem;align-items:baseline;border-radius:3px}
button.sort:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
button.sort:hover{text-decoration:underline}
th[aria-sort=ascending] .arrow::after{content:"\\25B2";font-size:.7em}
th[aria-sort=descending] .arrow::after{content:"\\25BC";font-size:.7em}
td[data-sort]{font-variant-numeric:tabular-nums}
.cell{white-space:nowrap}
.cell .sym{font-weight:700;display:inline-block;width:1.1em;text-align:center}
td.cell .lbl{font-size:.8rem}
td.described,span.cell.described{color:var(--ok)}td.described{background:var(--ok-bg)}
td.technology-missing,span.cell.technology-missing{color:var(--tech)}td.technology-missing{background:var(--tech-bg)}
td.duties-missing,span.cell.duties-missing{color:var(--duty)}td.duties-missing{background:var(--duty-bg)}
td.both-missing,span.cell.both-missing{color:var(--both)}td.both-missing{background:var(--both-bg)}
td.not-named,span.cell.not-named{color:var(--muted)}
.verdict.yes{color:var(--ok);font-weight:600}.verdict.no{color:var(--both);font-weight:600}
.meter{display:inline-block;width:4rem;height:.5rem;background:#e5e8ec;border-radius:3px;margin-right:.4rem;vertical-align:middle;overflow:hidden}
.meter span{display:block;height:100%;background:#1b7a4f}
.tools{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;margin:0 0 .7rem}
.tools label{font-weight:600}
.tools input{font:inherit;padding:.35rem .6rem;border:1px solid #8a96a3;border-radius:5px;min-width:16rem}
.tools input:focus{outline:2px solid var(--accent);outline-offset:1px}
#shown{margin:0;color:var(--muted)}
#submissions{background:transparent;border:0;padding:0}
.submission{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.9rem 1.2rem;margin:0 0 .8rem;break-inside:avoid}
.submission .stats{margin:0 0 .3rem;color:var(--muted)}
.submission .verdict{margin:0 0 .3rem}
.groups{list-style:none;padding:0;margin:.3rem 0}
.groups li{margin:.1rem 0}
details{margin-top:.4rem}
summary{cursor:pointer;font-weight:600;color:var(--accent)}
summary:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.flags{padding-left:1.3rem;margin:.5rem 0 0}
.flag{margin:0 0 .6rem}
.flag p{margin:0}
.flag .sev{display:inline-block;font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;border:1px solid currentColor;border-radius:3px;padding:0 .3rem;margin-right:.2rem}
.flag.warning .sev{color:#7a4100}.flag.error .sev{color:var(--both)}.flag.info .sev{color:var(--duty)}
.flag code{font-size:.8rem;color:var(--muted)}
.flag .where{color:var(--muted);font-size:.85rem}
blockquote{margin:.25rem 0 0;padding:.3rem .8rem;border-left:3px solid var(--line);background:#f8f9fb;font-style:italic}
.not-checked .file,.submission h3{overflow-wrap:anywhere}
.page-foot{max-width:1200px;margin:0 auto;padding:0 2rem 2rem;color:var(--muted);font-size:.85rem}
a{color:#1a4f8b}
@media print{
  @page{size:A4 landscape;margin:12mm}
  body{background:#fff;font-size:10.5pt}
  .skip,.tools{display:none}
  .page-head{background:none;color:#000;padding:0 0 .5rem;border-bottom:2px solid #000}
  .page-head .code{border:1px solid #000}
  main{padding:.5rem 0;max-width:none}
  section,.submission{border:1px solid #bbb;border-radius:0;break-inside:avoid;padding:.5rem .8rem}
  .matrix,.totals{break-inside:auto}
  tr{break-inside:avoid}
  thead{display:table-header-group}
  .scroll{overflow:visible;border:0}
  .matrix tbody th{position:static;white-space:normal;min-width:7em}
  /* A matrix of a dozen roles fits across A4 landscape: small type, each label under its symbol. */
  .matrix{font-size:7.5pt;table-layout:auto}
  .matrix th,.matrix td{padding:2px 3px}
  .matrix thead th,.matrix thead th.role-col{white-space:normal;min-width:0;max-width:none;font-size:7pt}
  .matrix td.cell{white-space:normal;text-align:center}
  .matrix td.cell .lbl{display:block;font-size:6.5pt;line-height:1.15}
  td,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .chart svg{width:100%}
  button.sort{font-weight:700}
  .arrow{display:none}
  a{color:inherit;text-decoration:none}
  summary{list-style:none}
  summary::-webkit-details-marker{display:none}
}
`;

// Sorting (header buttons, aria-sort), the filter box, and every <details> open while printing.
const SCRIPT = `
(function(){
  var status=document.getElementById('shown');
  document.querySelectorAll('table[data-sortable]').forEach(function(table){
    var heads=Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function(th,col){
      var button=th.querySelector('button');
      if(!button)return;
      button.addEventListener('click',function(){
        var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
        heads.forEach(function(h){h.removeAttribute('aria-sort');});
        th.setAttribute('aria-sort',dir);
        var numeric=th.getAttribute('data-type')==='number';
        var body=table.tBodies[0];
        var rows=Array.prototype.slice.call(body.rows).map(function(row,i){
          var cell=row.cells[col];
          var key=cell.hasAttribute('data-sort')?cell.getAttribute('data-sort'):cell.textContent;
          return {row:row,i:i,key:numeric?Number(key):key};
        });
        rows.sort(function(a,b){
          var c=numeric?a.key-b.key:String(a.key).localeCompare(String(b.key),undefined,{numeric:true,sensitivity:'base'});
          if(dir==='descending')c=-c;
          return c||a.i-b.i;
        });
        rows.forEach(function(r){body.appendChild(r.row);});
      });
    });
  });
  var filter=document.getElementById('filter');
  if(filter){
    var rows=Array.prototype.slice.call(document.querySelectorAll('table.matrix tbody tr'));
    var cards=Array.prototype.slice.call(document.querySelectorAll('article.submission'));
    filter.addEventListener('input',function(){
      var q=filter.value.trim().toLowerCase();
      var shown=0;
      rows.forEach(function(row){var hit=!q||row.getAttribute('data-search').indexOf(q)>=0;row.hidden=!hit;if(hit)shown++;});
      cards.forEach(function(card){card.hidden=!(!q||card.getAttribute('data-search').indexOf(q)>=0);});
      status.textContent=shown+' of '+rows.length+' submission'+(rows.length===1?'':'s')+' shown';
    });
  }
  var closed=[];
  window.addEventListener('beforeprint',function(){
    closed=Array.prototype.slice.call(document.querySelectorAll('details:not([open])'));
    closed.forEach(function(d){d.open=true;});
  });
  window.addEventListener('afterprint',function(){closed.forEach(function(d){d.open=false;});closed=[];});
})();
`;
