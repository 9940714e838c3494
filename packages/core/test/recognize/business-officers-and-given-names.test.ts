/**
 * Names a reader of business and civic news meets that the rules missed: a company named by its
 * possessive before an officer (recognize/business-descriptions.ts, possessedByOfficers) and a
 * title in apposition after it (link/role-references.ts), companies whose possessive is their name
 * and a few more the press quotes (knowledge/organizations.ts), offices named for their officer
 * (recognize/inner-possessives.ts), surnames that are event words, given names that are demonyms
 * or places, and holders after a title's place or a county's office (recognize/people.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { mentionsOf } from './mentions-of.js';

const ORGS_AND_PEOPLE = ['organization', 'person'] as const;

describe('a company named by its possessive before an officer only a business has', () => {
  it('"Zentrix\'s chief executive Jane Doe": the company, and her role is of it', () => {
    const analysis = analyze("Zentrix's chief executive Jane Doe said sales rose.");
    const company = analysis.entities.find((e) => e.name === 'Zentrix');
    expect(company?.type).toBe('organization');
    const jane = analysis.entities.find((e) => e.name === 'Jane Doe');
    expect(jane?.roles.map((r) => [r.title, r.of])).toEqual([['chief executive', company?.id]]);
  });

  it('reads "CEO", "chief financial officer" and shareholders, and the bare apostrophe after an s', () => {
    expect(mentionsOf("Kroger's new CEO said prices would fall.", ['organization'])).toEqual([
      'organization:Kroger',
    ]);
    expect(mentionsOf("Walgreens' chief financial officer said margins fell.", ['organization'])).toEqual([
      'organization:Walgreens',
    ]);
    expect(mentionsOf("Zentrix's shareholders approved the merger.", ['organization'])).toEqual([
      'organization:Zentrix',
    ]);
  });

  it("not a person's possessive: a chief of staff, a spokesman or shares are no business's", () => {
    expect(mentionsOf("Brandt's chief of staff said the talks went well.", ['organization'])).toEqual([]);
    expect(mentionsOf("Brandt's spokesman declined to comment.", ['organization'])).toEqual([]);
    expect(mentionsOf("Brandt's shares rose.", ['organization'])).toEqual([]);
  });
});

describe("a company named just before its officer and the officer's name, with no possessive", () => {
  it('"Skyrail CEO Dana Whitfield": the company, and her role is of it (was no company)', () => {
    const analysis = analyze('"The line opens in May," said Skyrail CEO Dana Whitfield.');
    const company = analysis.entities.find((e) => e.name === 'Skyrail');
    expect(company?.type).toBe('organization');
    const dana = analysis.entities.find((e) => e.name === 'Dana Whitfield');
    expect(dana?.roles).toEqual([{ title: 'CEO', of: company?.id }]);
    expect(
      mentionsOf('Quorvia Chief Financial Officer Raj Patel and Quorvia Founder and CEO Lena Ortiz spoke.', [
        ...ORGS_AND_PEOPLE,
      ]),
    ).toEqual(['organization:Quorvia', 'person:Raj Patel', 'organization:Quorvia', 'person:Lena Ortiz']);
  });

  it('not a word opening the sentence, nor a title no business alone has', () => {
    expect(mentionsOf('Former CEO Jane Doe said sales rose.', [...ORGS_AND_PEOPLE])).toEqual([
      'person:Jane Doe',
    ]);
    expect(mentionsOf('Then CEO Jane Doe said sales rose.', [...ORGS_AND_PEOPLE])).toEqual([
      'person:Jane Doe',
    ]);
    expect(mentionsOf('Committee Chairman Jane Doe said it would pass.', [...ORGS_AND_PEOPLE])).not.toContain(
      'organization:Committee',
    );
  });
});

describe("a company named between a person's name and its officer, in apposition", () => {
  it('"Jane Doe, Zentrix CEO, said": the company, and her role is of it (was a person "CEO")', () => {
    const analysis = analyze('Jane Doe, Zentrix CEO, said the plant would open in May.');
    const company = analysis.entities.find((e) => e.name === 'Zentrix');
    expect(company?.type).toBe('organization');
    const jane = analysis.entities.find((e) => e.name === 'Jane Doe');
    expect(jane?.roles).toEqual([{ title: 'CEO', of: company?.id }]);
    expect(analysis.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Jane Doe']);
  });

  it('a name opening with a demonym, and two offices: "American Lithium Works CEO stated", "Founder and CEO."', () => {
    const a = analyze('David E Marlowe, American Lithium Works CEO stated, "We are ready."');
    const company = a.entities.find((e) => e.type === 'organization');
    expect(company?.name).toBe('American Lithium Works');
    expect(a.entities.find((e) => e.name === 'David E Marlowe')?.roles).toEqual([
      { title: 'CEO', of: company?.id },
    ]);
    const b = analyze('"We grew," said Jane Doe, Zentrix Founder and CEO.');
    expect(b.entities.find((e) => e.name === 'Jane Doe')?.roles.map((r) => r.title)).toEqual([
      'Founder and CEO',
    ]);
  });

  it('not a function, a scope or a people: "Marketing CEO", "Global CEO", "EMEA CEO", "Group founder"', () => {
    for (const text of [
      'Harry Evans, Marketing CEO, said the campaign would launch.',
      'Ravi Menon, Global CEO, presented the strategy.',
      'Helena Ortiz, EMEA CEO, said sales were flat.',
      'Anna Berg, Nordic CEO, said demand was strong.',
      'Felix Braun, Group founder, died at 92.',
    ]) {
      const a = analyze(text);
      expect(a.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([]);
      expect(a.entities.filter((e) => e.type === 'person')).toHaveLength(1);
    }
    const ti = analyze('Jim Baker, Texas Instruments CEO, said chip demand had stabilised.');
    expect(ti.entities.find((e) => e.name === 'Texas Instruments')?.type).toBe('organization');
  });

  it('not a given name, a post-nominal or a title no business alone has', () => {
    const bowen = mentionsOf('The Minister, Chris Bowen MP, welcomed them.', [...ORGS_AND_PEOPLE]);
    expect(bowen).toContain('person:Chris Bowen');
    expect(bowen).not.toContain('person:MP');
    expect(bowen.filter((m) => m.startsWith('organization:'))).toEqual([]);
    expect(mentionsOf('Jane Doe, Senate Majority Leader, said so.', ['organization'])).not.toContain(
      'organization:Senate Majority',
    );
  });
});

describe("a business's owner and a publication's editor are titles", () => {
  it('"Sara Schaeffner, Owner of The Digital Frontier": her role, of the business (was no role)', () => {
    const a = analyze('Dana Whitfield, Owner of Ridgeway Print Works, Named Printer of the Year');
    const dana = a.entities.find((e) => e.name === 'Dana Whitfield');
    const shop = a.entities.find((e) => e.name === 'Ridgeway Print Works');
    expect(shop?.type).toBe('organization');
    expect(dana?.roles).toEqual([{ title: 'Owner', of: shop?.id }]);
    expect(
      analyze('Ridgeway Print Works congratulates owner Dana Whitfield on the award.').entities.find(
        (e) => e.name === 'Dana Whitfield',
      )?.roles,
    ).toEqual([{ title: 'owner' }]);
    expect(
      analyze('At the helm is filmmaker Ellen Marsh, our Editor-in-Chief.').entities.find(
        (e) => e.name === 'Ellen Marsh',
      )?.roles,
    ).toEqual([{ title: 'Editor-in-Chief' }]);
  });

  it('a publisher in lower case describes a company as often as a person: "Kadokawa, a Japanese publisher,"', () => {
    const a = analyze('Sony said it would buy Kadokawa, a Japanese publisher, for 470 billion yen.');
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
    expect(
      analyze('Publisher Dana Whitfield said the magazine would close.').entities.find(
        (e) => e.name === 'Dana Whitfield',
      )?.roles,
    ).toEqual([{ title: 'Publisher' }]);
  });
});

describe('what an owner or founder in lower case is "of" is a business', () => {
  it('"Dana Whitfield, owner of Signwise Chandler": the shop is a body, and her role is of it (was a person)', () => {
    const a = analyze(
      'The awards went to Dana Whitfield, owner of Signwise Chandler, and Tom Reed, co-founder of Brightline Labs.',
    );
    const shop = a.entities.find((e) => e.name === 'Signwise Chandler');
    expect(shop?.type).toBe('organization');
    expect(a.entities.find((e) => e.name === 'Dana Whitfield')?.roles).toEqual([
      { title: 'owner', of: shop?.id },
    ]);
    expect(a.entities.find((e) => e.name === 'Brightline Labs')?.type).toBe('organization');
  });
});

describe("a title in apposition after a body's possessive", () => {
  it('"Jim Farley, Ford\'s chief executive,": a mention of Farley, his role of Ford', () => {
    const analysis = analyze("Jim Farley, Ford's chief executive, said the carmaker would cut costs.");
    const ford = analysis.entities.find((e) => e.name === 'Ford');
    expect(ford?.type).toBe('organization');
    const farley = analysis.entities.find((e) => e.name === 'Jim Farley');
    expect(farley?.mentions.map((m) => m.text)).toEqual(['Jim Farley', 'chief executive']);
    expect(farley?.roles).toEqual([{ title: 'chief executive', of: ford?.id }]);
  });

  it('a known body and a title the officer list lacks: "Jan Hatzius, Goldman Sachs\'s chief economist,"', () => {
    const analysis = analyze("Jan Hatzius, Goldman Sachs's chief economist, said rates would fall.");
    const bank = analysis.entities.find((e) => e.name === 'Goldman Sachs');
    const hatzius = analysis.entities.find((e) => e.name === 'Jan Hatzius');
    expect(hatzius?.roles).toEqual([{ title: 'chief economist', of: bank?.id }]);
  });

  it("a company's short name there is the company the release names in full", () => {
    const analysis = analyze(
      "Castellan Defense Systems, Inc. won the contract. Renata Okafor, Castellan's senior vice president, said the plant would grow.",
    );
    const companies = analysis.entities.filter((e) => e.type === 'organization');
    expect(companies.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Castellan Defense Systems, Inc.', ['Castellan Defense Systems, Inc.', 'Castellan']],
    ]);
    const okafor = analysis.entities.find((e) => e.name === 'Renata Okafor');
    expect(okafor?.roles).toEqual([{ title: 'senior vice president', of: companies[0]?.id }]);
  });
});

describe('companies the press quotes by names no rule reads', () => {
  it('whose possessive is their name: "Macy\'s", "McDonald\'s", "Lowe\'s", with either apostrophe', () => {
    expect(mentionsOf("Macy's Chief Executive Tony Spring said sales rose.", [...ORGS_AND_PEOPLE])).toEqual([
      "organization:Macy's",
      'person:Tony Spring',
    ]);
    expect(mentionsOf('McDonald’s and Lowe’s reported results.', ['organization'])).toEqual([
      'organization:McDonald’s',
      'organization:Lowe’s',
    ]);
  });

  it('two-word names read as a person before: "Rio Tinto said", "Hon Hai said", "Tata Steel said"', () => {
    expect(mentionsOf('Rio Tinto said output fell.', [...ORGS_AND_PEOPLE])).toEqual([
      'organization:Rio Tinto',
    ]);
    expect(mentionsOf('Hon Hai said it would build a plant.', [...ORGS_AND_PEOPLE])).toEqual([
      'organization:Hon Hai',
      'organization:it',
    ]);
    expect(mentionsOf('Tata Steel said it would cut jobs.', [...ORGS_AND_PEOPLE])).toEqual([
      'organization:Tata Steel',
      'organization:it',
    ]);
  });

  it('"Elon Musk said" ("musk" is a word) and "Yoon Suk Yeol said" are people', () => {
    expect(mentionsOf('Elon Musk said the company would cut prices.', ['person'])).toEqual([
      'person:Elon Musk',
    ]);
    expect(mentionsOf('Yoon Suk Yeol said Seoul would retaliate.', ['person'])).toEqual([
      'person:Yoon Suk Yeol',
    ]);
  });
});

describe('given names and surnames that are other words', () => {
  it('an event word as a surname beside a verb of speech or a title: "Tony Spring said"', () => {
    expect(mentionsOf('Tony Spring said sales rose.', ['person'])).toEqual(['person:Tony Spring']);
    expect(mentionsOf('Mike Fair, a spokesman, said the line was closed.', ['person'])).toEqual([
      'person:Mike Fair',
    ]);
    // Still the event after a place's name, or a given name without anything saying person.
    expect(mentionsOf('The Prague Spring began in 1968.', ['event', 'person'])).toEqual([
      'event:Prague Spring',
    ]);
    expect(mentionsOf('Visitors to the Victoria Fair said it was busy.', ['event', 'person'])).toEqual([
      'event:Victoria Fair',
    ]);
  });

  it('a demonym that is a given name opens a person before a surname: "Christian Lindner said"', () => {
    expect(mentionsOf('Christian Lindner said the budget was tight.', ['person', 'nationality'])).toEqual([
      'person:Christian Lindner',
    ]);
    expect(mentionsOf('Finance Minister Christian Lindner said.', ['person', 'nationality'])).toEqual([
      'person:Christian Lindner',
    ]);
    // So does a place that is a given name: "Jordan Henderson said", "Defence Minister Israel Katz".
    expect(mentionsOf('Jordan Henderson said the team was ready.', ['person', 'location'])).toEqual([
      'person:Jordan Henderson',
    ]);
    expect(mentionsOf('Defence Minister Israel Katz said.', ['person', 'location'])).toEqual([
      'person:Israel Katz',
    ]);
    // Not a body named for the place: "Israel Railways said", "Dallas Mavericks said".
    expect(mentionsOf('Israel Railways said.', ['person'])).toEqual([]);
    expect(mentionsOf('The Dallas Mavericks said the deal was done.', ['person'])).toEqual([]);
    // Not a group or a faith named so.
    expect(mentionsOf('Christian Aid said the appeal raised millions.', ['person'])).toEqual([]);
    expect(mentionsOf('The Christian Democrats said they would vote no.', ['person'])).toEqual([]);
  });

  it('an age before or after the name opens a person with a place\'s given name: "23-year-old Jordan Smith", "Jordan Smith, 23," (were the place Jordan)', () => {
    expect(
      mentionsOf('Police said the suspect, 23-year-old Jordan Smith of Sioux City, was arrested.', [
        'person',
        'location',
      ]),
    ).toEqual(['person:Jordan Smith', 'location:Sioux City']);
    expect(
      mentionsOf('Police said Jordan Smith, 23, of Sioux City, was arrested.', ['person', 'location']),
    ).toEqual(['person:Jordan Smith', 'location:Sioux City']);
  });

  it('a given name that is a word, before a capitalised office after a comma: "said Mark Lee, Vice President of Engineering" (was missed)', () => {
    const a = analyze('"This is a milestone," said Mark Lee, Vice President of Engineering at Acme.');
    const lee = a.entities.find((e) => e.name === 'Mark Lee');
    expect(lee?.type).toBe('person');
    expect(lee?.mentions.map((m) => m.text)).toEqual(['Mark Lee', 'Vice President of Engineering']);
    // So in lower case, with what it heads after it: "Bill Smith, commander of the 1st Armored Division,".
    const smith = analyze('Bill Smith, commander of the 1st Armored Division, said the drill went well.');
    expect(smith.entities.find((e) => e.name === 'Bill Smith')?.mentions.map((m) => m.text)).toEqual([
      'Bill Smith',
      'commander of the 1st Armored Division',
    ]);
    // A title with a name after it names someone else: "Jordan, President Biden said,".
    expect(mentionsOf('Talks with Jordan, President Biden said, went well.', ['person', 'location'])).toEqual(
      ['location:Jordan', 'person:Biden'],
    );
  });
});

describe('an office named for its officer is a body, with its county', () => {
  it('"the Polk County Sheriff\'s Office", "the Harris County District Attorney\'s Office" (were the county and a person "District Attorney")', () => {
    expect(
      mentionsOf("Sheriff Grady Judd of the Polk County Sheriff's Office said 62 were arrested.", [
        'organization',
        'location',
        'person',
      ]),
    ).toEqual(['person:Grady Judd', "organization:Polk County Sheriff's Office"]);
    expect(
      mentionsOf('The Harris County District Attorney’s Office filed charges.', [
        'organization',
        'location',
        'person',
      ]),
    ).toEqual(['organization:Harris County District Attorney’s Office']);
    expect(
      mentionsOf("The Cook County State's Attorney's Office declined to comment.", [
        'organization',
        'location',
        'person',
      ]),
    ).toEqual(["organization:Cook County State's Attorney's Office"]);
  });

  it('without a county too: "the Prime Minister\'s Office", "the Chief Medical Examiner\'s Office"', () => {
    expect(
      mentionsOf("A spokesman for the Prime Minister's Office said.", ['organization', 'person']),
    ).toEqual(["organization:Prime Minister's Office"]);
    expect(
      mentionsOf("The Chief Medical Examiner's Office identified the victim.", ['organization']),
    ).toEqual(["organization:Chief Medical Examiner's Office"]);
    // A county's titled officer is still a person: "Harris County Judge Lina Hidalgo".
    expect(mentionsOf('Harris County Judge Lina Hidalgo said.', ['location', 'person'])).toEqual([
      'location:Harris County',
      'person:Lina Hidalgo',
    ]);
  });
});

describe('the holder after a title', () => {
  it('initials after the title\'s place: "Chief Minister of Tamil Nadu M.K. Stalin" (was cut at "M")', () => {
    const analysis = analyze('Chief Minister of Tamil Nadu M.K. Stalin inaugurated the plant.');
    const stalin = analysis.entities.find((e) => e.type === 'person');
    expect(stalin?.name).toBe('M.K. Stalin');
    expect(stalin?.mentions.map((m) => m.title?.text)).toEqual(['Chief Minister of Tamil Nadu']);
    expect(mentionsOf('Governor of Texas G. W. Abbott spoke.', ['person'])).toEqual(['person:G. W. Abbott']);
  });

  it('after a county\'s office, a name whatever its given name: "King County Executive Dow Constantine"', () => {
    expect(
      mentionsOf('King County Executive Dow Constantine said the fleet would grow.', ['location', 'person']),
    ).toEqual(['location:King County', 'person:Dow Constantine']);
    expect(
      mentionsOf('Harris County Attorney Christian Menefee filed the suit.', ['person', 'nationality']),
    ).toEqual(['person:Christian Menefee']);
    // "Executive Director" is still one title.
    expect(mentionsOf('King County Executive Director Jane Smith said.', ['person'])).toEqual([
      'person:Jane Smith',
    ]);
  });
});

describe('given names of many languages (knowledge/generated/world-first-names.ts)', () => {
  it('find people without a title or a verb of speech beside them', () => {
    expect(
      mentionsOf('Chief Judge Beryl A. Howell ordered that Priya Natarajan be detained pending trial.', [
        'person',
      ]),
    ).toEqual(['person:Beryl A. Howell', 'person:Priya Natarajan']);
    expect(mentionsOf('Unilever said Hein Schumacher would step down.', [...ORGS_AND_PEOPLE])).toEqual([
      'organization:Unilever',
      'person:Hein Schumacher',
    ]);
    expect(mentionsOf('Novak Djokovic defeated Carlos Alcaraz in straight sets.', ['person'])).toEqual([
      'person:Novak Djokovic',
      'person:Carlos Alcaraz',
    ]);
  });

  it('leave out the names that are demonyms, their combining forms or seasons', () => {
    expect(mentionsOf('The Franco-German brigade deployed.', ['person'])).toEqual([]);
    expect(mentionsOf('Siemens Energy Wins Contract for German Grid Link', ['person'])).toEqual([]);
    expect(mentionsOf('Summer Samsung sales events drew crowds in Seoul.', ['person'])).toEqual([]);
  });
});

describe("a company's trade closing a name", () => {
  it('makes it a company, not a person: "Helios Analytics", "Austin Energy spokesman Matt Mitchell"', () => {
    expect(
      mentionsOf('Helios Analytics Launches New Platform To Help Retailers Forecast Demand', [
        ...ORGS_AND_PEOPLE,
      ]),
    ).toEqual(['organization:Helios Analytics']);
    const analysis = analyze('Austin Energy spokesman Matt Mitchell said crews were working.');
    const utility = analysis.entities.find((e) => e.name === 'Austin Energy');
    expect(utility?.type).toBe('organization');
    const mitchell = analysis.entities.find((e) => e.name === 'Matt Mitchell');
    expect(mitchell?.roles).toEqual([{ title: 'spokesman', of: utility?.id }]);
  });

  it('not after common words alone, which name a field: "Clean Energy", "Dean Foods" stays no person', () => {
    expect(mentionsOf('Clean Energy is a growing field.', [...ORGS_AND_PEOPLE])).toEqual([]);
    expect(mentionsOf('Dean Foods said it had filed for bankruptcy.', ['person'])).toEqual([]);
  });
});

describe('bodies releases cite whose names no rule reads', () => {
  it('charities, the Red Cross and its societies ("the Red Cross said" was a person)', () => {
    expect(mentionsOf('Oxfam and Save the Children said aid was blocked.', [...ORGS_AND_PEOPLE])).toEqual([
      'organization:Oxfam',
      'organization:Save the Children',
    ]);
    expect(mentionsOf('The Red Cross said the convoy arrived.', [...ORGS_AND_PEOPLE])).toEqual([
      'organization:Red Cross',
    ]);
    expect(mentionsOf('The British Red Cross launched an appeal.', ['organization', 'nationality'])).toEqual([
      'organization:British Red Cross',
    ]);
  });

  it('state news agencies, with their nationality: "the Saudi Press Agency reported"', () => {
    expect(mentionsOf('The Saudi Press Agency reported the visit.', ['organization', 'nationality'])).toEqual(
      ['organization:Saudi Press Agency'],
    );
  });

  it('institutions named with a place that read as the place: "Cleveland Clinic", "Police Scotland"', () => {
    expect(
      mentionsOf('The Cleveland Clinic said the trial would expand.', ['organization', 'location']),
    ).toEqual(['organization:Cleveland Clinic']);
    expect(mentionsOf('Police Scotland said a man had been arrested.', ['organization', 'location'])).toEqual(
      ['organization:Police Scotland'],
    );
    expect(mentionsOf('Karolinska Institutet announced the prize.', [...ORGS_AND_PEOPLE])).toEqual([
      'organization:Karolinska Institutet',
    ]);
  });

  it('a body\'s head word and its city are one body: "Imperial College London", "U.S. Embassy Baghdad"', () => {
    expect(
      mentionsOf('Researchers at Imperial College London found the drug worked.', [
        'organization',
        'location',
      ]),
    ).toEqual(['organization:Imperial College London']);
    expect(mentionsOf('Officials at the U.S. Embassy Baghdad said.', ['organization', 'location'])).toEqual([
      'organization:U.S. Embassy Baghdad',
    ]);
    // Not a body and where it is: "The Foreign Ministry in London said".
    expect(mentionsOf('The Foreign Ministry in London said.', ['organization', 'location'])).toEqual([
      'organization:Foreign Ministry',
      'location:London',
    ]);
  });
});

describe('named storms', () => {
  it('are events, not people: "Hurricane Helene", "Tropical Storm Debby", "Super Typhoon Haiyan"', () => {
    expect(mentionsOf('Hurricane Helene made landfall in Florida.', ['event', 'person'])).toEqual([
      'event:Hurricane Helene',
    ]);
    expect(mentionsOf('Tropical Storm Debby caused flooding.', ['event', 'person'])).toEqual([
      'event:Tropical Storm Debby',
    ]);
    expect(mentionsOf('Super Typhoon Haiyan killed thousands.', ['event', 'person'])).toEqual([
      'event:Super Typhoon Haiyan',
    ]);
  });
});

describe("a second reviewer's cases (session 18)", () => {
  it("a person's possessive before an office of its own makes no company", () => {
    expect(
      mentionsOf("Trump's chairman of the Joint Chiefs, Dan Caine, testified.", [...ORGS_AND_PEOPLE]),
    ).toEqual(['person:Trump', 'person:Dan Caine']);
    expect(
      mentionsOf("Oprah Winfrey's president of production, Sheri Salata, left.", ['organization']),
    ).toEqual([]);
    expect(mentionsOf("Jane's founder story is told in the film.", ['organization'])).toEqual([]);
  });

  it('a name described by a possessed title after a comma is a person, the title a mention of them', () => {
    const analysis = analyze("Zhang Yong, Alibaba's chairman, said the group would split.");
    const zhang = analysis.entities.find((e) => e.type === 'person');
    expect(zhang?.name).toBe('Zhang Yong');
    expect(zhang?.mentions.map((m) => m.text)).toEqual(['Zhang Yong', 'chairman']);
    expect(mentionsOf("Christian Lindner, Germany's finance minister, rejected it.", ['person'])).toEqual([
      'person:Christian Lindner',
      'person:finance minister',
    ]);
    // Not a place where a person is from: "from Kfar Saba, a battalion commander".
    expect(
      mentionsOf('Lt. Col. Yonatan Avrahami, 41, from Kfar Saba, a battalion commander, fell.', ['person']),
    ).toEqual(['person:Yonatan Avrahami']);
  });

  it('a title of two words ends a one-word name: "Chanel Chief Executive Leena Nair"', () => {
    expect(mentionsOf('Chanel Chief Executive Leena Nair said sales had slowed.', ['person'])).toEqual([
      'person:Leena Nair',
    ]);
  });

  it('more offices named for their officer, with a title word the chunks would drop', () => {
    expect(mentionsOf("The First Minister's Office said.", [...ORGS_AND_PEOPLE])).toEqual([
      "organization:First Minister's Office",
    ]);
    expect(mentionsOf("The President's Office in Kyiv said.", [...ORGS_AND_PEOPLE])).toEqual([
      "organization:President's Office",
    ]);
  });

  it('"Suzuki Motor", "Luna Innovations" are companies', () => {
    expect(mentionsOf('Suzuki Motor said output rose.', [...ORGS_AND_PEOPLE])).toEqual([
      'organization:Suzuki Motor',
    ]);
    expect(mentionsOf('Luna Innovations said it had restated results.', ['person'])).toEqual([]);
  });
});

describe('Title Case headlines of business releases', () => {
  it('more verbs and the participles of an appointment end a name: "Recalls", "Agrees", "Named"', () => {
    expect(
      mentionsOf('Westbrook Motors Recalls 40,000 SUVs Over Faulty Airbag Sensors', [...ORGS_AND_PEOPLE]),
    ).toEqual(['organization:Westbrook Motors']);
    expect(
      mentionsOf("Lumen Studio Named One of Big Picture Magazine's Top Agencies", ['organization']),
    ).toEqual(['organization:Big Picture Magazine']);
  });

  it('a headline\'s infinitive opens no name: "Agrees to Buy Brightline Analytics"', () => {
    expect(mentionsOf('Northvale Agrees to Buy Brightline Analytics', ['organization'])).toEqual([
      'organization:Brightline Analytics',
    ]);
  });
});

describe("a federal judge's title", () => {
  it('"U.S. District Judge" is one title, as "U.S. Attorney" is (was a place "U.S." and a "Judge")', () => {
    const analysis = analyze(
      'He pleaded guilty before U.S. District Judge Catherine C. Blake to conspiracy.',
    );
    expect(analysis.entities.map((e) => `${e.type}:${e.name}`)).toEqual([
      'role:U.S. District Judge',
      'person:Catherine C. Blake',
    ]);
    expect(analysis.entities.find((e) => e.type === 'person')?.roles).toEqual([
      { title: 'U.S. District Judge' },
    ]);
    expect(
      mentionsOf('United States Magistrate Judge Kelly Mahoney ordered him detained.', ['person']),
    ).toEqual(['person:Kelly Mahoney']);
  });
});

describe('clubs named for their city', () => {
  it('are bodies, not the city: "Manchester United", "Bayern Munich", "Real Madrid", "Chelsea FC"', () => {
    expect(
      mentionsOf('Manchester United signed the striker from Bayern Munich.', ['organization', 'location']),
    ).toEqual(['organization:Manchester United', 'organization:Bayern Munich']);
    expect(mentionsOf('Real Madrid beat Barcelona.', ['organization', 'location'])).toEqual([
      'organization:Real Madrid',
      'location:Barcelona',
    ]);
    expect(mentionsOf('Chelsea FC announced the deal.', ['organization', 'location'])).toEqual([
      'organization:Chelsea FC',
    ]);
    // The city alone stays the city; "real" as a word opens no club.
    expect(mentionsOf('Leeds United fans in Leeds celebrated.', ['organization', 'location'])).toEqual([
      'organization:Leeds United',
      'location:Leeds',
    ]);
    expect(mentionsOf('Real estate in Madrid rose.', ['organization', 'location'])).toEqual([
      'location:Madrid',
    ]);
  });

  it('a city and a team\'s nickname are the team: "Pittsburgh Steelers", "Boston Red Sox" (was the city)', () => {
    expect(
      mentionsOf('One of the sergeants was a Pittsburgh Steelers fan, another followed the Boston Red Sox.', [
        'organization',
        'location',
      ]),
    ).toEqual(['organization:Pittsburgh Steelers', 'organization:Boston Red Sox']);
    expect(
      mentionsOf('The Los Angeles Lakers visited Toronto; Pittsburgh residents and Virginia Senators met.', [
        'organization',
        'location',
      ]),
    ).toEqual([
      'organization:Los Angeles Lakers',
      'location:Toronto',
      'location:Pittsburgh',
      'location:Virginia',
    ]);
  });
});

describe('a shop named for its owner or its town', () => {
  it('"Jane\'s Bakery", "Mario\'s Pizzeria", "Dayton Brewery" are businesses, not people or places', () => {
    expect(mentionsOf("Mary Smith, owner of Jane's Bakery, said sales rose.", ORGS_AND_PEOPLE)).toEqual([
      'person:Mary Smith',
      "person:owner of Jane's Bakery",
      "organization:Jane's Bakery",
    ]);
    expect(mentionsOf("Mario's Pizzeria opened a second shop.", ['organization'])).toEqual([
      "organization:Mario's Pizzeria",
    ]);
    expect(mentionsOf('He visited Dayton Brewery on Friday.', ['organization', 'location'])).toEqual([
      'organization:Dayton Brewery',
    ]);
  });

  it('not a given name\'s possessive before anything else: "Jane\'s father"', () => {
    expect(mentionsOf("Jane's father said the shop would close.", ['organization'])).toEqual([]);
  });
});
