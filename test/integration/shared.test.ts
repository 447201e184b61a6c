/**
 * Extension-host tests that run in both hosts: the node extension host
 * (code-server) and the web worker (VS Code for the web).
 */
import * as vscode from 'vscode';
import type { CourseworkRolesApi } from '../../src/vscode/extension.js';
import { equal, ok, until } from './expect.js';

export const EXTENSION_ID = 'coursework-roles.coursework-roles';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Resolves with the document's diagnostics once `accept` holds, waiting on onDidChangeDiagnostics. */
export function diagnosticsWhen(uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean, ms = 15000): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      clearTimeout(timer);
      listener.dispose();
      resolve(diagnostics);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for diagnostics on ${uri.path}: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.message))}`));
    }, ms);
    check();
  });
}

export const describeDiagnostic = (d: vscode.Diagnostic): string => {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${code} ${d.message}`;
};

export async function api(): Promise<CourseworkRolesApi> {
  const extension = vscode.extensions.getExtension<CourseworkRolesApi>(EXTENSION_ID);
  ok(extension, `${EXTENSION_ID} is not installed`);
  await until(() => extension.isActive, 'activation');
  // Resolves with the API, or rejects with the reason activation failed.
  return extension.activate();
}

export async function labelsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.filter((i) => i.kind === vscode.CompletionItemKind.Class || i.kind === vscode.CompletionItemKind.Value);
}

export const labelOf = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** The tests both hosts run. */
export function sharedSuite(): void {
  describe('Coursework Roles in a real VS Code', function () {
    this.timeout(30000);
    let answer: vscode.TextDocument;
    let writing: vscode.TextDocument;

    before(async () => {
      answer = await vscode.workspace.openTextDocument(workspaceFile('answer.md'));
      await vscode.window.showTextDocument(answer);
      writing = await vscode.workspace.openTextDocument(workspaceFile('writing.md'));
      await api();
    });

    it('gives the fixture answer exactly the expected diagnostics', async () => {
      const diagnostics = await diagnosticsWhen(answer.uri, (d) => d.length >= 3);
      equal(diagnostics.map(describeDiagnostic), [
        '6:3-6:15 missing-duties Sonographer is named but its duties are not described',
        '10:3-10:18 missing-technology Clinical Coder is named but no specific technology it uses is described',
        '10:3-10:18 missing-duties Clinical Coder is named but its duties are not described',
      ]);
      equal(diagnostics.map((d) => d.source), ['Coursework Roles', 'Coursework Roles', 'Coursework Roles']);
      const related = diagnostics[1]!.relatedInformation ?? [];
      equal(related.map((r) => `${r.location.range.start.line}:${r.location.range.start.character}`), ['12:0', '12:38']);
      const code = diagnostics[1]!.code as { value: string; target: vscode.Uri };
      equal(code.target.toString(), 'coursework-roles-help:/missing-technology.md', 'code target');
    });

    it('offers role names in the case the sentence needs, with documentation', async () => {
      const line = writing.lineAt(2);
      const items = await labelsAt(writing.uri, line.range.end);
      const sonographer = items.find((i) => labelOf(i) === 'sonographer');
      ok(sonographer, `no "sonographer" among ${items.map(labelOf).slice(0, 20).join(', ')}`);
      ok(items.some((i) => labelOf(i) === 'ultrasonographer'), 'no alias "ultrasonographer"');
      ok(String(sonographer.detail).length > 20, 'no summary as detail');
      const docs = sonographer.documentation as vscode.MarkdownString;
      ok(docs.value.includes('**Duties**'), `documentation: ${docs.value}`);
      const headingItems = await labelsAt(writing.uri, new vscode.Position(0, 7));
      ok(headingItems.some((i) => labelOf(i) === 'Sonographer'), 'no capitalised "Sonographer" in a heading');
    });

    it('offers nothing inside a code block', async () => {
      const items = await labelsAt(writing.uri, new vscode.Position(5, 4));
      equal(items.map(labelOf).filter((l) => /sonographer/i.test(l)), []);
    });

    it('shows the role card on a name, an alias and a plural, and a technology card', async () => {
      const text = answer.getText();
      const at = (word: string): vscode.Position => answer.positionAt(text.indexOf(word) + 2);
      for (const word of ['Radiographers use', 'Sonographers use', 'clinical coder works']) {
        const card = await hoverText(answer.uri, at(word));
        ok(card.includes('**Technologies**') && card.includes('**Duties**') && card.includes('*Sources:*'), `hover on ${word}: ${card}`);
      }
      const pump = writing.getText().indexOf('infusion pump');
      const tech = await hoverText(writing.uri, writing.positionAt(pump + 3));
      ok(tech.includes('**infusion pump**') && tech.includes('**Used by**'), `technology hover: ${tech}`);
    });
  });
}
