/**
 * Error analysis for tuning: every lenient false negative and false positive of a scored system,
 * classified, and the boundary errors (lenient matches that strict matching misses), grouped into
 * patterns with their most frequent texts. Use it on the dev split only: the test split is for
 * reporting, never for tuning.
 */
import type { EntityType } from '@dateline/core';
import { REPORT_TYPE_ORDER } from './entity-types.js';
import { compareRanges, overlaps, type SpanMatch } from './match.js';
import type { DocumentMatch, SystemScore } from './score.js';
import type { Range } from './types.js';

/**
 * False negatives (a gold span no prediction of its type matched, even leniently):
 * - `missed`: no prediction of any type overlaps it;
 * - `confused`: a prediction of another type (`otherType`) overlaps it;
 * - `merged`: a prediction of its type overlaps it but was matched to another gold span (one
 *   prediction covering two gold spans).
 * False positives (a prediction no gold span of its type matched):
 * - `spurious`: no gold span of any type overlaps it;
 * - `wrong-type`: a gold span of another type (`otherType`) overlaps it;
 * - `split`: a gold span of its type overlaps it but was matched to another prediction.
 * Strict only:
 * - `boundary`: a lenient match whose spans differ (`text` gold, `predictedText` predicted).
 */
export const ERROR_KINDS = [
  'missed',
  'confused',
  'merged',
  'spurious',
  'wrong-type',
  'split',
  'boundary',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export const FALSE_NEGATIVE_KINDS: readonly ErrorKind[] = ['missed', 'confused', 'merged'];

export interface ErrorItem extends Range {
  kind: ErrorKind;
  type: EntityType;
  /** `confused`: the type predicted; `wrong-type`: the gold type. */
  otherType?: EntityType;
  /** The (normalised) span's text, on one line: gold for false negatives and boundaries, predicted otherwise. */
  text: string;
  /** `boundary`: the predicted span's text. */
  predictedText?: string;
  documentId: string;
  source: string;
  /** The span in its sentence, on one line: `…said [he] would…`. */
  context: string;
}

/** Every error of a scored system, document by document, in type order and then text order. */
export function collectErrors(score: SystemScore): ErrorItem[] {
  return score.details.flatMap(documentErrors);
}

function documentErrors(detail: DocumentMatch): ErrorItem[] {
  const { document, byType } = detail;
  const items: ErrorItem[] = [];
  const item = (
    kind: ErrorKind,
    type: EntityType,
    range: Range,
    extra: Partial<ErrorItem> = {},
  ): ErrorItem => ({
    kind,
    type,
    start: range.start,
    end: range.end,
    text: oneLine(document.text.slice(range.start, range.end)),
    documentId: document.id,
    source: document.source,
    context: contextOf(document.text, range),
    ...extra,
  });
  for (const type of REPORT_TYPE_ORDER) {
    const match = byType[type];
    if (match === undefined) continue;
    const goldMatched = new Set(match.lenient.map((pair) => pair.gold));
    const predictedMatched = new Set(match.lenient.map((pair) => pair.predicted));
    match.gold.forEach((gold, i) => {
      if (goldMatched.has(i)) return;
      if (match.predicted.some((p) => overlaps(p, gold))) items.push(item('merged', type, gold));
      else {
        const other = mostOverlapping(byType, type, gold, (m) => m.predicted);
        items.push(
          other === undefined
            ? item('missed', type, gold)
            : item('confused', type, gold, { otherType: other }),
        );
      }
    });
    match.predicted.forEach((predicted, j) => {
      if (predictedMatched.has(j)) return;
      if (match.gold.some((g) => overlaps(g, predicted))) items.push(item('split', type, predicted));
      else {
        const other = mostOverlapping(byType, type, predicted, (m) => m.gold);
        items.push(
          other === undefined
            ? item('spurious', type, predicted)
            : item('wrong-type', type, predicted, { otherType: other }),
        );
      }
    });
    for (const pair of match.lenient) {
      const gold = match.gold[pair.gold] as Range;
      const predicted = match.predicted[pair.predicted] as Range;
      if (compareRanges(gold, predicted) === 0) continue;
      items.push(
        item('boundary', type, gold, {
          predictedText: oneLine(document.text.slice(predicted.start, predicted.end)),
        }),
      );
    }
  }
  return items;
}

/** The other type whose spans (`side` of its match) overlap `range` the most; ties go to report order. */
function mostOverlapping(
  byType: DocumentMatch['byType'],
  type: EntityType,
  range: Range,
  side: (match: SpanMatch) => readonly Range[],
): EntityType | undefined {
  let best: EntityType | undefined;
  let bestOverlap = 0;
  for (const other of REPORT_TYPE_ORDER) {
    const match = byType[other];
    if (other === type || match === undefined) continue;
    for (const span of side(match)) {
      const overlap = Math.min(span.end, range.end) - Math.max(span.start, range.start);
      if (overlap > bestOverlap) {
        best = other;
        bestOverlap = overlap;
      }
    }
  }
  return best;
}

export interface ErrorExample {
  text: string;
  predictedText?: string;
  /** How often this text (pair) occurs in the pattern. */
  count: number;
  /** The first occurrence. */
  documentId: string;
  source: string;
  start: number;
  end: number;
  context: string;
}

export interface ErrorPattern {
  kind: ErrorKind;
  type: EntityType;
  otherType?: EntityType;
  count: number;
  /** The most frequent texts, most frequent first (then by text). */
  examples: ErrorExample[];
}

/**
 * Errors grouped by (kind, type, other type), most frequent first (ties by type order, then kind
 * order), each with its `examplesPerPattern` most frequent texts. Texts are grouped as written.
 */
export function errorPatterns(items: readonly ErrorItem[], examplesPerPattern: number): ErrorPattern[] {
  const patterns = new Map<string, { pattern: ErrorPattern; texts: Map<string, ErrorExample> }>();
  for (const item of items) {
    const key = `${item.kind}\u0000${item.type}\u0000${item.otherType ?? ''}`;
    let entry = patterns.get(key);
    if (entry === undefined) {
      const pattern: ErrorPattern = { kind: item.kind, type: item.type, count: 0, examples: [] };
      if (item.otherType !== undefined) pattern.otherType = item.otherType;
      entry = { pattern, texts: new Map() };
      patterns.set(key, entry);
    }
    entry.pattern.count++;
    const textKey = `${item.text}\u0000${item.predictedText ?? ''}`;
    const example = entry.texts.get(textKey);
    if (example !== undefined) example.count++;
    else {
      const { text, predictedText, documentId, source, start, end, context } = item;
      entry.texts.set(textKey, {
        text,
        ...(predictedText === undefined ? {} : { predictedText }),
        count: 1,
        documentId,
        source,
        start,
        end,
        context,
      });
    }
  }
  const list = [...patterns.values()].map(({ pattern, texts }) => ({
    ...pattern,
    examples: [...texts.values()]
      .sort(
        (a, b) =>
          b.count - a.count ||
          compareText(a.text, b.text) ||
          compareText(a.predictedText ?? '', b.predictedText ?? ''),
      )
      .slice(0, Math.max(0, examplesPerPattern)),
  }));
  return list.sort(
    (a, b) =>
      b.count - a.count ||
      REPORT_TYPE_ORDER.indexOf(a.type) - REPORT_TYPE_ORDER.indexOf(b.type) ||
      ERROR_KINDS.indexOf(a.kind) - ERROR_KINDS.indexOf(b.kind) ||
      compareText(a.otherType ?? '', b.otherType ?? ''),
  );
}

/** A short description of a pattern: "person missed", "person predicted as role". */
export function describePattern(pattern: Pick<ErrorPattern, 'kind' | 'type' | 'otherType'>): string {
  const { kind, type, otherType } = pattern;
  switch (kind) {
    case 'missed':
      return `FN ${type}: missed (nothing predicted there)`;
    case 'confused':
      return `FN ${type}: predicted as ${otherType}`;
    case 'merged':
      return `FN ${type}: covered by a ${type} prediction matched to another gold span`;
    case 'spurious':
      return `FP ${type}: spurious (no gold there)`;
    case 'wrong-type':
      return `FP ${type}: gold says ${otherType}`;
    case 'split':
      return `FP ${type}: extra piece of a gold ${type} already matched`;
    case 'boundary':
      return `boundary ${type}: lenient match, strict miss (gold → predicted)`;
  }
}

/** Code-unit order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

const CONTEXT_CHARS = 40;

function contextOf(text: string, range: Range): string {
  let from = Math.max(0, range.start - CONTEXT_CHARS);
  let to = Math.min(text.length, range.end + CONTEXT_CHARS);
  // Never cut a surrogate pair in half.
  if (isLowSurrogate(text.charCodeAt(from))) from--;
  if (isLowSurrogate(text.charCodeAt(to))) to++;
  const before = (from > 0 ? '…' : '') + text.slice(from, range.start);
  const after = text.slice(range.end, to) + (to < text.length ? '…' : '');
  return oneLine(`${before}[${text.slice(range.start, range.end)}]${after}`);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
