/**
 * People and their titles: "US Secretary of Defense Lloyd J. Austin III", "Mr. Stoltenberg",
 * "Israeli Defence Minister Gallant", "my Special Coordinator for Counter-Terrorism", "Tom Goffus".
 * A title found without a name is still a role mention; a name found without a title needs a
 * known first name.
 */

import { CALENDAR_NAMES } from '../dates/lexicon.js';
import { isCommonWord } from '../knowledge/common-words.js';
import { EVENT_HEAD_WORDS, SURNAME_EVENT_HEADS } from '../knowledge/events.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../knowledge/first-names.js';
import { HEADLINE_VERBS } from '../knowledge/headline-verbs.js';
import {
  COMPANY_TRADE_WORDS,
  ORG_HEAD_WORDS,
  ORG_LEAD_PATTERNS,
  TEAM_HEADS,
} from '../knowledge/organization-patterns.js';
import {
  ARABIC_ARTICLES,
  ARABIC_PLACE_LEADS,
  ONLY_PLACE_PREPOSITIONS,
  PLACE_HEADS,
  SURNAME_PLACE_HEADS,
  TITLED_SURNAME_PLACE_WORDS,
  WHERE_WORDS,
} from '../knowledge/place-words.js';
import {
  CORPORATE_OFFICER_TITLES,
  HONORIFICS,
  NAVY_RATING_RANKS,
  OFFICE_HEADS,
  OFFICE_MODIFIERS,
  OWNER_TITLES,
  PORTFOLIO_TITLES,
  RANKS,
  STAFF_FUNCTIONS,
  STAFF_HEADS,
} from '../knowledge/titles.js';
import type { Token } from '../text/tokenize.js';
import { apostropheForms, POSSESSIVE_MARKS, POSSESSIVE_S } from './apostrophes.js';
import {
  aLeaderInAt,
  companyInApposition,
  companyOfficerEnd,
  describedAsBusiness,
} from './business-descriptions.js';
import { type Candidate, namedCandidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import {
  abbreviatedLeadAt,
  officeNamedForOfficerEnd,
  pluralPossessiveAt,
  possessiveInName,
  possessorEnd,
} from './inner-possessives.js';
import { lowerTexts } from './token-text.js';
import { TokenTrie, type TrieMatch } from './token-trie.js';

interface TitleLexicon {
  honorifics: TokenTrie<true>;
  honorificsFolded: TokenTrie<true>;
  heads: TokenTrie<true>;
  headsFolded: TokenTrie<true>;
  modifiers: Set<string>;
}

let cached: TitleLexicon | undefined;

function titleLexicon(): TitleLexicon {
  if (cached) return cached;
  const honorifics = new TokenTrie<true>();
  const honorificsFolded = new TokenTrie<true>(true);
  for (const h of [...HONORIFICS, ...RANKS, ...NAVY_RATING_RANKS]) {
    for (const form of apostropheForms(h)) {
      honorifics.add(form, true);
      honorificsFolded.add(form, true);
    }
  }
  const heads = new TokenTrie<true>();
  const headsFolded = new TokenTrie<true>(true);
  for (const h of [...OFFICE_HEADS, ...PORTFOLIO_TITLES, ...OWNER_TITLES]) {
    for (const form of apostropheForms(h)) {
      heads.add(form, true);
      // ("Kadokawa, a Japanese publisher,": in lower case a publisher is as often a company.)
      if (!CAPITALISED_ONLY_TITLES.has(form)) headsFolded.add(form, true);
    }
  }
  cached = { honorifics, honorificsFolded, heads, headsFolded, modifiers: new Set(OFFICE_MODIFIERS) };
  return cached;
}

/** Titles read only as written with a capital: a publisher in lower case is often a company. */
const CAPITALISED_ONLY_TITLES = new Set(['Publisher']);

/** A rank or honorific ends just before token `at` ("Lt. Gen." of "Lt. Gen. John Kolasheski"). */
export function honorificBefore(ctx: RecognitionContext, at: number): boolean {
  const honorifics = titleLexicon().honorifics;
  for (let from = Math.max(0, at - TITLE_REACH); from < at; from++)
    if (honorifics.longest(ctx.tokens, from)?.endToken === at) return true;
  return false;
}

/** A rank or honorific opens at token `at` ("Maj. Gen." of "Maj. Gen. Saad Maan"). */
export function honorificAt(ctx: RecognitionContext, at: number): boolean {
  return titleLexicon().honorifics.longest(ctx.tokens, at) !== undefined;
}

/**
 * Tokens [from, to) are a ranked or honoured name: an honorific before `from` or opening the
 * tokens, then a name word ("Dr. Hiroshi Nakamura", "Professor Li Wei").
 */
export function honouredName(ctx: RecognitionContext, from: number, to: number): boolean {
  const opening = honorificBefore(ctx, from)
    ? from
    : titleLexicon().honorifics.longest(ctx.tokens, from)?.endToken;
  if (opening === undefined || opening >= to) return false;
  // ("General Confederation of Lebanese Workers": a body's head word is no name's.)
  for (let k = opening; k < to; k++) {
    const t = ctx.tokens[k];
    const initial = t?.kind === 'word' && t.upper && t.text.length === 1;
    if (!isNameWord(t, false) && !initial && t?.text !== '.') return false;
  }
  return true;
}

/** The token after an office title's head starting at `at` ("Chief Executive", "Director"), if one starts there. */
export function titleHeadEnd(ctx: RecognitionContext, at: number): number | undefined {
  return titleHeadAt(titleLexicon(), ctx.tokens, at, false)?.endToken;
}

/** Offices of a U.S. county, parish or borough, written after its name: "Cook County Assessor Fritz Kaegi". */
const COUNTY_OFFICES = new Set(
  'Executive Attorney Clerk Assessor Treasurer Auditor Recorder Supervisor Administrator Coroner Constable Prosecutor Solicitor Surveyor Engineer'.split(
    ' ',
  ),
);
const COUNTY_WORDS = new Set(['County', 'Parish', 'Borough']);

/**
 * A county's office at token `at`, right after "County" and before a capitalised name: "King County
 * Executive Dow Constantine", "Harris County Attorney Christian Menefee" (not "the Fairfax County
 * Executive Committee", a body).
 */
function countyOfficeAt(tokens: readonly Token[], at: number): TrieMatch<true> | undefined {
  const t = tokens[at];
  const next = tokens[at + 1];
  if (!t || !COUNTY_OFFICES.has(t.text) || !COUNTY_WORDS.has(tokens[at - 1]?.text ?? '')) return undefined;
  if (next?.kind !== 'word' || !next.upper || next.gap !== 'space' || ORG_HEAD_WORDS.has(next.text))
    return undefined;
  return { endToken: at + 1, value: true };
}

/**
 * The token is no part of a personal name: a title word ("Attorney", "Minister"), an honorific or
 * rank, or a word that ends a run of names ("Expressway", "MP"). For the tagger, which would
 * otherwise grow "Eileen O’Neill Burke" into "Attorney Eileen O’Neill Burke" and "Dan Ryan" into
 * "Dan Ryan Expressway".
 */
export function isNeverNameWord(ctx: RecognitionContext, at: number): boolean {
  const t = ctx.tokens[at];
  if (!t) return false;
  const titles = titleLexicon();
  if (NAME_STOPS.has(t.text) || titles.modifiers.has(t.text)) return true;
  // "MINISTER FOR" in a shouted heading: "For" is never a name word, whatever its case.
  if (NOT_NAMES.has(t.text) || (t.allCaps && NOT_NAMES.has(capitalised(t.text)))) return true;
  if (titles.heads.longest(ctx.tokens, at) || titles.honorifics.longest(ctx.tokens, at)) return true;
  // The last word of a title that starts before it: "Attorney" in "State’s Attorney".
  for (let from = Math.max(0, at - TITLE_REACH); from < at; from++)
    if (titles.heads.longest(ctx.tokens, from)?.endToken === at + 1) return true;
  return false;
}

const capitalised = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

/** Tokens a title may span before its last word ("State", "’s", "Attorney"). */
const TITLE_REACH = 4;

/**
 * Words that end a department in "Secretary of …": a name may follow them directly. (With the
 * portfolio words no dictionary of common words has: "Director of Health and Wellbeing".)
 */
const DEPARTMENT_ENDS = new Set(
  'Defense Defence State Affairs Security Justice Treasury Health Energy Commerce Agriculture Education Labor Labour Transportation Interior Development Terrorism Counterterrorism Staff Operations Intelligence Trade Finance Environment Culture Sport Housing Army Navy Force Economy Industry Science Technology Innovation Immigration Infrastructure Employment Tourism Fisheries Planning Investment Enterprise Society Wellbeing Sustainability'.split(
    ' ',
  ),
);

const MAX_MODIFIERS = 4;
const MAX_NAME_WORDS = 3;
/** Words before "Base", "Range", "Camp" … that make a base's head, never a name: "Air Base", "Naval Base". */
const BASE_MODIFIERS = new Set([
  'Air',
  'Naval',
  'Army',
  'Marine',
  'Joint',
  'Operating',
  'Patrol',
  'Missile',
  'Training',
  'Firing',
]);

/** Arabic name openers ("Abu Musab al-Zarqawi", "Umm Sayyaf"): a name follows them. */
const KUNYA = new Set(['Abu', 'Umm', 'Ibn']);
/**
 * Capitalised words that end a run of names: places, media, documents, post-nominals ("Dan Ryan
 * Expressway", "Geneva Communique", "Chris Bowen MP", "Vice Admiral David Johnston AM RAN", "Sir
 * Stuart Peach GBE KCB ADC DL").
 */
const NAME_STOPS = new Set([
  ...'MP MPs QC KC MBE OBE CBE PhD Esq Property Properties Expressway Highway Freeway Twp Township Area Oval Park Stadium Arena Hall Centre Center Hospital Clinic Airport Bay Beach Island Islands Valley River Lake Mountain County District Street Avenue Road Magazine Media Communications Executive Director Invites Announces Introduces Launches Welcomes Communique Communiqué Agreement Agreements Accord Accords Treaty Protocol Resolution Resolutions Convention Charter Declaration Memorandum Act Constitution'.split(
    ' ',
  ),
  ...[...PLACE_HEADS].filter((word) => !SURNAME_PLACE_HEADS.has(word)),
  // A company's trade closing its name, no surname: "Helios Analytics", "Austin Energy".
  ...COMPANY_TRADE_WORDS,
]);
/**
 * The place words of NAME_STOPS: after a first name and a surname, they make the whole a place
 * ("Dan Ryan Expressway", "Bab al-Mandeb Strait").
 */
const NAMED_PLACES = new Set([
  ...'Expressway Highway Freeway Parkway Bridge Tunnel Oval Park Stadium Arena Hall Centre Center Hospital Clinic Airport Street Avenue Road Boulevard Square Camp'.split(
    ' ',
  ),
  ...PLACE_HEADS,
]);
const DETERMINERS = new Set([
  'the',
  'The',
  'a',
  'A',
  'our',
  'Our',
  'my',
  'My',
  'his',
  'His',
  'her',
  'Her',
  'their',
  'its',
  'former',
  'Former',
  'new',
  'acting',
]);
const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'van',
  'von',
  'der',
  'du',
  'la',
  'le',
  'di',
  'abu',
]);
const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);
/** "1st", "2nd": the ordinal opening a rank. */
const ORDINAL = /^[1-9](?:st|nd|rd|th)$/;

/** A lower-case word that belongs inside a name: "bin", "al", "van", "de". */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase());
}

/** Arabic articles and filiations that open a family name: "al-Rishawi", "bin Laden", "Al Nahyan". */
function isArabicParticle(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  if (t.upper) return t.text === 'Al' || t.text === 'El';
  return ARABIC_ARTICLES.has(t.text) || t.text === 'bin' || t.text === 'ibn' || t.text === 'bint';
}

/** Token `at` is an Arabic article or "bin" with a name word after it (hyphenated or not). */
function articleSurnameAt(tokens: readonly Token[], at: number, caps: boolean): boolean {
  if (!isArabicParticle(tokens[at])) return false;
  const next = tokens[at + 1];
  if (next?.text === '-' && next.gap === 'none')
    return tokens[at + 2]?.gap === 'none' && isNameWord(tokens[at + 2], caps);
  return next?.gap === 'space' && isNameWord(next, caps);
}

/**
 * A family name beyond the word limit opens at `at`: "al-Qurayshi", "Al-Shehri", "bin Rashid", and a
 * spaced "Al" only after a filiation ("bin Abdulaziz Al Saud"; not "… Al-Shehri Al Hilal", a club).
 */
function familyNameOpensAt(tokens: readonly Token[], at: number, caps: boolean): boolean {
  if (!articleSurnameAt(tokens, at, caps)) return false;
  if (!tokens[at]?.upper || tokens[at + 1]?.text === '-') return true;
  const filiation = tokens[at - 2]?.text;
  return filiation === 'bin' || filiation === 'ibn' || filiation === 'bint';
}

