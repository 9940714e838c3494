/**
 * Properties of `analyze` over generated texts, from realistic releases to shapeless noise. For
 * every input: it returns (never throws); the output is plain JSON valid against the JSON Schema;
 * every mention, title, speaker, section, list item, sentence and note lies inside the text, on
 * code-point boundaries (never between the halves of a surrogate pair), with `text` equal to its
 * slice; mentions and sections are ordered; entity ids are e1..eN in order of first mention; and a
 * second call gives byte-identical JSON.
 *
 * Fixed seed (see `runs` in contract.ts); fast-check prints the seed, the replay path and the shrunk
 * input of any failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { cleanRelease, hostileRelease, rawString, releaseDateOption, tokenSoup } from './arbitraries.js';
import { assertContract, runs } from './contract.js';

const TIMEOUT = 60_000;

describe('generated releases keep the contract', () => {
  it(
    'clean releases (headline, dateline, paragraphs, quotes, lists, turns, boilerplate, contacts, residue)',
    () => {
      fc.assert(
        fc.property(cleanRelease, releaseDateOption, (text, options) => {
          assertContract(text, options);
        }),
        runs(250),
      );
    },
    TIMEOUT,
  );

  it(
    'hostile releases (emoji, combining marks, RTL, controls, NULs, lone surrogates, CR/CRLF/mixed, BOM, long words)',
    () => {
      fc.assert(
        fc.property(hostileRelease, releaseDateOption, (text, options) => {
          assertContract(text, options);
        }),
        runs(300),
      );
    },
    TIMEOUT,
  );

  it(
    'token soup: entity phrases, punctuation, labels, bullets and noise in any order',
    () => {
      fc.assert(
        fc.property(tokenSoup, (text) => {
          assertContract(text);
        }),
        runs(600),
      );
    },
    TIMEOUT,
  );

  it(
    'raw random strings (code points, graphemes, ASCII controls, lone surrogates)',
    () => {
      fc.assert(
        fc.property(rawString, (text) => {
          assertContract(text);
        }),
        runs(1000),
      );
    },
    TIMEOUT,
  );
});

describe('properties checked one by one on hostile releases', () => {
  it(
    'analyze never throws',
    () => {
      fc.assert(
        fc.property(hostileRelease, (text) => {
          analyze(text);
        }),
        runs(100),
      );
    },
    TIMEOUT,
  );

  it(
    'entity ids are e1..eN in order of first mention, and each entity has a mention',
    () => {
      fc.assert(
        fc.property(hostileRelease, (text) => {
          const { entities } = analyze(text);
          expect(entities.map((e) => e.id)).toEqual(entities.map((_, i) => `e${i + 1}`));
          const firsts = entities.map((e) => e.mentions[0]?.start ?? -1);
          expect(firsts.every((start) => start >= 0)).toBe(true);
          expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
        }),
        runs(100),
      );
    },
    TIMEOUT,
  );

  it(
    'no span boundary falls between the halves of a surrogate pair, even with emoji glued to names',
    () => {
      const glued = fc
        .tuple(
          hostileRelease,
          fc.array(fc.tuple(fc.nat(), fc.constantFrom('😀', '👩‍👩‍👧', '🇺🇸', '𝐁')), { maxLength: 20 }),
        )
        .map(([text, inserts]) =>
          inserts.reduce((t, [at, emoji]) => {
            const i = at % (t.length + 1);
            return `${t.slice(0, i)}${emoji}${t.slice(i)}`;
          }, text),
        );
      fc.assert(
        fc.property(glued, (text) => {
          const { entities, document, notes } = analyze(text);
          const offsets = [
            ...entities.flatMap((e) =>
              e.mentions.flatMap((m) => [m.start, m.end, ...(m.title ? [m.title.start, m.title.end] : [])]),
            ),
            ...document.sections.flatMap((s) => [
              s.start,
              s.end,
              ...(s.items ?? []).flatMap((item) => [item.start, item.end]),
              ...(s.speaker ? [s.speaker.start, s.speaker.end] : []),
            ]),
            ...document.sentences.flatMap((s) => [s.start, s.end]),
            ...notes.flatMap((n) => [n.start, n.end]),
          ];
          const split = offsets.filter((o) => {
            const before = text.charCodeAt(o - 1);
            const after = text.charCodeAt(o);
            return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
          });
          expect(split).toEqual([]);
        }),
        runs(100),
      );
    },
    TIMEOUT,
  );
});
