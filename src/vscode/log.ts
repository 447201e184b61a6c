/** The extension's Output channel: timestamped lines, never a modal while the student types. */
import * as vscode from 'vscode';

/** Writes to the "Coursework Roles" Output channel. */
export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Coursework Roles');

  info(text: string): void {
    this.channel.appendLine(`[${new Date().toISOString()}] ${text}`);
  }

  error(text: string): void {
    this.channel.appendLine(`[${new Date().toISOString()}] ERROR ${text}`);
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
