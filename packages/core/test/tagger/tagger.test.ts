/**
 * The statistical tagger (src/recognize/tagger): features are deterministic, training learns a
 * pattern, the wire form round-trips, and the shipped model tags a plain sentence as a reader would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Candidate } from '../../src/recognize/candidate.js';
import type { RecognitionContext } from '../../src/recognize/context.js';
import { augment, taggerHooks } from '../../src/recognize/tagger/apply.js';
import { decodeModel, encodeModel, fromBase64, toBase64 } from '../../src/recognize/tagger/codec.js';
import { extractFeatures, FeatureExtractor } from '../../src/recognize/tagger/features.js';
import {
  beginOf,
  insideOf,
  LABEL_COUNT,
  OUTSIDE,
  spansOf,
  taggedTypeIndex,
} from '../../src/recognize/tagger/labels.js';
import { decode, emissions, segments, viterbi } from '../../src/recognize/tagger/model.js';
import { EmissionScorer } from '../../src/recognize/tagger/scorer.js';
import { type TrainingDocument, trainTagger } from '../../src/recognize/tagger/train.js';
import { TAGGER_MODEL } from '../../src/recognize/tagger/weights.js';

/** The tagger's input for `text`: the context and the rules' mentions, as analyze() builds them. */
function inputOf(text: string): { ctx: RecognitionContext; mentions: readonly Candidate[] } {
  let seen: { ctx: RecognitionContext; mentions: readonly Candidate[] } | undefined;
  taggerHooks.model = null;
  taggerHooks.observe = (ctx, mentions) => {
    seen = { ctx, mentions };
  };
  analyze(text);
  taggerHooks.observe = undefined;
  taggerHooks.model = undefined;
  if (!seen) throw new Error('the tagger was not reached');
  return seen;
}

function spanTexts(text: string, ctx: RecognitionContext, labels: Uint8Array): string[] {
  return spansOf(labels).map(
    (s) => `${s.type}:${text.slice(ctx.tokens[s.startToken]?.start, ctx.tokens[s.endToken - 1]?.end)}`,
  );
}

afterEach(() => {
  taggerHooks.model = undefined;
  taggerHooks.observe = undefined;
  taggerHooks.options = undefined;
});

describe('features', () => {
  it('are the same integers every time, below the table size', () => {
    const text = 'Secretary General Jens Stoltenberg met the Turkish Foreign Minister in Brussels on Monday.';
    const { ctx, mentions } = inputOf(text);
    const a = extractFeatures(ctx, mentions, 12);
    const b = extractFeatures(inputOf(text).ctx, inputOf(text).mentions, 12);
    expect(Array.from(a.ids)).toEqual(Array.from(b.ids));
    expect(Array.from(a.offsets)).toEqual(Array.from(b.offsets));
    expect(a.offsets.length).toBe(ctx.tokens.length + 1);
    expect(Math.max(...a.ids)).toBeLessThan(1 << 12);
    // The streaming extractor the tagger uses gives the stored features token by token.
    const extractor = new FeatureExtractor(ctx, mentions, 12);
    const buffer = new Uint32Array(64);
    const count = extractor.token(2, buffer);
    expect(Array.from(buffer.subarray(0, count))).toEqual(
      Array.from(a.ids.subarray(a.offsets[2], a.offsets[3])),
    );
  });

  it("score as the sum of every feature's weights, when summed per token type", () => {
    const text = [
      'WASHINGTON, May 4 -- Secretary General Jens Stoltenberg met the Turkish Foreign Minister in Brussels.',
      'Stoltenberg said NATO would help. The Minister thanked stoltenberg and the people of Brussels.',
      '',
      'Contact: Jane Doe, +1 202 555 0100. F-16 jets flew over northern Syria on 3 May 2021.',
    ].join('\n');
    const { ctx, mentions } = inputOf(text);
    const model = decodeModel(TAGGER_MODEL);
    const extractor = new FeatureExtractor(ctx, mentions, model.bits);
    // With the non-zero rows the wire form lists, and found by scanning the table.
    const scorers = [
      new EmissionScorer(model, extractor),
      new EmissionScorer({ ...model, live: undefined }, extractor),
    ];
    const labels = LABEL_COUNT;
    const buffer = new Uint32Array(64);
    const fast = new Float32Array(labels);
    for (let i = 0; i < ctx.tokens.length; i++) {
      const count = extractor.token(i, buffer);
      const slow = new Float32Array(labels);
      for (let l = 0; l < labels; l++) {
        let sum = 0;
        for (let f = 0; f < count; f++) sum += model.weights[(buffer[f] ?? 0) * labels + l] ?? 0;
        slow[l] = sum * model.scale;
      }
      for (const scorer of scorers) {
        scorer.token(i, fast, 0);
        expect(Array.from(fast)).toEqual(Array.from(slow));
      }
    }
  });

  it('cut sentences longer than 256 tokens into pieces, so memory stays bounded', () => {
    const { ctx } = inputOf(`${'word '.repeat(1000)}end`);
    const pieces = segments(ctx);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    for (const [from, to] of pieces) expect(to - from).toBeLessThanOrEqual(256);
  });
});

