/**
 * summarizeDocument on the seed and two real releases from the shared corpus (read in place, never
 * copied into the repository; those tests are skipped when the corpus is absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyze, summarizeDocument } from '../../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..', '..');
const SEED = join(repoRoot, 'seeds', 'nato-2023-10-12-defence-ministers-press-conference.txt');
const CORPUS = join(repoRoot, '..', 'shared', 'corpus', 'press-releases');
const PADILLA = join(CORPUS, 'senate-padilla-la28-transit-funding-2026.txt');
const CBOE = join(CORPUS, 'corp-prnewswire-cboe-japan-exit-2025.txt');

function summaryOf(path: string, sentences?: number) {
  const text = readFileSync(path, 'utf8');
  const analysis = analyze(text);
  return {
    text,
    analysis,
    summary: summarizeDocument(text, analysis, sentences === undefined ? {} : { sentences }),
  };
}

/** Every summary sentence is the text at its offsets, in order, and never in boilerplate, residue or contact. */
function expectQuotable(
  text: string,
  analysis: Analysis,
  sentences: { start: number; end: number; text: string }[],
) {
  const excluded = analysis.document.sections.filter((s) =>
    ['boilerplate', 'residue', 'contact', 'title', 'source'].includes(s.kind),
  );
  let last = -1;
  for (const sentence of sentences) {
    expect(sentence.text).toBe(text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim());
    expect(sentence.start).toBeGreaterThan(last);
    last = sentence.start;
    for (const section of excluded) {
      expect(sentence.end <= section.start || sentence.start >= section.end, `${section.kind} quoted`).toBe(
        true,
      );
    }
  }
}

describe('summarizeDocument on the seed', () => {
  const { text, analysis, summary } = summaryOf(SEED);

  it('gives the headline, date and place', () => {
    expect(summary.title).toBe('NATO Secretary General, Press Conference at Defence Ministers Meeting');
    expect(summary.date).toBe('2023-10-12');
    expect(summary.place).toBe('Brussels');
  });

  it('lists Jens Stoltenberg with his role among the key entities, and no dates or figures', () => {
    // Exact counts belong to the recognition tests; here: he is there, as a person, with his role.
    const stoltenberg = summary.keyEntities.find((entity) => entity.name === 'Jens Stoltenberg');
    expect(stoltenberg?.type).toBe('person');
    expect(stoltenberg?.roles.some((role) => role.startsWith('Secretary General'))).toBe(true);
    expect(stoltenberg?.mentions).toBeGreaterThanOrEqual(3);
    expect(
      summary.keyEntities.some(
        (entity) =>
          entity.type === 'organization' && /^(NATO|North Atlantic Treaty Organization)$/.test(entity.name),
      ),
    ).toBe(true);
    expect(summary.keyEntities.some((entity) => ['date', 'quantity', 'role'].includes(entity.type))).toBe(
      false,
    );
    expect(summary.keyEntities.length).toBeLessThanOrEqual(8);
  });

  it('quotes three sentences starting with the lead, in document order', () => {
    expect(summary.sentences).toHaveLength(3);
    expect(summary.sentences[0]?.text).toMatch(
      /^Media – Secretary General Jens Stoltenberg welcomed US Secretary of Defense Lloyd J. Austin III/,
    );
    expectQuotable(text, analysis, summary.sentences);
  });

  it('never quotes the web residue at the end', () => {
    const all = summarizeDocument(text, analysis, { sentences: 1000 });
    expect(all.sentences.length).toBeGreaterThan(20);
    expect(all.sentences.some((sentence) => /Leave a Reply|email address/.test(sentence.text))).toBe(false);
    expectQuotable(text, analysis, all.sentences);
  });

  it('honours the sentence count, 0 included, and is deterministic', () => {
    expect(summarizeDocument(text, analysis, { sentences: 1 }).sentences.map((s) => s.start)).toEqual([264]);
    expect(summarizeDocument(text, analysis, { sentences: 0 }).sentences).toEqual([]);
    expect(JSON.stringify(summarizeDocument(text, analyze(text)))).toBe(JSON.stringify(summary));
  });
});

