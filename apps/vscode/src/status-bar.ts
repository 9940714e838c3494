import * as vscode from 'vscode';
import type { StatusParams } from './protocol';

export const DATELINE_LANGUAGES = ['press-release', 'plaintext'];

/**
 * The status-bar item for the active editor, fed by the server's `dateline/status` notifications.
 * It keeps the last status of every open document so switching editors needs no round trip.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'dateline.status',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly statuses = new Map<string, StatusParams>();

  constructor() {
    this.item.name = 'Dateline';
  }

  statusOf(uri: string): StatusParams | undefined {
    return this.statuses.get(uri);
  }

  set(status: StatusParams): void {
    this.statuses.set(status.uri, status);
    this.render();
  }

  forget(uri: string): void {
    this.statuses.delete(uri);
    this.render();
  }

  clear(): void {
    this.statuses.clear();
    this.render();
  }

  render(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !DATELINE_LANGUAGES.includes(document.languageId)) {
      this.item.hide();
      return;
    }
    const status = this.statuses.get(document.uri.toString());
    const view = status ? describe(status, document) : pending(document.languageId);
    if (!view) {
      this.item.hide();
      return;
    }
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = view.command;
    this.item.backgroundColor = view.warning
      ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

interface StatusView {
  text: string;
  tooltip: string;
  command?: string | vscode.Command;
  warning?: boolean;
}

function pending(languageId: string): StatusView | undefined {
  // A plain-text file says nothing until the server has decided whether it is a release.
  if (languageId !== 'press-release') return undefined;
  return { text: '$(loading~spin) Dateline', tooltip: 'Dateline is analysing this document' };
}

function describe(status: StatusParams, document: vscode.TextDocument): StatusView {
  switch (status.state) {
    case 'analyzed': {
      const entities = status.entities === 1 ? '1 entity' : `${status.entities} entities`;
      const millis = Math.round(status.millis);
      return {
        text: `$(symbol-namespace) Dateline: ${entities} · ${millis} ms`,
        tooltip: `Dateline found ${entities} in ${millis} ms. Click to list them.`,
        command: 'dateline.listEntities',
      };
    }
    case 'skipped':
      if (vscode.workspace.getConfiguration('dateline', document).get('enable') === 'never') {
        return {
          text: '$(circle-slash) Dateline: off',
          tooltip: 'The setting dateline.enable is "never". Click to change it.',
          command: openSetting('dateline.enable'),
        };
      }
      return {
        text: '$(circle-slash) Dateline: not a press release',
        tooltip: `Not analysed: ${status.reason ?? 'the text does not look like a press release'}. Click to analyze it anyway.`,
        command: 'dateline.analyzeAnyway',
      };
    case 'too-large':
      return {
        text: '$(warning) Dateline: too large',
        tooltip: `${status.reason ?? 'The document is larger than dateline.maxDocumentSize.'} Click to change the limit.`,
        command: openSetting('dateline.maxDocumentSize'),
        warning: true,
      };
    case 'error':
      return {
        text: '$(error) Dateline: error',
        tooltip: `Dateline could not analyse this document (${status.reason ?? 'unknown error'}). Click for the log.`,
        command: 'dateline.showOutput',
        warning: true,
      };
  }
}

function openSetting(id: string): vscode.Command {
  return { title: 'Open the setting', command: 'workbench.action.openSettings', arguments: [id] };
}
