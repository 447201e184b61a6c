// A user's view: the packaged .vsix installed in code-server and driven through
// the UI with Playwright and Debian's Chromium.
//
//   node test/ui/scenario.mjs --vsix out/coursework-roles.vsix --workspace test/integration/workspace [--shots DIR]
//
// Each step is one test; screenshots go to the folder printed at the start;
// the last line is `N passed, N failed` (see test/host/run-ui.mjs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exitOnce, loadEnv, onSignals, parseArgs } from '../host/lib/common.mjs';
import { openBrowser, Scenario, startCodeServer, stop, ui } from '../host/run-ui.mjs';

const args = parseArgs(process.argv.slice(2), {
  vsix: { type: 'path', required: true },
  workspace: { type: 'path', required: true },
  shots: { type: 'path', mustExist: false },
  timeout: { type: 'number', default: 150 },
  verbose: { type: 'bool', default: false },
}, 'usage: node test/ui/scenario.mjs --vsix <path> --workspace <dir> [--shots <dir>] [--timeout 150]');

// Work on a copy: code-server saves what the scenario types.
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-ui-ws-'));
const workspace = path.join(copy, 'workspace');
fs.cpSync(args.workspace, workspace, { recursive: true });
// A word limit the answer is over, to see the status bar's warning colour.
fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
fs.writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify({ 'courseworkRoles.wordLimit': 40 }));
const shots = args.shots ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cr-ui-shots-'));
fs.mkdirSync(shots, { recursive: true });
console.log(`screenshots: ${shots}`);

