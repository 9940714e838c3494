import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../src/knowledge/common-words.js';

describe('common English words', () => {
  it('knows ordinary words, inflected ones too, and no names', () => {
    for (const word of ['military', 'sales', 'defense', 'defence', 'presidential', 'appropriations', 'a'])
      expect(isCommonWord(word), word).toBe(true);
    for (const word of ['stoltenberg', 'umurzakov', 'niron', 'Military', ''])
      expect(isCommonWord(word), word).toBe(false);
  });
});
