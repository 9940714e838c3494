/**
 * Transcript turn labels that carry no honorific: a full name in capitals with its post-nominals
 * ("TOM ALDERLEY MP:"), or a title alone ("THE PRESIDENT:", "PRIME MINISTER:") standing for the one
 * person who holds it, named in the transcript's header or elsewhere in the text.
 */
import { describe, expect, it } from 'vitest';
import { type Analysis, analyze } from '../../src/index.js';

/** The name of the entity speaking each transcript turn, in order ("-" when none). */
const speakers = (a: Analysis) =>
  a.document.sections
    .filter((s) => s.kind === 'transcript-turn')
    .map((s) => a.entities.find((e) => e.id === s.speakerId)?.name ?? '-');

describe('turn labels without an honorific', () => {
  it('"TOM ALDERLEY MP:" is Tom Alderley, named earlier in the header', () => {
    const a = analyze(
      'Transcript of doorstop: Hobart\n\nDoorstop with Tom Alderley, Hobart\n\nJOURNALIST:\n\nWill the shipyard stay open?\n\nTOM ALDERLEY MP:\n\nYes, it will. We fought hard for it.\n',
    );
    expect(speakers(a)).toEqual(['-', 'Tom Alderley']);
    const alderley = a.entities.find((e) => e.name === 'Tom Alderley');
    expect(alderley?.mentions.map((m) => m.text)).toEqual(['Tom Alderley', 'TOM ALDERLEY']);
  });

  it('"PRIME MINISTER:" is the prime minister the header names on the lines below the title', () => {
    const a = analyze(
      'Transcript of interview with Radio North\n\nPRIME MINISTER\n\nTHE HON. JANE CARTWRIGHT MP\n\nPRIME MINISTER:\n\nThanks for having me.\n\nJOURNALIST:\n\nWill the yard stay open?\n\nPRIME MINISTER:\n\nIt will.\n',
    );
    expect(speakers(a)).toEqual(['Jane Cartwright', '-', 'Jane Cartwright']);
    const pm = a.entities.find((e) => e.name === 'Jane Cartwright');
    expect(pm?.type).toBe('person');
    expect(pm?.roles).toEqual([{ title: 'Prime Minister' }]);
    // No unnamed person called "Prime Minister" beside her.
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Jane Cartwright']);
  });

  it('"THE PRESIDENT:" is the President named in the headline', () => {
    const a = analyze(
      'Remarks by President Harlan Whitfield on the Storm Recovery\n\nTHE PRESIDENT:  Good morning. We will rebuild.\n\nQ  Mr. President, when will you visit?\n\nTHE PRESIDENT:  Next week.\n',
    );
    expect(speakers(a)).toEqual(['Harlan Whitfield', '-', 'Harlan Whitfield']);
  });
});