describe('training', () => {
  it('learns a toy pattern: "Zorblat" is an organisation, wherever it stands', () => {
    const frames = [
      'Officials from Zorblat arrived on Tuesday.',
      'The statement said Zorblat would help.',
      'We thank Zorblat for its support.',
      'Talks between farmers and Zorblat continued.',
      'A spokesperson for Zorblat declined to comment.',
      'Zorblat and its partners signed the accord.',
    ];
    const k = taggedTypeIndex('organization');
    const documents: TrainingDocument[] = frames.map((text) => {
      const { ctx, mentions } = inputOf(text);
      const gold = new Uint8Array(ctx.tokens.length);
      ctx.tokens.forEach((t, i) => {
        if (t.text === 'Zorblat') gold[i] = beginOf(k);
      });
      return { features: extractFeatures(ctx, mentions, 14), gold, segments: segments(ctx) };
    });
    const model = trainTagger(documents, { bits: 14, epochs: 8, seed: 1 });
    const text = 'Yesterday the envoy met Zorblat in the capital.';
    const { ctx, mentions } = inputOf(text);
    const labels = decode(model, ctx, new FeatureExtractor(ctx, mentions, 14));
    expect(spanTexts(text, ctx, labels)).toEqual(['organization:Zorblat']);
    // Same data, same seed: the same model.
    const again = trainTagger(documents, { bits: 14, epochs: 8, seed: 1 });
    expect(Array.from(again.weights)).toEqual(Array.from(model.weights));
  });

  it('learns the order of labels from the transitions: a two-word name is begin then inside', () => {
    // Both name tokens have the same single feature, so only the transitions can tell the first
    // from the second: a decoder that kept stale (zero) transitions while training labels both alike.
    const NAME = 5;
    const OTHER = 7;
    const person = taggedTypeIndex('person');
    const document = (pattern: string): TrainingDocument => {
      const ids = [...pattern].map((c) => (c === 'n' ? NAME : OTHER));
      const gold = Uint8Array.from(
        [...pattern].map((c, i) =>
          c !== 'n' ? OUTSIDE : pattern[i - 1] === 'n' ? insideOf(person) : beginOf(person),
        ),
      );
      return {
        features: {
          offsets: Uint32Array.from(ids.map((_, i) => i).concat(ids.length)),
          ids: Uint32Array.from(ids),
        },
        gold,
        segments: [[0, ids.length]],
      };
    };
    const model = trainTagger(['onno', 'oonn', 'nnoo', 'onnoonn'].map(document), {
      bits: 4,
      epochs: 10,
      seed: 1,
    });
    const test = document('oonno');
    const scores = new Float32Array(5 * LABEL_COUNT);
    emissions(model, test.features, 0, 5, scores);
    const labels = new Uint8Array(5);
    viterbi(model, scores, 5, labels, 0);
    expect(Array.from(labels)).toEqual(Array.from(test.gold));
  });

  it('keeps BIO well formed: no inside label without a beginning', () => {
    const labels = Uint8Array.from([OUTSIDE, beginOf(0), insideOf(0), OUTSIDE, beginOf(2)]);
    expect(spansOf(labels)).toEqual([
      { type: 'person', startToken: 1, endToken: 3 },
      { type: 'location', startToken: 4, endToken: 5 },
    ]);
  });
});

