/**
 * The gazetteer: every name the knowledge base knows, in one token trie, built once on first use.
 * Values say what the phrase is and which entity it names.
 */

import { EQUIPMENT_PATTERNS } from '../knowledge/equipment.js';
import { KNOWN_EVENTS } from '../knowledge/events.js';
import { GROUPS } from '../knowledge/groups.js';
import { ORGANIZATIONS } from '../knowledge/organizations.js';
import { KNOWN_PEOPLE } from '../knowledge/people.js';
import { PLACES, type PlaceKind } from '../knowledge/places.js';
import type { EntityType } from '../types.js';
import { apostropheForms } from './apostrophes.js';
import { TokenTrie } from './token-trie.js';

export interface LexiconEntry {
  type: EntityType;
  /** Canonical name of the entity the phrase names. */
  canonical: string;
  /** organization: full name, when the phrase is one of its acronyms. */
  expansion?: string;
  /** nationality: the country; location: the country it lies in. */
  country?: string;
  /** The phrase is an acronym or a short form, not the canonical name. */
  short?: boolean;
  /** location: what kind of place ("city", "country"…). */
  placeKind?: PlaceKind;
}

export interface Lexicon {
  /** Case-sensitive names. */
  exact: TokenTrie<LexiconEntry>;
  /** Lower-cased names, consulted only inside ALL-CAPS runs ("BRUSSELS, 12 October"). */
  folded: TokenTrie<LexiconEntry>;
  /** Organisation stand-ins ("the Alliance") by canonical organisation name. */
  standIns: Map<string, string[]>;
  /** Canonical organisation name by acronym, for linking and hints. */
  acronyms: Map<string, string>;
}

let cached: Lexicon | undefined;

function buildLexicon(): Lexicon {
  const exact = new TokenTrie<LexiconEntry>();
  const folded = new TokenTrie<LexiconEntry>(true);
  const standIns = new Map<string, string[]>();
  const acronyms = new Map<string, string>();
  const add = (phrase: string, entry: LexiconEntry) => {
    for (const form of apostropheForms(phrase)) {
      exact.add(form, entry);
      // Acronyms stay case-sensitive: "US" must not match the word "us".
      if (!entry.short || form.length > 4) folded.add(form, entry);
    }
  };

  // Order is preference: organisations before places ("Georgia" the country beats nothing,
  // but "European Union" is an organisation, not a region).
  for (const org of ORGANIZATIONS) {
    // "Foreign & Commonwealth Office": a body's "and" is written "&" as often (GOV.UK's "From:" lines).
    for (const name of [org.name, ...org.aliases]) {
      const entry: LexiconEntry = { type: 'organization', canonical: org.name };
      add(name, entry);
      if (name.includes(' and ')) add(name.replaceAll(' and ', ' & '), entry);
    }
    for (const acronym of org.acronyms) {
      add(acronym, { type: 'organization', canonical: org.name, expansion: org.name, short: true });
      acronyms.set(acronym, org.name);
    }
    if (org.standIns.length > 0) standIns.set(org.name, [...org.standIns]);
  }
  for (const place of PLACES) {
    const country = place.kind === 'country' ? place.name : place.country;
    add(place.name, { type: 'location', canonical: place.name, country, placeKind: place.kind });
    for (const alias of place.aliases)
      add(alias, { type: 'location', canonical: place.name, country, short: true, placeKind: place.kind });
  }
  for (const place of PLACES) {
    if (place.kind !== 'country') continue;
    for (const demonym of place.demonyms)
      add(demonym, { type: 'nationality', canonical: demonym, country: place.name });
  }
  for (const group of GROUPS) {
    for (const form of group.forms) add(form, { type: 'nationality', canonical: group.name });
    add(group.name, { type: 'nationality', canonical: group.name });
  }
  for (const p of KNOWN_PEOPLE) {
    add(p.name, { type: 'person', canonical: p.name });
    for (const alias of p.aliases) add(alias, { type: 'person', canonical: p.name, short: true });
  }
  for (const event of KNOWN_EVENTS) add(event, { type: 'event', canonical: event });
  for (const item of EQUIPMENT_PATTERNS) add(item, { type: 'equipment', canonical: item });
  return { exact, folded, standIns, acronyms };
}

export function lexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}
