/** entityAt: what a hover or a click at a position in the text refers to; mentionCounts: how often it is named. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, entityAt, mentionCounts, mentionCountText } from '../src/index.js';

const seedPath = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../seeds/nato-2023-10-12-defence-ministers-press-conference.txt',
);
const text = readFileSync(seedPath, 'utf8');
const analysis = analyze(text);
const at = (phrase: string, delta = 0) => entityAt(analysis, text.indexOf(phrase) + delta)?.entity;

describe('entityAt on the seed', () => {
  it('finds Jens Stoltenberg from "Mr. Stoltenberg", on the honorific and on the surname', () => {
    expect(at('Mr. Stoltenberg')?.name).toBe('Jens Stoltenberg');
    expect(at('Mr. Stoltenberg', 6)?.name).toBe('Jens Stoltenberg');
  });
  it('prefers the innermost mention: "Israeli" inside the role is the nationality', () => {
    expect(at('Israeli Defence Minister')?.type).toBe('nationality');
    expect(at('Israeli Defence Minister', 10)?.name).toBe('Israeli Defence Minister');
  });
  it('finds nothing in plain words or in the residue', () => {
    expect(at('horrific terrorist')).toBeUndefined();
    expect(at('Leave a Reply')).toBeUndefined();
  });
});

describe('mentionCounts on the seed', () => {
  it("counts Stoltenberg's names and the pronouns that refer to him apart", () => {
    const stoltenberg = analysis.entities.find((e) => e.name === 'Jens Stoltenberg');
    if (!stoltenberg) throw new Error('no Stoltenberg');
    expect(mentionCounts(stoltenberg)).toEqual({ named: 4, pronouns: 4 });
    expect(mentionCountText(mentionCounts(stoltenberg))).toBe('4 mentions and 4 pronouns');
    expect(at('So today I can', 9)?.name).toBe('Jens Stoltenberg');
  });
  it('says "1 mention" and leaves pronouns out when there are none', () => {
    expect(mentionCountText({ named: 1, pronouns: 0 })).toBe('1 mention');
    expect(mentionCountText({ named: 2, pronouns: 1 })).toBe('2 mentions and 1 pronoun');
  });
});
