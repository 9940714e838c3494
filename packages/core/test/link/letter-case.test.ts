/**
 * One name written in a proper noun's capitals and in running prose's lower case is one entity
 * ("the Quebec Government" … "the Quebec government"), named by its capitals.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('names that differ only in letter case', () => {
  it('a body written with and without capitals is one entity, named by its capitals', () => {
    const a = analyze(
      'Rock samples taken by the Ontario government show nickel. Besides the Ontario Government sampling, little work was done.',
    );
    const bodies = a.entities.filter((e) => e.type === 'organization');
    expect(bodies.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Ontario Government', ['Ontario government', 'Ontario Government']],
    ]);
  });

  it('a place written both ways is one entity', () => {
    const a = analyze(
      'The fighters withdrew to the Makhul Mountains in June. Troops later shelled the Makhul mountains again.',
    );
    const places = a.entities.filter((e) => e.type === 'location');
    expect(places.map((e) => e.name)).toEqual(['Makhul Mountains']);
  });
});
