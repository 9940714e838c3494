/** looksLikePressRelease: which files an editor or a workspace index should analyse. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { looksLikePressRelease } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(
  join(here, '../../../seeds/nato-2023-10-12-defence-ministers-press-conference.txt'),
  'utf8',
);
// The real-world corpus lives beside the checkout; it is read in place, never copied.
const corpusDir = join(here, '../../../../shared/corpus/press-releases');
const corpus = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : [];

describe('looksLikePressRelease says yes', () => {
  it('for the seed', () => {
    expect(looksLikePressRelease(seed)).toBe(true);
  });

  it('for a short wire release', () => {
    const text =
      'Acme Opens New Plant in Ohio\n\nCOLUMBUS, Ohio, March 3, 2024 /PRNewswire/ -- Acme Corp. today announced the opening of its new plant, which will employ 300 people in the region.\n';
    expect(looksLikePressRelease(text)).toBe(true);
  });

  it('for a briefing transcript', () => {
    const text =
      'Press Gaggle by Press Secretary Karine Jean-Pierre\n\n11:53 A.M. EDT\n\nMS. JEAN-PIERRE: Hey. We sadly do not have a lot of time, so let me do this at the top really quickly, and then turn it over.\n\nQ: Thank you. A question on the trip to Philadelphia and what the President expects.\n';
    expect(looksLikePressRelease(text)).toBe(true);
  });

  it.runIf(corpus.length > 0)('for every release of the real-world corpus', () => {
    const rejected = corpus.filter(
      (name) => !looksLikePressRelease(readFileSync(join(corpusDir, name), 'utf8')),
    );
    expect(rejected).toEqual([]);
    expect(corpus.length).toBeGreaterThanOrEqual(29);
  });
});

describe('looksLikePressRelease says no', () => {
  it('for an empty file and blank lines', () => {
    expect(looksLikePressRelease('')).toBe(false);
    expect(looksLikePressRelease('\n\n  \n')).toBe(false);
  });

  it('for a README', () => {
    const text = [
      '# fastcsv',
      '',
      'A small and fast CSV parser for Node.js, with streaming support and no dependencies at all.',
      '',
      '## Install',
      '',
      '```sh',
      'npm install fastcsv',
      '```',
      '',
      '## Usage',
      '',
      'Call `parse(text)` and you get rows. Released on March 3, 2024 under the MIT licence.',
    ].join('\n');
    expect(looksLikePressRelease(text)).toBe(false);
  });

  it('for a README about press releases', () => {
    const text = [
      '# Seeds',
      '',
      'Sample releases for demos, tests and the Quick start.',
      '',
      '| file | what it is | source |',
      '| --- | --- | --- |',
      '| `nato.txt` | Press conference by NATO Secretary General Jens Stoltenberg after the meeting of NATO Ministers of Defence, Brussels, 12 October 2023. | nato.int |',
    ].join('\n');
    expect(looksLikePressRelease(text)).toBe(false);
  });

  it('for a shopping list', () => {
    expect(looksLikePressRelease('Shopping\n\n- milk\n- eggs\n- bread\n- 2 lemons\n- coffee beans\n')).toBe(
      false,
    );
  });

  it('for a poem', () => {
    const poem =
      'The Road Not Taken\n\nTwo roads diverged in a yellow wood,\nAnd sorry I could not travel both\nAnd be one traveler, long I stood\nAnd looked down one as far as I could\nTo where it bent in the undergrowth;\n';
    expect(looksLikePressRelease(poem)).toBe(false);
  });

  it('for source code', () => {
    const code =
      "import { readFileSync } from 'node:fs';\n\nexport function load(path: string) {\n  const text = readFileSync(path, 'utf8');\n  return text.split('\\n').map((line) => line.trim());\n}\n";
    expect(looksLikePressRelease(code)).toBe(false);
  });

  it('for a personal letter that mentions a date', () => {
    const text =
      'Dear Anna,\n\nThank you so much for the lovely flowers you sent for my birthday on 12 October 2023, they are still on the kitchen table and make the whole house smell of summer.\n\nLove, Ben\n';
    expect(looksLikePressRelease(text)).toBe(false);
  });
});