let scenario;
const closing = () => {
  const passed = scenario?.passed ?? 0;
  const failed = (scenario?.failed ?? 0) + (passed + (scenario?.failed ?? 0) === 0 ? 1 : 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed;
};
const cleanup = async () => {
  await stop();
  fs.rmSync(copy, { recursive: true, force: true });
};
onSignals(cleanup);
const timer = setTimeout(() => exitOnce(async () => {
  console.log(`[ui] TIMED OUT after ${args.timeout}s`);
  await cleanup();
  if (scenario) scenario.failed++;
  closing();
  process.exit(124);
}), args.timeout * 1000);

try {
  const server = await startCodeServer({ env: loadEnv(), vsix: args.vsix, workspace, verbose: args.verbose });
  const { page } = await openBrowser(server, { workspace });
  scenario = new Scenario(page, shots);
  const s = scenario;
  let squiggle;
  const squiggles = () => page.locator('.editor-instance .monaco-editor .squiggly-warning').count();
  const closeTab = async (label) => {
    const tab = page.locator('.tabs-container .tab', { hasText: label }).first();
    await tab.click({ button: 'middle' });
    await tab.waitFor({ state: 'detached', timeout: 10000 });
  };
  await s.step('opens answer.md from the Explorer', () => ui.openFile(page, 'answer.md'));
  await s.step('the first start opens the walkthrough beside the answer', async () => {
    const walkthrough = page.locator('.gettingStartedContainer', { hasText: 'Write a 2.1 answer with Coursework Roles' }).first();
    await walkthrough.waitFor({ state: 'visible', timeout: 20000 });
    const text = await walkthrough.innerText();
    for (const step of ['Open an example answer', 'See a flagged role', 'Use a quick fix', 'Open the Coverage view', 'Set a word limit']) {
      if (!text.includes(step)) throw new Error(`walkthrough lacks "${step}": ${text.slice(0, 200)}`);
    }
    await s.shot('walkthrough');
    await closeTab('Welcome');
    await page.locator('.tabs-container .tab', { hasText: 'answer.md' }).first().click();
  });
  await s.step('shows a warning squiggle from Coursework Roles', async () => {
    squiggle = await ui.waitForSquiggle(page, 'warning');
    await s.shot('squiggle');
  });
  await s.step('hovering the squiggled role shows its card', async () => {
    await ui.hoverText(page, squiggle, 'Duties');
    // The hover renders in stages (the problem first, then the card): read it once complete.
    const card = page.locator('.monaco-hover', { hasText: 'Technologies' }).filter({ hasText: 'Sonographer' }).first();
    await card.waitFor({ state: 'visible', timeout: 10000 });
    const text = await card.innerText();
    if (!text.includes('Sonographer') || !text.includes('Technologies')) throw new Error(`hover was: ${text.slice(0, 200)}`);
    console.log(`    hover: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
    if (!/duties missing; \d+ words about it/.test(text)) throw new Error(`no word count in the hover: ${text.slice(-200)}`);
    await card.locator('a', { hasText: 'Copy reference' }).first().scrollIntoViewIfNeeded();
    await s.shot('hover');
    await card.locator('a', { hasText: 'Copy reference' }).first().click();
    const copied = page.locator('.statusbar-item', { hasText: 'Reference copied' }).first();
    await copied.waitFor({ state: 'visible', timeout: 10000 });
    console.log(`    status bar: ${(await copied.innerText()).trim().slice(0, 160)}`);
    await s.shot('reference-copied');
    await page.mouse.move(5, 5);
  });
  await s.step('the Problems panel lists a missing-duties warning', async () => {
    const text = await ui.problemsText(page, 'Sonographer is named but its duties are not described');
    if (!text.includes('missing-duties')) throw new Error(`problems: ${text.slice(0, 200)}`);
    await s.shot('problems');
  });
  await s.step('the rule code in the Problems panel opens the rule page in a preview, offline', async () => {
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'Sonographer is named but its duties' }).first();
    await row.locator('a', { hasText: 'missing-duties' }).first().click();
    const tab = page.locator('.tabs-container .tab', { hasText: 'Preview missing-duties.md' }).first();
    await tab.waitFor({ state: 'visible', timeout: 15000 });
    // The answer stays open beside it, still checked.
    await page.locator('.tabs-container .tab', { hasText: 'answer.md' }).first().waitFor({ state: 'visible', timeout: 10000 });
    const start = Date.now();
    let rendered = false;
    while (!rendered && Date.now() - start < 15000) {
      for (const frame of page.frames()) {
        const text = await frame.evaluate(() => globalThis.document.body?.innerText ?? '').catch(() => '');
        if (text.includes('What it checks') && text.includes('How to turn it off')) rendered = true;
      }
      if (!rendered) await page.waitForTimeout(300);
    }
    if (!rendered) throw new Error('the preview never showed the page');
    await s.shot('rule-help');
    await closeTab('Preview missing-duties.md');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.tabs-container .tab', { hasText: 'answer.md' }).first().click();
    await ui.waitForSquiggle(page, 'warning');
  });
  await s.step('a paragraph being written is not flagged until the cursor leaves it', async () => {
    const before = await squiggles();
    await ui.typeAtEnd(page, '\n\nDialysis technicians ');
    await page.waitForTimeout(1500);
    const drafting = await squiggles();
    if (drafting !== before) throw new Error(`${drafting} squiggles while drafting, ${before} before`);
    await s.shot('drafting');
    await page.keyboard.press('Control+Home');
    const start = Date.now();
    while ((await squiggles()) === before) {
      if (Date.now() - start > 10000) throw new Error('no new squiggle after the cursor left the paragraph');
      await page.waitForTimeout(200);
    }
    await s.shot('drafted');
  });
  await s.step('Ctrl+Space suggests a role name', async () => {
    await ui.typeAtEnd(page, '\n\nAnother role is the phleb');
    const text = await ui.triggerSuggest(page, 'phlebotomist');
    console.log(`    suggest: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
    await s.shot('suggest');
    await page.keyboard.press('Escape');
  });
  await s.step('the Coverage view lists the roles', async () => {
    await page.keyboard.press('Control+Shift+E');
    const view = page.locator('.pane', { hasText: 'Coverage' }).last();
    const header = view.locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const row = view.locator('.monaco-list-row', { hasText: 'Sonographer' }).first();
    await row.waitFor({ state: 'visible', timeout: 15000 });
    const text = await view.innerText();
    if (!text.includes('duties missing') || !/· \d+ words/.test(text)) throw new Error(`coverage view: ${text.slice(0, 200)}`);
    console.log(`    coverage: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
    await s.shot('coverage');
  });
  await s.step('the status bar shows the coverage', async () => {
    const item = page.locator('.statusbar-item', { hasText: 'Roles:' }).first();
    await item.waitFor({ state: 'visible', timeout: 10000 });
    console.log(`    status bar: ${(await item.innerText()).trim()}`);
  });
  await s.step('the status bar shows the words against the limit, in the warning colour', async () => {
    const words = page.locator('.statusbar-item', { hasText: '/ 40 words' }).first();
    await words.waitFor({ state: 'visible', timeout: 10000 });
    const cls = (await words.getAttribute('class')) ?? '';
    const background = await words.evaluate((el) => globalThis.getComputedStyle(el).backgroundColor);
    console.log(`    words: ${(await words.innerText()).trim()} (${background}; ${cls})`);
    if (!cls.includes('warning-kind') && (background === 'rgba(0, 0, 0, 0)' || background === 'transparent')) throw new Error(`no warning colour: ${cls} ${background}`);
    await words.hover();
    await page.waitForTimeout(800);
    await s.shot('words');
  });
  await s.step('the quick fix for a table row fills its empty Technology cell', async () => {
    await ui.openFile(page, 'table.md');
    await ui.waitForSquiggle(page, 'warning');
    // The cursor on the role's name in the third line, "| Dialysis technician | |".
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Fill in the Technology cell' }).first();
    await fix.waitFor({ state: 'visible', timeout: 10000 });
    await s.shot('table-fix');
    await fix.click();
    const row = page.locator('.editor-instance .view-line', { hasText: 'which specific technology' }).first();
    await row.waitFor({ state: 'visible', timeout: 10000 });
    const text = (await row.innerText()).replace(/\u00a0/g, ' ');
    if (!/^\| Dialysis technician \| which specific technology, device or software\? \| sets up/.test(text)) throw new Error(`row: ${text}`);
    await s.shot('table-filled');
  });
} catch (error) {
  console.log(`[ui] ${error?.stack ?? error}`);
  if (scenario) scenario.failed++;
} finally {
  clearTimeout(timer);
  await cleanup();
  process.exitCode = closing() > 0 ? 1 : 0;
}
