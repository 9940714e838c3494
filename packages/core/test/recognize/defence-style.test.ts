/** Bodies and groups as defence releases name them (written like US military news releases). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

describe('defence releases', () => {
  it('a task force named after its operation is one organisation', () => {
    expect(
      mentionsOf(
        'Army Col. John L. Dorrian, spokesman for Combined Joint Task Force Operation Inherent Resolve, briefed reporters.',
        ['organization', 'event'],
      ),
    ).toEqual(['organization:Combined Joint Task Force Operation Inherent Resolve']);
  });

  it('groups named by description: peshmerga, coalition advisers, service members', () => {
    expect(
      mentionsOf(
        'Kurdish peshmerga fighters and coalition advisers moved east of Mosul with U.S. service members.',
        ['organization', 'nationality'],
      ),
    ).toEqual([
      'organization:Kurdish peshmerga fighters',
      'organization:coalition advisers',
      'organization:U.S. service members',
    ]);
  });

  it('"coalition" alone, or before a word that is no member noun, is not a group', () => {
    expect(
      mentionsOf('The coalition struck targets and coalition aircraft returned.', ['organization']),
    ).toEqual([]);
  });

  it('"Near Kisik," opening a strike report names an unknown town; "Near Term Outlook" does not', () => {
    expect(
      mentionsOf(
        'Near Kisik, two strikes destroyed an ISIS bunker. Outside Husaybah, one strike hit. Near Term Outlook.',
        ['location'],
      ),
    ).toEqual(['location:Kisik', 'location:Husaybah']);
  });

  it("a title before a service, a rank and a name is that officer's", () => {
    const a = analyze(
      'Chairman of the Joint Chiefs of Staff Marine Corps Gen. Joe Dunford met Secretary of Defense Jim Mattis.',
    );
    const dunford = a.entities.find((e) => e.name === 'Joe Dunford');
    expect(dunford?.mentions.map((m) => m.text)).toEqual([
      'Chairman of the Joint Chiefs of Staff',
      'Joe Dunford',
    ]);
    expect(dunford?.roles).toContainEqual({ title: 'Chairman of the Joint Chiefs of Staff' });
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([
      'Joe Dunford',
      'Jim Mattis',
    ]);
  });
});
