/**
 * `analyze` is deterministic in the strong sense: the output for a text does not depend on what was
 * analysed before (no state carried between calls), on the options of earlier calls, or on the
 * module instance (a freshly imported core, with every cache empty, gives the same JSON).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/index.js';
import { hostileRelease, releaseDateOption, tokenSoup } from './arbitraries.js';
import { type Analyze, firstDifference, runs } from './contract.js';

const TIMEOUT = 60_000;
const anyText = fc.oneof({ weight: 3, arbitrary: hostileRelease }, { weight: 1, arbitrary: tokenSoup });

function same(a: string, b: string): void {
  if (a !== b) expect.fail(firstDifference(a, b));
}

describe('deterministic output', () => {
  let fresh: Analyze;

  beforeAll(async () => {
    vi.resetModules();
    const module = (await import('../../src/index.js')) as { analyze: Analyze };
    fresh = module.analyze;
  });

  it('the fresh import is another module instance', () => {
    expect(fresh).not.toBe(analyze);
  });

  it(
    'the same JSON twice in a row, and again after other texts and options were analysed',
    () => {
      fc.assert(
        fc.property(
          anyText,
          releaseDateOption,
          fc.array(anyText, { maxLength: 3 }),
          (text, options, others) => {
            const first = JSON.stringify(analyze(text, options));
            same(first, JSON.stringify(analyze(text, options)));
            for (const other of others) analyze(other, { releaseDate: '1999-12-31' });
            // A copy built character by character: equal content, another string object.
            const copy = Array.from(text).join('');
            same(first, JSON.stringify(analyze(copy, options)));
          },
        ),
        runs(120),
      );
    },
    TIMEOUT,
  );

  it(
    'a fresh module instance gives the same JSON as the long-used one',
    () => {
      fc.assert(
        fc.property(anyText, releaseDateOption, (text, options) => {
          same(JSON.stringify(fresh(text, options)), JSON.stringify(analyze(text, options)));
        }),
        runs(120),
      );
    },
    TIMEOUT,
  );

  it(
    'the returned analysis is the caller’s: mutating it does not change the next result',
    () => {
      fc.assert(
        fc.property(hostileRelease, (text) => {
          const first = analyze(text);
          const json = JSON.stringify(first);
          for (const entity of first.entities) {
            entity.name = 'changed';
            entity.aliases.push('changed');
            entity.mentions.length = 0;
            entity.roles.push({ title: 'changed' });
          }
          first.document.sections.length = 0;
          first.document.sentences.length = 0;
          same(json, JSON.stringify(analyze(text)));
        }),
        runs(60),
      );
    },
    TIMEOUT,
  );
});
