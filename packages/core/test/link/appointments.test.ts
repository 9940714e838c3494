/**
 * Who holds a title an appointment gives: "Acme appointed Jane Doe as its new Chief Financial
 * Officer", "Jane Doe will join Acme Robotics as chief operating officer" (link/holder-link.ts,
 * link/link-roles.ts; the title in lower case after "as" is read by recognize/people.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const roles = (text: string, name: string) => {
  const a = analyze(text);
  return a.entities
    .find((e) => e.name === name)
    ?.roles.map((r) => [r.title, r.of ? a.entities.find((e) => e.id === r.of)?.name : undefined]);
};

describe('a title given by an appointment', () => {
  it('"as its new Chief Financial Officer": two determiners before the title (was a person "Chief Financial Officer")', () => {
    const text = 'Acme Robotics appointed Jane Marsh as its new Chief Financial Officer, effective May 1.';
    expect(roles(text, 'Jane Marsh')).toEqual([['Chief Financial Officer', undefined]]);
    expect(
      analyze(text)
        .entities.filter((e) => e.type === 'person')
        .map((e) => e.name),
    ).toEqual(['Jane Marsh']);
  });

  it('"has been appointed as President of …", "was named as …" (were no role)', () => {
    expect(roles('Jane Marsh has been appointed as President of Acme Robotics.', 'Jane Marsh')).toEqual([
      ['President', 'Acme Robotics'],
    ]);
    expect(roles('Jane Marsh was named as Chief Executive Officer.', 'Jane Marsh')).toEqual([
      ['Chief Executive Officer', undefined],
    ]);
  });

  it('a title in lower case after "as" and a name: "named Jane Marsh as chief executive officer" (was no role)', () => {
    expect(roles('Acme Robotics named Jane Marsh as chief executive officer.', 'Jane Marsh')).toEqual([
      ['chief executive officer', undefined],
    ]);
    expect(roles('Jane Marsh served as director of the museum.', 'Jane Marsh')).toEqual([
      ['director', undefined],
    ]);
  });

  it('"will join Acme Robotics as chief operating officer": the title, of the body joined', () => {
    expect(roles('Jane Marsh will join Acme Robotics as chief operating officer.', 'Jane Marsh')).toEqual([
      ['chief operating officer', 'Acme Robotics'],
    ]);
  });

  it('not the agent of a passive: "he was appointed by Prime Minister Nouri Maliki as the Iraqi commander"', () => {
    expect(
      roles(
        'In 2007, he was appointed by Prime Minister Nouri Maliki as the Iraqi commander for the Baghdad Operational Command.',
        'Nouri Maliki',
      ),
    ).toEqual([['Prime Minister', undefined]]);
  });

  it('a phrase that names no one stays no one\'s: "During his time as President"', () => {
    expect(
      analyze('During his time as President he signed it.').entities.filter((e) => e.type === 'person'),
    ).toEqual([]);
  });
});

describe('the body a title is of is on its line', () => {
  it('"… the fight against ISIL⏎⏎Minister Ellwood said": no minister of ISIL', () => {
    const text =
      'Tobias Ellwood, Minister for the Middle East, welcomed the liberation of Sinjar in the fight against ISIL\n\nMinister Ellwood said: this is a significant day.';
    expect(roles(text, 'Tobias Ellwood')).toEqual([['Minister for the Middle East', undefined]]);
  });

  it('or alone on the line above it: a contact block, a letterhead', () => {
    expect(roles('Acme Corporation\nChief Executive Officer Jane Smith\n+1 555 0100', 'Jane Smith')).toEqual([
      ['Chief Executive Officer', 'Acme Corporation'],
    ]);
    expect(
      roles(
        'The European Commission\nPresident Ursula von der Leyen said the package was ready.',
        'Ursula von der Leyen',
      ),
    ).toEqual([['President', 'European Commission']]);
  });
});
