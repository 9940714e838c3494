/**
 * Inputs that make naive scanners quadratic: one enormous word, long runs of one character,
 * many "@" signs. Each must finish; a generous timeout turns a hang into a failure (no timing
 * assertion beyond that).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const MB = 1024 * 1024;
const cases: [string, string][] = [
  ['one 2 MB word', 'a'.repeat(2 * MB)],
  ['2 MB of one punctuation mark', '.'.repeat(2 * MB)],
  ['a long dotted name before an "@"', `${'a.'.repeat(200_000)}@example.org`],
  ['many "@" signs', 'a@b.c '.repeat(100_000)],
  ['capitalised words without end', 'Grand '.repeat(200_000)],
  ['digits and slashes', '12/'.repeat(300_000)],
];

describe('pathological input finishes', () => {
  it.each(cases)(
    '%s',
    (_name, text) => {
      const analysis = analyze(text);
      for (const e of analysis.entities)
        for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    },
    30_000,
  );
});
