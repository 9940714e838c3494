/**
 * Semantic tokens: every mention coloured by its entity type. The legend's token types are the
 * twelve entity types in `ENTITY_TYPES` order; the one modifier marks an entity's first mention.
 * Nested mentions ("Israeli" inside "Israeli Defence Minister") are flattened so the innermost
 * wins where they overlap; tokens never span lines and come sorted, as LSP requires.
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

interface Paint {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

/** The document's tokens in order; only those touching `range` when one is given. */
export function semanticTokens(doc: AnalyzedDocument, range?: Range): Token[] {
  const paints: Paint[] = [];
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
      paints.push({
        start: mention.start,
        end: mention.end,
        type,
        modifiers: mention === first ? FIRST_MENTION_BIT : 0,
      });
    }
  }
  return tokensOf(paints, doc.lines, range);
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
  const paints: Paint[] = [];
  for (const mention of mentions) {
    const type = TYPE_INDEX.get(mention.type);
    if (type === undefined || mention.end <= mention.start || mention.pronoun) continue;
    paints.push({ start: mention.start, end: mention.end, type, modifiers: 0 });
  }
  return tokensOf(paints, lines, range);
}

function tokensOf(paints: readonly Paint[], lines: LineIndex, range: Range | undefined): Token[] {
  const limits = range ? { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) } : undefined;
  const tokens: Token[] = [];
  for (const segment of flatten(paints)) {
    if (limits && (segment.end <= limits.start || segment.start >= limits.end)) continue;
    splitByLine(lines, segment, tokens);
  }
  return tokens;
}

/**
 * Non-overlapping segments from possibly nested paints: at each point the narrowest paint covering
 * it wins. A sweep over the start and end points; the set of open paints is small (nesting depth).
 */
export function flatten(paints: readonly Paint[]): Paint[] {
  const points = new Set<number>();
  for (const paint of paints) {
    points.add(paint.start);
    points.add(paint.end);
  }
  const sortedPoints = [...points].sort((a, b) => a - b);
  const byStart = [...paints].sort((a, b) => a.start - b.start);
  const open: Paint[] = [];
  const out: Paint[] = [];
  let next = 0;
  for (let i = 0; i + 1 < sortedPoints.length; i++) {
    const from = sortedPoints[i] as number;
    const to = sortedPoints[i + 1] as number;
    while (next < byStart.length && (byStart[next] as Paint).start <= from)
      open.push(byStart[next++] as Paint);
    for (let j = open.length - 1; j >= 0; j--) if ((open[j] as Paint).end <= from) open.splice(j, 1);
    let best: Paint | undefined;
    for (const paint of open) if (!best || paint.end - paint.start < best.end - best.start) best = paint;
    if (!best) continue;
    const last = out[out.length - 1];
    if (last && last.end === from && last.type === best.type && last.modifiers === best.modifiers)
      last.end = to;
    else out.push({ start: from, end: to, type: best.type, modifiers: best.modifiers });
  }
  return out;
}

function splitByLine(lines: LineIndex, segment: Paint, tokens: Token[]): void {
  const firstLine = lines.lineAt(segment.start);
  const lastLine = lines.lineAt(segment.end);
  for (let line = firstLine; line <= lastLine; line++) {
    const lineStart = lines.lineStart(line);
    const from = Math.max(segment.start, lineStart);
    const to = Math.min(segment.end, lines.lineEnd(line));
    if (to <= from) continue;
    tokens.push({
      line,
      character: from - lineStart,
      length: to - from,
      type: segment.type,
      modifiers: segment.modifiers,
    });
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
