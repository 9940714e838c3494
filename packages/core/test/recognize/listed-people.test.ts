/** Unknown names listed with people are people (recognize/listed-people.ts). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

const people = (text: string) => mentionsOf(text, ['person']);

describe('names listed with people', () => {
  it('are people whatever their given names, wherever the known names stand in the list', () => {
    expect(
      people(
        "Guests include Krystal Collier, Tamela D'Amico, Kelly Hu, Nguyen Van An and Zhang Wei. Speakers: Amina Yusuf, Chidi Okonkwo, Ngozi Adichie.",
      ),
    ).toEqual([
      'person:Krystal Collier',
      "person:Tamela D'Amico",
      'person:Kelly Hu',
      'person:Nguyen Van An',
      'person:Zhang Wei',
      'person:Amina Yusuf',
      'person:Chidi Okonkwo',
      'person:Ngozi Adichie',
    ]);
  });

  it('not a phrase of common words, a title, or a name in capitals', () => {
    expect(people('Thanks go to Kelly Hu, Juan Hernandez, Silent Partners and Great Friends.')).toEqual([
      'person:Kelly Hu',
      'person:Juan Hernandez',
    ]);
    // The title in apposition is a mention of Kelly Hu, no person of its own.
    const titled = analyze('Kelly Hu, Vice President, and Juan Hernandez spoke.');
    expect(titled.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([
      'Kelly Hu',
      'Juan Hernandez',
    ]);
    expect(people('Kelly Hu, Juan Hernandez and ACME HOLDINGS attended.')).toEqual([
      'person:Kelly Hu',
      'person:Juan Hernandez',
    ]);
  });
});

describe('names said to be from a body', () => {
  it('"Let\'s go to Idrees Ali from Reuters", "Phil Stewart of Reuters" are people; "Bank of America" is not', () => {
    expect(
      mentionsOf(
        "Let's go to Idrees Ali from Reuters. Next, Phil Stewart of Reuters. Bank of America agreed.",
        ['person', 'organization'],
      ),
    ).toEqual([
      'person:Idrees Ali',
      'organization:Reuters',
      'person:Phil Stewart',
      'organization:Reuters',
      'organization:Bank of America',
    ]);
  });
});
