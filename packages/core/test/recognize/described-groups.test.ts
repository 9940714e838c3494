/** Organisations named by description: "the government of Iraq", "the people of Syria" (recognize/described-groups.ts). */
import { describe, expect, it } from 'vitest';
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
