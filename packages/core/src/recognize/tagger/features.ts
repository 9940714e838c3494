/**
 * Token features for the tagger, hashed to integers: the word and its neighbours (lower-cased),
 * shapes, affixes, capitalisation in context, what the knowledge base says about the words (first
 * name, title word, organisation head word, a known name starting or continuing here) and what the
 * rule-based recognisers decided (stacking: the tagger learns when to trust them).
 * Cost: one pass over the tokens, a word's own features computed once per distinct word.
 */
import { BoundedMemo } from '../../incremental/bounded-memo.js';
import { EVENT_HEAD_WORDS } from '../../knowledge/events.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../../knowledge/first-names.js';
import { ORG_HEAD_WORDS } from '../../knowledge/organization-patterns.js';
import { HONORIFICS, OFFICE_HEADS, OFFICE_MODIFIERS, RANKS } from '../../knowledge/titles.js';
import type { Token } from '../../text/tokenize.js';
import { ENTITY_TYPES } from '../../types.js';
import type { Candidate } from '../candidate.js';
import type { RecognitionContext } from '../context.js';
import type { Lexicon } from '../lexicon.js';
import { firstTokenEndingAfter } from '../offsets.js';
import { hashString, mix } from './hash.js';

/** Features of token i are ids[offsets[i] .. offsets[i + 1]), each below the table size. */
export interface TokenFeatures {
  offsets: Uint32Array;
  ids: Uint32Array;
}

const COMPASS = new Set(
  'north south east west northern southern eastern western central northeast northwest southeast southwest north-east north-west south-east south-west'.split(
    ' ',
  ),
);

/** Lower-case words inside personal names ("Nouri al-Maliki", "Osama bin Laden"). */
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'abu',
  'de',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'la',
  'le',
]);

enum Flag {
  FirstName = 1,
  AmbiguousFirstName = 2,
  Honorific = 4,
  OfficeWord = 8,
  OfficeModifier = 16,
  OrgHead = 32,
  EventHead = 64,
  Compass = 128,
  Particle = 256,
}

let wordSets: { honorific: Set<string>; office: Set<string>; modifier: Set<string> } | undefined;

function titleWords(): NonNullable<typeof wordSets> {
  if (wordSets) return wordSets;
  const words = (list: readonly string[]) => {
    const set = new Set<string>();
    for (const phrase of list) for (const w of phrase.split(/[\s.]+/)) if (w) set.add(w.toLowerCase());
    return set;
  };
  wordSets = {
    honorific: words([...HONORIFICS, ...RANKS]),
    office: words(OFFICE_HEADS),
    modifier: words(OFFICE_MODIFIERS),
  };
  return wordSets;
}

export interface WordInfo {
  /** Hash of the lower-cased word. */
  lower: number;
  shape: number;
  prefix3: number;
  suffix2: number;
  suffix3: number;
  flags: number;
}

/** "Stoltenberg" → "Xx", "NATO" → "X", "F-16" → "X-d", "1999" → "d": runs collapsed. */
function shapeOf(text: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let c: string;
    // ASCII letters and digits without a case-mapped string per character; the rest as Unicode says.
    if (code >= 48 && code <= 57) c = 'd';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else {
      const ch = text[i] ?? '';
      if (ch !== ch.toLowerCase()) c = 'X';
      else if (ch !== ch.toUpperCase()) c = 'x';
      else c = ch;
    }
    if (c !== last) out += c;
    last = c;
    if (out.length >= 6) break;
  }
  return `${out}${text.length <= 2 ? ':s' : text.length <= 4 ? ':m' : ''}`;
}

function wordInfo(text: string): WordInfo {
  const lower = text.toLowerCase();
  const sets = titleWords();
  let flags = 0;
  if (FIRST_NAMES.has(text)) flags |= Flag.FirstName;
  if (AMBIGUOUS_FIRST_NAMES.has(text)) flags |= Flag.AmbiguousFirstName;
  if (sets.honorific.has(lower)) flags |= Flag.Honorific;
  if (sets.office.has(lower)) flags |= Flag.OfficeWord;
  if (sets.modifier.has(lower)) flags |= Flag.OfficeModifier;
  if (ORG_HEAD_WORDS.has(text)) flags |= Flag.OrgHead;
  if (EVENT_HEAD_WORDS.has(text)) flags |= Flag.EventHead;
  if (COMPASS.has(lower)) flags |= Flag.Compass;
  if (PARTICLES.has(lower)) flags |= Flag.Particle;
  return {
    lower: hashString(lower),
    shape: hashString(shapeOf(text)),
    prefix3: hashString(lower.slice(0, 3)),
    suffix2: hashString(lower.slice(-2)),
    suffix3: hashString(lower.slice(-3)),
    flags,
  };
}

