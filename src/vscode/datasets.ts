/**
 * The dataset the extension checks with: the bundled one plus the workspace's
 * `.coursework-roles.json` and any files named in settings, reloaded when
 * they change. A broken file is reported once (Output channel and one
 * warning) and the bundled dataset keeps working.
 */
import * as vscode from 'vscode';
import { Checker } from '../core/check.js';
import { DatasetError, datasetWith, parseDatasetText, type DatasetFile } from '../core/dataset.js';
import type { Log } from './log.js';

/** The workspace file that adds or extends roles. */
export const WORKSPACE_FILE = '.coursework-roles.json';

/** Holds the current checker and rebuilds it when a dataset file changes. */
export class DatasetService implements vscode.Disposable {
  private current = new Checker();
  private readonly changed = new vscode.EventEmitter<Checker>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private lastProblem: string | undefined;
  private loading: Promise<void> = Promise.resolve();

  /** Fires with the new checker after a reload. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${WORKSPACE_FILE}`);
    const reload = (): void => void this.reload();
    this.disposables.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('courseworkRoles.datasetFiles')) reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    );
  }

  /** The checker to use now. */
  get checker(): Checker {
    return this.current;
  }

  /** Resolves when the latest reload has finished. */
  ready(): Promise<void> {
    return this.loading;
  }

  /** The problem with the user's dataset files, if any. */
  get problem(): string | undefined {
    return this.lastProblem;
  }

  /** Reads every dataset file again and swaps in a new checker. */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.load());
    return this.loading;
  }

  private async files(): Promise<vscode.Uri[]> {
    const uris: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      uris.push(vscode.Uri.joinPath(folder.uri, WORKSPACE_FILE));
      const extra = vscode.workspace.getConfiguration('courseworkRoles', folder.uri).get<string[]>('datasetFiles', []);
      for (const path of extra) uris.push(path.startsWith('/') ? folder.uri.with({ path }) : vscode.Uri.joinPath(folder.uri, path));
    }
    return uris;
  }

  private async load(): Promise<void> {
    const files: { file: DatasetFile; name: string }[] = [];
    let problem: string | undefined;
    for (const uri of await this.files()) {
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        // The workspace file is optional; a file named in settings is not.
        if (!uri.path.endsWith(`/${WORKSPACE_FILE}`)) problem ??= `${vscode.workspace.asRelativePath(uri)}: cannot be read (is the path in courseworkRoles.datasetFiles right?)`;
        continue;
      }
      try {
        files.push({ file: parseDatasetText(text, vscode.workspace.asRelativePath(uri)), name: vscode.workspace.asRelativePath(uri) });
      } catch (error) {
        if (!(error instanceof DatasetError)) throw error;
        problem ??= error.message;
      }
    }
    let checker: Checker;
    try {
      checker = new Checker(datasetWith(problem ? [] : files));
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      problem = error.message;
      checker = new Checker();
    }
    this.report(problem);
    this.current = checker;
    this.changed.fire(checker);
  }

  private report(problem: string | undefined): void {
    if (problem === this.lastProblem) return;
    this.lastProblem = problem;
    if (!problem) {
      this.log.info('Dataset files loaded.');
      return;
    }
    this.log.error(`Dataset not used: ${problem}. The bundled roles are still checked.`);
    void vscode.window
      .showWarningMessage(`Coursework Roles: your dataset file has a problem (${problem}). The bundled roles are still checked.`, 'Show details')
      .then((choice) => {
        if (choice) this.log.show();
      });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
