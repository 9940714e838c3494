/** A name described as a person after a comma, or beside a speech verb, whatever its words name elsewhere (recognize/people.ts). */
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './mentions-of.js';

const TYPES = ['person', 'location', 'organization'] as const;

describe('a surname that names a place, described as a person', () => {
  it('"Sarah Jordan, the firm\'s chief financial officer," is a person, and "Jordan" after her (were the country)', () => {
    expect(
      mentionsOf(
        "Sarah Jordan, the firm's chief financial officer, said sales rose. Jordan added that costs fell.",
        [...TYPES],
      ),
    ).toEqual(['person:Sarah Jordan', 'person:Jordan']);
  });

  it('"Mark Paris, a spokesman for the council,", "Anna Street, a partner at the firm," (were places)', () => {
    expect(
      mentionsOf('Mark Paris, a spokesman for the council, said. Paris added more.', ['person', 'location']),
    ).toEqual(['person:Mark Paris', 'person:Paris']);
    expect(mentionsOf('Anna Street, a partner at the firm, said the deal closed.', [...TYPES])).toEqual([
      'person:Anna Street',
    ]);
  });

  it('not a place or a country described as one, nor a street described as a road', () => {
    expect(mentionsOf('Jordan, a country of ten million, said.', ['person', 'location'])).toEqual([
      'location:Jordan',
    ]);
    expect(mentionsOf("George Street, the city's main road, was closed.", ['person'])).toEqual([]);
  });
});

describe('a given name that is also a word', () => {
  it('opens a person who speaks: "Hope Hicks said", "Will Hurd told reporters" (were nothing)', () => {
    expect(mentionsOf('Hope Hicks said the president was tired.', ['person'])).toEqual(['person:Hope Hicks']);
    expect(mentionsOf('"We are ready," Will Hurd told reporters.', ['person'])).toEqual(['person:Will Hurd']);
  });

  it('not a firm with a trade\'s word, a known name, or the subject of a clause after "said"', () => {
    expect(mentionsOf('May Mobility said it had raised money.', ['person'])).toEqual([]);
    expect(mentionsOf('The report said Cash Converters had breached rules.', ['person'])).toEqual([]);
    expect(mentionsOf('Grant Thornton said profits rose.', [...TYPES])).toEqual([
      'organization:Grant Thornton',
    ]);
  });
});
