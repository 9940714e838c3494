/**
 * Places named by a common noun: "a hospital", "the safehouse", "bus stations", "besieged areas",
 * "the town". Releases about attacks and aid say where with such words as often as with names,
 * and re3d annotates them as locations (on dev: "hospital" 6 times of 7, "restaurant" 3 of 3,
 * "town" 4 of 4). The span is the noun with its article and the word that says what kind of place
 * it is ("a petrol station", "military barracks"), as re3d spans it.
 *
 * Kept narrow, since a common word highlighted wrongly costs a reader more than one missed:
 * - a noun that modifies the next word is no place ("hospital staff", "town hall", "school year"),
 *   as far as a list of such nouns tells;
 * - a noun after a capitalised word belongs to a name ("Camp Bastion", "Al-Shifa hospital");
 * - "the town of Dabiq" is the chunks' and the described places' (recognize/described-groups.ts);
 * - "city", "town", "village" and "region" only with "the": "a town" says no where.
 */

import { ARTICLES } from '../knowledge/phrase-openers.js';
import { ARABIC_ARTICLES } from '../knowledge/place-words.js';
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { lowerTexts } from './token-text.js';

/**
 * Buildings and sites that name a place after an article ("a hospital", "the safehouse"). Without
 * one, or in the plural, they are as often institutions or a trade ("three schools" receiving
 * funds, "ten hospitals at risk of closure"): then only in a list of such places ("hospitals,
 * schools and markets").
 */
const FACILITIES = new Set(
  'hospital hospitals clinic clinics school schools mosque mosques church churches restaurant restaurants safehouse safehouses checkpoint checkpoints barracks'.split(
    ' ',
  ),
);
/**
 * Markets are mostly the trade's ("capital markets", "the market"): a place only in a list of
 * places or after a word for a place's kind ("a crowded market place").
 */
const MARKETS = new Set(['market', 'markets', 'marketplace', 'marketplaces']);
const MARKET_KINDS = new Set([
  'crowded',
  'busy',
  'local',
  'street',
  'fish',
  'vegetable',
  'livestock',
  'outdoor',
  'open-air',
]);
/** Settlements and regions: a place only as "the …", referring back to one named before. */
const SETTLEMENTS = new Set(['city', 'town', 'village', 'region']);
/** Nouns that name a place only after a word saying which kind: "petrol station", "besieged areas". */
const STATION_KINDS = new Set(['petrol', 'gas', 'bus', 'power', 'police', 'train', 'railway', 'fire']);
const KIND_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['station', STATION_KINDS],
  ['stations', STATION_KINDS],
  ['areas', new Set(['besieged', 'liberated', 'populated', 'residential', 'affected', 'hard-to-reach'])],
  ['place', new Set(['market'])],
  ['tent', new Set(['funeral'])],
  ['positions', new Set(['fighting', 'battle', 'defensive'])],
  ['position', new Set(['fighting', 'battle', 'defensive'])],
]);
/** Words that say what kind of facility it is: "military barracks", "field hospital". */
const FACILITY_KINDS = new Set(['military', 'field', 'primary', 'secondary', 'local', 'main', 'central']);
/**
 * Nouns a place noun modifies ("hospital staff", "town hall", "school year"): before one of them
 * the place noun is no place. A verb after it ("Military barracks fell") is no such noun.
 */
const COMPOUND_HEADS = new Set(
  'staff staffer staffers worker workers doctor doctors nurse nurses patient patients bed beds director directors administrator administrators official officials board boards council councils hall halls year years children kids pupils student students teacher teachers principal principals district districts system systems fee fees meal meals bus buses building buildings trust trusts network networks group groups share shares price prices access value values day days leader leaders elders residents chain chains owner owners operator operators capacity funding construction shooting shootings attack attacks'.split(
    ' ',
  ),
);

