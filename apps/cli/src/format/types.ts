/** What every output format implements. Formats are looked up by name in ./registry.ts only. */
import type { Analysis } from '@dateline/core';

/** One analysed input: what the output calls it (`source`) and what the core found. */
export interface AnalysedDocument {
  /** The input path as given (or found under a folder given), or `-` for stdin. */
  readonly source: string;
  readonly analysis: Analysis;
  /**
   * The analysed text. Formats that show or re-cut the text (csv's line and column, brat's code-point
   * offsets, conll's tokens) need it; commands pass it whenever they have it.
   */
  readonly text?: string;
}

export interface FormatOptions {
  /**
   * Whether the command line can yield several documents (several inputs, or a folder). Formats with a
   * single-document shape (json) switch to their list shape (an array) then, even for 0 or 1 document,
   * so the shape depends on the command line only.
   */
  readonly multiple: boolean;
}

/** One run of a format: documents arrive in input order; the returned text is written as is. */
export interface FormatSession {
  document(doc: AnalysedDocument): string;
  /** Text after the last document (closing brackets, totals), possibly empty. */
  end(): string;
}

export interface Formatter {
  /** The value of --format. */
  readonly name: string;
  /** One line for --help. */
  readonly description: string;
  /**
   * The format holds one document per file (brat's .ann beside its .txt): several inputs cannot share
   * stdout, only a folder of files. Its `start({ multiple: true })` throws a UsageError.
   */
  readonly onePerFile?: boolean;
  /** The usual file name extension of the format ('.ann'), for writing one file per input. */
  readonly extension?: string;
  start(options: FormatOptions): FormatSession;
}
