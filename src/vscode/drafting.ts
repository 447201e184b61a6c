/**
 * Quiet while drafting: a role's `missing-technology` and `missing-duties`
 * problems wait while the student is still writing that role's text.
 *
 * A role is being drafted when its text (the sentences of `RoleCoverage.scope`,
 * or its mentions when it has none) was edited in the last `pauseSeconds` and
 * the cursor of the active editor is inside that text. Its two problems are
 * held back until the cursor leaves the text or the pause passes with no edit;
 * every other problem, the Coverage view and the status bar stay current.
 */
import * as vscode from 'vscode';
import type { RoleCoverage } from '../core/analyze.js';
import type { CheckMessage } from '../core/rules.js';

interface Edit {
  /** Offset in the current text. */
  offset: number;
  /** Date.now() of the edit. */
  at: number;
}

/** What the linter asks: is this message held back now? */
export class DraftingGuard implements vscode.Disposable {
  private readonly edits = new Map<string, Edit[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  /** `republish(document)` is called when what is held may have changed (the cursor moved, a pause passed). */
  constructor(private readonly republish: (document: vscode.TextDocument) => void) {
    this.disposables.push(
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.edits.has(e.textEditor.document.uri.toString())) this.republish(e.textEditor.document);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => {
        for (const document of vscode.workspace.textDocuments) if (this.edits.has(document.uri.toString())) this.republish(document);
      }),
    );
  }

  private static settings(uri: vscode.Uri): { on: boolean; pauseMs: number } {
    const config = vscode.workspace.getConfiguration('courseworkRoles', uri);
    return { on: config.get<boolean>('quietWhileDrafting', true), pauseMs: config.get<number>('quietPauseSeconds', 5) * 1000 };
  }

  /** Records where a document was edited, moving earlier edits with the text. */
  noteChange(event: vscode.TextDocumentChangeEvent): void {
    const document = event.document;
    const key = document.uri.toString();
    const { on, pauseMs } = DraftingGuard.settings(document.uri);
    if (!on) return;
    const now = Date.now();
    const edits = (this.edits.get(key) ?? []).filter((e) => now - e.at < pauseMs);
    for (const change of event.contentChanges) {
      const delta = change.text.length - change.rangeLength;
      for (const e of edits) {
        if (e.offset >= change.rangeOffset + change.rangeLength) e.offset += delta;
        else if (e.offset > change.rangeOffset) e.offset = change.rangeOffset + change.text.length;
      }
      edits.push({ offset: change.rangeOffset + change.text.length, at: now });
    }
    this.edits.set(key, edits);
    // When the pause passes with no further edit, show what was held.
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.edits.delete(key);
        if (!document.isClosed) this.republish(document);
      }, pauseMs + 50),
    );
  }

  /** The messages to show now: all but the held ones. */
  shown(document: vscode.TextDocument, roles: readonly RoleCoverage[], messages: readonly CheckMessage[]): CheckMessage[] {
    const key = document.uri.toString();
    const { on, pauseMs } = DraftingGuard.settings(document.uri);
    const edits = (this.edits.get(key) ?? []).filter((e) => Date.now() - e.at < pauseMs);
    const editor = vscode.window.activeTextEditor;
    if (!on || edits.length === 0 || editor?.document !== document) return [...messages];
    const text = document.getText();
    const cursors = editor.selections.map((s) => document.offsetAt(s.active));
    const drafting = new Set<string>();
    for (const role of roles) {
      const ranges = (role.scope.length ? role.scope : role.mentions).map((r) => ({ start: r.start, end: DraftingGuard.pastSpaces(text, r.end) }));
      const inside = (offset: number): boolean => ranges.some((r) => r.start <= offset && offset <= r.end);
      if (edits.some((e) => inside(e.offset)) && cursors.some(inside)) drafting.add(role.id);
    }
    return messages.filter((m) => !(m.roleId && drafting.has(m.roleId) && (m.ruleId === 'missing-technology' || m.ruleId === 'missing-duties')));
  }

  /** A range's end moved past the spaces after it: "Sonographers |" is still inside the text. */
  private static pastSpaces(text: string, end: number): number {
    let i = end;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    return i;
  }

  /** Forgets a document (closed). */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.edits.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