/** Token `at` is the name word after an Arabic article or "bin" ("Rishawi" of "al-Rishawi"). */
function afterArticle(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (before?.text === '-' && before.gap === 'none') return isArabicParticle(tokens[at - 2]);
  return isArabicParticle(before);
}

/** The name words of tokens [from, end): capitalised words and initials; particles and hyphens are none. */
function capitalisedWordCount(tokens: readonly Token[], from: number, end: number): number {
  let n = 0;
  for (let k = from; k < end; k++) if (tokens[k]?.kind === 'word' && tokens[k]?.upper) n++;
  return n;
}
/**
 * Capitalised words that are never part of a name even when they follow a title (with a headline's
 * verbs: "Gen. Mark A. Milley Hold a Press Briefing", and its prepositions: "Remarks by President
 * Biden Before Marine One Departure", "Vice President Harris During a Visit to Detroit").
 */
const NOT_NAMES = new Set([
  ...'Before After During Ahead Amid Amidst Against Following Regarding Concerning Despite Over Under Into Onto Upon Without Within Across Through Throughout Toward Towards Alongside Between Among Amongst Around Behind Beyond Until Since Versus Staff Headquarters Secretariat Directorate Operations Communications Intelligence Logistics Plans Policy Strategy Engagement Personnel Capability Programmes Programs The A An And Or But Of For In On At To By From With As En Via Near Outside I We You He She They It This That These Those Any Every Each Some All Both Either Neither Many Most Several So Well Okay Please Hello Also Just Now Here There What Why How When Where Who Which Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December Thank Thanks Yes No Mr Mrs Ms Dr Hold Meet Visit Announce Deliver Host Welcome Condemn Discuss Urge Sign Launch Unveil Travel'.split(
    ' ',
  ),
  ...HEADLINE_VERBS,
]);

function isNameWord(t: Token | undefined, caps: boolean): boolean {
  if (t?.kind !== 'word' || !t.upper || NOT_NAMES.has(t.text) || NAME_STOPS.has(t.text)) return false;
  // "Israel Defense Forces" is an organisation, "Vilnius Summit" an event.
  if (ORG_HEAD_WORDS.has(t.text) || EVENT_HEAD_WORDS.has(t.text)) return false;
  return caps || !t.allCaps || t.text.length <= 3 || NAME_SUFFIXES.has(t.text);
}

/** Letters of honours and services written after a full name: "Vice Admiral David Johnston AM RAN". */
const POST_NOMINALS = new Set(
  'KBE DBE GBE MBE OBE CBE KCB GCB CB CMG KCMG GCMG MVO LVO CVO KCVO GCVO DSO MC DFC AFC DSC CSC CSM DSM AM AO AC OAM DL ADC RAN RAAF FRS VC GC MP MLA MSP MLC MHA MHR QC KC JP PhD'.split(
    ' ',
  ),
);

/** Post-nominals written with dots, which would otherwise read as initials. */
const DOTTED_POST_NOMINALS = new Set(['M.P.', 'Q.C.', 'K.C.', 'J.P.', 'Ph.D.', 'M.L.A.', 'M.S.P.']);

function dottedPostNominalAt(tokens: readonly Token[], at: number): boolean {
  let written = '';
  for (let k = at; k < Math.min(tokens.length, at + 6); k++) {
    const t = tokens[k];
    if (!t || (k > at && t.gap !== 'none')) break;
    written += t.text;
    if (DOTTED_POST_NOMINALS.has(written)) return true;
  }
  return false;
}

/** Last words that make a first name and a capitalised word a body, not a person ("Hartwell Trust"). */
const BODY_HEADS_AFTER_NAMES = new Set([
  'Trust',
  'Foundation',
  'Fund',
  'Institute',
  'Society',
  'Association',
  'Hospital',
  'College',
  'University',
  'School',
  'Group',
  'Company',
  'Corporation',
  'Inc',
  'Ltd',
  'LLC',
  'Bank',
]);

/**
 * The words [from, end) after a rank's word are a body's name, not a person's: "the Major Crimes
 * Unit", "the Major Case Squad", "General Services Administration" ("Major", "General" open it).
 * A given name first makes them a person's ("Gen. John Bureau" would be read as a name).
 */
function rankOpensBody(tokens: readonly Token[], from: number, end: number): boolean {
  if (end - from < 2 || FIRST_NAMES.has(tokens[from]?.text ?? '')) return false;
  const last = tokens[end - 1]?.text ?? '';
  return ORG_HEAD_WORDS.has(last) || TEAM_HEADS.has(last);
}

/** Letters of honours, offices and services written after a name ("OBE", "MLA", "RAN"). */
export function isPostNominal(word: string): boolean {
  return POST_NOMINALS.has(word);
}

/** The token after the undotted post-nominals written from `at` on ("Mark McGowan MLA,", "Jane Smith OBE MP"). */
function afterPostNominals(tokens: readonly Token[], at: number): number {
  let k = at;
  while (tokens[k]?.gap === 'space' && POST_NOMINALS.has(tokens[k]?.text ?? '')) k++;
  return k;
}

function knownPlaceAt(ctx: RecognitionContext, at: number): boolean {
  return ctx.lexicon.exact.longest(ctx.tokens, at)?.value.type === 'location';
}

const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);

/**
 * A nickname quoted inside a name, 'William "Ryan" Owens': the token after its closing quote,
 * when one or two capitalised words stand in the quotes and the name goes on after them.
 */
function nicknameEnd(tokens: readonly Token[], at: number, caps: boolean): number | undefined {
  const open = tokens[at];
  if (open?.gap !== 'space' || !OPENING_QUOTES.has(open.text)) return undefined;
  let k = at + 1;
  if (!isNameWord(tokens[k], caps) || tokens[k]?.gap !== 'none') return undefined;
  k++;
  if (isNameWord(tokens[k], caps) && tokens[k]?.gap === 'space') k++;
  const close = tokens[k];
  if (close?.gap !== 'none' || !CLOSING_QUOTES.has(close.text)) return undefined;
  const after = tokens[k + 1];
  return after?.gap === 'space' && isNameWord(after, caps) ? k + 1 : undefined;
}

/**
 * A personal name starting at token `at`: capitalised words, initials ("J."), particles ("bin"),
 * hyphenated parts and a suffix ("III"). Returns the token index after the name, or `at`.
 */
export function scanName(ctx: RecognitionContext, at: number, caps = false, afterTitle = false): number {
  const { tokens } = ctx;
  let i = at;
  let words = 0;
  // After a title, a surname may open with its particles: "Special Envoy de Mistura", "President
  // von der Leyen", "Gen. al-Rubaie".
  if (afterTitle) i = afterLeadingParticles(ctx, at, caps);
  const first = i;
  /** Words longer than an initial: a name has at most MAX_NAME_WORDS of them. */
  let full = 0;
  let end = at;
  // An Arabic family name after its article goes beyond the limit: "Abu Ibrahim al-Hashimi
  // al-Qurayshi", "Sajida Mubarak Atrous al-Rishawi" (each such word needs its article).
  while (
    i < tokens.length &&
    (full < MAX_NAME_WORDS || (words > 0 && (familyNameOpensAt(tokens, i, caps) || afterArticle(tokens, i))))
  ) {
    const t = tokens[i];
    if (!t || ctx.skip[i] || (i > at && (t.gap === 'paragraph' || t.gap === 'newline'))) break;
    // "Warren Entsch Cairns", "John Kirby En Route Philadelphia": a known name ends the person's,
    // unless it is a person's ("Haider Al Abadi").
    // "Abu Ahmad al-Iraqi": after an article, a demonym or a place is the name's, not a name of its own.
    const afterArticle =
      tokens[i - 1]?.text === '-' && isNameParticle(tokens[i - 2]?.text.toLowerCase() ?? '');
    if (full >= 2 && !afterArticle) {
      const known = ctx.lexicon.exact.longest(tokens, i);
      if (known && known.value.type !== 'person') break;
    }
    // "Mohammed bin Zayed Al Nahyan": a capitalised article before the family name counts no word.
    if (
      words > 0 &&
      (t.text === 'Al' || t.text === 'El') &&
      t.gap === 'space' &&
      tokens[i + 1]?.gap === 'space' &&
      isNameWord(tokens[i + 1], caps)
    ) {
      i++;
      continue;
    }
    // "Warren Entsch Cairns, Queensland": a word before a comma and a known place is a place too.
    if (full >= 2 && tokens[i + 1]?.text === ',' && knownPlaceAt(ctx, i + 2)) break;
    // "ANDREW PEACOCK M.P.": a dotted post-nominal ends the name; so do the letters of honours and
    // services after a full name ("David Johnston AM RAN"), though they may open one ("MC Hammer").
    if (full >= 2 && (dottedPostNominalAt(tokens, i) || POST_NOMINALS.has(t.text))) break;
    // "Dana Whitfield Chief Executive Officer": a title after the name is not part of it.
    // Only after a full name: "Julie Bishop" keeps its surname though "Bishop" is also a title.
    // ("SENATOR THE HON PENNY WONG LEADER OF THE OPPOSITION": in capitals too, when the title goes on
    // with its complement; "MR. MARTIN LUTHER KING:" keeps its surname.)
    if (full >= 2 && (titleLexicon().heads.longest(tokens, i) || titleLexicon().modifiers.has(t.text))) break;
    // "Chanel Chief Executive Leena Nair": a title of two words or more ends even a one-word name.
    if (full === 1 && (titleLexicon().heads.longest(tokens, i)?.endToken ?? i) - i >= 2) break;
    if (
      full >= 2 &&
      caps &&
      titleLexicon().headsFolded.longest(tokens, i) &&
      /^(?:OF|FOR)$/.test(tokens[i + 1]?.text ?? '')
    )
      break;
    // "Douglas A. Silliman", "John I. Smith": inside a name, "A." and "I." are initials, not words.
    if (
      words > 0 &&
      t.text.length === 1 &&
      NOT_NAMES.has(t.text) &&
      tokens[i + 1]?.text === '.' &&
      tokens[i + 1]?.gap === 'none' &&
      isNameWord(tokens[i + 2], caps)
    ) {
      i += 2;
      words++;
      end = i;
      continue;
    }
    // "Rebecca Hall said", "Judge Anna Street", "Tony Spring said": a place or event word that is
    // also a surname ends the name.
    if (words > 0 && surnameHeadWordAt(ctx, i, afterTitle)) {
      end = i + 1;
      break;
    }
    if (isNameWord(t, caps)) {
      i++;
      words++;
      // "Jean-Yves Le Drian", "Joshua Van Der Meer": a capitalised particle inside a name counts no word.
      const particle = words > 1 && isNameParticle(t.text);
      if (t.text.length > 1 && !particle) full++;
      // Initial or abbreviated suffix: "J." / "Jr."
      const dot = tokens[i];
      if (dot && dot.text === '.' && dot.gap === 'none' && (t.text.length === 1 || NAME_SUFFIXES.has(t.text)))
        i++;
      const hyphen = tokens[i];
      const after = tokens[i + 1];
      // Hyphenated name: "Jean-Pierre", one word.
      if (hyphen?.text === '-' && hyphen.gap === 'none' && after?.gap === 'none' && isNameWord(after, caps))
        i += 2;
      end = i;
      continue;
    }
    const nickname = words > 0 ? nicknameEnd(tokens, i, caps) : undefined;
    if (nickname !== undefined) {
      i = nickname;
      continue;
    }
    if (t.kind === 'word' && NAME_PARTICLES.has(lowerTexts(tokens)[i] as string) && words > 0) {
      // "bin Laden", "al-Maliki", "al- Jaafari"
      if (isNameWord(tokens[i + 1], caps)) {
        i++;
        continue;
      }
      if (tokens[i + 1]?.text === '-' && tokens[i + 1]?.gap === 'none' && isNameWord(tokens[i + 2], caps)) {
        i += 2;
        continue;
      }
      // "Ursula von der Leyen", "Joost van den Berg": two particles before the surname.
      const second = tokens[i + 1];
      if (
        second?.kind === 'word' &&
        !second.upper &&
        isNameParticle(second.text) &&
        isNameWord(tokens[i + 2], caps)
      ) {
        i += 2;
        continue;
      }
    }
    break;
  }
  // A person the knowledge base knows is read whole, beyond the word limit ("Abdo Rabbo Mansour
  // Hadi"); looked up only when the limit stopped the scan.
  if (full >= MAX_NAME_WORDS) {
    const known = ctx.lexicon.exact.longest(tokens, first);
    if (known?.value.type === 'person' && known.endToken > end) return known.endToken;
  }
  // A name may not end on a dangling particle or start with one.
  return words > 0 ? end : at;
}

/**
 * A place or event word standing as a surname at `at`, where only a person can stand: "Rebecca Hall
 * said", "said Capt. Rebecca Hall", "Judge Anna Street spoke", "Grace Park said", "Tony Spring said".
 * After a given name, "Hall", "Park", "Street", "Lake" or "Spring" needs a title before it or a
 * speech verb beside the name ("Jefferson Hall was evacuated", "tickets for Albert Hall concerts" are buildings). Never after
 * a word that says where ("at Albert Hall", "on Lord Nelson Street", "at Queen Victoria Park") or
 * "the", nor when a capitalised word goes on ("Albert Hall Road").
 */
