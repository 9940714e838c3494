/**
 * Real press releases from the shared corpus, read in place (they must not be copied into the
 * repository: most are not openly licensed). Skipped with a note when the corpus is absent.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateline, hasStackTrace, parseJsonl, SCHEMA } from './helpers.js';

const CORPUS = '/work/shared/corpus/press-releases';
const PRESENT = existsSync(CORPUS);
const NOTE = PRESENT ? '' : ` — SKIPPED: ${CORPUS} not found`;

/** Different shapes: a long transcript, noisy OCR, a wire release, a UK release, a roll-call statement. */
const PICKS = [
  'wh-press-call-middle-east-strikes-2024.txt',
  'au-foreignminister-peacock-refugees-1980.txt',
  'corp-prnewswire-cboe-japan-exit-2025.txt',
  'ukgov-phe-one-you-middle-age-2016.txt',
  'fed-fomc-statement-2025-07-30.txt',
].map((name) => join(CORPUS, name));

describe.skipIf(!PRESENT)(`real press releases${NOTE}`, () => {
  it('a few varied releases through --format jsonl: exit 0, one object per file, in order', async () => {
    const files = PICKS.filter((path) => existsSync(path));
    expect(files.length).toBeGreaterThan(0);
    const result = await dateline(['extract', ...files, '--format', 'jsonl']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const docs = parseJsonl(result.stdout);
    expect(docs.map((doc) => doc.source)).toEqual(files);
    for (const doc of docs) {
      expect(doc.schema).toBe(SCHEMA);
      expect(Array.isArray(doc.entities)).toBe(true);
    }
  });

  it('the whole corpus folder, every format: exit 0, no stack trace', async () => {
    const expected = readdirSync(CORPUS).filter((name) => /\.(txt|md)$/i.test(name)).length;
    for (const format of ['jsonl', 'json', 'text']) {
      const result = await dateline(['extract', CORPUS, '--format', format]);
      expect(hasStackTrace(result.stderr)).toBe(false);
      expect(result.status).toBe(0);
      if (format === 'jsonl') expect(parseJsonl(result.stdout)).toHaveLength(expected);
      if (format === 'json') expect(JSON.parse(result.stdout)).toHaveLength(expected);
    }
  });
});
