/**
 * Mistakes a reader of real releases saw at once (White House readouts, a corporate wire release, a
 * police release), each on a sentence written like the original: titles in apposition, typeset
 * apostrophes in official country names, headline capitals, quote marks, and places that must not
 * grow over the names of bodies.
 */
import { describe, expect, it } from 'vitest';
import { type Analysis, analyze, type Entity, summarizeDocument } from '../src/index.js';

const named = (a: Analysis, type: string, name: string): Entity | undefined =>
  a.entities.find((e) => e.type === type && e.name === name);
const texts = (e: Entity | undefined) => e?.mentions.map((m) => m.text) ?? [];
const ofType = (a: Analysis, type: string) => a.entities.filter((e) => e.type === type).map((e) => e.name);

describe('a title in apposition refers to the person it names', () => {
  it('"the Deputy Prime Minister of Australia, Richard Marles": one person, with that role', () => {
    const a = analyze(
      'President Biden met the Deputy Prime Minister of Australia, Richard Marles, in Washington.',
    );
    const marles = named(a, 'person', 'Richard Marles');
    expect(texts(marles)).toEqual(['Deputy Prime Minister of Australia', 'Richard Marles']);
    expect(marles?.roles.map((r) => r.title)).toContain('Deputy Prime Minister of Australia');
    // No unnamed person called "Deputy Prime Minister of Australia".
    expect(ofType(a, 'person')).not.toContain('Deputy Prime Minister of Australia');
  });

  it('"Philip Hammond, the Foreign Secretary," gives Hammond the role and the mention', () => {
    const a = analyze('Philip Hammond, the Foreign Secretary, said the talks would resume.');
    const hammond = named(a, 'person', 'Philip Hammond');
    expect(texts(hammond)).toEqual(['Philip Hammond', 'Foreign Secretary']);
    expect(hammond?.roles).toContainEqual({ title: 'Foreign Secretary' });
    expect(ofType(a, 'role')).toEqual([]);
  });

  it('a title someone will hold stays a role held by them', () => {
    const a = analyze('Tom Goffus will serve as my Special Coordinator for Counter-Terrorism.');
    const role = named(a, 'role', 'Special Coordinator for Counter-Terrorism');
    expect(role?.heldBy).toEqual([named(a, 'person', 'Tom Goffus')?.id]);
  });

  it('"The Prime Minister and President Hollande" are two people', () => {
    const a = analyze('The Prime Minister and President Hollande discussed trade in Paris.');
    const hollande = named(a, 'person', 'Hollande');
    expect(texts(hollande)).not.toContain('Prime Minister');
  });
});

describe('official country names as typeset', () => {
  it('a curly apostrophe still names the country, and no country hides inside another', () => {
    const a = analyze(
      // (Not "called on the People’s Republic of China to help": asked to act, the country is the state.)
      'They condemned the Democratic People’s Republic of Korea and met envoys from the People’s Republic of China and the Republic of Korea.',
    );
    expect(texts(named(a, 'location', 'North Korea'))).toEqual(['Democratic People’s Republic of Korea']);
    expect(texts(named(a, 'location', 'China'))).toEqual(['People’s Republic of China']);
    expect(texts(named(a, 'location', 'South Korea'))).toEqual(['Republic of Korea']);
    expect(ofType(a, 'organization')).toEqual([]);
  });
});

