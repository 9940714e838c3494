/** A town written with its country or state is one place, a mention of the town. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

/** Each location entity as "name: mention | mention". */
function places(text: string): string[] {
  return analyze(text)
    .entities.filter((e) => e.type === 'location')
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);
}

describe('place addresses', () => {
  it('"near Mosul, Iraq" is one mention of Mosul, the same place as "Mosul" later', () => {
    expect(places('A strike near Mosul, Iraq, destroyed a bunker. Mosul remains contested.')).toEqual([
      'Mosul: Mosul, Iraq | Mosul',
    ]);
  });

  it('an unknown town with its country is named by the town, and its later mentions join it', () => {
    expect(places('Near Kisik, Iraq, one strike hit a tunnel. Later, near Kisik, two strikes hit.')).toEqual([
      'Kisik: Kisik, Iraq | Kisik',
    ]);
  });

  it('a town and its state: "Emporia, Va.", "Palm Bay, Florida"', () => {
    expect(
      mentionsOf('Clinics open in Emporia, Va. and in Palm Bay, Florida, next week.', ['location']),
    ).toEqual(['location:Emporia, Va.', 'location:Palm Bay, Florida']);
  });

  it('a home town in a casualty list is a town, not a person named "Glen Burnie"; a titled name stays a person', () => {
    const text =
      'Spc. Jane Doe, 23, of Glen Burnie, Md., and Sgt. John Roe, 25, of Austin, Texas, died. Glen Burnie mourned her.';
    expect(places(text)).toEqual(['Glen Burnie: Glen Burnie, Md. | Glen Burnie', 'Austin: Austin, Texas']);
    expect(mentionsOf(text, ['person'])).toEqual(['person:Jane Doe', 'person:John Roe']);
    expect(
      mentionsOf('He will travel to West Mifflin, Pennsylvania, for a union event.', ['person', 'location']),
    ).toEqual(['location:West Mifflin, Pennsylvania']);
    // Without "of" or an abbreviated state, a name and a state may be a person and his state.
    expect(mentionsOf('The bill was signed by John Smith, Texas.', ['person', 'location'])).toEqual([
      'person:John Smith',
      'location:Texas',
    ]);
  });

  it('a unit and its home town after a comma: "Port Security Unit 311, San Pedro, Calif."', () => {
    expect(
      mentionsOf('A detachment from Port Security Unit 311, San Pedro, Calif., boarded the dhow.', [
        'location',
        'organization',
      ]),
    ).toEqual(['organization:Port Security Unit 311', 'location:San Pedro, Calif.']);
  });

  it('a town and its province: "Mosul, Nineveh", "near Jilib, Middle Juba region" are Mosul and Jilib', () => {
    expect(
      places(
        'Strikes hit Mosul, Nineveh. An airstrike near Jilib, Middle Juba region, Somalia. Jilib is calm.',
      ),
    ).toEqual(['Mosul: Mosul, Nineveh', 'Jilib: Jilib, Middle Juba region | Jilib', 'Somalia: Somalia']);
  });

  it('not lists of countries or towns, a province named with its noun, or a country starting a phrase', () => {
    expect(mentionsOf('Aid came from Norway, Spain and Italy.', ['location'])).toEqual([
      'location:Norway',
      'location:Spain',
      'location:Italy',
    ]);
    expect(mentionsOf('Forces retook Mosul, Tikrit and Ramadi.', ['location'])).toEqual([
      'location:Mosul',
      'location:Tikrit',
      'location:Ramadi',
    ]);
    expect(mentionsOf('ISIL killed 70 members of a tribe in Anbar province, Iraq.', ['location'])).toEqual([
      'location:Anbar province',
      'location:Iraq',
    ]);
  });
});
