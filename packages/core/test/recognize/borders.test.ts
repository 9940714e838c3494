/** "the Syria-Iraq border": the border between two known places is one place. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

describe('the border between two places', () => {
  it('is one place with its border word, wherever it stands in the sentence', () => {
    expect(mentionsOf('Fighters moved along the Syria-Iraq border near Fishkhabour.', ['location'])).toEqual([
      'location:Syria-Iraq border',
      'location:Fishkhabour',
    ]);
    expect(mentionsOf('They held the Afghanistan-Pakistan border region.', ['location'])).toEqual([
      'location:Afghanistan-Pakistan border region',
    ]);
  });

  it('a crossing between two places is one too, as is a border crossing: "the Iraq-Syria crossing"', () => {
    expect(
      mentionsOf('Trucks used the Iraq-Syria crossing and the Jordan-Syria border crossing.', ['location']),
    ).toEqual(['location:Iraq-Syria crossing', 'location:Jordan-Syria border crossing']);
  });

  it('is the same border whichever name comes first', () => {
    const a = analyze('Smuggling across the Syria-Iraq border fell. The Iraq-Syria border is closed.');
    const borders = a.entities.filter((e) => e.type === 'location');
    expect(borders.map((e) => e.mentions.map((m) => m.text))).toEqual([
      ['Syria-Iraq border', 'Iraq-Syria border'],
    ]);
  });

  it('needs a border word: two countries joined by a hyphen otherwise stay two', () => {
    expect(mentionsOf('Syria-Iraq talks resumed in Baghdad.', ['location'])).not.toContain(
      'location:Syria-Iraq talks',
    );
  });
});
