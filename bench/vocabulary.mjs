/**
 * The fixed vocabulary the generator assembles releases from. Invented people, real-looking
 * institutions and places, and the stock phrases of government and corporate releases. Changing
 * anything here changes the generated inputs, so results before and after are not comparable.
 */

export const FIRST_NAMES = [
  'Anna',
  'Mark',
  'Helena',
  'David',
  'Sofia',
  'James',
  'Ingrid',
  'Thomas',
  'Maria',
  'Peter',
  'Laura',
  'Jonas',
  'Claire',
  'Michael',
  'Elena',
  'Robert',
  'Katarzyna',
  'Luis',
  'Fatima',
  'Henrik',
  'Olga',
  'Samuel',
  'Nadia',
  'William',
  'Ruth',
  'Tomasz',
  'Grace',
  'Ahmed',
  'Beatrice',
  'Carlos',
];

export const SURNAMES = [
  'Lindqvist',
  'Okafor',
  'Brennan',
  'Moreau',
  'Kowalski',
  'Hartmann',
  'Alvarez',
  'Nakamura',
  'Petrov',
  'Fitzgerald',
  'Van Dijk',
  'Rossi',
  'Haddad',
  'Sorensen',
  'MacLeod',
  'Dubois',
  'Novak',
  'Castellano',
  'Whitfield',
  'Andersen',
  'Kaminski',
  'Delacroix',
  'Osei',
  'Bauer',
  'Lindgren',
  'Ferreira',
  'Halvorsen',
  'Mendoza',
  'Stavros',
  'Ashworth',
];

export const TITLES = [
  'Secretary General',
  'Deputy Secretary General',
  'Minister of Defence',
  'Foreign Minister',
  'Ambassador',
  'Chief Executive Officer',
  'Chief Financial Officer',
  'Director General',
  'Commissioner',
  'Under Secretary',
  'Chair of the Military Committee',
  'Senator',
  'Governor',
  'President',
  'Prime Minister',
  'Spokesperson',
  'General',
  'Admiral',
  'Chief of Staff',
];

export const HONORIFICS = ['Mr.', 'Ms.', 'Dr.', 'Gen.', 'Adm.', 'Sen.'];

export const ORGANIZATIONS = [
  'NATO',
  'the European Union',
  'the United Nations',
  'the World Health Organization',
  'the International Monetary Fund',
  'the Department of Defense',
  'the State Department',
  'the Ministry of Foreign Affairs',
  'the European Commission',
  'the African Union',
  'KFOR',
  'the Organization for Security and Co-operation in Europe',
  'the World Bank',
  'Interpol',
  'the Red Cross',
  'Northwind Systems Inc.',
  'Harbourline Energy plc',
  'Vantor Aerospace',
  'the Federal Reserve',
  'the Coast Guard',
  'the National Security Council',
  'Meridian Health Group',
];

