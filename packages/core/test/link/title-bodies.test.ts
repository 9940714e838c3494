/**
 * Titles and the bodies they belong to, as military and corporate releases write them: a title in
 * lower case after a name ("commander of U.S. Central Command"), a title before "of" and a body
 * ("Chief Executive of Acme Corp."), two titles of one person ("President and CEO"), and the name
 * that follows the body ("Secretary General of NATO Jens Stoltenberg").
 */
import { describe, expect, it } from 'vitest';
import { type Analysis, analyze, type Entity } from '../../src/index.js';

const named = (a: Analysis, type: string, name: string): Entity | undefined =>
  a.entities.find((e) => e.type === type && e.name === name);
const idOf = (a: Analysis, type: string, name: string) => named(a, type, name)?.id;
const people = (a: Analysis) => a.entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('a title in apposition, in lower case, with the body after it', () => {
  it('"Gen. Joseph Votel, commander of U.S. Central Command": his role, of the command', () => {
    const a = analyze('Gen. Joseph Votel, commander of U.S. Central Command, visited Baghdad.');
    expect(named(a, 'person', 'Joseph Votel')?.roles).toEqual([
      { title: 'commander', of: idOf(a, 'organization', 'U.S. Central Command') },
    ]);
    expect(people(a)).toEqual(['Joseph Votel']);
  });

  it('the title mention spans the body it is of, which keeps its own mention', () => {
    const text =
      'Gen. Joseph Votel, commander of U.S. Central Command, met the Minister of Foreign Affairs of Iraq.';
    const a = analyze(text);
    expect(named(a, 'person', 'Joseph Votel')?.mentions.map((m) => m.text)).toEqual([
      'Joseph Votel',
      'commander of U.S. Central Command',
    ]);
    expect(named(a, 'organization', 'U.S. Central Command')?.mentions.map((m) => m.text)).toEqual([
      'U.S. Central Command',
    ]);
    expect(people(a)).toEqual(['Joseph Votel', 'Minister of Foreign Affairs of Iraq']);
    expect(named(a, 'location', 'Iraq')?.mentions.length).toBe(1);
  });

  it('"The commander of U.S. Central Command said": a lower-case title of a known body names someone', () => {
    const a = analyze(
      'The commander of U.S. Central Command visited Iraq. The spokesman for the Pentagon declined. The director of the film spoke.',
    );
    expect(people(a)).toEqual(['commander of U.S. Central Command', 'spokesman for the Pentagon']);
    expect(named(a, 'organization', 'U.S. Central Command')?.mentions.length).toBe(1);
  });

  it('"The commander of U.S. Central Command, Army Gen. Joseph Votel,": the title introduces the ranked name after its service', () => {
    const a = analyze(
      'The commander of U.S. Central Command, Army Gen. Joseph Votel, said the fight continues.',
    );
    expect(people(a)).toEqual(['Joseph Votel']);
    expect(named(a, 'person', 'Joseph Votel')?.mentions.map((m) => m.text)).toEqual([
      'commander of U.S. Central Command',
      'Joseph Votel',
    ]);
  });

  it('"spokesman for" a body whose name is longer than a title\'s complement', () => {
    const a = analyze(
      'Col. John Dorrian, spokesman for Combined Joint Task Force Operation Inherent Resolve, briefed reporters.',
    );
    expect(named(a, 'person', 'John Dorrian')?.roles).toEqual([
      {
        title: 'spokesman',
        of: idOf(a, 'organization', 'Combined Joint Task Force Operation Inherent Resolve'),
      },
    ]);
    expect(people(a)).toEqual(['John Dorrian']);
  });

  it('"the chief executive of Acme Corp." and "Chief Executive of Acme Corp.": the company is no part of the title', () => {
    for (const text of [
      'Jane Doe, the chief executive of Acme Corp., said it.',
      'Jane Doe, Chief Executive of Acme Corp., said it.',
    ]) {
      const a = analyze(text);
      const acme = idOf(a, 'organization', 'Acme Corp.');
      expect(acme).toBeDefined();
      expect(named(a, 'person', 'Jane Doe')?.roles.map((r) => r.of)).toEqual([acme]);
    }
  });

  it('"Chair and CEO, L3Harris Technologies": two titles of one person, of the company after a comma', () => {
    const a = analyze('said Christopher E. Kubasik, Chair and CEO, L3Harris Technologies.');
    expect(named(a, 'person', 'Christopher E. Kubasik')?.roles).toEqual([
      { title: 'Chair and CEO', of: idOf(a, 'organization', 'L3Harris Technologies') },
    ]);
  });
});

