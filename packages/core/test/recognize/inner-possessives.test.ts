/** Names with an abbreviation's full stop or a possessive inside (recognize/inner-possessives.ts). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

const TYPES = ['organization', 'location', 'person'] as const;

describe('a saint, a namesake or a class of people in a name', () => {
  it('"St. Mary\'s Hospital", "St Paul\'s Cathedral", "Mt. Sinai Hospital" are whole (were "St" or nothing)', () => {
    expect(mentionsOf("She was taken to St. Mary's Hospital in London.", [...TYPES])).toEqual([
      "organization:St. Mary's Hospital",
      'location:London',
    ]);
    expect(mentionsOf("The service was held at St Paul's Cathedral.", [...TYPES])).toEqual([
      "location:St Paul's Cathedral",
    ]);
    expect(mentionsOf("A vigil at St. Mary's Church drew hundreds.", [...TYPES])).toEqual([
      "location:St. Mary's Church",
    ]);
    expect(mentionsOf('He was treated at Mt. Sinai Hospital on Monday.', [...TYPES])).toEqual([
      'organization:Mt. Sinai Hospital',
    ]);
  });

  it('"Boston Children\'s Hospital", "Brigham and Women\'s Hospital" are one body each', () => {
    expect(
      mentionsOf("Doctors at Boston Children's Hospital and Brigham and Women's Hospital agreed.", [
        ...TYPES,
      ]),
    ).toEqual(["organization:Boston Children's Hospital", "organization:Brigham and Women's Hospital"]);
  });

  it('a title\'s body keeps its saint: "The Chief Executive of St George\'s University Hospitals, Jacqueline Totterdell,"', () => {
    const analysis = analyze(
      "The Chief Executive of St George's University Hospitals, Jacqueline Totterdell, apologised.",
    );
    const people = analysis.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Jacqueline Totterdell']);
  });

  it('"Prince George\'s County" is a county, no person "George" titled Prince', () => {
    expect(
      mentionsOf("Prince George's County Executive Angela Alsobrooks announced a fund.", ['person']),
    ).toEqual(['person:Angela Alsobrooks']);
    expect(mentionsOf("Officials in Prince George's County said roads were closed.", [...TYPES])).toEqual([
      "location:Prince George's County",
    ]);
    expect(mentionsOf("King Edward's School in Bath opened a library.", [...TYPES])).toEqual([
      "organization:King Edward's School",
      'location:Bath',
    ]);
  });

  it('an officer\'s body after "of" keeps its saint: "Chief Nursing Officer of St. Mary\'s Hospital"', () => {
    const text = "Jane Doe, Chief Nursing Officer of St. Mary's Hospital, said staffing improved.";
    const analysis = analyze(text);
    const jane = analysis.entities.find((e) => e.name === 'Jane Doe');
    const hospital = analysis.entities.find((e) => e.name === "St. Mary's Hospital");
    expect(hospital?.type).toBe('organization');
    expect(jane?.roles.map((r) => [r.title, r.of])).toContainEqual(['Chief Nursing Officer', hospital?.id]);
  });

  it('a possessive still separates a country from its body, and a person from a company', () => {
    expect(mentionsOf("Iran's Islamic Revolutionary Guard Corps fired missiles.", [...TYPES])).toEqual([
      'location:Iran',
      'organization:Islamic Revolutionary Guard Corps',
    ]);
    expect(mentionsOf("Prince Harry's charity said it would expand.", ['person'])).toEqual(['person:Harry']);
  });
});