describe('the wire form', () => {
  it('round-trips base64', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    for (let n = 0; n <= bytes.length; n++)
      expect(Array.from(fromBase64(toBase64(bytes.subarray(0, n))))).toEqual(
        Array.from(bytes.subarray(0, n)),
      );
  });

  it('decodes to the model it encoded (quantised)', () => {
    const model = decodeModel(TAGGER_MODEL);
    const again = decodeModel(encodeModel(model));
    expect(again.bits).toBe(model.bits);
    expect(again.scale).toBe(model.scale);
    // Compared index by index: a deep equality of two million-element arrays took seconds, and
    // timed out on a loaded machine.
    const firstDifference = (a: ArrayLike<number>, b: ArrayLike<number>) => {
      if (a.length !== b.length) return Math.min(a.length, b.length);
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
      return -1;
    };
    expect(firstDifference(again.weights, model.weights)).toBe(-1);
    expect(firstDifference(again.transitions, model.transitions)).toBe(-1);
  });
});

describe('the shipped model', () => {
  it('is small', () => {
    expect(TAGGER_MODEL.length).toBeLessThan(2 * 1024 * 1024);
  });

  it('tags "Jens Stoltenberg met Lloyd Austin in Brussels."', () => {
    const text = 'Jens Stoltenberg met Lloyd Austin in Brussels.';
    const { ctx, mentions } = inputOf(text);
    const model = decodeModel(TAGGER_MODEL);
    const labels = decode(model, ctx, new FeatureExtractor(ctx, mentions, model.bits));
    expect(spanTexts(text, ctx, labels)).toEqual([
      'person:Jens Stoltenberg',
      'person:Lloyd Austin',
      'location:Brussels',
    ]);
    const entities = analyze(text).entities.map((e) => `${e.type}:${e.name}`);
    expect(entities).toEqual(['person:Jens Stoltenberg', 'person:Lloyd Austin', 'location:Brussels']);
  });

  it('adds nothing glued to an escape sequence', () => {
    const text = 'Secretary General Jens Stoltenberg \u001b[2J\u001b[31mmet\u009b31m ministers today.';
    const names = analyze(text).entities.map((e) => `${e.type}:${e.name}`);
    expect(names.filter((n) => n.includes('31m'))).toEqual([]);
  });

  it('adds a name the rules miss', () => {
    // "Qanbar" is in no list and has no title or first name before it.
    const text = 'The meeting was chaired by Abboud Qanbar, who thanked the delegation.';
    taggerHooks.model = null;
    const rules = analyze(text)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.name);
    taggerHooks.model = undefined;
    const tagged = analyze(text)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.name);
    expect(rules).toEqual([]);
    expect(tagged).toEqual(['Abboud Qanbar']);
  });
});

describe('places the tagger may join over a comma', () => {
  /** The places after the tagger grows one location span over [first word, last word] of `text`. */
  function joined(text: string, from: string, to: string): string[] {
    const { ctx, mentions } = inputOf(text);
    const startToken = ctx.tokens.findIndex((t) => t.text === from);
    const endToken = ctx.tokens.findIndex((t, k) => k > startToken && t.text === to) + 1;
    const out = augment(ctx, mentions, [{ type: 'location', startToken, endToken }], {
      mode: 'augment',
      retype: ['nationality'],
      grow: ['location'],
      keepRuleSpans: false,
      ruleDates: true,
      consistency: false,
    });
    return out.filter((m) => m.type === 'location').map((m) => text.slice(m.start, m.end));
  }

  it('a place and the country or state it lies in: "Anbar, Iraq", "TORONTO, ONTARIO"', () => {
    expect(
      joined('The strikes were carried out near Anbar, Iraq, early this morning.', 'Anbar', 'Iraq'),
    ).toEqual(['Anbar, Iraq']);
    expect(joined('TORONTO, ONTARIO - The company said.', 'TORONTO', 'ONTARIO')).toEqual([
      'TORONTO, ONTARIO',
    ]);
  });

  it('not two items of a list: "Norway, Spain", "Mosul, Tikrit"', () => {
    expect(joined('The aid was sent from Norway, Spain and Italy this week.', 'Norway', 'Spain')).toEqual([
      'Norway',
      'Spain',
      'Italy',
    ]);
    expect(joined('The forces retook Mosul, Tikrit and Ramadi during the year.', 'Mosul', 'Tikrit')).toEqual([
      'Mosul',
      'Tikrit',
      'Ramadi',
    ]);
  });
});

describe('groups the tagger may grow', () => {
  it('over what qualifies a group, not over the verb before it', () => {
    const mentions = (text: string) =>
      analyze(text)
        .entities.filter((e) => e.type === 'organization')
        .flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions('The mission trains, advises and assists Afghan forces.')).toEqual(['Afghan forces']);
    expect(mentions('The NATO-led mission advises Afghan forces.')).toEqual(['NATO', 'Afghan forces']);
  });
});