describe('the name after a title and its body', () => {
  it('"Secretary General of NATO Jens Stoltenberg": Stoltenberg, Secretary General of NATO', () => {
    const a = analyze('He met Secretary General of NATO Jens Stoltenberg.');
    expect(people(a)).toEqual(['Jens Stoltenberg']);
    expect(named(a, 'person', 'Jens Stoltenberg')?.roles).toEqual([
      { title: 'Secretary General', of: idOf(a, 'organization', 'NATO') },
    ]);
  });

  it('"Director of the Federal Bureau of Investigation Christopher Wray": the body stops before the name', () => {
    const a = analyze('Director of the Federal Bureau of Investigation Christopher Wray testified.');
    expect(named(a, 'organization', 'Federal Bureau of Investigation')).toBeDefined();
    expect(named(a, 'person', 'Christopher Wray')?.roles).toEqual([
      { title: 'Director', of: idOf(a, 'organization', 'Federal Bureau of Investigation') },
    ]);
  });

  it('"Minister for the Middle East Tobias Ellwood": the complement stops before a given name', () => {
    const a = analyze('Minister for the Middle East Tobias Ellwood marks one year since the attack.');
    expect(people(a)).toEqual(['Tobias Ellwood']);
    expect(named(a, 'person', 'Tobias Ellwood')?.roles).toEqual([{ title: 'Minister for the Middle East' }]);
  });

  it('"Minister for Foreign Affairs and Trade": two departments joined by "and" are one title', () => {
    const a = analyze('Minister for Foreign Affairs and Trade Julie Bishop spoke in Canberra.');
    expect(people(a)).toEqual(['Julie Bishop']);
    expect(named(a, 'person', 'Julie Bishop')?.roles).toEqual([
      { title: 'Minister for Foreign Affairs and Trade' },
    ]);
  });
});

describe('a department that runs on past its first word', () => {
  const roleOf = (text: string, name: string) =>
    named(analyze(text), 'person', name)?.roles.map((r) => r.title);

  it('"Minister for Economic Affairs and Climate Action", "Minister for Trade & Investment": the whole department', () => {
    expect(
      roleOf('Robert Habeck, Minister for Economic Affairs and Climate Action, said.', 'Robert Habeck'),
    ).toEqual(['Minister for Economic Affairs and Climate Action']);
    const a = analyze('Minister for Health and Social Care Sajid Javid said the plan would work.');
    expect(people(a)).toEqual(['Sajid Javid']);
    expect(named(a, 'person', 'Sajid Javid')?.roles.map((r) => r.title)).toEqual([
      'Minister for Health and Social Care',
    ]);
    expect(roleOf('Minister for Trade & Investment Jane Doe said.', 'Jane Doe')).toEqual([
      'Minister for Trade & Investment',
    ]);
  });

  it('"Minister for Defence Procurement James Cartlidge", "Secretary for Environment, Food and Rural Affairs"', () => {
    const a = analyze('The Minister for Defence Procurement, James Cartlidge, said.');
    expect(people(a)).toEqual(['James Cartlidge']);
    expect(named(a, 'person', 'James Cartlidge')?.roles.map((r) => r.title)).toEqual([
      'Minister for Defence Procurement',
    ]);
    expect(
      roleOf('Secretary for Environment, Food and Rural Affairs George Eustice said.', 'George Eustice'),
    ).toEqual(['Secretary for Environment, Food and Rural Affairs']);
  });

  it('an uncommon word before a department\'s last word, and "the" opening the last part: "… Multicultural Affairs", "… and the Public Service"', () => {
    expect(
      roleOf(
        'Minister for Immigration, Citizenship and Multicultural Affairs Andrew Giles said.',
        'Andrew Giles',
      ),
    ).toEqual(['Minister for Immigration, Citizenship and Multicultural Affairs']);
    expect(roleOf("Minister for Home Affairs and Cyber Security Clare O'Neil said.", "Clare O'Neil")).toEqual(
      ['Minister for Home Affairs and Cyber Security'],
    );
    expect(
      roleOf('Minister for Finance, Women and the Public Service Katy Gallagher said.', 'Katy Gallagher'),
    ).toEqual(['Minister for Finance, Women and the Public Service']);
  });

  it('a portfolio ends before its holder\'s name ("Minister of Economy Yoji Muto") and is no body ("Minister for Civil Society")', () => {
    expect(roleOf("Japan's Minister of Economy, Trade and Industry Yoji Muto said.", 'Yoji Muto')).toEqual([
      'Minister of Economy, Trade and Industry',
    ]);
    expect(roleOf('Minister for Science and Technology Raj Patel spoke.', 'Raj Patel')).toEqual([
      'Minister for Science and Technology',
    ]);
    const a = analyze('The Minister for Civil Society, Stephanie Peacock MP, welcomed it.');
    expect(a.entities.filter((e) => e.type === 'organization')).toEqual([]);
    expect(named(a, 'person', 'Stephanie Peacock')?.roles).toEqual([{ title: 'Minister for Civil Society' }]);
  });

  it('not past a given name, a second title or another body: "Secretary of Defense Mark Esper", "… and Emergency Relief Coordinator"', () => {
    expect(roleOf('Secretary of Defense Mark Esper said.', 'Mark Esper')).toEqual(['Secretary of Defense']);
    expect(
      roleOf(
        'Martin Griffiths, Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, said.',
        'Martin Griffiths',
      ),
    ).toEqual(['Under-Secretary-General for Humanitarian Affairs']);
    const a = analyze('The Secretary of State and NATO Secretary General Jens Stoltenberg met.');
    expect(named(a, 'person', 'Jens Stoltenberg')?.roles.map((r) => r.title)).toEqual(['Secretary General']);
    expect(named(a, 'organization', 'NATO')).toBeDefined();
    const attorney = analyze('Minister for Justice and Attorney-General Mark Dreyfus released the review.');
    expect(
      attorney.entities.some((e) => e.mentions.some((m) => m.text === 'Minister for Justice and Attorney')),
    ).toBe(false);
    // "Minister for Trade and Investment Queensland": the state's minister, no one called Queensland.
    const state = analyze('Minister for Trade and Investment Queensland announced a new office in Tokyo.');
    expect(people(state)).not.toContain('Queensland');
    expect(named(state, 'location', 'Queensland')).toBeDefined();
    const listed = analyze('Minister for Trade and Jane Doe were there.');
    expect(named(listed, 'person', 'Jane Doe')?.roles).toEqual([]);
  });
});

