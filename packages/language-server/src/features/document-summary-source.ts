/** The document summary (headline, date, place, speakers, key entities, sentences) from the core. */
import { type Analysis, type DocumentSummary, summarizeDocument } from '@dateline/core';

/** Sentences quoted in the summary card. */
const SUMMARY_SENTENCES = 3;

export function documentSummary(text: string, analysis: Analysis): DocumentSummary {
  return summarizeDocument(text, analysis, { sentences: SUMMARY_SENTENCES });
}