describe('the tagger does not grow a known place over words that are not part of it', () => {
  it('a title-case headline: "Florida", not "L3Harris Expands Florida"', () => {
    const a = analyze(
      'L3Harris Expands Florida Facility to Support America’s Golden Dome\n\nMELBOURNE, Fla. – L3Harris Technologies has opened a facility in Palm Bay, Florida.\n',
    );
    expect(ofType(a, 'location')).not.toContain('L3Harris Expands Florida');
    expect(texts(named(a, 'location', 'Florida'))).toContain('Florida');
    expect(a.entities.flatMap(texts)).not.toContain('Support America');
  });

  it('a quote mark never opens a place name', () => {
    const a = analyze(
      '“Palm Bay is honored to be the home of this facility,” said Palm Bay Mayor Rob Medina.',
    );
    for (const e of a.entities) for (const m of e.mentions) expect(m.text).not.toMatch(/^[“"]/);
  });

  it('a body or group named after a place is not the place', () => {
    const a = analyze(
      'On Saturday, the Sioux City Police Department along with Sioux City Fire and Rescue responded. We thank the citizens of Sioux City for their help.',
    );
    const places = a.entities.filter((e) => e.type === 'location').flatMap(texts);
    expect(places).not.toContain('Sioux City Fire');
    expect(places).not.toContain('citizens of Sioux City');
  });
});

describe('people: where a name stops', () => {
  it('"Warren Entsch Cairns, Queensland": the town after the name is not part of it', () => {
    const a = analyze(
      'Doorstop with Warren Entsch Cairns, Queensland\n\nMr Entsch Any thoughts on the decision?\n',
    );
    expect(ofType(a, 'person')).toEqual(['Warren Entsch']);
    expect(texts(named(a, 'person', 'Warren Entsch'))).toEqual(['Warren Entsch', 'Entsch']);
  });

  it('a title before a surname is the same person, not another ("State’s Attorney Burke")', () => {
    const a = analyze(
      'Cook County State’s Attorney Eileen O’Neill Burke today announced charges.\n\n“This was brazen,” State’s Attorney Burke said.\n',
    );
    expect(ofType(a, 'person')).toEqual(['Eileen O’Neill Burke']);
    expect(texts(named(a, 'person', 'Eileen O’Neill Burke'))).toEqual(['Eileen O’Neill Burke', 'Burke']);
  });

  it('a road named after someone is not a person ("the Dan Ryan Expressway")', () => {
    const a = analyze('The suspects fled south on the Dan Ryan Expressway after the robbery.');
    expect(ofType(a, 'person')).toEqual([]);
  });

  it('a shouted dateline of two short words is looked up: "LOS ANGELES" is the city', () => {
    const a = analyze(
      'LOS ANGELES, CA — Today, U.S. Senator Alex Padilla announced new funding for the Los Angeles metro area.',
    );
    expect(ofType(a, 'person')).toEqual(['Alex Padilla']);
    expect(texts(named(a, 'location', 'Los Angeles'))).toContain('LOS ANGELES');
  });
});

describe('people named as a source, whatever the given name', () => {
  it('"according to Bechara Asmar, the confederation\'s president", "said Halima Yusuf, a nurse": people, linked to their surname later', () => {
    const a = analyze(
      'The strike began at dawn, according to Bechara Asmar, the confederation\'s president. Asmar said it would go on. "It is hard," said Halima Yusuf, a nurse in the camp.',
    );
    expect(ofType(a, 'person')).toEqual(['Bechara Asmar', 'Halima Yusuf']);
    expect(texts(named(a, 'person', 'Bechara Asmar'))).toEqual(['Bechara Asmar', 'Asmar']);
  });

  it('not a body or a known name: "according to Oxford Economics, a consultancy", "said Goldman Sachs, the investment bank"', () => {
    const a = analyze(
      'Prices rose, according to Oxford Economics, a consultancy. Aid stopped, according to Médecins Sans Frontières, the medical charity. "The market is resilient," said Goldman Sachs, the investment bank. "The vessel was hit," said Ambrey Analytica, a British maritime security firm.',
    );
    expect(ofType(a, 'person')).toEqual([]);
  });
});

describe('people: descriptions, post-nominals and shouted headings', () => {
  it('"Seasoned Google Cloud leader Scott Jensen" is Scott Jensen', () => {
    const a = analyze(
      'Cloudbench today announced a new business unit. Seasoned Google Cloud leader Scott Jensen will lead it. "We are thrilled," says Scott Jensen, President of the unit.',
    );
    expect(ofType(a, 'person')).toEqual(['Scott Jensen']);
  });

  it('"THE HON. ANDREW PEACOCK M.P." in the heading is the Andrew Peacock of the text, named as the text writes him', () => {
    const a = analyze(
      'MINISTER FOR\n\nFOREIGN AFFAIRS\n\nTHE HON. ANDREW PEACOCK M.P.\n\nThe Minister for Foreign Affairs, Andrew Peacock, today announced aid. Mr Peacock said more would follow.\n',
    );
    const peacock = named(a, 'person', 'Andrew Peacock');
    expect(texts(peacock)).toContain('ANDREW PEACOCK');
    expect(texts(peacock)).not.toContain('ANDREW PEACOCK M.P.');
    expect(ofType(a, 'person')).not.toContain('MINISTER FOR');
  });
});

describe('legislators', () => {
  it('"U.S. Sens. Mark R. Warner and Tim Kaine (both D-VA)": two senators, and no Veterans Affairs', () => {
    const a = analyze(
      'WASHINGTON – U.S. Sens. Mark R. Warner and Tim Kaine (both D-VA) today urged officials to act. Rep. Jane Doe (R-Texas) agreed.',
    );
    expect(ofType(a, 'person')).toEqual(['Mark R. Warner', 'Tim Kaine', 'Jane Doe']);
    expect(ofType(a, 'organization')).toEqual([]);
    expect(texts(named(a, 'location', 'Texas'))).toEqual(['Texas']);
  });

  it('a double surname written alone after a title is the same person', () => {
    const a = analyze(
      'Congresswoman Kristen McDonald Rivet joined the call. Congresswoman McDonald Rivet said the bill matters.',
    );
    expect(ofType(a, 'person')).toEqual(['Kristen McDonald Rivet']);
    expect(texts(named(a, 'person', 'Kristen McDonald Rivet'))).toEqual([
      'Kristen McDonald Rivet',
      'McDonald Rivet',
    ]);
  });

  it('"Virginia hospitals" are not a place; "Mosul district" is', () => {
    const a = analyze('Virginia hospitals warned of closures, as did clinics in Mosul district.');
    expect(a.entities.filter((e) => e.type === 'location').flatMap(texts)).toEqual([
      'Virginia',
      'Mosul district',
    ]);
    // A part of Mosul is a mention of Mosul.
    expect(ofType(a, 'location')).toEqual(['Virginia', 'Mosul']);
  });
});

describe('places the tagger grows', () => {
  it('a capitalised compass word makes another place: "South Sioux City" is not Sioux City', () => {
    const a = analyze('He lives in South Sioux City, near Sioux City, and works in West Texas.');
    expect(texts(named(a, 'location', 'Sioux City'))).toEqual(['Sioux City']);
    expect(texts(named(a, 'location', 'South Sioux City'))).toEqual(['South Sioux City']);
    expect(ofType(a, 'location')).toContain('West Texas');
  });

  it('an opening word and its comma are not part of the place', () => {
    const a = analyze('Additionally, America will invest in new mines in the United States and abroad.');
    expect(a.entities.flatMap(texts)).not.toContain('Additionally, America');
  });
});

describe('companies and adjectives', () => {
  it('a company named with its legal form is one organisation, whatever its first word', () => {
    const a = analyze(
      'GREENWICH, Conn. -- American Battery Materials, Inc. (OTCQB: BLTH), a mining company, announced results. Noble Mineral Exploration Inc. agreed.',
    );
    expect(ofType(a, 'organization')).toEqual([
      'American Battery Materials, Inc.',
      'Noble Mineral Exploration Inc.',
    ]);
    expect(ofType(a, 'nationality')).toEqual([]);
  });

  it('the "About" heading of the boilerplate is no part of the company it names', () => {
    const a = analyze(
      'Shares rose.\n\nAbout American Battery Materials, Inc.\n\nAmerican Battery Materials, Inc., headquartered in Greenwich, is a mining company.',
    );
    const company = a.entities.filter((e) => e.type === 'organization');
    expect(company.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      [
        'American Battery Materials, Inc.',
        ['American Battery Materials, Inc.', 'American Battery Materials, Inc.'],
      ],
    ]);
  });

  it('a company name may open with an ordinal, a preposition or a number; a year or "At" before it may not', () => {
    const a = analyze(
      'First Solar, Inc. and Under Armour, Inc. bought shares of 1847 Holdings LLC. In 2024 Acme Holdings Ltd grew. At Zenith Corp., we care.',
    );
    expect(ofType(a, 'organization')).toEqual([
      'First Solar, Inc.',
      'Under Armour, Inc.',
      '1847 Holdings LLC',
      'Acme Holdings Ltd',
      'Zenith Corp.',
    ]);
  });

  it('a company named with and without its legal form is one entity; "SOURCE" closing a wire release is no part of it', () => {
    const a = analyze(
      'Castellan Defense Systems, Inc. won a contract from Redstone Arsenal. "Castellan Defense Systems is proud," he said.\n\nSOURCE Castellan Defense Systems, Inc.',
    );
    const companies = a.entities.filter((e) => e.type === 'organization');
    expect(companies.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      [
        'Castellan Defense Systems, Inc.',
        ['Castellan Defense Systems, Inc.', 'Castellan Defense Systems', 'Castellan Defense Systems, Inc.'],
      ],
    ]);
    expect(a.entities.find((e) => e.name === 'Redstone Arsenal')?.type).toBe('location');
  });

  it('a listed company whose name opens with a preposition keeps it: "Near Intelligence, Inc. (NASDAQ: NIR)"', () => {
    const a = analyze(
      'PASADENA, Calif., March 4, 2024 -- Near Intelligence, Inc. (NASDAQ: NIR), a data company, today announced results. Near Intelligence will host a call.',
    );
    expect(texts(named(a, 'organization', 'Near Intelligence, Inc.'))).toEqual([
      'Near Intelligence, Inc.',
      'Near Intelligence',
    ]);
    expect(ofType(a, 'location')).toEqual(['Pasadena']);
    // Unlisted, "At" still opens the phrase, not the name.
    expect(ofType(analyze('At Acme Corp. we build things.'), 'organization')).toEqual(['Acme Corp.']);
  });

  it('"About Acme Biotech, Inc. (NASDAQ: ABIO)" heading the boilerplate leaves "About" out, listed or not', () => {
    const a = analyze(
      'About Acme Biotech, Inc. (NASDAQ: ABIO)\nAcme Biotech is a clinical-stage company. At Gartner, Inc. (NYSE: IT), we build.',
    );
    expect(texts(named(a, 'organization', 'Acme Biotech, Inc.'))).toEqual([
      'Acme Biotech, Inc.',
      'Acme Biotech',
    ]);
    expect(ofType(a, 'organization')).toContain('Gartner, Inc.');
    expect(ofType(a, 'person')).toEqual([]);
  });

  it('an adjective before a place is not part of it: "a proud Colorado company"', () => {
    const a = analyze('We are a proud Colorado company. Fighting continued in eastern Aleppo.');
    expect(a.entities.filter((e) => e.type === 'location').flatMap(texts)).toEqual([
      'Colorado',
      'eastern Aleppo',
    ]);
  });

  it('an age before a place is not part of it: "a 34-year-old Sydney man" (was "34-year-old Sydney")', () => {
    const a = analyze(
      'Police arrested a 34-year-old Sydney man on Tuesday. A 45-year-old Melbourne woman was also charged.',
    );
    expect(a.entities.filter((e) => e.type === 'location').flatMap(texts)).toEqual(['Sydney', 'Melbourne']);
  });

  it('a person of a place is not part of it: "a citizen of Mexico" (was the place "citizen of Mexico")', () => {
    const a = analyze(
      'The defendant, Juan Perez, 31, a citizen of Mexico residing in Houston, pleaded guilty.',
    );
    expect(a.entities.filter((e) => e.type === 'location').flatMap(texts)).toEqual(['Mexico', 'Houston']);
  });
});