describe('a title in lower case before "at" and its employer', () => {
  it('"chief economist at Westpac", "head of policy at the Grattan Institute": the whole post, of that body', () => {
    const a = analyze(
      'Jane Lee, chief economist at Westpac, said rates would fall. Ann Fox, head of policy at the Grattan Institute, agreed.',
    );
    expect(named(a, 'person', 'Jane Lee')?.roles).toEqual([
      { title: 'chief economist', of: idOf(a, 'organization', 'Westpac') },
    ]);
    expect(named(a, 'person', 'Ann Fox')?.roles).toEqual([
      { title: 'head of policy', of: idOf(a, 'organization', 'Grattan Institute') },
    ]);
  });

  it('not over a clause: "the commander arrived at Bagram"', () => {
    const a = analyze('Gen. John Smith is the commander. The commander arrived at Bagram on Monday.');
    expect(a.entities.some((e) => e.mentions.some((m) => m.text.startsWith('commander arrived')))).toBe(
      false,
    );
  });
});

describe('a title that holds a shorter one', () => {
  it('"U.S. Attorney General Merrick Garland" is the Attorney General, not a U.S. Attorney called General', () => {
    const a = analyze('U.S. Attorney General Merrick Garland said. U.S. Attorney Jessica Aber agreed.');
    expect(people(a)).toEqual(['Merrick Garland', 'Jessica Aber']);
    expect(named(a, 'person', 'Merrick Garland')?.roles).toEqual([{ title: 'U.S. Attorney General' }]);
    expect(named(a, 'person', 'Jessica Aber')?.roles).toEqual([{ title: 'U.S. Attorney' }]);
  });
});

describe('a name alone on its line, its title on the next', () => {
  it('a contact block\'s "Rachel Kim⏎Director of Communications, Northvale Robotics" is her title, no other person', () => {
    const a = analyze(
      'Northvale Robotics launches Harbor X2\n\nThe company said the drone would ship in March.\n\nMedia Contact:\nRachel Kim\nDirector of Communications, Northvale Robotics\nrachel.kim@northvalerobotics.com\n',
    );
    expect(people(a)).toEqual(['Rachel Kim']);
    expect(named(a, 'person', 'Rachel Kim')?.roles.map((r) => r.title)).toEqual([
      'Director of Communications',
    ]);
  });

  it("a byline's two titles under the name are both hers; a title line after a sentence is not", () => {
    const a = analyze(
      'The Hon Madeleine King MP\nMinister for Resources\nMinister for Northern Australia\n\nMEDIA RELEASE\n\nThe Government will invest $840 million.',
    );
    expect(people(a)).toEqual(['Madeleine King']);
    expect(named(a, 'person', 'Madeleine King')?.roles.map((r) => r.title)).toEqual([
      'Minister for Resources',
      'Minister for Northern Australia',
    ]);
    const prose = analyze('The plan was welcomed by Jane Doe.\nMinister for Resources Tom Smith said more.');
    expect(named(prose, 'person', 'Jane Doe')?.roles).toEqual([]);
  });
});

