/**
 * CRLF and lone-CR line endings on real texts: the fixtures, the seeds and (when present) the shared
 * corpus of real releases. Each variant keeps the contract, and finds the same headline, date,
 * place, sections, sentences, entities and notes as the LF text; only offsets differ.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { assertContract, offsetFreeView } from '../properties/contract.js';
import { repoRoot, sharedCorpusDir, textFilesIn } from '../support/repo-paths.js';

const repoFiles = [
  ...textFilesIn(fileURLToPath(new URL('../fixtures/', import.meta.url))),
  ...textFilesIn(join(repoRoot, 'seeds')),
];
const corpusFiles = textFilesIn(sharedCorpusDir);

/** The text with every line break (LF, CRLF or CR) written as `eol`. */
const withLineEnds = (text: string, eol: string): string => text.replace(/\r\n?|\n/g, eol);

function sameAsLf(file: string, eol: string): void {
  const lf = withLineEnds(readFileSync(file, 'utf8'), '\n');
  const other = withLineEnds(lf, eol);
  assertContract(other);
  expect(offsetFreeView(analyze(other))).toEqual(offsetFreeView(analyze(lf)));
}

const cases = [
  ...repoFiles.map((file) => [basename(file), file]),
  ...corpusFiles.map((file) => [`corpus: ${basename(file)}`, file]),
];

describe('CRLF line endings: same analysis as LF, modulo offsets', () => {
  it('has texts', () => {
    expect(repoFiles.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', (_name, file) => {
    sameAsLf(file, '\r\n');
  });
});

describe('lone CR line endings: same analysis as LF, modulo offsets', () => {
  it.each(cases)('%s', (_name, file) => {
    sameAsLf(file, '\r');
  });
});