function surnameHeadWordAt(ctx: RecognitionContext, at: number, afterTitle: boolean): boolean {
  const { tokens } = ctx;
  const t = tokens[at];
  if (t?.kind !== 'word' || t.gap !== 'space') return false;
  if (!FIRST_NAMES.has(tokens[at - 1]?.text ?? '')) return false;
  const placeWord =
    NAME_STOPS.has(t.text) && (SURNAME_PLACE_HEADS.has(t.text) || TITLED_SURNAME_PLACE_WORDS.has(t.text));
  if (!placeWord && !SURNAME_EVENT_HEADS.has(t.text)) return false;
  const next = tokens[at + 1];
  if (next?.kind === 'word' && next.upper && next.gap === 'space') return false;
  if (placeSaidBefore(ctx, at - 1)) return false;
  // ("Anna Street, a partner at the firm,": described as a person after a comma.)
  return afterTitle || speaksAt(ctx, at - 1, at + 1) || describesPerson(ctx, at + 1);
}

/** A verb of speech right after the name [from, end) or right before it: "Grace Park said", "said Grace Park". */
export function speaksAt(ctx: RecognitionContext, from: number, end: number): boolean {
  const { tokens } = ctx;
  return SPEECH_VERBS.has(tokens[end]?.lower ?? '') || SPEECH_VERBS.has(tokens[from - 1]?.lower ?? '');
}

/**
 * The word before the name at `at` and the capitalised words (a title) before it says where the
 * name is, or is "the": "at Albert Hall", "on Lord Nelson Street", "the Royal Albert Hall".
 */
export function placeSaidBefore(ctx: RecognitionContext, at: number): boolean {
  const { tokens } = ctx;
  let k = at - 1;
  while (k >= 0 && (tokens[k]?.upper || (tokens[k]?.text === '.' && tokens[k]?.gap === 'none'))) {
    // "Along Kelly Street said …": the preposition opens the sentence, capitalised.
    if (WHERE_WORDS.has(tokens[k]?.lower ?? '')) return true;
    k--;
  }
  const before = tokens[k];
  return before?.kind === 'word' && (WHERE_WORDS.has(before.lower) || before.lower === 'the');
}

/** Verbs of speech next to a name that make it a speaker's: "Rebecca Hall said", "said Rebecca Hall". */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'explained', 'stated', 'asked']);

/** Lower-case particles that open a surname written without a given name, at most this many. */
const MAX_LEADING_PARTICLES = 2;

/**
 * The token after the particles opening a surname at `at` ("de", "von der", "al-"), when a name
 * word follows them; else `at`. Only lower case: "De Beers", "Van" open names of their own.
 */
function afterLeadingParticles(ctx: RecognitionContext, at: number, caps: boolean): number {
  const { tokens } = ctx;
  let k = at;
  while (
    k - at < MAX_LEADING_PARTICLES &&
    tokens[k]?.kind === 'word' &&
    !tokens[k]?.upper &&
    isNameParticle(tokens[k]?.text ?? '')
  ) {
    k++;
    if (tokens[k]?.text === '-' && tokens[k]?.gap === 'none' && tokens[k + 1]?.gap === 'none') k++;
    if (isNameWord(tokens[k], caps)) return k;
  }
  return at;
}

/**
 * After a title, a capitalised word is a name unless it names an organisation, a country or a
 * nationality: "Secretary Austin" is a person even though Austin is also a city.
 */
function namesSomethingElse(ctx: RecognitionContext, at: number): boolean {
  const entry = ctx.lexicon.exact.longest(ctx.tokens, at)?.value;
  if (!entry || entry.type === 'person') return false;
  if (givenNameOfOtherKindAt(ctx, at)) return false;
  // After a given name or a title, a company's one word is a surname: "Tony Roche", "Dean Roche".
  if (entry.type === 'organization') return !companySurnameAt(ctx, at);
  return entry.type !== 'location' || entry.country === entry.canonical;
}

/**
 * A demonym or a place that is a given name too, before a surname nothing else names: "Christian
 * Lindner", "Jordan Henderson", "Israel Katz" (not "Christian Democrats", "Roman Catholic",
 * "Israel Railways", "Dallas Mavericks": the word after it is known or a word of the language).
 */
function givenNameOfOtherKindAt(ctx: RecognitionContext, at: number): boolean {
  const { tokens } = ctx;
  const t = tokens[at];
  const found = ctx.lexicon.exact.longest(tokens, at);
  const kind = found?.value.type;
  return (
    !!t &&
    (kind === 'nationality' || kind === 'location') &&
    found?.endToken === at + 1 &&
    AMBIGUOUS_FIRST_NAMES.has(t.text) &&
    tokens[at + 1]?.gap === 'space' &&
    isNameWord(tokens[at + 1], false) &&
    !ctx.lexicon.exact.longest(tokens, at + 1) &&
    !isCommonWord(tokens[at + 1]?.lower ?? '')
  );
}

/**
 * After a capitalised word (a given name, a title), one word that names a body is a surname:
 * "Michael Bloomberg", "Nikola Tesla", "Tony Roche" (not an acronym: "Jens NATO" is no one).
 */
function companySurnameAt(ctx: RecognitionContext, at: number): boolean {
  const { tokens } = ctx;
  const found = ctx.lexicon.exact.longest(tokens, at);
  const before = tokens[at - 1];
  return (
    found?.value.type === 'organization' &&
    found.endToken === at + 1 &&
    !tokens[at]?.allCaps &&
    tokens[at]?.gap === 'space' &&
    before?.kind === 'word' &&
    before.upper
  );
}

/**
 * Tokens [from, to) are one word naming a state or region the knowledge base knows: "Minister for
 * Trade and Investment Queensland" is the state's minister, no one called Queensland.
 */
function regionAlone(ctx: RecognitionContext, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const found = ctx.lexicon.exact.longest(ctx.tokens, from);
  return (
    found?.endToken === to && found.value.type === 'location' && REGION_KINDS.has(found.value.placeKind ?? '')
  );
}
const REGION_KINDS = new Set(['state', 'region', 'country']);

interface TitleMatch {
  /** Token after the title. */
  end: number;
  /** Country named in the title ("US", "Israeli"), canonical. */
  qualifier?: string;
  /** Token where the title proper starts, after the qualifier. */
  headToken: number;
  /**
   * Token after "of" and the body the title belongs to, when the title stops before them ("Chief
   * Executive of Acme Corp."): the holder's name may follow the body.
   */
  bodyEnd?: number;
  /**
   * Token where that body starts when only the title says it is one: a company named after a
   * company officer's "of" ("Chief Medical Officer of Acme Health"), known to no list.
   */
  company?: number;
  /** Two titles joined by "and" ("President and CEO"), which one person holds only when named. */
  joined?: boolean;
}

/** Tokens back from a title where the body before it may start ("Foreign and Commonwealth Office"). */
const BODY_REACH = 5;

/** The organisation the knowledge base knows that ends just before token `at` ("FCO", "Foreign Office", "NATO"). */
function bodyBefore(ctx: RecognitionContext, at: number): Token | undefined {
  const { tokens } = ctx;
  if (tokens[at]?.gap !== 'space') return undefined;
  for (let from = Math.max(0, at - BODY_REACH); from < at; from++) {
    const known = ctx.lexicon.exact.longest(tokens, from);
    if (known?.endToken === at && known.value.type === 'organization' && !ctx.skip[from]) return tokens[from];
  }
  return undefined;
}

/** Verbs of appointment before "as": "Jane Doe has been appointed as CEO", "was named as President". */
const APPOINTED_AS = new Set([
  'appointed',
  'named',
  'elected',
  'serve',
  'serves',
  'served',
  'joins',
  'joined',
]);

/** "as" just before token `at`, after a capitalised name or a verb of appointment: "Jane Doe as CEO", "appointed as President". */
function asAfterName(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.text !== 'as') return false;
  const before = tokens[at - 2];
  return (
    !!before &&
    before.kind === 'word' &&
    (before.upper ? !before.allCaps || before.text.length > 1 : APPOINTED_AS.has(before.lower))
  );
}

/** Titles of those who lead a state or a government, which no one holds two of. */
const LEADERS = new Set(['President', 'Prime Minister', 'Chancellor', 'King', 'Queen', 'Emir', 'Premier']);

function leads(tokens: readonly Token[], from: number, to: number): boolean {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(tokens[k]?.text ?? '');
  return LEADERS.has(words.join(' '));
}

/** A personal name follows the title (after its body, if it has one). */
function namedAfter(ctx: RecognitionContext, title: TitleMatch): boolean {
  const at = title.bodyEnd ?? title.end;
  return ctx.tokens[at]?.gap === 'space' && scanName(ctx, at) > at;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Capitalised words of a body whose possessive opens a title in apposition, at most: "Goldman Sachs's". */
const MAX_POSSESSOR_WORDS = 3;

/**
 * Token `at` follows a name and a comma, or a name, a comma and an article, a body's possessive or
 * a body's name: "Joseph Votel, commander of …", "Jane Doe, the chief executive of …", "Jim
 * Farley, Ford's chief executive", "Jane Doe, Acme Robotics CEO".
 */
/** Words that open a body's name with its own "of" ("University of", "Bank of"), from ORG_LEAD_PATTERNS. */
const BODY_OF_LEADS: ReadonlySet<string> = new Set(
  ORG_LEAD_PATTERNS.filter((lead) => lead.endsWith(' of') && !lead.slice(0, -3).includes(' ')).map((lead) =>
    lead.slice(0, -3),
  ),
);

/** Tokens of a known body's name between a comma and a title in apposition, at most ("U.S. Central Command"). */
const KNOWN_BODY_REACH = 8;

function inApposition(ctx: RecognitionContext, at: number): boolean {
  const { tokens } = ctx;
  let k = at - 1;
  // "Acme Robotics, a leader in warehouse automation,": "a leader in" a field in lower case describes
  // the name before it (a company as often as a person), no office; "Jane Doe, a leader in Hamas",
  // "Abu Omar, a commander in the Free Syrian Army" hold one.
  const indefinite = tokens[k]?.text === 'a' || tokens[k]?.text === 'an';
  const field = tokens[at + 2];
  if (indefinite && aLeaderInAt(tokens, at) && field?.kind === 'word' && !field.upper && field.text !== 'the')
    return false;
  if (tokens[k]?.text === 'the' || indefinite) k--;
  // "Jim Farley, Ford's chief executive,": or a body's possessive.
  else if (POSSESSIVE_S.has(tokens[k]?.text ?? '') && tokens[k]?.gap === 'none') {
    const owner = k - 1;
    k = owner;
    while (k > owner - MAX_POSSESSOR_WORDS && tokens[k]?.kind === 'word' && tokens[k]?.upper) k--;
    if (k === owner) return false;
  } else if (tokens[k]?.text !== ',' && companyOfficerEnd(tokens, at) !== undefined) {
    // "Jane Doe, Acme Robotics CEO, said": or a company's name before an officer only a company
    // has (not "Chris Bowen MP": a given name opens no company's name here).
    const last = k;
    while (
      k > last - MAX_POSSESSOR_WORDS &&
      tokens[k]?.kind === 'word' &&
      tokens[k]?.upper &&
      tokens[k]?.gap === 'space'
    )
      k--;
    if (k === last || !companyInApposition(ctx, k + 1, last + 1)) return false;
  } else if (tokens[k]?.text !== ',') {
    // "Col. Joe Buccino, U.S. Central Command spokesperson,": or a body the knowledge base knows,
    // just after the comma.
    for (let c = k; c >= 0 && c >= at - KNOWN_BODY_REACH; c--) {
      if (tokens[c]?.text !== ',') continue;
      const known = ctx.lexicon.exact.longest(tokens, c + 1);
      if (known?.endToken === at && known.value.type === 'organization') k = c;
      break;
    }
  }
  if (tokens[k]?.text !== ',') return false;
  // "Joseph F. Dunford Jr., chairman of …": the name may end on its abbreviated suffix.
  const end = tokens[k - 1]?.text === '.' && NAME_SUFFIXES.has(tokens[k - 2]?.text ?? '') ? k - 2 : k - 1;
  const name = tokens[end];
  return !!name && name.kind === 'word' && name.upper && !ctx.sentenceStart[end];
}

/**
 * "The commander of U.S. Central Command said": after "the", a title in lower case followed by
 * "of" or "for" and an organisation the knowledge base knows refers to someone as surely as one
 * in apposition. ("the director of the film", "the president of the company" name no body.)
 */
function titleOfBody(ctx: RecognitionContext, at: number): boolean {
  const { tokens } = ctx;
  const article = tokens[at - 1]?.text;
  if (article !== 'the' && article !== 'The') return false;
  const head = titleLexicon().headsFolded.longest(tokens, at);
  if (!head || tokens[at]?.upper) return false;
  const prep = tokens[head.endToken];
  if (prep?.text !== 'of' && prep?.text !== 'for') return false;
  const first = tokens[head.endToken + 1]?.text === 'the' ? head.endToken + 2 : head.endToken + 1;
  return ctx.lexicon.exact.longest(tokens, first)?.value.type === 'organization';
}

/** One or two initials and a capitalised word at `k`: "M.K. Stalin", "G. W. Abbott". */
function initialsThenNameAt(tokens: readonly Token[], k: number): boolean {
  let j = k;
  for (let initials = 0; initials < 2; initials++) {
    const letter = tokens[j];
    if (letter?.kind !== 'word' || letter.text.length !== 1 || !letter.upper) break;
    if (tokens[j + 1]?.text !== '.' || tokens[j + 1]?.gap !== 'none') return false;
    j += 2;
  }
  return j > k && tokens[j]?.gap === 'space' && isNameWord(tokens[j], false);
}

/** A personal name starts at token k: a given name before another capitalised word, or a person the knowledge base knows. */
function startsPersonName(ctx: RecognitionContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t && FIRST_NAMES.has(t.text) && next?.upper && next.gap === 'space') return true;
  return ctx.lexicon.exact.longest(tokens, k)?.value.type === 'person';
}

