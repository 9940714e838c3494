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

describe('names given a title after a comma', () => {
  it('"Cheyvoryea Gibson, Special Agent in Charge of the FBI\'s Detroit Field Office" is a person holding that title', () => {
    const a = analyze(
      "Ison was joined by Cheyvoryea Gibson, Special Agent in Charge of the FBI's Detroit Field Office, and Sarah Kessler.",
    );
    const gibson = a.entities.find((e) => e.name === 'Cheyvoryea Gibson');
    expect(gibson?.mentions.map((m) => m.text)).toEqual([
      'Cheyvoryea Gibson',
      'Special Agent in Charge of the FBI',
    ]);
  });

  it('the end of a name read before it is no name of its own: "Prince Faisal bin Farhan Al Saud, Qatari Prime Minister …"', () => {
    const a = analyze(
      'He met Saudi Foreign Minister Prince Faisal bin Farhan Al Saud, Qatari Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman, and others.',
    );
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('Al Saud');
  });

  it('a title\'s complement ends with its sentence: "Zorblat Quenton, Chief Executive Officer of Acme Corp. Officials in Baghdad, Prime Minister …"', () => {
    const a = analyze(
      'The deal was announced by Zorblat Quenton, Chief Executive Officer of Acme Corp. Officials in Baghdad, Prime Minister al-Sudani said.',
    );
    expect(a.entities.find((e) => e.name === 'Zorblat Quenton')?.mentions.map((m) => m.text)).toEqual([
      'Zorblat Quenton',
      'Chief Executive Officer of Acme Corp.',
    ]);
  });
});

describe('a title opening with its country', () => {
  it('"United States Attorney Dawn N. Ison", "U.S. Attorney Ison": the title is read whole and names her', () => {
    const a = analyze(
      'United States Attorney Dawn N. Ison announced. "It matters," said U.S. Attorney Ison.',
    );
    const ison = a.entities.find((e) => e.name === 'Dawn N. Ison');
    expect(ison?.mentions.map((m) => `${m.title?.text} ${m.text}`)).toEqual([
      'United States Attorney Dawn N. Ison',
      'U.S. Attorney Ison',
    ]);
  });
});