/** The place noun phrase ending on the noun at `k`, or undefined. */
function placeAt(ctx: RecognitionContext, lower: readonly string[], k: number): Candidate | undefined {
  const { tokens } = ctx;
  const noun = tokens[k];
  const word = lower[k] as string;
  if (noun?.kind !== 'word' || noun.upper || ctx.skip[k]) return undefined;
  const kinds = KIND_NOUNS.get(word);
  const settlement = SETTLEMENTS.has(word);
  const market = MARKETS.has(word);
  if (!kinds && !settlement && !market && !FACILITIES.has(word)) return undefined;
  // The noun must end its phrase: "hospital staff" is staff; "the town of Dabiq" is read elsewhere.
  // Only words on the same line count: a paragraph alone (an analysis session) must read the same.
  const next = tokens[k + 1]?.gap === 'space' ? tokens[k + 1] : undefined;
  if (next?.kind === 'word' && COMPOUND_HEADS.has(lower[k + 1] as string)) return undefined;
  // ("the city of al-Mukalla": a name opened by the Arabic article, too.)
  const name = tokens[k + 2];
  const articled = ARABIC_ARTICLES.has(lower[k + 2] ?? '') && tokens[k + 3]?.text === '-';
  if (next?.kind === 'word' && lower[k + 1] === 'of' && (name?.upper || articled)) return undefined;
  let from = k;
  const before = (at: number) =>
    at >= 0 && tokens[at + 1]?.gap === 'space' && !ctx.skip[at] ? tokens[at] : undefined;
  const kind = before(from - 1);
  let kindWord = false;
  if (kinds) {
    if (!kind || !kinds.has(lower[from - 1] as string)) return undefined;
    from--;
    kindWord = true;
  } else if (kind && !settlement && (market ? MARKET_KINDS : FACILITY_KINDS).has(lower[from - 1] as string)) {
    from--;
    kindWord = true;
  }
  const article = before(from - 1);
  const hasArticle = article !== undefined && ARTICLES.has(lower[from - 1] as string);
  if (settlement && !(hasArticle && lower[from - 1] === 'the')) return undefined;
  const listed = () => inListOfPlaces(tokens, lower, from - 1, -1) || inListOfPlaces(tokens, lower, k + 1, 1);
  if (market && !kindWord && !listed()) return undefined;
  // A facility: one with an article ("a hospital"), of a kind ("military barracks"), or listed.
  const plural = word.endsWith('s') && word !== 'barracks';
  if (FACILITIES.has(word) && !kindWord && (!hasArticle || plural) && !listed()) return undefined;
  if (hasArticle) from--;
  // After a capitalised word the noun belongs to a name ("Camp Bastion", "Al-Shifa hospital").
  const previous = tokens[from]?.gap === 'space' ? tokens[from - 1] : undefined;
  if (!hasArticle && previous?.kind === 'word' && previous.upper && !ctx.sentenceStart[from])
    return undefined;
  const first = tokens[from];
  const named = tokens[hasArticle ? from + 1 : from];
  if (!first || !named) return undefined;
  // Named without its article, and one entity however it is introduced ("a hospital" … "the hospital").
  const canonical = ctx.text.slice(named.start, noun.end).toLowerCase();
  return {
    type: 'location',
    startToken: from,
    endToken: k + 1,
    start: first.start,
    end: noun.end,
    tier: 1,
    canonical,
    key: `location:${canonical}`,
  };
}

/** Words that join the items of a list of places. */
const LIST_GLUE = new Set([',', 'and', 'or', 'a', 'an', 'the']);

/**
 * Whether another place noun stands in a list with the one beside `at`: read from `at` in
 * direction `step` over commas, "and", articles and kind words, at most a few tokens.
 */
function inListOfPlaces(
  tokens: RecognitionContext['tokens'],
  lower: readonly string[],
  at: number,
  step: 1 | -1,
): boolean {
  for (let n = 0, k = at; n < 4 && k >= 0 && k < tokens.length; n++, k += step) {
    // Not across a line: a paragraph alone must read the same.
    const gap = tokens[step === 1 ? k : k + 1]?.gap;
    if (gap === 'newline' || gap === 'paragraph') return false;
    const word = lower[k] as string;
    if (FACILITIES.has(word) || MARKETS.has(word) || KIND_NOUNS.has(word)) return n > 0;
    if (!LIST_GLUE.has(word) && !FACILITY_KINDS.has(word) && !MARKET_KINDS.has(word)) return false;
  }
  return false;
}

export function recognizePlaceNouns(ctx: RecognitionContext): Candidate[] {
  const lower = lowerTexts(ctx.tokens);
  const out: Candidate[] = [];
  for (let k = 0; k < ctx.tokens.length; k++) {
    const place = placeAt(ctx, lower, k);
    if (place) out.push(place);
  }
  return out;
}
