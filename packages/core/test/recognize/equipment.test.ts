/**
 * Equipment as a defence analyst reads it (re3d's Weapon, MilitaryPlatform and Vehicle): designations
 * by their shape, ships, class nouns with the words that qualify them, and the near misses that are
 * not equipment. The sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

const equipment = (text: string) => mentionsOf(text, ['equipment']);

describe('designations', () => {
  it('a ship named again without its prefix is the same ship: "USS Mahan (DDG 72)" … "Mahan fired"', () => {
    const a = analyze('Boats approached USS Mahan (DDG 72) in the strait. Mahan fired three warning shots.');
    const ship = a.entities.find((e) => e.name === 'USS Mahan');
    expect(ship?.type).toBe('equipment');
    expect(ship?.mentions.map((m) => m.text)).toEqual(['USS Mahan', 'Mahan']);
  });

  it('MD Helicopters\' designations: "MD-530F helicopters"', () => {
    expect(equipment('The Afghan Air Force flew MD-530F helicopters.')).toEqual([
      'equipment:MD-530F helicopters',
    ]);
  });

  it('reads aircraft, drone and missile designations with their names and class nouns', () => {
    expect(
      equipment(
        'Two B-1B Lancer bombers and MQ-9 Reapers struck the depot, while F/A-18E Super Hornets flew cover and a KC-135 Stratotanker refuelled them.',
      ),
    ).toEqual([
      'equipment:B-1B Lancer bombers',
      'equipment:MQ-9 Reapers',
      'equipment:F/A-18E Super Hornets',
      'equipment:KC-135 Stratotanker',
    ]);
  });

  it('reads plurals, Soviet bureau prefixes, rifles and Army designations written in one word', () => {
    expect(
      equipment('Militants fired AK-47s at two Su-25 jets; the battery answered with M777 howitzers.'),
    ).toEqual(['equipment:AK-47s', 'equipment:Su-25 jets', 'equipment:M777 howitzers']);
  });

  it('keeps a possessive outside the designation', () => {
    expect(equipment('The F-35’s sensors detected the launch.')).toEqual(['equipment:F-35']);
  });

  it('does not read visas, vitamins, districts or pay grades as aircraft', () => {
    expect(
      equipment(
        'She came on an F-1 visa, takes vitamin B-12, represents OH-10 and was promoted to E-5 after the COVID-19 lockdown.',
      ),
    ).toEqual([]);
  });
});

describe('system names with their marks', () => {
  it('"Typhoon FGR4s", "Tornado GR4", "Paveway IV guided bombs", "Leopard 2A6 tanks" are equipment, no person', () => {
    expect(
      mentionsOf(
        'Two Typhoon FGR4s from RAF Akrotiri and a Tornado GR4 patrol used Paveway IV guided bombs. Leopard 2A6 tanks moved.',
        ['equipment', 'person'],
      ),
    ).toEqual([
      'equipment:Typhoon FGR4s',
      'equipment:Tornado GR4',
      'equipment:Paveway IV guided bombs',
      'equipment:Leopard 2A6 tanks',
    ]);
  });
});

describe('ships', () => {
  it('takes the prefix and the name, initials included', () => {
    expect(equipment('Aircraft from the USS Harry S. Truman and HMS Diamond escorted the convoy.')).toEqual([
      'equipment:Aircraft',
      'equipment:USS Harry S. Truman',
      'equipment:HMS Diamond',
    ]);
  });
});

describe('class nouns', () => {
  it('a modifier after "to" is a verb: "used to transport explosives" is explosives', () => {
    expect(equipment('A vehicle used to transport explosives was hit. Transport aircraft flew.')).toEqual([
      'equipment:vehicle',
      'equipment:explosives',
      'equipment:Transport aircraft',
    ]);
  });

  it('keeps the qualifying words and leaves the owner and the article out', () => {
    expect(
      equipment(
        'Coalition aircraft destroyed three ISIL vehicles, an ISIL mortar system, two vehicle-borne improvised explosive devices and an ordinary artillery round.',
      ),
    ).toEqual([
      'equipment:Coalition aircraft',
      'equipment:vehicles',
      'equipment:mortar system',
      'equipment:vehicle-borne improvised explosive devices',
      'equipment:ordinary artillery round',
    ]);
  });

  it('reads coordinated modifiers of one class as one mention', () => {
    expect(equipment('Attack, bomber, fighter and remotely piloted aircraft conducted 12 strikes.')).toEqual([
      'equipment:Attack, bomber, fighter and remotely piloted aircraft',
    ]);
  });

  it('keeps a list of weapons apart, and a list that qualifies another noun out', () => {
    expect(equipment('The cache held rifles, grenades and rockets.')).toEqual([
      'equipment:rifles',
      'equipment:grenades',
      'equipment:rockets',
    ]);
    expect(equipment('They struck air and missile defense architecture.')).toEqual([]);
  });

  it('joins a system name to its class noun', () => {
    expect(
      equipment(
        'The destroyer launched Tomahawk cruise missiles, and the ministry will send Patriot air defense systems and HIMARS launchers.',
      ),
    ).toEqual([
      'equipment:destroyer',
      'equipment:Tomahawk cruise missiles',
      'equipment:Patriot air defense systems',
      'equipment:HIMARS launchers',
    ]);
  });

  it('finds barrel bombs, helicopters and chemical weapons in a statement', () => {
    expect(
      equipment('Regime aircrew dropped barrel bombs out of helicopters and used chemical weapons again.'),
    ).toEqual(['equipment:barrel bombs', 'equipment:helicopters', 'equipment:chemical weapons']);
  });

  it('leaves think tanks, investment vehicles, suicide bombers and gun control alone', () => {
    expect(
      equipment(
        'A think tank called the fund an investment vehicle; suicide bombers struck the market; the bill is about gun control.',
      ),
    ).toEqual([]);
  });

  it('a weapon word naming a shop, a range or a licence is no equipment: "a gun shop in Mesa"', () => {
    expect(equipment('The suspect bought the rifle at a gun shop in Mesa and had no gun licence.')).toEqual([
      'equipment:rifle',
    ]);
  });
});

describe('ships and small craft of a Gulf encounter', () => {
  it('a headline verb after a ship is no part of its name; fast attack craft are equipment', () => {
    expect(
      mentionsOf(
        'USS Nitze Responds to Unsafe Interactions\n\nUSS Nitze was harassed by five fast attack craft. USS Blue Ridge and USS The Sullivans were near.',
        ['equipment'],
      ),
    ).toEqual([
      'equipment:USS Nitze',
      'equipment:USS Nitze',
      'equipment:fast attack craft',
      'equipment:USS Blue Ridge',
      'equipment:USS The Sullivans',
    ]);
  });
});

describe('designations with long names', () => {
  it('keep a four-word name, and stop at a headline word or a place', () => {
    expect(
      mentionsOf(
        'The B-1B dropped a GBU-38 Joint Direct Attack Munition and ships fired Tomahawk Land Attack Missiles.\n\nMQ-9 Reaper Flew Over Baghdad',
        ['equipment', 'location'],
      ),
    ).toEqual([
      'equipment:B-1B',
      'equipment:GBU-38 Joint Direct Attack Munition',
      'equipment:ships',
      'equipment:Tomahawk Land Attack Missiles',
      'equipment:MQ-9 Reaper',
      'location:Baghdad',
    ]);
  });
});

describe('ships named again without their prefix', () => {
  it('a ship named after a person is still the ship, the man with a rank still the man', () => {
    const a = analyze(
      'The ship is named for Cpl. Jason Dunham. USS Jason Dunham (DDG 109) seized weapons. Jason Dunham then sailed to Bahrain.',
    );
    const byType = (type: string) =>
      a.entities.filter((e) => e.type === type).map((e) => e.mentions.map((m) => m.text));
    expect(byType('person')).toEqual([['Jason Dunham']]);
    expect(byType('equipment')).toContainEqual(['USS Jason Dunham', 'Jason Dunham']);
  });

  it("knows partner navies' prefixes", () => {
    expect(equipment('RBNS Al Muharraq (51) and PNS Alamgir sailed with RNOV Al Shamikh.')).toEqual([
      'equipment:RBNS Al Muharraq',
      'equipment:PNS Alamgir',
      'equipment:RNOV Al Shamikh',
    ]);
  });

  it('knows the Coast Guard cutter prefix', () => {
    const a = analyze('USCGC Wrangell (WPB 1332) and USCGC Maui (WPB 1304) patrolled. Maui’s bow was hit.');
    expect(
      a.entities.filter((e) => e.type === 'equipment').map((e) => e.mentions.map((m) => m.text)),
    ).toEqual([['USCGC Wrangell'], ['USCGC Maui', 'Maui']]);
  });
});

describe('ships named after people', () => {
  it('after a class of ship the name is the ship: "the carrier Charles de Gaulle"; a captain stays a person', () => {
    expect(
      mentionsOf(
        "The frigate HMS Monmouth will escort the carrier Charles de Gaulle. The ship's captain John Smith spoke.",
        ['person', 'equipment'],
      ),
    ).toEqual([
      'equipment:frigate',
      'equipment:HMS Monmouth',
      'equipment:Charles de Gaulle',
      'person:John Smith',
    ]);
    expect(mentionsOf('The French carrier Charles de Gaulle sailed.', ['person', 'equipment'])).toEqual([
      'equipment:Charles de Gaulle',
    ]);
  });

  it('a letter carrier is a person: "A dog bit letter carrier John Smith"', () => {
    expect(mentionsOf('A dog bit letter carrier John Smith on Tuesday.', ['person', 'equipment'])).toEqual([
      'person:John Smith',
    ]);
  });
});

describe('merchant ships', () => {
  it('"the M/V Silver Juniper", "the M/T Marlin Luanda" are ships, not people; "MT" and "MV" alone prefix no ship', () => {
    const a = analyze(
      'Heading\n\nHouthi forces fired two missiles toward the M/V Silver Juniper, a bulk carrier, and the M/T Marlin Luanda burned. The MT Legislature passed the bill.',
    );
    expect(a.entities.filter((e) => e.type === 'equipment' && /^M/.test(e.name)).map((e) => e.name)).toEqual([
      'M/V Silver Juniper',
      'M/T Marlin Luanda',
    ]);
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});
