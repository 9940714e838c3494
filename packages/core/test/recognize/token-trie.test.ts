import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/recognize/token-trie.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('wordsOf', () => {
  // Its regular-expression path for printable ASCII must cut phrases exactly as the tokenizer
  // does, or a knowledge-base phrase would no longer match the text's tokens.
  it('cuts printable ASCII phrases as tokenize() does', () => {
    const ascii = fc.string({
      unit: fc.constantFrom(...' aZq09.-&(),/"#$%*+:;<=>?@[\\]^_`{|}~!'.split('')),
      maxLength: 16,
    });
    fc.assert(
      fc.property(ascii, (phrase) => {
        expect(wordsOf(phrase)).toEqual(tokenize(phrase).map((t) => t.text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves apostrophes and other characters to tokenize()', () => {
    for (const phrase of [
      "People's Republic",
      'Côte d’Ivoire',
      'Task Force – Operation',
      "Ma'arrat al-Nu'man",
    ])
      expect(wordsOf(phrase)).toEqual(tokenize(phrase).map((t) => t.text));
  });
});
