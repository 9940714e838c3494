/**
 * Dateline's own messages beside standard LSP (docs/language-server.md). The VS Code extension and
 * other clients rely on these names and shapes.
 */

import type { EntityType } from '@dateline/core';
import type { Range } from 'vscode-languageserver';
import { NotificationType, RequestType } from 'vscode-languageserver';

export type StatusState = 'analyzed' | 'skipped' | 'too-large' | 'error';

export interface StatusParams {
  uri: string;
  state: StatusState;
  entities: number;
  millis: number;
  reason?: string;
}

export interface UriParams {
  uri: string;
}

export interface EntityItem {
  id: string;
  name: string;
  type: EntityType;
  summary: string;
  mentions: number;
  first: Range;
}

export interface SummaryResult {
  markdown: string;
}

/** Server → client after each analysis (or decision not to analyse) of a document version. */
export const StatusNotification = new NotificationType<StatusParams>('dateline/status');
/** The document's entities in order of first mention. */
export const EntitiesRequest = new RequestType<UriParams, EntityItem[], void>('dateline/entities');
/** The document summary card, as Markdown. */
export const SummaryRequest = new RequestType<UriParams, SummaryResult, void>('dateline/summary');
/** Analyse a plain-text document even though it does not look like a release. */
export const AnalyzeAnywayRequest = new RequestType<UriParams, null, void>('dateline/analyzeAnyway');
