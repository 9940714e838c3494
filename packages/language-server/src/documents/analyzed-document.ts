/**
 * One analysed version of a document: its text, the core's analysis and the line index that
 * converts between the two, plus small look-ups features share. Features are pure functions of
 * this value, so they are tested without a connection.
 */
import {
  type Analysis,
  type AnalysisSession,
  type AnalyzeOptions,
  analyze,
  type Entity,
  entityAt,
  type Mention,
} from '@dateline/core';
import { LineIndex } from '../position/line-index.js';

export interface AnalyzedDocument {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  analysis: Analysis;
  /** How long the analysis took. */
  millis: number;
}

/**
 * Analyses `text` (synchronously, as the core is) and wraps it for features. With the document's
 * analysis session, the work on what an edit left unchanged is reused (the result is the same).
 */
export function analyzeDocument(
  uri: string,
  version: number,
  text: string,
  options: AnalyzeOptions = {},
  session?: AnalysisSession,
): AnalyzedDocument {
  const started = performance.now();
  const analysis = session ? session.analyze(text, options) : analyze(text, options);
  return analyzedDocument(uri, version, text, analysis, performance.now() - started);
}

/** Wraps an analysis made elsewhere (the analysis worker, the server's own analyzer) for features. */
export function analyzedDocument(
  uri: string,
  version: number,
  text: string,
  analysis: Analysis,
  millis: number,
): AnalyzedDocument {
  return { uri, version, text, lines: new LineIndex(text), analysis, millis };
}

/** The entity and mention at an offset (the core's `entityAt`), or undefined. */
export function mentionAt(
  doc: AnalyzedDocument,
  offset: number,
): { entity: Entity; mention: Mention } | undefined {
  return entityAt(doc.analysis, offset);
}

/** The entity's mentions in text order (the core lists them so; sorted again to be sure). */
export function mentionsInOrder(entity: Entity): Mention[] {
  return [...entity.mentions].sort((a, b) => a.start - b.start);
}

/** The entity's first mention in the text. */
export function firstMention(entity: Entity): Mention | undefined {
  let first: Mention | undefined;
  for (const mention of entity.mentions)
    if (first === undefined || mention.start < first.start) first = mention;
  return first;
}

/** Index of the sentence holding `offset` in `analysis.document.sentences`, or -1. */
export function sentenceIndexAt(analysis: Analysis, offset: number): number {
  const sentences = analysis.document.sentences;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid];
    if (sentence === undefined) break;
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Entity by id. */
export function entityById(analysis: Analysis, id: string): Entity | undefined {
  return analysis.entities.find((entity) => entity.id === id);
}
