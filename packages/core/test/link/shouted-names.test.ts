/** A name only ever written in capitals is named in title case; acronyms and initials keep theirs. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('names only shouted', () => {
  it('a transcript speaker and a dateline city are named in title case', () => {
    const text =
      "MANAMA, Bahrain — The ship arrived.\n\nCOL. DORRIAN: Good morning.\n\nMS. JEAN-PIERRE: Hi.\n\nMR. O'NEILL: Yes.\n\nHIMARS arrived from the USA.";
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

  it('a letterhead "U.S. CENTRAL COMMAND" is the command, named as the text writes it or as the knowledge base does', () => {
    const letterhead = 'U.S. CENTRAL COMMAND\nNEWS RELEASE\n\nTAMPA, Fla. – U.S. forces struck.';
    const named = (text: string) =>
      analyze(text)
        .entities.filter((e) => e.type === 'organization' && e.mentions.some((m) => /COMMAND/i.test(m.text)))
        .map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(named(`${letterhead} U.S. Central Command said so.`)).toEqual([
      ['U.S. Central Command', ['U.S. CENTRAL COMMAND', 'U.S. Central Command']],
    ]);
    expect(named(letterhead)).toEqual([['United States Central Command', ['U.S. CENTRAL COMMAND']]]);
  });
});
