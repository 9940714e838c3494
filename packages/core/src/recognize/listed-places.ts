/**
 * Unknown names listed with places are places: "attacks on Aleppo and Daraya", "in Qamenas, Sarmin
 * and Talamenes", "towns including Rabiyah and Zumar" once one of them is known, and either end of
 * "from Husaybah to Sinjar" when the other is; so is a town
 * written before its state or country ("(Clintwood, Va.)"). Runs on the selected mentions, over
 * the tokens none of them holds; one pass, a look-up per name.
 */
import { isCommonWord } from '../knowledge/common-words.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../knowledge/first-names.js';
import { ORG_HEAD_WORDS } from '../knowledge/organization-patterns.js';
import { ARABIC_ARTICLES } from '../knowledge/place-words.js';
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { isNeverNameWord } from './people.js';

/** What joins the items of a list. */
const LIST_JOINS = new Set([',', 'and', 'or']);
/** Before "Town, State": an opening bracket or a preposition of place. */
const ADDRESS_LEADS = new Set(['(', 'in', 'at', 'near', 'from', 'of', 'outside']);
/** Words of a listed name at most: town names are short. */
const MAX_WORDS = 2;

/** After the name, another item of the list: "and"/"or", or a comma and a capitalised word. */
function listGoesOn(tokens: RecognitionContext['tokens'], end: number): boolean {
  const next = tokens[end]?.text;
  if (next === 'and' || next === 'or') return true;
  return next === ',' && (tokens[end + 1]?.upper === true || tokens[end + 1]?.text === 'and');
}

/** The run could be a town's name: not an acronym, a short or common word, or the start of a longer name. */
function plainName(ctx: RecognitionContext, from: number, end: number): boolean {
  const { tokens } = ctx;
  const next = tokens[end];
  if (next?.upper && next.gap === 'space') return false;
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    // "Al Shaafa": the Arabic article opening a name is short and no word of its own.
    if (k === from && end - from > 1 && t && ARABIC_ARTICLES.has(t.text.toLowerCase())) continue;
    if (!t || t.allCaps || t.text.length < 3 || isCommonWord(t.text.toLowerCase())) return false;
  }
  return true;
}

/**
 * "Yonatan Avrahami, 41, from Kfar Saba,", "Jane Doe, 23, of Dearborn": after a person's age, "from"
 * or "of" names a home town, whatever its words.
 */
function hometownAfterAge(tokens: RecognitionContext['tokens'], from: number): boolean {
  const lead = tokens[from - 1]?.text;
  return (
    (lead === 'from' || lead === 'of') &&
    tokens[from - 2]?.text === ',' &&
    tokens[from - 3]?.kind === 'number' &&
    tokens[from - 4]?.text === ','
  );
}

