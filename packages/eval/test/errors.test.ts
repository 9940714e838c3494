import { describe, expect, it } from 'vitest';
import { collectErrors, describePattern, errorPatterns } from '../src/errors.js';
import { scorePredictions } from '../src/score.js';
import type { EvalDocument, Prediction } from '../src/types.js';

const text = 'He said the Iraqi Army and Syrian Army fought in Mosul, Iraq, near Raqqa today.';
const at = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length };
};

const doc: EvalDocument = {
  id: 'D1234567890',
  source: 'synthetic',
  title: '',
  text,
  gold: [
    { type: 'person', ...at('He'), sourceType: 'Person' }, // missed
    { type: 'organization', ...at('Iraqi Army'), sourceType: 'Organisation' }, // boundary
    { type: 'organization', ...at('Syrian Army'), sourceType: 'Organisation' }, // predicted as nationality
    { type: 'location', ...at('Mosul'), sourceType: 'Location' }, // matched by "Mosul, Iraq"
    { type: 'location', ...at('Iraq', 50), sourceType: 'Location' }, // merged into "Mosul, Iraq"
    { type: 'date', ...at('today'), sourceType: 'Temporal' }, // matched
  ],
};

const predictions: Prediction[] = [
  { type: 'organization', ...at('Iraqi Army and') }, // boundary
  { type: 'nationality', ...at('Syrian') }, // wrong type (gold organization)
  { type: 'location', ...at('Mosul, Iraq') },
  { type: 'location', ...at('Raqqa') }, // spurious
  { type: 'date', ...at('today') },
  { type: 'date', ...at('toda') }, // split: extra piece of a matched gold date
];

describe('collectErrors', () => {
  const items = collectErrors(scorePredictions([doc], [predictions], { system: 't' }));
  const summary = items.map((i) => [i.kind, i.type, i.otherType ?? '', i.text, i.predictedText ?? '']);

  it('classifies false negatives, false positives and boundary errors', () => {
    expect(summary).toEqual([
      ['missed', 'person', '', 'He', ''],
      ['confused', 'organization', 'nationality', 'Syrian Army', ''],
      ['boundary', 'organization', '', 'Iraqi Army', 'Iraqi Army and'],
      ['merged', 'location', '', 'Iraq', ''],
      ['spurious', 'location', '', 'Raqqa', ''],
      ['boundary', 'location', '', 'Mosul', 'Mosul, Iraq'],
      ['wrong-type', 'nationality', 'organization', 'Syrian', ''],
      ['split', 'date', '', 'toda', ''],
    ]);
  });

  it('shows each error in context', () => {
    expect(items[0]?.context).toBe('[He] said the Iraqi Army and Syrian Army fou…');
    expect(items[0]?.documentId).toBe('D1234567890');
  });
});

describe('errorPatterns', () => {
  const base = {
    type: 'person' as const,
    documentId: 'd',
    source: 's',
    start: 0,
    end: 1,
    context: '',
  };

  it('groups by kind and type, most frequent first, texts by frequency then text', () => {
    const patterns = errorPatterns(
      [
        { ...base, kind: 'missed', text: 'he' },
        { ...base, kind: 'spurious', text: 'X' },
        { ...base, kind: 'missed', text: 'I' },
        { ...base, kind: 'missed', text: 'he' },
        { ...base, kind: 'missed', text: 'We' },
      ],
      2,
    );
    expect(patterns.map((p) => [p.kind, p.count, p.examples.map((e) => [e.text, e.count])])).toEqual([
      [
        'missed',
        4,
        [
          ['he', 2],
          ['I', 1],
        ],
      ],
      ['spurious', 1, [['X', 1]]],
    ]);
  });

  it('describes patterns in words', () => {
    expect(describePattern({ kind: 'confused', type: 'person', otherType: 'role' })).toBe(
      'FN person: predicted as role',
    );
    expect(describePattern({ kind: 'wrong-type', type: 'location', otherType: 'organization' })).toBe(
      'FP location: gold says organization',
    );
  });
});