/**
 * Tokens [from, to) after a title's "of" name a body of their own, known or ending on a body's
 * head word ("Chief Executive of Acme Corp.", "Director of the Federal Bureau of Investigation"):
 * the token after the body, where the title stops before it and link/link-roles.ts makes it what
 * the title is of. "Secretary of Defense", "Minister for the Middle East" keep their complement,
 * and so does a portfolio after "for" that only looks like a body ("Minister for Civil Society").
 */
function bodyAfterTitle(
  ctx: RecognitionContext,
  from: number,
  to: number,
  afterOf: boolean,
): number | undefined {
  const { tokens } = ctx;
  const first = tokens[from]?.text === 'the' ? from + 1 : from;
  const known = ctx.lexicon.exact.longest(tokens, first);
  // The known name may run on past the complement's capitals ("Federal Bureau of Investigation").
  if (known?.value.type === 'organization' && known.endToken >= to) return known.endToken;
  // A portfolio after "for" is no body by its shape: "Minister for Civil Society".
  const last = tokens[to - 1]?.text ?? '';
  return afterOf && ORG_HEAD_WORDS.has(last) && to - first >= 2 ? to : undefined;
}

/**
 * "Chief Medical Officer of Acme Health", "CEO of Brightline": after a company officer's "of",
 * capitalised words [from, to) name the company, known or not; the token where it starts. Not a
 * place or a place's head ("of England", "of the Hong Kong Special Administrative Region"), a
 * title's word, two names joined by "and", a name going on past an abbreviation or a possessive
 * ("of St. Mary's Hospital"), nor common words ending on a field of work ("CEO of Operations").
 */
function companyAfterOfficer(ctx: RecognitionContext, from: number, to: number): number | undefined {
  const { tokens } = ctx;
  const first = tokens[from]?.text === 'the' ? from + 1 : from;
  if (first >= to) return undefined;
  // ("of St. Mary's Hospital", "of Acme's …": the name goes on past what was read.)
  const after = tokens[to];
  const abbreviated = after?.text === '.' && (tokens[to - 1]?.text.length ?? 0) <= 3;
  if (after && after.gap === 'none' && (abbreviated || POSSESSIVE_MARKS.has(after.text))) return undefined;
  const known = ctx.lexicon.exact.longest(tokens, first);
  if (known && known.value.type !== 'organization' && known.endToken >= to) return undefined;
  // "of the Hong Kong Special Administrative Region", "of Prince Edward Island": a place's head.
  if (PLACE_HEADS.has(tokens[to - 1]?.text ?? '')) return undefined;
  let common = 0;
  for (let k = first; k < to; k++) {
    const t = tokens[k];
    // "Google and Alphabet" are two; "of Prince Edward Island" names a place after a title's word.
    if (!t?.upper || titleHeadEnd(ctx, k) !== undefined || titleLexicon().honorifics.longest(tokens, k))
      return undefined;
    if (isCommonWord(t.lower)) common++;
  }
  // "CEO of Operations", "Managing Director of Investment Banking", "Founder of Modern Nursing":
  // common words ending on a field of work name a department or a calling, not a company.
  if (common === to - first && (to - first === 1 || WORK_FIELDS.has(tokens[to - 1]?.text ?? '')))
    return undefined;
  return first;
}

/**
 * Words a firm's name ends on after a word that is also a given name: "May Mobility", "Cash App"
 * (besides the fields of work, checked beside them; a body's head word or a company's trade word,
 * "Iris Energy", is never a name's word, so no name ends on one).
 */
const TRADE_WORDS = new Set(
  'App Apps Mobility Pay Payments Health Bio Games Records Converters Homes Fitness Kitchen Coffee Air Gold Oil Gas Solar Wind Water Tech Cars Auto'.split(
    ' ',
  ),
);

/** Last words of a department or a field of work: "Global Operations", "Human Resources". */
export const WORK_FIELDS: ReadonlySet<string> = new Set(
  'Operations Strategy Banking Resources Development Nursing Sales Marketing Engineering Research Finance Communications Product Products Technology Innovation Investment Investments Affairs Relations Services Programs Programmes Policy Planning Compliance Risk Security Safety Quality Design Data Growth Partnerships Procurement Supply Logistics Manufacturing Medicine Science Sciences Education Training Analytics Solutions Software Content Experience Digital Intelligence'.split(
    ' ',
  ),
);

/**
 * The capitalised common words from token `k` that go on naming a department, up to MAX_TAIL_WORDS:
 * "Procurement", "Climate Action", "Rural Affairs". Not a given name, a title, a rank, a known name
 * or a headline's verb, which start what follows the title ("Secretary of Defense Mark Esper",
 * "Secretary of State Visits Paris"); returns k when there is none.
 */
function departmentWordsFrom(ctx: RecognitionContext, k: number): number {
  const { tokens } = ctx;
  const lex = titleLexicon();
  let n = k;
  while (n - k < MAX_TAIL_WORDS) {
    const t = tokens[n];
    if (t?.kind !== 'word' || !t.upper || t.allCaps || t.gap !== 'space') break;
    // ("Multicultural Affairs", "Cyber Security": an uncommon word before a department's last word.)
    const beforeDepartmentEnd =
      DEPARTMENT_ENDS.has(tokens[n + 1]?.text ?? '') && tokens[n + 1]?.gap === 'space';
    if (!(isCommonWord(t.lower) || beforeDepartmentEnd)) break;
    if (FIRST_NAMES.has(t.text) || HEADLINE_VERBS.has(t.text)) break;
    // ("Secretary of the Army Mark T. Esper", "… and Grant Shapps": a given name that is also a
    // word opens a part and a name follows; "Health and Social Care" goes on.)
    if (opensFullName(tokens, n) || (n === k && AMBIGUOUS_FIRST_NAMES.has(t.text) && surnameAfter(tokens, n)))
      break;
    // ("… and Attorney-General Mark Dreyfus": a hyphenated word opens a second title.)
    if (tokens[n + 1]?.text === '-' && tokens[n + 1]?.gap === 'none') return k;
    if (
      lex.heads.longest(tokens, n) ||
      lex.honorifics.longest(tokens, n) ||
      ctx.lexicon.exact.longest(tokens, n)
    )
      break;
    n++;
  }
  return n;
}
const MAX_TAIL_WORDS = 3;

/** A capitalised word that is no common word follows the word at `n`: "Mark Esper", "Grant Shapps". */
function surnameAfter(tokens: readonly Token[], n: number): boolean {
  const next = tokens[n + 1];
  return next?.kind === 'word' && next.upper && next.gap === 'space' && !isCommonWord(next.lower);
}

/** The word at `n` opens a name as its given name: an initial follows ("Rose T. Smith"). */
function opensFullName(tokens: readonly Token[], n: number): boolean {
  const next = tokens[n + 1];
  return next?.kind === 'word' && next.upper && next.gap === 'space' && next.text.length === 1;
}

/**
 * Where a department's name ends that runs on past a word of DEPARTMENT_ENDS at token `j`:
 * qualified ("Minister for Defence Procurement James Cartlidge"), or listing more with "and"
 * ("Minister for Economic Affairs and Climate Action", "Secretary of State for Levelling Up,
 * Housing and Communities"). A comma without a closing "and" is apposition ("Minister for
 * Health, Sajid Javid"), and after "and" a name or title is someone else's ("Secretary of State
 * and NATO Secretary General Jens Stoltenberg") or a second title of the same person ("… for
 * Humanitarian Affairs and Emergency Relief Coordinator"). Returns j when it does not run on.
 */
function departmentTail(ctx: RecognitionContext, j: number): number {
  const { tokens } = ctx;
  // A single qualifier word only: "Defence Procurement".
  const qualified = departmentWordsFrom(ctx, j);
  const end = qualified > j + 1 ? j : qualified;
  let m = end;
  while (tokens[m]?.text === ',' && tokens[m]?.gap === 'none') {
    const next = departmentWordsFrom(ctx, m + 1);
    if (next === m + 1) return end;
    m = next;
  }
  // ("Minister for Trade & Investment": a spaced ampersand joins as "and" does.)
  if ((tokens[m]?.text !== 'and' && tokens[m]?.text !== '&') || tokens[m]?.gap !== 'space') return end;
  // ("… Women and the Public Service": an article may open the last part.)
  const partStart = tokens[m + 1]?.text === 'the' && tokens[m + 2]?.upper ? m + 2 : m + 1;
  const last = departmentWordsFrom(ctx, partStart);
  // "… for Humanitarian Affairs and Emergency Relief Coordinator": a second title, not more department.
  if (last === partStart || titleLexicon().heads.longest(tokens, last)) return end;
  return last;
}

/** Lower-case words a title runs on over before "at", at most: "head of offshore wind operations". */
const MAX_LOWER_TITLE_RUN = 5;
/** Words that show a clause, not a title's words: "the commander arrived at Bagram". */
const NOT_TITLE_WORDS = new Set(
  'is was are were be been being has have had will would can could may might must shall should said says told met spoke arrived landed visited works worked who which that the a an'.split(
    ' ',
  ),
);

/**
 * From the token after a lower-case title's head, the token after the lower-case words that go on
 * naming the post when they end before "at" and a capitalised name ("chief economist at Westpac",
 * "head of policy at the Grattan Institute"); `from` when they do not.
 */
function lowerTitleBeforeAt(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k - from < MAX_LOWER_TITLE_RUN) {
    const t = tokens[k];
    if (t?.kind !== 'word' || t.upper || t.gap !== 'space') break;
    if (t.text === 'at') {
      const name = tokens[k + 1]?.text === 'the' ? tokens[k + 2] : tokens[k + 1];
      return k > from && name?.kind === 'word' && name.upper ? k : from;
    }
    if (NOT_TITLE_WORDS.has(t.text) || t.text.endsWith('ed')) break;
    k++;
  }
  return from;
}

/** Parse an office title at token `at`: [country] [modifiers] head [of|for Complement]. */
/** Heads of the titles of those sent somewhere, whose complement says where with "to". */
const SENT_TO_HEADS = new Set(['Ambassador', 'Envoy', 'Representative', 'Emissary', 'Attaché']);
/** Heads whose title names its subject after "on": "Advisor on Strategic Development", "Special Rapporteur on Torture". */
const ON_TOPIC_HEADS = new Set(['Advisor', 'Adviser', 'Rapporteur', 'Envoy']);

/** Small words inside an adviser's subject: "Advisor on Religion and Global Affairs". */
const TOPIC_JOINS = new Set(['and', 'of', 'the', '&', '-']);
const MAX_TOPIC_TOKENS = 8;

/**
 * A subject in capitals starts at `from` and ends the title: after it a comma, the holder's name
 * or the sentence's end. Not "Adviser on Gaza humanitarian issues David Satterfield" (one capital
 * word, then the subject goes on in lower case) nor "Advisor on Women's Health" (a possessive the
 * title reader stops at).
 */
function wholeTopicAt(tokens: readonly Token[], from: number): boolean {
  let k = from;
  if (!tokens[k]?.upper) return false;
  while (k < tokens.length && k - from < MAX_TOPIC_TOKENS) {
    const t = tokens[k] as Token;
    if (t.gap === 'newline' || t.gap === 'paragraph') break;
    if (t.kind === 'word' && t.upper) k++;
    else if (TOPIC_JOINS.has(t.text) && tokens[k + 1]?.upper) k++;
    else break;
  }
  const after = tokens[k];
  // ("Special Envoy on Ukraine Keith Kellogg met": the holder's name may run on from the subject.)
  if (after?.kind === 'word' && !after.upper) return k - from > 1;
  return !after || after.text === ',' || after.text === '.' || (after.kind === 'word' && after.upper);
}

