/** Dateline as a predictor: every mention of every entity, nested mentions included. */
import { type AnalyzeOptions, analyze } from '@dateline/core';
import type { Prediction, Predictor } from '../types.js';

/**
 * Predictions of `@dateline/core` on `text`: one per mention of every entity (a nationality inside
 * a role, a role inside a person's title: each is a prediction of its own type). A mention with an
 * attached `title` spans from the title to the end of the name, as re3d annotates persons
 * ("Gen. Joseph Votel"); titles precede names, and should one ever follow, the span still starts at
 * the earlier of the two.
 */
export function datelinePredictions(text: string, options: AnalyzeOptions = {}): Prediction[] {
  const predictions: Prediction[] = [];
  for (const entity of analyze(text, options).entities) {
    for (const mention of entity.mentions) {
      const start =
        mention.title === undefined ? mention.start : Math.min(mention.title.start, mention.start);
      predictions.push({ type: entity.type, start, end: mention.end });
    }
  }
  return predictions;
}

export const datelinePredictor: Predictor = (text) => datelinePredictions(text);
