/**
 * One name typed with and without its accents is one entity: releases from small wires write
 * "Apareció", "Aparecio" and "Aparecío" for one foundation, "Félix" and "Felix" for one magazine;
 * and a Spanish name is written again by its first surname ("Dr. Mafé" of "Ana Mafé García").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('names that differ only in accents', () => {
  it('an organisation written with and without accents is one entity', () => {
    const a = analyze(
      'The Montaño Foundation will host a gala with Héctor Magazine. The Montano Foundation thanked Hector Magazine for its support.',
    );
    const orgs = a.entities.filter((e) => e.type === 'organization');
    expect(orgs.map((e) => e.mentions.map((m) => m.text))).toEqual([
      ['Montaño Foundation', 'Montano Foundation'],
      ['Héctor Magazine', 'Hector Magazine'],
    ]);
  });

  it('a person named in full with accents and in full without them is one person', () => {
    const a = analyze(
      'Adolfo Sánchez joined the board in May. Adolfo Sanchez will chair its audit committee.',
    );
    const people = a.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.mentions.map((m) => m.text))).toEqual([['Adolfo Sánchez', 'Adolfo Sanchez']]);
  });
});

describe('a Spanish name of two surnames', () => {
  it('"Dr. Ferrer" after "Dr. Lucía Ferrer Montoya" is her, by her first surname (was another person)', () => {
    const a = analyze(
      'Dr. Lucía Ferrer Montoya opened the clinic. "It will serve the valley," said Dr. Ferrer.',
    );
    const people = a.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.mentions.map((m) => m.text))).toEqual([['Lucía Ferrer Montoya', 'Ferrer']]);
  });

  it('not a given name standing in the middle: "Ms. Rose" is not Amanda Rose Deitz', () => {
    const a = analyze('Amanda Rose Deitz led the tour. Ms. Rose thanked the hosts.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([
      'Amanda Rose Deitz',
      'Rose',
    ]);
  });
});
