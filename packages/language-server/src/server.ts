/**
 * The language server: capabilities and handler wiring. Every handler only finds the document's
 * analysis (documents/document-cache.ts) and hands it to a pure feature function (features/);
 * every handler is guarded so one failing request answers empty and never takes the server down.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyzeOptions } from '@dateline/core';
import {
  type CancellationToken,
  type Connection,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type InitializeParams,
  type InitializeResult,
  LSPErrorCodes,
  MarkupContent,
  MarkupKind,
  type Range,
  ResponseError,
  type SemanticTokens,
  TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { markShutdownRequested } from './connection.js';
import { AnalysisWorker, Superseded } from './documents/analysis-worker.js';
import type { AnalyzedDocument } from './documents/analyzed-document.js';
import { DocumentCache, type DocumentState, WORKER_MIN_LENGTH } from './documents/document-cache.js';
import { VIEWPORT_MAX_CHARS, viewportMentions } from './documents/viewport.js';
import { messageOf } from './errors.js';
import { codeActions, type DictionaryTarget } from './features/code-actions.js';
import { codeLenses } from './features/code-lens.js';
import { noteDiagnostics, tooLargeDiagnostic } from './features/diagnostics.js';
import { documentSymbols } from './features/document-symbols.js';
import { entityItems } from './features/entities.js';
import { foldingRanges } from './features/folding.js';
import { hover } from './features/hover.js';
import { inlayHints } from './features/inlay-hints.js';
import { definition, documentHighlights, references } from './features/navigation.js';
import { prepareRename, rename } from './features/rename.js';
import { viewportTokens } from './features/semantic-tokens.js';
import { summaryCard } from './features/summary-card.js';
import { escapeMarkdown, markdownToPlainText } from './markdown/escape.js';
import { LineIndex } from './position/line-index.js';
import { AnalyzeAnywayRequest, EntitiesRequest, StatusNotification, SummaryRequest } from './protocol.js';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings.js';
import { type ClientSupport, clientSupport, SERVER_INFO, serverCapabilities } from './wiring/capabilities.js';
import { Debouncer } from './wiring/debouncer.js';
import { createGuard, type Lifecycle, lifecycleError } from './wiring/guard.js';
import { EMPTY_TOKENS, SemanticTokenSessions } from './wiring/semantic-token-sessions.js';
import { type ConfigError, globMatcher } from './workspace/config-api.js';
import { DictionaryStore, type WorkspaceFolderRef } from './workspace/dictionaries.js';
import { indexEntries, SymbolIndex } from './workspace/symbol-index.js';
import { isIndexablePath } from './workspace/walk.js';

/** Edits within this many milliseconds are analysed once, for diagnostics. */
export const DIAGNOSTICS_DEBOUNCE_MS = 200;

/** A problem in dateline.json at its 1-based line and column. */
function configDiagnostic(error: ConfigError, severity: DiagnosticSeverity): Diagnostic {
  const line = Math.max(0, error.line - 1);
  const character = Math.max(0, error.column - 1);
  return {
    range: { start: { line, character }, end: { line, character: character + 1 } },
    severity,
    source: 'dateline',
    code: 'dictionary',
    message: error.message,
  };
}

/** How the server may run; `main.ts` fills it in. */
export interface ServerOptions {
  /**
   * The script to run as the analysis worker (documents/analysis-worker.ts): the server's own
   * entry, which branches on `isAnalysisWorker()`. Without it every analysis runs on the server's thread.
   */
  analysisWorker?: string | URL;
  /**
   * Documents of at least this many characters are analysed on the worker (default: the
   * DATELINE_WORKER_MIN_LENGTH environment variable, for tests, else WORKER_MIN_LENGTH).
   */
  workerMinLength?: number;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const dictionaries = new DictionaryStore();
  const symbolIndex = new SymbolIndex((uri) => {
    const dictionary = dictionaries.dictionaryFor(uri);
    return dictionary ? { dictionary } : {};
  });
  const tokenSessions = new SemanticTokenSessions();
  const diagnosticsTimers = new Debouncer((uri) => {
    publishDiagnostics(uri).catch((error: unknown) => log(`diagnostics failed: ${messageOf(error)}`));
  });
  let settings: Settings = DEFAULT_SETTINGS;
  let initialSettings: unknown;
  let folders: WorkspaceFolderRef[] = [];
  const lifecycle: Lifecycle = { initialized: false, shutdown: false };
  let support: ClientSupport = clientSupport({});

