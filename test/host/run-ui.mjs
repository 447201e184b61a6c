#!/usr/bin/env node
// Approach B: a user's view. Installs a packaged .vsix into a throw-away
// code-server (VS Code 1.139, 127.0.0.1 only), opens a workspace in Debian's
// Chromium through playwright-core, and drives the real UI.
//
// CLI (runs the demo scenario for the fixture extension):
//   node test/host/run-ui.mjs --vsix <path.vsix> --workspace <abs dir> \
//        [--file sample.md] [--word sonographer] [--shots <dir>] [--timeout 180] [--in-place] [--verbose]
//   Screenshots go to --shots (default: a new temp dir); the folder is printed.
//   The scenario types into the document, so it works on a temp COPY of the
//   workspace (code-server saves edits); --in-place uses the folder itself.
//   The deliberate failure: a file FAIL_ON_PURPOSE in the workspace root (or
//   HOST_FIXTURE_FAIL=1) adds a step that expects a suggestion that the
//   fixture does not offer.
//
// CONTRACT: each scenario step counts as one test; the LAST line printed is
//   <passed> passed, <failed> failed
// and the exit code is 0 only when every step passed (124 on --timeout).
//
// As a library, for other UI scenario scripts:
//   import { startCodeServer, openBrowser, stop, Scenario, ui } from './run-ui.mjs';
//   const server = await startCodeServer({ vsix, workspace });   // 127.0.0.1, free port
//   const { page } = await openBrowser(server, { workspace });     // workbench loaded
//   await ui.openFile(page, 'sample.md');
//   await ui.waitForSquiggle(page);                               // extension is active
//   await ui.triggerSuggest(page, 'sonographer');
//   await page.screenshot({ path: '/tmp/x.png' });
//   await stop();                                                 // browsers + code-server group
// Importing this file does not run the demo (it runs only as the main script).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  exitOnce, launchChromium, loadEnv, log, onSignals, parseArgs, startCodeServer as startServer,
} from './lib/common.mjs';

const started = { servers: [], browsers: [] };

/**
 * Starts a throw-away code-server (own user-data, extensions and XDG dirs in a
 * temp dir; seeded settings; smoke-test driver on). options: { vsix, workspace,
 * settings, extraEnv, verbose, keep }. Returns { port, origin, dir, stop() }.
 */
export async function startCodeServer(options = {}) {
  const server = await startServer(options);
  started.servers.push(server);
  return server;
}

/**
 * Opens Chromium on the server's workbench (optionally with ?folder=workspace)
 * and waits until the workbench is rendered. Returns { browser, page }.
 */
export async function openBrowser(server, { workspace, viewport = { width: 1280, height: 800 }, timeoutMs = 60000 } = {}) {
  const browser = await launchChromium(server.env);
  started.browsers.push(browser);
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const url = workspace ? `${server.origin}/?folder=${encodeURIComponent(workspace)}` : `${server.origin}/`;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').first().waitFor({ state: 'visible', timeout: timeoutMs });
  return { browser, page };
}

/** Closes every browser and code-server started through this module. */
let stopping;
export function stop() {
  if (!stopping) {
    stopping = (async () => {
      const browsers = started.browsers.splice(0);
      const servers = started.servers.splice(0);
      for (const b of browsers) await b.close().catch(() => {});
      for (const s of servers) await s.stop().catch(() => {});
    })().finally(() => { stopping = undefined; });
  }
  return stopping; // concurrent callers wait for the same, complete cleanup
}

/** Small, reusable UI actions for VS Code's DOM. */
export const ui = {
  /** Opens a file by clicking it in the Explorer (falls back to Quick Open). */
  async openFile(page, name) {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 20000 });
      await row.click();
    } catch {
      await page.keyboard.press('Control+P');
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    const tab = page.locator('.tabs-container .tab', { hasText: name }).first();
    await tab.waitFor({ state: 'visible' });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
  },

  /** Waits for a squiggle ('warning' | 'error' | 'info') from a diagnostics provider. */
  async waitForSquiggle(page, kind = 'warning', timeoutMs = 30000) {
    const squiggle = page.locator(`.editor-instance .monaco-editor .squiggly-${kind}`).first();
    await squiggle.waitFor({ state: 'attached', timeout: timeoutMs });
    return squiggle;
  },

  /** Puts the cursor at the end of the document on a new line and types text. */
  async typeAtEnd(page, text) {
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(text);
  },

  /**
   * Presses Ctrl+Space (retrying: early presses may only get word-based
   * suggestions) until the suggest widget shows a row with `label`.
   * Returns the widget's text.
   */
  async triggerSuggest(page, label, { tries = 5, waitMs = 3000 } = {}) {
    const widget = page.locator('.editor-widget.suggest-widget.visible').first();
    const row = widget.locator('.monaco-list-row', { hasText: label }).first();
    for (let i = 0; i < tries; i++) {
      await page.keyboard.press('Control+Space');
      try {
        await row.waitFor({ state: 'visible', timeout: waitMs });
        return await widget.innerText();
      } catch {
        await page.keyboard.press('Escape');
      }
    }
    throw new Error(`suggest widget never showed "${label}" after ${tries} Ctrl+Space presses`);
  },

  /** Hovers the middle of an element (e.g. a squiggle) and returns the hover text containing `text`. */
  async hoverText(page, locator, text, timeoutMs = 10000) {
    const box = await locator.boundingBox();
    if (!box) throw new Error('element to hover has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover', { hasText: text }).first();
    await hover.waitFor({ state: 'visible', timeout: timeoutMs });
    return hover.innerText();
  },

  /** Opens the Problems panel (Ctrl+Shift+M) and returns its text once it contains `text`. */
  async problemsText(page, text, timeoutMs = 10000) {
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel', { hasText: text }).first();
    await panel.waitFor({ state: 'visible', timeout: timeoutMs });
    return panel.innerText();
  },
};

