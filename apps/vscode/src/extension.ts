// The VS Code client of the Dateline language server. Thin on purpose: every analysis happens in
// the server (dist/server.js, bundled from @dateline/language-server); this file starts it and
// shows what it says in VS Code's own places (status bar, a tree, a quick pick, a preview).
import * as vscode from 'vscode';
import {
  type DocumentSelector,
  LanguageClient,
  type LanguageClientOptions,
  type Position,
  type Range,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { EntitiesView } from './entities-view';
import { pickEntity } from './entity-picker';
import { revealRange, showMentions } from './navigation';
import { ANALYZE_ANYWAY_REQUEST, STATUS_NOTIFICATION, type StatusParams } from './protocol';
import { DATELINE_LANGUAGES, StatusBar } from './status-bar';
import { SUMMARY_SCHEME, SummaryDocuments, showSummary } from './summary';

/** What `activate` returns, for other extensions and for end-to-end tests. */
export interface DatelineApi {
  /** Resolves with the milliseconds from activation until the server answered `initialize`. */
  ready: Promise<number>;
}

const DOCUMENT_SELECTOR: DocumentSelector = DATELINE_LANGUAGES.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

let client: LanguageClient | undefined;

/**
 * A young generation of 32 MB semi-spaces instead of V8's 16: an edit's re-analysis allocates
 * about 5 MB, and with the default every third edit paid a scavenge (docs/performance.md,
 * session 21). Also in bench/server-flags.mjs: the benches start the server the same way.
 */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=32'] as const;

export function activate(context: vscode.ExtensionContext): DatelineApi {
  const started = performance.now();
  // dist/server-start.js runs dist/server.js through a V8 code cache kept in this folder.
  const serverOptions: ServerOptions = {
    run: {
      module: context.asAbsolutePath('dist/server-start.js'),
      transport: TransportKind.ipc,
      // The client adds process.env to this.
      options: {
        env: { DATELINE_CODE_CACHE: context.globalStorageUri.fsPath },
        execArgv: [...SERVER_NODE_FLAGS],
      },
    },
    debug: {
      module: context.asAbsolutePath('dist/server.js'),
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: {
      configurationSection: 'dateline',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/dateline.json'),
    },
    // Hovers quote the document: never trust their Markdown.
    markdown: { isTrusted: false, supportHtml: false },
    diagnosticCollectionName: 'dateline',
  };
  const languageClient = new LanguageClient('dateline', 'Dateline', serverOptions, clientOptions);
  client = languageClient;

  const statusBar = new StatusBar();
  const entitiesView = new EntitiesView(languageClient, (uri) => statusBar.statusOf(uri));
  const summaries = new SummaryDocuments(languageClient);
  context.subscriptions.push(statusBar, entitiesView, summaries);
  void vscode.commands.executeCommand('setContext', 'dateline.entitiesViewEnabled', true);

  context.subscriptions.push(
    languageClient.onNotification(STATUS_NOTIFICATION, (status: StatusParams) => {
      statusBar.set(status);
      summaries.sourceChanged(status.uri);
      void entitiesView.refresh(status);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => {
      statusBar.render();
      void entitiesView.refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      statusBar.forget(document.uri.toString());
      entitiesView.documentClosed(document.uri.toString());
    }),
    vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, summaries),
    vscode.commands.registerCommand('dateline.showSummary', async () => {
      const document = activeDatelineDocument();
      if (document) await showSummary(summaries, document.uri);
    }),
    vscode.commands.registerCommand('dateline.listEntities', async () => {
      const document = activeDatelineDocument();
      if (document) await pickEntity(languageClient, document);
    }),
    vscode.commands.registerCommand('dateline.analyzeAnyway', async () => {
      const document = activeDatelineDocument();
      if (document)
        await languageClient.sendRequest(ANALYZE_ANYWAY_REQUEST, { uri: document.uri.toString() });
    }),
    vscode.commands.registerCommand('dateline.restartServer', async () => {
      statusBar.clear();
      await languageClient.restart();
    }),
    vscode.commands.registerCommand('dateline.showOutput', () => languageClient.outputChannel.show(true)),
    vscode.commands.registerCommand('dateline.revealEntity', (uri: string, range: Range) =>
      revealRange(uri, range),
    ),
    vscode.commands.registerCommand('dateline.refreshEntities', () => entitiesView.refresh()),
    vscode.commands.registerCommand('dateline.showMentions', (uri: string, position: Position) =>
      showMentions(uri, position),
    ),
  );

  statusBar.render();
  const ready = languageClient.start().then(
    () => {
      const millis = Math.round(performance.now() - started);
      languageClient.info(`Dateline client ready ${millis} ms after activation`);
      return millis;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(`Dateline: the language server did not start: ${message}`);
      throw error;
    },
  );
  // Callers that ignore `ready` must not see an unhandled rejection; the error was shown above.
  ready.catch(() => undefined);
  return { ready };
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  // A client that never started (the server failed to launch) has nothing to stop.
  if (stopping?.needsStop()) await stopping.stop();
}

/** The active editor's document when it is one Dateline serves, else a message saying what to open. */
function activeDatelineDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document && DATELINE_LANGUAGES.includes(document.languageId)) return document;
  void vscode.window.showInformationMessage('Dateline: open a press release (or a plain-text file) first.');
  return undefined;
}
