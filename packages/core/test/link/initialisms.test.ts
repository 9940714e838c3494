/** A body's initials written after its name, undefined, are that body (recognize/repeated-names.ts). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function bodies(text: string) {
  return analyze(text)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => ({ name: e.name, mentions: e.mentions.map((m) => m.text) }));
}

describe('initials of a body named before', () => {
  it('are that body, with the number of a numbered unit', () => {
    expect(
      bodies(
        'The boarding supported Combined Task Force 150. CTF-150 is led by Pakistan. The Kurdistan Regional Government said the KRG would help.',
      ),
    ).toEqual([
      { name: 'Combined Task Force 150', mentions: ['Combined Task Force 150', 'CTF-150'] },
      // The state that leads it acts (recognize/country-actors.ts).
      { name: 'Pakistan', mentions: ['Pakistan'] },
      { name: 'Kurdistan Regional Government', mentions: ['Kurdistan Regional Government', 'KRG'] },
    ]);
  });

  it('not before the name, nor two initials, nor a name with a common lower-case word', () => {
    expect(bodies('The Eastern Shield Brigade advanced; the ESB then withdrew.')).toEqual([
      { name: 'Eastern Shield Brigade', mentions: ['Eastern Shield Brigade', 'ESB'] },
    ]);
    // "ESB" before the name stays apart; "Tax Office" makes no "TO".
    const early = bodies('The ESB met. Then the Eastern Shield Brigade said so.');
    expect(early.find((b) => b.name === 'Eastern Shield Brigade')?.mentions).toEqual([
      'Eastern Shield Brigade',
    ]);
    expect(bodies('The Tax Office said TO would act.').map((b) => b.mentions)).toEqual([['Tax Office']]);
  });
});

describe('an acronym defined after a name read otherwise than by the chunk reader', () => {
  const namesOf = (text: string) =>
    analyze(text)
      .entities.filter((e) => e.type === 'organization')
      .map((e) => [e.name, e.mentions.map((m) => m.text)]);

  it('after a possessive or a nationality, and later after "The": one entity', () => {
    expect(
      namesOf(
        "Our advisers work with Iraq's Counter Terrorism Service (CTS) in Mosul. The CTS has carried the fight.",
      ),
    ).toEqual([["Iraq's Counter Terrorism Service", ["Iraq's Counter Terrorism Service", 'CTS', 'CTS']]]);
    expect(
      namesOf('Troops of the Australian Defence Force (ADF) are in Iraq. The ADF deployed troops.'),
    ).toEqual([['Australian Defence Force', ['Australian Defence Force', 'ADF', 'ADF']]]);
  });

  it('from the name in its own language: "the General Confederation of Lebanese Workers (CGTL)", "(FMV)"', () => {
    expect(
      namesOf(
        'The strike was called by the General Confederation of Lebanese Workers (CGTL). CGTL leaders met the minister.',
      ),
    ).toEqual([
      [
        'General Confederation of Lebanese Workers',
        ['General Confederation of Lebanese Workers', 'CGTL', 'CGTL'],
      ],
    ]);
    expect(
      namesOf('The purchase was agreed with the Swedish Defence Materiel Administration (FMV) in March.'),
    ).toEqual([
      ['Swedish Defence Materiel Administration', ['Swedish Defence Materiel Administration', 'FMV']],
    ]);
  });

  it('not a file format, nor the acronym of a name read cut ("Joint Counter-small … Office (JCO)")', () => {
    expect(namesOf('Read the report of the Independent Review Panel Secretariat (PDF) today.')).toEqual([
      ['Independent Review Panel Secretariat', ['Independent Review Panel Secretariat']],
    ]);
    const cut = namesOf(
      'Tests were run with the Joint Counter-small Unmanned Aircraft Systems Office (JCO) in 2024.',
    );
    expect(
      cut.some(([, mentions]) => Array.isArray(mentions) && mentions.includes('JCO') && mentions.length > 1),
    ).toBe(false);
  });

  it('after a name the knowledge base knows in part: "the Resolute Support Mission (RSM)"', () => {
    expect(
      namesOf('The Marines sent troops to the Resolute Support Mission (RSM) in Kabul. RSM advises.'),
    ).toContainEqual(['Resolute Support Mission', ['Resolute Support Mission', 'RSM', 'RSM']]);
  });

  it('not when the letters are not the initials: "the Ministry of Interior (MOD)" stays two', () => {
    expect(namesOf('The Ministry of Interior (MOD) spoke.').length).toBe(2);
  });
});
