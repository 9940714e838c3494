/** Names a business lists as its customers, clients, partners or investors (recognize/listed-bodies.ts). */
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './mentions-of.js';

describe('bodies listed as customers, partners or suppliers', () => {
  it('"customers include Kroger, Ahold Delhaize and Tesco": three companies (was a person "Ahold Delhaize")', () => {
    expect(
      mentionsOf("Brightline's customers include Kroger, Ahold Delhaize and Tesco.", [
        'organization',
        'person',
      ]),
    ).toEqual(['organization:Kroger', 'organization:Ahold Delhaize', 'organization:Tesco']);
  });

  it('common words and known bodies in such a list: "customers such as Apple, Target and the BBC"', () => {
    expect(
      mentionsOf('Its customers such as Apple, Target and the BBC renewed.', ['organization', 'person']),
    ).toEqual(['organization:Apple', 'organization:Target', 'organization:BBC']);
  });

  it('a list that may hold a person, or names cut from longer ones, a place, or no list of names is left alone', () => {
    expect(
      mentionsOf('Partners including Bill Gates and Accel backed it.', ['organization', 'person']),
    ).toEqual(['person:Bill Gates']);
    expect(mentionsOf('Investors include Hoffman, Pincus and Andreessen.', ['organization'])).toEqual([]);
    expect(
      mentionsOf("Customers include Coca-Cola, Ben & Jerry's and the State of California.", ['organization']),
    ).toEqual([]);
    expect(mentionsOf('Partners include Germany and France.', ['organization', 'location'])).toEqual([
      'location:Germany',
      'location:France',
    ]);
    expect(mentionsOf('Customers include Fortune 500 companies.', ['organization'])).toEqual([]);
  });
});

describe('a name before a word of finance', () => {
  it('"in Series B funding" is no place', () => {
    expect(
      mentionsOf('It raised $40 million in Series B funding, led by investors in Denver.', ['location']),
    ).toEqual(['location:Denver']);
  });
});
