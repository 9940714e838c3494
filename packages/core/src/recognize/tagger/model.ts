/**
 * A linear sequence model: per-label weights for every hashed feature, plus label-to-label
 * transition weights, decoded with Viterbi under the BIO constraints. Linear in the tokens.
 */
import type { RecognitionContext } from '../context.js';
import { type FeatureExtractor, type FeatureReuse, MAX_FEATURES, type TokenFeatures } from './features.js';
import { ALLOWED, LABEL_COUNT, OUTSIDE } from './labels.js';
import { EmissionScorer, hasIntegerWeights } from './scorer.js';

export interface TaggerModel {
  /** The feature table has 2^bits rows of LABEL_COUNT weights. */
  bits: number;
  /** Row-major: weights[row * LABEL_COUNT + label]. */
  weights: Float32Array | Int8Array | Int16Array;
  /** transitions[(from + 1) * LABEL_COUNT + to], from = -1 at a sequence start. */
  transitions: Float32Array;
  /** Multiplies `weights` back to the scale of `transitions` (quantised models). */
  scale: number;
  /**
   * Bit r set when row r may hold a non-zero weight (every other row is zero), if the loader knows
   * it: decodeModel does, for free, sparing the scorer a scan of the table at start-up.
   */
  live?: Uint32Array;
}

/** A sentence longer than this is decoded in pieces, so memory stays bounded on a text without full stops. */
const MAX_SEGMENT = 256;

/** Stretches of tokens decoded independently: sentences of mined text (residue excluded). */
export function segments(ctx: RecognitionContext): [number, number][] {
  const out: [number, number][] = [];
  const { tokens } = ctx;
  let from = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const breaks =
      i === tokens.length ||
      ctx.skip[i] ||
      ctx.sentenceStart[i] ||
      tokens[i]?.gap === 'paragraph' ||
      (from >= 0 && i - from >= MAX_SEGMENT);
    if (breaks && from >= 0) {
      out.push([from, i]);
      from = -1;
    }
    if (i < tokens.length && !ctx.skip[i] && from < 0) from = i;
  }
  return out;
}

/** Emission scores of tokens [from, to) into `out` ((to - from) × LABEL_COUNT). */
export function emissions(
  model: TaggerModel,
  features: TokenFeatures,
  from: number,
  to: number,
  out: Float32Array,
): void {
  const L = LABEL_COUNT;
  const { weights, scale } = model;
  const { offsets, ids } = features;
  out.fill(0, 0, (to - from) * L);
  for (let i = from; i < to; i++) {
    const base = (i - from) * L;
    const end = offsets[i + 1] as number;
    for (let f = offsets[i] as number; f < end; f++) {
      const row = (ids[f] as number) * L;
      for (let l = 0; l < L; l++) out[base + l] = (out[base + l] as number) + (weights[row + l] as number);
    }
    if (scale !== 1) for (let l = 0; l < L; l++) out[base + l] = (out[base + l] as number) * scale;
  }
}

const NEG = -1e30;

/**
 * The steps Viterbi considers, label by label: the predecessors of label `to` (ascending) are
 * from[first[to] .. first[to + 1]), and weight[j] is the transition from[j] → to. Under BIO an
 * inside label has two predecessors, not eleven, which is where Viterbi saves most of its work.
 */
interface Steps {
  first: Int32Array;
  from: Uint8Array;
  weight: Float64Array;
}

const stepsCache = new WeakMap<Float32Array, Steps>();

function stepsOf(model: TaggerModel): Steps {
  const tr = model.transitions;
  let steps = stepsCache.get(tr);
  if (steps) return steps;
  const L = LABEL_COUNT;
  const first = new Int32Array(L + 1);
  const from: number[] = [];
  const weight: number[] = [];
  for (let to = 0; to < L; to++) {
    first[to] = from.length;
    for (let k = 0; k < L; k++) {
      if (!ALLOWED[(k + 1) * L + to]) continue;
      from.push(k);
      weight.push(tr[(k + 1) * L + to] as number);
    }
  }
  first[L] = from.length;
  steps = { first, from: Uint8Array.from(from), weight: Float64Array.from(weight) };
  stepsCache.set(tr, steps);
  return steps;
}

/**
 * Forget the steps built from `model`'s transitions. Training changes the transitions in place
 * after every sentence; without this, Viterbi would keep deciding with the first (all zero) ones.
 */
export function transitionsChanged(model: TaggerModel): void {
  stepsCache.delete(model.transitions);
}

