/** `dateline summarize`: the release at a glance, as text and as JSON. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateline, ROOT, SEED } from './helpers.js';

interface Summary {
  schema: string;
  source: string;
  title: string | null;
  date: string | null;
  place: string | null;
  speakers: { entityId?: string; name: string; turns: number }[];
  keyEntities: { id: string; name: string; type: string; roles: string[]; mentions: number }[];
  sentences: { start: number; end: number; text: string }[];
}

const TRANSCRIPT = 'packages/core/test/fixtures/transcript-briefing.txt';

describe('dateline summarize', () => {
  it('shows headline, Brussels and 2023-10-12, Jens Stoltenberg as Secretary General, and the lead', async () => {
    const result = await dateline(['summarize', SEED]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    expect(out.split('\n').slice(0, 3)).toEqual([
      SEED,
      '  NATO Secretary General, Press Conference at Defence Ministers Meeting',
      '  Brussels · 2023-10-12',
    ]);
    expect(out).toMatch(/^ {4}Jens Stoltenberg \(person\) — Secretary General\b.* · \d+ mentions$/m);
    expect(out).toContain('  Key entities\n');
    expect(out).toContain('  Summary\n    Media – Secretary General Jens Stoltenberg welcomed');
    expect(out).not.toContain('Leave a Reply');
    // Lines stay readable: the summary is wrapped.
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(110);
  });

  it('prints the JSON shape with offsets into the text, and --sentences sets the length', async () => {
    const seed = readFileSync(join(ROOT, SEED), 'utf8');
    const result = await dateline(['summarize', SEED, '--format', 'json', '--sentences', '2']);
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout) as Summary;
    expect(summary).toMatchObject({
      schema: 'dateline/summary@1',
      source: SEED,
      title: 'NATO Secretary General, Press Conference at Defence Ministers Meeting',
      date: '2023-10-12',
      place: 'Brussels',
    });
    const stoltenberg = summary.keyEntities.find((entity) => entity.name === 'Jens Stoltenberg');
    expect(stoltenberg?.type).toBe('person');
    expect(stoltenberg?.roles.join('; ')).toMatch(/Secretary General/);
    expect(summary.sentences).toHaveLength(2);
    for (const sentence of summary.sentences) {
      expect(seed.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim()).toBe(sentence.text);
    }
    expect(summary.sentences[0]?.start).toBeLessThan(summary.sentences[1]?.start ?? 0);
  });

  it('names transcript speakers, and gives an array for several inputs', async () => {
    const result = await dateline(['summarize', SEED, TRANSCRIPT, '--format', 'json', '--sentences', '0']);
    expect(result.status).toBe(0);
    const summaries = JSON.parse(result.stdout) as Summary[];
    expect(summaries.map((summary) => summary.source)).toEqual([SEED, TRANSCRIPT]);
    expect(summaries[1]?.speakers).toEqual([{ entityId: expect.any(String), name: 'Alex Morgan', turns: 2 }]);
    expect(summaries.every((summary) => summary.sentences.length === 0)).toBe(true);
    const text = await dateline(['summarize', TRANSCRIPT]);
    expect(text.stdout).toContain('  Speakers\n    Alex Morgan · 2 turns\n');
  });

  it('exits 1 naming a missing input (the others are summarised) and 2 for a bad --sentences', async () => {
    const partial = await dateline(['summarize', 'missing.txt', SEED, '--format', 'json']);
    expect(partial.status).toBe(1);
    expect(partial.stderr).toBe('dateline: missing.txt: no such file\n');
    expect((JSON.parse(partial.stdout) as Summary[]).map((summary) => summary.source)).toEqual([SEED]);

    const usage = await dateline(['summarize', SEED, '--sentences', 'many']);
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^dateline: .*--sentences.*\n$/);
  });

  it('shows examples in --help', async () => {
    const result = await dateline(['summarize', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('$ dateline summarize release.txt');
    expect(result.stdout).toContain('--sentences <N>');
  });
});
