/**
 * Incremental re-analysis for editors: a session is the caller's memo of the last analysis, so the
 * next version of the same document recomputes only what an edit touched. The core keeps no state
 * of its own; the session is a plain object its holder drops when the document closes.
 *
 *   const session = createAnalysisSession();
 *   session.analyze(text, options); // as analyze(): same result, byte for byte
 *   session.analyze(edited, options); // reuses the unchanged sentences' work
 *
 * What is reused (docs/ARCHITECTURE.md): the tokens and gazetteer codes of unchanged pieces of text
 * (tokens.ts), the local recognisers' candidates of unchanged paragraphs (paragraphs.ts) and the
 * tagger's labels of every sentence whose features are unchanged (decode-memo.ts). Everything
 * document-level runs again. The memo holds what the last analysis used, no
 * more, so its size follows the document, not the length of the session.
 */
import { analyzeWith } from '../analyze.js';
import type { Analysis, AnalyzeOptions } from '../types.js';
import { createReuse } from './reuse.js';

export interface AnalysisSession {
  /** The analysis of `text`, identical to `analyze(text, options)`, reusing the previous call's work. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** Forgets everything kept (the next call computes from scratch). */
  reset(): void;
}

export function createAnalysisSession(): AnalysisSession {
  let reuse = createReuse();
  return {
    analyze: (text, options = {}) => analyzeWith(text, options, reuse),
    reset: () => {
      reuse = createReuse();
    },
  };
}
