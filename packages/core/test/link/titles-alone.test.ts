/**
 * A title written alone refers to its holder (link/role-references.ts): "The Minister said" to the
 * one minister the text names (ministerHolder), a title before the apposition that names its holder
 * to that holder; a shadow minister's title keeps "Shadow".
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

  it('is the current minister beside one who held the title before: "then Defence Minister", "Ex-Defence Minister"', () => {
    expect(
      ministerAlone(
        analyze(
          'In 2019, then Defence Minister Linda Reynolds announced the program. Defence Minister Richard Marles has since expanded it. The Minister said it would grow.',
        ),
      ),
    ).toEqual(['Richard Marles']);
    expect(
      ministerAlone(
        analyze(
          'Ex-Defence Minister Peter Dutton criticised it. Defence Minister Richard Marles disagreed. The Minister said it would go ahead.',
        ),
      ),
    ).toEqual(['Richard Marles']);
  });

  it('is no one where two people hold one title, or the minister is unnamed beside a staffer', () => {
    expect(
      ministerAlone(
        analyze(
          'In 2021, Immigration Minister Alex Hawke announced it. This year Immigration Minister Andrew Giles ended it. The Minister said it had failed.',
        ),
      ),
    ).toEqual(['Minister']);
    expect(
      ministerAlone(
        analyze(
          'Chief of Staff to the Minister for Health, Jane Doe, resigned on Friday. The Minister said she had served with distinction.',
        ),
      ),
    ).not.toContain('Jane Doe');
    expect(
      ministerAlone(
        analyze(
          'Advisers to Defence Minister Richard Marles briefed the committee. The Minister was overseas.',
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

describe('a title alone before the apposition that names its holder', () => {
  it('is that holder: "The Secretary General said … Jens Stoltenberg, NATO Secretary General,"', () => {
    const a = analyze(
      'The Secretary General said NATO was united. Jens Stoltenberg, NATO Secretary General, met ministers.',
    );
    const people = a.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Jens Stoltenberg']);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual([
      'Secretary General',
      'Jens Stoltenberg',
      'NATO Secretary General',
    ]);
  });

  it('a headline\'s title is the holder named below it: "Foreign Secretary statement on …"', () => {
    const a = analyze(
      'Foreign Secretary statement on the report\n\nThe Foreign Secretary, Boris Johnson, said:\n\nThe report is clear.',
    );
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Boris Johnson']);
  });

  it('and "The Minister" before "The Minister for Defence, Richard Marles,"', () => {
    expect(
      ministerAlone(
        analyze(
          'The Minister said the plan was sound. The Minister for Defence, Richard Marles, spoke later.',
        ),
      ),
    ).toEqual(['Richard Marles']);
  });
});
