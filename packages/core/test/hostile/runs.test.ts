/**
 * Long runs that make scanners and regular expressions backtrack: one punctuation character a
 * million times (alone and spaced), capitalised words without end (distinct, chained with "of" and
 * "and", titles, all capitals), and releases written entirely in capitals. Each input must keep the
 * contract (contract.ts) within the hard timeout; no speed is asserted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertContract } from '../properties/contract.js';
import { fill, MB, pseudoWord } from '../support/generate-text.js';
import { repoRoot, sharedCorpusDir, textFilesIn } from '../support/repo-paths.js';

const TIMEOUT = 60_000;

/** Up to `length` code units of `word(i)` for i = 0, 1, 2, … joined by `gap(i)`. */
function words(length: number, word: (i: number) => string, gap: (i: number) => string = () => ' '): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < length; i++) {
    const part = `${word(i)}${gap(i)}`;
    parts.push(part);
    total += part.length;
  }
  return parts.join('');
}

describe('a million of one punctuation character', () => {
  // Sentence ends, dashes, quotes, and the characters recognisers key on: e-mails, acronyms, end marks, amounts, dates, bullets.
  const marks = ['.', '!', '—', '-', '"', '“', '’', '(', '@', '#', '$', '/', '•'];
  it.each(marks)(
    '%s',
    (mark) => {
      assertContract(fill(mark, MB), undefined, { determinism: false });
    },
    TIMEOUT,
  );

  it.each(['. ', '@ ', '( ', '.\n', '-\n', '“”'])(
    '%j half a million times',
    (unit) => {
      assertContract(fill(unit, MB), undefined, { determinism: false });
    },
    TIMEOUT,
  );
});

describe('capitalised words without end', () => {
  const cases: [string, () => string][] = [
    [
      'distinct capitalised words, 1 MB on one line',
      () => words(MB, (i) => pseudoWord((i * 7919) % 1_000_003)),
    ],
    [
      'capitalised words chained with "of" and "and", 1 MB',
      () =>
        words(
          MB,
          (i) => pseudoWord(i % 5000),
          (i) => (i % 3 === 0 ? ' of ' : i % 5 === 0 ? ' and ' : ' '),
        ),
    ],
    ['"Jens" and a capitalised word, 1 MB', () => words(MB, (i) => `Jens ${pseudoWord(i % 3000)}`)],
    ['an organisation-like chain, 1 MB', () => fill('The Ministry Of Defence Of The Republic Of ', MB)],
    ['"Secretary General" without end, 1 MB', () => fill('Secretary General ', MB)],
    ['titles and honorifics without a name, 1 MB', () => fill('Prime Minister Mr. Dr. Gen. President ', MB)],
    ['all-capital words, 1 MB', () => words(MB, (i) => pseudoWord(i % 10_000).toUpperCase())],
    [
      'capitalised words, four to a line, 1 MB',
      () =>
        words(
          MB,
          (i) => pseudoWord(i % 10_000),
          (i) => (i % 4 === 3 ? '\n' : ' '),
        ),
    ],
    [
      'capitalised words with hyphens and apostrophes, 1 MB',
      () => words(MB, (i) => `${pseudoWord(i % 999)}-${pseudoWord(i % 97)}’s`),
    ],
    [
      'a capitalised acronym definition chain, 1 MB',
      () =>
        words(
          MB,
          (i) =>
            `${pseudoWord(i % 500)} Force (${pseudoWord(i % 500)
              .toUpperCase()
              .slice(0, 4)})`,
        ),
    ],
  ];
  it.each(cases)(
    '%s',
    (_name, make) => {
      assertContract(make(), undefined, { determinism: false });
    },
    TIMEOUT,
  );
});

describe('all-caps releases', () => {
  const repoTexts = [
    ...textFilesIn(fileURLToPath(new URL('../fixtures/', import.meta.url))),
    ...textFilesIn(join(repoRoot, 'seeds')),
  ];
  const corpus = textFilesIn(sharedCorpusDir);

  it(
    'every fixture and seed in capitals keeps the contract',
    () => {
      expect(repoTexts.length).toBeGreaterThan(0);
      for (const file of repoTexts) assertContract(readFileSync(file, 'utf8').toUpperCase());
    },
    TIMEOUT,
  );

  it.skipIf(corpus.length === 0)(
    'every release of the shared corpus in capitals keeps the contract (skipped without the corpus)',
    () => {
      for (const file of corpus) assertContract(readFileSync(file, 'utf8').toUpperCase());
    },
    TIMEOUT,
  );

  it(
    'the seed in capitals, 200 times over (900 KB)',
    () => {
      const [seed] = textFilesIn(join(repoRoot, 'seeds'));
      const text = readFileSync(seed ?? '', 'utf8')
        .toUpperCase()
        .repeat(200);
      assertContract(text, undefined, { determinism: false });
    },
    TIMEOUT,
  );

  it('an all-lower-case release keeps the contract', () => {
    const [seed] = textFilesIn(join(repoRoot, 'seeds'));
    assertContract(readFileSync(seed ?? '', 'utf8').toLowerCase());
  });
});
