/**
 * Reuse for the tagger's decoder (recognize/tagger/model.ts): the labels of a segment (a sentence)
 * are a function of its tokens' feature ids alone, given the model, so a segment whose features
 * are unchanged since the last analysis takes its labels from there. The features are still
 * computed (they read document-level evidence: the rules' mentions, words seen elsewhere); what is
 * saved is the emission sums and Viterbi, most of the tagger's time. A hash of the feature ids finds
 * a candidate and the ids are then compared in full: a reused segment is the same computation, never
 * a likely one.
 */
import type { FeatureExtractor } from '../recognize/tagger/features.js';
import { MAX_FEATURES } from '../recognize/tagger/features.js';
import type { DecodeMemo, TaggerModel } from '../recognize/tagger/model.js';
import { Generations } from './generations.js';

/**
 * A decoded segment of n tokens in one array (one allocation, few objects for the collector):
 * [n, count of token 0 … count of token n-1, label of token 0 … label of token n-1, feature ids].
 * The features are compared in full before the labels are reused.
 */
type Decoded = Uint32Array;

export class SegmentMemo implements DecodeMemo {
  private readonly decoded = new Generations<number, Decoded>();
  private model: TaggerModel | undefined;
  /** Features of the segment being decoded: token k's are ids[offsets[k] .. offsets[k + 1]). */
  private ids = new Uint32Array(256 * MAX_FEATURES);
  private offsets = new Uint32Array(257);
  /** Labels handed out on a hit (decode copies them at once). */
  private labels = new Uint8Array(256);
  private key = 0;
  private readonly scratch = new Uint32Array(MAX_FEATURES);
  private from = 0;
  private length = 0;

  /** Starts an analysis (see Generations). */
  begin(): void {
    this.decoded.begin();
  }

  lookup(model: TaggerModel, extractor: FeatureExtractor, from: number, to: number): Uint8Array | undefined {
    if (model !== this.model) {
      // Another model (tests and training swap it): labels decoded by the old one mean nothing.
      this.decoded.clear();
      this.model = model;
    }
    const length = to - from;
    if (length * MAX_FEATURES > this.ids.length) {
      this.ids = new Uint32Array(length * MAX_FEATURES * 2);
      this.offsets = new Uint32Array(length * 2 + 1);
      this.labels = new Uint8Array(length * 2);
    }
    const { ids, offsets } = this;
    // Two independent 32-bit hashes of counts and ids: the key finds the candidate, the full
    // comparison below decides.
    let h1 = 0x811c9dc5;
    let h2 = length;
    let n = 0;
    for (let k = 0; k < length; k++) {
      offsets[k] = n;
      const { scratch } = this;
      const count = extractor.token(from + k, scratch);
      h1 = Math.imul(h1 ^ count, 0x01000193);
      for (let f = 0; f < count; f++) {
        const id = scratch[f] as number;
        ids[n + f] = id;
        h1 = Math.imul(h1 ^ id, 0x01000193);
        h2 = Math.imul(h2 ^ (id + f), 0x9e3779b1) ^ (h2 >>> 15);
      }
      n += count;
    }
    offsets[length] = n;
    // 32 + 21 bits: an exact integer, a cheaper Map key than a string.
    this.key = (h1 >>> 0) * 0x200000 + ((h2 ^ n) & 0x1fffff);
    this.from = from;
    this.length = length;
    const seen = this.decoded.get(this.key);
    return seen ? this.labelsOf(seen) : undefined;
  }

  features(i: number, out: Uint32Array): number {
    const k = i - this.from;
    const start = this.offsets[k] as number;
    const end = this.offsets[k + 1] as number;
    for (let f = start; f < end; f++) out[f - start] = this.ids[f] as number;
    return end - start;
  }

  store(labels: Uint8Array): void {
    const { length, offsets } = this;
    const features = offsets[length] as number;
    const decoded: Decoded = new Uint32Array(1 + 2 * length + features);
    decoded[0] = length;
    for (let k = 0; k < length; k++) {
      decoded[1 + k] = (offsets[k + 1] as number) - (offsets[k] as number);
      decoded[1 + length + k] = labels[k] as number;
    }
    decoded.set(this.ids.subarray(0, features), 1 + 2 * length);
    this.decoded.set(this.key, decoded);
  }

  /** The labels of `seen` when the segment being decoded has exactly its features. */
  private labelsOf(seen: Decoded): Uint8Array | undefined {
    const { length, offsets, ids } = this;
    const features = offsets[length] as number;
    if (seen[0] !== length || seen.length !== 1 + 2 * length + features) return undefined;
    for (let k = 0; k < length; k++)
      if (seen[1 + k] !== (offsets[k + 1] as number) - (offsets[k] as number)) return undefined;
    const base = 1 + 2 * length;
    for (let f = 0; f < features; f++) if (seen[base + f] !== ids[f]) return undefined;
    const labels = this.labels;
    for (let k = 0; k < length; k++) labels[k] = seen[1 + length + k] as number;
    return labels.subarray(0, length);
  }
}