describe('what the tagger may add or grow', () => {
  const names = (a: Analysis) =>
    a.entities
      .filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'location')
      .flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

  it('a phrase of common words in capitals is not a person: "Foreign Military Sales", "Project Safe Childhood"', () => {
    expect(
      names(
        analyze(
          'The partners will re-sequence planned deliveries of Foreign Military Sales of critical air defense interceptors to Ukraine.',
        ),
      ),
    ).toEqual(['location:Ukraine']);
    expect(
      names(
        analyze(
          'This case was brought as part of Project Safe Childhood, a nationwide initiative launched in May 2006.',
        ),
      ),
    ).toEqual([]);
    expect(
      names(
        analyze(
          'In July 2026, President Trump signed a Presidential Determination delegating authority under the Act.',
        ),
      ),
    ).toEqual(['person:Trump']);
  });

  it('an acronym after a title-like word is not a person: "Federal BLM land"', () => {
    expect(
      names(
        analyze('The company holds mineral rights on 14,000 acres on Federal BLM land in southeastern Utah.'),
      ),
    ).toEqual(['location:southeastern Utah']);
  });

  it('a name never starts inside a number: "20,000 additional U.S. forces"', () => {
    const a = analyze(
      'Earlier this year, we surged 20,000 additional U.S. forces to Europe to bolster our Allies.',
    );
    expect(names(a)).toEqual(['organization:U.S. forces', 'location:Europe']);
  });

  it('an opening word of a list item and its comma are not part of the place', () => {
    const a = analyze(
      'The fund will build secure supply chains.\n- Additionally, America cannot restore its industrial base alone.',
    );
    expect(names(a)).toEqual(['location:America']);
  });

  it('a name never spans a layout gap of two spaces', () => {
    const a = analyze(
      'Join us at BAAR BAAR Los Angeles  Los Angeles, CA – The Foundation will host the dinner.',
    );
    expect(names(a).filter((n) => n.includes('  '))).toEqual([]);
  });
});

