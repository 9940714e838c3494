/** Unknown names listed with known places are places too. */
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './mentions-of.js';

describe('places listed with places', () => {
  it('"Aleppo and Daraya", "Qamenas, Sarmin and Talamenes": the unknown items of a list of places', () => {
    expect(
      mentionsOf('The attacks on Aleppo and Daraya continue, as in Qamenas, Sarmin and Talamenes.', [
        'location',
      ]),
    ).toEqual([
      'location:Aleppo',
      'location:Daraya',
      'location:Qamenas',
      'location:Sarmin',
      'location:Talamenes',
    ]);
  });

  it('a list of towns stays a list: "Hobart, Kingborough and Clarence" is not one place "Hobart, Kingborough"', () => {
    expect(
      mentionsOf('There will be ceremonies in Launceston, Hobart, Kingborough and Sorell.', ['location']),
    ).toEqual(['location:Launceston', 'location:Hobart', 'location:Kingborough', 'location:Sorell']);
  });

  it('not a pronoun, an acronym, an ordinary word or a person listed beside a place', () => {
    expect(
      mentionsOf(
        'In terms of Afghanistan, I listened. Iraq and WMF signed it. The Near East and South and Central Asia. He met Syria and John Kerry.',
        ['location'],
      ),
    ).toEqual([
      'location:Afghanistan',
      'location:Iraq',
      'location:Near East',
      'location:Central Asia',
      'location:Syria',
    ]);
  });

  it('a town written before its state: "(Clintwood, Va.)", not a name after a country and a comma', () => {
    // One mention of the town with its state (recognize/place-addresses.ts).
    expect(mentionsOf('Dickenson Community Hospital (Clintwood, Va.) will stay open.', ['location'])).toEqual(
      ['location:Clintwood, Va.'],
    );
    expect(
      mentionsOf('He met the Minister of Foreign Affairs of Uzbekistan, Bakhtiyor Saidov, after the talks.', [
        'location',
      ]),
    ).toEqual(['location:Uzbekistan']);
  });
});

describe('a hometown written with its state', () => {
  it('is a town whatever its words, and a rank after a list is none', () => {
    expect(
      mentionsOf(
        'Sgt. Eric Emond, 39, of Brush Prairie, Washington, died. Spc. Tom Lee, 22, of Cedar Rapids, Iowa, and Pvt. Al Roe, 19, of Hubert, North Carolina, died.',
        ['location'],
      ),
    ).toEqual([
      'location:Brush Prairie',
      'location:Washington',
      'location:Cedar Rapids, Iowa',
      'location:Hubert, North Carolina',
    ]);
  });
});

describe('unknown towns listed together', () => {
  it('after a preposition of place, two names joined by "and" are two places; words are not', () => {
    expect(
      mentionsOf(
        'Afghan forces destroyed drug labs near Musa Qala and Kajaki. He works in Research and Development.',
        ['location'],
      ),
    ).toEqual(['location:Musa Qala', 'location:Kajaki']);
  });

  it('a listed name may open with the Arabic article', () => {
    expect(mentionsOf('The SDF recaptured Hajin, Sousah and Al Shaafa.', ['location'])).toEqual([
      'location:Hajin',
      'location:Sousah',
      'location:Al Shaafa',
    ]);
  });

  it('a listed name may open with the article written lower case and hyphenated: "al-Zuhur and al-Sukkar"', () => {
    expect(
      mentionsOf(
        'Forces cleared the neighborhoods of al-Zuhur and al-Sukkar. Strikes near Mosul and al-Hamdaniya hit.',
        ['location'],
      ),
    ).toEqual(['location:al-Zuhur', 'location:al-Sukkar', 'location:Mosul', 'location:al-Hamdaniya']);
  });
});

describe('two named places joined by "and"', () => {
  it('"Victoria Park and George Street" are two places, each ending on its place word (was one)', () => {
    expect(
      mentionsOf(
        'Victoria Park and George Street were closed. Hyde Park and Oxford Street reopened. Bosnia and Herzegovina voted. Mina Park and Grace Park attended.',
        ['location', 'organization'],
      ),
    ).toEqual([
      'location:Victoria Park',
      'location:George Street',
      'location:Hyde Park',
      'location:Oxford Street',
      'organization:Bosnia and Herzegovina',
    ]);
  });
});
