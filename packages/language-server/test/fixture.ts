/**
 * Hand-made analyses for exact assertions. The core's output improves from week to week; the
 * server's job is to translate whatever it says, so exact texts are checked against analyses
 * written here, and the seed tests check what a user sees on the real output.
 */
import {
  type Analysis,
  type Entity,
  type EntityType,
  type Note,
  SCHEMA_ID,
  type Section,
} from '@dateline/core';
import type { AnalyzedDocument } from '../src/documents/analyzed-document.js';
import { LineIndex } from '../src/position/line-index.js';

export interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  /** Phrases of the text, each `[phrase, occurrence]` (0-based) or a phrase (first occurrence). */
  mentions: (string | [string, number])[];
  aliases?: string[];
  roles?: Entity['roles'];
  value?: string;
  expansion?: string;
  heldBy?: string[];
  /** Title phrase attached to the mention at the same index (`[phrase, occurrence]`). */
  titles?: Record<number, [string, number]>;
}

function find(text: string, phrase: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`fixture phrase not found: ${phrase} #${occurrence}`);
  }
  return at;
}

export function fixtureDoc(
  text: string,
  specs: EntitySpec[],
  extra: { sections?: Section[]; notes?: Note[]; date?: string; title?: string } = {},
): AnalyzedDocument {
  const entities: Entity[] = specs.map((spec) => ({
    id: spec.id,
    type: spec.type,
    name: spec.name,
    aliases: spec.aliases ?? [],
    roles: spec.roles ?? [],
    summary: `${spec.name}; ${spec.mentions.length} mentions.`,
    mentions: spec.mentions.map((m, index) => {
      const [phrase, occurrence] = typeof m === 'string' ? [m, 0] : m;
      const start = find(text, phrase, occurrence);
      const mention: Entity['mentions'][number] = { start, end: start + phrase.length, text: phrase };
      const title = spec.titles?.[index];
      if (title) {
        const titleStart = find(text, title[0], title[1]);
        mention.title = { start: titleStart, end: titleStart + title[0].length, text: title[0] };
      }
      return mention;
    }),
    ...(spec.value ? { value: spec.value } : {}),
    ...(spec.expansion ? { expansion: spec.expansion } : {}),
    ...(spec.heldBy ? { heldBy: spec.heldBy } : {}),
  }));
  const sentences: { start: number; end: number }[] = [];
  const sentencePattern = /[^.!?\n]+[.!?]?/g;
  for (let match = sentencePattern.exec(text); match; match = sentencePattern.exec(text)) {
    if (match[0].trim() !== '') sentences.push({ start: match.index, end: match.index + match[0].length });
  }
  const analysis: Analysis = {
    schema: SCHEMA_ID,
    document: {
      title: extra.title ?? null,
      date: extra.date ?? null,
      place: null,
      sections: extra.sections ?? [],
      sentences,
    },
    entities,
    notes: extra.notes ?? [],
  };
  return {
    uri: 'file:///work/fixture.txt',
    version: 3,
    text,
    lines: new LineIndex(text),
    analysis,
    millis: 1,
  };
}

/** The paragraphs of a text as `body` sections (the first one as `title`). */
export function paragraphs(text: string): Section[] {
  const sections: Section[] = [];
  const pattern = /[^\n]+(?:\n[^\n]+)*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    sections.push({
      kind: sections.length === 0 ? 'title' : 'body',
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return sections;
}

/** A small NATO release, by hand: Stoltenberg with his role, NATO with its acronym, KFOR, dates. */
export const NATO_TEXT = [
  'NATO Ministers Meet in Brussels',
  '',
  'Secretary General Jens Stoltenberg welcomed ministers on Thursday (12 October 2023).',
  'Mr. Stoltenberg said NATO will reinforce KFOR next week.',
  '',
  'The North Atlantic Treaty Organization (NATO) thanked Kosovo Force (KFOR) troops.',
].join('\n');

export function natoDoc(notes: Note[] = []): AnalyzedDocument {
  return fixtureDoc(
    NATO_TEXT,
    [
      {
        id: 'e1',
        type: 'organization',
        name: 'North Atlantic Treaty Organization',
        aliases: ['NATO'],
        mentions: ['NATO', ['NATO', 1], 'North Atlantic Treaty Organization', ['NATO', 2]],
      },
      { id: 'e2', type: 'role', name: 'Secretary General', mentions: ['Secretary General'], heldBy: ['e3'] },
      {
        id: 'e3',
        type: 'person',
        name: 'Jens Stoltenberg',
        aliases: ['Mr. Stoltenberg'],
        roles: [{ title: 'Secretary General', of: 'e1' }],
        mentions: ['Jens Stoltenberg', ['Stoltenberg', 1]],
        titles: { 0: ['Secretary General', 0], 1: ['Mr.', 0] },
      },
      {
        id: 'e4',
        type: 'date',
        name: '12 October 2023',
        aliases: ['Thursday'],
        value: '2023-10-12',
        mentions: ['Thursday', '12 October 2023'],
      },
      {
        id: 'e5',
        type: 'organization',
        name: 'KFOR',
        expansion: 'Kosovo Force',
        mentions: ['KFOR', ['KFOR', 1]],
      },
      { id: 'e6', type: 'date', name: 'next week', value: '2023-10-16/2023-10-22', mentions: ['next week'] },
      { id: 'e7', type: 'location', name: 'Brussels', mentions: ['Brussels'] },
    ],
    { sections: paragraphs(NATO_TEXT), notes, date: '2023-10-12', title: 'NATO Ministers Meet in Brussels' },
  );
}