describe('regions named with a capitalised compass word', () => {
  it('"SOUTHWEST ASIA" in a dateline is one place, the same as "Southwest Asia", and not Asia', () => {
    const a = analyze(
      'SOUTHWEST ASIA — Coalition military forces conducted 18 strikes in Northern Iraq. Southwest Asia remains tense.',
    );
    expect(texts(named(a, 'location', 'Southwest Asia'))).toEqual(['SOUTHWEST ASIA', 'Southwest Asia']);
    expect(texts(named(a, 'location', 'Northern Iraq'))).toEqual(['Northern Iraq']);
    expect(ofType(a, 'location')).not.toContain('Asia');
  });
});

describe('a title with the body it belongs to', () => {
  it('"FCO Minister Tobias Ellwood": the person is written with the whole title, the role is the title proper', () => {
    const text = 'FCO Minister Tobias Ellwood welcomed the deal.';
    const a = analyze(text);
    const ellwood = named(a, 'person', 'Tobias Ellwood');
    const mention = ellwood?.mentions[0];
    expect(mention?.title && text.slice(mention.title.start, mention.end)).toBe(
      'FCO Minister Tobias Ellwood',
    );
    expect(ellwood?.roles.map((r) => r.title)).toEqual(['Minister']);
    expect(ofType(a, 'person')).toEqual(['Tobias Ellwood']);
    expect(ofType(a, 'organization')).toEqual(['FCO']);
  });

  it('"Foreign Office Minister, Tobias Ellwood,": the title with its body is his mention, "Minister" of the Foreign Office his role', () => {
    const a = analyze(
      'After the attack in Baghdad Foreign Office Minister, Tobias Ellwood, said it was appalling.',
    );
    const ellwood = named(a, 'person', 'Tobias Ellwood');
    expect(texts(ellwood)).toEqual(['Foreign Office Minister', 'Tobias Ellwood']);
    const office = named(a, 'organization', 'Foreign Office');
    expect(ellwood?.roles).toEqual([{ title: 'Minister', of: office?.id }]);
  });
});

