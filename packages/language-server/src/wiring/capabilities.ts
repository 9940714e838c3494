/** What the server offers (ServerCapabilities) and what it may use of the client (ClientSupport). */
import {
  type ClientCapabilities,
  CodeActionKind,
  MarkupKind,
  type ServerCapabilities,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { SEMANTIC_TOKENS_LEGEND } from '../features/semantic-tokens.js';

export const SERVER_INFO = { name: 'dateline-language-server', version: '0.1.0' };

export function serverCapabilities(): ServerCapabilities {
  return {
    positionEncoding: 'utf-16',
    textDocumentSync: {
      openClose: true,
      change: TextDocumentSyncKind.Incremental,
      save: { includeText: false },
    },
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true }, range: true },
    hoverProvider: true,
    inlayHintProvider: true,
    documentSymbolProvider: { label: 'Dateline' },
    workspaceSymbolProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
    foldingRangeProvider: true,
    codeLensProvider: { resolveProvider: false },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

/** The optional client features the server uses, each false unless the client says so. */
export interface ClientSupport {
  configuration: boolean;
  workspaceFolders: boolean;
  watchedFilesRegistration: boolean;
  configurationRegistration: boolean;
  semanticTokensRefresh: boolean;
  inlayHintRefresh: boolean;
  codeLensRefresh: boolean;
  documentChanges: boolean;
  hoverMarkdown: boolean;
}

export function clientSupport(caps: ClientCapabilities): ClientSupport {
  return {
    configuration: caps.workspace?.configuration === true,
    workspaceFolders: caps.workspace?.workspaceFolders === true,
    watchedFilesRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    configurationRegistration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    semanticTokensRefresh: caps.workspace?.semanticTokens?.refreshSupport === true,
    inlayHintRefresh: caps.workspace?.inlayHint?.refreshSupport === true,
    codeLensRefresh: caps.workspace?.codeLens?.refreshSupport === true,
    documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
    // Without a stated preference Markdown is assumed, as most clients render it.
    hoverMarkdown: caps.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? true,
  };
}