/**
 * WordInfo by word, kept by an analysis session from one analysis to the next: most words of an
 * edited document are words it had. Bounded: emptied when it grows past MAX_CACHED_WORDS.
 */
export class WordInfoCache {
  private readonly byWord = new BoundedMemo(MAX_CACHED_WORDS, wordInfo);

  get(word: string): WordInfo {
    return this.byWord.get(word);
  }
}
const MAX_CACHED_WORDS = 200_000;

/** What an analysis session keeps for the features from one analysis to the next. */
export interface FeatureReuse {
  /** What the features read of each word (a pure function of the word). */
  readonly words?: WordInfoCache;
  /** gazetteerCodes(tokens, lexicon), or undefined when it has nothing for these tokens. */
  gazetteerCodes?(tokens: readonly Token[], lexicon: Lexicon): Uint8Array | undefined;
}

const PAD: WordInfo = { lower: 1, shape: 2, prefix3: 4, suffix2: 5, suffix3: 6, flags: 0 };

/** Knowledge-base categories of a gazetteer match. */
const GAZ_KINDS = [
  'person',
  'organization',
  'country',
  'location',
  'nationality',
  'event',
  'equipment',
  'other',
];

/**
 * Per token, the category of the longest lexicon match it lies in: 1 + 2 * kind + (0 at the start,
 * 1 inside), else 0. Matches never cross a paragraph break, so pieces of a text between paragraph
 * breaks have the codes they have in the whole text (an analysis session keeps them per piece).
 */
export function gazetteerCodes(tokens: readonly Token[], lexicon: Lexicon): Uint8Array {
  const codes = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind === 'punct') continue;
    const match = lexicon.exact.longest(tokens, i);
    if (!match) continue;
    const entry = match.value;
    const kind =
      entry.type === 'location' && entry.country === entry.canonical
        ? 'country'
        : GAZ_KINDS.includes(entry.type)
          ? entry.type
          : 'other';
    const k = GAZ_KINDS.indexOf(kind);
    for (let j = i; j < match.endToken; j++) codes[j] = 1 + 2 * k + (j === i ? 0 : 1);
    i = match.endToken - 1;
  }
  return codes;
}

/**
 * What the rules decided per token: 1 + 2 * type + (0 at the start, 1 inside); a person's span
 * starts at its title, as re3d annotates persons. `titled` marks title tokens of persons.
 */
function ruleCodes(
  ctx: RecognitionContext,
  mentions: readonly Candidate[],
): { codes: Uint8Array; titled: Uint8Array } {
  const { tokens } = ctx;
  const codes = new Uint8Array(tokens.length);
  const titled = new Uint8Array(tokens.length);
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Candidate;
    const from = m.title
      ? Math.min(firstTokenEndingAfter(tokens, m.title.start), m.startToken)
      : m.startToken;
    if (codes[from] || codes[m.endToken - 1]) continue;
    const t = ENTITY_TYPES.indexOf(m.type);
    for (let j = from; j < m.endToken; j++) {
      if (codes[j]) break;
      codes[j] = 1 + 2 * t + (j === from ? 0 : 1);
      if (j < m.startToken) titled[j] = 1;
    }
  }
  return { codes, titled };
}

enum T {
  Bias = 1,
  Word,
  Shape,
  Prefix3,
  Suffix2,
  Suffix3,
  PrevWord,
  NextWord,
  PrevWord2,
  NextWord2,
  PrevShape,
  NextShape,
  PrevBigram,
  NextBigram,
  Flag,
  PrevFlag,
  NextFlag,
  Gaz,
  PrevGaz,
  NextGaz,
  Rule,
  PrevRule,
  NextRule,
  RuleShape,
  RuleWord,
  SentenceStart,
  Gap,
  CaseContext,
  Titled,
  RuleGaz,
  LowerElsewhere,
  UpperElsewhere,
  PrevRuleShape,
}

/** A token has at most this many features. */
export const MAX_FEATURES = 64;

