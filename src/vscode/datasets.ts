/**
 * The dataset the extension checks with: the bundled one plus the workspace's
 * `.coursework-roles.json` and any files named in settings, reloaded when
 * they change, appear or disappear. A broken, oversized or vanished file is
 * reported once (Output channel and one warning) and the bundled dataset
 * keeps working.
 */
import * as vscode from 'vscode';
import { Checker } from '../core/check.js';
import { DatasetError, datasetSizeProblem, datasetWith, parseDatasetText, type DatasetFile } from '../core/dataset.js';
import type { Log } from './log.js';

/** The workspace file that adds or extends roles. */
export const WORKSPACE_FILE = '.coursework-roles.json';

function isWorkspaceFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${WORKSPACE_FILE}`);
}

/** Holds the current checker and rebuilds it when a dataset file changes. */
export class DatasetService implements vscode.Disposable {
  private current = new Checker();
  private readonly changed = new vscode.EventEmitter<Checker>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private lastProblem: string | undefined;
  private loading: Promise<void> = Promise.resolve();
  /** Watchers for the files named in `courseworkRoles.datasetFiles`, and which files they are. */
  private extraWatchers: vscode.Disposable[] = [];
  private watchedExtras = '';
  /** The files read last time, so that one which disappears is noticed. */
  private loaded = new Set<string>();
  /** Every notification shown, oldest first. */
  readonly notices: string[] = [];

  /** Fires with the new checker after a reload. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log) {
    const reload = (): void => void this.reload();
    this.disposables.push(
      ...this.watch(`**/${WORKSPACE_FILE}`),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('courseworkRoles.datasetFiles')) reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    );
  }

  /** A watcher that reloads the dataset when what `pattern` matches is created, changed or deleted. */
  private watch(pattern: vscode.GlobPattern): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const reload = (): void => void this.reload();
    return [watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload)];
  }

  /** Watches the files named in settings (the workspace file has its own watcher), when they have changed. */
  private watchExtras(uris: readonly vscode.Uri[]): void {
    const extras = uris.filter((uri) => !isWorkspaceFile(uri));
    const key = extras.join('\n');
    if (key === this.watchedExtras) return;
    this.watchedExtras = key;
    for (const d of this.extraWatchers) d.dispose();
    this.extraWatchers = extras.flatMap((uri) => {
      const slash = uri.path.lastIndexOf('/');
      return this.watch(new vscode.RelativePattern(uri.with({ path: uri.path.slice(0, slash) || '/' }), uri.path.slice(slash + 1)));
    });
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
    const loaded = new Set<string>();
    const removed: string[] = [];
    let problem: string | undefined;
    const uris = await this.files();
    this.watchExtras(uris);
    for (const uri of uris) {
      const name = vscode.workspace.asRelativePath(uri);
      let text: string;
      try {
        const tooBig = datasetSizeProblem((await vscode.workspace.fs.stat(uri)).size, name);
        if (tooBig) {
          problem ??= tooBig.message;
          continue;
        }
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        // The workspace file is optional, but one that was there is missed; a file named in settings is not optional.
        if (!isWorkspaceFile(uri)) problem ??= `${name}: cannot be read (was it removed, or is the path in courseworkRoles.datasetFiles wrong?)`;
        else if (this.loaded.has(uri.toString())) removed.push(name);
        continue;
      }
      loaded.add(uri.toString());
      try {
        files.push({ file: parseDatasetText(text, name), name });
      } catch (error) {
        if (!(error instanceof DatasetError)) throw error;
        problem ??= error.message;
      }
    }
    this.loaded = loaded;
    let checker: Checker;
    try {
      checker = new Checker(datasetWith(problem ? [] : files));
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      problem = error.message;
      checker = new Checker();
    }
    for (const name of removed) this.notify(`${name} was removed, so its roles are no longer checked.`, 'info');
    this.report(problem);
    this.current = checker;
    this.changed.fire(checker);
  }

  private report(problem: string | undefined): void {
    if (problem === this.lastProblem) return;
    this.lastProblem = problem;
    if (problem) this.notify(`your dataset file has a problem (${problem}). The bundled roles are still checked.`, 'warning');
    else this.log.info('Dataset files loaded.');
  }

  /** One line in the Output channel and one notification, with a way to the details. */
  private notify(text: string, level: 'info' | 'warning'): void {
    const notice = `Coursework Roles: ${text}`;
    this.notices.push(notice);
    if (level === 'warning') this.log.error(text);
    else this.log.info(text);
    const show = level === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    void show(notice, 'Show details').then((choice) => {
      if (choice) this.log.show();
    });
  }

  dispose(): void {
    for (const d of [...this.disposables, ...this.extraWatchers]) d.dispose();
  }
}
