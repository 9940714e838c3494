/**
 * Landmarks named by their last word (knowledge/place-words.ts, PLACE_HEADS: "Ishtar Gate",
 * "Presidential Palace") and two place names listed after "X of Y" (recognize/chunks.ts).
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './mentions-of.js';

describe('landmarks', () => {
  it('gates, palaces, citadels, castles and towers are places', () => {
    expect(
      mentionsOf('Visitors walked through the Ishtar Gate to the Presidential Palace.', ['location']),
    ).toEqual(['location:Ishtar Gate', 'location:Presidential Palace']);
    expect(
      mentionsOf('Crowds gathered at the Brandenburg Gate and outside Trump Tower.', ['location']),
    ).toEqual(['location:Brandenburg Gate', 'location:Trump Tower']);
  });

  it('after a given name "Tower", "Castle" and "Gate" are surnames', () => {
    expect(
      mentionsOf('Senator John Tower met Sarah Gate and Barbara Castle in London.', ['location', 'person']),
    ).toEqual(['person:John Tower', 'person:Sarah Gate', 'person:Barbara Castle', 'location:London']);
  });

  it('an honorific or a title and the head word alone are no place: "Senator Tower", "Mrs Castle", "Senator Bridge"', () => {
    expect(
      mentionsOf('Senator Tower said the nomination would be confirmed.', ['location', 'person']),
    ).toEqual(['person:Tower']);
    expect(mentionsOf('Mrs Castle said the Bill would pass.', ['location', 'person'])).toEqual([
      'person:Castle',
    ]);
    expect(mentionsOf('Senator Bridge said the vote was close.', ['location'])).toEqual([]);
  });

  it('"the Port of Basra and Mosul Dam" are two places: a known place opening a named landmark is no part of the first', () => {
    expect(mentionsOf('Engineers inspected the Port of Basra and Mosul Dam.', ['location'])).toEqual([
      'location:Port of Basra',
      'location:Mosul Dam',
    ]);
    expect(mentionsOf('They toured the Citadel of Aleppo and Edinburgh Castle.', ['location'])).toEqual([
      'location:Citadel of Aleppo',
      'location:Edinburgh Castle',
    ]);
    // Still one name where the place after "and" stands alone.
    expect(mentionsOf('The Islamic State of Iraq and Syria claimed the attack.', ['organization'])).toEqual([
      'organization:Islamic State of Iraq and Syria',
    ]);
  });
});