export const ACRONYMS = [
  ['North Atlantic Treaty Organization', 'NATO'],
  ['European Defence Agency', 'EDA'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['Organisation for Economic Co-operation and Development', 'OECD'],
  ['Federal Emergency Management Agency', 'FEMA'],
  ['Allied Maritime Command', 'MARCOM'],
];

export const PLACES = [
  'Brussels',
  'Washington',
  'London',
  'Paris',
  'Berlin',
  'Warsaw',
  'Kyiv',
  'Vilnius',
  'Ankara',
  'Rome',
  'Madrid',
  'Oslo',
  'Helsinki',
  'Tallinn',
  'Bucharest',
  'Geneva',
  'Vienna',
  'The Hague',
  'Canberra',
  'Tokyo',
  'Seoul',
  'Nairobi',
  'Ottawa',
  'Copenhagen',
  'Palm Bay, Florida',
];

export const COUNTRIES = [
  'Ukraine',
  'Poland',
  'Germany',
  'France',
  'Italy',
  'Croatia',
  'Türkiye',
  'Finland',
  'Sweden',
  'Norway',
  'Estonia',
  'Latvia',
  'Lithuania',
  'Romania',
  'Canada',
  'Japan',
  'Australia',
  'the United States',
  'the United Kingdom',
  'Kosovo',
  'Serbia',
  'Moldova',
  'Georgia',
  'Israel',
];

export const NATIONALITIES = [
  'Ukrainian',
  'Polish',
  'German',
  'French',
  'Italian',
  'Turkish',
  'Finnish',
  'Swedish',
  'Norwegian',
  'Estonian',
  'Canadian',
  'Japanese',
  'Australian',
  'American',
  'British',
];

export const REGIONS = [
  'the Baltic Sea',
  'the Middle East',
  'the Western Balkans',
  'the Black Sea',
  'the Indo-Pacific',
  'the High North',
  'the Sahel',
  'the Mediterranean',
  'Eastern Europe',
  'the Arctic',
];

export const EVENTS = [
  'Steadfast Noon',
  'the Vilnius Summit',
  'the Munich Security Conference',
  'BALTOPS 2024',
  'the Defence Ministers Meeting',
  'the annual shareholders meeting',
  'Cold Response',
  'the Ramstein contact group',
  'the G7 Summit',
  'Exercise Trident Juncture',
];

export const EQUIPMENT = [
  'F-35 fighter jets',
  'Patriot air defence systems',
  'Leopard 2 tanks',
  'HIMARS launchers',
  'Boeing P-8 Poseidon aircraft',
  'CV90 infantry fighting vehicles',
  'NASAMS batteries',
  'Black Hawk helicopters',
  'Type 26 frigates',
  'MQ-9 Reaper drones',
];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const RELATIVE_DATES = [
  'today',
  'yesterday',
  'tomorrow',
  'last week',
  'next month',
  'earlier this year',
  'in the coming weeks',
  'by the end of the year',
  'this spring',
  'next Tuesday',
  'two days ago',
];

export const TOPICS = [
  'deterrence and defence',
  'support to Ukraine',
  'critical undersea infrastructure',
  'the situation in the Middle East',
  'energy security',
  'cyber defence',
  'supply chain resilience',
  'defence production',
  'climate security',
  'counter-terrorism',
  'public health preparedness',
  'maritime security',
  'the protection of civilians',
  'research and development',
];

export const VERBS = [
  'welcomed',
  'discussed',
  'reaffirmed',
  'announced',
  'addressed',
  'highlighted',
  'underlined',
  'reviewed',
  'strengthened',
  'agreed on',
  'condemned',
  'called for',
  'launched',
  'completed',
];

export const ADJECTIVES = [
  'strong',
  'practical',
  'continued',
  'significant',
  'unwavering',
  'additional',
  'ambitious',
  'sustained',
  'comprehensive',
  'immediate',
  'long-term',
  'concrete',
  'robust',
  'shared',
];

export const NOUNS = [
  'support',
  'cooperation',
  'commitment',
  'investment',
  'partnership',
  'readiness',
  'capabilities',
  'assistance',
  'funding',
  'coordination',
  'dialogue',
  'resilience',
  'presence',
  'engagement',
];

export const CURRENCIES = ['$', '€', '£'];

export const AMOUNT_UNITS = ['million', 'billion'];

export const QUANTITY_UNITS = ['troops', 'personnel', 'kilometres', 'tonnes of aid', 'vessels', 'patrols'];

export const DOCUMENTS = [
  'Resolution 2334',
  'the Madrid Summit Declaration',
  'Article 5 of the Washington Treaty',
  'Executive Order 14028',
  'the Strategic Concept',
  'Regulation (EU) 2022/2065',
  'Form 10-K',
];

export const FILLER_SENTENCES = [
  'Our thoughts are with all those affected.',
  'This is a clear signal of unity and resolve.',
  'The work continues in close consultation with all partners.',
  'Further details will be published in due course.',
  'We will not be deterred, and we will not be divided.',
  'Transparency and accountability remain at the heart of this effort.',
];

export const QUESTION_OPENERS = [
  'Thank you. A question on',
  'Good afternoon. Could you say more about',
  'Follow-up on',
  'Secretary General, what is your assessment of',
  'Can you confirm reports about',
];
