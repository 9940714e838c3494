/**
 * Scores a system on documents with gold mentions: per type and micro-averaged, strict and
 * lenient. Predictions and gold are normalised the same way (normalize.ts) and matched per document
 * and type (match.ts); counts are summed over documents (micro-averaging).
 */
import type { EntityType } from '@dateline/core';
import { isEntityType, PRIMARY_TYPES, REPORT_TYPE_ORDER } from './entity-types.js';
import { matchRanges, type SpanMatch } from './match.js';
import type { Counts } from './metrics.js';
import { sumCounts } from './metrics.js';
import { normalizeRange } from './normalize.js';
import type { EvalDocument, Prediction, Predictor, Range } from './types.js';

export interface TypeScore {
  type: EntityType;
  strict: Counts;
  lenient: Counts;
}

/** How one document's spans of each type were matched (what error analysis reads). */
export interface DocumentMatch {
  document: EvalDocument;
  /** Only types with gold or predictions in the document. */
  byType: Partial<Record<EntityType, SpanMatch>>;
}

export interface SystemScore {
  system: string;
  documents: number;
  /** Every type, in report order (types without gold or predictions have zero counts). */
  types: TypeScore[];
  /** Micro-average over `micro.types` (the primary types unless asked otherwise). */
  micro: { types: EntityType[]; strict: Counts; lenient: Counts };
  details: DocumentMatch[];
}

export interface ScoreOptions {
  /** The system's name in reports ("dateline", "compromise"). */
  system: string;
  /** Types the micro-average covers; default PRIMARY_TYPES. */
  microTypes?: readonly EntityType[];
}

/** Runs `predictor` on every document and scores it. Throws when it returns an invalid prediction. */
export function scorePredictor(
  documents: readonly EvalDocument[],
  predictor: Predictor,
  options: ScoreOptions,
): SystemScore {
  return scorePredictions(
    documents,
    documents.map((document) => checkedPredictions(document, predictor(document.text), options.system)),
    options,
  );
}

/** Scores predictions already made: `predictions[i]` belongs to `documents[i]`. */
export function scorePredictions(
  documents: readonly EvalDocument[],
  predictions: readonly (readonly Prediction[])[],
  options: ScoreOptions,
): SystemScore {
  const details = documents.map((document, i) => matchDocument(document, predictions[i] ?? []));
  const types = REPORT_TYPE_ORDER.map((type) => {
    const matches = details.flatMap((detail) => detail.byType[type] ?? []);
    return {
      type,
      strict: sumCounts(matches.map((m) => counts(m, m.strict.length))),
      lenient: sumCounts(matches.map((m) => counts(m, m.lenient.length))),
    };
  });
  const microTypes = [...(options.microTypes ?? PRIMARY_TYPES)];
  const inMicro = types.filter((score) => microTypes.includes(score.type));
  return {
    system: options.system,
    documents: documents.length,
    types,
    micro: {
      types: microTypes,
      strict: sumCounts(inMicro.map((score) => score.strict)),
      lenient: sumCounts(inMicro.map((score) => score.lenient)),
    },
    details,
  };
}

/** Normalises both sides and matches them type by type. */
export function matchDocument(document: EvalDocument, predictions: readonly Prediction[]): DocumentMatch {
  const gold = groupByType(document.text, document.gold);
  const predicted = groupByType(document.text, predictions);
  const byType: Partial<Record<EntityType, SpanMatch>> = {};
  for (const type of REPORT_TYPE_ORDER) {
    const g = gold.get(type) ?? [];
    const p = predicted.get(type) ?? [];
    if (g.length > 0 || p.length > 0) byType[type] = matchRanges(g, p);
  }
  return { document, byType };
}

function counts(match: SpanMatch, matched: number): Counts {
  return { gold: match.gold.length, predicted: match.predicted.length, matched };
}

/** Normalised ranges by type; spans that normalise to nothing are dropped. */
function groupByType(
  text: string,
  spans: readonly (Range & { type: EntityType })[],
): Map<EntityType, Range[]> {
  const byType = new Map<EntityType, Range[]>();
  for (const span of spans) {
    const range = normalizeRange(text, span.start, span.end);
    if (range === null) continue;
    const list = byType.get(span.type);
    if (list === undefined) byType.set(span.type, [range]);
    else list.push(range);
  }
  return byType;
}

function checkedPredictions(
  document: EvalDocument,
  predictions: readonly Prediction[],
  system: string,
): readonly Prediction[] {
  for (const p of predictions) {
    const valid =
      isEntityType(p.type) &&
      Number.isInteger(p.start) &&
      Number.isInteger(p.end) &&
      p.start >= 0 &&
      p.start <= p.end &&
      p.end <= document.text.length;
    if (!valid) {
      throw new Error(
        `${system} returned an invalid prediction on document ${document.id}: ${JSON.stringify(p)}`,
      );
    }
  }
  return predictions;
}
