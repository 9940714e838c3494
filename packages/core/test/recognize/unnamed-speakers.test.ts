/** Someone who speaks for a body without being named: "A Foreign Office spokesman said". */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

describe('an unnamed speaker for a body', () => {
  it('is a person, and the speaker of the quote', () => {
    const text = 'London. A Foreign Office spokesman said: “The Foreign Secretary met the minister today.”';
    const quote = analyze(text).document.sections.find((s) => s.kind === 'quote');
    expect(quote?.speaker?.text).toBe('Foreign Office spokesman');
    expect(mentionsOf(text, ['person'])).toEqual([
      'person:Foreign Office spokesman',
      'person:Foreign Secretary',
    ]);
  });

  it('for a country or a nationality too, with a rank before it; not a group, nor a title before a name', () => {
    expect(
      mentionsOf(
        'A senior U.S. defense official said the ships were close. A Syrian official agreed. U.S. defense officials said more. The Pentagon spokesman John Kirby spoke.',
        ['person', 'organization'],
      ),
    ).toEqual([
      'person:senior U.S. defense official',
      'person:Syrian official',
      'organization:U.S. defense officials',
      'organization:Pentagon',
      'person:John Kirby',
    ]);
  });
});