/**
 * What the features of a token see of it: its word, what the gazetteer and the rules say of it
 * (and the rules of the token before), its layout, and what the document says of its word
 * elsewhere. Tokens alike in all of these are one token type: most of a document's tokens repeat
 * a type seen before, so the tagger sums a type's weights once (scorer.ts).
 */
export interface TokenType {
  word: WordInfo;
  /** Gazetteer code (gazetteerCodes); 255 beyond the document. */
  gaz: number;
  /** Rule code (ruleCodes); 255 beyond the document. */
  rule: number;
  /** Rule code of the token before; 255 at the document start. */
  previousRule: number;
  sentenceStart: 0 | 1;
  /** none 1, newline 2, paragraph 3, else 0. */
  gap: number;
  upper: boolean;
  allCaps: boolean;
  titled: boolean;
  /** The word is written in lower case elsewhere in the document. */
  lowerElsewhere: boolean;
  /** The word is capitalised mid-sentence elsewhere in the document. */
  upperElsewhere: boolean;
}

/** The type beyond either end of the document. */
const PADDING: TokenType = {
  word: PAD,
  gaz: 255,
  rule: 255,
  previousRule: 255,
  sentenceStart: 0,
  gap: 0,
  upper: false,
  allCaps: false,
  titled: false,
  lowerElsewhere: false,
  upperElsewhere: false,
};

/** Writes a feature per set flag bit; returns the new count. */
function flagFeatures(template: T, flags: number, out: Uint32Array, k: number, mask: number): number {
  if (flags === 0) return k;
  for (let f = 1; f <= 256; f <<= 1) if (flags & f) out[k++] = mix(template, f) & mask;
  return k;
}

/**
 * The features a token type brings to the token at some offset: the token itself, the one before,
 * after, two before, two after. Each writes into `out` from `k` and returns the new count.
 */
export type TypeFeatures = (t: TokenType, out: Uint32Array, k: number, mask: number) => number;

const own: TypeFeatures = (t, out, k, mask) => {
  const w = t.word;
  const { gaz: g, rule: r } = t;
  out[k++] = mix(T.Bias, 0) & mask;
  out[k++] = mix(T.Word, w.lower) & mask;
  out[k++] = mix(T.Shape, w.shape) & mask;
  out[k++] = mix(T.Prefix3, w.prefix3) & mask;
  out[k++] = mix(T.Suffix2, w.suffix2) & mask;
  out[k++] = mix(T.Suffix3, w.suffix3) & mask;
  k = flagFeatures(T.Flag, w.flags, out, k, mask);
  out[k++] = mix(T.Gaz, g) & mask;
  out[k++] = mix(T.Rule, r) & mask;
  out[k++] = mix(T.RuleShape, mix(r, w.shape)) & mask;
  out[k++] = mix(T.RuleWord, mix(r, w.lower)) & mask;
  out[k++] = mix(T.RuleGaz, mix(r, g)) & mask;
  out[k++] = mix(T.PrevRuleShape, mix(t.previousRule, w.shape)) & mask;
  const start = t.sentenceStart;
  out[k++] = mix(T.SentenceStart, start) & mask;
  out[k++] = mix(T.Gap, t.gap) & mask;
  out[k++] = mix(T.CaseContext, (t.upper ? 4 : 0) | (t.allCaps ? 2 : 0) | start) & mask;
  if (t.titled) out[k++] = mix(T.Titled, 1) & mask;
  if (t.upper) {
    out[k++] = mix(T.LowerElsewhere, t.lowerElsewhere ? 1 + start : 0) & mask;
    out[k++] = mix(T.UpperElsewhere, t.upperElsewhere ? 1 + start : 0) & mask;
  }
  return k;
};
const previous: TypeFeatures = (p, out, k, mask) => {
  out[k++] = mix(T.PrevWord, p.word.lower) & mask;
  out[k++] = mix(T.PrevShape, p.word.shape) & mask;
  out[k++] = mix(T.PrevGaz, p.gaz) & mask;
  out[k++] = mix(T.PrevRule, p.rule) & mask;
  return flagFeatures(T.PrevFlag, p.word.flags, out, k, mask);
};
const next: TypeFeatures = (q, out, k, mask) => {
  out[k++] = mix(T.NextWord, q.word.lower) & mask;
  out[k++] = mix(T.NextShape, q.word.shape) & mask;
  out[k++] = mix(T.NextGaz, q.gaz) & mask;
  out[k++] = mix(T.NextRule, q.rule) & mask;
  return flagFeatures(T.NextFlag, q.word.flags, out, k, mask);
};
const secondPrevious: TypeFeatures = (p2, out, k, mask) => {
  out[k++] = mix(T.PrevWord2, p2.word.lower) & mask;
  return k;
};
const secondNext: TypeFeatures = (q2, out, k, mask) => {
  out[k++] = mix(T.NextWord2, q2.word.lower) & mask;
  return k;
};

