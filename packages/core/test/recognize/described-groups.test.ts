/** Organisations named by description: "the government of Iraq", "the people of Syria" (recognize/described-groups.ts). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

describe('a group "of" a country', () => {
  it('"the government of Iraq", "the people of Syria" are bodies', () => {
    expect(
      mentionsOf('The government of Iraq said so. The people of Syria suffered.', ['organization']),
    ).toEqual(['organization:government of Iraq', 'organization:people of Syria']);
  });

  it('not when the country opens a title: "the leadership of U.S. Senator Jane Marsh" (was a body "leadership of U.S.")', () => {
    const found = mentionsOf('The agency welcomed the leadership of U.S. Senator Jane Marsh in this.', [
      'organization',
      'person',
      'location',
    ]);
    expect(found).not.toContain('organization:leadership of U.S.');
    expect(found).toContain('person:Jane Marsh');
  });
});

describe("a place's police department written in lower case", () => {
  it('"Sioux City police department" in a headline is the Sioux City Police Department (was "Sioux City police", another body)', () => {
    const a = analyze(
      'HSI, Sioux City police department investigation results in sentence\n\nThe Sioux City Police Department and HSI investigated.',
    );
    const bodies = a.entities.filter((e) => e.type === 'organization' && e.name.startsWith('Sioux'));
    expect(bodies.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Sioux City Police Department', ['Sioux City police department', 'Sioux City Police Department']],
    ]);
  });

  it('"the Iraqi police" stays the police', () => {
    expect(mentionsOf('The Iraqi police said so.', ['organization'])).toEqual(['organization:Iraqi police']);
  });
});