describe('what the tagger adds must be a place or a person', () => {
  it('a place does not grow over a capitalised word that is no place word', () => {
    const a = analyze(
      'They stole watches from a Michigan Avenue Rolex store. Fans of Melbourne Victory met in Melbourne. The Mosul Dam and Northern Ontario were named.',
    );
    const places = ofType(a, 'location');
    expect(places).not.toContain('Michigan Avenue Rolex');
    expect(places).not.toContain('Melbourne Victory');
    expect(places).toEqual(expect.arrayContaining(['Mosul Dam', 'Northern Ontario']));
  });

  it('"Public Health England (PHE)": a name defined by its initials is a body, not a place', () => {
    const a = analyze(
      'New analysis from Public Health England (PHE) out today shows the risk. PHE said adults should act.',
    );
    expect(texts(named(a, 'organization', 'Public Health England'))).toEqual([
      'Public Health England',
      'PHE',
      'PHE',
    ]);
    expect(ofType(a, 'location')).toEqual([]);
  });

  it('a trade or calling before a name is a title: "Chef Sujan Sarkar", "Paralympian Priya Cooper"', () => {
    const a = analyze(
      'Chef Sujan Sarkar will cook. Paralympian Priya Cooper spoke. Chef Sarkar thanked her.',
    );
    expect(ofType(a, 'person')).toEqual(['Sujan Sarkar', 'Priya Cooper']);
    expect(named(a, 'person', 'Sujan Sarkar')?.roles).toContainEqual({ title: 'Chef' });
  });

  it('a singular demonym before a noun stays a nationality: "Arab news organizations"', () => {
    const a = analyze(
      "I'm just seeing some Arab news organizations reporting that there's been some retaliation.",
    );
    expect(ofType(a, 'nationality')).toEqual(['Arab']);
    expect(ofType(a, 'organization')).toEqual([]);
  });

  it('a company is named again without its trade word: "L3Harris Technologies" … "L3Harris"', () => {
    const a = analyze(
      'L3Harris Technologies has completed a $100 million expansion in Palm Bay. L3Harris’ new investment adds capacity. “We deliver,” said Christopher E. Kubasik, Chair and CEO, L3Harris.',
    );
    const company = named(a, 'organization', 'L3Harris Technologies');
    expect(texts(company)).toEqual(['L3Harris Technologies', 'L3Harris', 'L3Harris']);
    // The titles after his name are his, of the company written after them.
    expect(named(a, 'person', 'Christopher E. Kubasik')?.roles).toEqual([
      { title: 'Chair and CEO', of: company?.id },
    ]);
  });

  it('so is a robotics or analytics firm: "Northvale Robotics" … "Northvale"', () => {
    const a = analyze(
      'Northvale Robotics launched a drone. Northvale said the drone would ship in March, and Northvale will hire 40 engineers.',
    );
    expect(texts(named(a, 'organization', 'Northvale Robotics'))).toEqual([
      'Northvale Robotics',
      'Northvale',
      'Northvale',
    ]);
  });

  it("names a release defines in quotes are the company's: (“Noble” or the “Company”)", () => {
    const a = analyze(
      'TORONTO, Nov. 5, 2025 - Noble Mineral Exploration Inc. (“Noble” or the “Company”) (TSX-V:NOB) announced results. Noble said the Company would drill. The Company is funded.',
    );
    expect(texts(named(a, 'organization', 'Noble Mineral Exploration Inc.'))).toEqual([
      'Noble Mineral Exploration Inc.',
      'Noble',
      'Company',
      'Noble',
      'the Company',
      'The Company',
    ]);
  });

  it('a common word is no short form of a company: "Apple Inc." does not make every "Apple" one', () => {
    const a = analyze('Apple Inc. opened a store. Apple pie was served.');
    expect(texts(named(a, 'organization', 'Apple Inc.'))).toEqual(['Apple Inc.']);
  });

  it('"the President" of a White House gaggle is not the President spoken to later ("to President Xi")', () => {
    const a = analyze(
      'On Monday the President will travel to Virginia. But the President is looking forward to it. Q Had he mentioned that to President Xi when he spoke to him? Did the President raise it?',
    );
    const xi = named(a, 'person', 'Xi');
    expect(texts(xi)).not.toContain('President');
    const president = named(a, 'person', 'President');
    expect(president?.mentions.filter((m) => !m.pronoun).map((m) => m.text)).toEqual([
      'President',
      'President',
      'President',
    ]);
  });

  it('"the President" is still the one named later in other words ("as President Biden has made clear")', () => {
    const a = analyze(
      'The options were presented to the President. But as President Biden has made clear, we will act.',
    );
    expect(texts(named(a, 'person', 'Joe Biden'))).toEqual(['President', 'Biden']);
  });

  it('regions, nationalities and plural nouns make no person', () => {
    const a = analyze(
      'The mission met Central Asian officials. The route is a European Cultural Itinerary. It was in the Transportation, Housing and Urban Development Appropriations bill. The deals include Niron Magnetics, which makes magnets.',
    );
    expect(ofType(a, 'person')).toEqual([]);
  });
});

