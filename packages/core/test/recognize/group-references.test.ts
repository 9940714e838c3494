/** "The group", "this terrorist organization" refer back to the armed group named before. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function entityOf(text: string, name: string) {
  return analyze(text).entities.find((e) => e.name === name);
}

describe('descriptions of an armed group named before', () => {
  it('are mentions of it, not other names', () => {
    const isil = entityOf(
      'Dabiq held symbolic importance to ISIL. The group carried out atrocities there. We will defeat this terrorist group and hold this terrorist organization accountable.',
      'ISIL',
    );
    expect(isil?.mentions.map((m) => m.text)).toEqual([
      'ISIL',
      'The group',
      'this terrorist group',
      'this terrorist organization',
    ]);
    expect(isil?.aliases).toEqual([]);
  });

  it('refer to the group named last, and "the group’s leader" is still the group', () => {
    const a = analyze(
      'ISIS fighters left. Al-Nusra Front attacked the town. The jihadist group took a barracks. The group’s leader fled.',
    );
    const nusra = a.entities.find((e) => e.name === 'Al-Nusra Front');
    expect(nusra?.mentions.map((m) => m.text)).toEqual(['Al-Nusra Front', 'The jihadist group', 'The group']);
  });

  it('name no one without a group before them, or when they are something else', () => {
    const organizations = (text: string) =>
      analyze(text)
        .entities.filter((e) => e.type === 'organization')
        .flatMap((e) => e.mentions.map((m) => m.text));
    expect(organizations('The group met in Paris.')).toEqual([]);
    expect(
      organizations(
        'Hamas fired rockets. The group of experts met. The organization said more. Later the terrorist group Hezbollah fired too.',
      ),
    ).toEqual(['Hamas', 'Hezbollah']);
  });

  it('"the coalition" of a briefing is an organisation, the one named before it if any, not "a coalition of"', () => {
    const mentions = (text: string) =>
      analyze(text)
        .entities.filter((e) => e.type === 'organization')
        .map((e) => e.mentions.map((m) => m.text));
    expect(
      mentions(
        'This week the coalition conducted 85 strikes. The coalition will continue. A coalition of NGOs met.',
      ),
    ).toEqual([['the coalition', 'The coalition']]);
    expect(mentions('The Global Coalition to Defeat ISIS met. The coalition agreed.')).toEqual([
      ['Global Coalition to Defeat ISIS', 'The coalition'],
    ]);
  });
});

describe('the head of a described group named before', () => {
  it('"the regime" and "the insurgency" join "the Asad regime" and "the Iraqi insurgency"', () => {
    const a = analyze(
      'The Asad regime has used chemical weapons. The regime and its backers must stop. The Iraqi insurgency grew; the insurgency fought on.',
    );
    const byName = (name: string) => a.entities.find((e) => e.name === name)?.mentions.map((m) => m.text);
    expect(byName('Asad regime')).toEqual(['Asad regime', 'The regime']);
    expect(byName('Iraqi insurgency')).toEqual(['Iraqi insurgency', 'the insurgency']);
    expect(a.entities.filter((e) => e.type === 'organization')).toHaveLength(2);
  });
});
