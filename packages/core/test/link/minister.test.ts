/**
 * "The Minister said": a minister's title alone refers to the one minister the text names
 * (link/role-references.ts, ministerHolder), and a shadow minister's title keeps "Shadow".
 */
import { describe, expect, it } from 'vitest';
import { type Analysis, analyze } from '../../src/index.js';

/** The entity name each "Minister" written alone belongs to. */
const ministerAlone = (a: Analysis) =>
  a.entities.flatMap((e) => e.mentions.filter((m) => m.text === 'Minister').map(() => e.name));

describe('"the Minister" alone', () => {
  it('is the one minister named: "Defence Minister Richard Marles … The Minister said"', () => {
    const a = analyze(
      'Defence Minister Richard Marles visited the base on Monday. The Minister said the upgrade would be finished by 2027.',
    );
    expect(ministerAlone(a)).toEqual(['Richard Marles']);
  });

  it('is that minister beside a Prime Minister, a Shadow Minister or a former minister', () => {
    expect(
      ministerAlone(
        analyze(
          'Prime Minister Anthony Albanese and Defence Minister Richard Marles visited the base. The Minister said the upgrade was on track.',
        ),
      ),
    ).toEqual(['Richard Marles']);
    expect(
      ministerAlone(
        analyze(
          'Foreign Minister Penny Wong met Shadow Foreign Minister Simon Birmingham. The Minister said the talks were useful.',
        ),
      ),
    ).toEqual(['Penny Wong']);
    expect(
      ministerAlone(
        analyze(
          'Former Defence Minister Christopher Pyne and Defence Minister Richard Marles spoke. The Minister said it went well.',
        ),
      ),
    ).toEqual(['Richard Marles']);
  });

  it('is no one named where two ministers are', () => {
    const a = analyze(
      'Foreign Minister Penny Wong and Trade Minister Don Farrell met. The Minister said it went well.',
    );
    expect(ministerAlone(a)).toEqual(['Minister']);
  });
});

describe('a shadow minister', () => {
  it('holds the shadow title, not the minister\'s: "Shadow Foreign Minister Simon Birmingham"', () => {
    const a = analyze('Foreign Minister Penny Wong met Shadow Foreign Minister Simon Birmingham.');
    const roles = (name: string) => a.entities.find((e) => e.name === name)?.roles.map((r) => r.title);
    expect(roles('Simon Birmingham')).toEqual(['Shadow Foreign Minister']);
    expect(roles('Penny Wong')).toEqual(['Foreign Minister']);
  });
});
