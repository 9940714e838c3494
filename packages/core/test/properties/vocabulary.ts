/**
 * Words and phrases the release generator builds from: the kinds of things a press release names
 * (people, titles, places, organisations, dates, amounts, equipment, documents, contacts) and the
 * furniture around them (source lines, boilerplate, contact headings, end marks, page residue),
 * plus the hostile fragments mixed in (emoji, combining marks, right-to-left text, controls, lone
 * surrogates). Hand-written and independent of the core's knowledge base on purpose: some names are
 * known to the gazetteer, some are not.
 */

export const FIRST_NAMES = [
  'Jens',
  'Lloyd',
  'Ursula',
  'Mark',
  'Kaja',
  'Dana',
  'Martin',
  'Anika',
  'Alex',
  'Zoë',
  'José',
  'Łukasz',
  'Nguyễn',
  'Jean-Pierre',
  'Siobhán',
  'Björn',
  'Olena',
  'Mohammed',
  'Wei',
  'Priya',
] as const;

export const SURNAMES = [
  'Stoltenberg',
  'Austin',
  'von der Leyen',
  'Rutte',
  'Kallas',
  'Whitfield',
  'Okafor',
  'Rahman',
  'Morgan',
  "O'Brien",
  'García Márquez',
  'Ångström',
  'Kowalczyk',
  'Zelenskyy',
  'Al-Sayed',
  'MacLeod',
  'Smith',
  'de Gaulle',
  'Nakamura',
  'Müller-Lüdenscheidt',
] as const;

export const HONORIFICS = [
  'Mr.',
  'Ms.',
  'Mrs.',
  'Dr.',
  'Prof.',
  'Gen.',
  'Adm.',
  'Sen.',
  'Rep.',
  'H.E.',
] as const;

export const TITLES = [
  'Secretary General',
  'Deputy Secretary General',
  'Prime Minister',
  'President',
  'Vice President',
  'Minister of Defence',
  'Foreign Minister',
  'Secretary of Defense',
  'Chief Executive Officer',
  'Chief Financial Officer',
  'Chairman of the Board',
  'Press Secretary',
  'Spokesperson',
  'High Representative',
  'Chief of Staff',
  'Commissioner',
  'Governor',
  'Mayor',
  'Ambassador',
  'Police Chief',
] as const;

export const PLACES = [
  'Brussels',
  'Washington',
  'Kyiv',
  'Vilnius',
  'The Hague',
  'São Paulo',
  'Zürich',
  'Pittsburgh',
  'Camp David',
  'Hong Kong',
  'Türkiye',
  'Ukraine',
  'Germany',
  'Canada',
  'the United States',
  'the Black Sea',
  'Washington, D.C.',
  'New York',
  'Bogotá',
  'Reykjavík',
] as const;

export const NATIONALITIES = [
  'Turkish',
  'Ukrainian',
  'German',
  'Canadian',
  'American',
  'French',
  'Polish',
] as const;

export const ORGANISATIONS = [
  'NATO',
  'the European Union',
  'the European Commission',
  'the United Nations',
  'UNHCR',
  'the World Health Organization (WHO)',
  'Acme Robotics Inc.',
  'Globex Corporation',
  'the Department of Defense',
  'the Federal Reserve',
  'the Ministry of Foreign Affairs',
  'Kosovo Force (KFOR)',
  'the Office of the United Nations High Commissioner for Refugees (UNHCR)',
  'Initech GmbH',
  'the Senate Armed Services Committee',
  'Umbrella Holdings plc',
] as const;

export const ACRONYMS = ['NATO', 'EU', 'UN', 'WHO', 'KFOR', 'UNHCR', 'OSCE', 'IMF', 'DoD', 'FBI'] as const;

export const EVENTS = [
  'the NATO Summit',
  'the Defence Ministers Meeting',
  'the Munich Security Conference',
  'the Annual General Meeting',
  'the G7 Summit',
  'the Paris Air Show',
] as const;

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
] as const;

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export const RELATIVE_DATES = [
  'today',
  'yesterday',
  'tomorrow',
  'next week',
  'last month',
  'this year',
  'on Thursday',
  'last Friday',
  'every Monday',
  'in two weeks',
  'earlier this month',
  'by the end of the year',
  'at 8:30 a.m. ET',
  '1:05 P.M. EDT',
  'Q3 2024',
  'fiscal year 2025',
] as const;

export const AMOUNTS = [
  '$41.2 million',
  '€1.5 billion',
  '£300,000',
  'US$ 2 trillion',
  '1,200 people',
  '20 systems',
  '14 countries',
  '3.5 per cent',
  '42%',
  '¥5,000',
  '2 percent of GDP',
  'CHF 12.5 million',
  '10,000 tonnes',
] as const;

export const EQUIPMENT = [
  'F-16 aircraft',
  'air defence systems',
  'Patriot missiles',
  'HIMARS launchers',
  'Leopard 2 tanks',
  'warehouse robots',
  'drones',
  'artillery shells',
] as const;

