/**
 * Extension-host tests for the node host (code-server): everything the
 * shared suite does not cover.
 */
import * as vscode from 'vscode';
import { api, describeDiagnostic, diagnosticsWhen, EXTENSION_ID, hoverText, labelOf, labelsAt, workspaceFile } from './shared.test.js';
import { equal, ok, until } from './expect.js';

/** Runs first: nothing Markdown is open yet. */
export function activationSuite(): void {
  describe('activation', function () {
    this.timeout(30000);

    it('does not activate before a Markdown file opens, and activates when one does', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      ok(extension, `${EXTENSION_ID} is not installed`);
      equal(extension.isActive, false, 'active before any Markdown file was opened');
      const plain = await vscode.workspace.openTextDocument(workspaceFile('notes.txt'));
      await vscode.window.showTextDocument(plain);
      equal(extension.isActive, false, 'activated by a plain text file');
      const doc = await vscode.workspace.openTextDocument(workspaceFile('answer.md'));
      await vscode.window.showTextDocument(doc);
      await until(() => extension.isActive, 'activation on opening answer.md');
    });
  });
}

async function scratch(name: string, text: string): Promise<vscode.TextDocument> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

async function closeAll(): Promise<void> {
  // A dirty editor would ask whether to save, which a test run cannot answer.
  for (const doc of vscode.workspace.textDocuments) if (doc.isDirty && !doc.isUntitled) await doc.save();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('courseworkRoles').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/**
 * Applies each quick fix offered for `diagnostic`, checks that it only inserted
 * text, undoes it in one step and checks the document is as it was. Returns the titles.
 */
async function applyEachFix(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<string[]> {
  const original = doc.getText();
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  for (const action of actions) {
    const what = `${vscode.workspace.asRelativePath(doc.uri)} ${diagnostic.range.start.line + 1}: ${action.title}`;
    const editor = await vscode.window.showTextDocument(doc);
    if (action.edit) ok(await vscode.workspace.applyEdit(action.edit), `${what}: refused`);
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    const changed = doc.getText();
    ok(changed !== original, `${what}: changed nothing`);
    // Only an insertion: the original text is the changed text with one run removed.
    let start = 0;
    while (changed[start] === original[start]) start++;
    const inserted = changed.length - original.length;
    equal(changed.slice(0, start) + changed.slice(start + inserted), original, `${what}: did more than insert`);
    await vscode.commands.executeCommand('undo');
    await until(() => doc.getText() === original, `undo of ${what}`);
    equal(editor.document.getText(), original, `undo of ${what}`);
  }
  return actions.map((a) => a.title);
}

type Api = Awaited<ReturnType<typeof api>>;

/** Waits for the dataset problem to mention `words`, and gives it. */
function datasetProblemWith(roles: Api, words: string, what: string): Promise<string> {
  return until(async () => {
    await roles.datasetsReady();
    const now = roles.datasetProblem();
    return now?.includes(words) ? now : undefined;
  }, what);
}

/** The dataset notifications shown since `before`, once any further reloads have had a second to happen. */
async function noticesSince(roles: Api, before: number): Promise<readonly string[]> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await roles.datasetsReady();
  return roles.datasetNotices().slice(before);
}

export function nodeSuite(): void {
  describe('editing, quick fixes and settings', function () {
    this.timeout(30000);

    afterEach(async () => {
      await setSetting('severity.missingDuties', undefined);
      await setSetting('run', undefined);
      await setSetting('debounceMs', undefined);
      await closeAll();
    });

    it('clears a missing-duties diagnostic when the duties are added', async () => {
      const doc = await scratch('edit.md', '## Sonographers\n\nSonographers use ultrasound scanners.\n');
      await diagnosticsWhen(doc.uri, (d) => d.map(describeDiagnostic).join() === '0:3-0:15 missing-duties Sonographer is named but its duties are not described');
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(2, 36), ' They carry out pregnancy scans.');
      ok(await vscode.workspace.applyEdit(edit), 'edit refused');
      await diagnosticsWhen(doc.uri, (d) => d.length === 0);
    });

    it('clears a document’s diagnostics when it is closed', async () => {
      const doc = await scratch('closing.md', 'Sonographers are kind.\n');
      await diagnosticsWhen(doc.uri, (d) => d.length === 2);
      await closeAll();
      await diagnosticsWhen(doc.uri, (d) => d.length === 0, 20000);
    });

    it('applies each quick fix as one edit that only inserts text, and undo restores the document', async () => {
      const original = '## Sonographers\n\nSonographers are kind.\n';
      const doc = await scratch('fixes.md', original);
      const [diagnostic] = await diagnosticsWhen(doc.uri, (d) => d.length === 2);
      const titles = await applyEachFix(doc, diagnostic!);
      ok(titles.includes('Add a sentence on the technology Sonographer uses'), titles.join(' | '));
      ok(titles.includes('Disable missing-technology for this line'), titles.join(' | '));
      ok(titles.includes('Disable missing-technology for this file'), titles.join(' | '));
    });

    it('applies every quick fix on every fixture answer as an insertion only, each undone in one step', async function () {
      this.timeout(180_000);
      const folder = workspaceFile('fixtures');
      const names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).filter((n) => n.endsWith('.md'));
      ok(names.length >= 5, `only ${names.length} fixture answers in the workspace`);
      let applied = 0;
      for (const name of names) {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, name));
        await vscode.window.showTextDocument(doc);
        const expected = (await api()).reportFor(doc)?.messages.length ?? 0;
        const diagnostics = await diagnosticsWhen(doc.uri, (d) => d.length === expected);
        for (const diagnostic of diagnostics) applied += (await applyEachFix(doc, diagnostic)).length;
      }
      ok(applied > 50, `only ${applied} quick fixes applied`);
    });

    it('drops a rule set to off', async () => {
      const doc = await scratch('settings.md', 'Sonographers are kind.\n');
      await diagnosticsWhen(doc.uri, (d) => d.length === 2);
      await setSetting('severity.missingDuties', 'off');
      const diagnostics = await diagnosticsWhen(doc.uri, (d) => d.length === 1);
      equal(diagnostics.map((d) => (d.code as { value: string }).value), ['missing-technology']);
    });

    it('waits for a save in on-save mode', async () => {
      await setSetting('run', 'onSave');
      await setSetting('debounceMs', 0);
      const doc = await scratch('saving.md', 'Sonographers are kind.\n');
      await diagnosticsWhen(doc.uri, (d) => d.length === 2);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(0, 22), ' They use ultrasound probes to carry out scans.');
      ok(await vscode.workspace.applyEdit(edit), 'edit refused');
      // With no debounce, an on-type check would have run by the time a
      // round trip through the workbench returns.
      await hoverText(doc.uri, new vscode.Position(0, 2));
      await hoverText(doc.uri, new vscode.Position(0, 2));
      equal(vscode.languages.getDiagnostics(doc.uri).length, 2, 'checked before the save');
      ok(await doc.save(), 'save failed');
      await diagnosticsWhen(doc.uri, (d) => d.length === 0);
    });
  });

  describe('quiet while drafting', function () {
    this.timeout(30000);
    const described = '## Radiographers\n\nRadiographers use X-ray machines and CT scanners. They position each patient and choose the exposure.\n';
    const sonographer = (d: readonly vscode.Diagnostic[]): string[] => d.filter((x) => x.message.startsWith('Sonographer is named')).map((x) => (x.code as { value: string }).value);

    afterEach(async () => {
      await setSetting('quietWhileDrafting', undefined);
      await setSetting('quietPauseSeconds', undefined);
      await closeAll();
    });

    /** Types a new paragraph "Sonographers " at the end, leaves the cursor after it, and waits for its check. */
    async function startParagraph(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; roles: Api }> {
      const roles = await api();
      const doc = await scratch(name, described);
      const editor = await vscode.window.showTextDocument(doc);
      await diagnosticsWhen(doc.uri, (d) => d.length === 0);
      const checked = new Promise<void>((resolve) => {
        const listener = roles.onDidCheck((d) => {
          if (d === doc && roles.reportFor(doc)?.coverage.roles.some((r) => r.id === 'sonographer')) {
            listener.dispose();
            resolve();
          }
        });
      });
      ok(await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\nSonographers ')), 'edit refused');
      const end = doc.positionAt(doc.getText().length);
      editor.selection = new vscode.Selection(end, end);
      await checked;
      return { doc, editor, roles };
    }

    it('holds back a new paragraph’s warnings while the cursor is at its end, and shows them when it moves to another paragraph', async () => {
      const { doc, editor, roles } = await startParagraph('drafting.md');
      equal(sonographer(vscode.languages.getDiagnostics(doc.uri)), [], 'warnings while drafting');
      // The rest stays current: the new role is counted and listed.
      equal(roles.status().text, 'Roles: 1 of 2 described');
      ok(roles.coverageItems().some((i) => String(i.label) === 'Sonographer'), 'Sonographer not in the Coverage view');
      editor.selection = new vscode.Selection(new vscode.Position(2, 5), new vscode.Position(2, 5));
      const shown = await diagnosticsWhen(doc.uri, (d) => sonographer(d).length === 2, 5000);
      equal(sonographer(shown), ['missing-technology', 'missing-duties']);
    });

    it('shows them after a pause with no edit, the cursor still there', async () => {
      await setSetting('quietPauseSeconds', 1);
      const { doc, editor } = await startParagraph('pause.md');
      const at = editor.selection.active;
      equal(sonographer(vscode.languages.getDiagnostics(doc.uri)), [], 'warnings before the pause');
      await diagnosticsWhen(doc.uri, (d) => sonographer(d).length === 2, 5000);
      ok(editor.selection.active.isEqual(at), 'the cursor moved');
    });

    it('shows them at once with the setting off', async () => {
      await setSetting('quietWhileDrafting', false);
      const { doc, editor } = await startParagraph('loud.md');
      equal(sonographer(vscode.languages.getDiagnostics(doc.uri)), ['missing-technology', 'missing-duties']);
      ok(editor.selection.active.isEqual(doc.positionAt(doc.getText().length)), 'the cursor left the paragraph');
    });
  });

  describe('a first run that teaches', function () {
    this.timeout(30000);
    afterEach(closeAll);

    it('contributes a five-step walkthrough whose media are in the extension, and opens its example answer', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
      const walkthroughs = (extension.packageJSON as { contributes: { walkthroughs: { id: string; steps: { title: string; media: Record<string, string> }[] }[] } }).contributes.walkthroughs;
      equal(walkthroughs.map((w) => w.id), ['firstAnswer']);
      equal(walkthroughs[0]!.steps.map((s) => s.title), ['Open an example answer', 'See a flagged role', 'Use a quick fix', 'Open the Coverage view', 'Set a word limit']);
      for (const step of walkthroughs[0]!.steps) {
        const media = step.media.markdown ?? step.media.svg ?? step.media.image;
        ok(media, `${step.title}: no media`);
        const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, media));
        ok(stat.size > 100, `${media} is empty`);
      }
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'coursework-roles.coursework-roles#firstAnswer', false);
      await until(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => /welcome|walkthrough|coursework/i.test(t.label) && !(t.input instanceof vscode.TabInputText)), 'the walkthrough tab');
      // Step one: the example answer, with its flagged roles.
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('courseworkRoles.openExample');
      ok(editor.document.isUntitled && editor.document.languageId === 'markdown', `example: ${editor.document.uri.toString()}`);
      const diagnostics = await diagnosticsWhen(editor.document.uri, (d) => d.length === 4);
      ok(diagnostics.some((d) => d.message === 'Sonographer is named but its duties are not described'), diagnostics.map((d) => d.message).join(' | '));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });

  describe('references students can trust', function () {
    this.timeout(30000);

    it('copies a Harvard-style reference from a hover card’s Copy reference link to the clipboard', async () => {
      const doc = await vscode.workspace.openTextDocument(workspaceFile('answer.md'));
      await vscode.window.showTextDocument(doc);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(4, 3));
      const card = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && c.value.includes('Copy reference'));
      ok(card, 'no Copy reference in the card');
      // The first source with an address (a confirmed one: see data/sources.json).
      const links = [...card.value.matchAll(/\[Copy reference\]\(command:(courseworkRoles\.copyReference)\?([^ )]+)/g)];
      const link = links.find((l) => decodeURIComponent(l[2]!).includes('"url"'));
      ok(link, card.value);
      ok(card.isTrusted && typeof card.isTrusted === 'object' && card.isTrusted.enabledCommands?.includes('courseworkRoles.copyReference'), 'the card does not trust its Copy reference command');
      const args = JSON.parse(decodeURIComponent(link[2]!)) as unknown[];
      await vscode.env.clipboard.writeText('');
      await vscode.commands.executeCommand(link[1]!, ...args);
      const copied = await vscode.env.clipboard.readText();
      const today = new Date();
      const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
      ok(copied.startsWith('NHS Health Careers (n.d.) '), copied);
      ok(copied.endsWith(`(Accessed: ${today.getDate()} ${months[today.getMonth()]} ${today.getFullYear()}).`) && copied.includes(' Available at: https://'), copied);
    });
  });

  describe('a table row', function () {
    this.timeout(30000);
    afterEach(closeAll);

    it('gets its empty Technology cell filled by the quick fix, not its Role cell', async () => {
      const doc = await scratch('table.md', '| Role | Technology | Duties |\n|---|---|---|\n| Sonographer | | scans pregnant women |\n');
      const diagnostics = await diagnosticsWhen(doc.uri, (d) => d.length >= 1);
      const tech = diagnostics.find((d) => (d.code as { value: string }).value === 'missing-technology');
      ok(tech, diagnostics.map(describeDiagnostic).join(' | '));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, tech.range, vscode.CodeActionKind.QuickFix.value);
      const fill = actions.find((a) => a.title === "Fill in the Technology cell of Sonographer's row");
      ok(fill?.command, actions.map((a) => a.title).join(' | '));
      await vscode.commands.executeCommand(fill.command.command, ...(fill.command.arguments ?? []));
      equal(doc.lineAt(2).text, '| Sonographer | which specific technology, device or software? | scans pregnant women |');
    });
  });

  describe('help that opens', function () {
    this.timeout(30000);
    afterEach(closeAll);

    it('opens the rule page in the Markdown preview from a problem’s code link, offline, and does not check it', async () => {
      const uri = workspaceFile('help.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Sonographers are kind.\n'));
      // In a preview tab, as a click in the Explorer opens it: the page must not take its place.
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: true });
      const [diagnostic] = await diagnosticsWhen(doc.uri, (d) => d.length === 2);
      const target = (diagnostic!.code as { target: vscode.Uri }).target;
      // What the Problems panel and the hover do with a code link: open its target.
      await vscode.commands.executeCommand('vscode.open', target);
      const preview = await until(
        () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label.includes('missing-technology')),
        'a Markdown preview of the rule page',
      );
      ok((preview.input as vscode.TabInputWebview).viewType.includes('markdown.preview'), `tab ${preview.label}: ${(preview.input as vscode.TabInputWebview).viewType}`);
      const page = await vscode.workspace.openTextDocument(target);
      ok(page.getText().startsWith('# missing-technology\n') && page.getText().includes('## How to turn it off'), page.getText().slice(0, 200));
      // The page names roles in its examples; it is help, not an answer.
      equal(vscode.languages.getDiagnostics(target).length, 0, 'diagnostics on the rule page');
      await until(() => !vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === target.toString()), 'the raw page replaced by its preview');
      // The answer is still open, still checked, beside the page.
      ok(vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === doc.uri.toString()), 'the answer’s tab is gone');
      equal(vscode.languages.getDiagnostics(doc.uri).length, 2, 'the answer’s diagnostics');
    });
  });

  describe('coverage view, status bar and report', function () {
    this.timeout(30000);

    it('reflect the active document', async () => {
      const roles = await api();
      const doc = await vscode.workspace.openTextDocument(workspaceFile('answer.md'));
      await vscode.window.showTextDocument(doc);
      await until(() => roles.status().visible, 'the status bar item');
      equal(roles.status().text, 'Roles: 1 of 3 described');
      ok(roles.status().tooltip.includes('Sonographer: duties missing'), roles.status().tooltip);
      ok(roles.status().tooltip.includes('Click to open the Coverage view'), roles.status().tooltip);
      const items = roles.coverageItems();
      equal(items.map((i) => `${String(i.label)}: ${String(i.description)}`), [
        'Radiographer: fully described · 16 words',
        'Sonographer: duties missing · 9 words',
        'Clinical Coder: technology and duties missing · 14 words',
      ]);
      const words = roles.words();
      equal([words.text, words.visible, words.warning], ['46 words', true, false]);
      ok(words.tooltip.includes('headings, paragraphs, lists, tables and link text count'), words.tooltip);
      ok((await hoverText(doc.uri, new vscode.Position(6, 5))).includes('duties missing; 9 words about it.'), 'no word count in the hover card');
      // What the linter read is shown, so a student who disagrees sees why.
      const card = await hoverText(doc.uri, new vscode.Position(2, 5));
      ok(card.includes('Read as technology:') && card.includes('X-ray machines'), card);
      ok(card.includes('Read as duties:') && card.includes('position each patient'), card);
      const before = vscode.workspace.textDocuments.length;
      await vscode.commands.executeCommand('courseworkRoles.showCoverageReport');
      const report = await until(() => vscode.workspace.textDocuments.find((d) => d.isUntitled && d.getText().startsWith('# Coverage report')), 'the report');
      ok(vscode.workspace.textDocuments.length > before, 'no report opened');
      ok(report.getText().includes('| Sonographer | 7 | 9 | ✓'), report.getText());
      ok(report.getText().includes('**46 words** in the answer'), report.getText());
    });

    it('show the words against a limit, with the warning colour past it', async () => {
      const roles = await api();
      const doc = await vscode.workspace.openTextDocument(workspaceFile('answer.md'));
      await vscode.window.showTextDocument(doc);
      try {
        await setSetting('wordLimit', 1500);
        await until(() => roles.words().text === '46 / 1,500 words', 'the words against the limit');
        equal(roles.words().warning, false, 'warning colour under the limit');
        await setSetting('wordLimit', 40);
        await until(() => roles.words().text === '46 / 40 words', 'the words over the limit');
        equal(roles.words().warning, true, 'warning colour over the limit');
        ok(roles.words().tooltip.includes('6 words over the 40-word limit.'), roles.words().tooltip);
      } finally {
        await setSetting('wordLimit', undefined);
      }
    });
  });

  describe('a file too large to check', function () {
    this.timeout(30000);

    after(async () => {
      await setSetting('maxFileSizeKB', undefined);
      await closeAll();
    });

    it('is skipped with a status bar note instead of freezing the editor', async () => {
      const roles = await api();
      await setSetting('maxFileSizeKB', 1);
      const doc = await scratch('large.md', 'Sonographers are kind.\n\n'.repeat(100));
      await until(() => roles.status().text === 'Roles: not checked', 'the not-checked status');
      ok(roles.status().tooltip.includes('more than the 1 KB limit'), roles.status().tooltip);
      equal(vscode.languages.getDiagnostics(doc.uri).length, 0);
      await setSetting('maxFileSizeKB', undefined);
      await diagnosticsWhen(doc.uri, (d) => d.length === 2);
    });
  });

  describe('a workspace dataset file', function () {
    this.timeout(30000);
    const config = workspaceFile('.coursework-roles.json');

    after(async () => {
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    });

    it('adds a role that completion, hover and the linter then know', async () => {
      const roles = await api();
      await vscode.workspace.fs.writeFile(
        config,
        new TextEncoder().encode(JSON.stringify({ roles: [{ id: 'play-specialist', name: 'Play Specialist', summary: 'Helps children through treatment.', technologies: ['x-ray-machine'], duties: ['prepare children for scans'] }] })),
      );
      const doc = await scratch('play.md', 'Play specialists are kind.\n\nA play ');
      await until(async () => {
        await roles.datasetsReady();
        return roles.reportFor(doc)?.coverage.roles.some((r) => r.id === 'play-specialist');
      }, 'the new role in the report');
      await diagnosticsWhen(doc.uri, (d) => d.some((x) => x.message.startsWith('Play Specialist is named')));
      const items = await labelsAt(doc.uri, new vscode.Position(2, 7));
      ok(items.some((i) => labelOf(i) === 'play specialist'), 'no completion for the new role');
      ok((await hoverText(doc.uri, new vscode.Position(0, 3))).includes('**Play Specialist**'), 'no hover for the new role');
    });

    it('reports each kind of broken file once, saying where and why, and keeps the bundled roles working', async () => {
      const roles = await api();
      const role = (id: string, name: string, extra: object = {}): object => ({ id, name, technologies: ['x-ray-machine'], duties: ['d'], ...extra });
      const broken: [string, string, string][] = [
        ['invalid JSON', '{ "roles": [', 'is not valid JSON ('],
        ['a schema error', JSON.stringify({ roles: [{ id: 'Bad Id' }] }), 'roles[0].id: "Bad Id" must be kebab-case'],
        ['a duplicate id', JSON.stringify({ roles: [role('play-specialist', 'Play Specialist'), role('play-specialist', 'Play Worker')] }), 'roles[1].id: "play-specialist" is used twice in this file'],
        ['an alias claimed twice', JSON.stringify({ roles: [role('play-specialist', 'Play Specialist', { aliases: ['sonographer'] })] }), 'roles[0].aliases[0]: "sonographer" is already a name or alias of role "sonographer"'],
      ];
      const doc = await scratch('bundled.md', 'Sonographers are kind.\n');
      for (const [what, text, reason] of broken) {
        const before = roles.datasetNotices().length;
        await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(text));
        const problem = await datasetProblemWith(roles, reason, `the problem with ${what}`);
        ok(problem.startsWith('.coursework-roles.json: '), `${what}: ${problem}`);
        await diagnosticsWhen(doc.uri, (d) => d.length === 2);
        const shown = await noticesSince(roles, before);
        equal(shown.length, 1, `${what}: notices ${JSON.stringify(shown)}`);
        ok(shown[0]!.includes(reason) && shown[0]!.includes('The bundled roles are still checked'), `${what}: ${shown[0]}`);
      }
      await closeAll();
    });

    it('refuses a dataset file over 2 MB with one message, and keeps the bundled roles working', async () => {
      const roles = await api();
      const before = roles.datasetNotices().length;
      const json = JSON.stringify({ roles: [{ id: 'sonographer', aliases: ['scan technician'] }] });
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(json + ' '.repeat(3 * 1024 * 1024)));
      const problem = await datasetProblemWith(roles, '3.0 MB', 'the size problem');
      ok(problem.endsWith('.coursework-roles.json: is 3.0 MB; a dataset file may be at most 2 MB (is it the right file?)'), problem);
      const doc = await scratch('huge-dataset.md', 'Sonographers are kind.\n');
      await diagnosticsWhen(doc.uri, (d) => d.length === 2);
      const shown = await noticesSince(roles, before);
      equal(shown.length, 1, `notices ${JSON.stringify(shown)}`);
      await closeAll();
    });

    it('says once that a dataset file was removed while open, and checks with the bundled roles', async () => {
      const roles = await api();
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
      const extra = workspaceFile('extra-roles.json');
      await vscode.workspace.fs.writeFile(
        extra,
        new TextEncoder().encode(JSON.stringify({ roles: [{ id: 'play-specialist', name: 'Play Specialist', technologies: ['x-ray-machine'], duties: ['prepare children for scans'] }] })),
      );
      await setSetting('datasetFiles', ['extra-roles.json']);
      try {
        const doc = await scratch('removed.md', 'Play specialists are kind. Sonographers are kind.\n');
        await until(async () => {
          await roles.datasetsReady();
          return !roles.datasetProblem() && roles.reportFor(doc)?.coverage.roles.some((r) => r.id === 'play-specialist');
        }, 'the extra role in the report');
        // The dataset file is open in an editor when it goes.
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(extra), { preview: false });
        const before = roles.datasetNotices().length;
        await vscode.workspace.fs.delete(extra);
        const problem = await datasetProblemWith(roles, 'cannot be read', 'the removed-file problem');
        ok(problem.startsWith('extra-roles.json: cannot be read (was it removed'), problem);
        await until(() => roles.reportFor(doc)?.coverage.roles.map((r) => r.id).join() === 'sonographer', 'a report with the bundled roles only');
        await diagnosticsWhen(doc.uri, (d) => d.length === 2);
        const shown = await noticesSince(roles, before);
        equal(shown.length, 1, `notices ${JSON.stringify(shown)}`);
      } finally {
        await setSetting('datasetFiles', undefined);
        await closeAll();
      }
    });

    it('reads a tutor’s criterion file: the status bar counts against it, required-role is reported, and a broken one gets the one message', async () => {
      const roles = await api();
      const criterion = workspaceFile('criterion-2.1.json');
      const write = (value: unknown): Thenable<void> => vscode.workspace.fs.writeFile(criterion, new TextEncoder().encode(JSON.stringify(value)));
      await write({ criterion: { code: '2.1', title: 'Describe practitioner roles within the field of medical technology', minRoles: 3, mustDescribe: ['radiographer', 'clinical-engineer'] } });
      await setSetting('datasetFiles', ['criterion-2.1.json']);
      try {
        const doc = await scratch('criterion.md', 'Audiologists test hearing with audiometers.\n\nSonographers are kind.\n');
        await until(() => roles.status().text === '2.1: 1 of 3 roles described', `the criterion status (now "${roles.status().text}")`);
        ok(roles.status().tooltip.startsWith('Criterion 2.1: Describe practitioner roles'), roles.status().tooltip);
        ok(roles.status().tooltip.includes('Required but not named:\nRadiographer\nClinical Engineer'), roles.status().tooltip);
        const diagnostics = await diagnosticsWhen(doc.uri, (d) => d.length === 5);
        equal(
          diagnostics.filter((d) => d.range.start.line === 0 && d.range.start.character === 0).map((d) => `${typeof d.code === 'object' ? String(d.code.value) : ''} ${d.message}`),
          [
            'too-few-roles 1 of the 3 fully described roles asked for: describe 2 more with their technology and duties',
            'required-role Radiographer is required by criterion 2.1 but is never named: describe its technology and duties',
            'required-role Clinical Engineer is required by criterion 2.1 but is never named: describe its technology and duties',
          ],
        );
        // An explicit minimum overrides the criterion's.
        await setSetting('minRoles', 1);
        await diagnosticsWhen(doc.uri, (d) => d.length === 4 && !d.some((x) => x.message.includes('fully described roles asked for')));
        await setSetting('minRoles', undefined);
        await diagnosticsWhen(doc.uri, (d) => d.length === 5);

        const before = roles.datasetNotices().length;
        await write({ criterion: { code: '2.1', mustDescribe: ['wizard'] } });
        const problem = await datasetProblemWith(roles, 'wizard', 'the broken criterion');
        equal(problem, 'criterion-2.1.json: criterion.mustDescribe[0]: "wizard" is not the id of any role');
        await until(() => roles.status().text === 'Roles: 1 of 2 described', `the status without a criterion (now "${roles.status().text}")`);
        const shown = await noticesSince(roles, before);
        equal(shown.length, 1, `notices ${JSON.stringify(shown)}`);
      } finally {
        await setSetting('minRoles', undefined);
        await setSetting('datasetFiles', undefined);
        await vscode.workspace.fs.delete(criterion).then(undefined, () => undefined);
        await closeAll();
      }
    });
  });
}