export function recognizeListedPlaces(ctx: RecognitionContext, chosen: readonly Candidate[]): Candidate[] {
  const { tokens } = ctx;
  /** Per token: 1 + the index in `chosen` of the mention holding it, else 0. */
  const holder = new Int32Array(tokens.length);
  chosen.forEach((c, j) => {
    holder.fill(j + 1, c.startToken, c.endToken);
  });
  // A town or region the knowledge base knows, not a country: countries are listed with
  // organisations and people too ("CARE Australia, Oxfam", "of Uzbekistan, Bakhtiyor Saidov,").
  const isTown = (c: Candidate | undefined) =>
    c?.type === 'location' && c.canonical !== undefined && c.country !== c.canonical;
  const placeEndingAt = (end: number) => {
    const c = chosen[(holder[end - 1] ?? 0) - 1];
    return isTown(c) && c?.endToken === end;
  };
  const placeStartingAt = (start: number) => {
    const c = chosen[(holder[start] ?? 0) - 1];
    return isTown(c) && c?.startToken === start;
  };
  /** Tokens [from, end) are one end of "from X to Y" and the other end is a known town. */
  const routeEnd = (from: number, end: number) => {
    if (tokens[from - 1]?.text === 'from' && tokens[end]?.text === 'to') return placeStartingAt(end + 1);
    if (tokens[from - 1]?.text !== 'to' || !placeEndingAt(from - 1)) return false;
    const other = chosen[(holder[from - 2] ?? 0) - 1];
    return tokens[(other?.startToken ?? 0) - 1]?.text === 'from';
  };
  const out: Candidate[] = [];
  let lastAddedEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || holder[i] || ctx.skip[i] || t.kind !== 'word' || !t.upper) continue;
    // The run of capitalised words no mention holds, one or two of them.
    let end = i + 1;
    while (end < tokens.length && !holder[end] && tokens[end]?.upper && tokens[end]?.gap === 'space') end++;
    // "al-Zuhur and al-Sukkar": the Arabic article written lower case and hyphenated opens the name.
    const article =
      tokens[i - 1]?.text === '-' &&
      t.gap === 'none' &&
      tokens[i - 1]?.gap === 'none' &&
      ARABIC_ARTICLES.has(tokens[i - 2]?.text ?? '') &&
      !holder[i - 2];
    const from = article ? i - 2 : i;
    const nameStart = i;
    i = end - 1;
    if (end - from > MAX_WORDS + (article ? 2 : 0) || ctx.sentenceStart[from]) continue;
    const after = tokens[end];
    if (after?.gap === 'none' && after.kind !== 'punct') continue;
    // "Iowa, and Pvt. Al Roe": a rank or title is no town.
    if (isNeverNameWord(ctx, nameStart)) continue;
    // A town and its state or country: "(Clintwood, Va.)", "in Wawa, Ontario", "of Brush Prairie,
    // Washington" (an address says it, whatever its words: "Cedar Rapids", "Hubert").
    const stateAfter = chosen[(holder[end + 1] ?? 0) - 1];
    // ("Port Security Unit 311, San Pedro, Calif.": after a comma too, before a state abbreviated
    // as only addresses write it.)
    const abbreviatedState = !!stateAfter && ctx.text.charAt(stateAfter.end - 1) === '.';
    const address =
      after?.text === ',' &&
      (ADDRESS_LEADS.has(tokens[from - 1]?.text ?? '') ||
        (tokens[from - 1]?.text === ',' && abbreviatedState)) &&
      stateAfter?.type === 'location' &&
      stateAfter.startToken === end + 1 &&
      stateAfter.country !== undefined;
    if (!address && (FIRST_NAMES.has(t.text) || AMBIGUOUS_FIRST_NAMES.has(t.text))) continue;
    // Not "WMF", "I", "South" (of "South and Central Asia") or "HE Dr" (of "HE Dr Ibrahim Al-Ja’afari").
    if (!address && !plainName(ctx, nameStart, end)) continue;
    // The item before: "Aleppo and Daraya", "Qamenas, Sarmin", "Aleppo, and Daraya".
    let j = from - 1;
    const join = tokens[j]?.text ?? '';
    // After a bare comma the list must go on ("Hobart, Kingborough and Sorell"), or the comma
    // may be an apposition ("the Minister of Uzbekistan, Bakhtiyor Saidov, said").
    const lastItem = join === 'and' || join === 'or';
    let listed = false;
    if (LIST_JOINS.has(join) && (lastItem || listGoesOn(tokens, end))) {
      if (lastItem && tokens[j - 1]?.text === ',') j--;
      listed = j === lastAddedEnd || placeEndingAt(j);
    }
    // The item before the last: "Daraya and Aleppo", "Rabiyah, and Zumar".
    const next = after?.text;
    if (!listed && (next === 'and' || next === 'or' || (next === ',' && tokens[end + 1]?.text === 'and'))) {
      listed = placeStartingAt(next === ',' ? end + 2 : end + 1);
    }
    // "from Husaybah to Sinjar", "from Sinjar to Husaybah": the two ends of a route.
    if (!listed) listed = routeEnd(from, end);
    // (Not a body: "Kfir Abutbul, 35, of Lancashire Constabulary".)
    if (address || (hometownAfterAge(tokens, from) && !ORG_HEAD_WORDS.has(tokens[end - 1]?.text ?? '')))
      listed = true;
    const first = tokens[from];
    const last = tokens[end - 1];
    if (!listed || !first || !last) continue;
    out.push({
      type: 'location',
      startToken: from,
      endToken: end,
      start: first.start,
      end: last.end,
      tier: 1,
    });
    lastAddedEnd = end;
  }
  return out;
}