/** How many numbers typeFingerprint writes per type. */
export const FINGERPRINT_SIZE = 7;

/**
 * Everything a type's features read, as FINGERPRINT_SIZE numbers written into `out` at `at`: types
 * with equal fingerprints have equal features (TYPE_FEATURES and the word pairs). An analysis
 * session keys a sentence's labels by its tokens' fingerprints (incremental/decode-memo.ts), which
 * is cheaper than extracting the features. A field added to TokenType or WordInfo that a feature
 * reads must be added here.
 */
export function typeFingerprint(t: TokenType, out: Uint32Array, at: number): void {
  const w = t.word;
  out[at] = w.lower;
  out[at + 1] = w.shape;
  out[at + 2] = w.prefix3;
  out[at + 3] = w.suffix2;
  out[at + 4] = w.suffix3;
  out[at + 5] = w.flags;
  out[at + 6] =
    (t.gaz |
      (t.rule << 8) |
      (t.previousRule << 16) |
      (t.sentenceStart << 24) |
      (t.gap << 25) |
      ((t.upper ? 1 : 0) << 27) |
      ((t.allCaps ? 1 : 0) << 28) |
      ((t.titled ? 1 : 0) << 29) |
      ((t.lowerElsewhere ? 1 : 0) << 30) |
      ((t.upperElsewhere ? 1 : 0) << 31)) >>>
    0;
}

/** The type features by offset from the token: TYPE_FEATURES[d + REACH] for the token at i + d. */
export const TYPE_FEATURES: readonly TypeFeatures[] = [secondPrevious, previous, own, next, secondNext];
/** How far TYPE_FEATURES reach either side of a token. */
export const REACH = 2;

/**
 * The features of a document's tokens, one token at a time into a caller's buffer (so tagging
 * needs no per-document feature array); `bits` sets the table size (2^bits rows).
 */
export class FeatureExtractor {
  /** Feature ids are hashes masked to the table size. */
  readonly mask: number;
  /** Distinct token types of the document; types[0] is the padding beyond either end. */
  readonly types: TokenType[] = [PADDING];
  /** Index in `types` of each token's type. */
  readonly typeIds: Int32Array;

