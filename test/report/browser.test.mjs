// The class report in a real browser: the page the CLI writes, opened in Debian's
// Chromium through Playwright (the tools test/host/setup.sh installs), checked
// against the CLI's JSON for the same files, sorted, filtered, printed, checked
// with axe-core, and photographed into out/screenshots/.
//
//   npx mocha --config test/report/.mocharc.json     (after npm run build and setup.sh)
/* global describe, before, after, it, window, document, Event, getComputedStyle -- mocha, and code run in the page */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CACHE, launchChromium, loadEnv } from '../host/lib/common.mjs';
import { Checker } from '../../src/core/check.ts';
import { submissionOf } from '../../src/report/data.ts';
import { formatHtml } from '../../src/report/html.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = join(root, 'out/screenshots');
// A tutor's folder of answers: the class fixtures, checked from the folder above them.
const FILES = ['answers'];
const LABELS = { described: 'described', 'technology-missing': 'technology missing', 'duties-missing': 'duties missing', 'both-missing': 'both missing', 'not-named': 'not named' };
const CRITERION = { code: '2.1', title: 'Describe practitioner roles within the field of medical technology', minRoles: 3, mustDescribe: ['radiographer'] };

let tmp;

function cli(...args) {
  const result = spawnSync(process.execPath, [join(root, 'dist/cli.cjs'), ...args], { cwd: tmp, encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, `coursework-roles ${args.join(' ')}: exit ${result.status}: ${result.stderr}`);
  return result.stdout;
}

const stateOf = (role) => (!role ? 'not-named' : role.technology && role.duties ? 'described' : role.duties ? 'technology-missing' : role.technology ? 'duties-missing' : 'both-missing');

describe('the class report in Chromium', function () {
  this.timeout(120_000);
  let browser;
  let page;
  let json;
  let AxeBuilder;
  const offsite = [];

  before(async () => {
    assert.ok(existsSync(join(root, 'dist/cli.cjs')), 'run `npm run build` first');
    const env = loadEnv();
    const tools = join(CACHE, 'report-tools');
    assert.ok(existsSync(join(tools, 'node_modules/@axe-core/playwright')), `${tools} has no @axe-core/playwright: run bash test/host/setup.sh`);
    ({ AxeBuilder } = createRequire(join(tools, 'package.json'))('@axe-core/playwright'));
    tmp = mkdtempSync(join(tmpdir(), 'coursework-roles-report-browser-'));
    cpSync(join(root, 'test/fixtures/class'), join(tmp, 'answers'), { recursive: true });
    json = JSON.parse(cli('--format', 'json', ...FILES));
    cli('--format', 'html', '--output', join(tmp, 'class.html'), ...FILES);
    // The criterion comes from a tutor's dataset file; here it is given to the page builder directly.
    const checker = new Checker();
    const submissions = readdirSync(join(tmp, 'answers')).sort().map((name) => {
      const source = readFileSync(join(tmp, 'answers', name), 'utf8');
      return submissionOf(checker, `answers/${name}`, checker.check(source), source);
    });
    assert.deepEqual(submissions.map((s) => s.file), json.map((f) => f.file));
    writeFileSync(join(tmp, 'criterion.html'), formatHtml({ submissions, criterion: CRITERION, generated: '1 December 2026', version: '0.1.0' }));
    browser = await launchChromium(env);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Nothing may leave the machine: every request that is not the file itself is refused and noted.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.errors = errors;
    await page.goto(pathToFileURL(join(tmp, 'class.html')).href);
  });

  after(async () => {
    await browser?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const matrix = () =>
    page.$$eval('table.matrix tbody tr', (rows) =>
      rows.map((row) => ({
        file: row.dataset.file,
        hidden: row.hidden,
        cells: [...row.cells].map((c) => c.textContent.trim()),
        roles: Object.fromEntries([...row.querySelectorAll('td[data-state]')].map((td, i) => [row.closest('table').querySelectorAll('th.role-col')[i].dataset.role, td.textContent.trim()])),
      })),
    );

  it('loads with no request off the page and no script error', () => {
    assert.deepEqual(offsite, []);
    assert.deepEqual(page.errors, []);
  });

  it('shows a matrix equal to the JSON: a row per submission, a column per role named, each cell in words', async () => {
    const rows = await matrix();
    assert.deepEqual(rows.map((r) => r.file), json.map((f) => f.file));
    const named = [...new Set(json.flatMap((f) => f.roles.map((r) => r.id)))].sort();
    for (const [i, row] of rows.entries()) {
      const f = json[i];
      assert.deepEqual(Object.keys(row.roles).sort(), named);
      for (const id of named) {
        const state = stateOf(f.roles.find((r) => r.id === id));
        // The symbol and the words: never colour alone.
        assert.match(row.roles[id], new RegExp(`^\\S ${LABELS[state]}$`), `${f.file} ${id}`);
      }
      const described = f.roles.filter((r) => r.technology && r.duties).length;
      assert.deepEqual(row.cells.slice(0, 4), [f.file, `${described} of ${f.roles.length}`, f.words.toLocaleString('en-GB'), String(f.messages.length)]);
    }
  });

  it('shows per-role totals and a chart equal to the JSON', async () => {
    const totals = await page.$$eval('table.totals tbody tr', (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
    const ids = [...new Set(json.flatMap((f) => f.roles.map((r) => r.id)))];
    assert.equal(totals.length, ids.length);
    for (const id of ids) {
      const name = json.flatMap((f) => f.roles).find((r) => r.id === id).name;
      const states = json.map((f) => stateOf(f.roles.find((r) => r.id === id)));
      const count = (s) => states.filter((x) => x === s).length;
      const namedIn = json.length - count('not-named');
      const row = totals.find((r) => r[0] === name);
      assert.ok(row, name);
      assert.deepEqual(row.slice(1, 6), [`${namedIn} of ${json.length}`, ...['described', 'technology-missing', 'duties-missing', 'both-missing'].map((s) => String(count(s)))], name);
      assert.equal(row[6], `${Math.round((count('described') / namedIn) * 100)}%`, name);
    }
    const chart = page.locator('figure.chart svg[role="img"]');
    assert.equal(await chart.getAttribute('aria-labelledby'), 'chart-title chart-desc');
    const labels = await chart.locator('text.role-label').allTextContents();
    assert.equal(labels.length, ids.length);
    const desc = await page.locator('#chart-desc').textContent();
    const sono = json.filter((f) => f.roles.some((r) => r.id === 'sonographer' && r.technology && r.duties)).length;
    assert.match(desc, new RegExp(`Sonographer: named in ${json.filter((f) => f.roles.some((r) => r.id === 'sonographer')).length} of ${json.length}, fully described in ${sono},`));
  });

  it('sorts by a column with a click or the keyboard, and says so with aria-sort', async () => {
    const words = page.locator('table.matrix thead th', { hasText: 'Words' });
    await words.locator('button').click();
    assert.equal(await words.getAttribute('aria-sort'), 'ascending');
    const up = (await matrix()).map((r) => r.file);
    assert.deepEqual(up, [...json].sort((a, b) => a.words - b.words).map((f) => f.file));
    await words.locator('button').click();
    assert.equal(await words.getAttribute('aria-sort'), 'descending');
    assert.deepEqual((await matrix()).map((r) => r.file), [...json].sort((a, b) => b.words - a.words).map((f) => f.file));

    // By keyboard: Tab onto the first heading's button, then Enter and Space.
    const file = page.locator('table.matrix thead th').first();
    await file.locator('button').focus();
    await page.keyboard.press('Enter');
    assert.equal(await file.getAttribute('aria-sort'), 'ascending');
    assert.equal(await words.getAttribute('aria-sort'), null, 'one column sorted at a time');
    await page.keyboard.press('Space');
    assert.equal(await file.getAttribute('aria-sort'), 'descending');
    assert.deepEqual((await matrix()).map((r) => r.file), json.map((f) => f.file).sort((a, b) => b.localeCompare(a, undefined, { numeric: true, sensitivity: 'base' })));

    // A role's column: described first, not named last.
    const sono = page.locator('table.matrix thead th[data-role="sonographer"]');
    await sono.locator('button').click();
    const order = (await matrix()).map((r) => Object.keys(LABELS).find((s) => r.roles.sonographer.endsWith(LABELS[s])));
    assert.deepEqual(order, [...order].sort((a, b) => Object.keys(LABELS).indexOf(a) - Object.keys(LABELS).indexOf(b)));
    assert.equal(order[0], 'described');
    assert.equal(order.at(-1), 'not-named');
  });

  it('filters submissions by file name or role', async () => {
    const filter = page.getByLabel('Filter submissions by file or role');
    await filter.fill('sonographer');
    const naming = json.filter((f) => f.roles.some((r) => r.id === 'sonographer')).map((f) => f.file).sort();
    assert.deepEqual((await matrix()).filter((r) => !r.hidden).map((r) => r.file).sort(), naming);
    assert.equal(await page.locator('#shown').textContent(), `${naming.length} of ${json.length} submissions shown`);
    assert.equal(await page.locator('article.submission:visible').count(), naming.length);
    await filter.fill('BEN-OSEI');
    assert.deepEqual((await matrix()).filter((r) => !r.hidden).map((r) => r.file), ['answers/ben-osei.md']);
    await filter.fill('no such thing');
    assert.equal(await page.locator('#shown').textContent(), `0 of ${json.length} submissions shown`);
    await filter.fill('');
    assert.equal((await matrix()).filter((r) => !r.hidden).length, json.length);
  });

  it('lists each flag of a submission with its place and sentence, in a details part', async () => {
    const card = page.locator('article.submission', { hasText: 'ben-osei.md' });
    const details = card.locator('details');
    assert.equal(await details.getAttribute('open'), null);
    await details.locator('summary').click();
    const flags = await details.locator('li.flag').allTextContents();
    const expected = json.find((f) => f.file.endsWith('ben-osei.md')).messages;
    assert.equal(flags.length, expected.length);
    for (const [i, m] of expected.entries()) {
      assert.ok(flags[i].includes(m.message) && flags[i].includes(`line ${m.line}, column ${m.column}`) && flags[i].includes(m.ruleId), flags[i]);
    }
    assert.ok(flags.some((f) => f.includes('Clinical coders work in hospitals.')), flags.join('\n'));
    await details.locator('summary').click();
  });

  it('prints without the filter, with every details part open, and saves as PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.tools').isVisible(), false);
    // A4 landscape less the 12 mm margins is 273 mm, 1032 CSS pixels: the matrix of this class fits across.
    await page.setViewportSize({ width: 1032, height: 730 });
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 1032, 'the printed page is no wider than the paper');
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.equal(await page.locator('.matrix').evaluate((t) => getComputedStyle(t.closest('.scroll')).overflowX), 'visible');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.equal(await page.locator('details:not([open])').count(), 0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.ok((await page.locator('details:not([open])').count()) > 0, 'closed again after printing');
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  });

  it('has no serious or critical accessibility violations (axe-core), details open or closed', async () => {
    for (const name of ['class.html', 'criterion.html']) {
      await page.goto(pathToFileURL(join(tmp, name)).href);
      for (const open of [false, true]) {
        if (open) await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const { violations, passes } = await new AxeBuilder({ page }).analyze();
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        console.log(`      axe-core on ${name}${open ? ' (details open)' : ''}: ${passes.length} rules passed, ${violations.length} violations${violations.length ? `: ${violations.map((v) => `${v.id} (${v.impact})`).join(', ')}` : ''}`);
        assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`), []);
      }
    }
    assert.deepEqual(offsite, []);
  });

  it('shows the criterion at the top and who meets it', async () => {
    await page.goto(pathToFileURL(join(tmp, 'criterion.html')).href);
    assert.equal((await page.locator('h1').textContent()).trim(), `${CRITERION.code} ${CRITERION.title}`);
    const meets = json.filter((f) => {
      const described = (id) => f.roles.some((r) => r.id === id && r.technology && r.duties);
      return f.roles.filter((r) => r.technology && r.duties).length >= CRITERION.minRoles && CRITERION.mustDescribe.every(described);
    });
    assert.ok(meets.length > 0 && meets.length < json.length, 'the fixtures have both');
    const who = page.locator('.criterion .who > div');
    assert.equal((await who.nth(0).locator('h3').textContent()).trim(), `\u2713 Meet it (${meets.length})`);
    assert.deepEqual(await who.nth(0).locator('li').allTextContents(), meets.map((f) => f.file));
    assert.equal(await who.nth(1).locator('li').count(), json.length - meets.length);
    const rowVerdicts = await page.$$eval('table.matrix tbody tr td.verdict', (tds) => tds.map((td) => td.textContent.trim()));
    assert.deepEqual(rowVerdicts, json.map((f) => (meets.includes(f) ? '\u2713 meets' : '\u2717 not yet')));
  });

  it('is photographed into out/screenshots/', async () => {
    mkdirSync(shots, { recursive: true });
    await page.goto(pathToFileURL(join(tmp, 'criterion.html')).href);
    await page.screenshot({ path: join(shots, 'class-report.png'), fullPage: true });
    // The top of the page, as the README shows it.
    await page.screenshot({ path: join(shots, 'class-report-top.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1180 } });
    await page.locator('article.submission', { hasText: 'ben-osei.md' }).locator('summary').click();
    await page.locator('article.submission', { hasText: 'ben-osei.md' }).screenshot({ path: join(shots, 'class-report-flags.png') });
    assert.ok(readFileSync(join(shots, 'class-report.png')).length > 10_000);
  });
});