describe('a title alone after an apposition named its holder', () => {
  it('"the Minister of Foreign Affairs of Ukraine, Dmytro Kuleba" … "Minister of Foreign Affairs of Ukraine:" is Kuleba', () => {
    const a = analyze(
      'Joint press conference by the Minister of Foreign Affairs of Ukraine, Dmytro Kuleba, and others.\n\nMinister of Foreign Affairs of Ukraine: If I may add, we need air defence.',
    );
    const kuleba = a.entities.find((e) => e.name === 'Dmytro Kuleba');
    expect(kuleba?.mentions.map((m) => m.text)).toEqual([
      'Minister of Foreign Affairs of Ukraine',
      'Dmytro Kuleba',
      'Minister of Foreign Affairs of Ukraine',
    ]);
  });
});

describe('a title between two names', () => {
  it('"Qasim al-Rimi, the leader of AQAP, President Trump said": the title is al-Rimi\'s', () => {
    const a = analyze('The strike killed Qasim al-Rimi, the leader of AQAP, President Trump said.');
    expect(named(a, 'person', 'Qasim al-Rimi')?.roles.map((r) => r.title)).toEqual(['leader']);
    expect(named(a, 'person', 'Donald Trump')?.roles.map((r) => r.title)).toEqual(['President']);
  });

  it('a known body and a lower-case title after the comma: "Col. Joe Buccino, U.S. Central Command spokesperson," (was no role)', () => {
    const a = analyze('Col. Joe Buccino, U.S. Central Command spokesperson, said the strike was lawful.');
    const buccino = named(a, 'person', 'Joe Buccino');
    expect(buccino?.mentions.map((m) => m.text)).toEqual([
      'Joe Buccino',
      'U.S. Central Command spokesperson',
    ]);
    expect(buccino?.roles).toContainEqual({
      title: 'spokesperson',
      of: named(a, 'organization', 'U.S. Central Command')?.id,
    });
  });

  it('"Commanding General" is an office: "Bill Smith, Commanding General of the 1st Armored Division,"', () => {
    const a = analyze(
      'Bill Smith, Commanding General of the 1st Armored Division, said the drill went well.',
    );
    expect(named(a, 'person', 'Bill Smith')?.roles.map((r) => r.title)).toEqual(['Commanding General']);
  });

  it('post-nominals between the name and the comma: "the Hon Tony Burke MP, Minister for Employment" (was an unnamed minister)', () => {
    const a = analyze(
      'Joint media release with the Hon Tony Burke MP, Minister for Employment and Workplace Relations.',
    );
    expect(named(a, 'person', 'Tony Burke')?.mentions.map((m) => m.text)).toEqual([
      'Tony Burke',
      'Minister for Employment and Workplace Relations',
    ]);
    const b = analyze('The Rt Hon Sir Keir Starmer KCB KC MP, Prime Minister, said the plan would work.');
    expect(named(b, 'person', 'Keir Starmer')?.roles.map((r) => r.title)).toEqual(['Prime Minister']);
    expect(people(b)).toEqual(['Keir Starmer']);
  });

  it('with no name before, a titled name after the comma is the holder: "Australia\'s Minister for Defence, Senator Marise Payne,"', () => {
    const a = analyze("Australia's Minister for Defence, Senator Marise Payne, announced a deployment.");
    expect(named(a, 'person', 'Marise Payne')?.mentions.map((m) => m.text)).toEqual([
      'Minister for Defence',
      'Marise Payne',
    ]);
  });
});

