/**
 * One analysis per document version, computed on first need and kept until the document changes.
 * A newer version replaces the entry (the stale result is dropped, never served). Each entry
 * remembers what it was computed from (the settings that decide whether and how a document is
 * analysed, the core's options): when those change it is recomputed, and only then, so reloading
 * unchanged settings (as every start does right after `initialized`) costs no analysis. Too-large,
 * skipped and failed documents are cached too, as states, so every feature answers the same way
 * for one version.
 *
 * Each open document also has a core analysis session from its second version on (analyzer.ts):
 * a new version is analysed reusing the work on what the edit left unchanged (paragraphs,
 * sentences). Dropped when the document closes.
 *
 * Documents of at least `workerMinLength` characters are analysed on the analysis worker
 * (analysis-worker.ts) when there is one, through `settle()`, which the server awaits: the
 * server's thread stays free while they are analysed. `state()` always analyses on the calling
 * thread (tests, and the fallback when the worker is unavailable).
 */
import type { AnalyzeOptions } from '@dateline/core';
import { messageOf } from '../errors.js';
import type { Settings } from '../settings.js';
import { type AnalysisWorker, Superseded } from './analysis-worker.js';
import { type AnalyzedDocument, analyzedDocument } from './analyzed-document.js';
import { Analyzer } from './analyzer.js';
import { byteLength, eligibility } from './eligibility.js';

/**
 * Documents from this many UTF-16 code units on go to the analysis worker: about 50 ms of
 * analysis (the core reads 2 MB/s), more than a keystroke may block the server, while a smaller
 * document's result would cost more to copy back than to compute here.
 */
