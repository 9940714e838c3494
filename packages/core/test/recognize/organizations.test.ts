/** Organisations the knowledge base does not list, found by how the text names them. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

describe('organisations by shape', () => {
  it('"the Global Coalition to Counter ISIL", the coalition\'s name until 2017, is the coalition, not ISIL, in an envoy\'s title too', () => {
    const a = analyze(
      'Special Presidential Envoy for the Global Coalition to Counter ISIL Brett McGurk met ISIL defectors.',
    );
    expect(
      a.entities.filter((e) => e.type === 'organization').map((e) => e.mentions.map((m) => m.text)),
    ).toEqual([['Global Coalition to Counter ISIL'], ['ISIL']]);
    expect(a.entities.find((e) => e.type === 'person')?.roles.map((r) => r.title)).toEqual([
      'Special Presidential Envoy',
    ]);
  });

  it('a charity named "X Trust" is a body, after a first name too ("Hartwell Trust"), but "Building Trust in AI" is none', () => {
    const a = analyze(
      'Hartwell Trust awards £3.5 million to tackle loneliness\n\nThe Hartwell Trust, a grant-making charity, today announced new funding. The Trust said it would open applications. Building Trust in AI is a priority, and Zero Trust Security matters too.',
    );
    const bodies = a.entities.filter((e) => e.type === 'organization');
    expect(bodies.map((e) => e.name)).toEqual(['Hartwell Trust']);
    expect(bodies[0]?.mentions.filter((m) => !m.pronoun).map((m) => m.text)).toEqual([
      'Hartwell Trust',
      'Hartwell Trust',
      'The Trust',
    ]);
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('what money is invested into is a business; a known place stays a place', () => {
    expect(
      mentionsOf(
        'The Department is investing over $85 million into Strategic Bauxite to secure supply. The Bank is investing $25 million into Westwater Resources in Alabama. He invested into New York real estate.',
        ['organization', 'location'],
      ),
    ).toEqual([
      'organization:Strategic Bauxite',
      'organization:Westwater Resources',
      'location:Alabama',
      'location:New York',
    ]);
  });

  it('a name described as a business in apposition is one: "Niron Magnetics, a Minnesota company"', () => {
    expect(
      mentionsOf(
        'The Department is investing $150 million into Niron Magnetics, a Minnesota company developing magnets, and Sila Nanotechnologies, a California-based manufacturer. John Smith, a company spokesman, said so.',
        ['organization', 'person'],
      ),
    ).toEqual(['organization:Niron Magnetics', 'organization:Sila Nanotechnologies', 'person:John Smith']);
  });

  it('a wire lead describing its issuer as a provider, consultancy or insurer: the issuer is a body (was nothing)', () => {
    expect(
      mentionsOf(
        'Quillmark, a leading data partner and analytics consultancy, today announced a new unit. Brightwell, a provider of payroll software, said sales rose. Halvern, the regional insurer, agreed.',
        ['organization', 'person'],
      ),
    ).toEqual(['organization:Quillmark', 'organization:Brightwell', 'organization:Halvern']);
    // People described by such a word stay people.
    expect(
      mentionsOf(
        "Jane Doe, a charity worker, said the camp was full. Tom Reed, the agency's director, agreed.",
        ['organization', 'person'],
      ),
    ).toEqual(['person:Jane Doe', 'person:Tom Reed']);
  });

  it('with "the" too, when the business noun closes the description: "said Goldman Sachs, the investment bank" (was nothing)', () => {
    expect(
      mentionsOf(
        '"Prices will rise," said Goldman Sachs, the investment bank. Jane Smith, the company\'s founder, agreed. Kim Ode, the bank manager, said. Bob Jones, the contractor, testified.',
        ['organization', 'person'],
      ),
    ).toEqual(['organization:Goldman Sachs', 'person:Jane Smith', 'person:Kim Ode', 'person:Bob Jones']);
    // A name shaped like a place, described as a business, is one; a park stays a place.
    expect(
      mentionsOf(
        'Silver Lake, the private equity firm, bought it. Crater Lake, the national park, reopened.',
        ['organization', 'location'],
      ),
    ).toEqual(['organization:Silver Lake', 'location:Crater Lake']);
    // The business the description's head belongs to is not what the name is.
    for (const text of [
      'Jassy, the chief executive of the company, said so.',
      'Smith, a lawyer who represents the company, declined to comment.',
      'Renton, the home of the manufacturer, grew.',
    ])
      expect(mentionsOf(text, ['organization'])).toEqual([]);
  });

  it('a name with a given name first, described as no person could be, is a body there, not elsewhere: "Charles Schwab, the brokerage firm,"', () => {
    expect(
      mentionsOf(
        'Charles Schwab, the brokerage firm, reported record assets. Charles Schwab founded the company in 1971. Jane Smith, a company director, agreed.',
        ['organization', 'person'],
      ),
    ).toEqual(['organization:Charles Schwab', 'person:Charles Schwab', 'person:Jane Smith']);
  });

  it('a word before a country or state in running text names a body of it; a place modifier or a headline does not', () => {
    expect(
      mentionsOf(
        'The grant was given by Diabetes UK, with help from Cricket Victoria, as reported by Cboe Japan. It helped rural Australia and Northern Ontario.\n\nL3Harris Expands Florida Facility to Support America’s Golden Dome',
        ['organization', 'location'],
      ),
    ).toEqual([
      'organization:Diabetes UK',
      'organization:Cricket Victoria',
      'organization:Cboe Japan',
      'location:Australia',
      'location:Northern Ontario',
      // The company is known; "Expands Florida" names no body.
      'organization:L3Harris',
      'location:Florida',
      'location:America',
    ]);
  });

  it('a sports club named after its city is the club, not the city', () => {
    expect(
      mentionsOf('The minister met players of Melbourne Victory Football Club and Sydney FC in Sydney.', [
        'organization',
        'location',
      ]),
    ).toEqual(['organization:Melbourne Victory Football Club', 'organization:Sydney FC', 'location:Sydney']);
  });

  it('a body\'s head word and "of" inside a name: "State Board of Antiquities and Heritage (SBAH)"', () => {
    const a = analyze(
      'Today, the Iraqi Ministry of Culture, State Board of Antiquities and Heritage (SBAH) announced a project. SBAH will lead it.',
    );
    const board = a.entities.find((e) => e.name === 'State Board of Antiquities and Heritage');
    expect(board?.type).toBe('organization');
    expect(board?.mentions.map((m) => m.text)).toEqual([
      'State Board of Antiquities and Heritage',
      'SBAH',
      'SBAH',
    ]);
  });

  it('"the Department" after "the U.S. Department of State" is the Department; "the State" is not', () => {
    const a = analyze(
      'The U.S. Department of State will help. The Department, through its envoy, said so. The State will act.',
    );
    const department = a.entities.find((e) => e.name === 'U.S. Department of State');
    expect(department?.mentions.map((m) => m.text)).toEqual(['U.S. Department of State', 'The Department']);
    expect(a.entities).toHaveLength(1);
  });

  it('a name and "tribe" or "clan" is a kin group; a name after "company" or "firm" is a business', () => {
    expect(
      mentionsOf(
        'ISIL killed members of the Al Bu Nimr tribe. He led the Al-Karabla clan. It was built by the German company Züblin.',
        ['organization'],
      ),
    ).toEqual([
      'organization:ISIL',
      'organization:Al Bu Nimr tribe',
      'organization:Al-Karabla clan',
      'organization:Züblin',
    ]);
  });
});

describe('members of a body', () => {
  it('"Members of the Security Council", "senior officials of the EU" are groups of the body', () => {
    expect(
      mentionsOf('The Members of the Security Council are encouraged by the talks.', ['organization']),
    ).toEqual(['organization:Members of the Security Council']);
    expect(mentionsOf('Three members of staff of the company left.', ['organization'])).toEqual([]);
  });
});

describe("a body named by its owner's possessive", () => {
  it('"Iraq’s Security Forces" is one organisation; "Iran’s Islamic Revolutionary Guard Corps" keeps Iran apart', () => {
    expect(
      mentionsOf('It is the greatest challenge Iraq’s Security Forces have faced.', [
        'organization',
        'location',
      ]),
    ).toEqual(['organization:Iraq’s Security Forces']);
    expect(
      mentionsOf('Iran’s Islamic Revolutionary Guard Corps struck.', ['organization', 'location']),
    ).toEqual(['location:Iran', 'organization:Islamic Revolutionary Guard Corps']);
  });
});

describe('a body with its own "of" name after its owner\'s possessive', () => {
  it('"the Department of Commerce\'s Bureau of Industry and Security (BIS)" is two bodies, the bureau with its acronym', () => {
    const a = analyze(
      "The Department of Commerce's Bureau of Industry and Security (BIS) added the firm to its list. BIS said more would follow.",
    );
    expect(
      a.entities.filter((e) => e.type === 'organization').map((e) => e.mentions.map((m) => m.text)),
    ).toEqual([['Department of Commerce'], ['Bureau of Industry and Security', 'BIS', 'BIS']]);
  });
});

describe('a body after its owner\'s possessive, with an "of" or "for" phrase', () => {
  it('is two bodies when the phrase opens a body\'s name ("Centre for …"), one when it does not ("Corps of Engineers")', () => {
    expect(
      mentionsOf(
        "Data from the European Space Agency's Centre for Earth Observation was used. The U.S. Army's Corps of Engineers began repairs on the levee.",
        ['organization'],
      ),
    ).toEqual([
      'organization:European Space Agency',
      'organization:Centre for Earth Observation',
      "organization:U.S. Army's Corps of Engineers",
    ]);
  });
});

describe('a ministry that lists its portfolios', () => {
  it('"the Department for Environment, Food and Rural Affairs", "… Culture, Media & Sport", "… Communities and Local Government": one body each', () => {
    expect(
      mentionsOf(
        'The Department for Environment, Food and Rural Affairs and the Department for Digital, Culture, Media & Sport met the Ministry of Housing, Communities and Local Government.',
        ['organization'],
      ),
    ).toEqual([
      'organization:Department for Environment, Food and Rural Affairs',
      'organization:Department for Digital, Culture, Media & Sport',
      'organization:Ministry of Housing, Communities and Local Government',
    ]);
  });

  it('not companies, people or days after the comma', () => {
    expect(
      mentionsOf(
        'The Department of Energy, Tesla, Ford and GM announced a partnership. Representatives of the Ministry of Finance, Apple, Google and Microsoft met. The Ministry of Economy, Monday and Tuesday were busy.',
        ['organization'],
      ),
    ).toEqual(
      expect.arrayContaining([
        'organization:Department of Energy',
        'organization:Ministry of Finance',
        'organization:Ministry of Economy',
      ]),
    );
    const people = analyze(
      'A statement from the Department of State, John Kerry and Hillary Clinton was issued.',
    );
    expect(people.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([
      'John Kerry',
      'Hillary Clinton',
    ]);
  });

  it('not a list of bodies: "the Ministry of Defence, Foreign Office and Treasury"', () => {
    expect(
      mentionsOf('The Ministry of Defence, Foreign Office and Treasury met on Monday.', ['organization']),
    ).toContain('organization:Ministry of Defence');
    expect(
      mentionsOf('The Ministry of Defence, Foreign Office and Treasury met on Monday.', ['organization']),
    ).toContain('organization:Foreign Office');
  });
});

describe('a body a release names only by its stand-in', () => {
  it('"the Commission" in a release that names the EU or its Parliament is the European Commission, named so', () => {
    const a = analyze(
      'The Council adopted the regulation. The Commission proposed it in 2023, and the European Parliament agreed. The Commission will report on progress.',
    );
    const commission = a.entities.find((e) => e.mentions.some((m) => m.text === 'The Commission'));
    expect(commission?.name).toBe('European Commission');
    expect(commission?.mentions.map((m) => m.text)).toEqual(['The Commission', 'The Commission']);
  });

  it('not where the release names another commission, typed or not', () => {
    for (const text of [
      'The European Parliament voted on Tuesday. The Federal Communications Commission said the Commission would review the rules.',
      'The EU welcomed the report. The Electoral Commission said the Commission had received 20 complaints.',
      'The EU imposed tariffs. The Commission of Inquiry on Syria said war crimes were committed. The Commission urged accountability.',
    ])
      expect(analyze(text).entities.some((e) => e.name === 'European Commission')).toBe(false);
  });

  it('not where no related body is named: "the Commission" of a UK release stays unread', () => {
    const a = analyze('The Electoral Commission published its report. The Commission said turnout fell.');
    expect(a.entities.some((e) => e.name === 'European Commission')).toBe(false);
  });
});

describe('names joined by a spaced "&"', () => {
  it('"Bill & Melinda Gates Foundation", "Centers for Medicare & Medicaid Services (CMS)": one body each', () => {
    const a = analyze(
      'The Bill & Melinda Gates Foundation funded the trial. The Centers for Medicare & Medicaid Services (CMS) approved it.',
    );
    expect(
      a.entities.filter((e) => e.type === 'organization').map((e) => e.mentions.map((m) => m.text)),
    ).toEqual([['Bill & Melinda Gates Foundation'], ['Centers for Medicare & Medicaid Services', 'CMS']]);
  });

  it('"&" alone makes no firm: "Smith & Jones" may be two researchers, "Trinidad & Tobago" a country; two bodies stay two', () => {
    expect(
      mentionsOf(
        'The report was written by Smith & Jones, two researchers at the university. Trinidad & Tobago reported floods. The Research & Development team met.',
        ['organization', 'person'],
      ),
    ).toEqual([]);
    expect(
      mentionsOf('The dinner is hosted by the Aparecío Foundation & Felix Magazine.', ['organization']),
    ).toEqual(['organization:Aparecío Foundation', 'organization:Felix Magazine']);
  });

  it('firms the knowledge base knows: "Johnson & Johnson", "Standard & Poor\'s", "AT&T", "the Health & Safety Executive"; and quoted banks and raters', () => {
    expect(
      mentionsOf(
        "Johnson & Johnson and Standard & Poor's reported. The Health & Safety Executive will investigate. AT&T grew. Morgan Stanley and Fitch Ratings said so. Boris Johnson and Johnson & Johnson were in the news.",
        ['organization', 'person'],
      ),
    ).toEqual([
      'organization:Johnson & Johnson',
      "organization:Standard & Poor's",
      'organization:Health & Safety Executive',
      'organization:AT&T',
      'organization:Morgan Stanley',
      'organization:Fitch Ratings',
      'person:Boris Johnson',
      'organization:Johnson & Johnson',
    ]);
  });
});

describe('where someone works', () => {
  it('"head of offshore operations at Ørsted", "a partner at Breakwater Capital": the employer is a body', () => {
    const a = analyze(
      'Jane Doe, head of offshore operations at Ørsted, said the project was on track. Tom Lee, a partner at Breakwater Capital, agreed. Rachel Kim, Director of Communications at Halcyon, said more.',
    );
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([
      'Ørsted',
      'Breakwater Capital',
      'Halcyon',
    ]);
    const kim = a.entities.find((e) => e.name === 'Rachel Kim');
    expect(kim?.roles).toEqual([
      { title: 'Director of Communications', of: a.entities.find((e) => e.name === 'Halcyon')?.id },
    ]);
  });

  it('not a name with its possessive ("at Lloyd\'s") nor an event ("at Glastonbury Festival")', () => {
    expect(
      mentionsOf(
        "Ben Ng, head of Asia research at Lloyd's, said claims would rise. Mark Bell, head of security at Glastonbury Festival, said more.",
        ['organization'],
      ),
    ).toEqual([]);
  });

  it('not a place reached ("the director arrived at Bagram") nor an acronym the text defines', () => {
    expect(mentionsOf('The director arrived at Bagram on Monday.', ['organization', 'location'])).toEqual([
      'location:Bagram',
    ]);
    const a = analyze(
      'Public Health England (PHE) launched it. Professor Kevin Fenton, Director of Health and Wellbeing at PHE, said so.',
    );
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([
      'Public Health England',
    ]);
  });

  it('"SOURCE Northvale Robotics Inc." closing a wire release is the company, not a body called "SOURCE …"', () => {
    const a = analyze(
      'AUSTIN, Texas, March 4, 2025 /PRNewswire/ -- Northvale Robotics Inc. today launched a drone.\n\nSOURCE Northvale Robotics Inc.\n',
    );
    expect(
      a.entities.filter((e) => e.type === 'organization').map((e) => e.mentions.map((m) => m.text)),
    ).toEqual([['Northvale Robotics Inc.', 'Northvale Robotics Inc.']]);
  });

  it('"SOURCE" only on a line of its own; an exchange in brackets is no acronym of the company', () => {
    expect(mentionsOf('The report cited SOURCE Energy Services as a partner.', ['organization'])).toEqual([
      'organization:SOURCE Energy Services',
    ]);
    const a = analyze('Shares of Acme Mining Corporation (TSX) rose 5%.');
    const acme = a.entities.find((e) => e.name.includes('Acme Mining Corporation'));
    expect(acme?.mentions.map((m) => m.text)).not.toContain('TSX');
  });

  it('more trade words: "Fitch Ratings", "Blue Harbor Labs", "Kearney Consulting"; not products and trades ("Cloud Solutions", "Big Data Analytics")', () => {
    expect(
      mentionsOf(
        'Fitch Ratings said the outlook was stable. Blue Harbor Labs and Kearney Consulting grew. The company offers Cloud Solutions. Big Data Analytics is reshaping banking.',
        ['organization', 'person'],
      ),
    ).toEqual([
      'organization:Fitch Ratings',
      'organization:Blue Harbor Labs',
      'organization:Kearney Consulting',
    ]);
  });

  it('firms named by their trade: "Granite Peak Ventures", "Northvale Robotics", "Honeywell Aerospace"', () => {
    expect(
      mentionsOf(
        'Investors include Granite Peak Ventures. Mark Delgado, chief executive of Northvale Robotics, thanked Honeywell Aerospace.',
        ['organization'],
      ),
    ).toEqual([
      'organization:Granite Peak Ventures',
      'organization:Northvale Robotics',
      'organization:Honeywell Aerospace',
    ]);
  });
});

describe('a country written before a government body the knowledge base knows', () => {
  it('names that body, one organisation, the same entity as the body named alone', () => {
    const a = analyze(
      'The United States Department of the Treasury sanctioned him. The UK Foreign Office agreed. The Treasury Department said so.',
    );
    const treasury = a.entities.find((e) => e.mentions.some((m) => m.text === 'Treasury Department'));
    expect(treasury?.mentions.map((m) => m.text)).toEqual([
      'United States Department of the Treasury',
      'Treasury Department',
    ]);
    expect(a.entities.filter((e) => e.type === 'location')).toEqual([]);
    expect(a.entities.find((e) => e.name === 'UK Foreign Office')?.type).toBe('organization');
  });

  it("another country's body of a generic name is a body of its own, not the American one", () => {
    const a = analyze('The Iraq Defense Department and the Defense Department met.');
    expect(
      a.entities.filter((e) => e.type === 'organization').map((e) => e.mentions.map((m) => m.text)),
    ).toEqual([['Iraq Defense Department'], ['Defense Department']]);
  });
});

describe("a country's possessive before one of its bodies", () => {
  it("names that body, one organisation; its people stay the country's", () => {
    expect(
      mentionsOf(
        "Strikes in support of Iraq's government hit. Russia’s armed forces and Saudi Arabia’s leadership agreed. Iraq’s communities suffered.",
        ['organization', 'location'],
      ),
    ).toEqual([
      "organization:Iraq's government",
      'organization:Russia’s armed forces',
      'organization:Saudi Arabia’s leadership',
      'location:Iraq',
    ]);
  });
});

describe("a people's state, mission and broadcasters", () => {
  it('"the Syrian state", "the Iraqi mission", "Iraqi television", "Iranian state media" are bodies', () => {
    expect(
      mentionsOf(
        'The Syrian state has collapsed. The Iraqi mission protested. Iraqi television reported it. Iranian state media denied it.',
        ['organization'],
      ),
    ).toEqual([
      'organization:Syrian state',
      'organization:Iraqi mission',
      'organization:Iraqi television',
      'organization:Iranian state media',
    ]);
  });

  it('not "the Iraqi state of emergency", "a Palestinian state" (a polity to be) nor "Red Sea State" (a province)', () => {
    expect(
      mentionsOf(
        'The Iraqi state of emergency ended. They back a Palestinian state. Floods hit Red Sea State.',
        ['organization'],
      ),
    ).toEqual([]);
  });
});

describe('bodies written in other ways than the knowledge base lists them', () => {
  it('"&" for "and": "Foreign & Commonwealth Office" is the Foreign Office, not "Commonwealth Office"', () => {
    const office = analyze(
      'From: Foreign & Commonwealth Office and The Rt Hon Boris Johnson MP',
    ).entities.find((e) => e.type === 'organization');
    expect(office?.mentions.map((m) => m.text)).toEqual(['Foreign & Commonwealth Office']);
    expect(office?.id).toBe(
      analyze('The Foreign and Commonwealth Office said.').entities.find((e) => e.type === 'organization')
        ?.id,
    );
  });

  it('"Office of the Spokesperson", "Office of the Secretary of Defense" are bodies, not their holders', () => {
    for (const text of [
      'Office of the Spokesperson. Washington, DC.',
      'The Office of the Secretary of Defense said.',
      'Office of the Prime Minister said so.',
    ]) {
      const types = analyze(text).entities.map((e) => `${e.type}:${e.name}`);
      expect(types.filter((t) => t.startsWith('person:'))).toEqual([]);
      expect(types.find((t) => t.startsWith('organization:Office of the'))).toBeDefined();
    }
  });
});

describe('units numbered after their word', () => {
  it('"Combined Task Force 150", "Destroyer Squadron 50" are units, each its own, a number ending the name', () => {
    expect(
      mentionsOf('Combined Task Force 150 and Task Force 55 joined Destroyer Squadron 50 on Monday.', [
        'organization',
      ]),
    ).toEqual([
      'organization:Combined Task Force 150',
      'organization:Task Force 55',
      'organization:Destroyer Squadron 50',
    ]);
    // Two words at least: "Team 5" is no unit.
    expect(mentionsOf('Team 5 won the match.', ['organization'])).toEqual([]);
  });
});

describe('bodies of a region with a government', () => {
  it('"the Kurdistan Region Security Council" is one body, not the UN\'s council in a region', () => {
    expect(
      mentionsOf('Fighters attacked, the Kurdistan Region Security Council said. The Security Council met.', [
        'organization',
        'location',
      ]),
    ).toEqual(['organization:Kurdistan Region Security Council', 'organization:Security Council']);
  });
});

describe('bodies whose names hold a title word', () => {
  it('"the U.S. Consulate General in Erbil" is a body and a place; "Consulate General Erbil" ranks no general', () => {
    expect(
      mentionsOf('The U.S. Consulate General in Erbil is open. Staff of Consulate General Erbil met.', [
        'organization',
        'location',
        'person',
      ]),
    ).toEqual(['organization:U.S. Consulate General', 'location:Erbil', 'location:Erbil']);
  });

  it('"Ministry of Law and Justice" is one body: "Justice" opens no person here', () => {
    expect(
      mentionsOf('Officials from the Ministry of Law and Justice met on Monday.', ['organization', 'person']),
    ).toEqual(['organization:Ministry of Law and Justice']);
  });
});

describe('bodies that look like something else', () => {
  it('"General Electric" is a company, not a general called Electric; a country\'s coast guard is a body', () => {
    expect(
      mentionsOf(
        'Companies such as General Electric and General Atomics bid. The Iraqi coast guard seized a dhow.',
        ['organization', 'person', 'location'],
      ),
    ).toEqual([
      'organization:General Electric',
      'organization:General Atomics',
      'organization:Iraqi coast guard',
    ]);
    // The coast itself stays a place.
    expect(mentionsOf('Ships sailed along the Omani coast.', ['location', 'organization'])).toEqual([
      'location:Omani coast',
    ]);
  });
});

describe('a name the knowledge base knows does not run on through "in"', () => {
  it('"by Daesh in Marea": the group, then a town no list knows', () => {
    expect(mentionsOf('The attack by Daesh in Marea was condemned.', ['organization', 'location'])).toEqual([
      'organization:Daesh',
      'location:Marea',
    ]);
    expect(mentionsOf('Reuters in Kafrnabl reported the strike.', ['organization', 'location'])).toEqual([
      'organization:Reuters',
      'location:Kafrnabl',
    ]);
  });
});

describe('a body\'s lead goes on through "of the"', () => {
  it('"the Army of the Victorious Sect", "the Ministry of the Interior", "the Department of the Army"', () => {
    expect(mentionsOf('He joined the Army of the Victorious Sect in 2006.', ['organization'])).toEqual([
      'organization:Army of the Victorious Sect',
    ]);
    expect(mentionsOf('He visited the Ministry of the Interior on Monday.', ['organization'])).toEqual([
      'organization:Ministry of the Interior',
    ]);
    expect(mentionsOf('The Department of the Army said.', ['organization'])).toEqual([
      'organization:Department of the Army',
    ]);
  });

  it('after a demonym or a country\'s possessive too: "the Iraqi Ministry of the Interior"', () => {
    expect(mentionsOf('The Iraqi Ministry of the Interior said.', ['organization', 'location'])).toEqual([
      'organization:Iraqi Ministry of the Interior',
    ]);
    expect(mentionsOf("Iraq's Ministry of the Interior said.", ['organization', 'location'])).toEqual([
      'location:Iraq',
      'organization:Ministry of the Interior',
    ]);
    // A country of two words likewise (it was "Saudi Arabia's Ministry", the body's name cut).
    expect(mentionsOf("Saudi Arabia's Ministry of the Interior said.", ['organization', 'location'])).toEqual(
      ['location:Saudi Arabia', 'organization:Ministry of the Interior'],
    );
    expect(
      mentionsOf("The United Kingdom's Ministry of Defence said.", ['organization', 'location']),
    ).toEqual(['location:United Kingdom', 'organization:Ministry of Defence']);
    // A body named with common words keeps its owner: "Iraq's government".
    expect(mentionsOf("Iraq's government said.", ['organization', 'location'])).toEqual([
      "organization:Iraq's government",
    ]);
  });

  it('not over a country the knowledge base knows, nor a title', () => {
    expect(mentionsOf('The Government of the United Kingdom said.', ['organization', 'location'])).toEqual([
      'organization:Government of the United Kingdom',
    ]);
    // A title, a rank or an acronym after the name begins something else.
    expect(
      mentionsOf('Department of the Treasury Secretary Janet Yellen said.', ['organization', 'person']),
    ).toEqual(['organization:Department of the Treasury', 'person:Janet Yellen']);
    expect(
      mentionsOf('Ministry of the Interior Maj. Gen. Saad Maan said.', ['organization', 'person']),
    ).toEqual(['organization:Ministry of the Interior', 'person:Saad Maan']);
    const analysis = analyze('He met the Secretary of the Army.');
    expect(analysis.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['person:Secretary of the Army']);
  });
});

describe('a body\'s British arm or a British charity, named with "UK" after it', () => {
  it('"Head of Care at Diabetes UK": the charity, and the title is of it (was the country "UK")', () => {
    const a = analyze('Dan Howarth, Head of Care at Diabetes UK, said: we know people in the UK suffer.');
    const charity = a.entities.find((e) => e.name === 'Diabetes UK');
    expect(charity?.type).toBe('organization');
    expect(a.entities.find((e) => e.name === 'Dan Howarth')?.roles).toEqual([
      { title: 'Head of Care', of: charity?.id },
    ]);
  });

  it('not a part of the country: "across Northern UK"', () => {
    expect(mentionsOf('Rain fell across Northern UK on Monday.', ['organization'])).toEqual([]);
  });
});

describe('bodies named by a lead word and its "of", "for" or "on"', () => {
  it('"College of Policing", "Chamber of Commerce", "Church of England", "Council on Foreign Relations" (were missed, or a place)', () => {
    expect(
      mentionsOf(
        'Staff at the College of Policing, the School of Medicine, the Chamber of Commerce and the Church of England met the Council on Foreign Relations, the Society of Professional Journalists and the Corporation for Public Broadcasting.',
        ['organization', 'location'],
      ),
    ).toEqual([
      'organization:College of Policing',
      'organization:School of Medicine',
      'organization:Chamber of Commerce',
      'organization:Church of England',
      'organization:Council on Foreign Relations',
      'organization:Society of Professional Journalists',
      'organization:Corporation for Public Broadcasting',
    ]);
  });
});

describe("a body's name opened by a pattern, then a title and a name", () => {
  it('"Chamber of Commerce President Suzanne Clark": the body, and her title of it (was one body of all five words)', () => {
    const a = analyze('Chamber of Commerce President Suzanne Clark spoke at the summit.');
    const chamber = a.entities.find((e) => e.name === 'Chamber of Commerce');
    expect(chamber?.type).toBe('organization');
    expect(a.entities.find((e) => e.name === 'Suzanne Clark')?.roles).toEqual([
      { title: 'President', of: chamber?.id },
    ]);
    expect(
      mentionsOf('Department of Defense Secretary Lloyd Austin spoke.', ['organization', 'person']),
    ).toEqual(['organization:Department of Defense', 'person:Lloyd Austin']);
  });
});

describe("a plural's possessive inside a body's name", () => {
  it('"Leeds Magistrates\' Court", "Department of Veterans\' Affairs", "Workers\' Party of Korea" (were cut at the apostrophe)', () => {
    expect(
      mentionsOf(
        "He will appear at Leeds Magistrates' Court. The Department of Veterans' Affairs and the Workers' Party of Korea said so.",
        ['organization', 'location'],
      ),
    ).toEqual([
      "organization:Leeds Magistrates' Court",
      "organization:Department of Veterans' Affairs",
      "organization:Workers' Party of Korea",
    ]);
  });
});
