/**
 * Semantic tokens: every mention coloured by its entity type. The legend's token types are the
 * twelve entity types in `ENTITY_TYPES` order; the one modifier marks an entity's first mention.
 * Nested mentions ("Israeli" inside "Israeli Defence Minister") are flattened so the innermost
 * wins where they overlap; tokens never span lines and come sorted, as LSP requires.
 *
 * A 1 MB release has 36,000 coloured mentions, and its tokens are computed right after its
 * analysis arrives from the worker, while that analysis is still in the young generation: every
 * object allocated here makes the scavenges that copy it come sooner. So paints are kept in
 * parallel arrays, sorted natively, and flattened straight into the encoder (session 18,
 * docs/performance.md).
 */
import { ENTITY_TYPES, type EntityType } from '@dateline/core';
import type { Range, SemanticTokensLegend } from 'vscode-languageserver';
import { type AnalyzedDocument, firstMention } from '../documents/analyzed-document.js';
import type { ViewportMention } from '../documents/viewport.js';
import type { LineIndex } from '../position/line-index.js';

export const TOKEN_MODIFIERS = ['firstMention'] as const;

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...ENTITY_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

const TYPE_INDEX = new Map<EntityType, number>(ENTITY_TYPES.map((type, index) => [type, index]));
const FIRST_MENTION_BIT = 1;

/** One token in absolute coordinates (the encoder makes them relative). */
export interface Token {
  line: number;
  character: number;
  length: number;
  type: number;
  modifiers: number;
}

/** Where flattened tokens go: a list of `Token`s, or LSP's relative encoding. */
interface TokenSink {
  push(line: number, character: number, length: number, type: number, modifiers: number): void;
}

/** Spans to colour, possibly nested, as parallel typed arrays of at most `capacity` (no object per mention). */
class Paints {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly types: Int32Array;
  readonly modifiers: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.types = new Int32Array(capacity);
    this.modifiers = new Int32Array(capacity);
  }

  add(start: number, end: number, type: number, modifiers: number): void {
    const i = this.length++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.types[i] = type;
    this.modifiers[i] = modifiers;
  }
}

/** The document's tokens in order; only those touching `range` when one is given. */
export function semanticTokens(doc: AnalyzedDocument, range?: Range): Token[] {
  const sink = new TokenList();
  flattenInto(paintsOf(doc, range), doc.lines, range, sink);
  return sink.tokens;
}

/** `semanticTokens` in LSP's relative encoding (what `SemanticTokensBuilder` gives), without the objects. */
export function semanticTokenData(doc: AnalyzedDocument, range?: Range): number[] {
  const sink = new RelativeEncoder();
  flattenInto(paintsOf(doc, range), doc.lines, range, sink);
  return sink.data;
}

function paintsOf(doc: AnalyzedDocument, range: Range | undefined): Paints {
  let mentions = 0;
  for (const entity of doc.analysis.entities) mentions += entity.mentions.length;
  const paints = new Paints(mentions);
  // Mentions outside the range are left out before flattening: a range costs the mentions, not the tokens, of the document.
  const from = range ? doc.lines.offsetAt(range.start) : 0;
  const to = range ? doc.lines.offsetAt(range.end) : doc.text.length;
  for (const entity of doc.analysis.entities) {
    const type = TYPE_INDEX.get(entity.type);
    if (type === undefined) continue;
    const first = firstMention(entity);
    for (const mention of entity.mentions) {
      // Pronouns are not coloured: "I" and "we" in every quote would bury the names. Hover shows whose they are.
      if (mention.end <= mention.start || mention.pronoun) continue;
      if (range && (mention.end <= from || mention.start >= to)) continue;
      paints.add(mention.start, mention.end, type, mention === first ? FIRST_MENTION_BIT : 0);
    }
  }
  return paints;
}

/**
 * Tokens of a viewport's quick analysis (documents/viewport.ts), coloured as `semanticTokens`
 * colours them, without `firstMention`: a window cannot know whether a mention is its entity's first.
 */
export function viewportTokens(
  mentions: readonly ViewportMention[],
  lines: LineIndex,
  range: Range,
): Token[] {
  const paints = new Paints(mentions.length);
  for (const mention of mentions) {
    const type = TYPE_INDEX.get(mention.type);
    if (type === undefined || mention.end <= mention.start || mention.pronoun) continue;
    paints.add(mention.start, mention.end, type, 0);
  }
  const sink = new TokenList();
  flattenInto(paints, lines, range, sink);
  return sink.tokens;
}

/** Tokens made elsewhere in LSP's relative encoding. */
export function encodeTokens(tokens: readonly Token[]): number[] {
  const sink = new RelativeEncoder();
  for (const t of tokens) sink.push(t.line, t.character, t.length, t.type, t.modifiers);
  return sink.data;
}

/**
 * Non-overlapping segments from possibly nested paints, split by line into `sink`: at each point
 * the narrowest paint covering it wins (among equally narrow ones, the first by start, then by
 * order of addition), and neighbouring segments of one colour are merged. A sweep in order of
 * start: the next point where the winner may change is the next start or the nearest end of an
 * open paint, and the set of open paints is small (nesting depth). With a range, segments not
 * touching it are left out.
 */