export const WORKER_MIN_LENGTH = 100_000;

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
  /** Where large documents are analysed; without it, everything is analysed on the server's thread. */
  worker?: Pick<AnalysisWorker, 'analyze' | 'forget' | 'usable'>;
  /** Documents of at least this many characters go to the worker (default WORKER_MIN_LENGTH). */
  workerMinLength?: number;
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
  private readonly analyzer = new Analyzer();
  /** Analyses running on the worker: at most one per document, the newest version asked for. */
  private readonly pending = new Map<
    string,
    { version: number; inputs: string; limit: number; promise: Promise<DocumentState> }
  >();

  constructor(private readonly context: CacheContext) {}

  /** The state of this version of the document, computing it (on this thread) when it is not cached yet. */
  state(document: OpenDocument): DocumentState {
    const { options, inputs, limit } = this.keyOf(document);
    const cached = this.cached(document, inputs, limit);
    if (cached) return cached;
    const entry = this.compute(document, options, inputs, limit);
    return this.store(document.uri, entry);
  }

  /**
   * The state of this version, analysed on the worker when the document is large (the server's
   * thread stays free meanwhile), else as `state()`. Rejects with `Superseded` when a newer version
   * replaced this one before its analysis started. The state may be of a version that is no longer
   * the newest when it resolves: callers compare versions before serving it.
   */
  settle(document: OpenDocument): Promise<DocumentState> {
    const { options, inputs, limit } = this.keyOf(document);
    const cached = this.cached(document, inputs, limit);
    if (cached) return Promise.resolve(cached);
    const { uri, version } = document;
    const running = this.pending.get(uri);
    if (running && running.version === version && running.inputs === inputs && running.limit === limit)
      return running.promise;
    const worker = this.context.worker;
    const text = document.getText();
    if (!worker?.usable || text.length < (this.context.workerMinLength ?? WORKER_MIN_LENGTH))
      return Promise.resolve(this.state(document));
    const refused = this.refusal(document, text, inputs, limit);
    if (refused) return Promise.resolve(this.store(uri, refused));
    this.analyzer.forget(uri); // its session, if it had one while small, is the worker's job now
    const record = {
      version,
      inputs,
      limit,
      promise: worker.analyze(uri, text, options).then(
        ({ analysis, millis }): DocumentState => {
          const doc = analyzedDocument(uri, version, text, analysis, millis);
          return this.landed(uri, record, { kind: 'analyzed', uri, version, doc }, inputs, limit, text);
        },
        (error: unknown): DocumentState => {
          if (error instanceof Superseded) throw error;
          const reason = `analysis failed: ${messageOf(error)}`;
          return this.landed(uri, record, { kind: 'error', uri, version, reason }, inputs, limit, text);
        },
      ),
    };
    this.pending.set(uri, record);
    return record.promise;
  }

  /** The analysis of this version, or undefined when the document is skipped, too large or failed. */
  analyzed(document: OpenDocument): AnalyzedDocument | undefined {
    const state = this.state(document);
    return state.kind === 'analyzed' ? state.doc : undefined;
  }

  /** The analysis of this version if it is already there, computing nothing. */
  ready(document: OpenDocument): AnalyzedDocument | undefined {
    const { inputs, limit } = this.keyOf(document);
    const state = this.cached(document, inputs, limit);
    return state?.kind === 'analyzed' ? state.doc : undefined;
  }

  /**
   * Why this version will not be analysed (skipped, too large), computing no analysis; undefined
   * when it will be. Cheap: the release test reads the first 4 kB, the size is counted.
   */
  refused(document: OpenDocument): DocumentState | undefined {
    const { inputs, limit } = this.keyOf(document);
    const cached = this.cached(document, inputs, limit);
    if (cached) return cached.kind === 'analyzed' ? undefined : cached;
    return this.refusal(document, document.getText(), inputs, limit)?.state;
  }

  /** The cached state without computing anything. */
  peek(uri: string): DocumentState | undefined {
    return this.entries.get(uri)?.state;
  }

  /** Analyse this document even when it does not look like a release. */
  force(uri: string): void {
    this.forced.add(uri);
    this.entries.delete(uri);
    this.pending.delete(uri);
  }

  /** Forget a document's analysis (changed: the next request recomputes). */
  drop(uri: string): void {
    this.entries.delete(uri);
    this.pending.delete(uri);
  }

  /** Forget when closed: also the "analyse anyway" choice and the analysis sessions. */
  close(uri: string): void {
    this.entries.delete(uri);
    this.pending.delete(uri);
    this.forced.delete(uri);
    this.analyzer.forget(uri);
    this.context.worker?.forget(uri);
  }

  /** Forget every analysis (the sessions stay: they hold work, never results). */
  clear(): void {
    this.entries.clear();
    this.pending.clear();
  }

  /** Open documents holding an analysis session on this thread (for tests). */
  sessionCount(): number {
    return this.analyzer.sessionCount();
  }

  private keyOf(document: OpenDocument): { options: AnalyzeOptions; inputs: string; limit: number } {
    const options = this.context.analyzeOptions(document.uri);
    return {
      options,
      inputs: this.inputsOf(document.uri, options),
      limit: this.context.settings().maxDocumentSize,
    };
  }

  private cached(document: OpenDocument, inputs: string, limit: number): DocumentState | undefined {
    const cached = this.entries.get(document.uri);
    if (
      cached !== undefined &&
      cached.state.version === document.version &&
      cached.inputs === inputs &&
      withinLimit(cached, limit)
    )
      return cached.state;
    return undefined;
  }

  private store(uri: string, entry: Entry): DocumentState {
    this.entries.set(uri, entry);
    this.context.onState?.(entry.state);
    return entry.state;
  }

  /** A worker's result: kept when it is still the newest asked for (never a stale version). */
  private landed(
    uri: string,
    record: object,
    state: DocumentState,
    inputs: string,
    limit: number,
    text: string,
  ): DocumentState {
    if (this.pending.get(uri) !== record) return state;
    this.pending.delete(uri);
    return this.store(uri, { state, inputs, size: byteLength(text), limit });
  }

  /** The settings (bar the size limit, see withinLimit) and options a state depends on, as a string. */
  private inputsOf(uri: string, options: AnalyzeOptions): string {
    return `${this.context.settings().enable}|${this.forced.has(uri)}|${optionsKey(options)}`;
  }

  /** The entry of a document that is not analysed (not a release, too large), or undefined. */
  private refusal(document: OpenDocument, text: string, inputs: string, limit: number): Entry | undefined {
    const { uri, version } = document;
    const settings = this.context.settings();
    const verdict = eligibility(document.languageId, text, settings, this.forced.has(uri));
    if (!verdict.analyze) {
      return {
        state: { kind: 'skipped', uri, version, reason: verdict.reason },
        inputs,
        size: undefined,
        limit,
      };
    }
    const size = byteLength(text);
    if (size > limit) {
      const reason = `The document is ${formatBytes(size)}, more than dateline.maxDocumentSize (${formatBytes(limit)}); Dateline does not analyse it.`;
      return { state: { kind: 'too-large', uri, version, reason, size, limit }, inputs, size, limit };
    }
    return undefined;
  }

  private compute(document: OpenDocument, options: AnalyzeOptions, inputs: string, limit: number): Entry {
    const { uri, version } = document;
    let size: number | undefined;
    const entry = (state: DocumentState): Entry => ({ state, inputs, size, limit });
    try {
      const text = document.getText();
      const refused = this.refusal(document, text, inputs, limit);
      if (refused) {
        this.analyzer.forget(uri);
        return refused;
      }
      size = byteLength(text);
      const started = performance.now();
      const analysis = this.analyzer.analyze(uri, text, options);
      const doc = analyzedDocument(uri, version, text, analysis, performance.now() - started);
      return entry({ kind: 'analyzed', uri, version, doc });
    } catch (error) {
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
