/**
 * The compromise adapter: offsets are UTF-16 indices into the original text, whatever compromise
 * does to the text internally (curly quotes, contractions, astral characters, CRLF, double spaces).
 */
import { describe, expect, it } from 'vitest';
import { loadCompromisePredictor, matchRange } from '../src/predictors/compromise.js';
import type { Predictor } from '../src/types.js';

let predictor: Predictor | undefined;
try {
  predictor = await loadCompromisePredictor();
} catch {
  predictor = undefined;
}
const NOTE = predictor === undefined ? ' — SKIPPED: compromise is not installed' : '';

describe.skipIf(predictor === undefined)(`compromise predictor${NOTE}`, () => {
  const run = (text: string) =>
    (predictor as Predictor)(text).map((p) => `${p.type}:${text.slice(p.start, p.end)}`);

  it('maps people, places, organizations and dates', () => {
    const found = run('Barack Obama visited Paris with the World Health Organization on 12 March 2016.');
    expect(found).toEqual(
      expect.arrayContaining(['person:Barack Obama', 'location:Paris', 'date:on 12 March 2016']),
    );
    expect(found.some((f) => f.startsWith('organization:') && f.includes('World Health Organization'))).toBe(
      true,
    );
  });

  it('spans never include the quote compromise keeps in its match offset', () => {
    const text = 'He met “President Obama” in Baghdad.';
    expect(run(text)).toContain('person:President Obama');
  });

  it('offsets hold after astral characters, CRLF, double spaces and contractions', () => {
    const text = "𝒜𝒜 🇮🇶 We can’t say.\r\n\r\nIt won't  stop  John Smith in Aleppo, Syria.";
    const found = run(text);
    expect(found).toContain('location:Aleppo, Syria');
    expect(found.some((f) => f.startsWith('person:') && f.includes('John'))).toBe(true);
    for (const p of (predictor as Predictor)(text)) {
      expect(text.slice(p.start, p.end)).toBe(text.slice(p.start, p.end).trim());
    }
  });

  it("drops a possessive 's compromise keeps inside the term", () => {
    expect(run('They fled from Aleppo’s old city.')).toContain('location:Aleppo');
  });
});

describe('matchRange', () => {
  const text = 'x “President Obama” y';
  it('takes the span from the terms, skipping the empty halves of contractions', () => {
    const match = {
      terms: [
        { text: 'President', offset: { start: 3, length: 9 } },
        { text: 'Obama', offset: { start: 13, length: 5 } },
        { text: '', offset: { start: 18, length: 0 } },
      ],
    };
    expect(matchRange(match, text)).toEqual({ start: 3, end: 18 });
  });

  it('realigns a term found near its offset, drops one found nowhere near', () => {
    expect(matchRange({ terms: [{ text: 'Obama', offset: { start: 10, length: 5 } }] }, text)).toEqual({
      start: 13,
      end: 18,
    });
    expect(
      matchRange({ terms: [{ text: 'Trump', offset: { start: 10, length: 5 } }] }, text),
    ).toBeUndefined();
    expect(matchRange({ terms: [] }, text)).toBeUndefined();
  });
});