  // The environment variable lets the protocol tests send the seed down the large-document path.
  const workerMinLength =
    options.workerMinLength ?? (Number(process.env.DATELINE_WORKER_MIN_LENGTH) || WORKER_MIN_LENGTH);
  const worker = options.analysisWorker
    ? new AnalysisWorker(options.analysisWorker, (message) => log(message))
    : undefined;
  /** Documents whose viewport got quick tokens: when their full analysis lands, the client re-asks. */
  const viewportServed = new Set<string>();
  /** The line index of each large document's current version, for viewport tokens before its analysis. */
  const viewportLines = new Map<string, { version: number; lines: LineIndex }>();

  const cache = new DocumentCache({
    worker,
    workerMinLength,
    settings: () => settings,
    analyzeOptions: (uri) => analyzeOptions(uri),
    onState: (state) => {
      reportStatus(state);
      if (viewportServed.delete(state.uri) && support.semanticTokensRefresh)
        refresh('workspace/semanticTokens/refresh');
      if (state.kind === 'analyzed' && inWorkspaceIndex(state.uri)) {
        symbolIndex.set(state.uri, indexEntries(state.doc.text, state.doc.analysis));
      }
    },
  });

  const log = (message: string) => connection.console.error(`dateline: ${message}`);

  function analyzeOptions(uri: string): AnalyzeOptions {
    const dictionary = dictionaries.dictionaryFor(uri);
    return dictionary ? { dictionary } : {};
  }

  const guard = createGuard(log, lifecycle);

  /**
   * The analysis of an open document, or undefined (unknown, closed, skipped, too large, failed).
   * A large document's analysis runs on the worker meanwhile; if the document changed before it
   * landed, the request fails with ContentModified (the client asks again): a stale version's
   * analysis is never served.
   */
  async function analyzed(uri: string, token?: CancellationToken): Promise<AnalyzedDocument | undefined> {
    const document = documents.get(uri);
    if (!document || token?.isCancellationRequested) return undefined;
    const state = await settled(document);
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return state.kind === 'analyzed' ? state.doc : undefined;
  }

  /** The state of the document's current version; ContentModified when a newer version came meanwhile. */
  async function settled(document: TextDocument): Promise<DocumentState> {
    let state: DocumentState;
    try {
      state = await cache.settle(document);
    } catch (error) {
      if (error instanceof Superseded) throw contentModified(document.uri);
      throw error;
    }
    if (documents.get(document.uri)?.version !== state.version) throw contentModified(document.uri);
    return state;
  }

