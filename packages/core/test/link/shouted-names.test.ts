/** A name only ever written in capitals is named in title case; acronyms and initials keep theirs. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('names only shouted', () => {
  it('a transcript speaker and a dateline city are named in title case', () => {
    const text =
      "MANAMA, Bahrain — The ship arrived.\n\nCOL. DORRIAN: Good morning.\n\nMS. JEAN-PIERRE: Hi.\n\nMR. O'NEILL: Yes.\n\nThe USA sent HIMARS.";
    const names = analyze(text).entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'location:Manama',
        'person:Dorrian',
        'person:Jean-Pierre',
        "person:O'Neill",
        'location:United States',
        'equipment:HIMARS',
      ]),
    );
  });

  it('a name written quietly once is named as written', () => {
    const a = analyze('ANDREW PEACOCK spoke.\n\nAndrew Peacock said more.');
    expect(a.entities.find((e) => e.type === 'person')?.name).toBe('Andrew Peacock');
  });
});