/** Runs named steps, records pass/fail, screenshots on failure, prints the closing line. */
export class Scenario {
  constructor(page, shotsDir) {
    this.page = page;
    this.shotsDir = shotsDir;
    this.passed = 0;
    this.failed = 0;
    this.n = 0;
  }

  async shot(name) {
    const file = path.join(this.shotsDir, `${String(++this.n).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    console.log(`    screenshot ${file}`);
    return file;
  }

  async step(name, fn) {
    const t0 = Date.now();
    try {
      await fn();
      this.passed++;
      console.log(`  ✔ ${name} (${Date.now() - t0}ms)`);
    } catch (err) {
      this.failed++;
      console.log(`  ✘ ${name}: ${String(err && err.message ? err.message : err).split('\n')[0]}`);
      await this.shot(`FAILED-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}`).catch(() => {});
    }
  }
}

/** The demo scenario for test/host/fixture. */
async function fixtureScenario(page, s, { file, word, failOnPurpose }) {
  let squiggle;
  await s.step(`opens ${file} from the Explorer`, () => ui.openFile(page, file));
  await s.step('shows the extension\'s warning squiggle', async () => {
    squiggle = await ui.waitForSquiggle(page, 'warning');
    await s.shot('squiggle');
  });
  await s.step(`Ctrl+Space offers "${word}"`, async () => {
    await ui.typeAtEnd(page, '\nThe sono');
    const text = await ui.triggerSuggest(page, word);
    console.log(`    suggest widget: ${text.replace(/\s+/g, ' ').trim()}`);
    await s.shot('suggest');
    await page.keyboard.press('Escape');
  });
  await s.step(`hover on the squiggle shows "Sonographer card"`, async () => {
    if (!squiggle) throw new Error('no squiggle to hover');
    const text = await ui.hoverText(page, squiggle, 'Sonographer card');
    console.log(`    hover: ${text.replace(/\s+/g, ' ').trim().slice(0, 160)}`);
    await s.shot('hover');
    await page.mouse.move(5, 5);
  });
  await s.step('Problems panel lists the warning', async () => {
    const text = await ui.problemsText(page, 'Fixture: "sonographer" found');
    console.log(`    problems: ${text.replace(/\s+/g, ' ').trim().slice(0, 160)}`);
    await s.shot('problems');
  });
  if (failOnPurpose) {
    await s.step('DELIBERATE FAILURE: Ctrl+Space offers "cardiographer"', async () => {
      await page.keyboard.press('Escape');
      await ui.typeAtEnd(page, '\ncardio');
      await ui.triggerSuggest(page, 'cardiographer', { tries: 2, waitMs: 1500 });
    });
  }
}

async function cli() {
  const USAGE = 'usage: node test/host/run-ui.mjs --vsix <path> --workspace <dir> [--file sample.md] [--word sonographer] [--shots <dir>] [--timeout 180] [--in-place] [--verbose]';
  const args = parseArgs(process.argv.slice(2), {
    vsix: { type: 'path', required: true },
    workspace: { type: 'path', required: true },
    file: { type: 'string', default: 'sample.md' },
    word: { type: 'string', default: 'sonographer' },
    shots: { type: 'path', mustExist: false },
    timeout: { type: 'number', default: 180 },
    verbose: { type: 'bool', default: false },
    'in-place': { type: 'bool', default: false },
  }, USAGE);
  let workspace = args.workspace;
  let wsCopy;
  if (!args['in-place']) {
    wsCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'host-ui-ws-'));
    workspace = path.join(wsCopy, path.basename(args.workspace));
    fs.cpSync(args.workspace, workspace, { recursive: true });
  }
  const removeCopy = () => { if (wsCopy) fs.rmSync(wsCopy, { recursive: true, force: true }); wsCopy = undefined; };
  const shots = args.shots || fs.mkdtempSync(path.join(os.tmpdir(), 'host-ui-shots-'));
  fs.mkdirSync(shots, { recursive: true });
  const failOnPurpose = process.env.HOST_FIXTURE_FAIL === '1' || fs.existsSync(path.join(args.workspace, 'FAIL_ON_PURPOSE'));
  const t0 = Date.now();
  let scenario;
  const closing = () => console.log(`${scenario ? scenario.passed : 0} passed, ${scenario ? scenario.failed + (scenario.passed + scenario.failed === 0 ? 1 : 0) : 1} failed`);

  onSignals(async () => { await stop(); removeCopy(); });
  const timer = setTimeout(() => exitOnce(async () => {
    console.log(`[host] TIMED OUT after ${args.timeout}s`);
    await stop();
    removeCopy();
    if (scenario) scenario.failed++;
    closing();
    process.exit(124);
  }), args.timeout * 1000);

  let code = 0;
  try {
    const env = loadEnv();
    const server = await startCodeServer({ env, vsix: args.vsix, workspace, verbose: args.verbose });
    const { page } = await openBrowser(server, { workspace });
    log(`workbench loaded after ${((Date.now() - t0) / 1000).toFixed(1)}s; screenshots in ${shots}`);
    scenario = new Scenario(page, shots);
    await fixtureScenario(page, scenario, { file: args.file, word: args.word, failOnPurpose });
    code = scenario.failed ? 1 : 0;
  } catch (err) {
    console.error(`[host] ERROR: ${err && err.stack ? err.stack : err}`);
    code = 1;
    if (scenario) scenario.failed++;
  }
  await exitOnce(async () => {
    clearTimeout(timer);
    await stop();
    removeCopy();
    log(`screenshots: ${shots}`);
    log(`finished in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    closing();
    process.exit(code);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli();
}
