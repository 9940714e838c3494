/** Word lists the date matchers consult. All keys are lower case. */

export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
]);

export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Month names that are also everyday words ("may", "march"): they need a day or year beside them. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march']);

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  WEEKDAY_NAMES.map((name, index) => [name.toLowerCase(), index]),
);

/** Weekday and month names as a name's words are written: "Monday", "May" ("Diyala Province on Monday"). */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES,
  ...[...MONTH_NAMES.keys()].map((month) => month.charAt(0).toUpperCase() + month.slice(1)),
]);

export const WEEKDAY_PLURALS: ReadonlyMap<string, number> = new Map(
  WEEKDAY_NAMES.map((name, index) => [`${name.toLowerCase()}s`, index]),
);

export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['sun', 0],
  ['mon', 1],
  ['tue', 2],
  ['tues', 2],
  ['wed', 3],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['fri', 5],
  ['sat', 6],
]);

/** Abbreviations that are common words or names ("Sun", "Sat"): only taken right before a date. */
export const AMBIGUOUS_WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(['sun', 'sat', 'wed']);

/** Words that make a weekday part of a name: "Good Friday", "Black Friday", "Super Tuesday". */
export const WEEKDAY_NAME_PREFIXES: ReadonlySet<string> = new Set([
  'ash',
  'black',
  'bloody',
  'cyber',
  'easter',
  'fat',
  'giving',
  'good',
  'holy',
  'maundy',
  'palm',
  'shrove',
  'super',
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['fifteen', 15],
  ['twenty', 20],
  ['thirty', 30],
]);

export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

export const UNIT_WORDS: ReadonlyMap<string, CalendarUnit> = new Map([
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
]);

/** Words before a bare year or month that make it a date: "in 2023", "since October", "the year 2000". */
export const TEMPORAL_CUES: ReadonlySet<string> = new Set([
  'in',
  'since',
  'until',
  'till',
  'during',
  'throughout',
  'year',
]);

/** Weaker cues: also used with quantities ("by 2000 troops"), so bare years after them stay in 1900–2099. */
export const DATE_CUES: ReadonlySet<string> = new Set([
  'by',
  'from',
  'of',
  'before',
  'after',
  'through',
  'between',
  'early',
  'late',
  'mid',
  'fiscal',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
]);

/** Words and marks joining two dates of a series: "between 2020 and 2023", "in October or November". */
export const SERIES_CONNECTORS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'to',
  'through',
  'until',
  'till',
  ',',
  '-',
  '–',
  '&',
]);

/** Nouns counted by a number: "2000 troops" is no year, "May 5 km" no date. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'cases',
  'children',
  'civilians',
  'deaths',
  'dollars',
  'fighters',
  'euros',
  'feet',
  'hours',
  'jobs',
  'kg',
  'kilometers',
  'kilometres',
  'km',
  'meters',
  'metres',
  'miles',
  'members',
  'men',
  'militants',
  'more',
  'others',
  'people',
  'personnel',
  'points',
  'pounds',
  'refugees',
  'rounds',
  'soldiers',
  'staff',
  'strikes',
  'times',
  'tonnes',
  'tons',
  'troops',
  'units',
  'vehicles',
  'votes',
  'women',
  'workers',
]);

/** Upper-case zone abbreviations accepted after a clock time. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'AEDT',
  'AEST',
  'BST',
  'CDT',
  'CEST',
  'CET',
  'CST',
  'CT',
  'EDT',
  'EEST',
  'EET',
  'EST',
  'ET',
  'GMT',
  'IST',
  'JST',
  'MDT',
  'MSK',
  'MST',
  'MT',
  'PDT',
  'PST',
  'PT',
  'UTC',
  'WEST',
  'WET',
]);

/** Words before a bare clock time ("at 14:30") that make it a time rather than a ratio or verse. */
export const TIME_CUES: ReadonlySet<string> = new Set([
  'at',
  'from',
  'until',
  'till',
  'by',
  'to',
  'and',
  'between',
  'before',
  'after',
  'around',
  'about',
  'approximately',
  'since',
]);

/** Parts of a day written after its day: "yesterday morning", "Friday night". */
export const PARTS_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Words before "noon"/"midnight" that make it a time of day. */
export const NOON_CUES: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'before', 'after']);
