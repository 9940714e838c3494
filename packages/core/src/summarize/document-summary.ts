/**
 * A release at a glance: headline, date, place, who speaks, the key entities with their roles, and
 * a few sentences taken from the text itself (extractive, in document order). Boilerplate, web
 * residue, contact blocks, the headline and journalists' questions are never quoted. Deterministic:
 * the same analysis always gives the same summary.
 */
import { entitiesById } from '../arrays.js';
import type { Analysis, Entity, EntityType, Section, SectionKind } from '../types.js';
import { shortName } from './entity-summary.js';

export interface SummarySpeaker {
  /** The speaking entity, when the analysis linked the label or attribution to one. */
  entityId?: string;
  /** The entity's canonical name, else the label as written ("MODERATOR"). */
  name: string;
  /** Quotes and transcript turns attributed to this speaker. */
  turns: number;
}

export interface SummaryEntity {
  id: string;
  name: string;
  type: EntityType;
  /** "Secretary General of NATO": each role with the organisation or country it belongs to. */
  roles: string[];
  /** Mentions outside boilerplate, residue and contact blocks. */
  mentions: number;
}

export interface SummarySentence {
  start: number;
  end: number;
  /** `text.slice(start, end)` with each run of white space (line breaks too) made one space. */
  text: string;
}

export interface DocumentSummary {
  title: string | null;
  date: string | null;
  place: string | null;
  speakers: SummarySpeaker[];
  keyEntities: SummaryEntity[];
  sentences: SummarySentence[];
}

export interface SummaryOptions {
  /** How many sentences to quote (default 3; 0 for none). */
  sentences?: number;
  /** How many key entities to list (default 8). */
  keyEntities?: number;
}

export const DEFAULT_SUMMARY_SENTENCES = 3;
export const DEFAULT_KEY_ENTITIES = 8;

/** Types worth listing as key entities: who and what a release is about, not its dates or figures. */
const KEY_TYPES: ReadonlySet<EntityType> = new Set([
  'person',
  'organization',
  'location',
  'event',
  'document',
  'equipment',
]);

/**
 * Words that point at someone without naming them: never a key entity, whatever a recogniser
 * proposed ("I" in a speech, "We" in a statement).
 */
const PRONOUNS = new Set(
  'i me my we us our you your he him his she her it its they them their this that these those'.split(' '),
);

/** Blocks whose sentences may be quoted. Titles, sources, lists and every kind of boilerplate may not. */
const QUOTABLE_BLOCKS: ReadonlySet<SectionKind> = new Set(['lead', 'body', 'transcript-turn']);

/** Blocks that are not the release's own words: their mentions do not count. */
const OUTSIDE_BLOCKS: ReadonlySet<SectionKind> = new Set(['boilerplate', 'residue', 'contact']);

/** Transcript labels of people asking, not speaking for the release. */
const QUESTIONER = /^(q|q\.|question|questioner|journalist|reporter|audience member|participant)$/i;

export function summarizeDocument(
  text: string,
  analysis: Analysis,
  options: SummaryOptions = {},
): DocumentSummary {
  const { document } = analysis;
  const blocks = document.sections.filter((section) => section.kind !== 'quote');
  const outside = rangeSet(blocks.filter((section) => OUTSIDE_BLOCKS.has(section.kind)));
  const keyEntities = pickKeyEntities(analysis, outside, options.keyEntities ?? DEFAULT_KEY_ENTITIES);
  return {
    title: document.title,
    date: document.date,
    place: document.place,
    speakers: listSpeakers(analysis),
    keyEntities,
    sentences: pickSentences(
      text,
      analysis,
      blocks,
      keyEntities,
      options.sentences ?? DEFAULT_SUMMARY_SENTENCES,
    ),
  };
}

function listSpeakers(analysis: Analysis): SummarySpeaker[] {
  const byId = entitiesById(analysis.entities);
  const speakers = new Map<string, SummarySpeaker>();
  for (const section of analysis.document.sections) {
    if (section.kind !== 'quote' && section.kind !== 'transcript-turn') continue;
    const entity = section.speakerId === undefined ? undefined : byId.get(section.speakerId);
    const label = section.speaker === undefined ? undefined : oneLine(section.speaker.text);
    if (entity === undefined && (label === undefined || label === '' || QUESTIONER.test(label))) continue;
    const key = entity === undefined ? `label:${(label ?? '').toUpperCase()}` : `id:${entity.id}`;
    const known = speakers.get(key);
    if (known) known.turns++;
    else
      speakers.set(
        key,
        entity === undefined
          ? { name: label ?? '', turns: 1 }
          : { entityId: entity.id, name: entity.name, turns: 1 },
      );
  }
  return [...speakers.values()];
}

/**
 * The entities a reader should know about, most present first: mentions in the release's own words,
 * plus a bonus for being named in the headline or lead and for people (a release is about who acts).
 */
