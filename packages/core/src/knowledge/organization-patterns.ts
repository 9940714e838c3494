/**
 * Shapes of organisation names the knowledge base does not list: a capitalised phrase whose last
 * word is one of ORG_HEAD_WORDS ("Lithuanian Armed Forces", "Acme Holdings"), or that starts with
 * one of ORG_LEAD_PATTERNS ("Ministry of Foreign Affairs of Estonia").
 */

/** Legal forms of companies, as tokens ("Inc" of "Inc.": the full stop is a token of its own). */
export const LEGAL_FORMS: readonly string[] = [
  'Inc',
  'Incorporated',
  'Corp',
  'Corporation',
  'Ltd',
  'Limited',
  'LLC',
  'LLP',
  'PLC',
  'plc',
  'GmbH',
  'AG',
  'SE',
  'NV',
  'BV',
];

/** Legal forms written with their full stop, as the last word of a name ("Acme Corp."). */
export const ABBREVIATED_LEGAL_FORMS: readonly string[] = ['Corp.', 'Inc.', 'Ltd.', 'Co.'];

/**
 * Shops and small businesses, named for their owner or their street ("Jane's Bakery", "Mario's
 * Pizzeria", "Dayton Brewery"): a company, like a trade word, and after a given name's possessive
 * the possessive is part of the name.
 */
export const SHOP_WORDS: ReadonlySet<string> = new Set(
  'Bakery Bakeshop Pizza Pizzeria Cafe Café Diner Bistro Grill Salon Boutique Deli Delicatessen Brewery Winery Distillery Pharmacy Bookstore Bookshop Barbershop Creamery Tavern Pub Kitchen Florist Garage Hardware'.split(
    ' ',
  ),
);

/**
 * Words that close a company's name by naming its trade ("Helios Analytics", "Westbrook Motors",
 * "Austin Energy"): no surname after a given name. Not organisation head words: alone after common
 * words they name a field ("Clean Energy", "Digital Media"), not a body.
 */
export const COMPANY_TRADE_WORDS: ReadonlySet<string> = new Set(
  'Analytics Software Solutions Networks Technologies Systems Therapeutics Pharmaceuticals Biosciences Labs Laboratories Semiconductor Semiconductors Logistics Holdings Industries Ventures Consulting Capital Energy Motors Foods Brands Insurance Mining Minerals Materials Biotech Entertainment Studios Diagnostics Electronics Telecom Wireless Gaming Realty Investments Advisors Securities Pharma Chemicals Petroleum Utilities Renewables Motor Metals Innovations'.split(
    ' ',
  ),
);

/**
 * Last words of a police or military team's name: "Major Crimes Unit", "Special Victims Unit",
 * "Major Case Squad". Not organisation head words: after a given name they may be a surname's
 * place ("Unit" is read only with words before it).
 */
export const TEAM_HEADS: ReadonlySet<string> = new Set(['Unit', 'Squad']);

/**
 * Nicknames of professional teams written after their city or state ("Pittsburgh Steelers",
 * "Boston Red Sox", "Toronto Maple Leafs"): the city and its nickname are the club, not the place.
 * North American leagues' nicknames; left out are those that as often follow a place for something
 * else ("Virginia Senators", "European Capitals", "Kings", "Saints", "Cardinals", "Stars",
 * "Nationals", "Commanders", "Patriots", "Pirates") and singular ones ("Heat", "Magic", "Wild").
 */
export const TEAM_NICKNAMES: ReadonlySet<string> = new Set(
  'Steelers Cowboys Packers Bears Eagles Rams Chargers Raiders Broncos Chiefs Seahawks 49ers Falcons Panthers Buccaneers Dolphins Bills Ravens Bengals Browns Texans Colts Jaguars Titans Vikings Lions Giants Jets Yankees Mets Dodgers Cubs Astros Braves Phillies Marlins Brewers Reds Rockies Diamondbacks Padres Mariners Angels Orioles Rays Royals Tigers Twins Guardians Rangers Celtics Knicks Nets 76ers Raptors Bucks Cavaliers Pistons Pacers Hawks Hornets Wizards Nuggets Timberwolves Clippers Lakers Suns Mavericks Rockets Grizzlies Pelicans Spurs Warriors Bulls Bruins Sabres Canadiens Hurricanes Devils Islanders Flyers Penguins Blackhawks Avalanche Predators Blues Flames Oilers Canucks Ducks Coyotes Sharks Kraken'.split(
    ' ',
  ),
);

/** Two-word nicknames, by their last word: "Red Sox", "Blue Jays", "Maple Leafs", "Trail Blazers". */
export const TWO_WORD_TEAM_NICKNAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['Sox', ['Red', 'White']],
  ['Jays', ['Blue']],
  ['Leafs', ['Maple']],
  ['Blazers', ['Trail']],
  ['Wings', ['Red']],
  ['Jackets', ['Blue']],
  ['Knights', ['Golden']],
]);

/**
 * Last words that make a capitalised phrase an organisation. "Center"/"Centre" are ambiguous
 * (a building or a place as often as a body: "Kennedy Center", "City Centre") but in press releases
 * they name institutions more often than not ("Wilson Center", "Joint Warfare Centre"), so they
 * are in. Left out on purpose: "House" ("Government House" is a building), "Mission" (a task as
 * often as a body), "Alliance" (a stand-in on its own), "Program"/"Programme"/"Initiative"/
 * "Partnership" (undertakings, not bodies), "Wing" ("West Wing"), "Prosecutor" (a title).
 */
