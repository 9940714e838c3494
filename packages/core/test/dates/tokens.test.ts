import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromTextTokens, type Token, tokenize } from '../../src/dates/tokens.js';
import { tokenize as textTokenize } from '../../src/text/tokenize.js';
import { repoRoot } from '../support/repo-paths.js';

/** Where the core's tokenizer and the date tokens disagree on a character, and ordinary text around it. */
const PIECES = [
  '\r\n',
  '\n',
  '\n\n',
  '\r',
  '\u2028',
  ' ',
  '\t',
  '\u00a0',
  '\u2009',
  '\u2003',
  '\u200b',
  '\ufeff',
  '\v',
  '\f',
  '\u0001',
  '\u0000',
  '\u007f',
  '\u0085',
  "'",
  '’',
  '“',
  '"',
  '.',
  ':',
  '-',
  '²',
  '٣',
  '½',
  'Ⅻ',
  '𝟙',
  '𝐀',
  '😀',
  '\ud800',
  '\udc00',
  '\ud800\n',
  '\ud800 ',
  'İ',
  'é',
  '\u0301',
  "o'clock",
  'O’Brien',
  '2023’s',
  "isn't",
  '’s',
  "'ll",
  'A1',
  'x',
  'Abc',
  'MAY',
  '12th',
  'Ab²c',
  '3²',
  'a\u2003b',
  'ab\u000bcd',
];

function noise(count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const texts: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let p = 1 + next(16); p > 0; p--) text += (PIECES[next(PIECES.length)] ?? '') + (next(3) ? '' : ' ');
    texts.push(text);
  }
  return texts;
}

describe('date tokens read off the core tokens', () => {
  // What the scanner reads of a token (most are the core's token objects themselves).
  const read = (tokens: readonly Token[]) =>
    tokens.map((t) => [t.start, t.end, t.lower, t.charKind, t.lineBreakBefore]);
  const expectSame = (text: string) =>
    expect(read(fromTextTokens(text, textTokenize(text)))).toEqual(read(tokenize(text)));

  it('match the character-by-character cut on a release', () => {
    expectSame(
      readFileSync(join(repoRoot, 'seeds', 'nato-2023-10-12-defence-ministers-press-conference.txt'), 'utf8'),
    );
  });

  it('match it where the two tokenizers read characters differently', () => {
    for (const text of noise(20_000, 11)) expectSame(text);
  });

  it('keep clitics, inner apostrophes and line breaks as the date tokens want them', () => {
    const tokens = fromTextTokens("O’Brien's\n2023’s12", textTokenize("O’Brien's\n2023’s12"));
    expect(tokens.map((t) => [t.lower, t.charKind, t.lineBreakBefore])).toEqual([
      ['o', 'word', false],
      ['’', 'punct', false],
      ['brien', 'word', false],
      ["'", 'punct', false],
      ['s', 'word', false],
      ['2023', 'num', true],
      ['’', 'punct', false],
      ['s12', 'alnum', false],
    ]);
  });
});
