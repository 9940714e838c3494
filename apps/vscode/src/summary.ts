import * as vscode from 'vscode';
import { type RequestSender, SUMMARY_REQUEST, type SummaryResult } from './protocol';

export const SUMMARY_SCHEME = 'dateline-summary';

/**
 * Read-only virtual Markdown documents holding the server's summary card of a source document
 * (`dateline-summary:/Summary of <name>.md?<source uri>`). Read-only, so closing one never asks
 * to save; shown in VS Code's own Markdown preview, which keeps its default (untrusted) security.
 */
export class SummaryDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly shown = new Map<string, vscode.Uri>();

  constructor(private readonly client: RequestSender) {}

  uriFor(source: vscode.Uri): vscode.Uri {
    const name = source.path.slice(source.path.lastIndexOf('/') + 1) || 'document';
    const uri = vscode.Uri.from({
      scheme: SUMMARY_SCHEME,
      path: `/Summary of ${name}.md`,
      query: source.toString(),
    });
    this.shown.set(source.toString(), uri);
    return uri;
  }

  /** The source was analysed again: an open summary of it follows. */
  sourceChanged(source: string): void {
    const uri = this.shown.get(source);
    if (uri) this.changed.fire(uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    try {
      const { markdown } = await this.client.sendRequest<SummaryResult>(SUMMARY_REQUEST, { uri: uri.query });
      return markdown;
    } catch (error) {
      return `Dateline could not summarise this document: ${error instanceof Error ? error.message : String(error)}\n`;
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export async function showSummary(documents: SummaryDocuments, source: vscode.Uri): Promise<void> {
  const uri = documents.uriFor(source);
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    // The built-in Markdown extension is disabled: the source text of the card is still readable.
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}
