/**
 * One analysis per document version, computed on first need and kept until the document changes.
 * A newer version replaces the entry (the stale result is dropped, never served). Each entry
 * remembers what it was computed from (the settings that decide whether and how a document is
 * analysed, the core's options): when those change it is recomputed, and only then, so reloading
 * unchanged settings (as every start does right after `initialized`) costs no analysis. Too-large,
 * skipped and failed documents are cached too, as states, so every feature answers the same way
 * for one version.
 *
 * Each open document also has a core analysis session: its next version is analysed reusing the
 * work on what the edit left unchanged (paragraphs, sentences). Dropped when the document closes.
 */
import { type AnalysisSession, type AnalyzeOptions, createAnalysisSession } from '@dateline/core';
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

interface Entry {
  state: DocumentState;
  /** What the state was computed from (inputsOf), bar the size limit. */
  inputs: string;
  /** UTF-8 bytes of the text, when the size was checked, and the limit it was checked against. */
  size: number | undefined;
  limit: number;
}

/** An entry still holds for the current size limit: the verdict, and a refusal's message, are the same. */
function withinLimit(entry: Entry, limit: number): boolean {
  if (entry.state.kind === 'skipped') return true;
  if (entry.state.kind === 'analyzed' && entry.size !== undefined) return entry.size <= limit;
  return entry.limit === limit;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly forced = new Set<string>();
  private readonly sessions = new Map<string, AnalysisSession>();

  constructor(private readonly context: CacheContext) {}

  /** The state of this version of the document, computing it when it is not cached yet. */
  state(document: OpenDocument): DocumentState {
    const options = this.context.analyzeOptions(document.uri);
    const inputs = this.inputsOf(document.uri, options);
    const limit = this.context.settings().maxDocumentSize;
    const cached = this.entries.get(document.uri);
    if (
      cached !== undefined &&
      cached.state.version === document.version &&
      cached.inputs === inputs &&
      withinLimit(cached, limit)
    )
      return cached.state;
    const entry = this.compute(document, options, inputs);
    this.entries.set(document.uri, entry);
    this.context.onState?.(entry.state);
    return entry.state;
  }

  /** The analysis of this version, or undefined when the document is skipped, too large or failed. */
  analyzed(document: OpenDocument): AnalyzedDocument | undefined {
    const state = this.state(document);
    return state.kind === 'analyzed' ? state.doc : undefined;
  }

  /** The cached state without computing anything. */
  peek(uri: string): DocumentState | undefined {
    return this.entries.get(uri)?.state;
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

  /** Forget when closed: also the "analyse anyway" choice and the analysis session. */
  close(uri: string): void {
    this.entries.delete(uri);
    this.forced.delete(uri);
    this.sessions.delete(uri);
  }

  /** Forget every analysis (the sessions stay: they hold work, never results). */
  clear(): void {
    this.entries.clear();
  }

  /** Open documents holding an analysis session (for tests). */
  sessionCount(): number {
    return this.sessions.size;
  }

  /** The settings (bar the size limit, see withinLimit) and options a state depends on, as a string. */
  private inputsOf(uri: string, options: AnalyzeOptions): string {
    return `${this.context.settings().enable}|${this.forced.has(uri)}|${optionsKey(options)}`;
  }

  private compute(document: OpenDocument, options: AnalyzeOptions, inputs: string): Entry {
    const { uri, version } = document;
    const settings = this.context.settings();
    const limit = settings.maxDocumentSize;
    let size: number | undefined;
    const entry = (state: DocumentState): Entry => ({ state, inputs, size, limit });
    try {
      const text = document.getText();
      const verdict = eligibility(document.languageId, text, settings, this.forced.has(uri));
      if (!verdict.analyze) {
        this.sessions.delete(uri);
        return entry({ kind: 'skipped', uri, version, reason: verdict.reason });
      }
      size = byteLength(text);
      if (size > limit) {
        this.sessions.delete(uri);
        const reason = `The document is ${formatBytes(size)}, more than dateline.maxDocumentSize (${formatBytes(limit)}); Dateline does not analyse it.`;
        return entry({ kind: 'too-large', uri, version, reason, size, limit });
      }
      let session = this.sessions.get(uri);
      if (!session) {
        session = createAnalysisSession();
        this.sessions.set(uri, session);
      }
      const doc = analyzeDocument(uri, version, text, options, session);
      return entry({ kind: 'analyzed', uri, version, doc });
    } catch (error) {
      // A failed analysis may have left its session half updated: start the next one afresh.
      this.sessions.delete(uri);
      return entry({ kind: 'error', uri, version, reason: `analysis failed: ${messageOf(error)}` });
    }
  }
}

/** Dictionaries as JSON, once per object (the store replaces them on reload, never edits them). */
const dictionaryKeys = new WeakMap<object, string>();

/** The core's options as a string: equal strings, equal analyses. */
function optionsKey(options: AnalyzeOptions): string {
  const { dictionary, ...rest } = options;
  let key = '';
  if (dictionary) {
    key = dictionaryKeys.get(dictionary) ?? JSON.stringify(dictionary);
    dictionaryKeys.set(dictionary, key);
  }
  return `${JSON.stringify(rest)}|${key}`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${bytes} bytes`;
}
