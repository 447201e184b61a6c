/**
 * Activation, shared by the node and browser builds: registers the features
 * and returns an API that tests (and other extensions) use as their handle.
 */
import * as vscode from 'vscode';
import type { DocumentReport } from '../core/check.js';
import { CoverageStatus, CoverageTree, showCoverageReport, WordStatus } from './coverage.js';
import { DatasetService } from './datasets.js';
import exampleAnswer from '../../examples/weak-answer.md';
import { explainRule, RuleHelp, showRuleHelp } from './help.js';
import { Linter } from './linter.js';
import { Log } from './log.js';
import { copyReference, insertSnippet, RoleCodeActionProvider, RoleCompletionProvider, RoleHoverProvider } from './providers.js';

/** What `activate()` returns. */
export interface CourseworkRolesApi {
  /** The current report of a document (checked now if it changed). */
  reportFor(document: vscode.TextDocument): DocumentReport | undefined;
  /** The status bar text and tooltip as shown now. */
  status(): { text: string; tooltip: string; visible: boolean };
  /** The word count in the status bar as shown now, and whether it has the warning colour. */
  words(): { text: string; tooltip: string; visible: boolean; warning: boolean };
  /** The Coverage view's top-level items, as shown now. */
  coverageItems(): vscode.TreeItem[];
  /** The problem with the user's dataset files, if any. */
  datasetProblem(): string | undefined;
  /** The dataset notifications shown so far, oldest first. */
  datasetNotices(): readonly string[];
  /** Resolves after pending dataset reloads. */
  datasetsReady(): Promise<void>;
  /** Fires after a document is checked. */
  onDidCheck: vscode.Event<vscode.TextDocument>;
}

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

/** The walkthrough, as `workbench.action.openWalkthrough` names it. */
export const WALKTHROUGH = 'coursework-roles.coursework-roles#firstAnswer';
const WALKTHROUGH_SHOWN = 'courseworkRoles.walkthroughShown';

/** Opens the bundled example answer as a new, unsaved Markdown document. */
async function openExample(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: exampleAnswer });
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
}

/** Starts the extension. */
export function activate(context: vscode.ExtensionContext): CourseworkRolesApi {
  const log = new Log();
  const datasets = new DatasetService(log);
  const linter = new Linter(datasets, log);
  const tree = new CoverageTree(linter, datasets);
  const status = new CoverageStatus(linter, datasets);
  const words = new WordStatus(linter);
  const view = vscode.window.createTreeView('courseworkRoles.coverage', { treeDataProvider: tree, showCollapseAll: true });

  const refresh = (): void => {
    const editor = vscode.window.activeTextEditor;
    const document = editor && Linter.isMarkdown(editor.document) ? editor.document : undefined;
    tree.show(document);
    status.show(document);
    words.show(document);
  };

  context.subscriptions.push(
    log,
    datasets,
    linter,
    tree,
    status,
    words,
    view,
    new RuleHelp(),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new RoleCompletionProvider(linter, datasets)),
    vscode.languages.registerHoverProvider(MARKDOWN, new RoleHoverProvider(linter, datasets)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new RoleCodeActionProvider(linter, datasets), { providedCodeActionKinds: RoleCodeActionProvider.kinds }),
    vscode.commands.registerCommand('courseworkRoles.showCoverageReport', () => showCoverageReport(linter, datasets, vscode.window.activeTextEditor?.document ?? tree.shown)),
    vscode.commands.registerCommand('courseworkRoles.showCoverageView', () => vscode.commands.executeCommand('courseworkRoles.coverage.focus')),
    vscode.commands.registerCommand('courseworkRoles.insertSnippet', insertSnippet),
    vscode.commands.registerCommand('courseworkRoles.reloadDataset', () => datasets.reload()),
    vscode.commands.registerCommand('courseworkRoles.showRuleHelp', (ruleId: unknown) => showRuleHelp(typeof ruleId === 'string' ? ruleId : 'missing-technology')),
    vscode.commands.registerCommand('courseworkRoles.explainRule', explainRule),
    vscode.commands.registerCommand('courseworkRoles.copyReference', copyReference),
    vscode.commands.registerCommand('courseworkRoles.openExample', openExample),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    linter.onDidUpdate((document) => {
      if (vscode.window.activeTextEditor?.document === document) refresh();
    }),
  );

  log.info('Coursework Roles started.');
  // The walkthrough once, on the first start after install (VS Code also opens it itself when the
  // extension is installed from the Extensions view); never in test runs of the extension.
  if (!context.globalState.get<boolean>(WALKTHROUGH_SHOWN) && context.extensionMode !== vscode.ExtensionMode.Test) {
    void context.globalState.update(WALKTHROUGH_SHOWN, true);
    void vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, true);
  }
  void datasets.reload();
  linter.lintAll();
  refresh();

  return {
    reportFor: (document) => linter.reportFor(document),
    status: () => {
      // What the status bar item shows now, without its icon.
      refresh();
      const text = status.item.text.replace(/^\$\([\w-]+\) /, '');
      return { text, tooltip: String(status.item.tooltip ?? ''), visible: status.visible };
    },
    words: () => {
      refresh();
      return { text: words.item.text, tooltip: String(words.item.tooltip ?? ''), visible: words.visible, warning: words.item.backgroundColor !== undefined };
    },
    coverageItems: () => tree.getChildren().map((node) => tree.getTreeItem(node)),
    datasetProblem: () => datasets.problem,
    datasetNotices: () => datasets.notices,
    datasetsReady: () => datasets.ready(),
    onDidCheck: linter.onDidUpdate,
  };
}

/** Nothing to do: every resource is in `context.subscriptions`. */
export function deactivate(): void {}
