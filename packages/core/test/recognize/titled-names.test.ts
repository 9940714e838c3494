/** Names after a title: surnames that open with a particle, and people the knowledge base knows. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function people(text: string) {
  return analyze(text)
    .entities.filter((e) => e.type === 'person')
    .map((e) => ({
      name: e.name,
      mentions: e.mentions.map((m) => (m.title ? `${m.title.text} ${m.text}` : m.text)),
    }));
}

describe('a name after a title', () => {
  it('may open with the particles of its surname', () => {
    expect(people('President von der Leyen met Mr van Rompuy and Ms. de la Cruz.')).toEqual([
      { name: 'Ursula von der Leyen', mentions: ['President von der Leyen'] },
      { name: 'van Rompuy', mentions: ['Mr van Rompuy'] },
      { name: 'de la Cruz', mentions: ['Ms. de la Cruz'] },
    ]);
    expect(
      people('The Secretary de facto agreed. The Director of Van Buren County spoke.').map((p) => p.name),
    ).toEqual(['Secretary', 'Director of Van Buren County']);
  });

  it('knows a leader of four words however it is spelt: "President Abd Rabbuh Mansour Hadi"', () => {
    expect(people('President Abd Rabbuh Mansour Hadi agreed.')).toEqual([
      { name: 'Abdrabbuh Mansur Hadi', mentions: ['President Abd Rabbuh Mansour Hadi'] },
    ]);
  });

  it('may hold two particles inside, and the title stays with it, not with the name before', () => {
    expect(
      people(
        'Attending were UK Defence Secretary Sir Michael Fallon, German Federal Minister of Defence Ursula von der Leyen and Minister of Defence Hans von der Trapp.',
      ),
    ).toEqual([
      { name: 'Michael Fallon', mentions: ['UK Defence Secretary', 'Sir Michael Fallon'] },
      { name: 'Ursula von der Leyen', mentions: ['German Federal Minister of Defence Ursula von der Leyen'] },
      { name: 'Hans von der Trapp', mentions: ['Minister of Defence Hans von der Trapp'] },
    ]);
  });

  it('after a title in lower case, whatever the given name; the surname alone then is the same person', () => {
    expect(
      people(
        'Taliban spokesman Zabihullah Mujahid said the group would respond. Mujahid added that talks would continue. The provincial police chief Gul Agha Sherzai denied it.',
      ),
    ).toEqual([
      { name: 'Zabihullah Mujahid', mentions: ['Taliban spokesman Zabihullah Mujahid', 'Mujahid'] },
      { name: 'Gul Agha Sherzai', mentions: ['police chief Gul Agha Sherzai'] },
    ]);
    // The body written before the title is what the role is of.
    const a = analyze('Taliban spokesman Zabihullah Mujahid said the group would respond.');
    const taliban = a.entities.find((e) => e.name === 'Taliban');
    expect(a.entities.find((e) => e.name === 'Zabihullah Mujahid')?.roles).toEqual([
      { title: 'spokesman', of: taliban?.id },
    ]);
    // One capitalised word, a known body or a place after the title is no one's name.
    expect(
      people(
        'The spokesman Tuesday declined to comment. The commander General Dynamics hired left. A spokesman in Kabul Province said.',
      ),
    ).toEqual([]);
  });

  it('reads the titles named by a portfolio whole: "Armed Forces Minister", "International Development Secretary"', () => {
    expect(
      people(
        'Armed Forces Minister Mark Lancaster and International Development Secretary Penny Mordaunt met Middle East Minister Alistair Burt.',
      ),
    ).toEqual([
      { name: 'Mark Lancaster', mentions: ['Armed Forces Minister Mark Lancaster'] },
      { name: 'Penny Mordaunt', mentions: ['International Development Secretary Penny Mordaunt'] },
      { name: 'Alistair Burt', mentions: ['Middle East Minister Alistair Burt'] },
    ]);
  });

  it('after a title and a comma, a town’s name may be the surname', () => {
    expect(people('The Armed Forces Minister, Mark Lancaster, visited the troops.')).toEqual([
      { name: 'Mark Lancaster', mentions: ['Armed Forces Minister', 'Mark Lancaster'] },
    ]);
  });

  it('takes no staff function after a title for a name: "Deputy Commander Operations"', () => {
    expect(
      people('Air Marshal Greg Bagwell, Deputy Commander Operations, said so.').map((p) => p.name),
    ).toEqual(['Greg Bagwell']);
  });

  it('knows the Navy ratings of a release byline', () => {
    expect(people('By Mass Communication Specialist 2nd Class Kyle Carlstrom')).toEqual([
      { name: 'Kyle Carlstrom', mentions: ['Mass Communication Specialist 2nd Class Kyle Carlstrom'] },
    ]);
  });

  it('reads ranks in a row as one title, and "General Staff" or "General Headquarters" as no one', () => {
    expect(
      people(
        'Kuwait Naval Force Commander Brig. Gen. Hazza Al Mutairi met Col. Gen. Mohamed Zaki and the Chief of the General Staff Gen. Valery Gerasimov at General Headquarters.',
      ),
    ).toEqual([
      { name: 'Hazza Al Mutairi', mentions: ['Commander Brig. Gen. Hazza Al Mutairi'] },
      { name: 'Mohamed Zaki', mentions: ['Col. Gen. Mohamed Zaki'] },
      // The office is his too, a role reference before his name.
      { name: 'Valery Gerasimov', mentions: ['Chief of the General Staff', 'Gen. Valery Gerasimov'] },
    ]);
  });

  it('keeps long civil titles whole and reads four-word names the knowledge base knows', () => {
    expect(
      people(
        'Iraqi National Security Advisor Falih al-Fayyadh met Minister of Interior Affairs Wais Barmak, Secretary of the Army Mark T. Esper and Yemeni President Abdo Rabbo Mansour Hadi.',
      ),
    ).toEqual([
      { name: 'Falih al-Fayyadh', mentions: ['Iraqi National Security Advisor Falih al-Fayyadh'] },
      { name: 'Wais Barmak', mentions: ['Minister of Interior Affairs Wais Barmak'] },
      { name: 'Mark T. Esper', mentions: ['Secretary of the Army Mark T. Esper'] },
      { name: 'Abdrabbuh Mansur Hadi', mentions: ['Yemeni President Abdo Rabbo Mansour Hadi'] },
    ]);
  });

  it('counts a hyphenated given name and a capitalised particle as no extra words', () => {
    expect(people('French Foreign Minister Jean-Yves Le Drian met Joshua Van Der Meer.')).toEqual([
      { name: 'Jean-Yves Le Drian', mentions: ['French Foreign Minister Jean-Yves Le Drian'] },
      { name: 'Joshua Van Der Meer', mentions: ['Joshua Van Der Meer'] },
    ]);
  });

  it('keeps the middle initials "A." and "I." (they are no article or pronoun there)', () => {
    expect(people('Ambassador Douglas A. Silliman met Scott A. Wirtz and John I. Smith.')).toEqual([
      { name: 'Douglas A. Silliman', mentions: ['Ambassador Douglas A. Silliman'] },
      { name: 'Scott A. Wirtz', mentions: ['Scott A. Wirtz'] },
      { name: 'John I. Smith', mentions: ['John I. Smith'] },
    ]);
  });

  it('has its senior enlisted rank or Navy rating whole', () => {
    expect(
      people(
        'Chief Master Sgt. Jane Doe, Chief Special Warfare Operator William Owens and Boatswain’s Mate 2nd Class Ann Lee served.',
      ),
    ).toEqual([
      { name: 'Jane Doe', mentions: ['Chief Master Sgt. Jane Doe'] },
      { name: 'William Owens', mentions: ['Chief Special Warfare Operator William Owens'] },
      { name: 'Ann Lee', mentions: ['Boatswain’s Mate 2nd Class Ann Lee'] },
    ]);
  });

  it("an envoy's title says where they are sent", () => {
    expect(people('U.S. Ambassador to Iraq Douglas A. Silliman spoke.')).toEqual([
      { name: 'Douglas A. Silliman', mentions: ['U.S. Ambassador to Iraq Douglas A. Silliman'] },
    ]);
  });

  it('has its title whole when it is for someone chosen but not yet in office', () => {
    expect(people('Prime Minister-designate Haider al-Abadi met Governor-elect Jane Smith.')).toEqual([
      { name: 'Haider al-Abadi', mentions: ['Prime Minister-designate Haider al-Abadi'] },
      { name: 'Jane Smith', mentions: ['Governor-elect Jane Smith'] },
    ]);
  });

  it('is the person the knowledge base knows by that name, named in full', () => {
    expect(
      people('The UN Special Envoy de Mistura spoke. President Macron and President al-Assad met.'),
    ).toEqual([
      { name: 'Staffan de Mistura', mentions: ['UN Special Envoy de Mistura'] },
      { name: 'Emmanuel Macron', mentions: ['President Macron'] },
      { name: 'Bashar al-Assad', mentions: ['President al-Assad'] },
    ]);
  });
});

describe("Arab armies' staff ranks", () => {
  it('"Staff Colonel", "Staff Major General", "Staff Lt. Gen." are ranks whole (was "Colonel" alone)', () => {
    expect(people('His Chief of Plans is Staff Colonel Abd Alamir.')).toContainEqual({
      name: 'Abd Alamir',
      mentions: ['Staff Colonel Abd Alamir'],
    });
    expect(
      people('Staff Major General Tahsin al-Khafaji, spokesman for the Joint Operations Command, said.')[0]
        ?.mentions[0],
    ).toBe('Staff Major General Tahsin al-Khafaji');
    expect(people('Staff Lt. Gen. Abdul Amir Yarallah said the operation had begun.')).toEqual([
      { name: 'Abdul Amir Yarallah', mentions: ['Staff Lt. Gen. Abdul Amir Yarallah'] },
    ]);
  });

  it('"Chief of Staff Colonel John Smith" keeps the chief of staff apart from the colonel', () => {
    expect(people('Chief of Staff Colonel John Smith spoke.')).toEqual([
      { name: 'John Smith', mentions: ['Chief of Staff', 'Colonel John Smith'] },
    ]);
  });
});

describe('two offices joined by a slash', () => {
  it('"High Representative/Vice-President Josep Borrell" is one title of one person (was an unnamed High Representative)', () => {
    expect(people('High Representative/Vice-President Josep Borrell met the ministers.')).toEqual([
      { name: 'Josep Borrell', mentions: ['High Representative/Vice-President Josep Borrell'] },
    ]);
    const a = analyze('Maggie Harlow, CEO/owner of Signarama Downtown, spoke.');
    expect(a.entities.find((e) => e.name === 'Maggie Harlow')?.roles.map((r) => r.title)).toEqual([
      'CEO/owner',
    ]);
  });
});

describe('a title\'s body named with its own "of"', () => {
  it('"Vice-Chancellor of the University of Sydney", "General Director of the Office of Museums" are whole (were cut at the second "of")', () => {
    const a = analyze('Professor Jane Smith, Vice-Chancellor of the University of Sydney, said.');
    expect(a.entities.find((e) => e.name === 'Jane Smith')?.mentions.map((m) => m.text)).toEqual([
      'Jane Smith',
      'Vice-Chancellor of the University of Sydney',
    ]);
    expect(a.entities.filter((e) => e.type === 'location')).toEqual([]);
    const b = analyze(
      'Dr. Ahmed Kamil Murad, Acting General Director of the Office of Museums at the Iraqi Ministry of Culture, spoke.',
    );
    expect(b.entities.find((e) => e.name === 'Ahmed Kamil Murad')?.mentions.map((m) => m.text)).toContain(
      'Acting General Director of the Office of Museums',
    );
  });
});

describe('a modifier that is a title of its own', () => {
  it('"Chief Michel Moore", "Deputy Tom Lee": the word is the title (was no title)', () => {
    expect(people('LAPD Chief Michel Moore said. Deputy Tom Lee arrested the man.')).toEqual([
      { name: 'Michel Moore', mentions: ['Chief Michel Moore'] },
      { name: 'Tom Lee', mentions: ['Deputy Tom Lee'] },
    ]);
  });
});

describe("the opposition's offices", () => {
  it('"Opposition Leader Peter Dutton", "Shadow Minister for Home Affairs James Paterson" keep their whole titles (were "Leader", "Minister for Home Affairs")', () => {
    expect(
      people('Opposition Leader Peter Dutton and Shadow Minister for Home Affairs James Paterson said.'),
    ).toEqual([
      { name: 'Peter Dutton', mentions: ['Opposition Leader Peter Dutton'] },
      { name: 'James Paterson', mentions: ['Shadow Minister for Home Affairs James Paterson'] },
    ]);
    // A shadow minister is not "the Minister" of the release.
    const a = analyze(
      'Shadow Minister Jane Hume criticised the plan. The Minister said the plan would work.',
    );
    expect(a.entities.find((e) => e.name === 'Jane Hume')?.mentions.map((m) => m.text)).toEqual([
      'Jane Hume',
    ]);
  });
});

describe('British police ranks', () => {
  it('"Chief Constable", "Assistant Chief Constable", "Police Constable" are ranks whole (were "Constable")', () => {
    expect(people('Chief Constable Sir Andy Marsh met Assistant Chief Constable Jane Doe.')).toEqual([
      { name: 'Andy Marsh', mentions: ['Chief Constable Sir Andy Marsh'] },
      { name: 'Jane Doe', mentions: ['Assistant Chief Constable Jane Doe'] },
    ]);
    expect(people('Police Constable Tom Jones attended.')).toEqual([
      { name: 'Tom Jones', mentions: ['Police Constable Tom Jones'] },
    ]);
  });
});

describe('Commonwealth styles and post-nominals', () => {
  it('"Senator the Hon Marise Payne": the style is part of the title, after an office and a comma too', () => {
    expect(people('Senator the Hon Marise Payne met troops in Baghdad.')).toEqual([
      { name: 'Marise Payne', mentions: ['Senator the Hon Marise Payne'] },
    ]);
    const a = analyze(
      'The Minister for Defence, Senator the Hon Marise Payne, today welcomed the crews home.',
    );
    const payne = a.entities.find((e) => e.name === 'Marise Payne');
    expect(payne?.mentions.map((m) => m.text)).toEqual(['Minister for Defence', 'Marise Payne']);
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Marise Payne']);
  });

  it('post-nominal letters end a name, so the surname later is the same person', () => {
    expect(
      people(
        'The Chief of Joint Operations, Vice Admiral David Johnston AM RAN, praised the crews. Vice Admiral Johnston said they had done well.',
      ),
    ).toEqual([
      {
        name: 'David Johnston',
        mentions: ['Chief of Joint Operations', 'Vice Admiral David Johnston', 'Vice Admiral Johnston'],
      },
    ]);
    expect(people('Air Chief Marshal Sir Stuart Peach GBE KCB ADC DL spoke.')).toEqual([
      { name: 'Stuart Peach', mentions: ['Air Chief Marshal Sir Stuart Peach'] },
    ]);
    // A member's letters after a title and a comma, and honours the tagger would have grown over.
    expect(
      people(
        'Heading\n\nThe Premier, Mark McGowan MLA, said the plan would help. Colonel Jane Smith OBE thanked the crews. Later McGowan spoke.',
      ),
    ).toEqual([
      { name: 'Mark McGowan', mentions: ['Premier', 'Mark McGowan', 'McGowan'] },
      { name: 'Jane Smith', mentions: ['Colonel Jane Smith'] },
    ]);
  });

  it('a name in capitals ends before a title in capitals: "SENATOR THE HON PENNY WONG LEADER OF THE OPPOSITION"', () => {
    expect(
      analyze('SENATOR THE HON PENNY WONG LEADER OF THE OPPOSITION IN THE SENATE\n\nShe spoke.')
        .entities.filter((e) => e.type === 'person')
        .map((e) => e.name),
    ).toEqual(['Penny Wong']);
  });
});

describe('speaker labels in capitals', () => {
  it('a title word ending a name in capitals is its surname: "MR. MARTIN LUTHER KING:"', () => {
    expect(
      analyze('MR. MARTIN LUTHER KING: Thank you.')
        .entities.filter((e) => e.type === 'person')
        .map((e) => e.name),
    ).toEqual(['Martin Luther King']);
  });
});

describe('"HE" before another honorific', () => {
  it('is "His Excellency", part of the title, and the office before links to the name', () => {
    const analysis = analyze(
      'Ms Bishop met the Minister of Foreign Affairs of Iraq, HE Dr Ibrahim Al-Jaafari, in Canberra.',
    );
    const minister = analysis.entities.find((e) => e.name === 'Ibrahim Al-Jaafari');
    expect(minister?.mentions.map((m) => m.title?.text)).toContain('HE Dr');
    expect(minister?.roles.map((r) => r.title)).toEqual(['Minister of Foreign Affairs']);
  });

  it('"H.E. Eng." and "HE Eng.": the engineer\'s style is part of the title, no person "Eng"', () => {
    const analysis = analyze(
      'The Minister of Energy, H.E. Eng. Suhail Al Mazrouei, met HE Eng. Sharif Al Olama.',
    );
    expect(
      analysis.entities
        .filter((e) => e.type === 'person')
        .flatMap((e) => e.mentions.filter((m) => m.title).map((m) => `${m.title?.text} ${m.text}`)),
    ).toEqual(['H.E. Eng. Suhail Al Mazrouei', 'HE Eng. Sharif Al Olama']);
  });

  it('not "HE" alone, the pronoun of a text in capitals', () => {
    expect(analyze('HE SAID HE WOULD COME.').entities).toEqual([]);
  });
});

describe('a title-case headline after a titled name', () => {
  it('its prepositions are no part of the name: "Governor Alvarez Before …", "Senator Quinn During …"', () => {
    expect(people('Remarks by Governor Alvarez Before the Storm Briefing')).toEqual([
      { name: 'Alvarez', mentions: ['Governor Alvarez'] },
    ]);
    expect(people('Statement by Senator Dana Quinn Ahead of the Budget Vote')).toEqual([
      { name: 'Dana Quinn', mentions: ['Senator Dana Quinn'] },
    ]);
    expect(people('Mayor Okafor Amid Flooding Visits Riverside Homes')[0]?.name).toBe('Okafor');
  });
});

describe('a staff title before a name is read whole', () => {
  const roleOf = (text: string) => analyze(text).entities.find((e) => e.type === 'person')?.roles[0]?.title;

  it('a modifier before a multi-word head: "Deputy National Security Advisor" (was "National Security Advisor")', () => {
    expect(roleOf('Deputy National Security Advisor Maya Trent briefed reporters.')).toBe(
      'Deputy National Security Advisor',
    );
  });

  it('its functions before the head: "Communications Director", "National Security Communications Advisor" (were "Director", "Advisor")', () => {
    expect(roleOf('Communications Director Leah Moreno said the tour would go ahead.')).toBe(
      'Communications Director',
    );
    expect(roleOf('National Security Communications Advisor Paul Hendry took questions.')).toBe(
      'National Security Communications Advisor',
    );
    expect(roleOf('Senior Policy Adviser Ruth Okoye joined the call.')).toBe('Senior Policy Adviser');
  });

  it('a sales or field representative is staff, not a congressional "Rep.": "Sales Rep." (was a person "Rep.")', () => {
    expect(roleOf('Field Rep. Tom Harris said the crop was late.')).toBe('Field Rep.');
    const a = analyze('Contact: Jane Doe, Sales Rep., Acme Corp.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Jane Doe']);
    expect(roleOf('Rep. Maria Lopez said the bill passed.')).toBe('Representative');
  });

  it('"Representative Director", a Japanese company\'s legal office, is one title (was "Representative" and a person "Director of …")', () => {
    const a = analyze('Taro Yamada, Representative Director of Acme Japan, said the results were strong.');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Taro Yamada']);
    const acme = a.entities.find((e) => e.name === 'Acme Japan');
    expect(a.entities.find((e) => e.name === 'Taro Yamada')?.roles).toEqual([
      { title: 'Representative Director', of: acme?.id },
    ]);
  });
});

describe('portfolio words no dictionary of common words has', () => {
  it('"Director of Health and Wellbeing at …" is one title, of the body after "at" (was "Director of Health")', () => {
    const a = analyze('Dr Jane Marsh, Director of Health and Wellbeing at Wexford Health Trust, said so.');
    const jane = a.entities.find((e) => e.name === 'Jane Marsh');
    const trust = a.entities.find((e) => e.name === 'Wexford Health Trust');
    expect(jane?.roles).toEqual([{ title: 'Director of Health and Wellbeing', of: trust?.id }]);
    expect(jane?.mentions.map((m) => m.text)).toContain('Director of Health and Wellbeing');
  });

  it('"Head of Sustainability" is a whole title too', () => {
    const a = analyze('Jane Marsh, Head of Sustainability at Acme Robotics, said so.');
    expect(a.entities.find((e) => e.name === 'Jane Marsh')?.roles.map((r) => r.title)).toEqual([
      'Head of Sustainability',
    ]);
  });
});

describe('an office whose title opens with a rank', () => {
  it('"Lt. Gov. Winsome Earle-Sears" is the lieutenant governor (was a person "Gov" and one "Earle-Sears")', () => {
    expect(people('Lt. Gov. Winsome Earle-Sears spoke at the event.')).toEqual([
      { name: 'Winsome Earle-Sears', mentions: ['Lt. Gov. Winsome Earle-Sears'] },
    ]);
    expect(people('Lt. Governor Jane Marsh spoke.')).toEqual([
      { name: 'Jane Marsh', mentions: ['Lt. Governor Jane Marsh'] },
    ]);
  });

  it('a rank before a rank is still one rank: "Lt. Gen. Jane Marsh"', () => {
    expect(people('Lt. Gen. Jane Marsh and Lt. Col. John Reed spoke.')).toEqual([
      { name: 'Jane Marsh', mentions: ['Lt. Gen. Jane Marsh'] },
      { name: 'John Reed', mentions: ['Lt. Col. John Reed'] },
    ]);
  });
});

describe('an adviser\'s title names its subject after "on"', () => {
  it('"his Advisor on Strategic Development, Sardor Umurzakov," (was the role "Advisor")', () => {
    const a = analyze('Mr Lee met his Advisor on Strategic Development, Sardor Umurzakov, and others.');
    expect(a.entities.find((e) => e.name === 'Sardor Umurzakov')?.roles.map((r) => r.title)).toEqual([
      'Advisor on Strategic Development',
    ]);
    expect(people('Senior Adviser on Climate Jane Marsh spoke.')).toEqual([
      { name: 'Jane Marsh', mentions: ['Senior Adviser on Climate Jane Marsh'] },
    ]);
  });

  it('only a whole capitalised subject: not "Adviser on Gaza humanitarian issues", "Advisor on Women\'s Health"', () => {
    const gaza = analyze('Adviser on Gaza humanitarian issues David Satterfield said aid was increasing.');
    expect(gaza.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([
      'David Satterfield',
    ]);
    expect(
      gaza.entities.some((e) => e.type === 'location' && e.mentions.some((m) => m.text === 'Gaza')),
    ).toBe(true);
    const liu = analyze("The Senior Advisor on Women's Health, Dr. Jane Liu, said funding would rise.");
    expect(
      liu.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.roles.map((r) => r.title)]),
    ).toEqual([['Jane Liu', ['Senior Advisor']]]);
    expect(people('Special Envoy on Ukraine Keith Kellogg met them.')).toEqual([
      { name: 'Keith Kellogg', mentions: ['Special Envoy on Ukraine Keith Kellogg'] },
    ]);
  });

  it('not a day after "on": "the Special Envoy on Monday"', () => {
    const a = analyze('The Special Envoy on Monday met Jane Marsh.');
    expect(a.entities.some((e) => e.name.includes('Monday') && e.type !== 'date')).toBe(false);
  });
});

describe("ministers' titles as Australian and British releases write them", () => {
  const rolesOf = (text: string, name: string) =>
    analyze(text)
      .entities.find((e) => e.name === name)
      ?.roles.map((r) => r.title);

  it('"Minister for Veterans\' Affairs" keeps its apostrophe (was "Minister for Veterans", a person)', () => {
    expect(rolesOf("Minister for Veterans' Affairs Matt Keogh announced the payment.", 'Matt Keogh')).toEqual(
      ["Minister for Veterans' Affairs"],
    );
  });

  it('"Minister of State for Trade Policy" is one title, before the name (was "Minister of State", a person)', () => {
    expect(rolesOf('Minister of State for Trade Policy Greg Hands visited Delhi.', 'Greg Hands')).toEqual([
      'Minister of State for Trade Policy',
    ]);
  });

  it('"Attorney-General" hyphenated, and its shadow', () => {
    expect(rolesOf('Shadow Attorney-General Michaelia Cash criticised the bill.', 'Michaelia Cash')).toEqual([
      'Shadow Attorney-General',
    ]);
  });

  it('a post-nominal before the comma keeps the apposition: "Stephen Jones MP, Minister for Financial Services,"', () => {
    const a = analyze('Stephen Jones MP, Minister for Financial Services, said the reforms would help.');
    const people = a.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Stephen Jones']);
    expect(people[0]?.roles.map((r) => r.title)).toEqual(['Minister for Financial Services']);
  });
});

describe('a known body that ends on a place, before a title', () => {
  it('"NHS England chief executive Amanda Pritchard": the title is of NHS England (was "England chief executive")', () => {
    const a = analyze('NHS England chief executive Amanda Pritchard said waiting lists had fallen.');
    const nhs = a.entities.find((e) => e.name === 'NHS England');
    expect(nhs?.type).toBe('organization');
    expect(a.entities.find((e) => e.name === 'Amanda Pritchard')?.roles).toEqual([
      { title: 'chief executive', of: nhs?.id },
    ]);
    expect(a.entities.filter((e) => e.type === 'location')).toEqual([]);
  });
});
