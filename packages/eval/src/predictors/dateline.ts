/** Dateline as a predictor: every mention of every entity, projected onto re3d's flat spans. */
import { type AnalyzeOptions, analyze } from '@dateline/core';
import type { Prediction, Predictor } from '../types.js';

/**
 * Predictions of `@dateline/core` on `text`: one per mention of every entity (a role inside a
 * person's title is a prediction of its own type). A mention with an attached `title` spans from
 * the title to the end of the name, as re3d annotates persons ("Gen. Joseph Votel"); titles precede
 * names, and should one ever follow, the span still starts at the earlier of the two.
 *
 * A mention inside such a person span is left out: re3d annotates a person whole, title and all,
 * and almost never what the title names ("Russian" of "Russian Foreign Minister Sergei Lavrov",
 * "Syria" of "the UK Special Representative for Syria": on dev, 2 nationalities and 2
 * organisations inside persons, no place). Mentions inside organisations stay, as re3d sometimes
 * annotates those.
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
  const persons = predictions.filter((p) => p.type === 'person');
  const insidePerson = (p: Prediction) => persons.some((q) => q.start <= p.start && p.end <= q.end);
  return predictions.filter((p) => p.type === 'person' || !insidePerson(p));
}

export const datelinePredictor: Predictor = (text) => datelinePredictions(text);
