/** Completion, hover and quick-fix providers: conversions of the core's plain data. */
import * as vscode from 'vscode';
import { COPY_REFERENCE_COMMAND, completionsAt, harvardReference, hoverAt, quickFixes } from '../core/assist.js';
import type { Source } from '../core/dataset.js';
import type { RuleId } from '../core/rules.js';
import type { DatasetService } from './datasets.js';
import { DIAGNOSTIC_SOURCE, Linter } from './linter.js';

/** A card as Markdown whose only trusted command is *Copy reference*. */
function card(markdown: string): vscode.MarkdownString {
  const text = new vscode.MarkdownString(markdown);
  text.isTrusted = { enabledCommands: [COPY_REFERENCE_COMMAND] };
  return text;
}

/** *Copy reference*: puts a Harvard-style reference to a source, accessed today, on the clipboard. */
export async function copyReference(source: unknown): Promise<string | undefined> {
  const s = source as Partial<Source> | undefined;
  if (!s || typeof s.title !== 'string' || (s.url !== undefined && typeof s.url !== 'string')) return undefined;
  const reference = harvardReference({ title: s.title, ...(s.url ? { url: s.url } : {}) }, new Date());
  await vscode.env.clipboard.writeText(reference);
  void vscode.window.setStatusBarMessage(`Reference copied: ${reference}`, 4000);
  return reference;
}

const enabled = (uri: vscode.Uri, feature: string): boolean => vscode.workspace.getConfiguration('courseworkRoles', uri).get<boolean>(`${feature}.enabled`, true);

/** Offers role names and aliases (and, inside a role's text, its technologies). */
export class RoleCompletionProvider implements vscode.CompletionItemProvider {
  constructor(
    private readonly linter: Linter,
    private readonly datasets: DatasetService,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    if (!enabled(document.uri, 'completions')) return undefined;
    const report = this.linter.reportFor(document);
    if (!report) return undefined;
    const offset = document.offsetAt(position);
    const context = completionsAt(document.getText(), offset, report, this.datasets.checker.dataset);
    if (!context) return undefined;
    const range = new vscode.Range(document.positionAt(context.start), position);
    return context.items.map((data) => {
      const item = new vscode.CompletionItem(data.label, data.kind === 'role' ? vscode.CompletionItemKind.Class : vscode.CompletionItemKind.Value);
      item.detail = data.detail;
      item.documentation = card(data.documentation);
      item.sortText = data.sortText;
      item.range = range;
      return item;
    });
  }
}

/** Shows the card of a role or technology under the pointer. */
export class RoleHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly linter: Linter,
    private readonly datasets: DatasetService,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!enabled(document.uri, 'hovers')) return undefined;
    const report = this.linter.reportFor(document);
    if (!report) return undefined;
    const hover = hoverAt(report, document.offsetAt(position), this.datasets.checker.dataset, document.getText());
    if (!hover) return undefined;
    return new vscode.Hover(card(hover.markdown), new vscode.Range(document.positionAt(hover.start), document.positionAt(hover.end)));
  }
}

/** Quick fixes for the extension's own diagnostics: a sentence stem to complete, and disable comments. */
export class RoleCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly linter: Linter,
    private readonly datasets: DatasetService,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const report = this.linter.reportFor(document);
    if (!report) return [];
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    for (const diagnostic of ours) {
      const rule = (typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code) as RuleId;
      const start = document.offsetAt(diagnostic.range.start);
      const message = report.messages.find((m) => m.ruleId === rule && m.start === start);
      if (!message) continue;
      for (const fix of quickFixes(text, report, message, this.datasets.checker.dataset)) {
        if (seen.has(fix.title)) continue;
        seen.add(fix.title);
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred;
        const at = document.positionAt(fix.insertion.offset);
        if (fix.preferred) {
          // A snippet, so the student fills in the placeholders: a prompt, never an answer.
          action.command = { title: fix.title, command: 'courseworkRoles.insertSnippet', arguments: [document.uri, at, fix.insertion.snippet] };
        } else {
          const edit = new vscode.WorkspaceEdit();
          edit.insert(document.uri, at, fix.insertion.text);
          action.edit = edit;
        }
        actions.push(action);
      }
    }
    return actions;
  }
}

/** Inserts a snippet at a position of a document, as one undoable edit. */
export async function insertSnippet(uri: vscode.Uri, position: vscode.Position, snippet: string): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  return editor.insertSnippet(new vscode.SnippetString(snippet), position);
}
