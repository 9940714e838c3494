/**
 * Emission scores of a quantised model (integer weights), the tagger's hot loop. A token's score is
 * the sum of its features' weight rows. All but two of those features belong to the token types
 * around it (TYPE_FEATURES), and types repeat, so each distinct type's sums are computed once: a
 * token adds five cached sums and the rows of its two word pairs. Integer sums do not depend on
 * the order of the terms, so the scores are exactly those of summing every feature's row.
 * Most rows of the table are zero (pruned, or never trained): a bit per row says which are not,
 * so a word pair on a zero row costs a look into a small bitset, not a cache miss.
 */
import { type FeatureExtractor, MAX_FEATURES, REACH, TYPE_FEATURES } from './features.js';
import { LABEL_COUNT } from './labels.js';
import type { TaggerModel } from './model.js';

const L = LABEL_COUNT;
const SLOTS = TYPE_FEATURES.length;

/** Whether the scorer applies: weights that sum exactly in any order. */
export function hasIntegerWeights(model: TaggerModel): boolean {
  return model.weights instanceof Int8Array || model.weights instanceof Int16Array;
}

/** Which rows of a model's table hold a non-zero weight, a bit per row, for models that do not say. */
const liveCache = new WeakMap<TaggerModel['weights'], Uint32Array>();

function liveRows(weights: TaggerModel['weights']): Uint32Array {
  let live = liveCache.get(weights);
  if (live) return live;
  const rows = weights.length / L;
  live = new Uint32Array(Math.ceil(rows / 32));
  for (let row = 0; row < rows; row++) {
    for (let l = 0; l < L; l++) {
      if (weights[row * L + l] !== 0) {
        live[row >>> 5] = (live[row >>> 5] as number) | (1 << (row & 31));
        break;
      }
    }
  }
  liveCache.set(weights, live);
  return live;
}

export class EmissionScorer {
  private readonly weights: TaggerModel['weights'];
  private readonly scale: number;
  private readonly live: Uint32Array;
  /**
   * sums[(type * SLOTS + slot) * L + l]: the weights of TYPE_FEATURES[slot] of the type, summed.
   * 16 bits hold a sum of at most MAX_FEATURES 8-bit weights, halving the cache for the shipped model.
   */
  private readonly sums: Int16Array | Int32Array;
  /** summed[type]: the type's sums are in `sums`. */
  private readonly summed: Uint8Array;
  private readonly buffer = new Uint32Array(MAX_FEATURES);
  private readonly total = new Int32Array(L);

  constructor(
    model: TaggerModel,
    private readonly extractor: FeatureExtractor,
  ) {
    const { weights } = model;
    this.weights = weights;
    this.scale = model.scale;
    this.live = model.live ?? liveRows(weights);
    const size = extractor.types.length * SLOTS * L;
    this.sums = weights instanceof Int8Array ? new Int16Array(size) : new Int32Array(size);
    this.summed = new Uint8Array(extractor.types.length);
  }

  /**
   * Sums a type's features on its first use: in an analysis session most sentences take their
   * labels from the memo, and their types are never scored at all.
   */
  private sum(type: number): void {
    const { sums, weights, buffer, extractor } = this;
    const { types, mask } = extractor;
    for (let slot = 0; slot < SLOTS; slot++) {
      const features = TYPE_FEATURES[slot] as (typeof TYPE_FEATURES)[number];
      const count = features(types[type] as (typeof types)[number], buffer, 0, mask);
      const base = (type * SLOTS + slot) * L;
      for (let f = 0; f < count; f++) {
        const row = (buffer[f] as number) * L;
        for (let l = 0; l < L; l++)
          sums[base + l] = (sums[base + l] as number) + (weights[row + l] as number);
      }
    }
    this.summed[type] = 1;
  }

  /** Writes the scores of token i into scores[base .. base + LABEL_COUNT). */
  token(i: number, scores: Float32Array, base: number): void {
    const { sums, weights, buffer, total, extractor, live, summed } = this;
    const ids = extractor.typeIds;
    for (let l = 0; l < L; l++) total[l] = 0;
    for (let slot = 0; slot < SLOTS; slot++) {
      const at = i + slot - REACH;
      const type = at >= 0 && at < ids.length ? (ids[at] as number) : 0;
      if (!summed[type]) this.sum(type);
      const from = (type * SLOTS + slot) * L;
      for (let l = 0; l < L; l++) total[l] = (total[l] as number) + (sums[from + l] as number);
    }
    const count = extractor.pairs(i, buffer, 0);
    for (let f = 0; f < count; f++) {
      const id = buffer[f] as number;
      if (!(((live[id >>> 5] as number) >>> (id & 31)) & 1)) continue;
      const row = id * L;
      for (let l = 0; l < L; l++) total[l] = (total[l] as number) + (weights[row + l] as number);
    }
    for (let l = 0; l < L; l++) scores[base + l] = (total[l] as number) * this.scale;
  }
}
