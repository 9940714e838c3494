/** Contact identifiers (recognize/contacts.ts): e-mail, web addresses and telephone numbers. */
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './mentions-of.js';

describe('telephone numbers', () => {
  it('international, North American and national numbers dialled with a leading 0', () => {
    expect(
      mentionsOf(
        'Media contact: Jane Doe, 0427 470 633 or +61 2 6277 7500; London desk 020 7946 0958; Washington (202) 555-0143.',
        ['contact'],
      ),
    ).toEqual([
      'contact:0427 470 633',
      'contact:+61 2 6277 7500',
      'contact:020 7946 0958',
      'contact:(202) 555-0143',
    ]);
  });

  it('no number that has too few or too many digits for a telephone, nor a score or a count', () => {
    expect(
      mentionsOf('The score was 0 - 12 - 14, the code 01 22 33, and the serial 0123 4567 8901 2345.', [
        'contact',
      ]),
    ).toEqual([]);
  });
});
