/** Public entry of @dateline/core. */
export { analyze } from './analyze.js';
export { type AnalysisSession, createAnalysisSession } from './incremental/session.js';
export { entityAt } from './query/entity-at.js';
export { type MentionCounts, mentionCounts, mentionCountText } from './query/mention-counts.js';
export { looksLikePressRelease } from './structure/looks-like-release.js';
export {
  type DocumentSummary,
  type SummaryEntity,
  type SummaryOptions,
  type SummarySentence,
  type SummarySpeaker,
  summarizeDocument,
} from './summarize/document-summary.js';
export { shortName } from './summarize/entity-summary.js';
export * from './types.js';
