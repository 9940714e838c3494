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
      mentionsOf("Customers include Anheuser-Busch, Ben & Jerry's and the State of California.", [
        'organization',
      ]),
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

describe('a body named beside another with "and"', () => {
  it('"the University of Oxford and Siemens", "Nvidia and Qorvo": two bodies (was one, or one missed)', () => {
    expect(
      mentionsOf('The project brings together the University of Oxford and Siemens.', ['organization']),
    ).toEqual(['organization:University of Oxford', 'organization:Siemens']);
    expect(mentionsOf('The University of Texas and Qorvo signed a deal.', ['organization'])).toEqual([
      'organization:University of Texas',
      'organization:Qorvo',
    ]);
    expect(mentionsOf('Nvidia and Qorvo agreed on a supply deal.', ['organization'])).toEqual([
      'organization:Nvidia',
      'organization:Qorvo',
    ]);
  });

  it('"The United Nations and Oxfam"; not the surname of a person the document names: "The IMF and Georgieva"', () => {
    expect(mentionsOf('The United Nations and Oxfam warned of famine.', ['organization'])).toEqual([
      'organization:United Nations',
      'organization:Oxfam',
    ]);
    expect(
      mentionsOf('Kristalina Georgieva spoke in Washington. The IMF and Georgieva said growth would slow.', [
        'organization',
      ]),
    ).toEqual(['organization:IMF']);
  });

  it('not a place said to be where, a surname of the document, or one name of two places', () => {
    expect(mentionsOf('He came from Cornwall and the G7 summit.', ['organization'])).toEqual([
      'organization:G7',
    ]);
    expect(
      mentionsOf('Jane Smith met the FBI. The FBI and Smith spoke on Monday.', ['organization']),
    ).toEqual(['organization:FBI', 'organization:FBI']);
    expect(
      mentionsOf('Fighters of the Islamic State of Iraq and Syria retreated.', ['organization']),
    ).toEqual(['organization:Islamic State of Iraq and Syria']);
    expect(mentionsOf('The Ministry of Law and Justice said.', ['organization'])).toEqual([
      'organization:Ministry of Law and Justice',
    ]);
  });
});
