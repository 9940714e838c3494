/** Inlay hints: canonical names after aliases, expansions after acronyms, values after relative dates. */

import { describe, expect, it } from 'vitest';
import type { InlayHint } from 'vscode-languageserver';
import { inlayHints, isAcronym } from '../src/features/inlay-hints.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { natoDoc } from './fixture.js';
import { positionOf, seedDoc } from './support.js';

const ALL = DEFAULT_SETTINGS.inlayHints;
const everywhere = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

function hintAfter(hints: InlayHint[], doc: ReturnType<typeof natoDoc>, phrase: string, nth = 0) {
  const end = positionOf(doc, phrase, phrase.length, nth);
  return hints.find((h) => h.position.line === end.line && h.position.character === end.character);
}

describe('inlay hints', () => {
  const doc = natoDoc();
  const hints = inlayHints(doc, everywhere, ALL);

  it('after "Mr. Stoltenberg" the canonical name, with padding and a tooltip', () => {
    const hint = hintAfter(hints, doc, 'Mr. Stoltenberg');
    expect(hint?.label).toBe('Jens Stoltenberg');
    expect(hint?.paddingLeft).toBe(true);
    expect(hint?.tooltip).toBe('“Stoltenberg” refers to Jens Stoltenberg (person).');
  });

  it('not after the mention that is the canonical name', () => {
    expect(hintAfter(hints, doc, 'Jens Stoltenberg')).toBeUndefined();
  });

  it('after KFOR its expansion, but not where it is defined', () => {
    expect(hintAfter(hints, doc, 'KFOR')?.label).toBe('Kosovo Force');
    expect(hintAfter(hints, doc, 'KFOR', 1)).toBeUndefined();
    expect(hintAfter(hints, doc, 'NATO', 0)?.label).toBe('North Atlantic Treaty Organization');
    expect(hintAfter(hints, doc, 'NATO', 2)).toBeUndefined();
  });

  it('after relative dates their value, not after absolute dates', () => {
    expect(hintAfter(hints, doc, 'next week')?.label).toBe('16–22 Oct 2023');
    expect(hintAfter(hints, doc, 'Thursday')?.label).toBe('12 Oct 2023');
    expect(hintAfter(hints, doc, '12 October 2023')).toBeUndefined();
  });

  it('each kind can be switched off', () => {
    const none = inlayHints(doc, everywhere, { aliases: false, acronyms: false, dates: false });
    expect(none).toEqual([]);
    const datesOnly = inlayHints(doc, everywhere, { aliases: false, acronyms: false, dates: true });
    expect(datesOnly.map((h) => h.label)).toEqual(['12 Oct 2023', '16–22 Oct 2023']);
  });

  it('only in the requested range, in order', () => {
    const line3 = inlayHints(
      doc,
      { start: { line: 3, character: 0 }, end: { line: 3, character: 200 } },
      ALL,
    );
    expect(line3.map((h) => h.label)).toEqual([
      'Jens Stoltenberg',
      'North Atlantic Treaty Organization',
      'Kosovo Force',
      '16–22 Oct 2023',
    ]);
  });

  it('on the seed: Next week resolves to 16–22 Oct 2023 and KFOR to Kosovo Force', () => {
    const seed = seedDoc();
    const seedHints = inlayHints(seed, everywhere, ALL);
    const labelAfter = (phrase: string) => {
      const end = positionOf(seed, phrase, phrase.length);
      return seedHints.find((h) => h.position.line === end.line && h.position.character === end.character)
        ?.label;
    };
    expect(labelAfter('Next week')).toBe('16–22 Oct 2023');
    expect(labelAfter('KFOR')).toBe('Kosovo Force');
  });
});

describe('isAcronym', () => {
  it('knows acronyms from words', () => {
    expect(['KFOR', 'NATO', 'EU', 'U.S.', 'G7'].every(isAcronym)).toBe(true);
    expect(['Kosovo', 'I', 'Mr.', 'the Alliance'].some(isAcronym)).toBe(false);
  });
});
