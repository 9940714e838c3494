/**
 * Places the text says are places, though the knowledge base does not know them
 * (recognize/described-places.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

describe('a place held by someone', () => {
  it('"on insurgent-held Karabilah", "fled government-controlled Qardaha" name places', () => {
    expect(mentionsOf('Marines began their assault on insurgent-held Karabilah.', ['location'])).toEqual([
      'location:insurgent-held Karabilah',
    ]);
    expect(mentionsOf('Thousands fled government-controlled Qardaha last week.', ['location'])).toEqual([
      'location:Qardaha',
    ]);
  });

  it('the other mentions of the place, and "the city" after it, are the same place', () => {
    const text =
      'Marines began their assault on insurgent-held Karabilah, and had cleared the city four days later. Insurgents fled Karabilah.';
    const place = analyze(text).entities.find((e) => e.name === 'Karabilah');
    expect(place?.type).toBe('location');
    expect(place?.mentions.map((m) => m.text)).toEqual(['insurgent-held Karabilah', 'the city', 'Karabilah']);
  });

  it('an Arabic article inside the name is part of it: "opposition-held Maarat al-Numan"', () => {
    expect(mentionsOf('The strike on opposition-held Maarat al-Numan killed six.', ['location'])).toEqual([
      'location:Maarat al-Numan',
    ]);
  });

  it('not what an owner controls, nor a business or a broadcaster: "on state-controlled Press TV", "fled Chinese-controlled Evergrande"', () => {
    expect(mentionsOf('The state-controlled Press TV said so.', ['location'])).toEqual([]);
    expect(mentionsOf('Kremlin-controlled Channel One aired the speech.', ['location'])).toEqual([]);
    expect(mentionsOf('He was interviewed on state-controlled Press TV on Monday.', ['location'])).toEqual(
      [],
    );
    expect(
      mentionsOf('Investors fled Chinese-controlled Evergrande as the crisis deepened.', ['location']),
    ).toEqual([]);
    expect(mentionsOf('Shares in publicly-held Vantage Drilling fell.', ['location'])).toEqual([]);
    expect(mentionsOf('Journalists fled state-controlled RT after the invasion.', ['location'])).toEqual([]);
    expect(
      mentionsOf('The money was moved into Hezbollah-controlled Al-Qard Al-Hassan accounts.', ['location']),
    ).toEqual([]);
  });
});

describe('a place described in apposition', () => {
  it('"Marea, a town north of Aleppo", "In Hibhib, a village in northern Iraq"', () => {
    expect(mentionsOf('Marea, a town north of Aleppo, was shelled.', ['location'])).toEqual([
      'location:Marea',
      'location:Aleppo',
    ]);
    expect(mentionsOf('In Hibhib, a village in northern Iraq, the fighting stopped.', ['location'])).toEqual([
      'location:Hibhib',
      'location:northern Iraq',
    ]);
    expect(mentionsOf('They reached Suluk, a small town near the border.', ['location'])).toEqual([
      'location:Suluk',
    ]);
  });

  it('not a person or a firm described by a job or trade: "a town councillor in", "a port operator in"', () => {
    expect(mentionsOf('John Smith, a town councillor in Leeds, spoke.', ['location', 'person'])).toEqual([
      'person:John Smith',
      'location:Leeds',
    ]);
    expect(mentionsOf('Zentrix, a port operator in Oman, grew.', ['location'])).toEqual(['location:Oman']);
  });
});
