/**
 * The Markdown card about one entity, shown on hover: canonical name and type, roles with their
 * organisation, aliases, number of mentions, the sentence of first mention and the entities it
 * appears with. Every piece of release text is escaped (see markdown/escape.ts).
 */
import type { Analysis, Entity } from '@dateline/core';
import { mentionCounts, mentionCountText } from '@dateline/core';
import {
  type AnalyzedDocument,
  entityById,
  firstMention,
  sentenceIndexAt,
} from '../documents/analyzed-document.js';
import { formatDateValue } from '../format/dates.js';
import { escapeMarkdown as md, trimText } from '../markdown/escape.js';

const FIRST_SENTENCE_MAX = 200;
const COMPANIONS_MAX = 5;

/** "Secretary General of North Atlantic Treaty Organization", one per role. */
export function roleLines(analysis: Analysis, entity: Entity): string[] {
  return entity.roles.map((role) => {
    const of = role.of === undefined ? undefined : entityById(analysis, role.of);
    return of ? `${role.title} of ${of.name}` : role.title;
  });
}

export function entityCard(doc: AnalyzedDocument, entity: Entity): string {
  const { analysis } = doc;
  const parts: string[] = [];
  parts.push(`**${md(entity.name)}** · ${entity.type}`);

  const facts: string[] = [];
  for (const role of roleLines(analysis, entity)) facts.push(md(role));
  if (entity.type === 'date' && entity.value !== undefined) {
    facts.push(md(formatDateValue(entity.value, { weekday: true }) ?? entity.value));
  }
  if (entity.type === 'date' && entity.duration !== undefined) {
    facts.push(`A length of time, not a date (ISO 8601: ${md(entity.duration)})`);
  }
  if (entity.expansion !== undefined && entity.expansion !== entity.name) {
    facts.push(`${md(entity.name)} \\= ${md(entity.expansion)}`);
  }
  if (entity.country !== undefined) facts.push(`of ${md(entity.country)}`);
  if (entity.heldBy !== undefined && entity.heldBy.length > 0) {
    const holders = entity.heldBy.map((id) => entityById(analysis, id)?.name).filter((n) => n !== undefined);
    if (holders.length > 0) facts.push(`held by ${holders.map(md).join(', ')}`);
  }
  if (facts.length > 0) parts.push(facts.join('  \n'));

  const details: string[] = [];
  if (entity.aliases.length > 0)
    details.push(`Also written: ${entity.aliases.map((a) => `“${md(a)}”`).join(', ')}`);
  details.push(mentionCountText(mentionCounts(entity)));
  parts.push(details.join('  \n'));

  const sentence = firstSentence(doc, entity);
  if (sentence !== undefined) parts.push(`First mention: “${md(trimText(sentence, FIRST_SENTENCE_MAX))}”`);

  const companions = companionsOf(analysis, entity).slice(0, COMPANIONS_MAX);
  if (companions.length > 0) {
    parts.push(`Appears with: ${companions.map((c) => `${md(c.entity.name)} (${c.sentences})`).join(', ')}`);
  }
  return parts.join('\n\n');
}

/** The sentence holding the entity's first mention (or the mention's own line when outside sentences). */
export function firstSentence(doc: AnalyzedDocument, entity: Entity): string | undefined {
  const first = firstMention(entity);
  if (first === undefined) return undefined;
  const index = sentenceIndexAt(doc.analysis, first.start);
  const sentence = doc.analysis.document.sentences[index];
  if (sentence !== undefined) return doc.text.slice(sentence.start, sentence.end);
  const line = doc.lines.lineAt(first.start);
  return doc.text.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line));
}

/**
 * Entities mentioned in the same sentences as `entity`, by number of shared sentences, then order
 * of first mention. Its own roles and holders are left out (they say the same thing twice).
 */
export function companionsOf(analysis: Analysis, entity: Entity): { entity: Entity; sentences: number }[] {
  const own = new Set<number>();
  for (const mention of entity.mentions) {
    const index = sentenceIndexAt(analysis, mention.start);
    if (index >= 0) own.add(index);
  }
  if (own.size === 0) return [];
  const related = new Set<string>([entity.id, ...(entity.heldBy ?? [])]);
  for (const other of analysis.entities) if (other.heldBy?.includes(entity.id)) related.add(other.id);
  const counts: { entity: Entity; sentences: number; order: number }[] = [];
  analysis.entities.forEach((other, order) => {
    if (related.has(other.id)) return;
    const shared = new Set<number>();
    for (const mention of other.mentions) {
      const index = sentenceIndexAt(analysis, mention.start);
      if (own.has(index)) shared.add(index);
    }
    if (shared.size > 0) counts.push({ entity: other, sentences: shared.size, order });
  });
  counts.sort((a, b) => b.sentences - a.sentences || a.order - b.order);
  return counts.map(({ entity: other, sentences }) => ({ entity: other, sentences }));
}