function flattenInto(paints: Paints, lines: LineIndex, range: Range | undefined, sink: TokenSink): void {
  const { starts, ends, types, modifiers } = paints;
  const limitStart = range ? lines.offsetAt(range.start) : 0;
  const limitEnd = range ? lines.offsetAt(range.end) : Number.POSITIVE_INFINITY;
  const byStart = orderByStart(starts, paints.length);
  const open: number[] = []; // paints covering `at`, in order of start
  let openCount = 0;
  let next = 0; // the next paint of byStart to open
  // The segment being built: emitted once the next one cannot extend it.
  let segment = -1; // its paint (for type and modifiers), -1 before the first
  let segmentStart = 0;
  let segmentEnd = 0;
  let at = byStart.length > 0 ? (starts[byStart[0] as number] as number) : 0;
  while (next < byStart.length || openCount > 0) {
    while (next < byStart.length && (starts[byStart[next] as number] as number) <= at)
      open[openCount++] = byStart[next++] as number;
    openCount = closeBefore(open, openCount, ends, at);
    const nextStart =
      next < byStart.length ? (starts[byStart[next] as number] as number) : Number.POSITIVE_INFINITY;
    if (openCount === 0) {
      at = nextStart;
      continue;
    }
    const to = Math.min(nextStart, nearestEnd(open, openCount, ends));
    const best = narrowest(open, openCount, starts, ends);
    if (
      segment !== -1 &&
      segmentEnd === at &&
      types[segment] === types[best] &&
      modifiers[segment] === modifiers[best]
    ) {
      segmentEnd = to;
    } else {
      emitSegment(paints, segment, segmentStart, segmentEnd, lines, limitStart, limitEnd, sink);
      segment = best;
      segmentStart = at;
      segmentEnd = to;
    }
    at = to;
  }
  emitSegment(paints, segment, segmentStart, segmentEnd, lines, limitStart, limitEnd, sink);
}

/**
 * Indices of the first `n` paints in order of start, ties in order of addition (a stable sort). The
 * keys `start * n + index` are exact integers in a Float64Array, sorted natively, without a comparator.
 */
function orderByStart(starts: Int32Array, n: number): Uint32Array {
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (starts[i] as number) * n + i;
  keys.sort();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = (keys[i] as number) % n;
  return order;
}

/** Drops the open paints that end at or before `at`, keeping the others in order; the new count. */
function closeBefore(open: number[], count: number, ends: Int32Array, at: number): number {
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const paint = open[i] as number;
    if ((ends[paint] as number) > at) open[kept++] = paint;
  }
  return kept;
}

function nearestEnd(open: readonly number[], count: number, ends: Int32Array): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < count; i++) nearest = Math.min(nearest, ends[open[i] as number] as number);
  return nearest;
}

/** The narrowest open paint (the first of equally narrow ones). */
function narrowest(open: readonly number[], count: number, starts: Int32Array, ends: Int32Array): number {
  let best = open[0] as number;
  let bestWidth = (ends[best] as number) - (starts[best] as number);
  for (let i = 1; i < count; i++) {
    const paint = open[i] as number;
    const width = (ends[paint] as number) - (starts[paint] as number);
    if (width < bestWidth) {
      best = paint;
      bestWidth = width;
    }
  }
  return best;
}

/**
 * The tokens of the segment [start, end) painted like `paint`, line by line, when it overlaps
 * [limitStart, limitEnd) (the whole text or a range); nothing before the first segment (-1).
 */
function emitSegment(
  paints: Paints,
  paint: number,
  start: number,
  end: number,
  lines: LineIndex,
  limitStart: number,
  limitEnd: number,
  sink: TokenSink,
): void {
  if (paint === -1 || end <= limitStart || start >= limitEnd) return;
  splitByLine(lines, start, end, paints.types[paint] as number, paints.modifiers[paint] as number, sink);
}

function splitByLine(
  lines: LineIndex,
  start: number,
  end: number,
  type: number,
  modifiers: number,
  sink: TokenSink,
): void {
  const firstLine = lines.lineAt(start);
  const lastLine = lines.lineAt(end);
  for (let line = firstLine; line <= lastLine; line++) {
    const lineStart = lines.lineStart(line);
    const from = Math.max(start, lineStart);
    const to = Math.min(end, lines.lineEnd(line));
    if (to <= from) continue;
    sink.push(line, from - lineStart, to - from, type, modifiers);
  }
}

class TokenList implements TokenSink {
  readonly tokens: Token[] = [];

  push(line: number, character: number, length: number, type: number, modifiers: number): void {
    this.tokens.push({ line, character, length, type, modifiers });
  }
}

/** LSP's relative encoding: each token's line and, on the same line, its character, as deltas. */
class RelativeEncoder implements TokenSink {
  readonly data: number[] = [];
  private line = 0;
  private character = 0;

  push(line: number, character: number, length: number, type: number, modifiers: number): void {
    const { data } = this;
    const deltaLine = line - this.line;
    // One value at a time: a push of five arguments is a call into the runtime, slower.
    data.push(deltaLine);
    data.push(deltaLine === 0 ? character - this.character : character);
    data.push(length);
    data.push(type);
    data.push(modifiers);
    this.line = line;
    this.character = character;
  }
}

/** Decodes LSP's relative token data back to absolute tokens (for tests and tools). */
export function decodeTokens(data: readonly number[]): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const deltaLine = data[i] as number;
    const deltaStart = data[i + 1] as number;
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    tokens.push({
      line,
      character,
      length: data[i + 2] as number,
      type: data[i + 3] as number,
      modifiers: data[i + 4] as number,
    });
  }
  return tokens;
}
