/** One evaluation run: a corpus, the systems scored on it, the rows to report, errors if asked. */
import type { EntityType } from '@dateline/core';
import { inReportOrder, PRIMARY_TYPES } from '../entity-types.js';
import { collectErrors, type ErrorPattern, errorPatterns } from '../errors.js';
import type { Re3dCorpus } from '../re3d/load.js';
import { type SystemScore, scorePredictor } from '../score.js';
import type { Predictor } from '../types.js';

export interface SystemUnderTest {
  name: string;
  predictor: Predictor;
}

export interface EvaluationOptions {
  /**
   * Restrict the report to these types: rows, micro-average and errors. Default: rows and errors for
   * every type the corpus annotates, micro over the primary types.
   */
  types?: readonly EntityType[];
  /** Error patterns with this many example texts each (0 or absent: no error analysis). */
  errors?: number;
}

export interface SystemResult {
  score: SystemScore;
  /** Present when errors were asked for. */
  errors?: ErrorPattern[];
}

export interface Evaluation {
  corpus: Re3dCorpus;
  /** Gold annotations loaded (confidence ≥ 0.5, mapped types), before normalisation and deduplication. */
  goldAnnotations: number;
  /** The table's rows, in report order. */
  rows: EntityType[];
  /** The types the micro-average covers. */
  microTypes: EntityType[];
  results: SystemResult[];
}

/** Scores each system on the corpus (the first system is "ours": deltas are taken against it). */
export function evaluate(
  corpus: Re3dCorpus,
  systems: readonly SystemUnderTest[],
  options: EvaluationOptions = {},
): Evaluation {
  const requested = options.types === undefined ? undefined : inReportOrder(options.types);
  const withGold = new Set(corpus.documents.flatMap((document) => document.gold.map((gold) => gold.type)));
  const rows = requested ?? inReportOrder(withGold);
  const microTypes = requested ?? [...PRIMARY_TYPES];
  const results = systems.map(({ name, predictor }): SystemResult => {
    const score = scorePredictor(corpus.documents, predictor, { system: name, microTypes });
    if (!options.errors) return { score };
    // Only the reported types: predictions of a type the corpus never annotates (role, event)
    // count in no score, so listing them would only hide the errors that do count.
    const items = collectErrors(score).filter((item) => rows.includes(item.type));
    return { score, errors: errorPatterns(items, options.errors) };
  });
  return {
    corpus,
    goldAnnotations: corpus.documents.reduce((sum, document) => sum + document.gold.length, 0),
    rows,
    microTypes,
    results,
  };
}