  /**
   * The analysis of the document's newest version, waiting again when it changes meanwhile (a few
   * times at most): for Dateline's own document-wide requests (the Entities view, the summary),
   * which name no position and are better late than refused.
   */
  async function newestAnalysis(uri: string): Promise<AnalyzedDocument | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await analyzed(uri);
      } catch (error) {
        const modified = error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified;
        if (!modified || attempt === 5) throw error;
      }
    }
  }

  function contentModified(uri: string): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.ContentModified, `${uri} changed while it was analysed`);
  }

  /** Starts the analysis of a large document now, on the worker, so it is ready sooner. */
  function startAnalysis(document: TextDocument): void {
    if (!worker || document.getText().length < workerMinLength) return;
    cache.settle(document).catch(() => undefined); // failures are states; Superseded is expected
  }

  /** Asks the client to re-request something; a client that fails the request is no reason to fail. */
  function refresh(method: string): void {
    connection.sendRequest(method).catch(() => undefined);
  }

  function reportStatus(state: DocumentState): void {
    const params =
      state.kind === 'analyzed'
        ? {
            uri: state.uri,
            state: state.kind,
            entities: state.doc.analysis.entities.length,
            millis: Math.round(state.doc.millis),
          }
        : { uri: state.uri, state: state.kind, entities: 0, millis: 0, reason: state.reason };
    void connection.sendNotification(StatusNotification, params).catch(() => undefined);
  }

  // ---- initialisation -------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    support = clientSupport(params.capabilities);
    initialSettings = params.initializationOptions;
    settings = readSettings(initialSettings);
    lifecycle.initialized = true;
    folders =
      params.workspaceFolders?.map((folder) => ({ uri: folder.uri })) ??
      (params.rootUri ? [{ uri: params.rootUri }] : []);
    return {
      capabilities: serverCapabilities(),
      serverInfo: SERVER_INFO,
    };
  });

  connection.onInitialized(async () => {
    try {
      if (support.configurationRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'dateline' });
      }
      if (support.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = new Set(event.removed.map((folder) => folder.uri));
          folders = [
            ...folders.filter((folder) => !removed.has(folder.uri)),
            ...event.added.map((f) => ({ uri: f.uri })),
          ];
          void settingsChanged();
        });
      }
      await loadSettings();
      await registerWatchers();
      await reloadDictionaries();
      startIndexing();
    } catch (error) {
      log(`initialisation: ${messageOf(error)}`);
    }
  });

  async function registerWatchers(): Promise<void> {
    if (!support.watchedFilesRegistration) return;
    const dictionaryName = basename(settings.dictionary);
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        { globPattern: `**/${dictionaryName}` },
        { globPattern: '**/*.{txt,md,pressrelease,release}' },
      ],
    });
  }

  async function loadSettings(): Promise<void> {
    if (!support.configuration) return;
    try {
      const section: unknown = await connection.workspace.getConfiguration({ section: 'dateline' });
      settings =
        section === null || section === undefined ? readSettings(initialSettings) : readSettings(section);
    } catch (error) {
      log(`reading settings: ${messageOf(error)}`);
    }
  }

  // ---- settings, dictionaries and the workspace index -------------------------------------------

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, async (params) => {
      if (support.configuration) await loadSettings();
      else if (params.settings !== undefined && params.settings !== null)
        settings = readSettings(params.settings);
      await settingsChanged();
    }),
  );

  async function settingsChanged(): Promise<void> {
    await reloadDictionaries();
    startIndexing();
  }

  /** Reloads the dictionaries, then re-analyses and refreshes everything open. */
  async function reloadDictionaries(): Promise<void> {
    dictionaries.configure(folders, settings.dictionary);
    await dictionaries.reload((uri) => documents.get(uri)?.getText());
    publishDictionaryErrors();
    everythingChanged();
  }

  function everythingChanged(): void {
    // No cache.clear(): an entry is recomputed only when the settings or options it was computed
    // from changed (DocumentCache), so reloading unchanged settings re-analyses nothing.
    tokenSessions.clear();
    for (const document of documents.all()) scheduleDiagnostics(document.uri, 0);
    if (support.semanticTokensRefresh) refresh('workspace/semanticTokens/refresh');
    if (support.inlayHintRefresh) refresh('workspace/inlayHint/refresh');
    if (support.codeLensRefresh) refresh('workspace/codeLens/refresh');
  }

  function publishDictionaryErrors(): void {
    const warnings = dictionaries.warningsByFile();
    for (const [uri, errors] of dictionaries.errorsByFile()) {
      const diagnostics: Diagnostic[] = [
        ...errors.map((error) => configDiagnostic(error, DiagnosticSeverity.Error)),
        ...(warnings.get(uri) ?? []).map((warning) => configDiagnostic(warning, DiagnosticSeverity.Warning)),
      ];
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  /** Whether an open document belongs in the workspace-symbol index (a workspace file, not excluded). */
  function inWorkspaceIndex(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const exclude = globMatcher(settings.workspaceSymbols.exclude);
    return isIndexablePath(fileURLToPath(uri), folderPaths(), exclude);
  }

  function folderPaths(): string[] {
    return folders
      .filter((folder) => folder.uri.startsWith('file:'))
      .map((folder) => fileURLToPath(folder.uri));
  }

  function startIndexing(): void {
    const paths = folderPaths();
    if (paths.length === 0) return;
    void symbolIndex
      .indexFolders(paths, settings.workspaceSymbols)
      .then(() => {
        // Open documents are fresher than their files on disk.
        for (const document of documents.all()) {
          const state = cache.peek(document.uri);
          if (state?.kind === 'analyzed' && inWorkspaceIndex(document.uri)) {
            symbolIndex.set(document.uri, indexEntries(state.doc.text, state.doc.analysis));
          }
        }
      })
      .catch((error: unknown) => log(`workspace index: ${messageOf(error)}`));
  }

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, async (params) => {
      let dictionaryChanged = false;
      for (const change of params.changes) {
        if (
          dictionaries.isDictionaryFile(change.uri) ||
          change.uri.endsWith(`/${basename(settings.dictionary)}`)
        ) {
          dictionaryChanged = true;
          continue;
        }
        if (!change.uri.startsWith('file:') || documents.get(change.uri)) continue;
        if (change.type === FileChangeType.Deleted) symbolIndex.delete(change.uri);
        else await symbolIndex.update(fileURLToPath(change.uri), folderPaths(), settings.workspaceSymbols);
      }
      if (dictionaryChanged) await reloadDictionaries();
    }),
  );

  // ---- documents and diagnostics --------------------------------------------------------------

  /** The version each document was opened with: its first content event is the opening, not an edit. */
  const openedVersions = new Map<string, number>();
  documents.onDidOpen((event) => {
    openedVersions.set(event.document.uri, event.document.version);
    startAnalysis(event.document);
    scheduleDiagnostics(event.document.uri, 0);
  });
  documents.onDidChangeContent((event) => {
    const { uri, version } = event.document;
    if (openedVersions.get(uri) === version) return;
    cache.drop(uri);
    startAnalysis(event.document);
    scheduleDiagnostics(uri, DIAGNOSTICS_DEBOUNCE_MS);
  });
  documents.onDidClose((event) => {
    const { uri } = event.document;
    openedVersions.delete(uri);
    diagnosticsTimers.cancel(uri);
    cache.close(uri);
    tokenSessions.forget(uri);
    viewportServed.delete(uri);
    viewportLines.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    // Back to what the file on disk says (or out of the index when it is not a workspace release).
    if (uri.startsWith('file:'))
      void symbolIndex.update(fileURLToPath(uri), folderPaths(), settings.workspaceSymbols);
    else symbolIndex.delete(uri);
  });
  documents.onDidSave((event) => {
    if (dictionaries.isDictionaryFile(event.document.uri)) void reloadDictionaries();
  });

  function scheduleDiagnostics(uri: string, delay: number): void {
    diagnosticsTimers.schedule(uri, delay);
  }

  async function publishDiagnostics(uri: string): Promise<void> {
    if (lifecycle.shutdown) return;
    const document = documents.get(uri);
    if (!document) return;
    if (dictionaries.isDictionaryFile(uri)) return; // its diagnostics are the config errors
    let state: DocumentState;
    try {
      state = await cache.settle(document);
    } catch (error) {
      if (error instanceof Superseded) return; // the newer version's own timer publishes
      throw error;
    }
    // A newer version arrived while this one was analysed: its own timer will publish.
    if (lifecycle.shutdown || documents.get(uri)?.version !== state.version) return;
    let diagnostics: Diagnostic[] = [];
    if (state.kind === 'analyzed') diagnostics = noteDiagnostics(state.doc, settings);
    else if (state.kind === 'too-large') diagnostics = [tooLargeDiagnostic(state.reason)];
    void connection.sendDiagnostics({ uri, version: state.version, diagnostics });
  }

  // ---- features --------------------------------------------------------------------------------

  connection.languages.semanticTokens.on(
    guard('semanticTokens', EMPTY_TOKENS, async (params, token) => {
      const doc = await analyzed(params.textDocument.uri, token);
      return doc ? tokenSessions.full(doc) : EMPTY_TOKENS;
    }),
  );

  connection.languages.semanticTokens.onDelta(
    guard('semanticTokens/delta', EMPTY_TOKENS, async (params, token) => {
      const doc = await analyzed(params.textDocument.uri, token);
      return doc ? tokenSessions.delta(doc, params.previousResultId) : EMPTY_TOKENS;
    }),
  );

  connection.languages.semanticTokens.onRange(
    guard('semanticTokens/range', EMPTY_TOKENS, async (params, token) => {
      const quick = viewportTokensOf(params.textDocument.uri, params.range);
      if (quick) return quick;
      const doc = await analyzed(params.textDocument.uri, token);
      return doc ? tokenSessions.range(doc, params.range) : EMPTY_TOKENS;
    }),
  );

  /**
   * Tokens for the range of a large document whose full analysis has not landed yet, from a quick
   * analysis of the paragraphs around it (documents/viewport.ts); the client is asked to refresh
   * when the full analysis lands. Undefined when the full analysis is there or worth waiting for.
   */
  function viewportTokensOf(uri: string, range: Range): SemanticTokens | undefined {
    const document = documents.get(uri);
    if (!worker?.usable || !document || document.getText().length < workerMinLength) return undefined;
    if (cache.ready(document)) return undefined;
    const refused = cache.refused(document);
    if (refused) return refused.kind === 'analyzed' ? undefined : EMPTY_TOKENS;
    let known = viewportLines.get(uri);
    if (known?.version !== document.version) {
      known = { version: document.version, lines: new LineIndex(document.getText()) };
      viewportLines.set(uri, known);
    }
    const { lines } = known;
    const start = lines.offsetAt(range.start);
    const end = lines.offsetAt(range.end);
    if (end - start > VIEWPORT_MAX_CHARS) return undefined;
    startAnalysis(document);
    const mentions = viewportMentions(document.getText(), start, end, analyzeOptions(uri));
    viewportServed.add(uri);
    return tokenSessions.encodeRange(viewportTokens(mentions, lines, range));
  }

  connection.onHover(
    guard('hover', null, async (params, token) => {
      const doc = await analyzed(params.textDocument.uri, token);
      const result = doc ? hover(doc, params.position) : null;
      const contents = result?.contents;
      if (result && !support.hoverMarkdown && MarkupContent.is(contents)) {
        result.contents = { kind: MarkupKind.PlainText, value: markdownToPlainText(contents.value) };
      }
      return result;
    }),
  );

  connection.languages.inlayHint.on(
    guard('inlayHint', [], async (params, token) => {
      const doc = await analyzed(params.textDocument.uri, token);
      return doc ? inlayHints(doc, params.range, settings.inlayHints) : [];
    }),
  );

  connection.onDocumentSymbol(
    guard('documentSymbol', [], async (params, token) => {
      const doc = await analyzed(params.textDocument.uri, token);
      return doc ? documentSymbols(doc) : [];
    }),
  );

  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (params) => symbolIndex.query(params.query)));

  connection.onDefinition(
    guard('definition', null, async (params, token) => {
      const doc = await analyzed(params.textDocument.uri, token);
      return doc ? definition(doc, params.position) : null;
    }),
  );

  connection.onReferences(
    guard('references', [], async (params, token) => {
      const doc = await analyzed(params.textDocument.uri, token);
      return doc ? references(doc, params.position, params.context?.includeDeclaration !== false) : [];
    }),
  );

  connection.onDocumentHighlight(
    guard('documentHighlight', [], async (params, token) => {
      const doc = await analyzed(params.textDocument.uri, token);
      return doc ? documentHighlights(doc, params.position) : [];
    }),
  );

  connection.onPrepareRename(
    guard('prepareRename', null, async (params, token) => {
      const doc = await analyzed(params.textDocument.uri, token);
      return doc ? prepareRename(doc, params.position) : null;
    }),
  );

  connection.onRenameRequest(async (params, token) => {
    const refused = lifecycleError(lifecycle);
    if (refused) return refused;
    try {
      const doc = await analyzed(params.textDocument.uri, token);
      if (!doc) return null;
      const result = rename(doc, params.position, params.newName);
      if (result === null) return null;
      if ('error' in result) return new ResponseError(-32803 /* RequestFailed */, result.error);
      if (support.documentChanges) {
        return {
          documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: result.edits }],
        };
      }
      return { changes: { [doc.uri]: result.edits } };
    } catch (error) {
      if (error instanceof ResponseError) return error;
      log(`rename failed: ${messageOf(error)}`);
      return new ResponseError(-32803, `rename failed: ${messageOf(error)}`);
    }
  });

  connection.onFoldingRanges(
    guard('foldingRange', [], async (params, token) => {
      const doc = await analyzed(params.textDocument.uri, token);
      return doc ? foldingRanges(doc) : [];
    }),
  );

  connection.onCodeLens(
    guard('codeLens', [], async (params, token) => {
      if (!settings.codeLens.enable) return [];
      const doc = await analyzed(params.textDocument.uri, token);
      return doc ? codeLenses(doc) : [];
    }),
  );

  connection.onCodeAction(
    guard('codeAction', [], async (params, token) => {
      const doc = await analyzed(params.textDocument.uri, token);
      if (!doc) return [];
      return codeActions(doc, params, settings, await dictionaryTarget(doc.uri));
    }),
  );

  /** The dictionary file for a document's code actions, with its current text. */
  async function dictionaryTarget(uri: string): Promise<DictionaryTarget | undefined> {
    const file = dictionaries.fileFor(uri);
    if (!file) return undefined;
    const open = documents.get(file.uri);
    if (open) return { uri: file.uri, exists: true, text: open.getText() };
    try {
      return { uri: file.uri, exists: true, text: await readFile(file.path, 'utf8') };
    } catch {
      return { uri: file.uri, exists: false, text: '' };
    }
  }

  // ---- Dateline's own requests ----------------------------------------------------------------

  connection.onRequest(EntitiesRequest, async (params) => {
    const refused = lifecycleError(lifecycle);
    if (refused) return refused;
    try {
      const doc = await newestAnalysis(params.uri);
      return doc ? entityItems(doc) : [];
    } catch (error) {
      if (error instanceof ResponseError) return error;
      return new ResponseError(-32803, `dateline/entities failed: ${messageOf(error)}`);
    }
  });

  connection.onRequest(SummaryRequest, async (params) => {
    const refused = lifecycleError(lifecycle);
    if (refused) return refused;
    try {
      const doc = await newestAnalysis(params.uri);
      if (doc) return { markdown: summaryCard(doc) };
      const state = documents.get(params.uri) ? cache.peek(params.uri) : undefined;
      const reason = state && state.kind !== 'analyzed' ? state.reason : 'the document is not open';
      return { markdown: `Dateline has no summary: ${escapeMarkdown(reason)}` };
    } catch (error) {
      if (error instanceof ResponseError) return error;
      return new ResponseError(-32803, `dateline/summary failed: ${messageOf(error)}`);
    }
  });

  connection.onRequest(AnalyzeAnywayRequest, (params) => {
    const refused = lifecycleError(lifecycle);
    if (refused) return refused;
    try {
      cache.force(params.uri);
      tokenSessions.forget(params.uri);
      if (documents.get(params.uri)) {
        publishDiagnostics(params.uri).catch((error: unknown) =>
          log(`diagnostics failed: ${messageOf(error)}`),
        );
        if (support.semanticTokensRefresh) refresh('workspace/semanticTokens/refresh');
        if (support.inlayHintRefresh) refresh('workspace/inlayHint/refresh');
      }
      return null;
    } catch (error) {
      return new ResponseError(-32803, `dateline/analyzeAnyway failed: ${messageOf(error)}`);
    }
  });

  connection.onShutdown(() => {
    // A shutdown before initialize is refused like any request; the server keeps waiting for initialize.
    const refused = lifecycleError(lifecycle);
    if (refused) return refused;
    lifecycle.shutdown = true;
    markShutdownRequested();
    symbolIndex.cancel();
    diagnosticsTimers.cancelAll();
    void worker?.stop();
  });

  documents.listen(connection);
  connection.listen();
}
