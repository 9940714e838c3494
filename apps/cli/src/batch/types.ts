/** What flows through a batch: units of work in, rendered results out, in input order. */
import type { Analysis, AnalyzeOptions } from '@dateline/core';

/**
 * One input to analyse. The main thread lists them; a worker (or the main thread with --jobs 1)
 * reads, decodes, analyses and renders each. `index` is the input's place in the output order.
 */
export type Unit =
  /** A file, read by the worker. `relative`: where --output <folder> puts its result. */
  | { index: number; kind: 'file'; source: string; path: string; relative: string }
  /** Bytes already read by the main thread (stdin), decoded by the worker. */
  | { index: number; kind: 'bytes'; source: string; bytes: Uint8Array; relative: string }
  /** Text already decoded (a line of --input-format jsonl). */
  | { index: number; kind: 'text'; source: string; text: string; relative: string }
  /** An input that failed before any reading (missing file, bad jsonl line): reported in its turn. */
  | { index: number; kind: 'error'; source: string; reason: string };

/** How a document's output is placed: first of a stream, after others, or alone in its own file. */
export type Position = 'first' | 'next' | 'alone';

/** What a renderer gets for one document: the analysed text too (highlighters and summaries need it). */
export interface RenderInput {
  readonly source: string;
  readonly text: string;
  readonly analysis: Analysis;
}

/**
 * Turns analysed documents into output text. Created once per worker (and once in the main thread)
 * from structured-clonable options, so a render must depend on the document and its position only:
 * formats that sum documents up at the end cannot run in parallel this way.
 */
export interface DocumentRenderer {
  render(input: RenderInput, position: Position): string;
  /** Text after the last document of a stream, given how many documents were written. */
  end(written: number): string;
}

/**
 * Where a renderer comes from: a module (file URL; it works from dist/ because the worker imports
 * it by URL) exporting `createRenderer(options)`, and its options (structured-clonable).
 */
export interface RendererSpec {
  readonly module: string;
  readonly options: unknown;
}

/** The settings every unit of a batch shares; sent once to each worker. */
export interface TaskSettings {
  readonly renderer: RendererSpec;
  readonly analyzeOptions: AnalyzeOptions;
  /** Per-input size limit in bytes, and how it is named in messages. */
  readonly maxBytes: number;
  readonly limitLabel: string;
  /** `alone` for --output <folder> (one file per input), else `stream`. */
  readonly mode: 'stream' | 'alone';
  /** Return the analysed text too (written beside a brat .ann, whose offsets count in it). */
  readonly withText?: boolean;
}

/** The rendered result of one unit, or why it failed; warnings either way. */
export type UnitResult =
  | {
      index: number;
      ok: true;
      /** The output when no document was written before this one (asked for with `want` first or both). */
      first?: string;
      /** The output after other documents (stream), or the whole file's content (alone). */
      output: string;
      /** The analysed text, with `withText`. */
      text?: string;
      warnings: string[];
    }
  | { index: number; ok: false; reason: string; warnings: string[] };

/**
 * A unit on its way to a worker, with the stream positions to render it for: `first` when it is sure
 * to be the first document written (--jobs 1 knows), `both` when it may be (the first results of a
 * pool), else `next`.
 */
export interface TaskRequest {
  readonly unit: Exclude<Unit, { kind: 'error' }>;
  readonly want: 'first' | 'next' | 'both';
}
