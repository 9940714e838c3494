/**
 * Hostile sizes and shapes: a 50 MB single line, millions of tiny lines, hundreds of thousands of
 * paragraphs, many releases in one text, thousands of distinct people. Each input is generated in
 * memory, analysed once, and checked against the contract (contract.ts; the second determinism run
 * is left out for the biggest). The only timing rule is the hard timeout: a hang or a quadratic blow-up
 * fails, no speed is asserted. Measured times are in docs/reliability.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertContract } from '../properties/contract.js';
import { fill, MB, pseudoWord } from '../support/generate-text.js';
import { repoRoot, textFilesIn } from '../support/repo-paths.js';

// Generous: the 50 MB line takes ~35 s alone on 2 cores and CI runs the suites side by side.
const TIMEOUT = 240_000;

const SENTENCE = 'Secretary General Jens Stoltenberg met NATO ministers in Brussels on 12 October 2023. ';
const CLAUSE =
  'the ministers met Jens Stoltenberg in Brussels and discussed support for Ukraine with partners and ';

const seed = (): string => {
  const [file] = textFilesIn(join(repoRoot, 'seeds'));
  if (!file) throw new Error('no seed text');
  return readFileSync(file, 'utf8');
};

describe('huge single lines', () => {
  it(
    'a 50 MB single line of one repeated sentence (600,000 sentences, 3 million mentions)',
    () => {
      const text = fill(SENTENCE, 50 * MB);
      expect(text.includes('\n')).toBe(false);
      const analysis = assertContract(text, undefined, { determinism: false, schema: false });
      expect(analysis.document.sentences.length).toBeGreaterThan(500_000);
      expect(analysis.entities.some((e) => e.type === 'person' && e.name === 'Jens Stoltenberg')).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'a 20 MB single line without a sentence end (names, places and lower-case words)',
    () => {
      const text = fill(CLAUSE, 20 * MB);
      expect(text.includes('\n')).toBe(false);
      const analysis = assertContract(text, undefined, { determinism: false, schema: false });
      expect(analysis.document.sentences).toHaveLength(1);
      expect(analysis.entities.some((e) => e.name === 'Brussels')).toBe(true);
    },
    TIMEOUT,
  );
});

describe('many lines and paragraphs', () => {
  it(
    'a million tiny lines in one block',
    () => {
      const words = ['a', 'NATO', '12', 'Kyiv', '-', 'x y', '…', 'Jens'];
      const text = Array.from({ length: 1_000_000 }, (_, i) => words[i % words.length]).join('\n');
      assertContract(text, undefined, { determinism: false });
    },
    TIMEOUT,
  );

  it(
    'a million tiny one-sentence lines',
    () => {
      assertContract('Word.\n'.repeat(1_000_000), undefined, { determinism: false });
    },
    TIMEOUT,
  );

  it(
    'a million one-line paragraphs',
    () => {
      const text = Array.from({ length: 1_000_000 }, (_, i) => (i % 3 === 0 ? 'Ab.' : 'x')).join('\n\n');
      const analysis = assertContract(text, undefined, { determinism: false });
      expect(analysis.document.sections.length).toBe(1_000_000);
    },
    TIMEOUT,
  );

  it(
    '20 MB of releases separated by blank lines',
    () => {
      const one = seed();
      const text = `${one}\n\n`.repeat(Math.ceil((20 * MB) / (one.length + 2)));
      assertContract(text, undefined, { determinism: false });
    },
    TIMEOUT,
  );
});

describe('many distinct names', () => {
  const people = (count: number): string =>
    Array.from(
      { length: count },
      (_, i) => `Minister Jens ${pseudoWord(i)}son met Mr. ${pseudoWord(i)}son in Brussels.`,
    ).join(' ');

  it(
    '16,000 distinct people in under 1 MB',
    () => {
      const analysis = assertContract(people(16_000), undefined, { determinism: false });
      expect(analysis.entities.filter((e) => e.type === 'person')).toHaveLength(16_000);
    },
    TIMEOUT,
  );

  it(
    '20,000 distinct honorific names ("Mr. Kalo")',
    () => {
      const text = Array.from({ length: 20_000 }, (_, i) => `Mr. ${pseudoWord(i)} `).join('');
      assertContract(text, undefined, { determinism: false });
    },
    TIMEOUT,
  );
});
