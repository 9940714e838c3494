/** Who holds a title, and what it is of (link/holder-link.ts, link/link-roles.ts). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const roles = (text: string, name: string) => {
  const a = analyze(text);
  return a.entities
    .find((e) => e.name === name)
    ?.roles.map((r) => [r.title, r.of ? a.entities.find((e) => e.id === r.of)?.name : undefined]);
};

describe('the body a title is of is on its line', () => {
  it('"… the fight against ISIL⏎⏎Minister Ellwood said": no minister of ISIL', () => {
    const text =
      'Tobias Ellwood, Minister for the Middle East, welcomed the liberation of Sinjar in the fight against ISIL\n\nMinister Ellwood said: this is a significant day.';
    expect(roles(text, 'Tobias Ellwood')).toEqual([['Minister for the Middle East', undefined]]);
  });
});