/** Words glued by a hyphen after a title for someone chosen but not yet in office. */
const CHOSEN_SUFFIXES = new Set(['designate', 'elect']);

/*
 * The two helpers below are functions of their own, not closures in scanOfficeTitle: it runs on
 * most capitalised tokens, and the closures cost a context and two function objects a call
 * (10 MB per megabyte of text).
 */

/** A title modifier ("Acting", "Deputy"), also in lower case where `lowercaseAllowed`. */
function isTitleModifier(lex: TitleLexicon, text: string, lowercaseAllowed: boolean): boolean {
  return lex.modifiers.has(text) || (lowercaseAllowed && lex.modifiers.has(capitalise(text)));
}

/** The title head starting at token `k`: as written, or folded where lower case is allowed and the token is lower case. */
/** The title's head, the tokens [from, end) or a tail of them, is a company officer's ("Chief Medical Officer"). */
function corporateOfficer(ctx: RecognitionContext, from: number, end: number): boolean {
  const last = ctx.tokens[end - 1];
  if (!last) return false;
  for (let k = from; k < end; k++) {
    const first = ctx.tokens[k];
    if (first && CORPORATE_OFFICER_TITLES.has(ctx.text.slice(first.start, last.end))) return true;
  }
  return false;
}

function titleHeadAt(
  lex: TitleLexicon,
  tokens: readonly Token[],
  k: number,
  lowercaseAllowed: boolean,
): TrieMatch<true> | undefined {
  const token = tokens[k];
  if (!token) return undefined;
  const found = lex.heads.longest(tokens, k) ?? countyOfficeAt(tokens, k);
  return found ?? (lowercaseAllowed && !token.upper ? lex.headsFolded.longest(tokens, k) : undefined);
}

/**
 * A head opening inside the modifiers [from, to) and reaching past them: "Deputy National Security
 * Advisor", where "National" is a modifier too, so the modifiers end on "Security", no head.
 */
function headInsideModifiers(
  lex: TitleLexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
  lowercaseAllowed: boolean,
): TrieMatch<true> | undefined {
  for (let k = from + 1; k < to; k++) {
    const head = titleHeadAt(lex, tokens, k, lowercaseAllowed);
    if (head && head.endToken > to) return head;
  }
  return undefined;
}

/**
 * "Chief Michel Moore", "LAPD Chief Michel Moore": the last modifier read is a head of its own
 * ("Chief", "Deputy", "Head") when no other head follows it.
 */
function lastModifierHead(
  lex: TitleLexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
  lowercaseAllowed: boolean,
): TrieMatch<true> | undefined {
  if (to <= from) return undefined;
  const head = titleHeadAt(lex, tokens, to - 1, lowercaseAllowed);
  return head?.endToken === to ? head : undefined;
}

/** Functions before a staff title's head, at most: "National Security Communications Advisor". */
const MAX_STAFF_FUNCTIONS = 3;

/**
 * A staff title starting at token `at`, capitalised: one to three functions and a staff head
 * ("Communications Director", "Security Communications Advisor"), which the title list, naming
 * offices by their head alone, would cut to "Director".
 */
function staffTitleAt(tokens: readonly Token[], at: number): TrieMatch<true> | undefined {
  let k = at;
  while (
    k < at + MAX_STAFF_FUNCTIONS &&
    STAFF_FUNCTIONS.has(tokens[k]?.text ?? '') &&
    tokens[k + 1]?.gap === 'space'
  )
    k++;
  if (k === at || !STAFF_HEADS.has(tokens[k]?.text ?? '')) return undefined;
  // ("Sales Rep.": an abbreviated head keeps its full stop.)
  const stop =
    ABBREVIATED_STAFF_HEADS.has(tokens[k]?.text ?? '') &&
    tokens[k + 1]?.text === '.' &&
    tokens[k + 1]?.gap === 'none';
  return { endToken: k + (stop ? 2 : 1), value: true };
}

/** Staff heads written abbreviated, with a full stop: "Sales Rep.". */
const ABBREVIATED_STAFF_HEADS: ReadonlySet<string> = new Set(['Rep']);

/** A known organisation's name starts on the token before `at` and ends at `end` ("NHS England"). */
function endsKnownBody(ctx: RecognitionContext, at: number, end: number): boolean {
  const body = at > 0 ? ctx.lexicon.exact.longest(ctx.tokens, at - 1) : undefined;
  return body?.value.type === 'organization' && body.endToken === end;
}

function scanOfficeTitle(ctx: RecognitionContext, at: number, joinTitles = true): TitleMatch | undefined {
  const lex = titleLexicon();
  const { tokens } = ctx;
  let i = at;
  let qualifier: string | undefined;
  const known = ctx.lexicon.exact.longest(tokens, i);
  // "In Turkey Minister Ellwood met …": after "in" a country is where, not whose the title is.
  const where = known?.value.type === 'location' && tokens[i - 1]?.text.toLowerCase() === 'in';
  // "U.S. Attorney Dawn N. Ison": a title that opens with its country is read whole.
  const wholeTitle = known ? (lex.heads.longest(tokens, i)?.endToken ?? 0) > known.endToken : false;
  if (
    known &&
    !where &&
    !wholeTitle &&
    // ("NHS England chief executive Amanda Pritchard": the place ends a known body's name.)
    !endsKnownBody(ctx, at, known.endToken) &&
    // On the title's line: "… for Yemen⏎⏎Foreign Secretary announces" is a headline, then a title.
    tokens[known.endToken]?.gap === 'space' &&
    (known.value.type === 'nationality' || (known.value.type === 'location' && known.value.country))
  ) {
    // "Israeli" → Israel; "Palm Bay" (a city) → Palm Bay itself.
    qualifier =
      known.value.type === 'nationality'
        ? (known.value.country ?? known.value.canonical)
        : known.value.canonical;
    i = known.endToken;
  }
  // "Gen. Joseph Votel, commander of U.S. Central Command": after a name and a comma, a title
  // may be written in lower case, as it may after a country ("Iraqi prime minister").
  // So may it after "as" and a name or a verb of appointment ("named Jane Doe as chief executive officer").
  const lowercaseAllowed =
    qualifier !== undefined || inApposition(ctx, at) || titleOfBody(ctx, at) || asAfterName(ctx.tokens, at);
  const headToken = i;
  // At most a few modifiers ("Acting Deputy Assistant …"): a bound keeps the scan linear.
  while (
    i < tokens.length &&
    i - headToken < MAX_MODIFIERS &&
    isTitleModifier(lex, tokens[i]?.text ?? '', lowercaseAllowed) &&
    tokens[i + 1]?.gap !== 'paragraph'
  )
    i++;
  // "Assistant State’s Attorney": a modifier ("State") glued to what follows starts the head.
  while (i > headToken && tokens[i]?.gap !== 'space') i--;
  const t = tokens[i];
  if (!t || (i > at && t.gap !== 'space')) return undefined;
  // "Chief Executive": a modifier may open a head of its own.
  // ("Chief Medical Officer" is no "Chief" before a name: a head ending just at the modifiers' end
  // needs no capitalised word after it; one reaching past them, "National Security Advisor", is taken.)
  const fromModifier = i > headToken ? titleHeadAt(lex, tokens, headToken, lowercaseAllowed) : undefined;
  // ("Chief Executive Pekka Lundmark": a head of two modifiers or more is a title before a name.)
  const reaches =
    fromModifier &&
    (fromModifier.endToken > i ||
      (fromModifier.endToken === i && (!tokens[i]?.upper || fromModifier.endToken - headToken >= 2)));
  // ("King County Executive Dow Constantine": a county's office before a name is one, whatever the name.)
  const countyOffice = i === headToken + 1 ? countyOfficeAt(tokens, headToken) : undefined;
  let head =
    titleHeadAt(lex, tokens, i, lowercaseAllowed) ??
    (reaches ? fromModifier : countyOffice) ??
    headInsideModifiers(lex, tokens, headToken, i, lowercaseAllowed) ??
    staffTitleAt(tokens, i) ??
    lastModifierHead(lex, tokens, headToken, i, lowercaseAllowed);
  if (!head) return undefined;
  // "President and CEO", "Chair and Chief Executive Officer": two titles of one person.
  let joined = false;
  if (joinTitles && tokens[head.endToken]?.text === 'and' && tokens[head.endToken + 1]?.gap === 'space') {
    const second = titleHeadAt(lex, tokens, head.endToken + 1, lowercaseAllowed);
    // "Prime Minister and President Hollande": no one leads a state and a government at once.
    const twoLeaders =
      second &&
      (leads(tokens, i, head.endToken) || leads(tokens, headToken, head.endToken)) &&
      leads(tokens, head.endToken + 1, second.endToken);
    if (second && !twoLeaders) {
      head = second;
      joined = true;
    }
  } else if (
    // "High Representative/Vice-President Josep Borrell": two offices held at once, one title.
    tokens[head.endToken]?.text === '/' &&
    tokens[head.endToken]?.gap === 'none' &&
    tokens[head.endToken + 1]?.gap === 'none'
  ) {
    const second = titleHeadAt(lex, tokens, head.endToken + 1, lowercaseAllowed);
    if (second) head = second;
  }
  let end = head.endToken;
  // "Prime Minister-designate", "Governor-elect": chosen for the office, not yet in it; one title.
  if (
    tokens[end]?.text === '-' &&
    tokens[end]?.gap === 'none' &&
    tokens[end + 1]?.gap === 'none' &&
    CHOSEN_SUFFIXES.has(tokens[end + 1]?.text ?? '')
  )
    end += 2;
  let bodyEnd: number | undefined;
  let company: number | undefined;
  // A title written in lower case stops at its head: what follows "of" is the body it belongs to,
  // a mention of its own ("commander of U.S. Central Command"; link/link-roles.ts links them).
  const lowerCaseHead = !tokens[head.endToken - 1]?.upper;
  // "chief economist at Westpac", "head of offshore operations at Ørsted": a title in lower case
  // runs on over lower-case words to the "at" of its employer (link-roles.ts links the body).
  if (lowerCaseHead) end = lowerTitleBeforeAt(tokens, end);
  // Complement: "Secretary of Defense", "Special Coordinator for Counter-Terrorism".
  const prep = tokens[end];
  // "Ambassador to Iraq", "Special Envoy to Syria": an envoy's title names where they are sent.
  const toPost = prep?.text === 'to' && SENT_TO_HEADS.has(tokens[head.endToken - 1]?.text ?? '');
  // "his Advisor on Strategic Development, Sardor Umurzakov": an adviser's title names its subject.
  const onTopic =
    prep?.text === 'on' &&
    ON_TOPIC_HEADS.has(tokens[head.endToken - 1]?.text ?? '') &&
    // (Not a day or a month, which says when: "the Special Envoy on Monday".)
    !CALENDAR_NAMES.has(tokens[end + 1]?.text ?? '') &&
    wholeTopicAt(tokens, end + 1);
  if (
    !lowerCaseHead &&
    prep &&
    (prep.text === 'of' || prep.text === 'for' || toPost || onTopic) &&
    prep.gap === 'space'
  ) {
    let j = end + 1;
    let lastWord = -1;
    let afterPlace = false;
    while (j < tokens.length && j - end <= 6) {
      const w = tokens[j];
      if (!w || w.gap === 'paragraph' || w.gap === 'newline') break;
      // "Chairman of the Joint Chiefs Gen. Joseph Dunford": a rank starts the holder's name.
      // ("Chief of the General Staff Gen. Valery Gerasimov": "General Staff" opens no name.)
      const knownHere = w.upper ? ctx.lexicon.exact.longest(tokens, j) : undefined;
      const rank = w.upper && j > end + 1 ? lex.honorifics.longest(tokens, j) : undefined;
      // ("Premier of Prince Edward Island", "Mayor of Prince George": a known place may open with
      // a title's word.)
      const placeOverRank =
        rank !== undefined && knownHere?.value.type === 'location' && knownHere.endToken > rank.endToken;
      if (rank && isNameWord(tokens[rank.endToken], false) && !placeOverRank) break;
      // "Minister for the Middle East Tobias Ellwood": a given name or a known person starts the holder's name.
      if (w.upper && j > end + 1 && !placeOverRank && startsPersonName(ctx, j)) break;
      // "Chief Minister of Tamil Nadu M.K. Stalin": after a known place, initials start it too.
      if (afterPlace && !knownHere && initialsThenNameAt(tokens, j)) break;
      // "Chief Medical Officer of Prince Edward Island": a known place is read whole ("Edward"
      // opens no name there).
      afterPlace = knownHere?.value.type === 'location';
      if (afterPlace && knownHere) {
        lastWord = knownHere.endToken - 1;
        j = knownHere.endToken;
        continue;
      }
      // "Vice-Chancellor of the University of Sydney", "Governor of the Bank of England": a body
      // named with its own "of" goes on past it.
      if (
        w.text === 'of' &&
        lastWord === j - 1 &&
        BODY_OF_LEADS.has(tokens[j - 1]?.text ?? '') &&
        tokens[j + 1]?.upper &&
        tokens[j + 1]?.gap === 'space'
      ) {
        j++;
        continue;
      }
      // "Minister for the Middle East", "Secretary of State and Defence"
      const article = w.text === 'the' && j === end + 1 && tokens[j + 1]?.upper;
      if (w.kind === 'word' && (w.upper || w.text === 'and' || article)) {
        if (w.upper) lastWord = j;
        j++;
        // "Chief Nursing Officer of St. Mary's Hospital": a saint's abbreviation keeps its full stop.
        if (abbreviatedLeadAt(tokens, j - 1)) j++;
        if (w.upper && DEPARTMENT_ENDS.has(w.text)) {
          // "Minister of Interior Affairs Wais Barmak": "Affairs" closes the department too.
          if (tokens[j]?.text === 'Affairs' && tokens[j]?.gap === 'space') lastWord = j++;
          // "Minister for Foreign Affairs and Trade": a second department joined by "and".
          // ("Minister of Foreign Affairs and Defense Minister Prabowo": a title after it is another's.)
          const second = tokens[j + 1];
          if (
            tokens[j]?.text === 'and' &&
            second?.upper &&
            DEPARTMENT_ENDS.has(second.text) &&
            !lex.heads.longest(tokens, j + 2)
          ) {
            j++;
            continue;
          }
          const tail = departmentTail(ctx, j);
          if (tail > j) {
            lastWord = tail - 1;
            j = tail;
          }
          break;
        }
        continue;
      }
      if (w.text === '-' && w.gap === 'none' && tokens[j + 1]?.upper) {
        j++;
        continue;
      }
      // "Minister for Veterans' Affairs": a plural's apostrophe inside the department.
      if (pluralPossessiveAt(tokens, j)) {
        j++;
        continue;
      }
      // ("… of St. Mary's Hospital", "… of Boston Children's Hospital": a possessive inside a name.)
      if (possessiveInName(tokens, end + 1, j)) {
        j++;
        continue;
      }
      break;
    }
    if (lastWord > end) {
      bodyEnd = bodyAfterTitle(ctx, end + 1, lastWord + 1, prep.text === 'of');
      if (bodyEnd === undefined && prep.text === 'of' && corporateOfficer(ctx, headToken, end)) {
        company = companyAfterOfficer(ctx, end + 1, lastWord + 1);
        if (company !== undefined) bodyEnd = lastWord + 1;
      }
      if (bodyEnd === undefined) end = lastWord + 1;
    }
  }
  return {
    end,
    headToken,
    ...(qualifier ? { qualifier } : {}),
    ...(bodyEnd ? { bodyEnd } : {}),
    ...(company !== undefined ? { company } : {}),
    ...(joined ? { joined } : {}),
  };
}