function pickKeyEntities(analysis: Analysis, outside: RangeSet, limit: number): SummaryEntity[] {
  const { sections } = analysis.document;
  const prominent = rangeSet(
    sections.filter((section) => section.kind === 'title' || section.kind === 'lead'),
  );
  const byId = entitiesById(analysis.entities);
  const scored: { entity: SummaryEntity; score: number; order: number }[] = [];
  analysis.entities.forEach((entity, order) => {
    if (!KEY_TYPES.has(entity.type) || PRONOUNS.has(entity.name.trim().toLowerCase())) return;
    const inside = entity.mentions.filter((mention) => !mention.pronoun && !outside.has(mention.start));
    if (inside.length === 0) return;
    const named = inside.some((mention) => prominent.has(mention.start));
    const score = inside.length + (named ? 2 : 0) + (entity.type === 'person' ? 2 : 0);
    scored.push({
      entity: {
        id: entity.id,
        name: entity.name,
        type: entity.type,
        roles: roleLines(entity, byId),
        mentions: inside.length,
      },
      score,
      order,
    });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, Math.max(0, limit)).map((item) => item.entity);
}

function roleLines(entity: Entity, byId: ReadonlyMap<string, Entity>): string[] {
  return entity.roles.map((role) => {
    const of = role.of === undefined ? undefined : byId.get(role.of);
    return of === undefined ? role.title : `${role.title} of ${shortName(of)}`;
  });
}

/**
 * Scores every quotable sentence and keeps the best, in document order. The lead weighs most, then
 * earlier sentences over later ones, sentences naming key entities and words of named speakers.
 */
function pickSentences(
  text: string,
  analysis: Analysis,
  blocks: readonly Section[],
  keyEntities: readonly SummaryEntity[],
  limit: number,
): SummarySentence[] {
  if (limit <= 0) return [];
  const keyIds = new Set(keyEntities.map((entity) => entity.id));
  const keyStarts = analysis.entities
    .filter((entity) => keyIds.has(entity.id))
    .flatMap((entity) => entity.mentions.map((mention) => mention.start))
    .sort((a, b) => a - b);
  const quotes = rangeSet(
    analysis.document.sections.filter(
      (section) => section.kind === 'quote' && section.speakerId !== undefined,
    ),
  );
  const candidates: { start: number; end: number; block: Section }[] = [];
  const sentences = [...analysis.document.sentences].sort((a, b) => a.start - b.start);
  let b = 0;
  for (const sentence of sentences) {
    while (b < blocks.length && (blocks[b]?.end ?? 0) <= sentence.start) b++;
    const block = blockAt(blocks, b, sentence.start);
    if (block === undefined || !QUOTABLE_BLOCKS.has(block.kind)) continue;
    if (block.kind === 'transcript-turn' && !isSpokenForRelease(block)) continue;
    candidates.push({ start: sentence.start, end: sentence.end, block });
  }

  let k = 0;
  const scored = candidates.map((candidate, index) => {
    while (k < keyStarts.length && (keyStarts[k] ?? 0) < candidate.start) k++;
    let named = 0;
    for (let j = k; j < keyStarts.length && (keyStarts[j] ?? 0) < candidate.end; j++) named++;
    const words = countWords(text, candidate.start, candidate.end);
    let score = 2 * (1 - index / candidates.length);
    if (candidate.block.kind === 'lead') score += 3;
    score += Math.min(named, 4) * 0.5;
    if (spokenByNamedSpeaker(candidate, quotes)) score += 1;
    if (words < 6) score -= 2;
    if (words > 60) score -= 1;
    // A venue or caption line ("Institución Ferial de Madrid Madrid, Spain") is not a sentence to quote.
    if (!endsLikeSentence(text.slice(Math.max(candidate.start, candidate.end - 12), candidate.end)))
      score -= 3;
    return { candidate, score, index };
  });
  scored.sort((x, y) => y.score - x.score || x.index - y.index);
  // A sentence the page repeats word for word (a flattened page's paragraph given twice) is quoted once.
  const seen = new Set<string>();
  const distinct = scored.filter(({ candidate }) => {
    const words = oneLine(text.slice(candidate.start, candidate.end));
    if (seen.has(words)) return false;
    seen.add(words);
    return true;
  });
  return distinct
    .slice(0, limit)
    .sort((x, y) => x.index - y.index)
    .map(({ candidate }) => ({
      start: candidate.start,
      end: candidate.end,
      text: oneLine(text.slice(candidate.start, candidate.end)),
    }));
}

function endsLikeSentence(tail: string): boolean {
  return /[.!?]["'”’)\]]*\s*$/.test(tail);
}

/** The block holding `offset`, looking from index `from` of blocks sorted by start. */
function blockAt(blocks: readonly Section[], from: number, offset: number): Section | undefined {
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i];
    if (block === undefined || block.start > offset) return undefined;
    if (offset < block.end) return block;
  }
  return undefined;
}

function isSpokenForRelease(turn: Section): boolean {
  if (turn.speakerId !== undefined) return true;
  const label = turn.speaker === undefined ? '' : oneLine(turn.speaker.text);
  return !QUESTIONER.test(label);
}

/** `quotes`: the quotes attributed to a known speaker. */
function spokenByNamedSpeaker(sentence: { start: number; block: Section }, quotes: RangeSet): boolean {
  if (sentence.block.kind === 'transcript-turn') return sentence.block.speakerId !== undefined;
  return quotes.has(sentence.start);
}

interface RangeSet {
  has(offset: number): boolean;
}

/** Membership in a union of ranges by binary search, so long documents with many blocks stay fast. */
function rangeSet(ranges: readonly { start: number; end: number }[]): RangeSet {
  const merged: { start: number; end: number }[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return {
    has(offset) {
      let low = 0;
      let high = merged.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const range = merged[mid];
        if (range === undefined) return false;
        if (offset < range.start) high = mid - 1;
        else if (offset >= range.end) low = mid + 1;
        else return true;
      }
      return false;
    },
  };
}

function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = /\s/.test(text[i] ?? ' ');
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