  constructor(ctx: RecognitionContext, mentions: readonly Candidate[], bits: number, reuse?: FeatureReuse) {
    const cache = reuse?.words;
    const { tokens } = ctx;
    const n = tokens.length;
    this.mask = (1 << bits) - 1;
    const words: WordInfo[] = [];
    const wordIds = new Int32Array(n);
    const byText = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const text = tokens[i]?.text ?? '';
      let id = byText.get(text);
      if (id === undefined) {
        id = words.length;
        words.push(cache ? cache.get(text) : wordInfo(text));
        byText.set(text, id);
      }
      wordIds[i] = id;
    }
    // Document-level evidence about a capitalised word: is it written in lower case elsewhere (a
    // common word at a sentence start or in a headline), or capitalised mid-sentence elsewhere (a name)?
    // Words are told apart by the hash of their lower-case form, numbered once per distinct word.
    const lowerIds = new Int32Array(words.length);
    const byLower = new Map<number, number>();
    words.forEach((word, id) => {
      let lowerId = byLower.get(word.lower);
      if (lowerId === undefined) {
        lowerId = byLower.size;
        byLower.set(word.lower, lowerId);
      }
      lowerIds[id] = lowerId;
    });
    const lowerSeen = new Uint8Array(byLower.size);
    const upperMidSeen = new Uint8Array(byLower.size);
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      if (t?.kind !== 'word') continue;
      const lowerId = lowerIds[wordIds[i] as number] as number;
      if (!t.upper) lowerSeen[lowerId] = 1;
      else if (!ctx.sentenceStart[i] && t.gap === 'space') upperMidSeen[lowerId] = 1;
    }
    const gaz = reuse?.gazetteerCodes?.(ctx.tokens, ctx.lexicon) ?? gazetteerCodes(ctx.tokens, ctx.lexicon);
    const { codes: rule, titled } = ruleCodes(ctx, mentions);
    // Types are interned by word and by a number packing the rest (`layouts` numbers the
    // distinct packings, so the combined key stays a small integer). A word mostly stands as it
    // stood last time, so its last type is tried first.
    this.typeIds = new Int32Array(n);
    const layouts = new Map<number, number>();
    const byKey = new Map<number, number>();
    const lastPacked = new Int32Array(words.length).fill(-1);
    const lastType = new Int32Array(words.length);
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      const previousRule = i > 0 ? (rule[i - 1] as number) : 255;
      const sentenceStart = ctx.sentenceStart[i] ? 1 : 0;
      const gap = t?.gap === 'paragraph' ? 3 : t?.gap === 'newline' ? 2 : t?.gap === 'none' ? 1 : 0;
      const packed =
        (gaz[i] as number) |
        ((rule[i] as number) << 8) |
        (previousRule << 16) |
        (sentenceStart << 24) |
        (gap << 25) |
        ((t?.upper ? 1 : 0) << 27) |
        ((t?.allCaps ? 1 : 0) << 28) |
        ((titled[i] as number) << 29);
      const wordId = wordIds[i] as number;
      if (lastPacked[wordId] === packed) {
        this.typeIds[i] = lastType[wordId] as number;
        continue;
      }
      let layout = layouts.get(packed);
      if (layout === undefined) {
        layout = layouts.size;
        layouts.set(packed, layout);
      }
      const key = layout * words.length + wordId;
      let id = byKey.get(key);
      if (id === undefined) {
        id = this.types.length;
        const word = words[wordId] as WordInfo;
        this.types.push({
          word,
          gaz: gaz[i] as number,
          rule: rule[i] as number,
          previousRule,
          sentenceStart,
          gap,
          upper: t?.upper ?? false,
          allCaps: t?.allCaps ?? false,
          titled: titled[i] === 1,
          lowerElsewhere: lowerSeen[lowerIds[wordId] as number] === 1,
          upperElsewhere: upperMidSeen[lowerIds[wordId] as number] === 1,
        });
        byKey.set(key, id);
      }
      this.typeIds[i] = id;
      lastPacked[wordId] = packed;
      lastType[wordId] = id;
    }
  }

  /** The type of token i, the padding outside the document. */
  private typeAt(i: number): TokenType {
    return (i >= 0 && i < this.typeIds.length ? this.types[this.typeIds[i] as number] : undefined) ?? PADDING;
  }

  /** Writes the features of token i into `out` (MAX_FEATURES long); returns how many. */
  token(i: number, out: Uint32Array): number {
    let k = 0;
    for (let d = -REACH; d <= REACH; d++)
      k = (TYPE_FEATURES[d + REACH] as TypeFeatures)(this.typeAt(i + d), out, k, this.mask);
    return this.pairs(i, out, k);
  }

  /** The word pairs around token i (the features no type holds), written into `out` from `k`. */
  pairs(i: number, out: Uint32Array, k: number): number {
    const w = this.typeAt(i).word.lower;
    out[k++] = mix(T.PrevBigram, mix(this.typeAt(i - 1).word.lower, w)) & this.mask;
    out[k++] = mix(T.NextBigram, mix(w, this.typeAt(i + 1).word.lower)) & this.mask;
    return k;
  }
}

/** Features of every token, stored (for training). */
export function extractFeatures(
  ctx: RecognitionContext,
  mentions: readonly Candidate[],
  bits: number,
): TokenFeatures {
  const extractor = new FeatureExtractor(ctx, mentions, bits);
  const n = ctx.tokens.length;
  const offsets = new Uint32Array(n + 1);
  const ids: number[] = [];
  const buffer = new Uint32Array(MAX_FEATURES);
  for (let i = 0; i < n; i++) {
    offsets[i] = ids.length;
    const count = extractor.token(i, buffer);
    for (let f = 0; f < count; f++) ids.push(buffer[f] ?? 0);
  }
  offsets[n] = ids.length;
  return { offsets, ids: Uint32Array.from(ids) };
}