describe("a title's head word alone is the one person holding a title of that head", () => {
  it('"the Chairman" is the Chairman of the Joint Chiefs of Staff named, "the Secretary" the Secretary of Defense', () => {
    const a = analyze(
      'Secretary of Defense Lloyd J. Austin III and Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley briefed reporters. The Chairman said the force was ready. The Secretary agreed.',
    );
    expect(named(a, 'person', 'Mark A. Milley')?.mentions.map((m) => m.text)).toContain('Chairman');
    expect(named(a, 'person', 'Lloyd J. Austin III')?.mentions.map((m) => m.text)).toContain('Secretary');
    expect(people(a)).toEqual(['Lloyd J. Austin III', 'Mark A. Milley']);
  });

  it('a title with a complement of its own, "the President" and "the Minister" are not the head word alone', () => {
    const air = analyze('Secretary of Defense Lloyd Austin met the Secretary of the Air Force on Monday.');
    expect(people(air)).toEqual(['Lloyd Austin', 'Secretary of the Air Force']);
    const mexico = analyze(
      'Today, the President met with President of Mexico Andrés Manuel López Obrador. The President underscored ties.',
    );
    expect(
      mexico.entities.find((e) => e.name.startsWith('Andrés'))?.mentions.map((m) => m.text),
    ).not.toContain('President');
    const ministers = analyze(
      'Minister of Foreign Affairs Penny Wong met Minister for Defence Richard Marles. The Minister said so.',
    );
    expect(named(ministers, 'person', 'Penny Wong')?.mentions.map((m) => m.text)).toEqual(['Penny Wong']);
  });

  it('"the Minister" in a minister\'s own release is that minister (was an unnamed "Minister")', () => {
    const a = analyze(
      'The Minister for Foreign Affairs, Mr Andrew Peacock, today announced a grant. The Minister said that Australia was sympathetic. The effort deserved support, the Minister said.',
    );
    expect(named(a, 'person', 'Andrew Peacock')?.mentions.map((m) => m.text)).toEqual([
      'Minister for Foreign Affairs',
      'Andrew Peacock',
      'Minister',
      'Minister',
    ]);
    expect(people(a)).toEqual(['Andrew Peacock']);
  });

  it('"the Minister" after a minister named by portfolio ("Health Minister Nicola Roxon"), never the Prime Minister', () => {
    const a = analyze(
      'Prime Minister Julia Gillard and Health Minister Nicola Roxon announced a grant. The Minister said the money would help.',
    );
    expect(named(a, 'person', 'Nicola Roxon')?.mentions.map((m) => m.text)).toEqual([
      'Nicola Roxon',
      'Minister',
    ]);
    const pm = analyze(
      'Prime Minister Julia Gillard announced a grant. The Minister said the money would help.',
    );
    expect(named(pm, 'person', 'Julia Gillard')?.mentions.map((m) => m.text)).toEqual(['Julia Gillard']);
    const two = analyze(
      'Foreign Minister Penny Wong met Defence Minister Richard Marles. The Minister said so.',
    );
    expect(people(two)).toEqual(['Penny Wong', 'Richard Marles', 'Minister']);
  });

  it('with another office of that head written, unnamed, "the Secretary" is no one named', () => {
    const a = analyze(
      'Secretary of the Navy Carlos Del Toro met the Secretary of Defense on Monday. The Secretary said so.',
    );
    expect(named(a, 'person', 'Carlos Del Toro')?.mentions.map((m) => m.text)).toEqual(['Carlos Del Toro']);
  });

  it('with a Secretary of State named too, "the Secretary" is neither', () => {
    const a = analyze(
      'Secretary of Defense Lloyd J. Austin III met Secretary of State Antony Blinken. The Secretary said they agreed.',
    );
    expect(people(a)).toEqual(['Lloyd J. Austin III', 'Antony Blinken', 'Secretary']);
  });
});

describe('a title heading a transcript with its holder on the next line', () => {
  it('"Prime Minister⏎The Hon Anthony Albanese MP": "Prime Minister" is Albanese throughout, not the visiting Prime Minister Chinh', () => {
    const a = analyze(
      'Doorstop - Frankston, Victoria\n\nPrime Minister\nThe Hon Anthony Albanese MP\n\nJOURNALIST: Prime Minister, will you raise rights with Prime Minister Pham Minh Chinh? Prime Minister Chinh will be in Canberra.',
    );
    expect(a.entities.find((e) => e.name === 'Anthony Albanese')?.mentions.map((m) => m.text)).toEqual([
      'Prime Minister',
      'Anthony Albanese',
      'Prime Minister',
    ]);
    expect(a.entities.find((e) => e.name === 'Pham Minh Chinh')?.mentions.map((m) => m.text)).toEqual([
      'Pham Minh Chinh',
      'Chinh',
    ]);
  });
});

