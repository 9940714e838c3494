/** A surname with the Arabic article is one person however it is written: "al-Abadi", "Al-Abadi", "Abadi". */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function personMentions(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of analyze(text).entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    out[e.name] = e.mentions.map((m) => m.text);
  }
  return out;
}

describe('surnames with the Arabic article', () => {
  it('an unknown name: opening a sentence, mid-sentence, and without the article', () => {
    expect(
      personMentions(
        'A strike killed senior ISIS leader Abu Hamza al-Muhajir near Mayadin. Al-Muhajir was a senior member of ISIS. Officials said al-Muhajir directed attacks. Muhajir fled.',
      ),
    ).toEqual({ 'Abu Hamza al-Muhajir': ['Abu Hamza al-Muhajir', 'Al-Muhajir', 'al-Muhajir', 'Muhajir'] });
  });

  it("a known person's relatives are people of their own, and the surname alone is still the known one", () => {
    expect(
      personMentions(
        'It was founded by Bassel al-Assad in 1989 and later headed by his brother Bashar al-Assad. Maher al-Assad leads the 4th Division. Under Assad, President Assad ruled.',
      ),
    ).toEqual({
      'Bassel al-Assad': ['Bassel al-Assad'],
      'Bashar al-Assad': ['Bashar al-Assad', 'Assad', 'Assad'],
      'Maher al-Assad': ['Maher al-Assad'],
    });
  });

  it('a known name keeps its capitalised article in the span', () => {
    expect(
      personMentions(
        'Prime Minister Haider al-Abadi spoke. Abadi said the army would win. Al-Abadi thanked them.',
      ),
    ).toEqual({ 'Haider al-Abadi': ['Haider al-Abadi', 'Abadi', 'Al-Abadi'] });
  });

  it('two people whose surnames differ only by the article and their first names stay apart', () => {
    const people = personMentions('Ahmed al-Hassan met Omar Hassan in Baghdad.');
    expect(Object.keys(people).sort()).toEqual(['Ahmed al-Hassan', 'Omar Hassan']);
  });
});
