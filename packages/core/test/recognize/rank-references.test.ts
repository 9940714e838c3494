/** "The general said": a rank or office alone refers back to the person last named with it. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function mentionsByPerson(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of analyze(text).entities)
    if (e.type === 'person') out[e.name] = e.mentions.filter((m) => !m.pronoun).map((m) => m.text);
  return out;
}

describe('a rank or office used alone after "the"', () => {
  it('is a mention of the person last named with it, never their name', () => {
    const text =
      'Lt. Gen. Alexus Grynkewich and Adm. Brad Cooper briefed reporters. The admiral said the ships were safe. Q: A question for the general, please. A: The General’s view is clear.';
    expect(mentionsByPerson(text)).toEqual({
      'Alexus Grynkewich': ['Alexus Grynkewich', 'the general', 'The General'],
      'Brad Cooper': ['Brad Cooper', 'The admiral'],
    });
    const person = analyze(text).entities.find((e) => e.name === 'Alexus Grynkewich');
    expect(person?.aliases).toEqual([]);
  });

  it('spoken to in a transcript ("Thank you, General.") is a mention of that person too', () => {
    expect(
      mentionsByPerson(
        "Lieutenant General Douglas Sims spoke. MR. KIRBY: I'm happy, General, if you want. Thank you, General. Q: Thanks, Admiral.",
      ),
    ).toEqual({ 'Douglas Sims': ['Douglas Sims', 'General', 'General'], Kirby: ['KIRBY'] });
  });

  it('refers to the holder of an office named in a longer title', () => {
    expect(mentionsByPerson('Defense Secretary Jim Mattis met troops. The secretary thanked them.')).toEqual({
      'Jim Mattis': ['Jim Mattis', 'The secretary'],
    });
  });

  it('is nobody without such a person before it, or where the word is no person', () => {
    expect(mentionsByPerson('The general said the attack failed.')).toEqual({});
    expect(
      mentionsByPerson('Gen. Joseph Votel spoke. The general public and the general election matter.'),
    ).toEqual({ 'Joseph Votel': ['Joseph Votel'] });
  });
});
