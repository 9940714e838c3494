import { describe, expect, it } from 'vitest';
import { PLACES, type PlaceEntry, type PlaceKind } from '../../src/knowledge/places.js';

/** The one canonical name two places share: the country and the US state. */
const SHARED_NAMES = new Set(['Georgia']);

function place(name: string, kind?: PlaceKind): PlaceEntry {
  const found = PLACES.filter((p) => p.name === name && (!kind || p.kind === kind));
  expect(found, `${name}${kind ? ` (${kind})` : ''}`).toHaveLength(1);
  return found[0] as PlaceEntry;
}

const forms = (p: PlaceEntry) => [p.name, ...p.aliases];

describe('countries', () => {
  it('uses the press forms as canonical names, the others as aliases', () => {
    const turkiye = place('Türkiye', 'country');
    expect(turkiye.aliases).toContain('Turkey');
    expect(turkiye.demonyms).toEqual(expect.arrayContaining(['Turkish', 'Turks']));

    const us = place('United States', 'country');
    expect(us.aliases).toEqual(
      expect.arrayContaining(['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America']),
    );
    expect(us.demonyms).toEqual(expect.arrayContaining(['American', 'Americans']));

    const uk = place('United Kingdom', 'country');
    expect(uk.aliases).toEqual(expect.arrayContaining(['UK', 'U.K.', 'Britain', 'Great Britain']));
    expect(uk.demonyms).toContain('British');

    expect(place('Russia', 'country').aliases).toContain('Russian Federation');
    expect(place('South Korea', 'country').aliases).toContain('Republic of Korea');
    expect(place('Czechia', 'country').aliases).toContain('Czech Republic');
    expect(place('Ivory Coast', 'country').aliases).toContain("Côte d'Ivoire");
    expect(place('Democratic Republic of the Congo', 'country').aliases).toEqual(
      expect.arrayContaining(['DRC', 'DR Congo']),
    );
    expect(place('Kosovo', 'country').demonyms).toContain('Kosovar');
  });

  it('knows the demonyms and their plural people-forms', () => {
    const demonyms: Record<string, string[]> = {
      Israel: ['Israeli', 'Israelis'],
      Iraq: ['Iraqi', 'Iraqis'],
      Sweden: ['Swedish', 'Swedes'],
      Afghanistan: ['Afghan', 'Afghans'],
      Syria: ['Syrian', 'Syrians'],
      Germany: ['German', 'Germans'],
      Ukraine: ['Ukrainian', 'Ukrainians'],
      Palestine: ['Palestinian', 'Palestinians'],
      Netherlands: ['Dutch'],
    };
    for (const [country, expected] of Object.entries(demonyms)) {
      expect(place(country, 'country').demonyms).toEqual(expect.arrayContaining(expected));
    }
  });

  it('has no country without a name and no Antarctica as a country', () => {
    const countries = PLACES.filter((p) => p.kind === 'country');
    expect(countries.length).toBeGreaterThan(240);
    expect(countries.every((c) => c.name.length > 0)).toBe(true);
    expect(countries.some((c) => c.name === 'Antarctica')).toBe(false);
  });
});

describe('dangerous forms', () => {
  it('keeps no two-letter code except US and UK', () => {
    const allowed = new Set(['US', 'UK']);
    const short = PLACES.flatMap((p) => forms(p).filter((f) => /^[A-Z]{2}$/.test(f) && !allowed.has(f)));
    expect(short).toEqual([]);
    for (const word of ['IN', 'IT', 'AS', 'BE', 'NO', 'TO', 'ME', 'IS', 'OR', 'AM', 'OK', 'HI', 'GB']) {
      expect(PLACES.some((p) => forms(p).includes(word) || p.demonyms.includes(word))).toBe(false);
    }
  });

  it('keeps no alias of one or two characters', () => {
    const tiny = PLACES.flatMap((p) => p.aliases.filter((a) => a.replace(/\./g, '').length < 2));
    expect(tiny).toEqual([]);
  });

  it('keeps no lower-case English word as a place form', () => {
    for (const word of ['Island', 'Thai', 'Mobile', 'Reading', 'Male', 'Batman', 'Of']) {
      expect(PLACES.some((p) => p.kind !== 'country' && forms(p).includes(word))).toBe(false);
    }
    expect(PLACES.some((p) => p.aliases.includes('Island'))).toBe(false);
  });

  it('gives no US state a postal code', () => {
    const states = PLACES.filter((p) => p.kind === 'state');
    expect(states.flatMap((s) => s.aliases.filter((a) => /^[A-Z]{2}$/.test(a)))).toEqual([]);
  });
});