describe('the release date', () => {
  it('is a date alone on its line under a speech heading, which anchors "last week" and "today"', () => {
    const a = analyze(
      'Speech to the Senate, Canberra\n\nADJOURNMENT DEBATE SPEECH ON MYANMAR\n\nSENATE, CANBERRA\n\nTUESDAY, 17 OCTOBER 2017\n\nLast week in Adelaide I met with members of the community. Today I rise to speak.\n',
    );
    expect(a.document.date).toBe('2017-10-17');
    expect(a.entities.find((e) => e.name === 'Last week')?.value).toBe('2017-10-09/2017-10-15');
  });

  it('is not the date of the death a casualty release reports, so "today" stays open', () => {
    const a = analyze(
      'WASHINGTON - The Department of Defense announced today the death of a soldier.\n\nSgt. 1st Class Eric M. Emond, 39, died March 30, 2018, in Manbij, Syria.\n',
    );
    expect(a.document.date).toBeNull();
    expect(a.entities.find((e) => e.name === 'today')?.mentions.map((m) => m.text)).toEqual(['today']);
  });

  it('is a date alone on the first line, not the past date the lead opens with (session 10)', () => {
    const a = analyze(
      'March 3, 2017\n\nThe raid on Jan. 29, 2017, killed a SEAL.\n\nYesterday, U.S. forces conducted 20 strikes.',
    );
    expect(a.document.date).toBe('2017-03-03');
    expect(a.entities.find((e) => e.name === 'Yesterday')?.value).toBe('2017-03-02');
  });

  it('is the "Published:" line of a GOV.UK story, under a summary read as the lead, and it dates the weekdays', () => {
    const a = analyze(
      'Update: air strikes against Daesh\n\nThe RAF has continued to attack Daesh targets in Iraq.\n\nFrom: Ministry of Defence\nPublished: 19 December 2016\n\nOn Wednesday 14 December, two Typhoons struck a mortar position near Mosul.\n',
    );
    expect(a.document.date).toBe('2016-12-19');
    expect(
      a.entities.find((e) => e.type === 'date' && e.mentions[0]?.text.includes('14 December'))?.value,
    ).toBe('2016-12-14');
  });

  it('is no date line far below the top', () => {
    const body = Array.from({ length: 7 }, (_, i) => `Paragraph ${i + 1} of the speech says little.`).join(
      '\n\n',
    );
    const a = analyze(`Speech to the Senate\n\n${body}\n\nTUESDAY, 17 OCTOBER 2017\n`);
    expect(a.document.date).toBeNull();
  });
});

describe('bodies with a place in their name', () => {
  it('"United States District Court Chief Judge Leonard T. Strand": the court, then the judge of it', () => {
    const a = analyze('He was sentenced by United States District Court Chief Judge Leonard T. Strand.');
    const court = named(a, 'organization', 'United States District Court');
    expect(court).toBeDefined();
    expect(ofType(a, 'location')).toEqual([]);
    expect(named(a, 'person', 'Leonard T. Strand')?.roles).toEqual([{ title: 'Chief Judge', of: court?.id }]);
  });

  it('"in" before a known place ends a body\'s name: "District Court in Sioux City"', () => {
    const a = analyze('He pleaded guilty in United States District Court in Sioux City.');
    expect(ofType(a, 'organization')).toEqual(['United States District Court']);
    expect(ofType(a, 'location')).toEqual(['Sioux City']);
  });

  it('news outlets a briefing names are organisations, not the city in their name', () => {
    const a = analyze('Go ahead, Nadia from Al Arabiya. Then NPR, and the New York Times.');
    expect(ofType(a, 'organization')).toEqual(['Al Arabiya', 'NPR', 'New York Times']);
    expect(ofType(a, 'location')).toEqual([]);
  });
});

describe('a place named again', () => {
  it('is that place wherever its name is written, bar inside a longer name', () => {
    const a = analyze(
      'The work will be done here in Cairns. And I think that Cairns is a major winner. Upgrades at HMAS Cairns and the Cairns Regional Council follow.',
    );
    expect(texts(named(a, 'location', 'Cairns'))).toEqual(['Cairns', 'Cairns']);
  });
});

describe('the issuer of a corporate release', () => {
  it('is named by its "About …" heading, and is a mention wherever its name is written', () => {
    const a = analyze(
      'Award goes to local frame shop\n\nThe Digital Frontier won the award. Customers love The Digital Frontier.\n\nAbout The Digital Frontier\nA frame shop in Chandler.\n',
    );
    expect(texts(named(a, 'organization', 'The Digital Frontier'))).toEqual([
      'The Digital Frontier',
      'The Digital Frontier',
      'The Digital Frontier',
    ]);
  });

  it('"About Us" names no one', () => {
    const a = analyze('Heading\n\nAbout Us\nWe make frames.\n');
    expect(ofType(a, 'organization')).toEqual([]);
  });
});

describe('institutions and field labels', () => {
  it('hospitals and magazines are organisations', () => {
    const a = analyze(
      'Funding goes to Buchanan General Hospital and Sentara Halifax Regional Hospital. Felix Magazine will cover it.',
    );
    expect(ofType(a, 'organization')).toEqual([
      'Buchanan General Hospital',
      'Sentara Halifax Regional Hospital',
      'Felix Magazine',
    ]);
    expect(ofType(a, 'location')).toEqual([]);
  });

  it('"WHO:" labelling a flattened advisory\'s field is not the World Health Organization', () => {
    const a = analyze('at the restaurant on May 13, 2024  WHO: The Aparecio Foundation  WHAT: A dinner.');
    expect(ofType(a, 'organization')).not.toContain('WHO');
    // A label opening its line is known already; the World Health Organization mid-sentence stays.
    expect(ofType(analyze('Experts from the WHO: they advised.'), 'organization')).toEqual(['WHO']);
  });
});