describe('titles that are not one person', () => {
  it('"the Prime Minister and President Hollande" are two people', () => {
    const a = analyze('The Prime Minister and President Hollande discussed co-operation.');
    expect(people(a)).toEqual(['Prime Minister', 'Hollande']);
    expect(named(a, 'person', 'Hollande')?.roles).toEqual([{ title: 'President' }]);
  });

  it('"Deputy Prime Minister and Defense Minister Richard Marles" is one', () => {
    const a = analyze('He met Deputy Prime Minister and Defense Minister Richard Marles.');
    expect(people(a)).toEqual(['Richard Marles']);
    expect(named(a, 'person', 'Richard Marles')?.roles).toEqual([
      { title: 'Deputy Prime Minister and Defense Minister' },
    ]);
  });

  it('a title after "as" names no one: "he served as Director and Head of Customer Engineering"', () => {
    const a = analyze(
      'Scott Jensen joined Cloudbench. Before that, he served as Director and Head of Customer Engineering at SADA, where he built teams.',
    );
    expect(people(a)).toEqual(['Scott Jensen']);
    expect(named(a, 'person', 'Scott Jensen')?.mentions.map((m) => m.text)).toEqual([
      'Scott Jensen',
      'he',
      'he',
    ]);
  });

  it('"the Chief Medical Officer’s guidelines" make no person called "Medical Officer"', () => {
    const a = analyze('Adults exceed the Chief Medical Officer’s (CMO) alcohol guidelines.');
    expect(people(a)).not.toContain('Medical Officer');
    expect(a.entities.filter((e) => e.type === 'role').map((e) => e.name)).not.toContain('Chief');
  });

  it('a title in apposition may open with its body: "Staffan de Mistura, the UN Special Envoy for Syria,"', () => {
    const a = analyze('Staffan de Mistura, the UN Special Envoy for Syria, spoke to reporters.');
    expect(people(a)).toEqual(['Staffan de Mistura']);
    const envoy = named(a, 'person', 'Staffan de Mistura');
    expect(envoy?.mentions.map((m) => m.text)).toEqual(['Staffan de Mistura', 'UN Special Envoy for Syria']);
    expect(envoy?.roles).toEqual([
      { title: 'Special Envoy for Syria', of: named(a, 'organization', 'UN')?.id },
    ]);
  });

  it('a name ending on "Jr." takes the title in apposition after it', () => {
    const a = analyze(
      'Army Gen. John W. Nicholson Jr., commander of Resolute Support, met Afghan President Ashraf Ghani.',
    );
    const nicholson = named(a, 'person', 'John W. Nicholson Jr.');
    expect(nicholson?.mentions.map((m) => m.text)).toEqual([
      'John W. Nicholson Jr.',
      'commander of Resolute Support',
    ]);
    expect(nicholson?.roles).toEqual([
      { title: 'commander', of: named(a, 'organization', 'Resolute Support')?.id },
    ]);
  });

  it('"X, a spokesman for …" gives X the role', () => {
    const a = analyze('"We grieve," said Army Col. John L. Dorrian, a spokesman for the task force.');
    expect(named(a, 'person', 'John L. Dorrian')?.roles).toEqual([{ title: 'spokesman' }]);
  });

  it('in a list of titles and names, each title goes to the name it introduces, whatever the given name', () => {
    const a = analyze(
      'He met the President of Uzbekistan, Shavkat Miromonovich Mirziyoyev, his Advisor on Strategic Development, Sardor Umurzakov, and the Minister of Foreign Affairs of Uzbekistan, Bakhtiyor Saidov.',
    );
    expect(
      a.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.roles.map((r) => r.title)]),
    ).toEqual([
      ['Shavkat Miromonovich Mirziyoyev', ['President of Uzbekistan']],
      ['Sardor Umurzakov', ['Advisor on Strategic Development']],
      ['Bakhtiyor Saidov', ['Minister of Foreign Affairs']],
    ]);
  });

  it('an honorific may open the name a title introduces: "The Minister for Foreign Affairs, Mr Andrew Peacock,"', () => {
    const a = analyze('The Minister for Foreign Affairs, Mr Andrew Peacock, said the talks were useful.');
    expect(people(a)).toEqual(['Andrew Peacock']);
    expect(named(a, 'person', 'Andrew Peacock')?.roles).toEqual([{ title: 'Minister for Foreign Affairs' }]);
  });

  it('"State’s Attorney" is a title, with its modifier; the title alone, either apostrophe, is its holder', () => {
    const a = analyze(
      "Office of the Cook County State's Attorney\n\nCook County State’s Attorney Eileen O’Neill Burke announced charges. Assistant State’s Attorney Nick Campbell presented the case.",
    );
    expect(named(a, 'person', 'Eileen O’Neill Burke')?.roles).toEqual([{ title: 'State’s Attorney' }]);
    expect(named(a, 'person', 'Nick Campbell')?.roles).toEqual([{ title: 'Assistant State’s Attorney' }]);
    expect(people(a)).toEqual(['Eileen O’Neill Burke', 'Nick Campbell']);
  });
});

