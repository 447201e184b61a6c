/**
 * The rule pages (docs/rules/*.md), bundled as text and opened in VS Code's
 * Markdown preview: from a problem's code link, from the walkthrough and from
 * *Coursework Roles: Explain a rule*. Offline in every host, vscode.dev too.
 *
 * A problem's code target is `coursework-roles-help:/<rule>.md`, which this
 * module serves. The Problems panel and the editor hover open it as a text
 * editor in the answer's group (a `command:` target would do nothing from the
 * hover, which opens code links without allowing commands); the extension closes it, brings the answer back if that text
 * editor took its (preview) tab, and shows the page's preview beside it.
 */
import * as vscode from 'vscode';
import missingDuties from '../../docs/rules/missing-duties.md';
import missingTechnology from '../../docs/rules/missing-technology.md';
import requiredRole from '../../docs/rules/required-role.md';
import tooFewRoles from '../../docs/rules/too-few-roles.md';

/** The URI scheme of the bundled rule pages. */
export const HELP_SCHEME = 'coursework-roles-help';

/** Each rule's page, by rule id. */
export const RULE_PAGES: Readonly<Record<string, string>> = {
  'missing-technology': missingTechnology,
  'missing-duties': missingDuties,
  'too-few-roles': tooFewRoles,
  'required-role': requiredRole,
};

/** The address of a rule's bundled page. */
export function helpUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: HELP_SCHEME, path: `/${ruleId}.md` });
}

function ruleOf(uri: vscode.Uri): string {
  return uri.path.replace(/^\//, '').replace(/\.md$/, '');
}

/** Opens a rule's page in the Markdown preview, beside the answer. */
export async function showRuleHelp(ruleId: string): Promise<void> {
  await vscode.commands.executeCommand('markdown.showPreviewToSide', helpUri(ruleId));
}

/** Serves the pages and turns a page opened as text (a clicked code link) into its preview. */
export class RuleHelp implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  /** The last editor that was not a rule page: the answer a clicked code link came from. */
  private answer: { uri: vscode.Uri; column: vscode.ViewColumn | undefined } | undefined;

  constructor() {
    const active = vscode.window.activeTextEditor;
    if (active && active.document.uri.scheme !== HELP_SCHEME) this.answer = { uri: active.document.uri, column: active.viewColumn };
    this.disposables = [
      vscode.workspace.registerTextDocumentContentProvider(HELP_SCHEME, this),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.uri.scheme === HELP_SCHEME) void this.swapForPreview(editor.document.uri);
        else if (editor) this.answer = { uri: editor.document.uri, column: editor.viewColumn };
      }),
    ];
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const rule = ruleOf(uri);
    return RULE_PAGES[rule] ?? `# ${rule}\n\nCoursework Roles has no rule called \`${rule}\`.\n`;
  }

  private async swapForPreview(uri: vscode.Uri): Promise<void> {
    // The page opened in the answer's group and may have replaced the answer's preview tab: bring it back.
    const answer = this.answer;
    if (answer) await vscode.window.showTextDocument(answer.uri, { viewColumn: answer.column, preview: false });
    await showRuleHelp(ruleOf(uri));
    const key = uri.toString();
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key);
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** *Explain a rule*: pick a rule, read its page. */
export async function explainRule(): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    Object.entries(RULE_PAGES).map(([id, text]) => ({ label: id, detail: /\*\*(.+?)\*\*/.exec(text)?.[1] ?? '' })),
    { title: 'Coursework Roles: which rule?' },
  );
  if (picked) await showRuleHelp(picked.label);
}