export const ORG_HEAD_WORDS: ReadonlySet<string> = new Set([
  // government and public bodies
  'Organization',
  'Organisation',
  'Ministry',
  'Department',
  'Agency',
  'Council',
  'Commission',
  'Committee',
  'Subcommittee',
  'Assembly',
  'Parliament',
  'Congress',
  'Senate',
  'Cabinet',
  'Government',
  'Office',
  'Bureau',
  'Service',
  'Services',
  'Secretariat',
  'Authority',
  'Administration',
  'Directorate',
  'Inspectorate',
  'Board',
  'Commissariat',
  'Embassy',
  'Consulate',
  'Delegation',
  'Presidency',
  'Municipality',
  // courts and justice
  'Court',
  'Tribunal',
  'Police',
  'Constabulary',
  'Gendarmerie',
  'Guard',
  // armed forces
  'Force',
  'Forces',
  'Command',
  'Army',
  'Navy',
  'Corps',
  'Brigade',
  'Brigades',
  'Battalion',
  'Regiment',
  'Division',
  'Squadron',
  'Fleet',
  'Militia',
  'Militias',
  // British Army regiments and units: "the King's Royal Hussars", "the Royal Welsh Battlegroup".
  'Battlegroup',
  // "Burnley Neighbourhood Policing Team"
  'Team',
  'Hussars',
  'Lancers',
  'Dragoons',
  'Fusiliers',
  'Highlanders',
  'Guards',
  'Coalition',
  'Front',
  // associations and international bodies
  'Union',
  'League',
  'Association',
  'Federation',
  'Confederation',
  'Foundation',
  // institutions and media a release names: "Buchanan General Hospital", "Felix Magazine"
  'Hospital',
  'Magazine',
  // sports clubs: "Melbourne Victory Football Club", "Sydney FC"
  'Club',
  'FC',
  'Fund',
  'Institute',
  'Institution',
  'Society',
  'Network',
  'Movement',
  'Party',
  // finance and business
  'Bank',
  'Exchange',
  'Markets',
  'Group',
  'Holdings',
  'Company',
  ...LEGAL_FORMS,
  ...ABBREVIATED_LEGAL_FORMS,
  'Partners',
  'Industries',
  'Technologies',
  'Systems',
  'Airlines',
  'Airways',
  // "Granite Peak Ventures", "Northvale Robotics", "Honeywell Aerospace", "Vertex Pharmaceuticals"
  'Ventures',
  'Robotics',
  'Aerospace',
  'Pharmaceuticals',
  'Therapeutics',
  'Biosciences',
  // "Fitch Ratings", "Blue Harbor Labs", "Kearney Consulting" (not "Solutions", "Software",
  // "Analytics": "Cloud Solutions", "Big Data Analytics" name products and trades as often)
  'Ratings',
  'Labs',
  'Consulting',
  // education and research
  'University',
  'College',
  'Academy',
  'School',
  'Laboratory',
  'Laboratories',
  'Center',
  'Centre',
]);

/** Phrase openings that make a capitalised phrase an organisation ("Ministry of ..."). */
export const ORG_LEAD_PATTERNS: readonly string[] = [
  'Ministry of',
  'Ministry for',
  'Department of',
  'Department for',
  'Office of',
  'Office for',
  'Embassy of',
  'Consulate General of',
  'Government of',
  'Bank of',
  'University of',
  'Court of',
  'Council of',
  'Commission on',
  'Commission for',
  'Committee on',
  'Committee for',
  'Agency for',
  'Institute of',
  'Institute for',
  'Center for',
  'Centre for',
  'Academy of',
  // "College of Policing", "School of Medicine", "Chamber of Commerce", "Church of England",
  // "Society of Professional Journalists", "Foundation for Defense of Democracies", "Corporation
  // for Public Broadcasting", "Council on Foreign Relations", "Council for Aboriginal Reconciliation".
  'College of',
  'School of',
  'Chamber of',
  'Church of',
  'Society of',
  'Society for',
  'Foundation for',
  'Corporation for',
  'Council on',
  'Council for',
  'Federation of',
  'Association of',
  'Union of',
  'League of',
  'Organization of',
  'Organisation of',
  'Bureau of',
  'Board of',
  'House of',
  'Secretariat of',
  'Parliament of',
  'Armed Forces of',
  'Army of',
  'Permanent Mission of',
  'Mission of',
  'Delegation of',
  // "Task Force Iraq", "Task Force Spartan", "Task Group Taji"
  'Task Force',
  'Task Group',
  // Arabic words for an army, a brigade, companies, battalions, a movement, a front, a corps,
  // commandos, forces, soldiers: "Jaysh al-Thuwar", "Liwa Fatemiyoun", "Maghawir al-Thawra".
  'Jaysh',
  'Jaish',
  'Liwa',
  'Saraya',
  "Kata'ib",
  'Kataib',
  'Harakat',
  'Jabhat',
  'Faylaq',
  'Maghawir',
  'Quwat',
  'Jund',
];
