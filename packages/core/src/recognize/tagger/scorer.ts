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
// token() sums in eleven registers, one per label (O, then B and I of five types).
if (L !== 11) throw new Error(`the emission scorer is unrolled for 11 labels, not ${L}`);
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

  /**
   * Writes the scores of token i into scores[base .. base + LABEL_COUNT). Unrolled over the eleven
   * labels, summing in registers as model.ts' sumRows does: an array of totals cost a load and a
   * store per label and term. The sums are integers, so they are exactly those of that array.
   */
  token(i: number, scores: Float32Array, base: number): void {
    const { sums, weights, buffer, extractor, live, summed } = this;
    const ids = extractor.typeIds;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    let s8 = 0;
    let s9 = 0;
    let s10 = 0;
    for (let slot = 0; slot < SLOTS; slot++) {
      const at = i + slot - REACH;
      const type = at >= 0 && at < ids.length ? (ids[at] as number) : 0;
      if (!summed[type]) this.sum(type);
      const r = (type * SLOTS + slot) * 11;
      s0 += sums[r] as number;
      s1 += sums[r + 1] as number;
      s2 += sums[r + 2] as number;
      s3 += sums[r + 3] as number;
      s4 += sums[r + 4] as number;
      s5 += sums[r + 5] as number;
      s6 += sums[r + 6] as number;
      s7 += sums[r + 7] as number;
      s8 += sums[r + 8] as number;
      s9 += sums[r + 9] as number;
      s10 += sums[r + 10] as number;
    }
    const count = extractor.pairs(i, buffer, 0);
    for (let f = 0; f < count; f++) {
      const id = buffer[f] as number;
      if (!(((live[id >>> 5] as number) >>> (id & 31)) & 1)) continue;
      const r = id * 11;
      s0 += weights[r] as number;
      s1 += weights[r + 1] as number;
      s2 += weights[r + 2] as number;
      s3 += weights[r + 3] as number;
      s4 += weights[r + 4] as number;
      s5 += weights[r + 5] as number;
      s6 += weights[r + 6] as number;
      s7 += weights[r + 7] as number;
      s8 += weights[r + 8] as number;
      s9 += weights[r + 9] as number;
      s10 += weights[r + 10] as number;
    }
    const scale = this.scale;
    scores[base] = s0 * scale;
    scores[base + 1] = s1 * scale;
    scores[base + 2] = s2 * scale;
    scores[base + 3] = s3 * scale;
    scores[base + 4] = s4 * scale;
    scores[base + 5] = s5 * scale;
    scores[base + 6] = s6 * scale;
    scores[base + 7] = s7 * scale;
    scores[base + 8] = s8 * scale;
    scores[base + 9] = s9 * scale;
    scores[base + 10] = s10 * scale;
  }
}