describe('titles in the plural', () => {
  it('"U.S. Sens. Mark R. Warner and Tim Kaine", "Reps. A, B and C": each named person holds the title, in full', () => {
    const roles = (text: string, name: string) =>
      analyze(text)
        .entities.find((e) => e.type === 'person' && e.name === name)
        ?.roles.map((r) => r.title);
    const senators = 'U.S. Sens. Mark R. Warner and Tim Kaine wrote.';
    expect([roles(senators, 'Mark R. Warner'), roles(senators, 'Tim Kaine')]).toEqual([
      ['Senator'],
      ['Senator'],
    ]);
    const reps = 'Reps. Mike Turner, Joyce Beatty and Max Miller agreed.';
    expect(['Mike Turner', 'Joyce Beatty', 'Max Miller'].map((name) => roles(reps, name))).toEqual([
      ['Representative'],
      ['Representative'],
      ['Representative'],
    ]);
    // A title in the singular is the first name's only.
    expect(roles('Sen. Mark Warner and Tim Kaine met.', 'Tim Kaine')).toEqual([]);
  });
});

describe("a company officer's title and the company it is of", () => {
  const release = [
    'Acme Health opens clinic',
    '',
    'LONDON, 3 March 2025 – Acme Health opened its first clinic in Leeds today.',
    '',
    'Jane Smith, Chief Medical Officer of Acme Health, said the clinic would treat 2,000 patients a year.',
    '',
    'Media contact:',
    'Dr Jane Smith',
    'Chief Medical Officer',
    'jane.smith@example.org',
  ].join('\n');

  it('"Chief Medical Officer of Acme Health": her role, of a company no list knows (was a person "Officer of Acme Health")', () => {
    const a = analyze(release);
    expect(people(a)).toEqual(['Jane Smith']);
    const acme = named(a, 'organization', 'Acme Health');
    // Its name written again, in the headline and the lead, is the company too.
    expect(acme?.mentions.map((m) => m.text)).toEqual(['Acme Health', 'Acme Health', 'Acme Health']);
    expect(named(a, 'person', 'Jane Smith')?.roles).toEqual([
      { title: 'Chief Medical Officer', of: acme?.id },
    ]);
    // The contact block's title line is hers too.
    expect(named(a, 'person', 'Jane Smith')?.mentions.map((m) => m.text)).toContain('Chief Medical Officer');
  });

  it('other officers and founders: "CEO of Brightline", "Co-Founder of Blue Harbor Labs"; not "of England", not "CEO of Operations"', () => {
    const a = analyze(
      'Tom Lee, CEO of Brightline, and Sam Roe, Co-Founder of Blue Harbor Labs, spoke. Ann Ray, Chief Medical Officer of England, and Kim Ode, CEO of Operations, agreed.',
    );
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([
      'Brightline',
      'Blue Harbor Labs',
    ]);
    expect(people(a)).toEqual(['Tom Lee', 'Sam Roe', 'Ann Ray', 'Kim Ode']);
  });

  it('a department, a field of work, two companies or a place after the officer\'s "of" make no company', () => {
    const a = analyze(
      'Tom Brown, CEO of Global Operations, said. Ann Lee, Managing Director of Investment Banking, agreed. Sundar Pichai, CEO of Google and Alphabet, spoke. John Lee, Chief Executive of the Hong Kong Special Administrative Region (HKSAR), left. Jon Smith, Chief Digital Officer of New York City, resigned.',
    );
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([]);
    expect(people(a)).toEqual(['Tom Brown', 'Ann Lee', 'Sundar Pichai', 'John Lee', 'Jon Smith']);
  });

  it('the company named before the sentence ends is found there and elsewhere: "… Chief Medical Officer of Acme Health."', () => {
    const a = analyze(
      'Acme Health today announced positive results. "We are thrilled," said Dr. Jane Smith, Chief Medical Officer of Acme Health.',
    );
    expect(named(a, 'organization', 'Acme Health')?.mentions.map((m) => m.text)).toEqual([
      'Acme Health',
      'Acme Health',
    ]);
  });

  it('titles no name goes with are one person per body: "the Minister of Foreign Affairs of Japan" and "… of South Korea" are two; "the Director" after "the Director of the FBI" is the FBI\'s', () => {
    const a = analyze(
      'The Secretary met the Minister of Foreign Affairs of Japan and later the Minister of Foreign Affairs of South Korea. The Minister of Foreign Affairs of Japan thanked him.',
    );
    expect(people(a)).toEqual([
      'Secretary',
      'Minister of Foreign Affairs of Japan',
      'Minister of Foreign Affairs of South Korea',
    ]);
    expect(
      people(analyze('The Director of the FBI met reporters. The Director said the bureau was ready.')),
    ).toEqual(['Director of the FBI']);
  });

  it('a headline\'s verb of appointment ends the company\'s name: "Morgan Stanley Names Ted Pick CEO" (was a person "Morgan Stanley Names")', () => {
    const a = analyze('Morgan Stanley Names Ted Pick CEO');
    expect(people(a)).toEqual(['Ted Pick']);
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([
      'Morgan Stanley',
    ]);
  });

  it('a company named first without its legal form goes by the fuller name: "Acme Robotics Names …" then "Acme Robotics Inc."', () => {
    const a = analyze(
      'Acme Robotics Names Dana Whitfield Chief Executive Officer\n\nPITTSBURGH, March 3, 2025 -- Acme Robotics Inc., a maker of warehouse robots, announced the change.',
    );
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([
      'Acme Robotics Inc.',
    ]);
  });

  it('a body written before the title counts as well: "FBI Director Christopher Wray met the Director of the CIA"; "NATO Secretary General … the Secretary General of NATO" is one', () => {
    expect(people(analyze('FBI Director Christopher Wray met the Director of the CIA on Tuesday.'))).toEqual([
      'Christopher Wray',
      'Director of the CIA',
    ]);
    expect(
      people(
        analyze('NATO Secretary General Jens Stoltenberg spoke. The Secretary General of NATO said more.'),
      ),
    ).toEqual(['Jens Stoltenberg']);
  });

  it('the same body by another of its names is the same office: "Director of the FBI" … "the Director of the Federal Bureau of Investigation"', () => {
    const a = analyze(
      'Director of the FBI Christopher Wray spoke. The Director of the Federal Bureau of Investigation said more.',
    );
    expect(people(a)).toEqual(['Christopher Wray']);
  });

  it('after a verb of appointment, the title right after the name is that person\'s: "Acme Names Jane Doe Chief Data Officer"', () => {
    for (const [text, name, title] of [
      ['Acme Analytics Names Jane Doe Chief Data Officer', 'Jane Doe', 'Chief Data Officer'],
      [
        'The board appointed Tom Lee Chief Executive Officer on Monday.',
        'Tom Lee',
        'Chief Executive Officer',
      ],
      ['Acme Robotics Appoints Jane Doe Chief Financial Officer', 'Jane Doe', 'Chief Financial Officer'],
    ] as const) {
      const a = analyze(text);
      expect(people(a)).toEqual([name]);
      expect(named(a, 'person', name)?.roles).toEqual([{ title }]);
    }
  });

  it('the same title of another body is someone else: "the Director of the CIA" is not the FBI Director named before', () => {
    const a = analyze(
      'The Director of the FBI Christopher Wray agreed. The Director of the CIA spoke. Later the Director of the FBI said more.',
    );
    expect(people(a)).toEqual(['Christopher Wray', 'Director of the CIA']);
    expect(named(a, 'person', 'Christopher Wray')?.mentions.map((m) => m.text)).toEqual([
      'Christopher Wray',
      'Director of the FBI',
    ]);
  });
});

