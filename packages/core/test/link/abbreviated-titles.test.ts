/**
 * An office title written abbreviated before a name is the person's role in full: "Sen." is
 * Senator, so "Sen. Tim Kaine" and "Senator Kaine" hold one title.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const rolesOf = (text: string, name: string) =>
  analyze(text)
    .entities.find((e) => e.name === name)
    ?.roles.map((r) => r.title);

describe('abbreviated office titles', () => {
  it('"Sen.", "Rep.", "Gov." give the roles Senator, Representative, Governor (were "Sen.", "Rep.", "Gov.")', () => {
    expect(rolesOf('Sen. Tim Kaine said the bill would pass.', 'Tim Kaine')).toEqual(['Senator']);
    expect(rolesOf('Rep. Jane Marsh voted against it.', 'Jane Marsh')).toEqual(['Representative']);
    expect(rolesOf('Gov. Glenn Youngkin signed it.', 'Glenn Youngkin')).toEqual(['Governor']);
  });

  it("a plural before two names is each one's title, and one title with the full form written later", () => {
    const a = analyze('U.S. Sens. Mark R. Warner and Tim Kaine said so. Senator Kaine added more.');
    const us = a.entities.find((e) => e.name === 'United States');
    for (const name of ['Mark R. Warner', 'Tim Kaine'])
      expect(a.entities.find((e) => e.name === name)?.roles).toEqual([{ title: 'Senator', of: us?.id }]);
  });
});
