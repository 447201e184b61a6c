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
      equal(items.map((i) => `${String(i.label)}: ${String(i.description)}`), ['Radiographer: fully described', 'Sonographer: duties missing', 'Clinical Coder: technology and duties missing']);
      const before = vscode.workspace.textDocuments.length;
      await vscode.commands.executeCommand('courseworkRoles.showCoverageReport');
      const report = await until(() => vscode.workspace.textDocuments.find((d) => d.isUntitled && d.getText().startsWith('# Coverage report')), 'the report');
      ok(vscode.workspace.textDocuments.length > before, 'no report opened');
      ok(report.getText().includes('| Sonographer | 7 | ✓'), report.getText());
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