function candidate(
  ctx: RecognitionContext,
  type: Candidate['type'],
  from: number,
  to: number,
  extra: Partial<Candidate> = {},
): Candidate | undefined {
  const first = ctx.tokens[from];
  const last = ctx.tokens[to - 1];
  if (!first || !last || to <= from) return undefined;
  const c: Candidate = {
    type,
    startToken: from,
    endToken: to,
    start: first.start,
    end: last.end,
    tier: 1,
    ...extra,
  };
  // "President al-Assad": a name the knowledge base knows is that person, title or not.
  const known = type === 'person' ? ctx.lexicon.exact.longest(ctx.tokens, from) : undefined;
  if (known?.endToken === to && known.value.type === 'person') {
    c.canonical = known.value.canonical;
    c.key = `person:${known.value.canonical}`;
  }
  return c;
}

/** Token of "Office" when "Office of the" stands just before token `at`. */
function officeBefore(tokens: readonly Token[], at: number): number | undefined {
  const office = at - 3;
  return tokens[office]?.text === 'Office' && tokens[at - 2]?.text === 'of' && tokens[at - 1]?.text === 'the'
    ? office
    : undefined;
}

/** The token after "(res.)" or "(ret.)" written at `at` after a rank, else `at`. */
function afterReserveMark(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== '(' || tokens[at]?.gap !== 'space') return at;
  const word = tokens[at + 1]?.text.toLowerCase();
  if (word !== 'res' && word !== 'ret') return at;
  const close = tokens[at + 2]?.text === '.' ? at + 3 : at + 2;
  return tokens[close]?.text === ')' ? close + 1 : at;
}

/** Words before "General" that make it part of a body's or an office's name, not a rank. */
const NOT_RANK_BEFORE_GENERAL = new Set([
  'Consulate',
  'Consul',
  'Attorney',
  'Secretary',
  'Solicitor',
  'Inspector',
  'Governor',
]);

export function recognizePeople(ctx: RecognitionContext): Candidate[] {
  const out: Candidate[] = [];
  const lex = titleLexicon();
  const { tokens } = ctx;
  const push = (c: Candidate | undefined) => {
    if (c) out.push(c);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || ctx.skip[i] || t.kind !== 'word') continue;

    // "Prince George's County Executive …", "King Edward's School": named for someone, no person.
    if (possessiveInName(tokens, i, i + 2)) {
      i += 2;
      continue;
    }
    // "the District Attorney's Office", "the Sheriff's Office": an office, no title of anyone.
    const office = officeNamedForOfficerEnd(tokens, i);
    if (office !== undefined) {
      i = office - 1;
      continue;
    }

    // Honorific or rank + name: "Mr. Stoltenberg", "Gen. Joseph Votel", "MS. JEAN-PIERRE".
    const caps = t.allCaps;
    // Only a capitalised word opens an honorific here, so the others are not looked up.
    // "1st Lt.", "2nd Lt.": a rank may open with its ordinal.
    // ("Consulate General Erbil", "Attorney General Garland": "General" there ranks no one.)
    const rankFound =
      (t.upper || ORDINAL.test(t.text)) &&
      !(t.text === 'General' && NOT_RANK_BEFORE_GENERAL.has(tokens[i - 1]?.text ?? ''))
        ? (caps ? lex.honorificsFolded : lex.honorifics).longest(tokens, i)
        : undefined;
    // "Lt. Gov. Winsome Earle-Sears": an office whose title opens with a rank's abbreviation is
    // read as that office (was a person "Gov"), by the office-title rule below.
    const honorific =
      rankFound && !caps && (lex.heads.longest(tokens, i)?.endToken ?? 0) > rankFound.endToken
        ? undefined
        : rankFound;
    if (honorific) {
      // "Col. Gen. Mohamed Zaki", "Commander Brig. Gen. Hazza Al Mutairi": ranks in a row are one title.
      for (let extra = 0; extra < 2 && tokens[honorific.endToken]?.gap === 'space'; extra++) {
        const next = (caps ? lex.honorificsFolded : lex.honorifics).longest(tokens, honorific.endToken);
        if (!next) break;
        honorific.endToken = next.endToken;
      }
      // "Lt. Col. (res.) Yonatan Avrahami", "Col. (Ret.) Jane Doe": the reserve's mark is the rank's.
      honorific.endToken = afterReserveMark(tokens, honorific.endToken);
      const nameEnd = scanName(ctx, honorific.endToken, caps, true);
      // "Mr. President", "Madam Secretary": the address of a title is that title's holder (a role
      // reference, link/role-references.ts), no person called "President".
      const addressed = !caps && titleHeadEnd(ctx, honorific.endToken) === nameEnd;
      if (addressed && tokens[honorific.endToken]?.gap === 'space') {
        push(candidate(ctx, 'role', honorific.endToken, nameEnd));
        i = nameEnd - 1;
        continue;
      }
      if (
        nameEnd > honorific.endToken &&
        tokens[honorific.endToken]?.gap !== 'none' &&
        !rankOpensBody(tokens, honorific.endToken, nameEnd)
      ) {
        const titleEnd = tokens[honorific.endToken - 1];
        push(
          candidate(ctx, 'person', honorific.endToken, nameEnd, {
            title: { start: t.start, end: titleEnd?.end ?? t.end },
          }),
        );
        i = nameEnd - 1;
        continue;
      }
    }

    // A transcript's turn label in capitals: "PRESIDENT BIDEN:", "PRIME MINISTER TURNBULL:".
    const label = caps ? turnLabel(ctx, i) : undefined;
    if (label) {
      push(candidate(ctx, 'role', i, label.titleEnd));
      const titleEnd = tokens[label.titleEnd - 1];
      push(
        candidate(ctx, 'person', label.titleEnd, label.end, {
          title: { start: t.start, end: titleEnd?.end ?? t.end },
        }),
      );
      i = label.end - 1;
      continue;
    }

    const titleAlone = caps ? titleAloneLine(ctx, i) : undefined;
    if (titleAlone) {
      push(candidate(ctx, 'role', titleAlone.from, titleAlone.end));
      i = titleAlone.end - 1;
      continue;
    }
    const nameLabel = caps ? nameLabelEnd(ctx, i) : undefined;
    if (nameLabel !== undefined) {
      push(candidate(ctx, 'person', i, nameLabel));
      i = nameLabel - 1;
      continue;
    }

    // Office title, with or without a name after it.
    if (
      t.upper ||
      ctx.lexicon.exact.longest(tokens, i) ||
      inApposition(ctx, i) ||
      titleOfBody(ctx, i) ||
      asAfterName(tokens, i)
    ) {
      let title = scanOfficeTitle(ctx, i);
      // "the Prime Minister and President Hollande" are two people; "Deputy Prime Minister and
      // Defense Minister Richard Marles", "Jane Doe, President and CEO" one (a name follows with no
      // determiner before, or the titles describe the name before them).
      const oneHolder =
        inApposition(ctx, i) ||
        (!!title && namedAfter(ctx, title) && !DETERMINERS.has(tokens[i - 1]?.text ?? ''));
      if (title?.joined && !oneHolder) title = scanOfficeTitle(ctx, i, false);
      // "Office of the Spokesperson", "Office of the Secretary of Defense": the office is a body.
      const office = title ? officeBefore(tokens, i) : undefined;
      if (title && office !== undefined) {
        const last = tokens[(title.bodyEnd ?? title.end) - 1];
        const first = tokens[office];
        if (first && last)
          push({
            type: 'organization',
            startToken: office,
            endToken: title.bodyEnd ?? title.end,
            start: first.start,
            end: last.end,
            tier: 1,
          });
        i = (title.bodyEnd ?? title.end) - 1;
        continue;
      }
      if (title) {
        const headStart = tokens[title.headToken]?.start ?? t.start;
        const role = candidate(
          ctx,
          'role',
          i,
          title.end,
          title.qualifier ? { qualifier: title.qualifier, headStart } : {},
        );
        // "Secretary General of NATO Jens Stoltenberg": the name may follow the body of the title.
        // "Senator the Hon Marise Payne": and an honorific set after the title ("the Hon", "the
        // Rt Hon"), part of the title the name is given.
        const afterTitle = title.bodyEnd ?? title.end;
        const styled =
          tokens[afterTitle]?.text === 'the' && tokens[afterTitle]?.gap === 'space'
            ? lex.honorifics.longest(tokens, afterTitle)?.endToken
            : undefined;
        const nameStart = styled ?? afterTitle;
        const next = tokens[nameStart];
        // "Chairman of the Joint Chiefs Gen. Joseph Dunford": the rank opens the holder's name,
        // read by the honorific rule on the next token.
        const ranked = next?.gap === 'space' && next.upper && !!lex.honorifics.longest(tokens, nameStart);
        const named =
          next && next.gap === 'space' && !ranked ? scanName(ctx, nameStart, false, true) : nameStart;
        const nameEnd = named > nameStart ? named : title.end;
        // A lone one-word title needs a determiner or the body it belongs to: "the President",
        // "Foreign Office Minister", not "Obstruction of Justice".
        // ("Jane Doe has been appointed as President of Acme Robotics", "as CEO": its body after
        // it, or "as" after a name, make it the title of someone.)
        const lone =
          nameEnd === title.end &&
          title.end - i === 1 &&
          title.bodyEnd === undefined &&
          !asAfterName(tokens, i) &&
          !DETERMINERS.has(tokens[i - 1]?.text ?? '') &&
          !bodyBefore(ctx, i) &&
          !inApposition(ctx, i);
        if (!lone) push(role);
        // Keyed as the chunks key a body, so its name written again elsewhere is the company too.
        if (title.company !== undefined && title.bodyEnd !== undefined)
          push(namedCandidate(ctx.text, tokens, 'organization', title.company, title.bodyEnd));
        // "the Prime Minister, Abdulla Nigmatovich Aripov,", "his Advisor, Sardor Umurzakov,", "The
        // Minister for Foreign Affairs, Mr Andrew Peacock": a name set after the title by a comma
        // is its holder, whatever its given name (link/holder-link.ts links the two).
        if (nameEnd === title.end) {
          const after = nameAfterComma(ctx, title.bodyEnd ?? title.end);
          if (after) push(after);
        }
        if (
          role &&
          nameEnd > title.end &&
          !namesSomethingElse(ctx, nameStart) &&
          !regionAlone(ctx, nameStart, nameEnd)
        ) {
          // "FCO Minister Tobias Ellwood", "NATO Secretary General Jens Stoltenberg": the body
          // written just before the title is part of it (the role stays the title proper).
          const body = bodyBefore(ctx, i);
          // "Secretary General of NATO Jens Stoltenberg": the body after the title is written with it too.
          const titleEnd =
            styled !== undefined
              ? (tokens[styled - 1]?.end ?? role.end)
              : title.bodyEnd !== undefined
                ? (tokens[title.bodyEnd - 1]?.end ?? role.end)
                : role.end;
          push(
            candidate(ctx, 'person', nameStart, nameEnd, {
              title: { start: body?.start ?? role.start, end: titleEnd },
            }),
          );
        }
        i = Math.max(i, nameEnd - 1);
        continue;
      }
    }

    // "Taliban spokesman Zabihullah Mujahid", "the provincial police chief Abdul Wahid": a title in
    // lower case with two or more capitalised words right after it names its holder, whatever the
    // given name (the knowledge base cannot know every one).
    const lowerTitle = !t.upper ? lowerCaseTitleHolder(ctx, i) : undefined;
    if (lowerTitle) {
      // "Taliban spokesman": the body written before the title is part of it, as with "NATO Spokesperson".
      const body = bodyBefore(ctx, i);
      push(candidate(ctx, 'role', i, lowerTitle.nameStart));
      push(
        candidate(ctx, 'person', lowerTitle.nameStart, lowerTitle.nameEnd, {
          title: { start: body?.start ?? t.start, end: tokens[lowerTitle.nameStart - 1]?.end ?? t.end },
        }),
      );
      i = lowerTitle.nameEnd - 1;
      continue;
    }

    // A known first name followed by a capitalised word: "Tom Goffus", "Craig Donohue".
    // ("strikes near Ayn Isa": after "near" the words are a place's, whatever else they could be.)
    if (
      t.upper &&
      !t.allCaps &&
      (FIRST_NAMES.has(t.text) || KUNYA.has(t.text)) &&
      !ONLY_PLACE_PREPOSITIONS.has(tokens[i - 1]?.text ?? '') &&
      // "Ayn al-Asad", "Ras al-Ain": an Arabic word for a spring or a cape opens a place's name.
      !ARABIC_PLACE_LEADS.has(t.text)
    ) {
      const nameEnd = scanName(ctx, i);
      // "Abu Kamal", "Umm Qasr": the whole name is a known town, not a person.
      // So is any name the knowledge base knows whole as something else: "Bradley Fighting Vehicles".
      const place = ctx.lexicon.exact.longest(tokens, i);
      const town = place !== undefined && place.value.type !== 'person' && place.endToken >= nameEnd;
      // "Lloyd Austin": a surname that is also a town is still a surname; "Jordan" the country is not.
      // "Dan Ryan Expressway", "John Wayne Airport": a name before a place word names the place.
      if (
        nameEnd - i >= 2 &&
        !town &&
        // ("Sarah Jordan, the firm's chief financial officer,": described as a person, a surname.)
        (!namesSomethingElse(ctx, i + 1) || describesPerson(ctx, nameEnd)) &&
        !NAMED_PLACES.has(tokens[nameEnd]?.text ?? '') &&
        // "Hawl Camp", "Jisr Bridge": a place's last word ends no one's name.
        !(
          NAMED_PLACES.has(tokens[nameEnd - 1]?.text ?? '') &&
          !SURNAME_PLACE_HEADS.has(tokens[nameEnd - 1]?.text ?? '') &&
          // ("Grace Park said": scanName took the place word as a surname beside a speech verb.)
          !(
            TITLED_SURNAME_PLACE_WORDS.has(tokens[nameEnd - 1]?.text ?? '') &&
            (speaksAt(ctx, i, nameEnd) || describesPerson(ctx, nameEnd))
          )
        ) &&
        // "Isa Air Base", "Ali Al Salem Air Base": a base's two-word head, though "Base" may be a surname.
        !(
          BASE_MODIFIERS.has(tokens[nameEnd - 2]?.text ?? '') &&
          SURNAME_PLACE_HEADS.has(tokens[nameEnd - 1]?.text ?? '')
        ) &&
        // "Hartwell Trust", "Henderson Foundation": a body named after a first name.
        !BODY_HEADS_AFTER_NAMES.has(tokens[nameEnd - 1]?.text ?? '') &&
        // "Morgan Stanley, the bank,": described as no person could be. (Only here: "Charles
        // Schwab founded the company" is the man, though "Charles Schwab, the bank," is not.)
        describedAsBusiness(ctx, nameEnd) !== 'closing'
      ) {
        push(candidate(ctx, 'person', i, nameEnd));
        i = nameEnd - 1;
        continue;
      }
    }

    // "Mark Paris, a spokesman for the council,", "Bill Roche, a former employee,": a given name
    // that is also a word, and a known name after it, described as a person after a comma.
    if (t.upper && !t.allCaps && AMBIGUOUS_FIRST_NAMES.has(t.text) && !ctx.skip[i + 1]) {
      const nameEnd = scanName(ctx, i);
      // ("Hope Hicks said", "Will Hurd told reporters": the subject of a verb of speech too, when no
      // known name, a place's, a body's or a trade's word is in it: not "May Mobility said", "Cash App
      // said", "Grant Thornton said", "Summer Camp said"; not after "said", which opens a clause
      // whose subject may be anything: "said Crystal Palace had …".)
      const last = tokens[nameEnd - 1]?.text ?? '';
      const speaks =
        SPEECH_VERBS.has(tokens[nameEnd]?.lower ?? '') &&
        (!ctx.lexicon.exact.longest(tokens, i) || givenNameOfOtherKindAt(ctx, i)) &&
        !ctx.lexicon.exact.longest(tokens, i + 1) &&
        !NAMED_PLACES.has(last) &&
        !WORK_FIELDS.has(last) &&
        !TRADE_WORDS.has(last) &&
        // ("the Major Crimes Unit asked": a team's or body's last word ends no one's name.)
        !TEAM_HEADS.has(last) &&
        !ORG_HEAD_WORDS.has(last);
      if (
        nameEnd - i >= 2 &&
        nameEnd - i <= 3 &&
        (describesPerson(ctx, nameEnd) || speaks) &&
        titleHeadEnd(ctx, i + 1) === undefined
      ) {
        push(candidate(ctx, 'person', i, nameEnd));
        i = nameEnd - 1;
        continue;
      }
    }

    // Names of words no list knows, read once for the rules below.
    if (t.upper && !t.allCaps) {
      const nameEnd = scanName(ctx, i);
      const words = nameEnd - i;
      // "…, according to Bechara Asmar, the confederation's president", "…,” said Halima Yusuf, a
      // nurse in the camp": the one said to speak, described after a comma, is a person whatever
      // the given name ("said Goldman Sachs, the investment bank": a body speaks, left to the other
      // rules). So is a name described as a person after a comma without a verb of speech: "Zhang
      // Yong, Alibaba's chairman," (not where a place is: "Yonatan Avrahami, 41, from Kfar Saba, a
      // battalion commander").
      const described =
        words >= 2 &&
        words <= 3 &&
        plainName(ctx, i, nameEnd) &&
        ((speechCueBefore(tokens, i) && describedAsPerson(tokens, nameEnd)) ||
          (!WHERE_WORDS.has(tokens[i - 1]?.lower ?? '') &&
            describesPerson(ctx, nameEnd) &&
            describedAsBusiness(ctx, nameEnd) === undefined));
      // "Victory Banks, 33" in a list of defendants, "Juan Pablo Hernandez, 44, originally from …":
      // a name followed by an age is a person whatever its words are.
      // So is one after an age ("the suspect, 23-year-old Jordan Smith of Sioux City,"); a place
      // that is a given name opens it too ("Jordan Smith, 23,"), not another known name.
      const aged =
        (ageAt(ctx, nameEnd) || ageBefore(tokens, i)) &&
        !ctx.sentenceStart[i - 1] &&
        words >= 2 &&
        words <= 4 &&
        ageNameOpensAt(ctx, i);
      if (described || aged || arabicFullName(ctx, i, nameEnd)) {
        push(candidate(ctx, 'person', i, nameEnd));
        i = nameEnd - 1;
      }
    }
  }
  return out;
}

