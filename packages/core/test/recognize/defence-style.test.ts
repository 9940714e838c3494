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

  it('"the coalition" is the coalition; before a word that is no member noun, "coalition" is no group', () => {
    expect(
      mentionsOf('The coalition struck targets and coalition aircraft returned.', ['organization']),
    ).toEqual(['organization:The coalition']);
  });

  it('"Near Kisik," opening a strike report names an unknown town; "Near Term Outlook" does not', () => {
    expect(
      mentionsOf(
        'Near Kisik, two strikes destroyed an ISIS bunker. Outside Husaybah, one strike hit. Near Term Outlook.',
        ['location'],
      ),
    ).toEqual(['location:Kisik', 'location:Husaybah']);
  });

  it('"Near …," opening a strike report is a town even where the words look like a person\'s name', () => {
    expect(
      mentionsOf(
        'Near Ayn Isa, one strike destroyed a vehicle. Near Baghdadi, four strikes destroyed a mortar.',
        ['location', 'person'],
      ),
    ).toEqual(['location:Ayn Isa', 'location:Baghdadi']);
  });

  it('"Near Dayr Az Zawr," is the known Deir ez-Zor, one place with its other spelling', () => {
    const a = analyze('Near Dayr Az Zawr, one strike destroyed a vehicle. Forces in Deir ez-Zor advanced.');
    const places = a.entities.filter((e) => e.type === 'location');
    expect(places.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Deir ez-Zor', ['Dayr Az Zawr', 'Deir ez-Zor']],
    ]);
  });

  it('Arabic place names are places, not people: "Ayn al-Asad", "at Al Asad", "Farah City", "Near Al Baghuz Fawqani,"', () => {
    expect(
      mentionsOf(
        'Training continued at Al Asad, Al Taqaddum and the Ayn al-Asad training complex. Insurgents attacked Farah City. Fighters fled Jisr al-Shughur and Ras al-Ain.',
        ['location', 'person'],
      ),
    ).toEqual([
      'location:Al Asad',
      'location:Al Taqaddum',
      'location:Ayn al-Asad',
      'location:Farah City',
      'location:Jisr al-Shughur',
      'location:Ras al-Ain',
    ]);
    expect(
      mentionsOf('Near Al Baghuz Fawqani, three strikes destroyed a tunnel. Near Al Hawl Camp, forces met.', [
        'location',
        'person',
      ]),
    ).toEqual(['location:Al Baghuz Fawqani', 'location:Al Hawl Camp']);
    // Bashar al-Assad stays himself where no place is meant.
    expect(mentionsOf('Bashar al-Assad met them. Al Assad said more.', ['location', 'person'])).toEqual([
      'person:Bashar al-Assad',
      'person:Assad',
    ]);
  });

  it('names sharing a plural place noun are places each, without the noun: "Kandahar and Uruzgan provinces"', () => {
    expect(
      mentionsOf(
        'Fighting continued in Kandahar and Uruzgan provinces and in the Nad-e Ali and Nawa districts. Other cities were calm.',
        ['location'],
      ),
    ).toEqual(['location:Kandahar', 'location:Uruzgan', 'location:Nad-e Ali', 'location:Nawa']);
  });

  it('armed groups named with an Arabic word for army, brigade or commandos are bodies, not places or people', () => {
    expect(
      mentionsOf(
        'Maghawir al-Thawra fighters patrolled near Tanf. Jaysh al-Thuwar and the Liwa Fatemiyoun militia attacked.',
        ['organization', 'location', 'person'],
      ),
    ).toEqual([
      'organization:Maghawir al-Thawra',
      'location:Tanf',
      'organization:Jaysh al-Thuwar',
      'organization:Liwa Fatemiyoun',
    ]);
  });

  it('a title-case headline: the ship stops before its verb, and "in Bahrain for Port Visit" is a place, no event', () => {
    expect(
      mentionsOf('USS Jason Dunham Seizes Illicit Weapons in Arabian Sea\n\nThe ship sailed.', ['equipment']),
    ).toContain('equipment:USS Jason Dunham');
    expect(
      mentionsOf('USS Nimitz Arrives in Bahrain for Port Visit\n\nThe ship sailed.', ['location', 'event']),
    ).toEqual(['location:Bahrain']);
  });

  it('towns the knowledge base does not know are places as objects of "liberated", "entered", "fled to"', () => {
    expect(
      mentionsOf(
        'Iraqi forces liberated Qayyarah. The SDF entered Baghuz. Families are returning to Karabilah and Ubaydi. He moved to Acme Corp last year.',
        ['location', 'person', 'organization'],
      ),
    ).toEqual([
      'organization:Iraqi forces',
      'location:Qayyarah',
      'organization:SDF',
      'location:Baghuz',
      'location:Karabilah',
      'location:Ubaydi',
      'organization:Acme Corp',
    ]);
  });

  it('a known place with its administrative unit is one mention of it, and the north-east of Syria one region however spelt', () => {
    const a = analyze(
      'Fighting in Deir ez-Zor governorate continued; Deir ez-Zor fell. Forces in northeast Syria and north-eastern Syria met.',
    );
    const places = a.entities.filter((e) => e.type === 'location').map((e) => e.mentions.map((m) => m.text));
    expect(places).toEqual([
      ['Deir ez-Zor governorate', 'Deir ez-Zor'],
      ['northeast Syria', 'north-eastern Syria'],
    ]);
  });

  it('lists and relations of unknown towns: "the villages of Yakla and Al Ghayil", "Camp Taji and Balad", "south of Hawija", "near Lawdar in Abyan"', () => {
    expect(
      mentionsOf(
        'The raid hit the villages of Yakla and Al Ghayil. Troops moved toward Camp Taji and Balad. Targets south of Hawija were hit. A strike near Lawdar in Abyan killed two. Ships crossed Lakes Habbaniyah and Tharthar.',
        ['location', 'person'],
      ),
    ).toEqual([
      'location:Yakla',
      'location:Al Ghayil',
      'location:Camp Taji',
      'location:Balad',
      'location:Hawija',
      'location:Lawdar',
      'location:Abyan',
      'location:Lakes Habbaniyah and Tharthar',
    ]);
  });

  it('knows the operations, monitors, outlets and bodies of these releases, and the roads between two places', () => {
    expect(
      mentionsOf(
        "He was supporting Operation Freedom's Sentinel. The IRGCN seized a tanker, UKMTO said. Airwars and Military Times reported. Near At Tanf, forces held the Damascus-Baghdad highway. The 3rd Military Region and the 2nd Special Operations Kandak fought.",
        ['event', 'organization', 'location'],
      ),
    ).toEqual([
      "event:Operation Freedom's Sentinel",
      'organization:IRGCN',
      'organization:UKMTO',
      'organization:Airwars',
      'organization:Military Times',
      'location:At Tanf',
      'location:Damascus-Baghdad highway',
      'organization:3rd Military Region',
      'organization:2nd Special Operations Kandak',
    ]);
  });

  it('"near …" inside a sentence is a town too, not a person with that first name or surname', () => {
    expect(
      mentionsOf(
        'The strikes near Ayn Isa destroyed a vehicle, and a strike outside Baghdadi hit a mortar. Abu Bakr al-Baghdadi fled.',
        ['location', 'person'],
      ),
    ).toEqual(['location:Ayn Isa', 'location:Baghdadi', 'person:Abu Bakr al-Baghdadi']);
  });

  it('a strike list\'s bullets and "Near" stay out of the place, which links to the town', () => {
    const text =
      'In Syria, Coalition military forces conducted 11 strikes:\n' +
      '-- Near Raqqah, four strikes engaged three ISIS tactical units.\n' +
      '-- Near Mosul, a strike destroyed an ISIS oil rig.\n' +
      '- Near Dayr Az Zawr, a strike destroyed an ISIS wellhead.\n' +
      'Later, Mosul was quiet.';
    expect(mentionsOf(text, ['location'])).toEqual([
      'location:Syria',
      'location:Raqqah',
      'location:Mosul',
      'location:Dayr Az Zawr',
      'location:Mosul',
    ]);
    const mosul = analyze(text).entities.find((e) => e.name === 'Mosul');
    expect(mosul?.mentions).toHaveLength(2);
  });

  it('"and" between two known names joins no name: "U.S. and Coalition military forces"', () => {
    expect(
      mentionsOf('U.S. and Coalition military forces continued to attack ISIS.', [
        'organization',
        'location',
      ]),
    ).toEqual(['location:U.S.', 'organization:Coalition military forces', 'organization:ISIS']);
  });

  it('"and" after a place\'s head word starts another place: airfields, bases, valleys', () => {
    expect(
      mentionsOf(
        'They met at Qayyarah West Airfield and Al Asad Air Base. ISIS fled toward the Euphrates River Valley and Tal Afar.',
        ['location'],
      ),
    ).toEqual([
      'location:Qayyarah West Airfield',
      'location:Al Asad Air Base',
      'location:Euphrates River Valley',
      'location:Tal Afar',
    ]);
  });

  it("Central Command's components and war commands are known by their releases' names", () => {
    expect(
      mentionsOf(
        'Gen. John Nicholson, commander of Resolute Support and U.S. Forces-Afghanistan, met the commander of U.S. Naval Forces Central Command/U.S. 5th Fleet and Iraqi Counter Terrorism Service leaders.',
        ['organization', 'location'],
      ),
    ).toEqual([
      'organization:Resolute Support',
      'organization:U.S. Forces-Afghanistan',
      'organization:U.S. Naval Forces Central Command',
      'organization:U.S. 5th Fleet',
      'organization:Iraqi Counter Terrorism Service leaders',
    ]);
  });

  it('a known name is found whichever dash it is written with', () => {
    const a = analyze(
      'Col. Chris Garver, spokesman for Combined Joint Task Force - Operation Inherent Resolve, spoke. ' +
        'Combined Joint Task Force—Operation Inherent Resolve and CJTF-OIR agreed.',
    );
    const task = a.entities.filter((e) => e.type === 'organization');
    expect(task).toHaveLength(1);
    expect(task[0]?.mentions.map((m) => m.text)).toEqual([
      'Combined Joint Task Force - Operation Inherent Resolve',
      'Combined Joint Task Force—Operation Inherent Resolve',
      'CJTF-OIR',
    ]);
  });

  it('"the Syrian city of Raqqa" is a mention of Raqqa', () => {
    const a = analyze('Strikes hit the Syrian city of Raqqa. Raqqa fell.');
    const raqqa = a.entities.filter((e) => e.type === 'location');
    expect(raqqa.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Raqqa', ['Syrian city of Raqqa', 'Raqqa']],
    ]);
  });

  it('"in Houthi-controlled territory" names the group, not a place called Houthi', () => {
    expect(
      mentionsOf('Radar sites in Houthi-controlled territory on Yemen’s Red Sea coast were hit.', [
        'organization',
        'location',
      ]),
    ).toEqual(['organization:Houthi', 'location:Yemen', 'location:Red Sea']);
  });

  it("a title before a rank and a name is that officer's; the rank is no name", () => {
    const a = analyze('The strikes were authorized by Chairman of the Joint Chiefs Gen. Joseph F. Dunford.');
    expect(a.entities.filter((e) => e.type === 'person' || e.type === 'role').map((e) => e.name)).toEqual([
      'Joseph F. Dunford',
    ]);
    expect(a.entities[0]?.roles).toEqual([{ title: 'Chairman of the Joint Chiefs' }]);
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

  it('a name before a place word names the place: "the Bab al-Mandeb Strait" is no person', () => {
    expect(
      mentionsOf(
        'The USS Mason, operating in the Red Sea north of the Bab al-Mandeb Strait, was targeted. Carla Hills spoke.',
        ['location', 'person'],
      ),
    ).toEqual(['location:Red Sea', 'location:Bab al-Mandeb Strait', 'person:Carla Hills']);
  });

  it('a count written in words before a known name is no part of it', () => {
    expect(
      mentionsOf(
        'Three Islamic Revolutionary Guard Corps Navy vessels approached. Several Syrian Democratic Forces fighters were hurt. Three Gorges Dam is far.',
        ['organization', 'location'],
      ),
    ).toEqual([
      'organization:Islamic Revolutionary Guard Corps Navy',
      'organization:Syrian Democratic Forces fighters',
      'location:Three Gorges Dam',
    ]);
  });

  it('"the Syria-Iraq border" is a place, not Syria acting as a state', () => {
    const found = mentionsOf('Fighters crossed the Syria-Iraq border at night.', [
      'location',
      'organization',
    ]);
    expect(found.every((m) => m.startsWith('location:'))).toBe(true);
    expect(found.join(' ')).toContain('Syria');
  });

  it('a preposition governs its whole list of countries: "in Iraq and Syria also limits" keeps Syria a place', () => {
    expect(
      mentionsOf(
        'The destruction of ISIL targets in Iraq and Syria also limits the group. In Iraq, the UK is working with partners.',
        ['location', 'organization'],
      ),
    ).toEqual([
      'organization:ISIL',
      'location:Iraq',
      'location:Syria',
      'organization:the group',
      'location:Iraq',
      'organization:UK',
    ]);
  });

  it('a country acts as a state as the agent of a passive, an ally, the subject asked to act or of a clause, and with its list', () => {
    const acting = (text: string) =>
      mentionsOf(text, ['location', 'organization']).filter((m) => m.startsWith('organization:'));
    expect(acting('The ceasefire in Syria announced by Russia and Turkey on 29 December held.')).toEqual([
      'organization:Russia',
      'organization:Turkey',
    ]);
    expect(acting('We thank our ally Turkey for the close coordination.')).toEqual(['organization:Turkey']);
    expect(acting('The Prime Minister discussed UK-France co-operation on migration.')).toEqual([
      'organization:UK',
      'organization:France',
    ]);
    expect(acting('The guarantee will enable Iraq to access up to $1 billion in financing.')).toEqual([
      'organization:Iraq',
    ]);
    expect(acting('The Foreign Secretary pressed for Russia to use its influence.')).toEqual([
      'organization:Russia',
    ]);
    expect(acting('Today, the United States and Iraq signed a loan guarantee agreement.')).toEqual([
      'organization:United States',
      'organization:Iraq',
    ]);
    expect(acting('The President discussed the threat that Russia poses to the eastern flank.')).toEqual([
      'organization:Russia',
    ]);
    // A list whose deed follows an auxiliary: one type for the whole list.
    expect(acting('The United Kingdom, Denmark and Greece have each contributed warships.')).toEqual([
      'organization:United Kingdom',
      'organization:Denmark',
      'organization:Greece',
    ]);
    expect(acting('France and Germany will send more troops.')).toEqual([
      'organization:France',
      'organization:Germany',
    ]);
    // The subject of an infinitive after "for", what it addresses, and its work.
    expect(acting('The agreement is an important step for Jordan to obtain new financing.')).toEqual([
      'organization:Jordan',
    ]);
    expect(acting('The loan helps as Egypt addresses its budget deficit.')).toEqual(['organization:Egypt']);
    expect(acting("The guarantee reinforces Tunisia's work with other partners.")).toEqual([
      'organization:Tunisia',
    ]);
    expect(acting('It is time for the UK to lead.')).toEqual(['organization:UK']);
    // Not a trip's infinitive, nor "work" heading a compound.
    expect(acting('It is a good time for Egypt to visit.')).toEqual([]);
    expect(acting("He applied for a Japan work visa. Japan's work culture is famous.")).toEqual([]);
  });

  it('a country stays a place where it is no agent: bordered by it, a title after it, a plural noun after it, a place after "to"', () => {
    const found = mentionsOf(
      'Syria, bordered by Iraq and Turkey, lies east. He was sentenced by United States District Judge Laurie Michelson. ' +
        'Patrols continued while the U.S. vessels were at sea. Fighters fled to Iraq to regroup. ' +
        'Most claims came from abroad, followed by Iraq and Eritrea. We will not allow Afghanistan to become a safe haven. ' +
        'Aid is rising as Pakistan floods recede. Floods have devastated Pakistan and India has sent supplies. ' +
        'A Spain-Morocco ferry was diverted. The collection was inspired by Japan and Morocco.',
      ['location', 'organization'],
    );
    // India acts; the country devastated before it, in another clause, stays a place.
    expect(found.filter((m) => m.startsWith('organization:'))).toEqual(['organization:India']);
    expect(found).toContain('location:Iraq');
    expect(found).toContain('location:Pakistan');
  });

  it('a nickname quoted inside a name stays in it: Chief Special Warfare Operator William "Ryan" Owens', () => {
    const a = analyze('Chief Special Warfare Operator William "Ryan" Owens died of wounds. Owens was 36.');
    expect(
      a.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => m.text)]),
    ).toEqual([['William "Ryan" Owens', ['William "Ryan" Owens', 'Owens']]]);
  });

  it('the armed groups of the Syrian war by their names: Jabhat Fatah al-Sham, the al-Nusrah Front, Ahrar al-Sham', () => {
    expect(
      mentionsOf(
        'He was killed with a member of Jabhat Fatah al-Sham, formerly the al-Nusrah Front, and of Ahrar al-Sham.',
        ['organization', 'person'],
      ),
    ).toEqual([
      'organization:Jabhat Fatah al-Sham',
      'organization:al-Nusrah Front',
      'organization:Ahrar al-Sham',
    ]);
    const a = analyze('U.S. forces struck an ISIS-Khorasan tunnel complex. ISIS-K claimed an attack.');
    const isisK = a.entities.find((e) => e.mentions.some((m) => m.text === 'ISIS-K'));
    expect(isisK?.mentions.map((m) => m.text)).toEqual(['ISIS-Khorasan', 'ISIS-K']);
  });

  it('a town and a site is a place of its own: "the Mosul airport", "the At Tanf garrison", not "the Iraq airport"', () => {
    expect(
      mentionsOf(
        'Forces retook the Mosul airport. The Baiji refinery burned. Troops at the At Tanf garrison and the Iraq airport waited.',
        ['location'],
      ),
    ).toEqual([
      'location:Mosul airport',
      'location:Baiji refinery',
      'location:At Tanf garrison',
      'location:Iraq',
    ]);
  });

  it('ranges, complexes, bridges and oil fields are places: "the Besmaya Range Complex", "the Al Omar oil field"', () => {
    expect(
      mentionsOf(
        'Soldiers trained at the Besmaya Range Complex. Strikes hit the Al Omar oil field and the Qayyarah bridge near the Baiji Refinery.',
        ['location', 'organization'],
      ),
    ).toEqual([
      'location:Besmaya Range Complex',
      'location:Al Omar oil field',
      'location:Qayyarah bridge',
      'location:Baiji Refinery',
    ]);
  });

  it('groups of a country by service or trade: special operations forces, advisors, personnel, defense officials', () => {
    expect(
      mentionsOf(
        'U.S. special operations forces raided the compound. U.S. advisors, British personnel and U.S. defense officials watched U.S. military operations.',
        ['organization', 'location'],
      ),
    ).toEqual([
      'organization:U.S. special operations forces',
      'organization:U.S. advisors',
      'organization:British personnel',
      'organization:U.S. defense officials',
      'organization:U.S. military',
    ]);
  });

  it("sailors, airmen and Marines of a country or a service, and a body's service members, are groups", () => {
    expect(
      mentionsOf(
        'He was taken prisoner by U.S. Marines. U.S. Navy sailors and British airmen helped Coalition service members.',
        ['organization', 'location'],
      ),
    ).toEqual([
      'organization:U.S. Marines',
      'organization:U.S. Navy sailors',
      'organization:British airmen',
      'organization:Coalition service members',
    ]);
  });

  it('the Strait of Bab al Mandeb however it is spelled is the strait, no person', () => {
    expect(
      mentionsOf('Ships crossed the Strait of Bab al Mandeb and the Bab el-Mandeb Strait.', [
        'location',
        'person',
      ]),
    ).toEqual(['location:Strait of Bab al Mandeb', 'location:Bab el-Mandeb Strait']);
  });

  it('a unit and the formations it belongs to are one unit; a list of divisions stays a list', () => {
    const a = analyze(
      'He served in Headquarters Company, 3rd Battalion, 75th Ranger Regiment and later with 2nd Battalion, 1st Special Forces Group (Airborne). The 101st Airborne Division, 3rd Infantry Division and 1st Cavalry Division deployed.',
    );
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([
      'Headquarters Company, 3rd Battalion, 75th Ranger Regiment',
      '2nd Battalion, 1st Special Forces Group (Airborne)',
      '101st Airborne Division',
      '3rd Infantry Division',
      '1st Cavalry Division',
    ]);
  });

  it('military bases by their lead words, and two names that open alike are two places', () => {
    expect(
      mentionsOf(
        'He was assigned to Joint Base Lewis-McChord, Washington, and served at Naval Air Station Sigonella, Camp Lejeune and Camp Pendleton.',
        ['location', 'person'],
      ),
    ).toEqual([
      'location:Joint Base Lewis-McChord',
      'location:Washington',
      'location:Naval Air Station Sigonella',
      'location:Camp Lejeune',
      'location:Camp Pendleton',
    ]);
  });

  it('a country before its act or its forces is the state: "A U.S. airstrike", "a U.S. service member"', () => {
    expect(
      mentionsOf('A U.S. airstrike killed him near Idlib. A U.S. service member died in the raid.', [
        'organization',
        'location',
      ]),
    ).toEqual(['organization:U.S.', 'location:Idlib', 'organization:U.S.']);
  });

  it('"ISIL tactical units", "an ISIL tactical unit": the group a strike report engages is one organisation', () => {
    expect(
      mentionsOf('Nine strikes engaged seven ISIL tactical units. A strike engaged an ISIL tactical unit.', [
        'organization',
      ]),
    ).toEqual(['organization:ISIL tactical units', 'organization:ISIL tactical unit']);
  });

  it('"Department of Defense Press Briefing": the body, not the briefing', () => {
    expect(
      mentionsOf(
        'Department of Defense Press Briefing by Colonel Dorrian. Department of State Daily Press Briefing.',
        ['organization'],
      ),
    ).toEqual(['organization:Department of Defense', 'organization:Department of State']);
  });

  it('Arab names: "Abu Ahmad al-Iraqi" keeps its demonym, "Mohammed bin Zayed Al Nahyan" its family name', () => {
    expect(
      mentionsOf('A strike killed Abu Ahmad al-Iraqi. Sheikh Mohammed bin Zayed Al Nahyan met troops.', [
        'person',
        'nationality',
      ]),
    ).toEqual(['person:Abu Ahmad al-Iraqi', 'person:Mohammed bin Zayed Al Nahyan']);
  });

  it('"Bab al-Mandeb" is the strait, however spelt', () => {
    expect(mentionsOf('Iran fired missiles into the Bab al-Mandeb.', ['location', 'person'])).toEqual([
      'location:Iran',
      'location:Bab al-Mandeb',
    ]);
  });

  it('"ISIS-Yemen" is the branch, one organisation; "NATO-Russia talks" stay two; the DoD News byline is known', () => {
    expect(
      mentionsOf(
        'U.S. forces struck ISIS-Yemen camps. NATO-Russia talks resumed. By Jim Garamone, Defense Media Activity.',
        ['organization', 'location'],
      ),
    ).toEqual([
      'organization:U.S. forces',
      'organization:ISIS-Yemen',
      'organization:NATO',
      'location:Russia',
      'organization:Defense Media Activity',
    ]);
  });

  it('camps and areas named after a place: "the Rukban camp", "the Hamam al-Alil area"; "the Joint Staff" known', () => {
    expect(
      mentionsOf(
        'Families reached the Rukban camp and the Hamam al-Alil area, the director of the Joint Staff said.',
        ['location', 'organization'],
      ),
    ).toEqual(['location:Rukban camp', 'location:Hamam al-Alil area', 'organization:Joint Staff']);
  });

  it('unknown towns "in the vicinity of", after "at"/"from"/"to" with the Arabic article, and at either end of a route', () => {
    expect(
      mentionsOf(
        'Strikes hit positions in the vicinity of Al Shafah. Troops trained at Al Taqaddum and the crossing at al-Bab reopened. Convoys moved from Husaybah to Sinjar. Forces cleared Jurf al-Sakhar and Qaryat Zuwayr.',
        ['location'],
      ),
    ).toEqual([
      'location:Al Shafah',
      'location:Al Taqaddum',
      'location:al-Bab',
      'location:Husaybah',
      'location:Sinjar',
      'location:Jurf al-Sakhar',
      'location:Qaryat Zuwayr',
    ]);
    // "in" after a body's head word says where the body is; two towns after "near", one with its article.
    expect(
      mentionsOf(
        'The crew went to the Yemeni Coast Guard in Nishtun. Strikes near Sousah and Al Baghuz Fawqani hit.',
        ['location', 'organization'],
      ),
    ).toEqual([
      'organization:Yemeni Coast Guard',
      'location:Nishtun',
      'location:Sousah',
      'location:Al Baghuz Fawqani',
    ]);
    // The Arabic article written apart inside a name; a common word opening the sentence is no part of it.
    expect(
      mentionsOf('Forces struck off the coast of Ras al Hadd. Fighting in Jisr al Shughur continued.', [
        'location',
      ]),
    ).toEqual(['location:Ras al Hadd', 'location:Jisr al Shughur']);
    // A first name after "Al" is a person's ("Al Gore"); "from … to" between ranks lists no places.
    expect(
      mentionsOf('He met Al Gore at the summit. He rose from Private to Sergeant.', ['location']),
    ).toEqual([]);
  });

  it('bases and stations: "K-1 Air Base", "T-4 Airbase", "RAF Akrotiri", "the Al-Tanf Garrison", "Qayyarah Airfield West"', () => {
    expect(
      mentionsOf(
        'Jets flew from K-1 Air Base, T-4 Airbase and RAF Akrotiri. Troops at the Al-Tanf Garrison and advisers at Qayyarah Airfield West trained.',
        ['location', 'organization'],
      ),
    ).toEqual([
      'location:K-1 Air Base',
      'location:T-4 Airbase',
      'location:RAF Akrotiri',
      'location:Al-Tanf Garrison',
      'location:Qayyarah Airfield West',
    ]);
    // The air force itself, and its aircraft, are no station; a letter and a number before an event stay apart.
    expect(mentionsOf('The RAF said RAF Voyager tankers flew.', ['location'])).toEqual([]);
    expect(mentionsOf('He spoke at the G-20 Interfaith Conference.', ['location'])).toEqual([]);
  });

  it('AFRICOM: "the African Union Mission in Somalia (AMISOM)", "Kelley Barracks", and no body "attack Somali forces"', () => {
    expect(
      mentionsOf(
        'We support the African Union Mission in Somalia (AMISOM). Militants were preparing to attack Somali forces, AMISOM said from Kelley Barracks, Stuttgart.',
        ['organization', 'location', 'person'],
      ),
    ).toEqual([
      'organization:African Union Mission in Somalia',
      'organization:AMISOM',
      'organization:Somali forces',
      'organization:AMISOM',
      'location:Kelley Barracks',
      'location:Stuttgart',
    ]);
  });

  it('"Gallipoli Barracks in Enoggera" is two places; "Task Group Taji" a unit', () => {
    expect(
      mentionsOf(
        'The fifth rotation of Task Group Taji is drawn from the 7th Brigade, based at Gallipoli Barracks in Enoggera.',
        ['organization', 'location'],
      ),
    ).toEqual([
      'organization:Task Group Taji',
      'organization:7th Brigade',
      'location:Gallipoli Barracks',
      'location:Enoggera',
    ]);
  });

  it('"Lt. Gen. John Kolasheski and V Corps" are a general and a corps; a headline verb ends a name', () => {
    expect(
      mentionsOf('Forces will be under the command of Lt. Gen. John Kolasheski and V Corps in Poznan.', [
        'person',
        'organization',
        'location',
      ]),
    ).toEqual(['person:John Kolasheski', 'organization:V Corps', 'location:Poznan']);
    const briefing = analyze(
      'Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley Hold a Press Briefing\n\nGEN. MILLEY: Thank you.',
    );
    expect(briefing.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([
      'Mark A. Milley',
    ]);
  });

  it('British units: "the Royal Welsh Battlegroup", "the King\'s Royal Hussars", "22 Engineer Regiment", "Tapa Military Camp"', () => {
    expect(
      mentionsOf(
        "Troops from the Royal Welsh Battlegroup arrived at Tapa Military Camp with crews from the King's Royal Hussars and engineers from 22 Engineer Regiment. The King's speech followed.",
        ['organization', 'location', 'person'],
      ),
    ).toEqual([
      'organization:Royal Welsh Battlegroup',
      'location:Tapa Military Camp',
      "organization:King's Royal Hussars",
      'organization:22 Engineer Regiment',
      'person:King',
    ]);
  });

  it('a reservist\'s mark belongs to the rank, and a home town follows the age: "Lt. Col. (res.) Yonatan Avrahami, 41, from Kfar Saba"', () => {
    const a = analyze(
      'Lt. Col. (res.) Yonatan Avrahami, 41, from Kfar Saba, fell. Sgt. First Class (res.) Amit Rosenfeld, 26, from Ashdod, fell.',
    );
    expect(
      a.entities
        .filter((e) => e.type === 'person')
        .map((e) => e.mentions.map((m) => `${m.title?.text} ${m.text}`)),
    ).toEqual([['Lt. Col. (res.) Yonatan Avrahami'], ['Sgt. First Class (res.) Amit Rosenfeld']]);
    expect(a.entities.filter((e) => e.type === 'location').map((e) => e.name)).toEqual([
      'Kfar Saba',
      'Ashdod',
    ]);
  });

  it('forward bases and outposts: "Forward Operating Base Fenty" is a place, not a person named Fenty', () => {
    expect(
      mentionsOf(
        'Troops at Forward Operating Base Fenty, at Combat Outpost Keating, at FOB Salerno and at Firebase Saham waited.',
        ['location', 'person'],
      ),
    ).toEqual([
      'location:Forward Operating Base Fenty',
      'location:Combat Outpost Keating',
      'location:FOB Salerno',
      'location:Firebase Saham',
    ]);
  });

  it('no name runs across the lines of a header: "READOUT⏎OFFICE OF THE SPOKESPERSON", "… for Yemen⏎⏎Foreign Secretary"', () => {
    const readout = analyze(
      "Secretary Pompeo's Meeting With Iraqi Prime Minister Abdul-Mahdi\n\nREADOUT\nOFFICE OF THE SPOKESPERSON\nJanuary 9, 2019\n\nSecretary of State Michael R. Pompeo met today with Iraqi Prime Minister Adil Abdul-Mahdi in Baghdad.",
    );
    const crossing = readout.entities.flatMap((e) => e.mentions).filter((m) => m.text.includes('\n'));
    expect(crossing).toEqual([]);
    const aid = analyze(
      'UK announces £200 million in humanitarian aid for Yemen\n\nForeign Secretary Jeremy Hunt announces new funding.',
    );
    expect(aid.entities.find((e) => e.name === 'Jeremy Hunt')?.mentions.map((m) => m.title?.text)).toEqual([
      'Foreign Secretary',
    ]);
  });

  it('"and" lists two names when one side is known whole or a title opens a side', () => {
    expect(
      mentionsOf(
        "Militias such as Kata'ib Hizballah and Asa'ib Ahl al-Haq attacked troops at Taji and Qayyarah West Airfield.",
        ['organization', 'location'],
      ),
    ).toEqual([
      "organization:Kata'ib Hizballah",
      "organization:Asa'ib Ahl al-Haq",
      'location:Taji',
      'location:Qayyarah West Airfield',
    ]);
    expect(
      mentionsOf('The Ministry of Defence and The Rt Hon Gavin Williamson CBE announced it.', [
        'organization',
        'person',
      ]),
    ).toEqual(['organization:Ministry of Defence', 'person:Gavin Williamson']);
    // Names with "and" inside stay whole.
    expect(
      mentionsOf(
        'The Department of Health and Human Services, the Foreign and Commonwealth Office and the Olympic and Paralympic Games.',
        ['organization', 'event'],
      ),
    ).toEqual([
      'organization:Department of Health and Human Services',
      'organization:Foreign and Commonwealth Office',
      'event:Olympic and Paralympic Games',
    ]);
  });

  it('provinces as Afghan releases name them, and names joined by the Persian ezafe', () => {
    const text =
      'Taliban fighters attacked the district center of Nad-e Ali in Helmand province. Qala-i Naw fell. Helmand remains contested.';
    expect(mentionsOf(text, ['location'])).toEqual([
      'location:Nad-e Ali',
      'location:Helmand province',
      'location:Qala-i Naw',
      'location:Helmand',
    ]);
    const helmand = analyze(text).entities.filter((e) => e.name === 'Helmand');
    expect(helmand.map((e) => e.mentions.length)).toEqual([2]);
  });

  it('an unknown name and the administrative unit after it: "the Kharbat subdistrict", "Marlow county"', () => {
    expect(
      mentionsOf('Clearing operations in the Kharbat subdistrict and in Marlow county continued.', [
        'location',
      ]),
    ).toEqual(['location:Kharbat subdistrict', 'location:Marlow county']);
  });

  it('an unknown province is one place with its name alone: "Farah provinces" … "western Farah province"', () => {
    const a = analyze(
      'Forces moved into Nangarhar, Kunduz and Farah provinces. In western Farah province, the corps held.',
    );
    const farah = a.entities.filter((e) => e.type === 'location' && e.name === 'Farah');
    expect(farah.map((e) => e.mentions.map((m) => m.text))).toEqual([['Farah', 'western Farah province']]);
  });

  it('ranks written out: "Specialist Kowalczyk" is Spc. Tyler J. Kowalczyk', () => {
    const a = analyze('Spc. Tyler J. Kowalczyk, 21, died. Specialist Kowalczyk and Pvt. Jane Roe served.');
    expect(
      a.entities
        .filter((e) => e.type === 'person')
        .map((e) => [e.name, e.mentions.map((m) => `${m.title?.text} ${m.text}`)]),
    ).toEqual([
      ['Tyler J. Kowalczyk', ['Spc. Tyler J. Kowalczyk', 'Specialist Kowalczyk']],
      ['Jane Roe', ['Pvt. Jane Roe']],
    ]);
  });

  it('ranks with their grade or ordinal: "Petty Officer 1st Class", "Chief Warrant Officer 2", "1st Lt."', () => {
    const a = analyze(
      'Petty Officer 1st Class Jane Cole, Chief Warrant Officer 2 Tim Ray and 1st Lt. Amy Ford attended.',
    );
    expect(
      a.entities
        .filter((e) => e.type === 'person')
        .map((e) => e.mentions.map((m) => `${m.title?.text} ${m.text}`)),
    ).toEqual([
      ['Petty Officer 1st Class Jane Cole'],
      ['Chief Warrant Officer 2 Tim Ray'],
      ['1st Lt. Amy Ford'],
    ]);
  });

  it('a known surname continues the name ("Haider Al Abadi"); "In Turkey" is no qualifier of a title', () => {
    const a = analyze('Prime Minister Haider Al Abadi spoke. In Turkey Minister Ellwood met them.');
    const people = a.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.mentions[0]?.text)).toEqual(['Haider Al Abadi', 'Ellwood']);
    expect(people[1]?.mentions[0]?.title?.text).toBe('Minister');
  });

  it('a demonym opening a sentence is a nationality, never a place: "The Emirati and Qatari defense ministers"', () => {
    expect(
      mentionsOf('The Emirati and Qatari defense ministers attended talks at Al Udeid Air Base in Qatar.', [
        'nationality',
        'location',
      ]),
    ).toEqual(['nationality:Emirati', 'nationality:Qatari', 'location:Al Udeid Air Base', 'location:Qatar']);
  });

  it('"in al Bayda province": an Arabic article written apart opens the place; "at Dover" keeps its preposition out', () => {
    expect(
      mentionsOf(
        'A service member died in a raid in al Bayda province, Yemen, and was flown to Dover Air Force Base.',
        ['location'],
      ),
    ).toEqual(['location:al Bayda province', 'location:Yemen', 'location:Dover Air Force Base']);
  });
});
