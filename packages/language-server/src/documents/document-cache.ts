/**
 * One analysis per document version, computed on first need and kept until the document changes.
 * A newer version replaces the entry (the stale result is dropped, never served); settings or
 * dictionary changes clear everything. Too-large, skipped and failed documents are cached too, as
 * states, so every feature answers the same way for one version.
 */
import type { AnalyzeOptions } from '@dateline/core';
import { messageOf } from '../errors.js';
import type { Settings } from '../settings.js';
import { type AnalyzedDocument, analyzeDocument } from './analyzed-document.js';
import { byteLength, eligibility } from './eligibility.js';

/** What the cache needs of an open document (TextDocument satisfies it). */
export interface OpenDocument {
  readonly uri: string;
  readonly version: number;
  readonly languageId: string;
  getText(): string;
}

export type DocumentState =
  | { kind: 'analyzed'; uri: string; version: number; doc: AnalyzedDocument }
  | { kind: 'skipped'; uri: string; version: number; reason: string }
  | { kind: 'too-large'; uri: string; version: number; reason: string; size: number; limit: number }
  | { kind: 'error'; uri: string; version: number; reason: string };

export interface CacheContext {
  settings(): Settings;
  /** Options for the core (the workspace dictionary of the document's folder). */
  analyzeOptions(uri: string): AnalyzeOptions;
  /** Called once per newly computed state (for `dateline/status`). */
  onState?(state: DocumentState): void;
}

export class DocumentCache {
  private readonly entries = new Map<string, DocumentState>();
  private readonly forced = new Set<string>();

  constructor(private readonly context: CacheContext) {}

  /** The state of this version of the document, computing it when it is not cached yet. */
  state(document: OpenDocument): DocumentState {
    const cached = this.entries.get(document.uri);
    if (cached !== undefined && cached.version === document.version) return cached;
    const state = this.compute(document);
    this.entries.set(document.uri, state);
    this.context.onState?.(state);
    return state;
  }

  /** The analysis of this version, or undefined when the document is skipped, too large or failed. */
  analyzed(document: OpenDocument): AnalyzedDocument | undefined {
    const state = this.state(document);
    return state.kind === 'analyzed' ? state.doc : undefined;
  }

  /** The cached state without computing anything. */
  peek(uri: string): DocumentState | undefined {
    return this.entries.get(uri);
  }

  /** Analyse this document even when it does not look like a release. */
  force(uri: string): void {
    this.forced.add(uri);
    this.entries.delete(uri);
  }

  /** Forget a document (closed, or changed: the next request recomputes). */
  drop(uri: string): void {
    this.entries.delete(uri);
  }

  /** Forget when closed: also the "analyse anyway" choice. */
  close(uri: string): void {
    this.entries.delete(uri);
    this.forced.delete(uri);
  }

  /** Forget every analysis (settings or dictionary changed). */
  clear(): void {
    this.entries.clear();
  }

  private compute(document: OpenDocument): DocumentState {
    const { uri, version } = document;
    try {
      const settings = this.context.settings();
      const text = document.getText();
      const verdict = eligibility(document.languageId, text, settings, this.forced.has(uri));
      if (!verdict.analyze) return { kind: 'skipped', uri, version, reason: verdict.reason };
      const size = byteLength(text);
      if (size > settings.maxDocumentSize) {
        const reason = `The document is ${formatBytes(size)}, more than dateline.maxDocumentSize (${formatBytes(settings.maxDocumentSize)}); Dateline does not analyse it.`;
        return { kind: 'too-large', uri, version, reason, size, limit: settings.maxDocumentSize };
      }
      const doc = analyzeDocument(uri, version, text, this.context.analyzeOptions(uri));
      return { kind: 'analyzed', uri, version, doc };
    } catch (error) {
      return { kind: 'error', uri, version, reason: `analysis failed: ${messageOf(error)}` };
    }
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${bytes} bytes`;
}
