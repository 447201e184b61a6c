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
  await s.step('opens answer.md from the Explorer', () => ui.openFile(page, 'answer.md'));
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
    await s.shot('hover');
    await page.mouse.move(5, 5);
  });
  await s.step('the Problems panel lists a missing-duties warning', async () => {
    const text = await ui.problemsText(page, 'Sonographer is named but its duties are not described');
    if (!text.includes('missing-duties')) throw new Error(`problems: ${text.slice(0, 200)}`);
    await s.shot('problems');
    await page.keyboard.press('Control+Shift+M');
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
    if (!text.includes('duties missing')) throw new Error(`coverage view: ${text.slice(0, 200)}`);
    console.log(`    coverage: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
    await s.shot('coverage');
  });
  await s.step('the status bar shows the coverage', async () => {
    const item = page.locator('.statusbar-item', { hasText: 'Roles:' }).first();
    await item.waitFor({ state: 'visible', timeout: 10000 });
    console.log(`    status bar: ${(await item.innerText()).trim()}`);
  });
} catch (error) {
  console.log(`[ui] ${error?.stack ?? error}`);
  if (scenario) scenario.failed++;
} finally {
  clearTimeout(timer);
  await cleanup();
  process.exitCode = closing() > 0 ? 1 : 0;
}
