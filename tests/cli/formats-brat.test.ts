/**
 * `dateline extract --format brat`: standoff .ann lines whose offsets are Unicode code points of the
 * text (what brat counts), with multi-line mentions as discontinuous fragments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateline, lines, ROOT, SEED } from './helpers.js';

/** Emoji (two UTF-16 units, one code point) before the entities, and a name wrapped over two lines. */
const EMOJI_RELEASE = `NATO chief meets ministers in Brussels

BRUSSELS, 12 October 2023 – 😀🎉 Secretary General Jens Stoltenberg met US Secretary of Defense Lloyd J. Austin III at NATO Headquarters.

Mr. Stoltenberg thanked Secretary General Jens
Stoltenberg for the work of the European Union.
`;

interface TextBound {
  id: string;
  type: string;
  fragments: [number, number][];
  text: string;
}

function parseAnn(ann: string): { bounds: TextBound[]; notes: Map<string, string> } {
  const bounds: TextBound[] = [];
  const notes = new Map<string, string>();
  for (const line of lines(ann)) {
    const [id = '', middle = '', text = ''] = line.split('\t');
    if (id.startsWith('T')) {
      const [type = '', ...rest] = middle.split(' ');
      const fragments = rest
        .join(' ')
        .split(';')
        .map((pair) => pair.split(' ').map(Number) as [number, number]);
      bounds.push({ id, type, fragments, text });
    } else if (id.startsWith('#')) {
      expect(middle).toMatch(/^AnnotatorNotes T\d+$/);
      notes.set(middle.split(' ')[1] ?? '', text);
    } else {
      throw new Error(`unexpected .ann line: ${line}`);
    }
  }
  return { bounds, notes };
}

/** The annotation text as brat reads it: the fragments, by code point, joined with a space. */
function sliceByCodePoints(text: string, fragments: [number, number][]): string {
  const points = [...text];
  return fragments.map(([start, end]) => points.slice(start, end).join('')).join(' ');
}

describe('dateline extract --format brat', () => {
  it('gives T lines that slice the seed to their text, with entity ids in the notes', async () => {
    const seed = readFileSync(join(ROOT, SEED), 'utf8');
    const result = await dateline(['extract', SEED, '--format', 'brat']);
    expect(result.status).toBe(0);
    const { bounds, notes } = parseAnn(result.stdout);
    expect(bounds.length).toBeGreaterThan(50);
    for (const bound of bounds) {
      expect(bound.type).toMatch(/^[A-Z][a-z]+$/);
      expect(sliceByCodePoints(seed, bound.fragments)).toBe(bound.text);
      expect(notes.get(bound.id)).toMatch(/^e\d+ \S/);
    }
    const stoltenberg = bounds.filter(
      (bound) => bound.type === 'Person' && bound.text === 'Jens Stoltenberg',
    );
    expect(stoltenberg.length).toBeGreaterThanOrEqual(2);
    expect(notes.get(stoltenberg[0]?.id ?? '')).toMatch(/^e\d+ Jens Stoltenberg$/);
    expect(bounds.some((bound) => bound.type === 'Location' && bound.text === 'Brussels')).toBe(true);
  });

  it('counts code points, not UTF-16 units, after an emoji, and splits a wrapped name into fragments', async () => {
    const result = await dateline(['extract', '-', '--format', 'brat'], { input: EMOJI_RELEASE });
    expect(result.status).toBe(0);
    const { bounds } = parseAnn(result.stdout);
    for (const bound of bounds) expect(sliceByCodePoints(EMOJI_RELEASE, bound.fragments)).toBe(bound.text);

    const first = bounds.find((bound) => bound.type === 'Person' && bound.text === 'Jens Stoltenberg');
    const utf16 = EMOJI_RELEASE.indexOf('Jens Stoltenberg');
    expect(first?.fragments).toEqual([[utf16 - 2, utf16 - 2 + 16]]);

    const wrapped = bounds.find((bound) => bound.fragments.length === 2);
    expect(wrapped).toBeDefined();
    expect(wrapped?.text).toBe('Jens Stoltenberg');
    expect(wrapped?.type).toBe('Person');
  });

  it('refuses several documents on stdout with a one-line usage error', async () => {
    const result = await dateline(['extract', SEED, SEED, '--format', 'brat']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/^dateline: .*brat/);
  });
});