/** Scratch space of the decoder, grown as needed and reused across sentences. */
let best = new Float64Array(256 * LABEL_COUNT);
let back = new Uint8Array(256 * LABEL_COUNT);

/**
 * Best label sequence of a segment of `length` tokens into `labels[from..from + length)`. Ties go
 * to the lowest predecessor label (strict comparisons in ascending order).
 */
export function viterbi(
  model: TaggerModel,
  scores: Float32Array,
  length: number,
  labels: Uint8Array,
  from: number,
): void {
  const L = LABEL_COUNT;
  const tr = model.transitions;
  const { first, from: before, weight } = stepsOf(model);
  if (length * L > best.length) {
    best = new Float64Array(length * L * 2);
    back = new Uint8Array(length * L * 2);
  }
  for (let l = 0; l < L; l++) best[l] = ALLOWED[l] ? (scores[l] as number) + (tr[l] as number) : NEG;
  for (let i = 1; i < length; i++) {
    const prev = (i - 1) * L;
    for (let l = 0; l < L; l++) {
      let top = NEG;
      let arg = OUTSIDE;
      const end = first[l + 1] as number;
      for (let j = first[l] as number; j < end; j++) {
        const k = before[j] as number;
        const s = (best[prev + k] as number) + (weight[j] as number);
        if (s > top) {
          top = s;
          arg = k;
        }
      }
      best[i * L + l] = top + (scores[i * L + l] as number);
      back[i * L + l] = arg;
    }
  }
  let last = OUTSIDE;
  let top = NEG;
  for (let l = 0; l < L; l++) {
    const s = best[(length - 1) * L + l] as number;
    if (s > top) {
      top = s;
      last = l;
    }
  }
  for (let i = length - 1; i >= 0; i--) {
    labels[from + i] = last;
    last = back[i * L + last] as number;
  }
}

/**
 * scores[base..base + 11) = scale × Σ weights[row] over the rows in rows[0..count). Unrolled over
 * the eleven labels (LABEL_COUNT), summing in registers: this loop is most of the tagger's time.
 */
function sumRows(
  weights: TaggerModel['weights'],
  rows: Uint32Array,
  count: number,
  scores: Float32Array,
  base: number,
  scale: number,
): void {
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
  for (let f = 0; f < count; f++) {
    const r = (rows[f] as number) * 11;
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

/**
 * Labels of segments decoded before (incremental/decode-memo.ts): a segment's labels depend on
 * its features and the model only. `lookup` returns the segment's known labels; on a miss, `store`
 * records the labels decoded for the segment last looked up.
 */
export interface DecodeMemo extends FeatureReuse {
  lookup(model: TaggerModel, extractor: FeatureExtractor, from: number, to: number): Uint8Array | undefined;
  store(labels: Uint8Array): void;
}

/** Labels of every token (O in residue); features computed token by token, never stored. */
export function decode(
  model: TaggerModel,
  ctx: RecognitionContext,
  extractor: FeatureExtractor,
  memo?: DecodeMemo,
): Uint8Array {
  const L = LABEL_COUNT;
  const { weights, scale } = model;
  const labels = new Uint8Array(ctx.tokens.length);
  const buffer = new Uint32Array(MAX_FEATURES);
  // Made at the first sentence the memo does not know: the scorer's table holds every type of
  // the document (a few hundred kB for a 20 kB release), while after an edit nearly every
  // sentence takes its labels from the memo.
  let scorer: EmissionScorer | undefined;
  const integerWeights = hasIntegerWeights(model);
  let scores = new Float32Array(0);
  const spans = segments(ctx);
  // Indexed: for-of in code that runs once per document allocates a result per element.
  for (let s = 0; s < spans.length; s++) {
    const [from, to] = spans[s] as [number, number];
    const known = memo?.lookup(model, extractor, from, to);
    if (known) {
      labels.set(known, from);
      continue;
    }
    if (integerWeights) scorer ??= new EmissionScorer(model, extractor);
    if ((to - from) * L > scores.length) scores = new Float32Array(Math.max(256, (to - from) * 2) * L);
    for (let i = from; i < to; i++) {
      if (scorer) scorer.token(i, scores, (i - from) * L);
      else sumRows(weights, buffer, extractor.token(i, buffer), scores, (i - from) * L, scale);
    }
    viterbi(model, scores, to - from, labels, from);
    memo?.store(labels.subarray(from, to));
  }
  return labels;
}