describe('uniqueness', () => {
  it('has no duplicate canonical name, Georgia aside', () => {
    const seen = new Map<string, number>();
    for (const p of PLACES) seen.set(p.name, (seen.get(p.name) ?? 0) + 1);
    const duplicates = [...seen].filter(([name, n]) => n > 1 && !SHARED_NAMES.has(name));
    expect(duplicates).toEqual([]);
    expect(PLACES.filter((p) => p.name === 'Georgia').map((p) => p.kind)).toEqual(['country', 'state']);
  });

  it('maps every written form to one place, Georgia aside', () => {
    const owners = new Map<string, string[]>();
    for (const p of PLACES) for (const f of forms(p)) owners.set(f, [...(owners.get(f) ?? []), p.name]);
    const shared = [...owners].filter(([form, names]) => names.length > 1 && !SHARED_NAMES.has(form));
    expect(shared).toEqual([]);
  });

  it('maps every demonym to exactly one place, and no demonym is a place name', () => {
    const owners = new Map<string, string[]>();
    for (const p of PLACES) for (const d of p.demonyms) owners.set(d, [...(owners.get(d) ?? []), p.name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
    const placeForms = new Set(PLACES.flatMap(forms));
    expect([...owners.keys()].filter((d) => placeForms.has(d))).toEqual([]);
  });

  it('has no empty or padded strings', () => {
    for (const p of PLACES) {
      for (const s of [...forms(p), ...p.demonyms]) {
        expect(s.trim(), `${p.name}: "${s}"`).toBe(s);
        expect(s.length, p.name).toBeGreaterThan(0);
      }
    }
  });

  it('names as country only countries it knows', () => {
    const countries = new Set(PLACES.filter((p) => p.kind === 'country').map((p) => p.name));
    const unknown = PLACES.filter((p) => p.country !== undefined && !countries.has(p.country));
    expect(unknown.map((p) => `${p.name}: ${p.country}`)).toEqual([]);
    expect(PLACES.filter((p) => p.kind === 'country' && p.country !== undefined)).toEqual([]);
  });
});

describe('provinces', () => {
  it('knows the provinces of the countries operations are reported from, in press spellings', () => {
    const expected: Record<string, string> = {
      Helmand: 'Afghanistan',
      Nangarhar: 'Afghanistan',
      Uruzgan: 'Afghanistan',
      Diyala: 'Iraq',
      'Salah ad-Din': 'Iraq',
      'Khyber Pakhtunkhwa': 'Pakistan',
      'Sistan and Baluchestan': 'Iran',
      Hadramout: 'Yemen',
    };
    for (const [name, country] of Object.entries(expected)) {
      const p = place(name, 'region');
      expect(p.country, name).toBe(country);
    }
    expect(forms(place('Uruzgan'))).toEqual(expect.arrayContaining(['Urozgan', 'Uruzgan Province']));
  });

  it('adds none the curated regions or the cities have under another spelling', () => {
    // "Al Anbar" is the curated Anbar, "Ninawa" the curated Nineveh, Kandahar province the city's name.
    expect(PLACES.filter((p) => p.name === 'Al Anbar' || p.name === 'Ninawa')).toEqual([]);
    expect(PLACES.filter((p) => p.name === 'Kandahar').map((p) => p.kind)).toEqual(['city']);
  });
});

describe('cities', () => {
  it('knows capitals and large cities, with their countries', () => {
    const expected: Record<string, string> = {
      Brussels: 'Belgium',
      Belgrade: 'Serbia',
      Pristina: 'Kosovo',
      Vilnius: 'Lithuania',
      Kyiv: 'Ukraine',
      Aleppo: 'Syria',
      Raqqa: 'Syria',
      Mosul: 'Iraq',
      Damascus: 'Syria',
      'Palm Bay': 'United States',
      Chicago: 'United States',
      Tokyo: 'Japan',
      'Sioux City': 'United States',
      Ankara: 'Türkiye',
      Ramallah: 'Palestine',
      'Gaza City': 'Palestine',
      Geneva: 'Switzerland',
      Wellington: 'New Zealand',
      Erbil: 'Iraq',
      Bakhmut: 'Ukraine',
      Mariehamn: 'Åland Islands',
    };
    for (const [name, country] of Object.entries(expected)) {
      expect(place(name, 'city').country, name).toBe(country);
    }
  });

  it('uses press spellings and keeps the others as aliases', () => {
    expect(place('Kyiv', 'city').aliases).toContain('Kiev');
    expect(place('Odesa', 'city').aliases).toContain('Odessa');
    expect(place('Erbil', 'city').aliases).toContain('Irbil');
    expect(place('Washington', 'city').aliases).toEqual(
      expect.arrayContaining(['Washington, D.C.', 'Washington, DC', 'D.C.']),
    );
    expect(place('New York', 'city').aliases).toContain('New York City');
    expect(place('Thessaloniki', 'city').country).toBe('Greece');
    expect(place('Chisinau', 'city').country).toBe('Moldova');
    expect(PLACES.some((p) => p.name === 'Chișinău')).toBe(false);
  });

  it('writes the cities of the focus countries as the press does: article and final "ah" either way', () => {
    expect(place('Baqubah', 'city').aliases).toContain('Baquba');
    expect(place('Al Amarah', 'city').aliases).toEqual(expect.arrayContaining(['Amarah', 'al-Amarah']));
    expect(place('Hillah', 'city').aliases).toEqual(expect.arrayContaining(['Hilla', 'al-Hilla']));
    expect(place('Fallujah', 'city').aliases).toContain('Falluja');
    // Not a short last word, nor a given name.
    expect(place('Lashkar Gah', 'city').aliases).not.toContain('Lashkar Ga');
    expect(forms(place('Al Hamzah', 'city'))).not.toContain('Hamza');
  });

  it("knows the towns of Somalia and Libya by their press names, and al-Bayda as Yemen's", () => {
    expect(place('Kismayo', 'city').aliases).toContain('Kismaayo');
    expect(place('Galkayo', 'city').country).toBe('Somalia');
    expect(place('Jilib', 'city').country).toBe('Somalia');
    expect(place('Sirte', 'city').aliases).toContain('Surt');
    expect(place('Al Bayda', 'city').country).toBe('Yemen');
    expect(PLACES.some((p) => p.name === 'Hun')).toBe(false);
    // Somalia's regions by their English names, the Somali ones as aliases.
    expect(place('Middle Juba', 'region').aliases).toContain('Jubbada Dhexe');
    expect(place('Lower Shabelle', 'region').country).toBe('Somalia');
  });

  it('knows the towns of the campaign against ISIS that the data lacks, with their spellings', () => {
    expect(place('Hawija', 'city').aliases).toEqual(expect.arrayContaining(['Hawijah', 'Al Huwayjah']));
    expect(place('Qayyarah', 'city').country).toBe('Iraq');
    expect(place('Baghuz', 'city').country).toBe('Syria');
    expect(place('Tabqa', 'city').aliases).toContain('Tabqah');
    expect(place('Marjah', 'city').country).toBe('Afghanistan');
  });
});

describe('regions, seas and states', () => {
  it('knows the curated regions and seas', () => {
    const regions = [
      'Middle East',
      'Western Balkans',
      'Balkans',
      'Indo-Pacific',
      'Sahel',
      'Horn of Africa',
      'North Africa',
      'Sub-Saharan Africa',
      'Central Asia',
      'Southeast Asia',
      'East Asia',
      'Asia-Pacific',
      'Eastern Europe',
      'Western Europe',
      'Europe',
      'Asia',
      'Africa',
      'North America',
      'South America',
      'Latin America',
      'Arctic',
      'Antarctica',
      'Caucasus',
      'Levant',
      'Mesopotamia',
      'Gaza Strip',
      'West Bank',
      'Donbas',
      'Crimea',
      'Kurdistan',
      'Euro-Atlantic area',
    ];
    for (const name of regions) place(name, 'region');
    const seas = [
      'Baltic Sea',
      'Mediterranean Sea',
      'Black Sea',
      'Red Sea',
      'South China Sea',
      'Persian Gulf',
      'Arabian Gulf',
      'Gulf of Aden',
      'Atlantic Ocean',
      'Pacific Ocean',
      'Indian Ocean',
    ];
    for (const name of seas) place(name, 'sea');
    // Rivers are waters too, named alone or with the river word.
    expect(place('Tigris', 'sea').aliases).toEqual(expect.arrayContaining(['Tigris River', 'River Tigris']));
    expect(place('Euphrates', 'sea').aliases).toContain('Euphrates River');
    expect(place('Mediterranean Sea').aliases).toContain('Mediterranean');
    expect(place('Gaza Strip').aliases).toContain('Gaza');
  });

  it('has the fifty states and DC, with AP abbreviations', () => {
    const states = PLACES.filter((p) => p.kind === 'state');
    expect(states).toHaveLength(51);
    expect(states.every((s) => s.country === 'United States')).toBe(true);
    expect(place('California', 'state').aliases).toContain('Calif.');
    expect(place('Pennsylvania', 'state').aliases).toContain('Pa.');
    expect(place('Washington State', 'state').aliases).toContain('Wash.');
  });

  it('puts the UK nations in the United Kingdom', () => {
    expect(place('Scotland').country).toBe('United Kingdom');
    expect(place('Wales').demonyms).toContain('Welsh');
  });
});

describe('renamed places', () => {
  it('names Fort Bragg by its name again (Fort Liberty 2023-2025 an alias)', () => {
    expect(forms(place('Fort Bragg'))).toEqual(['Fort Bragg', 'Fort Liberty']);
  });
});

describe('"the Gulf"', () => {
  it('is the Gulf region, where the Gulf of Aden and the Gulf Cooperation Council stay themselves', async () => {
    const { analyze } = await import('../../src/index.js');
    const analysis = analyze(
      'The Foreign Secretary will return to the Gulf after talks on the Gulf of Aden with the Gulf Cooperation Council.',
    );
    const named = analysis.entities.filter((e) => e.type === 'location' || e.type === 'organization');
    expect(named.map((e) => `${e.type}:${e.name}:${e.mentions.map((m) => m.text).join('|')}`)).toEqual([
      'location:Gulf region:Gulf',
      'location:Gulf of Aden:Gulf of Aden',
      'organization:Gulf Cooperation Council:Gulf Cooperation Council',
    ]);
  });

  it('not where a capitalised word goes on with the name: "the Gulf Islands", "the Gulf Coast of Florida"', async () => {
    const { analyze } = await import('../../src/index.js');
    const places = (text: string) =>
      analyze(text)
        .entities.filter((e) => e.type === 'location')
        .map((e) => e.name);
    expect(places('He fled to the Gulf Islands of British Columbia.')).toEqual([
      'Gulf Islands of British Columbia',
    ]);
    expect(places('Hurricane Ian battered the Gulf Coast of Florida.')).toEqual(['Gulf Coast of Florida']);
  });
});
