/**
 * Training: an averaged structured perceptron (Collins 2002) over the same features and Viterbi
 * decoder the tagger uses. Deterministic: a seeded shuffle, a fixed number of epochs.
 */
import type { TokenFeatures } from './features.js';
import { LABEL_COUNT } from './labels.js';
import { emissions, type TaggerModel, transitionsChanged, viterbi } from './model.js';

/** One document: its features, gold labels per token, and the stretches decoded independently. */
export interface TrainingDocument {
  features: TokenFeatures;
  gold: Uint8Array;
  segments: readonly [number, number][];
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
}

/** mulberry32: a small deterministic generator for the shuffle. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainTagger(documents: readonly TrainingDocument[], options: TrainOptions): TaggerModel {
  const L = LABEL_COUNT;
  const rows = 1 << options.bits;
  const weights = new Float32Array(rows * L);
  const totals = new Float64Array(rows * L);
  const transitions = new Float32Array((L + 1) * L);
  const transitionTotals = new Float64Array((L + 1) * L);
  const model: TaggerModel = { bits: options.bits, weights, transitions, scale: 1 };
  const items: { doc: TrainingDocument; from: number; to: number }[] = [];
  for (const doc of documents) for (const [from, to] of doc.segments) items.push({ doc, from, to });
  const next = random(options.seed);
  let step = 1;
  let scores = new Float32Array(256 * L);
  let predicted = new Uint8Array(256);

  const updateToken = (features: TokenFeatures, i: number, label: number, delta: number) => {
    const end = features.offsets[i + 1] ?? 0;
    for (let f = features.offsets[i] ?? 0; f < end; f++) {
      const j = (features.ids[f] ?? 0) * L + label;
      weights[j] = (weights[j] ?? 0) + delta;
      totals[j] = (totals[j] ?? 0) + step * delta;
    }
  };
  const updateTransition = (from: number, to: number, delta: number) => {
    const j = (from + 1) * L + to;
    transitions[j] = (transitions[j] ?? 0) + delta;
    transitionTotals[j] = (transitionTotals[j] ?? 0) + step * delta;
  };

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher–Yates with the seeded generator.
    for (let i = items.length - 1; i > 0; i--) {
      const k = Math.floor(next() * (i + 1));
      const a = items[i];
      const b = items[k];
      if (a && b) {
        items[i] = b;
        items[k] = a;
      }
    }
    for (const { doc, from, to } of items) {
      const length = to - from;
      if (length * L > scores.length) scores = new Float32Array(length * L * 2);
      if (length > predicted.length) predicted = new Uint8Array(length * 2);
      emissions(model, doc.features, from, to, scores);
      viterbi(model, scores, length, predicted, 0);
      let prevGold = -1;
      let prevPredicted = -1;
      for (let i = 0; i < length; i++) {
        const g = doc.gold[from + i] ?? 0;
        const p = predicted[i] ?? 0;
        if (g !== p) {
          updateToken(doc.features, from + i, g, 1);
          updateToken(doc.features, from + i, p, -1);
        }
        if (g !== p || prevGold !== prevPredicted) {
          updateTransition(prevGold, g, 1);
          updateTransition(prevPredicted, p, -1);
        }
        prevGold = g;
        prevPredicted = p;
      }
      transitionsChanged(model);
      step++;
    }
  }
  // Averaging: w̄ = w − Σ(step·Δ) / step.
  for (let j = 0; j < weights.length; j++) weights[j] = (weights[j] ?? 0) - (totals[j] ?? 0) / step;
  for (let j = 0; j < transitions.length; j++)
    transitions[j] = (transitions[j] ?? 0) - (transitionTotals[j] ?? 0) / step;
  transitionsChanged(model);
  return model;
}
