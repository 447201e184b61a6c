/** The Coverage view in the Explorer, the status bar item and the coverage report. */
import * as vscode from 'vscode';
import { coverageReport, roleWords, statusOf, whatWasRead, wordStatus, wordsText } from '../core/assist.js';
import type { RoleCoverage } from '../core/analyze.js';
import type { DatasetService } from './datasets.js';
import { Linter } from './linter.js';

/** A node of the Coverage tree: a role, or one of its two parts. */
export interface CoverageNode {
  role: RoleCoverage;
  part?: 'technology' | 'duties';
}

/** The Coverage tree: each role named in the active Markdown document. */
export class CoverageTree implements vscode.TreeDataProvider<CoverageNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CoverageNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;

  constructor(
    private readonly linter: Linter,
    private readonly datasets: DatasetService,
  ) {}

  /** Shows the coverage of this document (or nothing). */
  show(document: vscode.TextDocument | undefined): void {
    this.document = document && Linter.isMarkdown(document) ? document : undefined;
    this.changed.fire(undefined);
  }

  /** The document shown. */
  get shown(): vscode.TextDocument | undefined {
    return this.document;
  }

  getChildren(node?: CoverageNode): CoverageNode[] {
    if (!this.document) return [];
    if (node) return node.part ? [] : [{ role: node.role, part: 'technology' }, { role: node.role, part: 'duties' }];
    const report = this.linter.reportFor(this.document);
    return (report?.coverage.roles ?? []).map((role) => ({ role }));
  }

  getTreeItem(node: CoverageNode): vscode.TreeItem {
    const document = this.document!;
    const role = node.role;
    if (node.part) {
      const ok = role[node.part];
      const read = whatWasRead(role)[node.part];
      const item = new vscode.TreeItem(node.part === 'technology' ? 'Technology' : 'Duties');
      item.description = ok ? `described: ${read.slice(0, 3).join(', ')}` : 'missing';
      item.iconPath = new vscode.ThemeIcon(ok ? 'pass' : 'warning');
      item.tooltip = ok ? `Read as ${node.part}: ${read.join('; ')}` : node.part === 'technology' ? 'Name a specific technology this practitioner uses.' : 'Say what this practitioner does.';
      return item;
    }
    const full = role.technology && role.duties;
    const report = this.linter.reportFor(document);
    const words = report ? ` · ${wordsText(roleWords(report, document.getText(), role))}` : '';
    const item = new vscode.TreeItem(this.datasets.checker.dataset.roleById.get(role.id)?.name ?? role.id, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `${document.uri.toString()}#${role.id}`;
    item.description = (full ? 'fully described' : [!role.technology && 'technology', !role.duties && 'duties'].filter(Boolean).join(' and ') + ' missing') + words;
    item.iconPath = new vscode.ThemeIcon(full ? 'pass-filled' : 'circle-large-outline');
    const start = document.positionAt(role.main.start);
    item.command = { title: 'Go to mention', command: 'vscode.open', arguments: [document.uri, { selection: new vscode.Range(start, document.positionAt(role.main.end)) }] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The status bar item: "Roles: 5 of 7 described". */
export class CoverageStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('courseworkRoles.status', vscode.StatusBarAlignment.Right, 100);
  /** Whether the item is shown. */
  visible = false;

  constructor(
    private readonly linter: Linter,
    private readonly datasets: DatasetService,
  ) {
    this.item.name = 'Coursework Roles coverage';
    this.item.command = 'courseworkRoles.showCoverageView';
  }

  /** Shows the status of a document, or hides the item. */
  show(document: vscode.TextDocument | undefined): void {
    const report = document ? this.linter.reportFor(document) : undefined;
    const skipped = document && this.linter.skipReasonFor(document);
    if (skipped) {
      this.item.text = '$(circle-slash) Roles: not checked';
      this.item.tooltip = `Coursework Roles does not check this file: ${skipped}. See the courseworkRoles.maxFileSizeKB setting.`;
      this.item.show();
      this.visible = true;
      return;
    }
    if (!report) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const status = statusOf(report, this.datasets.checker.dataset);
    this.item.text = `$(checklist) ${status.text}`;
    this.item.tooltip = `${status.tooltip}\n\nClick to open the Coverage view.`;
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.item.dispose();
  }
}

/** The words of a document's limit setting (0: no limit). */
export function wordLimitFor(uri: vscode.Uri): number {
  return vscode.workspace.getConfiguration('courseworkRoles', uri).get<number>('wordLimit', 0);
}

/** The second status bar item: the answer's words, against the limit if one is set. */
export class WordStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('courseworkRoles.words', vscode.StatusBarAlignment.Right, 99);
  /** Whether the item is shown, and whether it is past the limit. */
  visible = false;
  over = false;

  constructor(private readonly linter: Linter) {
    this.item.name = 'Coursework Roles word count';
    this.item.command = { title: 'Set a word limit', command: 'workbench.action.openSettings', arguments: ['courseworkRoles.wordLimit'] };
  }

  /** Shows the words of a document, or hides the item. */
  show(document: vscode.TextDocument | undefined): void {
    const report = document ? this.linter.reportFor(document) : undefined;
    if (!document || !report) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const status = wordStatus(report, document.getText(), wordLimitFor(document.uri));
    this.over = status.over;
    this.item.text = status.text;
    this.item.tooltip = `${status.tooltip}\n\nClick to set a word limit (courseworkRoles.wordLimit).`;
    this.item.backgroundColor = status.over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.item.dispose();
  }
}

/** Opens the coverage report of a document beside the editor. */
export async function showCoverageReport(linter: Linter, datasets: DatasetService, document: vscode.TextDocument | undefined): Promise<vscode.TextDocument | undefined> {
  if (!document || !Linter.isMarkdown(document)) {
    void vscode.window.showInformationMessage('Coursework Roles: open a Markdown answer to see its coverage report.');
    return undefined;
  }
  const report = linter.reportFor(document);
  if (!report) return undefined;
  const name = document.isUntitled ? document.uri.path : vscode.workspace.asRelativePath(document.uri);
  const content = coverageReport(name, report, datasets.checker.dataset, { source: document.getText(), limit: wordLimitFor(document.uri) });
  const shown = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(shown, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  return shown;
}