describe('summarizeDocument on edge cases', () => {
  it('handles an empty text and a text without structure', () => {
    expect(summarizeDocument('', analyze(''))).toEqual({
      title: null,
      date: null,
      place: null,
      speakers: [],
      keyEntities: [],
      sentences: [],
    });
    const line = 'no capital letters here at all';
    expect(summarizeDocument(line, analyze(line)).keyEntities).toEqual([]);
  });

  it('names transcript speakers but not the journalists asking', () => {
    const text = readFileSync(join(here, '..', 'fixtures', 'transcript-briefing.txt'), 'utf8');
    const summary = summarizeDocument(text, analyze(text));
    expect(summary.speakers).toEqual([{ entityId: expect.any(String), name: 'Alex Morgan', turns: 2 }]);
    expect(summary.sentences.some((sentence) => sentence.text.startsWith('Will the President'))).toBe(false);
  });
});

describe.skipIf(!existsSync(PADILLA))('summarizeDocument on a Senate release (shared corpus)', () => {
  it('names the three quoted speakers and leads with the dateline sentence', () => {
    const { text, analysis, summary } = summaryOf(PADILLA);
    expect(summary.speakers.map((speaker) => speaker.name)).toEqual([
      'Alex Padilla',
      'Fernando Dutra',
      'Darren Kettle',
    ]);
    expect(summary.keyEntities[0]).toMatchObject({ name: 'Alex Padilla', type: 'person' });
    expect(summary.sentences[0]?.text).toMatch(/^LOS ANGELES, CA — Today, U\.S\. Senator Alex Padilla/);
    expectQuotable(text, analysis, summarizeDocument(text, analysis, { sentences: 1000 }).sentences);
  });
});

describe.skipIf(!existsSync(CBOE))('summarizeDocument on a wire release with residue (shared corpus)', () => {
  it('never quotes the About block nor the "appeared first on" residue', () => {
    const { text, analysis, summary } = summaryOf(CBOE, 5);
    expect(summary.sentences).toHaveLength(5);
    const all = summarizeDocument(text, analysis, { sentences: 1000 }).sentences;
    expect(all.some((sentence) => /appeared first on/.test(sentence.text))).toBe(false);
    expectQuotable(text, analysis, all);
  });
});

describe('summarizeDocument key entities', () => {
  it('never lists a pronoun, whatever the recognisers proposed', () => {
    const text = 'Minister Anna Berg spoke in Oslo.\n\nI said we would go. He agreed.';
    const analysis = analyze(text);
    const entity = (id: string, name: string) => ({
      id,
      type: 'person' as const,
      name,
      aliases: [],
      roles: [],
      mentions: [{ start: 0, end: 1, text: name }],
      summary: '',
    });
    const withPronouns = {
      ...analysis,
      entities: [...analysis.entities, entity('p1', 'I'), entity('p2', 'He')],
    };
    const names = summarizeDocument(text, withPronouns).keyEntities.map((e) => e.name);
    expect(names).not.toContain('I');
    expect(names).not.toContain('He');
  });

  it('quotes a sentence the page repeats word for word once', () => {
    const text =
      'Charity Dinner Announced\n\nLOS ANGELES, May 8, 2024 -- The foundation will host its annual dinner on June 5 to raise funds for young artists. Members include Christopher Rivas and Kelly Hu, who will host the evening. Members include Christopher Rivas and Kelly Hu, who will host the evening. Tickets are on sale now through the foundation.';
    const sentences = summarizeDocument(text, analyze(text)).sentences.map((s) => s.text);
    expect(sentences.filter((s) => s.startsWith('Members include'))).toHaveLength(1);
    expect(sentences).toHaveLength(3);
  });
});