/** Arabic words that open the name of a body, not a person ("Jaysh al-Thuwar", "Liwa Fatemiyoun"). */
const ARABIC_BODY_LEADS: ReadonlySet<string> = new Set([
  ...ORG_LEAD_PATTERNS.filter((lead) => !lead.includes(' ')),
  // A company or battalion, supporters, guardians, a council, knights, a gathering; and in English.
  ...'Katiba Katibat Kateeba Ansar Hurras Majlis Fursan Tajammu Brigade Brigades Battalion Battalions'.split(
    ' ',
  ),
]);
/**
 * Arabic words that open a place's name besides ARABIC_PLACE_LEADS: house (Beit, Bayt), fort
 * (Qalaat), quarter (Hay, Hayy), mosque (Masjid), city (Madinat), school (Madrasat), square
 * (Sahat), market (Souq, Suq), village (Kfar), hill (Tel), meadow (Marj), inn (Khan).
 */
const ARABIC_SITE_LEADS: ReadonlySet<string> = new Set(
  'Beit Bayt Qalaat Qalat Hay Hayy Masjid Madinat Madrasat Sahat Souq Suq Kfar Tel Marj Khan'.split(' '),
);

/** Words after a name that make it a body's: "Hayat Tahrir al-Sham fighters". */
const MEMBERS_AFTER = new Set('fighters militants forces militia militias members supporters'.split(' '));

/**
 * Token `k` is a word that opens an Arabic place's, site's or body's name. A function of its own,
 * not a closure in arabicFullName: a closure costs a context and a function object a call.
 */
function arabicLeadAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.text ?? '';
  return ARABIC_PLACE_LEADS.has(word) || ARABIC_SITE_LEADS.has(word) || ARABIC_BODY_LEADS.has(word);
}

/**
 * "Sajida Mubarak Atrous al-Rishawi", "Badran Turki Hishan al-Mazidi": two given names or more that
 * no list knows, then a family name after the Arabic article or "bin", make a person's full name,
 * whatever the sentence says of it. One word before the article is as often a place's ("Jisr
 * al-Shughur", "Maarat al-Numan") and is left to the other rules; so is a name after a word of
 * place ("near Tal Abyad"), one with a known name in it, a body's lead word ("Jaysh al-Thuwar") or
 * its members after it ("… fighters").
 */
function arabicFullName(ctx: RecognitionContext, start: number, end: number): boolean {
  const { tokens } = ctx;
  // The article in lower case: "El Clasico", "Al Hilal" are names of their own.
  const article = tokens[end - 2]?.text === '-' ? tokens[end - 3] : tokens[end - 2];
  if (!afterArticle(tokens, end - 1) || afterArticle(tokens, start) || article?.upper) return false;
  // Nor the words after a place's or a body's lead ("Brigade Tarfa Saqr al-Mihlawi").
  if (arabicLeadAt(tokens, start) || arabicLeadAt(tokens, start - 1) || KUNYA.has(tokens[start]?.text ?? ''))
    return false;
  if (WHERE_WORDS.has(tokens[start - 1]?.lower ?? '') || MEMBERS_AFTER.has(tokens[end]?.lower ?? ''))
    return false;
  if (NAMED_PLACES.has(tokens[end]?.text ?? '') || ORG_HEAD_WORDS.has(tokens[end]?.text ?? '')) return false;
  let given = 0;
  for (let k = start; k < end && !isArabicParticle(tokens[k]); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || isCommonWord(t.lower) || ctx.lexicon.exact.longest(tokens, k)) return false;
    // "Midfielder Salman Al-Faraj": a sentence's first word before a given name a list knows is
    // a common noun capitalised there; the name from the given name is the other rules'.
    if (k > start && ctx.sentenceStart[start] && FIRST_NAMES.has(t.text)) return false;
    given++;
  }
  return given >= 2;
}

/** "said", "says" or "according to" just before token `at`. */
function speechCueBefore(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before || tokens[at]?.gap !== 'space') return false;
  if (before.text === 'said' || before.text === 'says') return true;
  return before.text === 'to' && tokens[at - 2]?.text === 'according';
}

/** Words opening a description of someone after a comma: "Bechara Asmar, the confederation's president". */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'who']);

/**
 * A comma and a description of a person after token `end`: a determiner or a lower-case word ("the
 * …", "president of …"), with no word for a body within it ("Goldman Sachs, the investment bank",
 * "Ambrey Analytica, a British maritime security firm" describe bodies).
 */
