// The client's view of the Dateline language server's custom messages (docs/language-server.md).
// Declared here rather than imported so the extension bundle carries no server code; plain method
// names and types, so the view code can be tested without a language client.
import type { Range } from 'vscode-languageclient/node';

export interface UriParams {
  uri: string;
}

export type AnalysisState = 'analyzed' | 'skipped' | 'too-large' | 'error';

/** Sent by the server after each analysis of an open document, and when it decides not to analyse one. */
export interface StatusParams {
  uri: string;
  state: AnalysisState;
  entities: number;
  millis: number;
  reason?: string;
}

export interface EntityItem {
  id: string;
  name: string;
  type: string;
  summary: string;
  mentions: number;
  first: Range;
}

export interface SummaryResult {
  markdown: string;
}

/** Notification server → client, `StatusParams`. */
export const STATUS_NOTIFICATION = 'dateline/status';
/** Request `UriParams` → `EntityItem[]`, in order of first mention. */
export const ENTITIES_REQUEST = 'dateline/entities';
/** Request `UriParams` → `SummaryResult`. */
export const SUMMARY_REQUEST = 'dateline/summary';
/** Request `UriParams` → null: analyse a plain-text document that failed the press-release test. */
export const ANALYZE_ANYWAY_REQUEST = 'dateline/analyzeAnyway';

/** The little of the language client the views use (a LanguageClient, or a fake in tests). */
export interface RequestSender {
  sendRequest<R>(method: string, params: UriParams): Promise<R>;
}