describe("a company's short name read as a company of its own", () => {
  it('"CEO of Brightline" in a release about "Brightline Analytics" is that company; "Acme" between two Acme companies stays apart', () => {
    const a = analyze(
      'Funding news\n\nBrightline Analytics, a Denver company, raised $40 million. "We are ready," said Maya Chen, co-founder and CEO of Brightline. Brightline will hire.',
    );
    const company = named(a, 'organization', 'Brightline Analytics');
    expect(company?.mentions.map((m) => m.text)).toEqual([
      'Brightline Analytics',
      'Brightline',
      'Brightline',
    ]);
    expect(named(a, 'person', 'Maya Chen')?.roles).toEqual([
      { title: 'co-founder and CEO', of: company?.id },
    ]);
    const two = analyze('Acme Health Labs and Acme Software Labs merged. Jo Ray, CEO of Acme, said so.');
    expect(two.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([
      'Acme Health Labs',
      'Acme Software Labs',
      'Acme',
    ]);
  });
});

describe('a two-word head standing alone', () => {
  it('"the Chief Executive" after "John Lee, Chief Executive of the … Region" is him (was an unnamed person)', () => {
    const a = analyze(
      'Mr Wei Zhang, Chief Executive of the Macao Special Administrative Region, led the mission. The Chief Executive said trade would grow.',
    );
    const people = a.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Wei Zhang']);
    expect(people[0]?.mentions.map((m) => m.text)).toContain('Chief Executive');
  });
});
