/**
 * A release as text with its entity mentions marked: ANSI colours per type for a terminal, or
 * `[Jens Stoltenberg]{person}` markers for files and pipes, or nothing. The release text is always
 * sanitised (./sanitize.ts), so only the colours this module adds reach the terminal.
 */
import { type Analysis, ENTITY_TYPES, type EntityType } from '@dateline/core';
import { paint } from './colors.js';
import { sanitizeForTerminal } from './sanitize.js';

export type MarkStyle = 'color' | 'markers' | 'plain';

export interface MarkedSpan {
  start: number;
  end: number;
  type: EntityType;
  /** The entity's id in its analysis (`e2`). */
  id: string;
}

/**
 * The mentions to mark, without overlaps (a mention nested in a longer one, such as "Israeli" in
 * "Israeli Defence Minister", gives way to it), sorted by start.
 */
export function markedSpans(analysis: Analysis): MarkedSpan[] {
  const all = analysis.entities
    .flatMap((entity, order) =>
      // Pronouns are not marked, as in the editor: the names stay readable.
      entity.mentions
        .filter((mention) => !mention.pronoun)
        .map((mention) => ({
          start: mention.start,
          end: mention.end,
          type: entity.type,
          id: entity.id,
          order,
        })),
    )
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const kept: MarkedSpan[] = [];
  for (const span of all) {
    const last = kept[kept.length - 1];
    if (last !== undefined && span.start < last.end) continue;
    kept.push({ start: span.start, end: span.end, type: span.type, id: span.id });
  }
  return kept;
}

/** The whole text with its mentions marked in `style`. */
export function markText(text: string, spans: readonly MarkedSpan[], style: MarkStyle): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > text.length) continue;
    out += sanitizeForTerminal(text.slice(at, span.start));
    const shown = sanitizeForTerminal(text.slice(span.start, span.end));
    if (style === 'color') out += paint(shown, span.type);
    else if (style === 'markers') out += `[${shown}]{${span.type}}`;
    else out += shown;
    at = span.end;
  }
  return out + sanitizeForTerminal(text.slice(at));
}

/** `person 6 · organization 24 · …`: each type marked in the text, in its colour, with its count. */
export function legend(spans: readonly MarkedSpan[], style: MarkStyle): string {
  const counts = new Map<EntityType, number>();
  for (const span of spans) counts.set(span.type, (counts.get(span.type) ?? 0) + 1);
  const parts = ENTITY_TYPES.filter((type) => counts.has(type)).map((type) => {
    const label = `${type} ${counts.get(type)}`;
    return style === 'color' ? paint(label, type) : label;
  });
  return parts.length === 0 ? 'no entities' : parts.join(' · ');
}
