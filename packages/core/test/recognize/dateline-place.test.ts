/** A wire dateline's place in capitals is a place, known or not, and its later mentions are that place. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const locations = (text: string) =>
  analyze(text)
    .entities.filter((e) => e.type === 'location')
    .map((e) => ({ name: e.name, mentions: e.mentions.map((m) => m.text) }));

describe('the place of a dateline in capitals', () => {
  it('is a place when the knowledge base does not know it: a base, a port', () => {
    expect(
      locations(
        'Iraqi soldiers graduate\n\nAL ASAD AIR BASE, Iraq – Coalition forces trained Iraqi soldiers at Al Asad Air Base this week.',
      ),
    ).toEqual([{ name: 'Al Asad Air Base', mentions: ['AL ASAD AIR BASE, Iraq', 'Al Asad Air Base'] }]);
  });

  it('is the same place as the town written in title case later', () => {
    expect(
      locations(
        'USS Nimitz visits Duqm\n\nDUQM, Oman (NNS) -- The ship arrived in Duqm on Jan. 3.\n\nSailors met.',
      ),
    ).toEqual([{ name: 'Duqm', mentions: ['Duqm', 'DUQM, Oman', 'Duqm'] }]);
  });

  it('leaves a known place to the knowledge base, and a lead in capitals that names no place alone', () => {
    expect(locations('Strikes\n\nSOUTHWEST ASIA - Coalition forces struck on Jan. 3.\n\nMore.')).toEqual([
      { name: 'Southwest Asia', mentions: ['SOUTHWEST ASIA'] },
    ]);
    expect(locations('Release\n\nFOR IMMEDIATE RELEASE -- The Pentagon said on Jan. 3.\n\nMore.')).toEqual(
      [],
    );
  });
});