describe('people listed with their ages', () => {
  it('a name and an age, in a list of defendants or a sentence, is a person whatever its words', () => {
    const a = analyze(
      'The defendants charged are listed below:\nVictory Banks, 33\nWill Brown, 21\nArmon Williams, 18\n\nJuan Pablo Hernandez, 44, originally from El Salvador, was sentenced.',
    );
    expect(ofType(a, 'person')).toEqual([
      'Victory Banks',
      'Will Brown',
      'Armon Williams',
      'Juan Pablo Hernandez',
    ]);
  });
});

describe('transcript turn labels in capitals', () => {
  it('"PRESIDENT BIDEN:" is Biden speaking, with his "I"; "Mr. President" addresses him', () => {
    const a = analyze(
      'Remarks by President Biden and NATO Secretary General Jens Stoltenberg\n\nSECRETARY GENERAL STOLTENBERG: So, Mr. President, welcome.\n\nPRESIDENT BIDEN: Well, Jens, thank you. I think it is history-making.\n',
    );
    // (The knowledge base gives him his full name.)
    const biden = named(a, 'person', 'Joe Biden');
    expect(texts(biden)).toEqual(['Biden', 'President', 'BIDEN', 'I']);
    expect(biden?.roles).toEqual([{ title: 'President' }]);
    expect(ofType(a, 'person')).toEqual(['Joe Biden', 'Jens Stoltenberg']);
  });
});

describe('two people of one surname', () => {
  it('"Mariah Thomas" opening a sentence after "Tariq Thomas" is another person, "Meanwhile Thomas" is not', () => {
    const a = analyze(
      'Police arrested Tariq Thomas, 19, on Monday. Mariah Thomas was charged with Obstruction. Meanwhile Thomas said nothing. SA Burke spoke.',
    );
    const tariq = a.entities.find((e) => e.name === 'Tariq Thomas');
    const mariah = a.entities.find((e) => e.name === 'Mariah Thomas');
    expect(tariq?.mentions.map((m) => m.text)).toEqual(['Tariq Thomas', 'Thomas']);
    expect(mariah?.mentions.map((m) => m.text)).toEqual(['Mariah Thomas']);
  });
});

describe('a company named again by its distinctive word', () => {
  it('"Cboe Global Markets" … "Cboe expects": generic trade words drop; a common word alone never stands for it', () => {
    const a = analyze(
      'Cboe Global Markets today announced a plan. Cboe expects growth. Standard International Corp. agreed. Standard rules apply.',
    );
    expect(a.entities.find((e) => e.name === 'Cboe Global Markets')?.mentions.map((m) => m.text)).toEqual([
      'Cboe Global Markets',
      'Cboe',
    ]);
    expect(
      a.entities.find((e) => e.name === 'Standard International Corp.')?.mentions.map((m) => m.text),
    ).toEqual(['Standard International Corp.']);
  });
});

describe('stand-ins and former holders', () => {
  it('"the Committee" after "FOMC" is the committee the acronym names', () => {
    const a = analyze(
      'The FOMC met on Tuesday. The Committee decided to hold rates; the Committee will watch.',
    );
    expect(a.entities.find((e) => e.name === 'FOMC')?.mentions.map((m) => m.text)).toEqual([
      'FOMC',
      'The Committee',
      'the Committee',
    ]);
  });

  it('"the coalition", "the department": a body named before, repeated by its head word in lower case', () => {
    const a = analyze(
      'The Global Coalition to Defeat ISIS met in Washington. The coalition has liberated Mosul. ' +
        'The Sioux City Police Department said the department would review it. The commission of inquiry met.',
    );
    const mentions = (name: string) => a.entities.find((e) => e.name === name)?.mentions.map((m) => m.text);
    expect(mentions('Global Coalition to Defeat ISIS')).toEqual([
      'Global Coalition to Defeat ISIS',
      'The coalition',
    ]);
    expect(mentions('Sioux City Police Department')).toEqual([
      'Sioux City Police Department',
      'the department',
    ]);
    expect(a.entities.some((e) => e.mentions.some((m) => m.text.includes('commission')))).toBe(false);
  });

  it('"former President Trump" holds the title no longer: "the President" of the gaggle is not Trump', () => {
    const a = analyze(
      'Press Gaggle by Press Secretary Karine Jean-Pierre\n\nMS. JEAN-PIERRE: The President will speak tonight. He will talk about democracy.\n\nQ Will he mention former President Trump by name?',
    );
    const trump = a.entities.find((e) => e.name === 'Donald Trump');
    expect(trump?.mentions.map((m) => m.text)).toEqual(['Trump']);
    expect(a.entities.find((e) => e.name === 'President')?.mentions.map((m) => m.text)).toEqual([
      'President',
      'He',
      'he',
    ]);
  });

  it('"the former President" is not the President the gaggle is about', () => {
    const a = analyze('Q: What about the former President? The President said no. President Biden agreed.');
    const people = a.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['former President', ['former President']],
      ['Joe Biden', ['President', 'Biden']],
    ]);
  });
});

