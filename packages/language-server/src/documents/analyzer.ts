/**
 * The core analyses of the open documents, wherever they run (the server's thread for small
 * documents, the analysis worker for large ones). A document's first version is analysed with
 * plain `analyze()`; from its second version on, through the document's core analysis session,
 * which reuses the work on what an edit left alone. The result is the same either way (the session
 * gives what `analyze()` gives); what differs is the cost of the first run: a session's first run
 * also fills its memo, on the 1 MB bench release 1.35 s → 1.54 s of CPU in a fresh process and
 * 0.85 s → 1.1 s once warm (medians of three processes on a loaded machine), paid for a document
 * that may never be edited. The first edit pays it instead, once.
 */
import {
  type Analysis,
  type AnalysisSession,
  type AnalyzeOptions,
  analyze,
  createAnalysisSession,
} from '@dateline/core';

export class Analyzer {
  /** Documents analysed at least once, with their session once they have been edited. */
  private readonly documents = new Map<string, { session: AnalysisSession | undefined }>();

  analyze(uri: string, text: string, options: AnalyzeOptions): Analysis {
    const known = this.documents.get(uri);
    if (!known) {
      // Remembered before the analysis: a failure below still makes the next version use a session.
      this.documents.set(uri, { session: undefined });
      return analyze(text, options);
    }
    known.session ??= createAnalysisSession();
    try {
      return known.session.analyze(text, options);
    } catch (error) {
      // A failed analysis may have left its session half updated: start the next one afresh.
      known.session = undefined;
      throw error;
    }
  }

  /** Forget a document (closed, skipped, too large): its session goes with it. */
  forget(uri: string): void {
    this.documents.delete(uri);
  }

  /** Documents holding an analysis session (for tests). */
  sessionCount(): number {
    let count = 0;
    for (const known of this.documents.values()) if (known.session) count++;
    return count;
  }
}
