import { describe, expect, it } from 'vitest';
import { normalizeRange, normalizeSpanText } from '../src/normalize.js';

describe('normalizeSpanText', () => {
  it.each([
    ['the SDF', 'SDF'],
    ['The Arab element of the SDF', 'Arab element of the SDF'],
    ['A Foreign Office spokesman', 'Foreign Office spokesman'],
    ['an artillery crew chief', 'artillery crew chief'],
    ['  Baghdad \n', 'Baghdad'],
    ['“Assad regime”', 'Assad regime'],
    ["'Aleppo'", 'Aleppo'],
    ['Syria,', 'Syria'],
    ['U.S.', 'U.S'],
    ['New York.', 'New York'],
    ['Daesh;', 'Daesh'],
    ['(ISIS)', 'ISIS'],
    ['[1]', '1'],
    ['(ISIS', 'ISIS'],
    ['ISIS)', 'ISIS'],
    ['Islamic State (ISIS)', 'Islamic State (ISIS)'],
    ['("The SDF").', 'SDF'],
    ['Paris’', 'Paris'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSpanText(input)).toBe(expected);
  });

  it('drops an article only when a word follows it', () => {
    expect(normalizeSpanText('A')).toBe('A');
    expect(normalizeSpanText('the')).toBe('the');
    expect(normalizeSpanText('them')).toBe('them');
    expect(normalizeSpanText('Theresa May')).toBe('Theresa May');
    expect(normalizeSpanText('Anbar')).toBe('Anbar');
  });

  it('leaves inner punctuation and quotes alone', () => {
    expect(normalizeSpanText("Col. John 'J.D.' Dorrian")).toBe("Col. John 'J.D.' Dorrian");
    expect(normalizeSpanText('Dayr az Zawr, Syria')).toBe('Dayr az Zawr, Syria');
  });

  it('is empty when nothing but punctuation is left', () => {
    expect(normalizeSpanText('“.”')).toBe('');
    expect(normalizeSpanText('  ')).toBe('');
  });
});

describe('normalizeRange', () => {
  it('returns offsets into the original text', () => {
    const text = 'He met “the President.” today';
    expect(normalizeRange(text, 7, 23)).toEqual({ start: 12, end: 21 });
    expect(text.slice(12, 21)).toBe('President');
  });

  it('never widens a span', () => {
    const text = '(a) (b)';
    const range = normalizeRange(text, 4, 7);
    expect(range).toEqual({ start: 5, end: 6 });
  });

  it('is null for a span that normalises to nothing', () => {
    expect(normalizeRange('x ... y', 2, 5)).toBeNull();
    expect(normalizeRange('abc', 1, 1)).toBeNull();
  });

  it('counts UTF-16 code units (astral characters before the span)', () => {
    const text = '𝒜𝒜 the Kurds';
    expect(normalizeRange(text, 5, text.length)).toEqual({ start: 9, end: 14 });
  });
});
