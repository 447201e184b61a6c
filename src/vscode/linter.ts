/**
 * Runs the checker on Markdown documents and publishes diagnostics: one
 * DiagnosticCollection, a per-document debounce, a generation counter so a
 * stale result is never published, and the latest report of each document
 * kept for the other features (hover, completion, coverage).
 */
import * as vscode from 'vscode';
import type { DocumentReport } from '../core/check.js';
import { DEFAULT_LIMITS, skipReason } from '../core/limits.js';
import { DocumentSession } from '../core/session.js';
import { type CheckMessage, type CheckOptions, type RuleId, type Severity } from '../core/rules.js';
import type { DatasetService } from './datasets.js';
import { DraftingGuard } from './drafting.js';
import { HELP_SCHEME, helpUri } from './help.js';
import type { Log } from './log.js';

/** The diagnostics' source, as shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'Coursework Roles';

const SETTING_OF: Record<RuleId, string> = {
  'missing-technology': 'severity.missingTechnology',
  'missing-duties': 'severity.missingDuties',
  'too-few-roles': 'severity.tooFewRoles',
  'required-role': 'severity.requiredRole',
};

/** Check options from the user's settings for a document. */
export function optionsFor(uri: vscode.Uri): CheckOptions {
  const config = vscode.workspace.getConfiguration('courseworkRoles', uri);
  const severity: Partial<Record<RuleId, Severity>> = {};
  for (const [rule, key] of Object.entries(SETTING_OF) as [RuleId, string][]) severity[rule] = config.get<Severity>(key, 'warning');
  // A minimum set anywhere overrides a criterion's; left at its default, the criterion decides.
  const min = config.inspect<number>('minRoles');
  const explicit = [min?.globalValue, min?.workspaceValue, min?.workspaceFolderValue, min?.globalLanguageValue, min?.workspaceLanguageValue, min?.workspaceFolderLanguageValue].some((v) => v !== undefined);
  return { ...(explicit ? { minRoles: config.get<number>('minRoles', 0) } : {}), severity };
}

function severityOf(severity: CheckMessage['severity']): vscode.DiagnosticSeverity {
  return severity === 'error' ? vscode.DiagnosticSeverity.Error : severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
}

/** A checker message as a VS Code diagnostic. */
export function toDiagnostic(document: vscode.TextDocument, message: CheckMessage): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(message.start), document.positionAt(message.end));
  const diagnostic = new vscode.Diagnostic(range, message.message, severityOf(message.severity));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  // The code opens the rule's bundled page (see help.ts), offline.
  diagnostic.code = { value: message.ruleId, target: helpUri(message.ruleId) };
  diagnostic.relatedInformation = message.related.map(
    (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, new vscode.Range(document.positionAt(r.start), document.positionAt(r.end))), 'Also named here'),
  );
  return diagnostic;
}

interface Entry {
  version: number;
  report: DocumentReport;
  messages: CheckMessage[];
  /** What was last published (each message's rule, severity and places), so the same is not published twice. */
  published?: string;
}

