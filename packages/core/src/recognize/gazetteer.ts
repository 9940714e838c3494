/** Names the knowledge base knows: countries, cities, regions, organisations, demonyms, events, equipment. */

import { MONTH_NAMES } from '../dates/lexicon.js';
import { isCommonWord } from '../knowledge/common-words.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../knowledge/first-names.js';
import { HEADLINE_VERBS } from '../knowledge/headline-verbs.js';
import { COMPANY_NAMES } from '../knowledge/organizations.js';
import {
  ADMIN_UNIT_NOUNS,
  ARABIC_ARTICLES,
  ARABIC_PLACE_LEADS,
  AREA_NOUNS,
  CAPITAL_COMPASS,
  COMPASS_WORDS,
  ONLY_PLACE_PREPOSITIONS,
} from '../knowledge/place-words.js';
import type { Token } from '../text/tokenize.js';
import { type Candidate, namedCandidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import type { LexiconEntry } from './lexicon.js';
import { isNeverNameWord, titleHeadEnd } from './people.js';
import { titleCased, titleCaseLines } from './token-text.js';

/** Keys by lexicon entry: one string per entry, built and hashed once, not once per mention. */
const keys = new WeakMap<LexiconEntry, string>();

function keyFor(entry: LexiconEntry): string {
  let key = keys.get(entry);
  if (key === undefined) {
    // People link by name like any other person ("Assad" to "Bashar al-Assad").
    if (entry.type === 'person') key = `person:${entry.canonical}`;
    else if (entry.type === 'nationality') key = `nationality:${entry.country ?? entry.canonical}`;
    else key = `${entry.type}:${entry.canonical}`;
    keys.set(entry, key);
  }
  return key;
}

/** The token is a capitalised compass word, in capitals too ("SOUTHWEST ASIA" in a dateline). */
function isCapitalCompass(t: Token): boolean {
  return CAPITAL_COMPASS.has(titleCased(t));
}

/** Nouns after such a unit that make it a body's: "district council", "province governor". */
const UNIT_BODIES = new Set([
  'council',
  'councils',
  'governor',
  'government',
  'officials',
  'police',
  'administration',
  'chief',
  'command',
  'commander',
  'headquarters',
]);

/** Prepositions of place before "Al <known surname>": "at Al Asad" is the base, not al-Assad. */
const PLACE_BEFORE_ARTICLE = new Set([
  'at',
  'near',
  'outside',
  'in',
  'to',
  'from',
  'At',
  'Near',
  'Outside',
  'In',
]);

// A single capital is an initial of a shouted name ("U.S. CENTRAL COMMAND").
const isCapsOrPunct = (t: Token) => t.allCaps || t.kind === 'punct' || (t.upper && t.text.length === 1);

/** The word glued by a hyphen before token i ("D" of "D-VA", "Al" of "Al-Abadi"), if there is one. */
function prefixBefore(tokens: readonly Token[], i: number): Token | undefined {
  const dash = tokens[i - 1];
  if (tokens[i]?.gap !== 'none' || dash?.text !== '-' || dash.gap !== 'none') return undefined;
  return tokens[i - 2];
}

/** The token follows "D-", "R-" or "I-" glued to it: a party label before a state. */
function partyLabelAt(tokens: readonly Token[], i: number): boolean {
  const party = prefixBefore(tokens, i)?.text;
  return party === 'D' || party === 'R' || party === 'I';
}

/** Token i follows an Arabic article and a hyphen, glued ("Al-" of "Al-Abadi"), the article opening a word. */
function glued(tokens: readonly Token[], i: number): boolean {
  const article = prefixBefore(tokens, i);
  return !!article && (article.gap !== 'none' || i === 2) && ARABIC_ARTICLES.has(article.text.toLowerCase());
}

/**
 * A first name stands just before token `i`, a space between: one the knowledge base knows, or a
 * capitalised word that is no title or function word, nor a common word opening a sentence
 * ("founded by Bassel …", "Maher al-Assad leads …").
 */
function otherFirstNameBefore(ctx: RecognitionContext, i: number): boolean {
  const before = ctx.tokens[i - 1];
  if (ctx.tokens[i]?.gap !== 'space' || before?.kind !== 'word' || !before.upper || before.allCaps)
    return false;
  // "Al Asad", "Ayn al-Asad": an Arabic article or a word opening a place's name is no given name.
  if (ARABIC_ARTICLES.has(before.text.toLowerCase()) || ARABIC_PLACE_LEADS.has(before.text)) return false;
  if (FIRST_NAMES.has(before.text)) return true;
  // Opening a sentence, a common word is no name ("Regime Assad", "Under Assad").
  if (isNeverNameWord(ctx, i - 1)) return false;
  return !ctx.sentenceStart[i - 1] || !isCommonWord(before.text.toLowerCase());
}

/**
 * The known body's one word at token `i` follows a given name: a surname ("said Mark Roche",
 * "Michael Bloomberg"). Not a month ("In May Nvidia said").
 */
function surnameAfterGivenName(ctx: RecognitionContext, i: number): boolean {
  const { tokens } = ctx;
  const before = tokens[i - 1];
  return (
    before?.kind === 'word' &&
    before.upper &&
    tokens[i]?.gap === 'space' &&
    (FIRST_NAMES.has(before.text) || AMBIGUOUS_FIRST_NAMES.has(before.text)) &&
    !MONTH_NAMES.has(before.lower)
  );
}

/** Capitalised words after a company's name that may go on with it, at most. */
const MAX_UNIT_WORDS = 3;

/**
 * Where a firm's name ends that a listed company's word at token `i` opens ("Siemens Energy",
 * "Starbucks Workers United"): the capitalised words after it, up to a title ("Pfizer Chief
 * Executive Albert Bourla"), a headline's verb, a given name or a known name; i + 1 when none
 * follows or the line is in title case ("Microsoft Announces …").
 */
function longerCompanyNameEnd(ctx: RecognitionContext, i: number): number {
  const { tokens } = ctx;
  let end = i + 1;
  while (end - i <= MAX_UNIT_WORDS) {
    const next = tokens[end];
    if (next?.kind !== 'word' || !next.upper || next.gap !== 'space' || ctx.skip[end]) break;
    // ("Nvidia GPUs", "Microsoft AI": an acronym after the name is its product's or field's.)
    if (/^\p{Lu}\p{Lu}/u.test(next.text) || HEADLINE_VERBS.has(next.text) || FIRST_NAMES.has(next.text))
      break;
    if (titleHeadEnd(ctx, end) !== undefined) break;
    if (ctx.lexicon.exact.longest(tokens, end)) break;
    end++;
  }
  return end > i + 1 && titleCaseLines(ctx)[i] ? i + 1 : end;
}

/** A known place that is no settlement: a region, state, sea or country. */
const isWideArea = (entry: LexiconEntry): boolean =>
  entry.placeKind !== undefined && entry.placeKind !== 'city';

export function recognizeKnownNames(ctx: RecognitionContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lexicon, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || ctx.skip[i] || t.kind === 'punct') continue;
    let match = lexicon.exact.longest(tokens, i);
    // "BRUSSELS" in a dateline or a shouted headline: look the name up case-folded.
    // Short words only as the start of a longer name ("LOS ANGELES"), never alone ("WHO", "US").
    // ("U.S. CENTRAL COMMAND": an initialism may open a long shouted name.)
    const initial = t.upper && t.text.length === 1 && tokens[i + 1]?.text === '.';
    if (t.allCaps || initial) {
      const folded = lexicon.folded.longest(tokens, i, isCapsOrPunct);
      const long = !!folded && folded.endToken - i >= 3 && !!tokens[folded.endToken - 1]?.allCaps;
      const shouted = long || (!match && t.allCaps && (t.text.length > 3 || tokens[i + 1]?.allCaps));
      if (folded && shouted && (!match || folded.endToken > match.endToken)) match = folded;
    }
    if (!match) continue;
    const last = tokens[match.endToken - 1];
    if (!last) continue;
    const entry = match.value;
    // "(D-VA)": a legislator's party and state, not Veterans Affairs ("R-Texas" is still Texas).
    if (match.value.type !== 'location' && partyLabelAt(tokens, i)) continue;
    // "WHO:" / "WHAT:" heading a media advisory's fields is not the World Health Organization.
    // Also after a layout gap of two spaces, where a flattened advisory's lines ran together.
    const prevToken = tokens[i - 1];
    if (
      t.allCaps &&
      tokens[match.endToken]?.text === ':' &&
      (t.gap === 'newline' ||
        t.gap === 'paragraph' ||
        i === 0 ||
        (!!prevToken && t.start - prevToken.end >= 2))
    )
      continue;
    // "the Western Balkans": the article is not part of the place's name.
    const article =
      entry.type === 'location' && (t.text === 'the' || t.text === 'The') && match.endToken > i + 1;
    // A name known with its article ("the Gulf") goes on when a capitalised word follows: "the Gulf
    // Islands", "the Gulf Coast of Florida" are other places.
    const after = tokens[match.endToken];
    if (article && after?.gap === 'space' && after.upper && after.kind === 'word') continue;
    // "eastern Aleppo", "northern Iraq": the part of the place named is the place.
    const prev = tokens[i - 1];
    const compass =
      entry.type === 'location' && !article && prev && COMPASS_WORDS.has(prev.text) && t.gap === 'space';
    // "Al-Abadi", "al-Hasakah": a known name's Arabic article, hyphenated to it, is part of it.
    const arabic = !article && !compass && glued(tokens, i) ? tokens[i - 2] : undefined;
    const first = article ? tokens[i + 1] : compass ? prev : (arabic ?? t);
    if (!first) continue;
    // "South Sioux City", "West Texas", "SOUTHWEST ASIA": a capitalised compass word makes a place
    // of its own, named in title case when the text shouts it.
    if (
      entry.type === 'location' &&
      !article &&
      !compass &&
      prev &&
      isCapitalCompass(prev) &&
      t.gap === 'space'
    ) {
      const written = text.slice(prev.start, last.end);
      const name =
        prev.allCaps && t.allCaps
          ? `${prev.text.charAt(0)}${prev.text.slice(1).toLowerCase()} ${entry.canonical}`
          : written;
      out.push({
        type: 'location',
        startToken: i - 1,
        endToken: match.endToken,
        start: prev.start,
        end: last.end,
        tier: 1,
        key: `location:${name}`,
        canonical: name,
        ...(entry.country ? { country: entry.country } : {}),
        // "North Darfur" is a part of the region Darfur; "South Sioux City" a city still.
        ...(isWideArea(entry) ? { wideArea: true } : {}),
      });
      continue;
    }
    // "Bassel al-Assad", "Maher al-Assad": a first name before a known person's surname is
    // another of the family, whose name the people recogniser reads whole.
    const from = first === t ? i : i - 2;
    const given = ctx.tokens[from - 1];
    // "strikes near Baghdadi": a known person's surname after "near" is the town it also names;
    // so is one after a place preposition and a spaced article ("trained at Al Asad").
    const spacedArticle =
      given?.upper &&
      tokens[from]?.gap === 'space' &&
      ARABIC_ARTICLES.has(given.text.toLowerCase()) &&
      from > 1;
    const placed = spacedArticle && PLACE_BEFORE_ARTICLE.has(ctx.tokens[from - 2]?.text ?? '');
    if (
      entry.type === 'person' &&
      entry.short &&
      (placed || ONLY_PLACE_PREPOSITIONS.has(given?.text ?? ''))
    ) {
      const opening = placed && given ? given : first;
      const name = text.slice(opening.start, last.end);
      out.push({
        type: 'location',
        startToken: placed ? from - 1 : from,
        endToken: match.endToken,
        start: opening.start,
        end: last.end,
        tier: 1,
        key: `location:${name}`,
        canonical: name,
      });
      continue;
    }
    if (entry.type === 'person' && entry.short && given && otherFirstNameBefore(ctx, from)) {
      out.push({
        type: 'person',
        startToken: from - 1,
        endToken: match.endToken,
        start: given.start,
        end: last.end,
        tier: 1,
      });
      continue;
    }
    if (entry.type === 'organization' && match.endToken === i + 1 && !t.allCaps) {
      if (surnameAfterGivenName(ctx, i)) continue;
      // "Siemens Energy", "Roche Communications", "Google DeepMind": a company's word opening a
      // longer name names a firm of its own (a subsidiary, a unit), keyed by its whole name.
      const end = COMPANY_NAMES.has(entry.canonical) ? longerCompanyNameEnd(ctx, i) : i + 1;
      if (end > i + 1) {
        out.push(namedCandidate(text, tokens, 'organization', i, end));
        i = end - 1;
        continue;
      }
    }
    const c: Candidate = {
      type: entry.type,
      startToken: article ? i + 1 : compass ? i - 1 : arabic ? i - 2 : i,
      endToken: match.endToken,
      start: first.start,
      end: last.end,
      tier: 1,
      key: keyFor(entry),
      canonical: entry.canonical,
    };
    // "the Tigris river", "the Jordan river", "the Jordan valley": a river word in lower case after a
    // known name is part of the place: the river the knowledge base knows by that name ("Jordan
    // River", the Tigris), or else, after "the", a place of its own, not the country or town it is
    // named after ("Texas river authorities" are the state's).
    const water = tokens[match.endToken];
    const riverWord =
      entry.type === 'location' &&
      water?.gap === 'space' &&
      (water.text === 'river' || water.text === 'valley') &&
      !ctx.skip[match.endToken];
    const river = riverWord ? lexicon.folded.longest(tokens, c.startToken) : undefined;
    const knownRiver = river?.endToken === match.endToken + 1 && river.value.type === 'location';
    const sameRiver = water?.text === 'river' && entry.placeKind === 'sea';
    const riverValue = knownRiver ? river?.value : sameRiver ? entry : undefined;
    if (water && riverWord && (riverValue || tokens[c.startToken - 1]?.text.toLowerCase() === 'the')) {
      const written = text.slice(first.start, water.end);
      out.push({
        type: 'location',
        startToken: c.startToken,
        endToken: match.endToken + 1,
        start: first.start,
        end: water.end,
        tier: 1,
        key: riverValue ? keyFor(riverValue) : `location:${written}`,
        canonical: riverValue ? riverValue.canonical : written,
        wideArea: true,
      });
      continue;
    }
    // "Deir ez-Zor governorate", "Mosul district": a known place's administrative unit, written
    // after it in lower case, is that place (re3d spans "Anbar province", "Mosul district" whole);
    // so is the area around it ("the Mosul area", "the Al Qa'im region").
    const unit = tokens[match.endToken];
    if (
      entry.type === 'location' &&
      entry.placeKind !== 'country' &&
      unit?.gap === 'space' &&
      (ADMIN_UNIT_NOUNS.has(unit.text) || AREA_NOUNS.has(unit.text)) &&
      !ctx.skip[match.endToken] &&
      // "the Mosul district council": the unit names a body's seat there, not the place.
      !UNIT_BODIES.has(tokens[match.endToken + 1]?.text ?? '')
    ) {
      c.endToken = match.endToken + 1;
      c.end = unit.end;
    }
    if (entry.expansion) c.expansion = entry.expansion;
    if (entry.country) c.country = entry.country;
    // "Ninewa": known as a region, so "the city" after it is not it (place-references.ts).
    if (isWideArea(entry)) c.wideArea = true;
    out.push(c);
  }
  return out;
}
