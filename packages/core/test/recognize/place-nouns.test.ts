/** Places named by a common noun (recognize/place-nouns.ts), and "the city" for the city named before. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

describe('places named by a common noun', () => {
  it('a facility after an article, with the word for its kind', () => {
    expect(
      mentionsOf(
        'The attack on a petrol station and restaurant in al-Hilla killed 60. Gunmen stormed a local hospital, then the safehouse.',
        ['location'],
      ),
    ).toEqual([
      'location:a petrol station',
      'location:restaurant',
      'location:al-Hilla',
      'location:a local hospital',
      'location:the safehouse',
    ]);
  });

  it('plurals only in a list of places or with their kind', () => {
    expect(
      mentionsOf(
        'Bombs hit hospitals, schools and markets. Aid reached besieged areas and bus stations. Military barracks fell.',
        ['location'],
      ),
    ).toEqual([
      'location:hospitals',
      'location:schools',
      'location:markets',
      'location:besieged areas',
      'location:bus stations',
      'location:Military barracks',
    ]);
  });

  it('a fighting position, one or many, is a place; a position taken is not', () => {
    expect(
      mentionsOf('A strike destroyed a fighting position and battle positions. Our position is clear.', [
        'location',
      ]),
    ).toEqual(['location:a fighting position', 'location:battle positions']);
  });

  it('no place: institutions, trades, compounds and names', () => {
    expect(
      mentionsOf(
        'The department is investing $100 million in three schools. Hospital staff and school children came. Capital markets rallied and the market fell. The town hall of a town opened. Al-Shifa hospital was full.',
        ['location'],
      ),
    ).toEqual([]);
  });

  it('a place noun alone on its line is read the same in an analysis session', () => {
    const text = 'Shelling hit a hospital\n\nMarkets were closed.';
    expect(mentionsOf(text, ['location'])).toEqual(['location:a hospital']);
  });

  it('"a hospital" and "the hospital" are one place, named without the article', () => {
    const a = analyze('Gunmen attacked a hospital in Kabul. The hospital was evacuated.');
    const hospital = a.entities.find((e) => e.name === 'hospital');
    expect(hospital?.mentions.map((m) => m.text)).toEqual(['a hospital', 'The hospital']);
    expect(hospital?.aliases).toEqual([]);
  });
});

describe('"the city" refers back to the city named before', () => {
  it('is a mention of that city, not another name for it', () => {
    const a = analyze('Iraqi forces entered Mosul in northern Iraq on Monday. ISIL fighters fled the city.');
    const mosul = a.entities.find((e) => e.name === 'Mosul');
    expect(mosul?.mentions.map((m) => m.text)).toEqual(['Mosul', 'the city']);
    expect(mosul?.aliases).toEqual([]);
  });

  it('"the city of al-Mukalla" names its city after it, refers to none before', () => {
    const a = analyze(
      'Operations in the Mudiyah district of Abyan and near the city of al-Mukalla continued.',
    );
    const places = a.entities.filter((e) => e.type === 'location');
    expect(places.find((e) => e.name === 'Mukalla')?.mentions.map((m) => m.text)).toEqual([
      'city of al-Mukalla',
    ]);
    expect(places.some((e) => e.name === 'city')).toBe(false);
  });

  it('a region named in between leaves the town unnamed', () => {
    const a = analyze('Iraqi forces entered Mosul on Monday. In Anbar Province, the town was quiet.');
    expect(a.entities.find((e) => e.name === 'Mosul')?.mentions.map((m) => m.text)).toEqual(['Mosul']);
    expect(a.entities.find((e) => e.name === 'town')?.mentions.map((m) => m.text)).toEqual(['the town']);
  });

  it('a region named further back is passed over: the city is Mosul after Ninewa, El Fasher after North Darfur', () => {
    const mosul = analyze(
      'The soldiers want to liberate Mosul, Iraq\'s second-largest city. "My men are from Ninewa. We will not stop until the city is free," he said.',
    ).entities.find((e) => e.name === 'Mosul');
    expect(mosul?.mentions.map((m) => m.text)).toEqual(['Mosul', 'the city']);
    const fasher = analyze(
      'Fighting reached El Fasher, the capital of North Darfur. Aid groups said the city had no power.',
    ).entities.find((e) => e.name === 'El Fasher');
    expect(fasher?.mentions.map((m) => m.text)).toEqual(['El Fasher', 'the city']);
  });

  it('a country followed by a possessive is no part of an address; "Austin, Texas-based" still is', () => {
    expect(
      mentionsOf("They will liberate Mosul, Iraq's second-largest city. An Austin, Texas-based firm grew.", [
        'location',
      ]),
    ).toEqual(['location:Mosul', 'location:Iraq', 'location:Austin, Texas']);
  });

  it('a region listed after a town, not describing it, leaves the town unnamed: "near Raqqa and in Deir ez-Zor Province … the town"', () => {
    const a = analyze('Strikes near Raqqa and in Deir ez-Zor Province destroyed a bridge near the town.');
    expect(a.entities.find((e) => e.name === 'Raqqa')?.mentions.map((m) => m.text)).toEqual(['Raqqa']);
  });

  it('a region named in the same sentence before the reference leaves the city unnamed', () => {
    const a = analyze(
      'Iraqi forces retook Fallujah in June. In Nineveh Province, troops have surrounded the city.',
    );
    expect(a.entities.find((e) => e.name === 'Fallujah')?.mentions.map((m) => m.text)).toEqual(['Fallujah']);
  });

  it('a place named by a common noun in between is no city: "a checkpoint in the city" is in Raqqa', () => {
    const a = analyze('Coalition forces struck near Raqqa, destroying a checkpoint in the city.');
    expect(a.entities.find((e) => e.name === 'Raqqa')?.mentions.map((m) => m.text)).toEqual([
      'Raqqa',
      'the city',
    ]);
    expect(a.entities.find((e) => e.name === 'checkpoint')?.mentions.map((m) => m.text)).toEqual([
      'a checkpoint',
    ]);
  });

  it('"a town" says no where', () => {
    expect(mentionsOf('Kirkuk was shelled. They moved to a town and stayed.', ['location'])).toEqual([
      'location:Kirkuk',
    ]);
  });
});

describe('a river word after a known name', () => {
  it('is the river the knowledge base knows, or a place of its own, never the country it is named after', () => {
    const a = analyze(
      'Heading\n\nForces crossed the Tigris river and reached the Jordan river and the Jordan valley, then returned to Jordan.',
    );
    const places = a.entities
      .filter((e) => e.type === 'location')
      .map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(places).toEqual([
      ['Tigris', ['Tigris river']],
      ['Jordan River', ['Jordan river']],
      ['Jordan valley', ['Jordan valley']],
      ['Jordan', ['Jordan']],
    ]);
  });
});