/** Lints Markdown documents as they change. */
export class Linter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('coursework-roles');
  private readonly reports = new Map<string, Entry>();
  /** Per document: re-checks only what an edit changed. */
  private readonly sessions = new Map<string, DocumentSession>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly updated = new vscode.EventEmitter<vscode.TextDocument>();
  /** Holds back a role's missing-* problems while its text is being written. */
  private readonly drafting = new DraftingGuard((document) => this.publish(document));
  private readonly disposables: vscode.Disposable[] = [this.collection, this.updated, this.drafting];

  /** Documents not checked, with the reason (too large, too deeply nested). */
  private readonly skipped = new Map<string, string>();

  /** Fires after a document's report (and diagnostics) are updated. */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly datasets: DatasetService,
    private readonly log: Log,
  ) {
    const ws = vscode.workspace;
    this.disposables.push(
      ws.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      ws.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && Linter.isMarkdown(e.document)) this.drafting.noteChange(e);
        if (e.contentChanges.length > 0 && this.mode(e.document) === 'onType') this.schedule(e.document, this.delay(e.document));
        else if (e.contentChanges.length > 0) this.invalidate(e.document);
      }),
      ws.onDidSaveTextDocument((d) => this.schedule(d, 0)),
      // A document shown again after its tab closed may never have been closed itself.
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) if (!this.reports.has(editor.document.uri.toString())) this.schedule(editor.document, 0);
      }),
      ws.onDidCloseTextDocument((d) => this.forget(d.uri)),
      // A closed tab does not close its document at once: clear when no tab shows it any more.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          const uri = tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
          if (uri && !Linter.isShown(uri)) this.forget(uri);
        }
      }),
      ws.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('courseworkRoles')) this.lintAll();
      }),
      datasets.onDidChange(() => {
        // Sessions hold facts matched against the old dataset.
        this.sessions.clear();
        this.lintAll();
      }),
    );
  }

  private mode(document: vscode.TextDocument): 'onType' | 'onSave' {
    return vscode.workspace.getConfiguration('courseworkRoles', document.uri).get<'onType' | 'onSave'>('run', 'onType');
  }

  private delay(document: vscode.TextDocument): number {
    return vscode.workspace.getConfiguration('courseworkRoles', document.uri).get<number>('debounceMs', 300);
  }

  /** Whether the extension checks this document (an answer, not one of its own rule pages). */
  static isMarkdown(document: vscode.TextDocument): boolean {
    return document.languageId === 'markdown' && document.uri.scheme !== HELP_SCHEME;
  }

  private static isShown(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
  }

  /** Checks every open Markdown document again (settings or dataset changed). */
  lintAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  private invalidate(document: vscode.TextDocument): void {
    // In on-save mode the text moved on: keep the diagnostics until the save.
    const key = document.uri.toString();
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
  }

  /** Checks a document after `delay` milliseconds, replacing any pending check. */
  schedule(document: vscode.TextDocument, delay: number): void {
    if (!Linter.isMarkdown(document)) return;
    const key = document.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (this.generations.get(key) !== generation || document.isClosed) return;
        this.lintNow(document);
      }, delay),
    );
  }

  /** Why a document is not checked, or undefined. */
  skipReasonFor(document: vscode.TextDocument): string | undefined {
    return this.skipped.get(document.uri.toString());
  }

  /** Whether the document is checked at all: small and shallow enough (see limits.ts). */
  private admit(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    const kb = vscode.workspace.getConfiguration('courseworkRoles', document.uri).get<number>('maxFileSizeKB', 1024);
    const reason = skipReason(document.getText(), { ...DEFAULT_LIMITS, maxLength: kb * 1024 });
    if (!reason) {
      this.skipped.delete(key);
      return true;
    }
    if (this.skipped.get(key) !== reason) this.log.info(`Not checking ${document.uri.toString(true)}: ${reason}.`);
    this.skipped.set(key, reason);
    this.sessions.delete(key);
    this.reports.delete(key);
    this.collection.delete(document.uri);
    return false;
  }

  /** Checks a document now and publishes the result. */
  lintNow(document: vscode.TextDocument): DocumentReport | undefined {
    const key = document.uri.toString();
    if (!this.admit(document)) {
      this.updated.fire(document);
      return undefined;
    }
    try {
      const report = this.check(document);
      this.reports.set(key, { version: document.version, report, messages: report.messages });
      this.publish(document);
      this.updated.fire(document);
      return report;
    } catch (error) {
      this.log.error(`Checking ${document.uri.toString(true)} failed: ${(error as Error).stack ?? String(error)}`);
      return undefined;
    }
  }

  /** Publishes a document's latest messages as diagnostics, but for those held back while drafting. */
  private publish(document: vscode.TextDocument): void {
    const entry = this.reports.get(document.uri.toString());
    if (!entry || entry.version !== document.version) return;
    const enabled = vscode.workspace.getConfiguration('courseworkRoles', document.uri).get<boolean>('diagnostics.enabled', true);
    const shown = enabled ? this.drafting.shown(document, entry.report.coverage.roles, entry.messages) : [];
    const key = shown.map((m) => `${m.ruleId} ${m.severity} ${m.start}-${m.end} ${m.related.map((r) => r.start).join(':')}`).join();
    if (entry.published === key && this.collection.has(document.uri)) return;
    entry.published = key;
    this.collection.set(document.uri, shown.map((m) => toDiagnostic(document, m)));
  }

  /** The latest report of a document if it matches the document's text, checking it if not. */
  reportFor(document: vscode.TextDocument): DocumentReport | undefined {
    if (!Linter.isMarkdown(document)) return undefined;
    const entry = this.reports.get(document.uri.toString());
    if (entry && entry.version === document.version) return entry.report;
    if (!this.admit(document)) return undefined;
    // Hover and completion need the current text: check without publishing.
    try {
      return this.check(document);
    } catch (error) {
      this.log.error(`Checking ${document.uri.toString(true)} failed: ${(error as Error).message}`);
      return undefined;
    }
  }

  private check(document: vscode.TextDocument): DocumentReport {
    const key = document.uri.toString();
    let session = this.sessions.get(key);
    if (!session) {
      session = new DocumentSession(this.datasets.checker);
      this.sessions.set(key, session);
    }
    return session.update(document.getText(), optionsFor(document.uri));
  }

  /** The published messages of a document. */
  messagesFor(uri: vscode.Uri): CheckMessage[] {
    return this.reports.get(uri.toString())?.messages ?? [];
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.reports.delete(key);
    this.sessions.delete(key);
    this.skipped.delete(key);
    this.drafting.forget(uri);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