function describedAsPerson(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end + 1];
  if (
    tokens[end]?.text !== ',' ||
    next?.kind !== 'word' ||
    next.gap !== 'space' ||
    !(DESCRIPTION_OPENERS.has(next.text) || !next.upper)
  )
    return false;
  for (let k = end + 1; k < tokens.length && k <= end + DESCRIPTION_REACH; k++) {
    const t = tokens[k];
    if (!t || (t.kind === 'punct' && t.text !== '-')) break;
    if (BODY_NOUNS.has(t.lower)) return false;
  }
  return true;
}
/** Words of a description looked at for a body's noun. */
const DESCRIPTION_REACH = 8;
/** Nouns that describe a body, not a person. */
const BODY_NOUNS = new Set(
  'bank firm company group agency consultancy charity organisation organization association institute university network newspaper broadcaster insurer lender fund union party authority body council ministry department manufacturer maker provider operator developer publisher outlet agency startup start-up think-tank watchdog regulator'.split(
    ' ',
  ),
);

/** Nouns for people that a description after a name may turn on: "Sarah Jordan, the firm's chief financial officer". */
const PERSON_NOUNS = new Set(
  'spokesman spokeswoman spokesperson partner analyst founder co-founder resident nurse doctor physician engineer lawyer attorney teacher student professor researcher scientist economist consultant executive officer director manager president chairman chairwoman chair owner employee worker member veteran mother father son daughter wife husband widow actor singer author writer journalist reporter editor player coach captain pilot farmer survivor witness victim'.split(
    ' ',
  ),
);

/**
 * A comma after token `end` and a description of a person: a determiner, then a word for a person
 * or an office before any word for a body ("Sarah Jordan, the firm's chief financial officer,",
 * "Mark Paris, a spokesman for the council,"); a possessed body may come first ("the firm's").
 * "Jordan, a country of ten million", "Paris, the capital" describe no one.
 */
export function describesPerson(ctx: RecognitionContext, end: number): boolean {
  const { tokens } = ctx;
  const next = tokens[end + 1];
  if (tokens[end]?.text !== ',' || next?.kind !== 'word' || next.lower === 'who') return false;
  const lex = titleLexicon();
  // "said Mark Lee, Vice President of Engineering at Acme": an office's capitalised title after the
  // comma, no name after it ("Jordan, President Biden said" names someone else); "Bill Smith,
  // commander of the 1st Armored Division," in lower case, with what it heads after it.
  const title = (next.upper ? lex.heads : lex.headsFolded).longest(tokens, end + 1);
  if (title) {
    const after = tokens[title.endToken];
    if (next.upper && !(after?.kind === 'word' && after.upper && after.gap === 'space')) return true;
    if (!next.upper && (after?.text === 'of' || after?.text === 'for' || after?.text === 'at')) return true;
  }
  // "Christian Lindner, Germany's finance minister,", "Tony Spring, Macy's chief executive,": or a
  // body's or a country's possessive.
  const from = DESCRIPTION_OPENERS.has(next.lower)
    ? end + 2
    : possessorEnd(tokens, end + 1, MAX_POSSESSOR_WORDS);
  if (from === undefined) return false;
  for (let k = from; k < tokens.length && k <= end + DESCRIPTION_REACH; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === 'punct' && t.text !== '-' && !POSSESSIVE_S.has(t.text)) break;
    if (t.kind !== 'word') continue;
    if (PERSON_NOUNS.has(t.lower) || lex.headsFolded.longest(tokens, k)) return true;
    const possessed = POSSESSIVE_S.has(tokens[k + 1]?.text ?? '');
    if (BODY_NOUNS.has(t.lower) && !possessed) return false;
  }
  return false;
}

/** Tokens [from, end) are personal name words only: none a common word, a known name, a place's or a body's word. */
function plainName(ctx: RecognitionContext, from: number, end: number): boolean {
  const { tokens } = ctx;
  if (ORG_HEAD_WORDS.has(tokens[end - 1]?.text ?? '') || NAMED_PLACES.has(tokens[end - 1]?.text ?? ''))
    return false;
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || isCommonWord(t.lower)) return false;
    if (ctx.lexicon.exact.longest(tokens, k) || titleHeadEnd(ctx, k) !== undefined) return false;
  }
  return true;
}

/**
 * A lower-case title's head at token `at` ("spokesman", "police chief") followed by a personal
 * name of two or three capitalised words, none a name of something else: where the name runs.
 * Not when the name opens a sentence, where any word may be capitalised.
 */
function lowerCaseTitleHolder(
  ctx: RecognitionContext,
  at: number,
): { nameStart: number; nameEnd: number } | undefined {
  const { tokens } = ctx;
  const head = titleLexicon().headsFolded.longest(tokens, at);
  if (!head) return undefined;
  const nameStart = head.endToken;
  const first = tokens[nameStart];
  if (!first?.upper || first.allCaps || first.gap !== 'space' || ctx.sentenceStart[nameStart])
    return undefined;
  // A rank or a title word opens something else ("spokesman Col. Ryan" is the honorific rule's).
  if (titleLexicon().honorifics.longest(tokens, nameStart) || titleHeadEnd(ctx, nameStart) !== undefined)
    return undefined;
  const nameEnd = scanName(ctx, nameStart, false, true);
  // Words, not tokens: "spokesman Zabihullah al-Mujahid" is a name of two words in four tokens.
  const words = capitalisedWordCount(tokens, nameStart, nameEnd);
  if (words < 2 || (words > MAX_NAME_WORDS && !afterArticle(tokens, nameEnd - 1))) return undefined;
  for (let k = nameStart; k < nameEnd; k++) {
    if (ctx.lexicon.exact.longest(tokens, k) && namesSomethingElse(ctx, k)) return undefined;
    if (knownPlaceAt(ctx, k)) return undefined;
  }
  return { nameStart, nameEnd };
}

/**
 * The person named after a title and a comma (an honorific may open the name): two to four
 * capitalised name words, then a comma, a full stop or "and". Not a title ("the Prime Minister,
 * Foreign Secretary and …"), a known name or words in capitals.
 */
function nameAfterComma(ctx: RecognitionContext, titleEnd: number): Candidate | undefined {
  const { tokens } = ctx;
  // The rest of the title's complement first: "Advisor on Strategic Development, …", "Minister
  // of Foreign Affairs of Uzbekistan, …" (capitalised words and small words, a few at most).
  let at = titleEnd;
  if (COMPLEMENT_OPENERS.has(tokens[at]?.text ?? '')) {
    const limit = Math.min(tokens.length, at + MAX_COMPLEMENT);
    let k = at + 1;
    while (k < limit && (tokens[k]?.upper || COMPLEMENT_WORDS.has(tokens[k]?.text ?? '')) && !ctx.skip[k])
      k++;
    if (tokens[k]?.text === ',' && tokens[k - 1]?.upper) at = k;
  }
  if (tokens[at]?.text !== ',' || tokens[at]?.gap !== 'none') return undefined;
  let start = at + 1;
  const honorific = titleLexicon().honorifics.longest(tokens, start);
  if (honorific) start = honorific.endToken;
  const first = tokens[start];
  if (first?.gap !== 'space' || first.allCaps || ctx.skip[start]) return undefined;
  const end = scanName(ctx, start);
  let full = 0;
  for (let k = start; k < end; k++) {
    // After the given name a town's name may be the surname ("Mark Lancaster"), as after a title.
    const known = ctx.lexicon.exact.longest(tokens, k);
    if ((known && (k === start || namesSomethingElse(ctx, k))) || titleLexicon().heads.longest(tokens, k))
      return undefined;
    if (titleLexicon().modifiers.has(tokens[k]?.text ?? '')) return undefined;
    if ((tokens[k]?.text.length ?? 0) > 1 && tokens[k]?.kind === 'word') full++;
  }
  // "The Premier, Mark McGowan MLA, said": the letters after the name are no part of it.
  const stop = tokens[afterPostNominals(tokens, end)];
  if (full < 2 || full > 4 || !(stop?.text === ',' || stop?.text === '.' || stop?.text === 'and'))
    return undefined;
  return candidate(
    ctx,
    'person',
    start,
    end,
    honorific
      ? { title: { start: tokens[at + 1]?.start ?? 0, end: tokens[honorific.endToken - 1]?.end ?? 0 } }
      : {},
  );
}

/** Words opening a title's complement, words inside it, and its length at most, in tokens. */
const COMPLEMENT_OPENERS = new Set(['of', 'on', 'for', 'to']);
const COMPLEMENT_WORDS = new Set(['of', 'on', 'for', 'to', 'the', 'and']);
const MAX_COMPLEMENT = 8;

/** Words of a turn label, at most. */
const MAX_LABEL_WORDS = 6;

/**
 * A turn label opening its line in capitals, a title and a name before a colon ("PRESIDENT
 * BIDEN:"): where the title ends and the label's name does.
 */
function turnLabel(ctx: RecognitionContext, at: number): { titleEnd: number; end: number } | undefined {
  const { tokens } = ctx;
  const first = tokens[at];
  if (!first || (at > 0 && first.gap !== 'newline' && first.gap !== 'paragraph')) return undefined;
  let end = at;
  while (
    end < tokens.length &&
    end - at < MAX_LABEL_WORDS &&
    tokens[end]?.kind === 'word' &&
    tokens[end]?.allCaps
  )
    end++;
  if (tokens[end]?.text !== ':' || end - at < 2) return undefined;
  const title = titleLexicon().headsFolded.longest(tokens, at);
  if (!title || title.endToken >= end) return undefined;
  return { titleEnd: title.endToken, end };
}

/**
 * A turn label in capitals that is a full name alone, opened by a known given name and maybe
 * followed by post-nominals ("WARREN ENTSCH MP:", "JANE DOE:"): the token after the name. Such a
 * label has no title or honorific for the rules above to start on, yet names the speaker.
 */
function nameLabelEnd(ctx: RecognitionContext, at: number): number | undefined {
  const { tokens } = ctx;
  const first = tokens[at];
  if (!first || (at > 0 && first.gap !== 'newline' && first.gap !== 'paragraph')) return undefined;
  if (!FIRST_NAMES.has(capitalised(first.text))) return undefined;
  const end = scanName(ctx, at, true);
  if (end - at < 2 || end - at > MAX_LABEL_WORDS) return undefined;
  for (let k = at; k < end; k++) if (tokens[k]?.kind === 'word' && !tokens[k]?.allCaps) return undefined;
  return tokens[afterPostNominals(tokens, end)]?.text === ':' ? end : undefined;
}

/**
 * A title alone in capitals filling a turn label or a line ("THE PRESIDENT:", "PRIME MINISTER:",
 * a briefing's header line "PRIME MINISTER" above the name): the title's tokens. Capitals are no
 * title elsewhere (headlines shout every word), but here the title stands for its holder, whom
 * link/role-references.ts finds.
 */
function titleAloneLine(ctx: RecognitionContext, at: number): { from: number; end: number } | undefined {
  const { tokens } = ctx;
  const first = tokens[at];
  if (!first || (at > 0 && first.gap !== 'newline' && first.gap !== 'paragraph')) return undefined;
  const from = first.text === 'THE' ? at + 1 : at;
  const title = titleLexicon().headsFolded.longest(tokens, from);
  if (!title) return undefined;
  for (let k = at; k < title.endToken; k++) if (!tokens[k]?.allCaps) return undefined;
  const after = tokens[title.endToken];
  const lineEnds = !after || after.gap === 'newline' || after.gap === 'paragraph';
  return lineEnds || (after.text === ':' && after.gap === 'none') ? { from, end: title.endToken } : undefined;
}

/** ", 33" at token k, then the end of the line or a comma: an age after a name. */
/**
 * A name given an age may open at token `at`: no known name opens there, or a place's or a
 * people's one word that is also a given name ("Jordan Smith, 23,": the age says person, whatever
 * the surname is).
 */
function ageNameOpensAt(ctx: RecognitionContext, at: number): boolean {
  const found = ctx.lexicon.exact.longest(ctx.tokens, at);
  if (!found) return true;
  const kind = found.value.type;
  return (
    (kind === 'location' || kind === 'nationality') &&
    found.endToken === at + 1 &&
    AMBIGUOUS_FIRST_NAMES.has(ctx.tokens[at]?.text ?? '')
  );
}

/** An age compound ends just before token `at`: "23-year-old" of "23-year-old Jordan Smith". */
function ageBefore(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at - 1]?.text === 'old' &&
    tokens[at - 2]?.text === '-' &&
    tokens[at - 3]?.text === 'year' &&
    tokens[at - 4]?.text === '-' &&
    tokens[at - 5]?.kind === 'number' &&
    tokens[at]?.gap === 'space'
  );
}

function ageAt(ctx: RecognitionContext, k: number): boolean {
  const { tokens } = ctx;
  const comma = tokens[k];
  const age = tokens[k + 1];
  if (comma?.text !== ',' || comma.gap !== 'none' || age?.kind !== 'number' || age.gap !== 'space')
    return false;
  if (!/^\d{1,3}$/.test(age.text) || Number(age.text) > 120) return false;
  const after = tokens[k + 2];
  return (
    !after ||
    after.gap === 'newline' ||
    after.gap === 'paragraph' ||
    (after.text === ',' && after.gap === 'none')
  );
}