describe('headings in capitals', () => {
  it('"BOLSTERING AMERICAN MINING: Today, …" is a fact sheet heading, not a speaker; "SECRETARY AUSTIN:" is one', () => {
    const text =
      'Fact Sheet: New Mining Projects\n\nBOLSTERING AMERICAN MINING: Today, the President held a roundtable.\n\nSECRETARY AUSTIN: Thank you all.';
    const a = analyze(text);
    const turns = a.document.sections.filter((s) => s.kind === 'transcript-turn');
    expect(turns.map((s) => s.speaker?.text)).toEqual(['SECRETARY AUSTIN']);
  });
});

describe('British police releases', () => {
  it('ranks without full stops ("Det Insp Claire Ashworth"), a team as a body, and "the town" after a street is the town', () => {
    const a = analyze(
      'Police were called to Burnley on Saturday. A man was arrested on Piccadilly Road.\n\nDet Insp Claire Ashworth said: "The town will see patrols." Insp Mark Haworth, of the Burnley Neighbourhood Policing Team, agreed.',
    );
    const people = a.entities.filter((e) => e.type === 'person' && !e.mentions.every((m) => m.pronoun));
    expect(
      people.map((e) => e.mentions.filter((m) => !m.pronoun).map((m) => `${m.title?.text} ${m.text}`)),
    ).toEqual([['Det Insp Claire Ashworth'], ['Insp Mark Haworth']]);
    expect(a.entities.find((e) => e.name === 'Burnley Neighbourhood Policing Team')?.type).toBe(
      'organization',
    );
    const town = analyze(
      'Police were called to a house in Burnley. A man was arrested on Piccadilly Road. Patrols in the town rose.',
    );
    expect(town.entities.find((e) => e.name === 'Burnley')?.mentions.map((m) => m.text)).toEqual([
      'Burnley',
      'the town',
    ]);
  });
});

describe('transcripts pasted without blank lines between turns', () => {
  it('each labelled line opens a turn of its own, so "I" is its speaker and "he" is not', () => {
    const text =
      'Press Briefing by John Kirby\n\nMR. KIRBY: Thank you. Let me go to Tara Copp.\nQ: Hi. Did Secretary Austin speak with his Israeli counterpart?\nMR. KIRBY: He did, and I spoke with Minister Gallant yesterday.\nA detail from the same turn.';
    const a = analyze(text);
    const turns = a.document.sections.filter((s) => s.kind === 'transcript-turn');
    expect(turns.map((s) => s.speaker?.text)).toEqual(['MR. KIRBY', 'Q', 'MR. KIRBY']);
    expect(text.slice(turns[2]?.start, turns[2]?.end)).toMatch(/same turn\.$/);
    const kirby = a.entities.find((e) => e.name === 'John Kirby');
    expect(kirby?.mentions.filter((m) => m.pronoun).map((m) => m.text)).toEqual(['me', 'I']);
  });
});

describe('page headers pasted without blank lines', () => {
  it('the summary opens with the lead, not with "Skip to main content" or the release line', () => {
    const page =
      'SIX DEFENDANTS CHARGED IN SMASH AND GRAB | Office of the State’s Attorney\n\nSkip to main content\nPress Release\nSIX DEFENDANTS CHARGED IN SMASH AND GRAB\nSeptember 08, 2025\nCHICAGO\n—\nThe State’s Attorney today announced that charges have been filed against six offenders who stole watches.';
    const fed =
      'Federal Reserve issues FOMC statement\n\nJuly 30, 2025\n\nFederal Reserve issues FOMC statement\nFor release at 2:00 p.m. EDT\n\nRecent indicators suggest that growth of economic activity moderated in the first half of the year.';
    for (const text of [page, fed]) {
      const summary = summarizeDocument(text, analyze(text));
      expect(summary.sentences[0]?.text).toMatch(/^(?:The State’s Attorney today|Recent indicators)/);
    }
    // Short lines wrapped one under the other stay the paragraph they are.
    const wrapped = `Title\n\n${'The minister\n'.repeat(11)}met on 1 January 2024.`;
    expect(analyze(wrapped).document.sections.map((s) => s.kind)).toEqual(['title', 'lead']);
  });
});

describe('the UK health service and its bodies', () => {
  it('"From: Public Health England", "NHS England", "the NHS" are bodies (were the place England, or nothing)', () => {
    const a = analyze(
      'From: Public Health England\n\nNHS England and NHS Digital published the data. The NHS will expand the programme.',
    );
    expect(ofType(a, 'organization')).toEqual(['Public Health England', 'NHS England', 'NHS Digital', 'NHS']);
    expect(ofType(a, 'location')).toEqual([]);
  });
});
