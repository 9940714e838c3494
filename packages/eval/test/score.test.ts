import { describe, expect, it } from 'vitest';
import { datelinePredictions } from '../src/predictors/dateline.js';
import { scorePredictions, scorePredictor } from '../src/score.js';
import type { EvalDocument, Prediction } from '../src/types.js';

const text = 'Gen. Joseph Votel met the Syrian Democratic Forces in Raqqa, Syria, on 3 May.';
//            0    5      12    18  22  26                              58 64 66   71    76

const doc: EvalDocument = {
  id: 'd1',
  source: 'synthetic',
  title: '',
  text,
  gold: [
    { type: 'person', start: 0, end: 17, sourceType: 'Person' },
    { type: 'organization', start: 22, end: 50, sourceType: 'Organisation' },
    { type: 'location', start: 54, end: 66, sourceType: 'Location' },
    { type: 'location', start: 61, end: 66, sourceType: 'Location' },
    { type: 'date', start: 71, end: 76, sourceType: 'Temporal' },
  ],
};

function type(score: ReturnType<typeof scorePredictions>, name: string) {
  return score.types.find((t) => t.type === name);
}

describe('scorePredictions', () => {
  it('normalises both sides, then counts strict and lenient matches per type', () => {
    const predictions: Prediction[] = [
      { type: 'person', start: 5, end: 17 }, // "Joseph Votel": lenient only
      { type: 'organization', start: 26, end: 51 }, // "Syrian Democratic Forces " = gold without "the"
      { type: 'organization', start: 26, end: 51 }, // a duplicate counts once
      { type: 'location', start: 54, end: 59 }, // "Raqqa": lenient with "Raqqa, Syria"
      { type: 'location', start: 61, end: 67 }, // "Syria,": strict after normalisation
      { type: 'nationality', start: 26, end: 32 }, // "Syrian": no nationality gold
      { type: 'date', start: 68, end: 76 }, // "on 3 May": lenient only
    ];
    const score = scorePredictions([doc], [predictions], { system: 'test' });
    expect(type(score, 'person')?.strict).toEqual({ gold: 1, predicted: 1, matched: 0 });
    expect(type(score, 'person')?.lenient).toEqual({ gold: 1, predicted: 1, matched: 1 });
    expect(type(score, 'organization')?.strict).toEqual({ gold: 1, predicted: 1, matched: 1 });
    expect(type(score, 'location')?.strict).toEqual({ gold: 2, predicted: 2, matched: 1 });
    expect(type(score, 'location')?.lenient).toEqual({ gold: 2, predicted: 2, matched: 2 });
    expect(type(score, 'nationality')?.lenient).toEqual({ gold: 0, predicted: 1, matched: 0 });
    expect(score.micro.types).toEqual(['person', 'organization', 'location', 'nationality', 'date']);
    expect(score.micro.strict).toEqual({ gold: 5, predicted: 6, matched: 2 });
    expect(score.micro.lenient).toEqual({ gold: 5, predicted: 6, matched: 5 });
  });

  it('micro over other types when asked', () => {
    const score = scorePredictions([doc], [[{ type: 'date', start: 71, end: 76 }]], {
      system: 'test',
      microTypes: ['date'],
    });
    expect(score.micro.strict).toEqual({ gold: 1, predicted: 1, matched: 1 });
  });

  it('every type is listed, primary types first', () => {
    const score = scorePredictions([doc], [[]], { system: 'test' });
    expect(score.types.map((t) => t.type).slice(0, 6)).toEqual([
      'person',
      'organization',
      'location',
      'nationality',
      'date',
      'role',
    ]);
    expect(score.types).toHaveLength(12);
  });
});

describe('scorePredictor', () => {
  it('runs any predictor on each document', () => {
    const seen: string[] = [];
    const score = scorePredictor(
      [doc],
      (t) => {
        seen.push(t);
        return [{ type: 'person', start: 0, end: 17 }];
      },
      { system: 'fake' },
    );
    expect(seen).toEqual([text]);
    expect(score.system).toBe('fake');
    expect(score.documents).toBe(1);
    expect(type(score, 'person')?.strict.matched).toBe(1);
  });

  it('rejects a prediction outside the text or of an unknown type, naming the system and document', () => {
    expect(() =>
      scorePredictor([doc], () => [{ type: 'person', start: 0, end: 999 }], { system: 'bad' }),
    ).toThrow(/^bad returned an invalid prediction on document d1/);
    const unknown = [{ type: 'colour', start: 0, end: 1 }] as unknown as Prediction[];
    expect(() => scorePredictor([doc], () => unknown, { system: 'bad' })).toThrow(/invalid prediction/);
  });
});

describe('datelinePredictions', () => {
  it('spans a person mention from its title, as re3d does', () => {
    const predictions = datelinePredictions('Gen. Joseph Votel met reporters in Baghdad.');
    expect(predictions).toContainEqual({ type: 'person', start: 0, end: 17 });
    expect(predictions).toContainEqual({ type: 'location', start: 35, end: 42 });
  });

  it("leaves out what a person's title names, as re3d annotates the person whole", () => {
    const t =
      'The Russian Foreign Minister Sergei Lavrov met Syrian refugees. Gen. Joseph Votel, commander of U.S. Central Command, flew to Syria.';
    const predictions = datelinePredictions(t).map((p) => `${p.type}:${t.slice(p.start, p.end)}`);
    expect(predictions).toContain('person:Russian Foreign Minister Sergei Lavrov');
    expect(predictions).toContain('person:commander of U.S. Central Command');
    expect(predictions).not.toContain('nationality:Russian');
    expect(predictions).not.toContain('organization:U.S. Central Command');
    expect(predictions).toContain('nationality:Syrian');
    expect(predictions).toContain('location:Syria');
  });
});
