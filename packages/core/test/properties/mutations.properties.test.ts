/**
 * The contract (contract.ts) holds on damaged real releases: slices deleted, duplicated or swapped,
 * fragments inserted (noise, names, line breaks), case changed, line endings rewritten, truncated.
 * The bases are the fixtures and seeds of this repository and, when present, the shared corpus of
 * real releases (read at test time, never copied here: its texts are not ours to redistribute).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repoRoot, sharedCorpusDir, textFilesIn } from '../support/repo-paths.js';
import { mutatedText } from './arbitraries.js';
import { assertContract, runs } from './contract.js';

const TIMEOUT = 60_000;

const repoFiles = [
  ...textFilesIn(fileURLToPath(new URL('../fixtures/', import.meta.url))),
  ...textFilesIn(join(repoRoot, 'seeds')),
];
const corpusFiles = textFilesIn(sharedCorpusDir);

const read = (files: readonly string[]) => files.map((file) => readFileSync(file, 'utf8'));

describe('mutated releases keep the contract', () => {
  it('has repository texts to mutate', () => {
    expect(repoFiles.length).toBeGreaterThan(0);
  });

  it(
    'fixtures and seeds, mutated',
    () => {
      const bases = read(repoFiles);
      fc.assert(
        fc.property(mutatedText(bases), ({ text }) => {
          assertContract(text);
        }),
        runs(150),
      );
    },
    TIMEOUT,
  );

  it.skipIf(corpusFiles.length === 0)(
    `the shared corpus of real releases, mutated (${corpusFiles.length} texts; skipped when ${sharedCorpusDir} is absent)`,
    () => {
      const bases = read(corpusFiles);
      fc.assert(
        fc.property(mutatedText(bases), ({ text }) => {
          assertContract(text);
        }),
        runs(250),
      );
    },
    TIMEOUT,
  );
});
