/** The data the evaluation works on: documents with gold mentions, predictions, predictors. */
import type { EntityType } from '@dateline/core';

/** A stretch of a document: UTF-16 offsets, end exclusive (the convention of `@dateline/core`). */
export interface Range {
  start: number;
  end: number;
}

/** One predicted mention: what any system under evaluation returns. */
export interface Prediction extends Range {
  type: EntityType;
}

/**
 * A system under evaluation: text in, typed spans out. Dateline and every peer are wrapped as one,
 * so they are scored by the same code on the same documents.
 */
export type Predictor = (text: string) => readonly Prediction[];

/** A gold mention, already mapped to a Dateline type and above the confidence threshold. */
export interface GoldMention extends Range {
  type: EntityType;
  /** The corpus's own type name ("Organisation", "MilitaryPlatform"). */
  sourceType: string;
}

/** A document of an evaluation corpus. */
export interface EvalDocument {
  /** Id within the corpus (re3d: the `_id` of documents.json). */
  id: string;
  /** Where it comes from (re3d: the folder, such as `uk-government`). */
  source: string;
  title: string;
  text: string;
  gold: GoldMention[];
}
