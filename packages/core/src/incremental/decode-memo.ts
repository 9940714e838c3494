/**
 * Reuse for the tagger's decoder (recognize/tagger/model.ts): the labels of a segment (a sentence)
 * are a function of its tokens' features alone, given the model, and a token's features are a
 * function of the token types around it (recognize/tagger/features.ts: the token and REACH tokens
 * either side). So a segment whose tokens, and the REACH tokens either side, have the same type
 * fingerprints as in the last analysis takes its labels from there. The types are still built (they
 * read document-level evidence: the rules' mentions, words seen elsewhere); what is saved is the
 * emission sums and Viterbi, most of the tagger's time. The memo never extracts features: a type's
 * fingerprint is seven numbers computed once per distinct type, where a token's features are some
 * forty hashes, and a miss is then scored by the type scorer with no second extraction. A hash of
 * the fingerprints finds a candidate and they are then compared in full: a reused segment is the
 * same computation, never a likely one.
 */
import {
  type FeatureExtractor,
  type FeatureReuse,
  FINGERPRINT_SIZE,
  REACH,
  typeFingerprint,
  WordInfoCache,
} from '../recognize/tagger/features.js';
import type { DecodeMemo, TaggerModel } from '../recognize/tagger/model.js';
import { Generations } from './generations.js';
import type { TokenPieces } from './tokens.js';

/**
 * A decoded segment of n tokens in one array (one allocation, few objects for the collector):
 * [n, label of token 0 … label of token n-1, fingerprints of tokens -REACH … n-1+REACH].
 * The fingerprints are compared in full before the labels are reused.
 */
type Decoded = Uint32Array;

export class SegmentMemo implements DecodeMemo {
  readonly words = new WordInfoCache();
  /** The gazetteer codes, kept per piece of the text with its tokens (tokens.ts). */
  readonly gazetteerCodes?: FeatureReuse['gazetteerCodes'];
  private readonly decoded = new Generations<number, Decoded>();
  private model: TaggerModel | undefined;
  /** The fingerprints of the current analysis' types: type t's at t * FINGERPRINT_SIZE. */
  private extractor: FeatureExtractor | undefined;
  private prints = new Uint32Array(0);
  /** Fingerprints of the segment being decoded and its REACH neighbours either side. */
  private window = new Uint32Array((256 + 2 * REACH) * FINGERPRINT_SIZE);
  /** Labels handed out on a hit (decode copies them at once). */
  private labels = new Uint8Array(256);
  private key = 0;
  private length = 0;

  constructor(pieces?: TokenPieces) {
    if (pieces) this.gazetteerCodes = (tokens, lexicon) => pieces.gazetteerCodes(tokens, lexicon);
  }

  /** Starts an analysis (see Generations). */
  begin(): void {
    this.decoded.begin();
    // The extractor is the last analysis'; dropping it frees its tokens' types at once.
    this.extractor = undefined;
  }

  lookup(model: TaggerModel, extractor: FeatureExtractor, from: number, to: number): Uint8Array | undefined {
    if (model !== this.model) {
      // Another model (tests and training swap it): labels decoded by the old one mean nothing.
      this.decoded.clear();
      this.model = model;
    }
    if (extractor !== this.extractor) this.fingerprintTypes(extractor);
    const length = to - from;
    const width = (length + 2 * REACH) * FINGERPRINT_SIZE;
    if (width > this.window.length) {
      this.window = new Uint32Array(width * 2);
      this.labels = new Uint8Array(length * 2);
    }
    const { window, prints } = this;
    const ids = extractor.typeIds;
    // Two independent 32-bit hashes of the fingerprints: the key finds the candidate, the full
    // comparison below decides.
    let h1 = 0x811c9dc5;
    let h2 = length;
    let n = 0;
    for (let i = from - REACH; i < to + REACH; i++) {
      // Beyond the document, the padding type (0), as the features see it.
      const at = (i >= 0 && i < ids.length ? (ids[i] as number) : 0) * FINGERPRINT_SIZE;
      for (let f = 0; f < FINGERPRINT_SIZE; f++, n++) {
        const word = prints[at + f] as number;
        window[n] = word;
        h1 = Math.imul(h1 ^ word, 0x01000193);
        h2 = Math.imul(h2 ^ (word + f), 0x9e3779b1) ^ (h2 >>> 15);
      }
    }
    // 32 + 21 bits: an exact integer, a cheaper Map key than a string.
    this.key = (h1 >>> 0) * 0x200000 + ((h2 ^ length) & 0x1fffff);
    this.length = length;
    const seen = this.decoded.get(this.key);
    return seen ? this.labelsOf(seen) : undefined;
  }

  store(labels: Uint8Array): void {
    const { length } = this;
    const width = (length + 2 * REACH) * FINGERPRINT_SIZE;
    const decoded: Decoded = new Uint32Array(1 + length + width);
    decoded[0] = length;
    for (let k = 0; k < length; k++) decoded[1 + k] = labels[k] as number;
    decoded.set(this.window.subarray(0, width), 1 + length);
    this.decoded.set(this.key, decoded);
  }

  private fingerprintTypes(extractor: FeatureExtractor): void {
    const { types } = extractor;
    const prints = new Uint32Array(types.length * FINGERPRINT_SIZE);
    for (let t = 0; t < types.length; t++)
      typeFingerprint(types[t] as (typeof types)[number], prints, t * FINGERPRINT_SIZE);
    this.extractor = extractor;
    this.prints = prints;
  }

  /** The labels of `seen` when the segment being decoded has exactly its fingerprints. */
  private labelsOf(seen: Decoded): Uint8Array | undefined {
    const { length, window } = this;
    const width = (length + 2 * REACH) * FINGERPRINT_SIZE;
    if (seen[0] !== length || seen.length !== 1 + length + width) return undefined;
    const base = 1 + length;
    for (let f = 0; f < width; f++) if (seen[base + f] !== window[f]) return undefined;
    const labels = this.labels;
    for (let k = 0; k < length; k++) labels[k] = seen[1 + k] as number;
    return labels.subarray(0, length);
  }
}
