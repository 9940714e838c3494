import * as vscode from 'vscode';
import type { Position, Range } from 'vscode-languageclient/node';

/** Opens the document (if needed) and selects the range: how every "go to first mention" ends. */
export async function revealRange(uri: string, range: Range): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const selection = new vscode.Range(
    range.start.line,
    range.start.character,
    range.end.line,
    range.end.character,
  );
  const editor = await vscode.window.showTextDocument(document, { selection, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * The server's "N mentions of X" code lens command (`dateline.showMentions`, arguments
 * `[uri, position]` as LSP JSON): VS Code's peek view of every mention, from the server's references.
 */
export async function showMentions(uri: string, position: Position): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const at = new vscode.Position(position.line, position.character);
  const locations = await vscode.commands.executeCommand<vscode.Location[]>(
    'vscode.executeReferenceProvider',
    target,
    at,
  );
  await vscode.commands.executeCommand('editor.action.showReferences', target, at, locations ?? []);
}
