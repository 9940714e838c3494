/**
 * Token features for the tagger, hashed to integers: the word and its neighbours (lower-cased),
 * shapes, affixes, capitalisation in context, what the knowledge base says about the words (first
 * name, title word, organisation head word, a known name starting or continuing here) and what the
 * rule-based recognisers decided (stacking: the tagger learns when to trust them).
 * Cost: one pass over the tokens, a word's own features computed once per distinct word.
 */
import { EVENT_HEAD_WORDS } from '../../knowledge/events.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../../knowledge/first-names.js';
import { ORG_HEAD_WORDS } from '../../knowledge/organization-patterns.js';
import { HONORIFICS, OFFICE_HEADS, OFFICE_MODIFIERS, RANKS } from '../../knowledge/titles.js';
import { ENTITY_TYPES } from '../../types.js';
import type { Candidate } from '../candidate.js';
import type { RecognitionContext } from '../context.js';
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

interface WordInfo {
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
    const ch = text[i] ?? '';
    const code = text.charCodeAt(i);
    let c: string;
    if (code >= 48 && code <= 57) c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
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

function gazetteerCodes(ctx: RecognitionContext): Uint8Array {
  const { tokens, lexicon } = ctx;
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
  for (const m of mentions) {
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
 * The features of a document's tokens, one token at a time into a caller's buffer (so tagging
 * needs no per-document feature array); `bits` sets the table size (2^bits rows).
 */
export class FeatureExtractor {
  private readonly mask: number;
  private readonly infos: WordInfo[];
  private readonly lowerSeen = new Set<number>();
  private readonly upperMidSeen = new Set<number>();
  private readonly gaz: Uint8Array;
  private readonly rule: Uint8Array;
  private readonly titled: Uint8Array;

  constructor(
    private readonly ctx: RecognitionContext,
    mentions: readonly Candidate[],
    bits: number,
  ) {
    const { tokens } = ctx;
    const n = tokens.length;
    this.mask = (1 << bits) - 1;
    const cache = new Map<string, WordInfo>();
    this.infos = new Array(n);
    for (let i = 0; i < n; i++) {
      const text = tokens[i]?.text ?? '';
      let info = cache.get(text);
      if (!info) {
        info = wordInfo(text);
        cache.set(text, info);
      }
      this.infos[i] = info;
    }
    // Document-level evidence about a capitalised word: is it written in lower case elsewhere (a
    // common word at a sentence start or in a headline), or capitalised mid-sentence elsewhere (a name)?
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      const info = this.infos[i];
      if (t?.kind !== 'word' || !info) continue;
      if (!t.upper) this.lowerSeen.add(info.lower);
      else if (!ctx.sentenceStart[i] && t.gap === 'space') this.upperMidSeen.add(info.lower);
    }
    this.gaz = gazetteerCodes(ctx);
    const { codes, titled } = ruleCodes(ctx, mentions);
    this.rule = codes;
    this.titled = titled;
  }

  /** Writes the features of token i into `out` (MAX_FEATURES long); returns how many. */
  token(i: number, out: Uint32Array): number {
    const { infos, gaz, rule, mask } = this;
    const t = this.ctx.tokens[i];
    const w = infos[i] ?? PAD;
    const p = infos[i - 1] ?? PAD;
    const q = infos[i + 1] ?? PAD;
    const p2 = infos[i - 2] ?? PAD;
    const q2 = infos[i + 2] ?? PAD;
    let k = 0;
    out[k++] = mix(T.Bias, 0) & mask;
    out[k++] = mix(T.Word, w.lower) & mask;
    out[k++] = mix(T.Shape, w.shape) & mask;
    out[k++] = mix(T.Prefix3, w.prefix3) & mask;
    out[k++] = mix(T.Suffix2, w.suffix2) & mask;
    out[k++] = mix(T.Suffix3, w.suffix3) & mask;
    out[k++] = mix(T.PrevWord, p.lower) & mask;
    out[k++] = mix(T.NextWord, q.lower) & mask;
    out[k++] = mix(T.PrevWord2, p2.lower) & mask;
    out[k++] = mix(T.NextWord2, q2.lower) & mask;
    out[k++] = mix(T.PrevShape, p.shape) & mask;
    out[k++] = mix(T.NextShape, q.shape) & mask;
    out[k++] = mix(T.PrevBigram, mix(p.lower, w.lower)) & mask;
    out[k++] = mix(T.NextBigram, mix(w.lower, q.lower)) & mask;
    if (w.flags | p.flags | q.flags) {
      for (let f = 1; f <= 256; f <<= 1) {
        if (w.flags & f) out[k++] = mix(T.Flag, f) & mask;
        if (p.flags & f) out[k++] = mix(T.PrevFlag, f) & mask;
        if (q.flags & f) out[k++] = mix(T.NextFlag, f) & mask;
      }
    }
    const g = gaz[i] ?? 0;
    out[k++] = mix(T.Gaz, g) & mask;
    out[k++] = mix(T.PrevGaz, gaz[i - 1] ?? 255) & mask;
    out[k++] = mix(T.NextGaz, gaz[i + 1] ?? 255) & mask;
    const r = rule[i] ?? 0;
    out[k++] = mix(T.Rule, r) & mask;
    out[k++] = mix(T.PrevRule, rule[i - 1] ?? 255) & mask;
    out[k++] = mix(T.NextRule, rule[i + 1] ?? 255) & mask;
    out[k++] = mix(T.RuleShape, mix(r, w.shape)) & mask;
    out[k++] = mix(T.RuleWord, mix(r, w.lower)) & mask;
    out[k++] = mix(T.RuleGaz, mix(r, g)) & mask;
    out[k++] = mix(T.PrevRuleShape, mix(rule[i - 1] ?? 255, w.shape)) & mask;
    const start = this.ctx.sentenceStart[i] ? 1 : 0;
    out[k++] = mix(T.SentenceStart, start) & mask;
    const gap = t?.gap === 'paragraph' ? 3 : t?.gap === 'newline' ? 2 : t?.gap === 'none' ? 1 : 0;
    out[k++] = mix(T.Gap, gap) & mask;
    out[k++] = mix(T.CaseContext, (t?.upper ? 4 : 0) | (t?.allCaps ? 2 : 0) | start) & mask;
    if (this.titled[i]) out[k++] = mix(T.Titled, 1) & mask;
    if (t?.upper) {
      out[k++] = mix(T.LowerElsewhere, this.lowerSeen.has(w.lower) ? 1 + start : 0) & mask;
      out[k++] = mix(T.UpperElsewhere, this.upperMidSeen.has(w.lower) ? 1 + start : 0) & mask;
    }
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