export const DOCUMENTS = [
  'the Washington Treaty',
  'Article 5',
  'the Paris Agreement',
  'Resolution 2334',
  'the Annual Report 2023',
  'Form 10-K',
  'the Strategic Concept',
] as const;

export const CONTACTS = [
  'press@hq.nato.int',
  'media@acme-robotics.example',
  'jane.doe+news@example.org',
  'https://www.nato.int/cps/en/natohq/news.htm',
  'www.example.com/news?id=12&lang=en',
  '+32 2 707 1010',
  '+1 412 555 0100',
  '(202) 555-0143',
  '202.555.0143',
  '@NATOpress',
] as const;

export const FILLER_WORDS = [
  'the',
  'and',
  'of',
  'to',
  'in',
  'on',
  'with',
  'for',
  'a',
  'new',
  'strong',
  'support',
  'allies',
  'partners',
  'security',
  'defence',
  'investment',
  'announced',
  'discussed',
  'agreed',
  'will',
  'has',
  'said',
  'met',
  'welcomed',
  'launched',
  'signed',
  'deliver',
  'programme',
  'results',
  'growth',
  'revenue',
  'customers',
  'officers',
  'residents',
  'further',
  'today',
  'also',
  'however',
  'both',
] as const;

export const VERBS = ['said', 'added', 'stated', 'noted', 'told reporters', 'explained', 'stressed'] as const;

export const QUOTE_TEXTS = [
  'We stand together',
  'This is a historic day for our company',
  'Our commitment is ironclad',
  'We will not be intimidated',
  'The numbers speak for themselves',
  'Nobody wants a war',
  'She is the right leader for our next chapter',
] as const;

export const SOURCE_LINES = [
  'Press Release',
  'FOR IMMEDIATE RELEASE',
  'Joint Statement',
  'Readout',
  'Media Release',
  'Embargoed until 00:01 GMT',
  'Transcript',
  'Office of the Spokesperson',
] as const;

export const WIRES = ['/PRNewswire/', '/Business Wire/', '/GLOBE NEWSWIRE/', '(Reuters)', ''] as const;

export const DASHES = ['–', '—', '--', '-', ':'] as const;

export const BOILERPLATE_HEADINGS = [
  'About Acme Robotics',
  'About NATO',
  'About the Ministry',
  'Notes to editors',
  "Editor's note",
  'Forward-Looking Statements',
  'Safe Harbor Statement',
  'Disclaimer',
  'Background:',
] as const;

export const CONTACT_HEADINGS = [
  'Media contact:',
  'Press contacts',
  'For further information contact',
  'Investor Relations',
  'Contact:',
  'Press Office',
  'Source:',
] as const;

export const END_MARKS = ['###', '-ends-', '- 30 -', '***', 'ENDS'] as const;

export const RESIDUE_LINES = [
  'Share this:',
  'Leave a Reply',
  'Your email address will not be published.',
  'Related posts',
  'Tags: defence, security',
  'Back to top',
  'We use cookies to improve your experience.',
  'Skip to main content',
  '← Previous post',
  'Page 1 of 2',
  'Tweet',
  'Print',
  'Read more',
] as const;

export const SPEAKER_LABELS = [
  'MS. MORGAN:',
  'SECRETARY AUSTIN:',
  'Q:',
  'Q    ',
  'MODERATOR:',
  'MR. KIRBY:',
  'Jens Stoltenberg (NATO Secretary General):',
  'GEN. VOTEL:',
] as const;

export const BULLETS = ['-', '•', '*', '–', '1.', '2)', '(a)', '▪'] as const;

/** Hostile fragments: each is legal text a release could meet after copy-paste, OCR or a bad export. */
export const EMOJI = [
  '😀',
  '👩‍👩‍👧',
  '🇺🇸',
  '🇧🇪',
  '👍🏽',
  '1️⃣',
  '🏳️‍🌈',
  '🧑🏿‍🚀',
  '❤️',
  '🫡',
  '𝐁𝐫𝐮𝐬𝐬𝐞𝐥𝐬',
] as const;

export const COMBINING = [
  'e\u0301',
  'a\u0308\u0323',
  'Zo\u0308e\u0308',
  'Stoltenbe\u0301rg',
  'n\u0303',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359',
  '\u0301\u0301\u0301',
  'ก\u0e49\u0e33',
] as const;

export const RTL = [
  'الأمين العام لحلف الناتو ينس ستولتنبرغ',
  'بروكسل، 12 أكتوبر 2023',
  'שר הביטחון נפגש היום בבריסל',
  '\u200f',
  '\u200e',
  '\u202e',
  '\u2067עברית\u2069',
  'مرحبا NATO שלום',
  'Jens \u202eStoltenberg\u202c',
] as const;

export const CONTROLS = [
  '\u0000',
  '\t',
  '\u000b',
  '\f',
  '\u0007',
  '\u001b[31m',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\ufffd',
  '\uffff',
] as const;

export const LONE_SURROGATES = ['\ud83d', '\ude00', '\udbff', '\udc00', 'a\ud800b', '\udfff\ud800'] as const;

export const LINE_BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r'] as const;
