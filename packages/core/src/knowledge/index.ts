/** The knowledge base of the core: gazetteers and word lists, generated or hand-curated. */

export { isCommonWord } from './common-words.js';
export { EQUIPMENT_PATTERNS } from './equipment.js';
export { EVENT_HEAD_WORDS, KNOWN_EVENTS } from './events.js';
export { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from './first-names.js';
export { GROUPS, type GroupEntry } from './groups.js';
export { ORG_HEAD_WORDS, ORG_LEAD_PATTERNS } from './organization-patterns.js';
export { ORGANIZATIONS, type OrganizationEntry } from './organizations.js';
export { PLACES, type PlaceEntry, type PlaceKind } from './places.js';
export {
  HONORIFICS,
  NAVY_RATING_RANKS,
  OFFICE_HEADS,
  OFFICE_MODIFIERS,
  PORTFOLIO_TITLES,
  RANKS,
} from './titles.js';
