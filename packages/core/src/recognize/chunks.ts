/**
 * Capitalised phrases the knowledge base does not know, typed by their shape: a head word makes an
 * organisation ("Grand National Assembly", "Sioux City Police Department"), an event ("Vilnius
 * Summit") or a place ("Mediterranean Sea"); a lower-case event noun before a name makes it an
 * event ("exercise, Steadfast Noon", "operation Althea"); "Name (ACRONYM)" defines an acronym.
 */
import { CALENDAR_NAMES } from '../dates/lexicon.js';
import { isCommonWord } from '../knowledge/common-words.js';
import { EVENT_HEAD_WORDS } from '../knowledge/events.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../knowledge/first-names.js';
import { HEADLINE_VERBS } from '../knowledge/headline-verbs.js';
import {
  COMPANY_TRADE_WORDS,
  LEGAL_FORMS,
  ORG_HEAD_WORDS,
  ORG_LEAD_PATTERNS,
  SHOP_WORDS,
  TEAM_HEADS,
  TEAM_NICKNAMES,
  TWO_WORD_TEAM_NICKNAMES,
} from '../knowledge/organization-patterns.js';
import { LEADING_STOPWORDS } from '../knowledge/phrase-openers.js';
import {
  ADMIN_UNIT_NOUNS,
  ARABIC_ARTICLES,
  ARABIC_PLACE_LEADS,
  CAPITAL_COMPASS,
  COMPASS_WORDS,
  ONLY_PLACE_PREPOSITIONS,
  PLACE_HEADS,
  PLURAL_PLACE_NOUNS,
  STREET_WORDS,
  SURNAME_PLACE_HEADS,
  TITLED_SURNAME_PLACE_WORDS,
} from '../knowledge/place-words.js';
import type { Token } from '../text/tokenize.js';
import { POSSESSIVE_S } from './apostrophes.js';
import {
  aLeaderInAt,
  BUSINESS_NOUNS,
  companyInApposition,
  describedAsBusiness,
  namedBeforeOfficer,
  namedInOfficerApposition,
  possessedByOfficers,
} from './business-descriptions.js';
import { type Candidate, namedCandidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import {
  abbreviatedLeadAt,
  officeNamedForOfficerEnd,
  pluralPossessiveAt,
  possessiveInName,
  ROYAL_POSSESSORS,
  saintsChurch,
} from './inner-possessives.js';
import type { LexiconEntry } from './lexicon.js';
import {
  describesPerson,
  honorificAt,
  honorificBefore,
  honouredName,
  placeSaidBefore,
  speaksAt,
  titleHeadEnd,
  WORK_FIELDS,
} from './people.js';
import { titleCaseLines } from './token-text.js';
import type { TrieMatch } from './token-trie.js';

/** "Inc", "Ltd", "LLC": a name before one is a company's. */
const LEGAL_FORM_SET: ReadonlySet<string> = new Set(LEGAL_FORMS);

const CONNECTORS = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'des', 'on', 'in', 'al', 'el']);
/** Counts written in words that may open a sentence before a name. */
const COUNT_WORDS = new Set(
  'One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Several Dozens Hundreds Thousands Multiple Numerous Few'.split(
    ' ',
  ),
);
const EVENT_NOUNS = new Set([
  'exercise',
  'operation',
  'summit',
  'mission',
  'campaign',
  'drill',
  'offensive',
  'conference',
]);
/**
 * Nouns for a place before "of" and its name: "the town of Dabiq", "the province of Anbar", "in the
 * vicinity of Al Shafah" (plurals: PLURAL_PLACE_NOUNS).
 */
const PLACE_OF_NOUNS = new Set(
  'town city village province district region governorate capital port suburb neighbourhood neighborhood area camp vicinity outskirts suburbs environs coast'.split(
    ' ',
  ),
);
/** The Persian ezafe, glued to a name's word by a hyphen: "Nad-e Ali", "Deh-i Bala". */
const EZAFE = new Set(['e', 'i']);
/**
 * Token `at` is a letter glued by a hyphen to a number and a base's name follows: "K-1 Air Base",
 * "T-4 Airbase" (not "G-20 Interfaith Conference").
 */
function baseDesignatorAt(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at]?.text.length === 1 &&
    tokens[at + 1]?.text === '-' &&
    tokens[at + 1]?.gap === 'none' &&
    tokens[at + 2]?.kind === 'number' &&
    tokens[at + 2]?.gap === 'none' &&
    tokens[at + 3]?.gap === 'space' &&
    isCap(tokens[at + 3]) &&
    (PLACE_HEADS.has(tokens[at + 3]?.text ?? '') || PLACE_HEADS.has(tokens[at + 4]?.text ?? ''))
  );
}

/**
 * The name read from `at` ends at the "and" at `and` on "of" and a place, known or one uncommon
 * word, and no place follows the "and" (bar one opening a landmark's name): "the University of
 * Texas and Dell", "the University of Oxford and Siemens", "the Citadel of Aleppo and Edinburgh
 * Castle" are two. "the Islamic State of Iraq and Syria" names two places in one name; "the
 * Ministry of Law and Justice", "the School of Oriental and African Studies" join common words.
 */
function endsOnPlaceOf(ctx: RecognitionContext, at: number, and: number): boolean {
  const { tokens } = ctx;
  let of = and - 1;
  while (of > at && tokens[of]?.text !== 'of') of--;
  if (of <= at || tokens[of]?.text !== 'of') return false;
  // (Not a place that opens a name of its own: "the Port of Basra and Mosul Dam" are two.)
  const placeAfter = ctx.lexicon.exact.longest(tokens, and + 1);
  if (placeAfter?.value.type === 'location' && !PLACE_HEADS.has(tokens[placeAfter.endToken]?.text ?? ''))
    return false;
  const place = ctx.lexicon.exact.longest(tokens, of + 1);
  if (place) return place.value.type === 'location' && place.endToken === and;
  // An unknown place, one word, and one word after the "and", neither a common word.
  const uncommon = (t: Token | undefined) => isCap(t) && !isCommonWord(t?.lower ?? '');
  return and === of + 2 && uncommon(tokens[of + 1]) && uncommon(tokens[and + 1]) && !isCap(tokens[and + 2]);
}

/**
 * Tokens [at, end) open with a common word that only the sentence's start capitalises, then "of"
 * and a place, known or ending on a place's head word ("Residents of Mosul", "Officials of Fairfax
 * County"), and nothing known names the whole.
 */
function commonOpenerOfPlace(ctx: RecognitionContext, at: number, end: number): boolean {
  const { tokens } = ctx;
  const word = tokens[at]?.text ?? '';
  if (!isCommonWord(tokens[at]?.lower ?? '')) return false;
  if (
    ORG_HEAD_WORDS.has(word) ||
    PLACE_HEADS.has(word) ||
    PLACE_LEADS.has(word) ||
    EVENT_HEAD_WORDS.has(word)
  )
    return false;
  if (startsWithOrgLead(word) || titleHeadEnd(ctx, at) !== undefined) return false;
  if ((ctx.lexicon.exact.longest(tokens, at)?.endToken ?? at) >= end) return false;
  const place = ctx.lexicon.exact.longest(tokens, at + 2);
  return (
    (place?.value.type === 'location' && place.endToken === end) ||
    PLACE_HEADS.has(tokens[end - 1]?.text ?? '')
  );
}

/**
 * Token `at` is a given name: a known one, or one that is also a word ("Mark", "Sunshine") after a
 * title ("Spokesman Mark Bridge"), not in "the Sunshine Coast".
 */
function givenNameAt(ctx: RecognitionContext, at: number): boolean {
  const word = ctx.tokens[at]?.text ?? '';
  // "the King Hussein Bridge", "the Sheikh Zayed Bridge": named for someone, a place.
  if (NAMESAKE_TITLES.has(ctx.tokens[at - 1]?.text ?? '')) return false;
  if (FIRST_NAMES.has(word)) return true;
  return AMBIGUOUS_FIRST_NAMES.has(word) && (honorificBefore(ctx, at) || titleEndsAt(ctx, at));
}

/** A title or an honorific stands just before token `at` ("Judge Anna Street", "Capt. Grace Park"). */
function titledAt(ctx: RecognitionContext, at: number): boolean {
  return titleEndsAt(ctx, at) || honorificBefore(ctx, at);
}

/** A title's head ends just before token `at` ("Spokesman" of "Spokesman Mark Bridge"). */
function titleEndsAt(ctx: RecognitionContext, at: number): boolean {
  for (let from = Math.max(0, at - 3); from < at; from++) if (titleHeadEnd(ctx, from) === at) return true;
  return false;
}

/**
 * A person's full name ends just before token `of`: a given name opening the run at `at` or after a
 * title, then up to three name words or initials ("Jane Doe of Acme Corp.", "CEO David E. Graber of
 * Acme Inc."). Its "of" says where the person works, as after an honorific; without this the run
 * and a legal form or head word after it read as one body.
 */
function fullNameBefore(ctx: RecognitionContext, at: number, of: number): boolean {
  const { tokens } = ctx;
  for (let k = Math.max(at, of - 4); k <= of - 2; k++) {
    if (!givenNameAt(ctx, k) || (k > at && !titledAt(ctx, k))) continue;
    let names = true;
    for (let j = k + 1; j < of && names; j++) {
      const t = tokens[j];
      const initialDot = t?.text === '.' && t.gap === 'none' && tokens[j - 1]?.text.length === 1;
      names =
        initialDot || (isCap(t) && !ORG_HEAD_WORDS.has(t?.text ?? '') && !PLACE_HEADS.has(t?.text ?? ''));
    }
    if (names) return true;
  }
  return false;
}

/** Owners and founders written in lower case, whose "of" names a business. */
const OWNED_BY = new Set(['owner', 'co-owner', 'founder', 'co-founder', 'cofounder', 'proprietor']);

/** Offices in the plural: "Foreign Ministers", "Defence Secretaries". */
const PLURAL_TITLES = new Set(
  'Ministers Secretaries Ambassadors Envoys Generals Commanders Directors Chiefs Heads Leaders Officials Representatives Delegates Members'.split(
    ' ',
  ),
);

/** Titles before a given name in a place named for its bearer ("King Hussein Bridge"). */
const NAMESAKE_TITLES = new Set([...ROYAL_POSSESSORS, 'Sheikh', 'Emir', 'Sultan', 'Saint', 'President']);

/** "V Corps", "I Corps", "X Corps": a one-letter Roman numeral numbering a unit. */
function romanUnitAt(tokens: readonly Token[], at: number): boolean {
  const letter = tokens[at]?.text ?? '';
  return (
    (letter === 'I' || letter === 'V' || letter === 'X') && ORG_HEAD_WORDS.has(tokens[at + 1]?.text ?? '')
  );
}

/** Words before the name of a station, where a place is meant: "from RAF Akrotiri", "and RAF Marham". */
const STATION_CUES = new Set(['from', 'at', 'to', 'in', 'near', 'via', 'over', 'and', ',']);

/**
 * Tokens [from, end) are "RAF" and the one- or two-word name of a station after a word of place
 * ("flew from RAF Akrotiri"): not an aircraft ("RAF Typhoons", "RAF Chinook") or a known name.
 */
function rafStationAt(ctx: RecognitionContext, from: number, end: number): boolean {
  const { tokens } = ctx;
  if (tokens[from]?.text !== 'RAF' || end - from < 2 || end - from > 3) return false;
  if (!STATION_CUES.has(tokens[from - 1]?.text ?? '')) return false;
  for (let k = from + 1; k < end; k++) {
    const t = tokens[k];
    if (!t || !isCap(t) || t.text.endsWith('s') || isCommonWord(t.text.toLowerCase())) return false;
    if (ctx.lexicon.exact.longest(tokens, k)) return false;
  }
  return true;
}

/** Tokens [from, end) hold a word, a hyphen, the ezafe and a capitalised word ("Nad-e Ali"). */
function ezafeInside(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from + 1; k + 2 < end; k++)
    if (tokens[k]?.text === '-' && tokens[k]?.gap === 'none' && EZAFE.has(tokens[k + 1]?.text ?? ''))
      return true;
  return false;
}
/** Lead words that make a place of the name they open ("Lake Tharthar", "Camp Hurriya"). */
const PLACE_LEADS = new Set(['Lake', 'Lakes', 'Mount', 'Camp', 'Fort']);
/** Words that open the name of a military base: "Joint Base Lewis-McChord", "Naval Air Station Sigonella", "FOB Salerno". */
const BASE_LEADS: readonly (readonly string[])[] = [
  ['Joint', 'Base'],
  ['Naval', 'Station'],
  ['Naval', 'Air', 'Station'],
  ['Naval', 'Support', 'Activity'],
  ['Marine', 'Corps', 'Base'],
  ['Marine', 'Corps', 'Air', 'Station'],
  ['Air', 'Station'],
  // "Forward Operating Base Fenty", "FOB Salerno", "Combat Outpost Keating", "Firebase Saham".
  ['Forward', 'Operating', 'Base'],
  ['FOB'],
  ['Combat', 'Outpost'],
  ['Patrol', 'Base'],
  ['Fire', 'Base'],
  ['Firebase'],
];

/** The chunk from..end opens with a military base's lead words, with a name after them. */
function baseNameAt(tokens: readonly Token[], from: number, end: number): boolean {
  return BASE_LEADS.some(
    (lead) => from + lead.length < end && lead.every((word, k) => tokens[from + k]?.text === word),
  );
}
/** Lower-case place nouns that extend an unknown name into a place ("Hamrin mountains", "Al-Sinek neighborhood", "Rukban camp"). */
const PLACE_TAILS: ReadonlySet<string> = new Set([
  ...ADMIN_UNIT_NOUNS,
  ...'area camp river mountains neighborhood neighbourhood region valley'.split(' '),
]);
/**
 * Sites after a town's name, known or not: "the Mosul airport", "the At Tanf garrison", "Baiji
 * refinery" are one place of their own, a specific point where the town is an area.
 */
const SITE_TAILS = new Set([
  'airport',
  'airfield',
  'garrison',
  'dam',
  'refinery',
  'prison',
  'oilfield',
  'bridge',
]);
/** Sites named with two lower-case words after the name: "the Al Omar oil field". */
const TWO_WORD_SITE_TAILS: ReadonlyMap<string, string> = new Map([
  ['oil', 'field'],
  ['gas', 'field'],
]);
/** Tokens [from, end) are exactly a place the knowledge base knows that is no country. */
function townAt(ctx: RecognitionContext, from: number, end: number): boolean {
  const known = ctx.lexicon.exact.longest(ctx.tokens, from);
  return known?.endToken === end && known.value.type === 'location' && known.value.placeKind !== 'country';
}

/**
 * Words of military unit names. After an ordinal they make the name a unit, the ordinal included
 * ("1st Armored Division", "82nd Airborne", "2nd Brigade Combat Team", "7th Marines").
 */
/** Words that make an ordinal and a name a military unit ("3rd Battalion", "82nd Airborne Division"). */
export const UNIT_WORDS: ReadonlySet<string> = new Set(
  'Division Brigade Battalion Regiment Squadron Company Platoon Corps Fleet Wing Group Army Force Forces Command Detachment Unit Team Marines Marine Cavalry Infantry Airborne Armored Armoured Artillery Aviation Engineers Engineer Expeditionary Mountain Sustainment Signal Rangers Military Kandak'.split(
    ' ',
  ),
);
export const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/**
 * A company's name opening with digits and capitals ("5E Advanced Materials", "3D Systems", "10X
 * Genomics"): not a clock time ("9AM").
 */
const DIGIT_LEAD = /^\d{1,3}[A-Z][A-Za-z]{0,3}$/;
const CLOCK_SUFFIX = /(?:AM|PM)$/;

/** Token `at` opens a company's name with digits before the chunk at `at + 1`, on its line. */
function digitLeadAt(ctx: RecognitionContext, at: number): boolean {
  const lead = ctx.tokens[at];
  return (
    !!lead &&
    !ctx.skip[at] &&
    lead.kind === 'word' &&
    ctx.tokens[at + 1]?.gap === 'space' &&
    DIGIT_LEAD.test(lead.text) &&
    !CLOCK_SUFFIX.test(lead.text)
  );
}

/** First words of a degree's name before its "of": "Master of Business Administration", "Doctor of Philosophy". */
const DEGREE_LEADS: ReadonlySet<string> = new Set(['Master', 'Masters', 'Bachelor', 'Bachelors', 'Doctor']);

/** A unit's number written bare, British style ("22 Engineer Regiment"), and the heads it numbers. */
const BRITISH_UNIT_NUMBER = /^[1-9]\d?$/;
const BRITISH_UNIT_HEADS = new Set([
  'Regiment',
  'Brigade',
  'Battalion',
  'Squadron',
  'Division',
  'Flight',
  'Wing',
]);

function hasUnitWord(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (UNIT_WORDS.has(tokens[k]?.text ?? '')) return true;
  return false;
}
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around', 'across', 'towards', 'toward']);
/**
 * Words whose "in" names a field of study or work, not a place: "a degree in Computer Science",
 * "expertise in Vertical AI", "specializing in Cloud Computing". Not "career", "experience" or
 * "leaders", which are had in places too ("PKK leaders in Qandil", "began his career in
 * Hollywood"). (A place the knowledge base knows is read whatever the word.)
 */
const FIELD_BEFORE_IN: ReadonlySet<string> = new Set(
  'degree degrees diploma doctorate PhD MBA BA BS BSc MSc MA major majored majoring expertise specializing specialising specializes specialises specialized specialised specialist specialists background courses studies studied studying qualification qualifications certification certified'.split(
    ' ',
  ),
);
/**
 * More prepositions that make a place of a name opened by the Arabic article ("at al-Bab", "from
 * Al-Tanf", "to Al Taqaddum"): people are met "with" or "by" them, not "at" or "from" them.
 */
const ARTICLE_PLACE_PREPOSITIONS = new Set(['at', 'from', 'to', 'into', 'via', 'through']);
/** The Arabic article capitalised: "Al Taqaddum", "Ar Rutbah". */
const CAPITAL_ARTICLES = new Set([...ARABIC_ARTICLES].map((a) => a.charAt(0).toUpperCase() + a.slice(1)));

/** The chunk at `from` opens with the Arabic article: "al-Bab", "Al-Tanf", "Al Taqaddum" (not "Al Gore"). */
function opensWithArticle(tokens: readonly Token[], from: number): boolean {
  if (articleAt(tokens, from)) return true;
  const article = tokens[from];
  const name = tokens[from + 1];
  if (!article || !name || !CAPITAL_ARTICLES.has(article.text)) return false;
  // "Al-Tanf"
  if (name.text === '-' && name.gap === 'none')
    return tokens[from + 2]?.gap === 'none' && isCap(tokens[from + 2]);
  // "Al Taqaddum"
  return name.gap === 'space' && isCap(name) && !FIRST_NAMES.has(name.text);
}
/** Verbs whose object is a place: a front line's towns are "liberated", "retaken", "entered". */
const PLACE_VERBS = new Set(
  'liberated liberate liberating recaptured recapture retook retake retaken entered entering encircled besieged stormed shelled evacuated'.split(
    ' ',
  ),
);
/** Verbs of movement: after them, "to" says where ("fled to Susah", "returning to Karabilah"). */
const MOVEMENT_VERBS = new Set(
  'fled flee fleeing returned return returning moved moving traveled travelled traveling travelling deployed redeployed relocated headed went flew sailed arrived'.split(
    ' ',
  ),
);
/** Lower-case words after a name that make it a kin group, an organisation: "the Al Bu Nimr tribe". */
const KIN_GROUP_TAILS = new Set(['tribe', 'tribes', 'clan', 'clans']);
/** Lower-case nouns of money and markets a name may modify: "Series B funding", "Tesla shares". */
const FINANCE_NOUNS = new Set([
  'funding',
  'financing',
  'round',
  'investment',
  'investments',
  'shares',
  'stock',
  'bonds',
  'notes',
  'debt',
  'loans',
]);
/** Capitalised at a sentence's start, before a name and a comma: "Near Kisik, two strikes …" (a strike report's item). */
const OPENING_PLACE_PREPOSITIONS = new Set(
  [...ONLY_PLACE_PREPOSITIONS].filter((word) => /^\p{Lu}/u.test(word)),
);
/** Verbs a Title Case headline writes after "to": "Agrees to Buy", "Plans to Expand", "Set to Acquire". */
const HEADLINE_INFINITIVES = new Set(
  'Buy Acquire Sell Build Launch Expand Invest Join Cut Raise Merge Hire Close Exit Enter Supply Deliver Develop Create Bring Offer Sponsor Partner Spin Divest Relocate'.split(
    ' ',
  ),
);
/** ("Opération Chammal", France's part in the campaign against ISIS, keeps its accent in English texts.) */
const EVENT_LEADS = new Set(['Operation', 'Exercise', 'Opération', 'Hurricane', 'Typhoon', 'Cyclone']);
/** Words before a storm's kind in its name: "Tropical Storm Debby", "Super Typhoon Haiyan". */
const STORM_GRADES = new Set(['Tropical', 'Super', 'Severe']);
const STORM_KINDS = new Set(['Storm', 'Cyclone', 'Typhoon', 'Depression']);
const MAX_CHUNK = 10;
const ABBREVIATED_HEADS = new Set([
  'Inc',
  'Corp',
  'Ltd',
  'Co',
  'Bros',
  'Plc',
  'Intl',
  'Dept',
  'Assn',
  'Univ',
]);

/**
 * A body's head word followed by "of" or "for" and more of the name, past the run's first word:
 * "State Board of Antiquities and Heritage", "Supreme Council for Women" (a head word first is
 * ORG_LEAD_PATTERNS' case).
 */
function bodyOfInside(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from + 1; k < end - 2; k++) {
    const next = tokens[k + 1]?.text;
    if ((next === 'of' || next === 'for') && ORG_HEAD_WORDS.has(tokens[k]?.text ?? '')) return true;
  }
  return false;
}

/** An organisation's head word followed by "Operation" inside the run ("Task Force Operation Inherent Resolve"). */
function bodyOfOperation(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end - 2; k++)
    if (ORG_HEAD_WORDS.has(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'Operation') return true;
  return false;
}

/**
 * A title's head starts at `at`, one side of the "and" at `and`, and says whom or what it names:
 * a name after it ("President Hollande"), another title joined by the "and" ("Chairman and CEO"),
 * or, after the "and", the body it is of ("… and Chief Executive Officer of Acme Inc."). Not
 * "Ministry of Law and Justice", "Minister for Foreign Affairs and Trade": one name each.
 */
function titleOpensName(ctx: RecognitionContext, at: number, and: number): boolean {
  const end = titleHeadEnd(ctx, at);
  if (end === undefined) return false;
  if (end === and) return true;
  const next = ctx.tokens[end];
  if (next?.text === 'of' || next?.text === 'for') return at > and;
  return !!next && isCap(next) && !CONNECTORS.has(next.text);
}

function isCap(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.upper;
}

/** Tokens `at`, `at + 1`, `at + 2` are "al", "-", and a capitalised word, with no space inside ("al-Hilla", "ash-Sham"). */
export function articleAt(tokens: readonly Token[], at: number): boolean {
  return (
    ARABIC_ARTICLES.has(tokens[at]?.text ?? '') &&
    tokens[at + 1]?.text === '-' &&
    tokens[at + 1]?.gap === 'none' &&
    tokens[at + 2]?.gap === 'none' &&
    isCap(tokens[at + 2])
  );
}

/** A name the knowledge base knows, starting in the run at `at` or after it, ends just before token `i`. */
function knownBodyEndsAt(ctx: RecognitionContext, at: number, i: number): boolean {
  for (let k = at; k < i; k++) if (ctx.lexicon.exact.longest(ctx.tokens, k)?.endToken === i) return true;
  return false;
}

/**
 * Tokens [from, end) are a place and a body the knowledge base knows, one after the other: "(in)
 * Baghdad Foreign Office Minister" is Baghdad, then the Foreign Office ("Los Angeles Olympic Games"
 * stays one name).
 */
function twoKnownNames(ctx: RecognitionContext, from: number, end: number): boolean {
  const first = ctx.lexicon.exact.longest(ctx.tokens, from);
  if (first?.value.type !== 'location' || first.endToken >= end) return false;
  const second = ctx.lexicon.exact.longest(ctx.tokens, first.endToken);
  return second?.value.type === 'organization' && second.endToken === end;
}

/** The run from `at` up to the "and" at `and` is a known name, and a known name follows the "and". */
function joinsTwoKnown(ctx: RecognitionContext, at: number, and: number): boolean {
  const { tokens, lexicon } = ctx;
  return lexicon.exact.longest(tokens, at)?.endToken === and && !!lexicon.exact.longest(tokens, and + 1);
}

/**
 * The "and" at token `and` lists two names rather than joining one: the words before it, from the
 * run's start, are a name the knowledge base knows ("Taji and Qayyarah West Airfield"), or a known
 * body's or person's name of two words or more follows it ("Kata'ib Hizballah and Asa'ib Ahl
 * al-Haq"). Not a nationality ("Arab and Kurdish"), and not when the whole is known ("Bosnia and
 * Herzegovina" matches past the "and").
 */
function listsKnownName(ctx: RecognitionContext, at: number, and: number): boolean {
  const { tokens, lexicon } = ctx;
  const start = LEADING_STOPWORDS.has(tokens[at]?.text ?? '') ? at + 1 : at;
  const left = lexicon.exact.longest(tokens, start);
  if (left && left.endToken > and) return false;
  if (left?.endToken === and && left.value.type !== 'nationality') return true;
  // A body's or a person's name only: "Olympic and Paralympic Games" shares one head.
  const right = lexicon.exact.longest(tokens, and + 1);
  return (
    !!right &&
    right.endToken - (and + 1) >= 2 &&
    (right.value.type === 'organization' || right.value.type === 'person')
  );
}

/** Tokens [from, end) are followed by "(" and an acronym of their capitalised words' initials, and ")". */
function definedByInitials(tokens: readonly Token[], from: number, end: number): boolean {
  const acronym = tokens[end + 1];
  if (tokens[end]?.text !== '(' || !acronym?.allCaps || tokens[end + 2]?.text !== ')') return false;
  let initials = '';
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    if (t?.kind === 'word' && t.upper) initials += t.text[0];
  }
  return initials.length >= 2 && initials === acronym.text;
}

/** Words opening the name of what a body issues: "Press Briefing", "Daily Press Briefing", "Fact Sheet". */
const ISSUED_ITEM_WORDS = new Set([
  'Press',
  'Daily',
  'Weekly',
  'Briefing',
  'Statement',
  'Release',
  'Readout',
  'Remarks',
  'Transcript',
  'Fact',
  'Media',
  'News',
  'Update',
  'Advisory',
]);

/**
 * The "&" at `i` stands between spaced words, as in a name ("Bill & Melinda Gates Foundation",
 * "Centers for Medicare & Medicaid Services"); "Q&A" and "R&D" are written without spaces and join
 * nothing. A name joined so is typed by its head word like any other: "Johnson & Johnson", "Smith &
 * Jones" (two researchers) and "Trinidad & Tobago" look alike, so "&" alone makes no firm.
 */
function ampersandJoins(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.text === '&' && tokens[i]?.gap === 'space' && tokens[i + 1]?.gap === 'space';
}

/** A spaced "&" joins tokens [from, to). */
function ampersandSince(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ampersandJoins(tokens, k)) return true;
  return false;
}

/** The capitalised run starting at `at`; returns the token index after it. */
function scanChunk(ctx: RecognitionContext, at: number): number {
  const { tokens } = ctx;
  let i = at;
  let end = at;
  while (i < tokens.length && i - at < MAX_CHUNK) {
    const t = tokens[i];
    if (!t || ctx.skip[i] || (i > at && (t.gap === 'paragraph' || t.gap === 'newline'))) break;
    // "McKenzie Assumes Command of U.S. Central Command": a headline's verb ends the name before it.
    if (i > at && HEADLINE_VERBS.has(t.text)) break;
    // A capitalised "The" inside a run, not after "of"/"and", opens another name: a headline
    // without its punctuation ("Los Angeles Charity Dinner  The Aparecio Foundation").
    if (i > at && t.text === 'The' && !CONNECTORS.has(tokens[i - 1]?.text ?? '')) break;
    // "United States District Court Chief Judge Leonard T. Strand": after a body's head word, a
    // title starts the person's mention, not more of the body's name.
    // So does it after a place's head word with a name of its own before it: "Harris County Judge
    // Lina Hidalgo" (not "United States District Judge …", a country's court district).
    if (
      i > at &&
      isCap(t) &&
      (ORG_HEAD_WORDS.has(tokens[i - 1]?.text ?? '') ||
        (PLACE_HEADS.has(tokens[i - 1]?.text ?? '') && !knownBodyEndsAt(ctx, at, i - 1))) &&
      titleHeadEnd(ctx, i) !== undefined &&
      // ("Polk County Sheriff's Office": the title names the county's office, one body.)
      officeNamedForOfficerEnd(tokens, i) === undefined
    )
      break;
    // "Metrolink CEO Darren Kettle", "Jane Doe, Zentrix CEO, said": a company's officer and their
    // name, or the officer closing an apposition, end the company's name.
    if (i > at && isCap(t) && (namedBeforeOfficer(ctx, i) || namedInOfficerApposition(ctx, at, i))) break;
    // "the Federal Bureau of Investigation Christopher Wray": a known body ends before a person's name.
    if (i > at && isCap(t) && FIRST_NAMES.has(t.text) && isCap(tokens[i + 1]) && knownBodyEndsAt(ctx, at, i))
      break;
    // "Department of Defense Press Briefing": a known body ends before the kind of text it issues.
    if (i > at && ISSUED_ITEM_WORDS.has(t.text) && knownBodyEndsAt(ctx, at, i)) break;
    if (isCap(t) || (t.kind === 'number' && i > at)) {
      i++;
      end = i;
      // Initials ("U.S.") and abbreviated company forms ("Inc.", "Corp.") keep their full stop.
      while (
        tokens[i]?.text === '.' &&
        tokens[i]?.gap === 'none' &&
        (t.text.length === 1 || ABBREVIATED_HEADS.has(t.text))
      ) {
        i++;
        end = i;
        break;
      }
      // "St. Mary's Hospital", "Mt. Sinai", "Ft. Bragg": an abbreviated lead's full stop is no
      // sentence's end when a capitalised word follows.
      if (abbreviatedLeadAt(tokens, i - 1)) i++;
      continue;
    }
    // "St. Mary's Hospital", "Prince George's County", "Boston Children's Hospital": a saint's, a
    // namesake's or a class of people's possessive stands inside a name before its head word.
    if (i > at && POSSESSIVE_S.has(t.text) && possessiveInName(tokens, at, i)) {
      i++;
      continue;
    }
    // "Leeds Magistrates' Court", "Department of Veterans' Affairs", "Workers' Party of Korea": a
    // plural's possessive apostrophe stands inside a name before its next capitalised word.
    if (i > at && pluralPossessiveAt(tokens, i)) {
      i++;
      continue;
    }
    // "the King's Royal Hussars", "the Queen's Dragoon Guards": a regiment named for a sovereign
    // keeps the possessive inside its name.
    if (
      i > at &&
      (t.text === "'s" || t.text === '’s') &&
      ROYAL_POSSESSORS.has(tokens[i - 1]?.text ?? '') &&
      tokens[i + 1]?.gap === 'space' &&
      isCap(tokens[i + 1])
    ) {
      i++;
      continue;
    }
    // "Saray al-Jihad Group"
    if (i > at && t.gap === 'space' && articleAt(tokens, i)) {
      i += 2;
      continue;
    }
    if (
      i > at &&
      // A possessive ends a name ("Iran’s Islamic Revolutionary Guard Corps"); a hyphen joins one.
      t.text === '-' &&
      t.gap === 'none' &&
      isCap(tokens[i + 1])
    ) {
      i++;
      continue;
    }
    // "K-1 Air Base", "T-4 Airbase": a letter and a number make one word of a base's name.
    if (i === at + 1 && baseDesignatorAt(tokens, at)) {
      i += 2;
      end = i;
      continue;
    }
    // "Nad-e Ali", "Sar-e Pol", "Deh-i Bala": the Persian ezafe ("-e", "-i") joins a name's words.
    if (
      i > at &&
      t.text === '-' &&
      t.gap === 'none' &&
      EZAFE.has(tokens[i + 1]?.text ?? '') &&
      tokens[i + 1]?.gap === 'none' &&
      tokens[i + 2]?.gap === 'space' &&
      isCap(tokens[i + 2])
    ) {
      i += 2;
      continue;
    }
    // "the" joins only after "of"/"and" ("Islamic State of Iraq and the Levant"), so "Source the
    // North Atlantic Treaty Organization" does not become one name.
    // "and" after a body's head word starts another body ("the 101st Airborne Division and U.S.
    // Central Command"), not one name.
    // So does "and" after a place's head word ("Qayyarah West Airfield and Al Asad Air Base"), and
    // "and" between two names the knowledge base knows whole ("U.S. and Coalition forces").
    const before = tokens[i - 1]?.text ?? '';
    // "in" before a place the knowledge base knows says where the body is: "United States District
    // Court in Sioux City" is a court, then a city.
    // So does "in" after a body's head word, known place or not: "the Yemeni Coast Guard in Nishtun".
    // And "in" after a common word opening the sentence: "Fighting in Jisr al Shughur continued".
    // And "in" after a name the knowledge base knows whole: "by Daesh in Marea" is a body, then a town.
    const placeAfter =
      t.text === 'in' &&
      (ctx.lexicon.exact.longest(tokens, i + 1)?.value.type === 'location' ||
        ORG_HEAD_WORDS.has(tokens[i - 1]?.text ?? '') ||
        ctx.lexicon.exact.longest(tokens, at)?.endToken === i ||
        (i === at + 1 && !!ctx.sentenceStart[at] && isCommonWord(tokens[at]?.text.toLowerCase() ?? '')));
    // "Camp Lejeune and Camp Pendleton", "the Joint Staff and Joint Base …": two names that open
    // alike are two names.
    const opening = LEADING_STOPWORDS.has(tokens[at]?.text ?? '') ? tokens[at + 1] : tokens[at];
    // So do two places that open with an Arabic word for a place ("Jisr al-Shughur and Ras al-Ain").
    const next = tokens[i + 1]?.text ?? '';
    // "Camp Taji and Balad": a name opened by a place's word ("Camp", "Mount") is one place, no list.
    const parallel =
      t.text === 'and' &&
      (next === opening?.text ||
        (ARABIC_PLACE_LEADS.has(next) && ARABIC_PLACE_LEADS.has(opening?.text ?? '')) ||
        // ("Lakes Habbaniyah and Tharthar": a plural lead names both, one span as re3d writes it.)
        (PLACE_LEADS.has(opening?.text ?? '') && opening?.text !== 'Lakes') ||
        // "Forward Operating Base Fenty and FOB Salerno": two bases.
        baseNameAt(tokens, i + 1, i + 5));
    const joins =
      !placeAfter &&
      !parallel &&
      (t.text !== 'the' || before === 'of' || before === 'and') &&
      // "Professor Li Wei of Tsinghua University", "Dr. Hiroshi Nakamura of Kyoto University": a
      // ranked name's "of" says where the person works (not "Prince of Wales": no name before it).
      (t.text !== 'of' || (!honouredName(ctx, at, i) && !fullNameBefore(ctx, at, i))) &&
      (t.text !== 'and' ||
        (!ORG_HEAD_WORDS.has(before) &&
          !PLACE_HEADS.has(before) &&
          // "Combined Task Force 150 and Task Force 55": a number ends a unit's name.
          tokens[i - 1]?.kind !== 'number' &&
          // "Johnson & Johnson and Procter & Gamble": a firm joined by "&" is complete, listed.
          !ampersandSince(tokens, at, i) &&
          !joinsTwoKnown(ctx, at, i) &&
          !listsKnownName(ctx, at, i) &&
          !endsOnPlaceOf(ctx, at, i) &&
          // "President Nechirvan Barzani and …", "… and President Hollande": a title opening a
          // person's name lists, not joins ("Ministry of Law and Justice", "Minister for Foreign
          // Affairs and Trade" are one name each).
          !titleOpensName(ctx, i + 1, i) &&
          !titleOpensName(ctx, at, i) &&
          // "Lt. Gen. John Kolasheski and V Corps": a ranked name is a person's, listed.
          !honorificBefore(ctx, at)));
    if (
      i > at &&
      (t.kind === 'word' ||
        // ("Aparecío Foundation & Felix Magazine": after a body's head word, "&" lists as "and" does.)
        (ampersandJoins(tokens, i) && !ORG_HEAD_WORDS.has(before) && !PLACE_HEADS.has(before))) &&
      CONNECTORS.has(t.text) &&
      joins &&
      isCap(tokens[i + 1]) &&
      !CALENDAR_NAMES.has(tokens[i + 1]?.text ?? '')
    ) {
      i++;
      continue;
    }
    // "Army of the Victorious Sect", "Bank of the West": a body's lead opens a name that goes on
    // through "of the" (not a place the knowledge base knows: "Government of the United Kingdom"
    // names the government of a country it keeps apart).
    if (
      t.text === 'of' &&
      tokens[i + 1]?.text === 'the' &&
      isCap(tokens[i + 2]) &&
      OF_THE_LEADS.has(tokens[i - 1]?.text ?? '') &&
      leadOpensRun(ctx, at, i - 1) &&
      !ctx.lexicon.exact.longest(tokens, i + 2)
    ) {
      // ("Ministry of the Interior Minister …", "Department of the Treasury Secretary …": a title
      // opening after "the" is the holder's, as before; the body's name is left to the other rules.)
      const office = tokens[i - 1]?.text === 'Office';
      if (office || titleHeadEnd(ctx, i + 2) === undefined) return ofTheNameEnd(ctx, i + 2, office);
    }
    // "the Department for Environment, Food and Rural Affairs", "the Ministry of Housing,
    // Communities and Local Government": a ministry's name lists its portfolios with commas.
    if (i > at && t.text === ',' && t.gap === 'none') {
      const opening = LEADING_STOPWORDS.has(tokens[at]?.text ?? '') ? at + 1 : at;
      const first = tokens[opening];
      const last = tokens[i - 1];
      const listEnd =
        first && last && startsWithOrgLead(ctx.text.slice(first.start, last.end))
          ? portfolioListEnd(ctx, i)
          : -1;
      if (listEnd > 0) {
        i = listEnd;
        end = listEnd;
        continue;
      }
    }
    break;
  }
  return end;
}

/** A word that may name a portfolio: a common word, no given name, day or month. */
function portfolioWord(word: string): boolean {
  return (
    isCommonWord(word.toLowerCase()) &&
    !FIRST_NAMES.has(word) &&
    !AMBIGUOUS_FIRST_NAMES.has(word) &&
    !CALENDAR_NAMES.has(word)
  );
}

/** The token at `at` opens its line (or the text). */
function lineStartAt(tokens: readonly Token[], at: number): boolean {
  return at === 0 || !!tokens[at]?.lineBreakBefore;
}

/** Capitalised words in a ministry's list of portfolios, per part, at most. */
const MAX_PORTFOLIO_WORDS = 3;
/** Parts of such a list after its first, at most. */
const MAX_PORTFOLIOS = 5;

/**
 * At the comma `comma` after a ministry's first portfolio: the rest of the list, parts of one to
 * three capitalised words, the last after "and" or "&" (", Food and Rural Affairs", ", Culture,
 * Media & Sport", ", Water and the Environment"). The token after the last part, or -1 when no
 * such list closes there or a part is a body's or a known name of its own ("the Ministry of
 * Defence, Foreign Office and Treasury" lists three bodies).
 */
function portfolioListEnd(ctx: RecognitionContext, comma: number): number {
  const { tokens } = ctx;
  let k = comma;
  for (let parts = 0; parts < MAX_PORTFOLIOS; parts++) {
    // "Population, Refugees, and Migration": a comma before the closing "and".
    if (tokens[k]?.text === ',' && tokens[k + 1]?.text === 'and') k++;
    const separator = tokens[k];
    const closing = separator?.text === 'and' || (separator?.text === '&' && separator.gap === 'space');
    if (!separator || !(closing || (separator.text === ',' && separator.gap === 'none'))) return -1;
    let n = k + 1;
    if (closing && tokens[n]?.text === 'the') n++;
    const start = n;
    while (n - start < MAX_PORTFOLIO_WORDS && isCap(tokens[n]) && tokens[n]?.gap === 'space' && !ctx.skip[n])
      n++;
    if (n === start) return -1;
    // Portfolios are common words ("Food", "Rural Affairs", "Media"): not companies, people or days
    // ("the Department of Energy, Tesla, Ford and GM"). The last part may end on a body's word of
    // two words or more ("… and Local Government").
    for (let m = start; m < n; m++) {
      const word = tokens[m]?.text ?? '';
      const bodyWord = ORG_HEAD_WORDS.has(word) && !(closing && m > start);
      if (bodyWord || ctx.lexicon.exact.longest(tokens, m) || !portfolioWord(word)) return -1;
    }
    if (closing) return n;
    k = n;
  }
  return -1;
}

/** Place heads read as a surname after an honorific or a title alone: "Senator Tower", "Mrs Castle". */
const HONOURED_SURNAME_HEADS: ReadonlySet<string> = new Set([...SURNAME_PLACE_HEADS, 'Palace']);

/** Leads of a body's name that may go on through "of the": "Ministry of the Interior", "Army of the Victorious Sect". */
const OF_THE_LEADS = new Set(['Ministry', 'Department', 'Office', 'Army', 'Bank', 'Secretariat', 'Council']);
/**
 * The lead at `lead` opens the run that starts at `at`, past an article and a country's name, its
 * demonym or its possessive: "the Ministry of the Interior", "the Iraqi Ministry of the Interior",
 * "Saudi Arabia's Ministry of the Interior".
 */
function leadOpensRun(ctx: RecognitionContext, at: number, lead: number): boolean {
  const { tokens } = ctx;
  const opening = LEADING_STOPWORDS.has(tokens[at]?.text ?? '') ? at + 1 : at;
  if (lead === opening) return true;
  const country = ctx.lexicon.exact.longest(tokens, opening);
  if (!country || (country.value.type !== 'location' && country.value.type !== 'nationality')) return false;
  const end = country.endToken;
  return end === lead || (POSSESSIVE_S.has(tokens[end]?.text ?? '') && end + 1 === lead);
}

/** Capitalised words of a name after "of the", at most: "Army of the Victorious Sect". */
const MAX_OF_THE_WORDS = 4;

/**
 * Where the name after "… of the" that opens at token `from` ends: its capitalised words, up to the
 * title, rank, given name, acronym or known name that begins something else ("Department of the
 * Treasury Secretary Janet Yellen", "Ministry of the Interior Maj. Gen. Saad Maan", "Department of
 * the Treasury OFAC", "Office of the Spokesperson Washington DC"). A title right after "the" is the
 * office's own name ("Office of the Prime Minister").
 */
function ofTheNameEnd(ctx: RecognitionContext, from: number, office: boolean): number {
  const { tokens } = ctx;
  // An office is named for its holder's title; a department's first word may open a title that
  // is not its name ("Department of the Treasury Secretary Janet Yellen").
  const ownTitle = office ? (titleHeadEnd(ctx, from) ?? from) : from;
  let k = from;
  while (k < tokens.length && k - from < MAX_OF_THE_WORDS) {
    const t = tokens[k];
    if (!t || ctx.skip[k] || !isCap(t) || t.gap === 'newline' || t.gap === 'paragraph') break;
    if (k > from && k >= ownTitle) {
      // ("Interior Assistant Secretary": a title's modifier opens it.)
      if (titleHeadEnd(ctx, k) !== undefined || titleHeadEnd(ctx, k + 1) !== undefined) break;
      if (honorificAt(ctx, k) || t.allCaps) break;
      if (FIRST_NAMES.has(t.text) && isCap(tokens[k + 1])) break;
      if (ctx.lexicon.exact.longest(tokens, k)) break;
    }
    k++;
  }
  return k;
}

/** ORG_LEAD_PATTERNS with their trailing space, by first word (up to the first space). */
const ORG_LEADS = new Map<string, string[]>();
for (const p of ORG_LEAD_PATTERNS) {
  const first = p.split(' ')[0] ?? '';
  ORG_LEADS.set(first, [...(ORG_LEADS.get(first) ?? []), `${p} `]);
}

/** "Arrives in Bahrain for Port Visit": a known place and "for" open the chunk, which is where and why, no event's name. */
function placeForPurpose(ctx: RecognitionContext, from: number): boolean {
  const known = ctx.lexicon.exact.longest(ctx.tokens, from);
  return known?.value.type === 'location' && ctx.tokens[known.endToken]?.text === 'for';
}

/**
 * "Chamber of Commerce President Suzanne Clark", "Department of Defense Secretary Lloyd Austin": a
 * body's name opened by ORG_LEAD_PATTERNS ends before a title that a given name follows; the title
 * and the name are the people rules'.
 */
function bodyBeforeTitledName(ctx: RecognitionContext, from: number, end: number): number {
  const { tokens, text } = ctx;
  const first = tokens[from];
  const joiner = tokens[from + 1]?.text;
  // (The cheap test first: every pattern is a word and "of", "on" or "for".)
  if (!first || end - from < 4 || (joiner !== 'of' && joiner !== 'on' && joiner !== 'for')) return end;
  if (!startsWithOrgLead(text.slice(first.start, tokens[end - 1]?.end ?? first.end))) return end;
  for (let k = from + 3; k < end - 1; k++) {
    const title = titleHeadEnd(ctx, k);
    if (title !== undefined && title < end && FIRST_NAMES.has(tokens[title]?.text ?? '')) return k;
  }
  return end;
}

/** `words` opens with one of ORG_LEAD_PATTERNS and a space; only the patterns sharing its first word are tried. */
function startsWithOrgLead(words: string): boolean {
  const space = words.indexOf(' ');
  if (space < 0) return false;
  const leads = ORG_LEADS.get(words.slice(0, space));
  if (leads === undefined) return false;
  // A loop, not `some` with an arrow function: the arrow would be a new closure each call.
  for (let i = 0; i < leads.length; i++) if (words.startsWith(leads[i] as string)) return true;
  return false;
}

export interface AcronymDefinition {
  acronym: string;
  candidate: Candidate;
}

/** Nouns of a job, after which "at" names the employer: "a partner at", "head of operations at". */
const JOB_NOUNS = new Set(
  'head chief director partner analyst economist professor lecturer researcher scientist engineer fellow founder co-founder president vice-president chair chairman chairwoman executive officer manager spokesperson spokesman spokeswoman adviser advisor consultant associate strategist editor correspondent reporter lawyer attorney counsel principal ceo cfo cto coo'.split(
    ' ',
  ),
);
/** Words that show a clause between a job and "at": "the director arrived at Bagram". */
const CLAUSE_WORDS = new Set(
  'is was are were be been has have had will would said says told met spoke'.split(' '),
);
/** Tokens between a job noun and "at", at most: "head of offshore wind operations at". */
const WORKPLACE_REACH = 6;

/**
 * The "at" at token `at` follows a job, directly or through its "of"/"for" phrase ("a partner at",
 * "head of offshore operations at", "Director of Communications at"): what follows is the employer.
 * Not across a clause ("the director arrived at Bagram") or punctuation.
 */
function workplaceAt(ctx: RecognitionContext, at: number): boolean {
  const { tokens } = ctx;
  for (let k = at - 1; k >= 0 && k >= at - WORKPLACE_REACH; k--) {
    const t = tokens[k];
    if (!t || (t.kind === 'punct' && t.text !== '-')) return false;
    const lower = t.lower;
    if (CLAUSE_WORDS.has(lower) || lower.endsWith('ed')) return false;
    if (JOB_NOUNS.has(lower))
      return k === at - 1 || tokens[k + 1]?.text === 'of' || tokens[k + 1]?.text === 'for';
    if (k < at - 1 && (t.gap === 'newline' || t.gap === 'paragraph')) return false;
  }
  return false;
}

/** Tokens before "into" where "invest…" may stand: "investing over $85 million into". */
const INVEST_REACH = 6;

/** A word starting "invest" within a few tokens before token `into`, on its line. */
function investedBefore(ctx: RecognitionContext, into: number): boolean {
  const { tokens } = ctx;
  for (let k = into - 1; k >= 0 && k >= into - INVEST_REACH; k--) {
    const t = tokens[k];
    if (!t) return false;
    if (t.kind === 'word' && t.text.toLowerCase().startsWith('invest')) return true;
    if (t.gap === 'newline' || t.gap === 'paragraph') return false;
  }
  return false;
}

/** Capitalised words that make a place of the country or state after them, not a body (and the compass words). */
const PLACE_MODIFIERS = new Set(
  'Greater Rural Regional Outback Inner Outer Upper Lower Coastal Mainland Metropolitan Metro Downtown Modern Ancient Old New Free Occupied Independent Democratic Communist Soviet Imperial Colonial Global Brexit Post All Whole Mid'.split(
    ' ',
  ),
);
const BODY_PLACE_KINDS = new Set(['country', 'state', 'region']);

/**
 * Tokens from, from + 1 are a word and a country or state, in running text (after a lower-case
 * word or a comma or bracket, so no title-case headline): the name of a body of that place,
 * as "Diabetes UK", "Transport Canada", "Cricket Victoria" are. Not a place with a modifier
 * ("Rural Australia", "Northern Ontario"), a known name or a title ("President France" is none).
 */
function bodyNamedForPlace(ctx: RecognitionContext, from: number, titleCase: Uint8Array): boolean {
  const { tokens } = ctx;
  // A title-case headline capitalises every word: "Expands Florida Facility to Support America’s …".
  if (titleCase[from]) return false;
  const word = tokens[from];
  const place = tokens[from + 1];
  const before = tokens[from - 1];
  if (!word || !place || word.kind !== 'word' || word.allCaps || place.gap !== 'space') return false;
  if (ctx.sentenceStart[from] || !before || word.gap !== 'space') return false;
  if (!(before.kind === 'word' ? !before.upper : before.text === ',' || before.text === '(')) return false;
  if (
    PLACE_MODIFIERS.has(word.text) ||
    CAPITAL_COMPASS.has(word.text) ||
    ctx.lexicon.exact.longest(tokens, from)
  )
    return false;
  if (titleHeadEnd(ctx, from) !== undefined || FIRST_NAMES.has(word.text)) return false;
  const known = ctx.lexicon.exact.longest(tokens, from + 1);
  return (
    known?.value.type === 'location' &&
    known.endToken === from + 2 &&
    BODY_PLACE_KINDS.has(known.value.placeKind ?? '')
  );
}

/** Words of a name listed so, at most. */
const MAX_LISTED_WORDS = 2;

/** The parts of the chunk from..end between its "and"s, as token ranges [start, end) (empty parts too). */
function partsJoinedByAnd(
  tokens: RecognitionContext['tokens'],
  from: number,
  end: number,
): [number, number][] {
  const parts: [number, number][] = [];
  let start = from;
  for (let k = from; k <= end; k++) {
    if (k < end && tokens[k]?.text !== 'and') continue;
    parts.push([start, k]);
    start = k + 1;
  }
  return parts;
}

/** A place over tokens [a, b), named by its text unless the knowledge base's entry is given. */
function placeOver(ctx: RecognitionContext, a: number, b: number, canonical?: string): Candidate | undefined {
  const first = ctx.tokens[a];
  const last = ctx.tokens[b - 1];
  if (!first || !last || b <= a) return undefined;
  const name = canonical ?? ctx.text.slice(first.start, last.end);
  return {
    type: 'location',
    startToken: a,
    endToken: b,
    start: first.start,
    end: last.end,
    tier: 1,
    key: `location:${name}`,
    canonical: name,
  };
}

/**
 * The names of the chunk from..end joined by "and", each a place, when there are two, none is
 * known (a known name is typed on its own) and each has at most two words; else undefined.
 */
function placesJoinedByAnd(ctx: RecognitionContext, from: number, end: number): Candidate[] | undefined {
  const { tokens } = ctx;
  const parts = partsJoinedByAnd(tokens, from, end);
  if (parts.length !== 2) return undefined;
  const out: Candidate[] = [];
  for (const [a, b] of parts) {
    // "Al Baghuz Fawqani": the Arabic article opening a name is no word of it.
    const words = b - a - (b - a > 1 && ARABIC_ARTICLES.has(tokens[a]?.text.toLowerCase() ?? '') ? 1 : 0);
    if (words > MAX_LISTED_WORDS || ctx.lexicon.exact.longest(tokens, a)) return undefined;
    // Names, not words: "in Research and Development", "in Cairns and I" list no places.
    for (let k = a; k < b; k++) {
      const word = tokens[k]?.text ?? '';
      const article = k === a && b - a > 1 && ARABIC_ARTICLES.has(word.toLowerCase());
      if (!article && (word.length < 3 || isCommonWord(word.toLowerCase()) || FIRST_NAMES.has(word)))
        return undefined;
    }
    const place = placeOver(ctx, a, b);
    if (!place) return undefined;
    out.push(place);
  }
  return out;
}

/** Place words a street's or a park's name ends on: "George Street", "Victoria Park". */
const NAMED_PLACE_ENDS = new Set([...STREET_WORDS, 'Park', 'Gardens', 'Square']);

/**
 * The "and" between two place names in [from, end) that each end on a place word and have a word
 * before it ("Victoria Park and George Street"), or -1. Not "Bosnia and Herzegovina", nor a body
 * named after places ("Friends of Hyde Park and Kensington Gardens"): capitalised words only.
 */
function placesEachWithHead(tokens: readonly Token[], from: number, end: number): number {
  // Only where the whole would be read as one place ("… George Street"): "Mina Park and Grace
  // Park" may be two people.
  if (!PLACE_HEADS.has(tokens[end - 1]?.text ?? '')) return -1;
  let and = -1;
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    if (
      t?.text === 'and' &&
      and < 0 &&
      k >= from + 2 &&
      k < end - 2 &&
      NAMED_PLACE_ENDS.has(tokens[k - 1]?.text ?? '')
    )
      and = k;
    else if (!t?.upper) return -1;
  }
  return and;
}

/** Words before "Trust" that make a phrase, not a charity's name: "Building Trust in AI", "Zero Trust". */
const TRUST_PHRASE_WORDS = new Set(['Zero', 'Public', 'Mutual', 'Digital', 'Consumer', 'Customer', 'Earned']);

/**
 * "Trust" heads a charity's name ("the HALO Trust", "Hartwell Trust awards …", "Halcyon Relief
 * Trust"), but not after a verb in -ing or a word of a phrase ("Building Trust in AI", "Zero Trust
 * Security"). It is no head word in general, which would end other chunks there.
 */
function charityTrust(tokens: readonly Token[], from: number, length: number): boolean {
  if (tokens[from + length - 1]?.text !== 'Trust') return false;
  // "Halcyon Relief Trust and Canal Trust": two charities, each typed on its own.
  for (let k = from; k < from + length; k++)
    if (tokens[k]?.text === 'and' || tokens[k]?.text === '&') return false;
  if (length >= 3 || tokens[from - 1]?.text.toLowerCase() === 'the') return true;
  const first = tokens[from]?.text ?? '';
  return !first.endsWith('ing') && !TRUST_PHRASE_WORDS.has(first);
}

/** Words before "UK" that say which part of the country, not whose arm: "Northern UK", "mainland UK". */
const PART_OF_COUNTRY = new Set(
  'North South East West Northern Southern Eastern Western Central Greater Mainland Rural Urban Coastal Across'.split(
    ' ',
  ),
);

/** The chunk from..end is capitalised words no list knows and "UK": "Diabetes UK", "Age UK". */
function britishArm(ctx: RecognitionContext, from: number, end: number): boolean {
  const { tokens } = ctx;
  if (tokens[end - 1]?.text !== 'UK' || tokens[end - 1]?.gap !== 'space') return false;
  for (let k = from; k < end - 1; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || !t.upper || t.allCaps || PART_OF_COUNTRY.has(t.text)) return false;
    // ("Grant Thornton UK": a name the knowledge base knows keeps its own key.)
    if (ctx.lexicon.exact.longest(tokens, k)) return false;
  }
  return true;
}

/** The text of the chunk from..end before its legal form ("Acme Robotics" of "Acme Robotics Inc."), if any words stand before it. */
function nameBeforeLegalForm(ctx: RecognitionContext, from: number, end: number): string | undefined {
  const { tokens } = ctx;
  let k = tokens[end - 1]?.text === '.' ? end - 2 : end - 1;
  if (tokens[k - 1]?.text === ',') k--;
  const last = tokens[k - 1];
  const first = tokens[from];
  return k > from && first && last ? ctx.text.slice(first.start, last.end).replace(/\s+/g, ' ') : undefined;
}

/** Whether a token in [from, to) starts a name the knowledge base knows as something other than a place. */
function holdsKnownNonPlace(ctx: RecognitionContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const found = ctx.lexicon.exact.longest(ctx.tokens, k);
    if (found && found.endToken <= to && found.value.type !== 'location') return true;
  }
  return false;
}

/**
 * Tokens [from, end) name a field of work: common words only, more than one, the last a field's
 * ("Corporate Development", "Human Resources"; not "Broken Hill", "Palm Beach", "Central Park").
 */
function fieldOfWork(tokens: readonly Token[], from: number, end: number): boolean {
  if (end - from < 2 || !WORK_FIELDS.has(tokens[end - 1]?.text ?? '')) return false;
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || !isCommonWord(t.lower)) return false;
  }
  return true;
}

/** Words of the name in tokens [from, end), not counting an article and its hyphen ("Urem al-Kubra" has two). */
function nameWordCount(tokens: readonly Token[], from: number, end: number): number {
  let n = 0;
  for (let k = from; k < end; k++) if (!articleAt(tokens, k) && !articleAt(tokens, k - 1)) n++;
  return n;
}

/**
 * Last words of a club's name after its city: "Manchester United", "Chelsea FC", "Bolton Wanderers"
 * (and the nicknames of knowledge/organization-patterns.ts, TEAM_NICKNAMES: "Pittsburgh Steelers").
 */
const CLUB_TAILS = new Set([
  'United',
  'FC',
  'AFC',
  'CF',
  'Athletic',
  'Rovers',
  'Wanderers',
  'Albion',
  'Hotspur',
]);
/** First words of a club's name before its city: "Real Madrid", "Inter Milan", "Borussia Dortmund". */
const CLUB_LEADS = new Set([
  'Real',
  'Atlético',
  'Atletico',
  'Inter',
  'AC',
  'Borussia',
  'Olympique',
  'Sporting',
  'Dynamo',
  'Dinamo',
  'Deportivo',
  'Bayern',
]);

/**
 * Tokens [from, end) name a club for its city: a club's lead or tail word and a known place (`known`:
 * the known name at `from`, already looked up).
 */
function clubOfPlace(
  ctx: RecognitionContext,
  from: number,
  end: number,
  known: TrieMatch<LexiconEntry> | undefined,
): boolean {
  const { tokens } = ctx;
  const tail = tokens[end - 1]?.text ?? '';
  if (CLUB_TAILS.has(tail) || TEAM_NICKNAMES.has(tail))
    return known?.value.type === 'location' && known.endToken === end - 1;
  // "Boston Red Sox", "Toronto Maple Leafs"
  if (TWO_WORD_TEAM_NICKNAMES.get(tail)?.includes(tokens[end - 2]?.text ?? ''))
    return known?.value.type === 'location' && known.endToken === end - 2;
  if (!CLUB_LEADS.has(tokens[from]?.text ?? '')) return false;
  const place = ctx.lexicon.exact.longest(tokens, from + 1);
  return place?.value.type === 'location' && place.endToken === end;
}

/** Token `at` alone is a city the knowledge base knows, ending the chunk at `end`. */
function cityClosesAt(ctx: RecognitionContext, at: number, end: number): boolean {
  const found = ctx.lexicon.exact.longest(ctx.tokens, at);
  return found?.endToken === end && found.value.type === 'location' && found.value.placeKind === 'city';
}

/** A capitalised word in [from, to) that is no common word: a name before a company's trade. */
function nameBeforeTrade(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t?.kind === 'word' && t.upper && !isCommonWord(t.lower)) return true;
  }
  return false;
}

/** A known name starts in tokens [from, end) (`knownFirst`: one starts at `from`, already looked up). */
function knownNameInside(ctx: RecognitionContext, from: number, end: number, knownFirst: boolean): boolean {
  if (knownFirst) return true;
  for (let k = from + 1; k < end; k++) if (ctx.lexicon.exact.longest(ctx.tokens, k)) return true;
  return false;
}

export function recognizeChunks(ctx: RecognitionContext): {
  candidates: Candidate[];
  definitions: AcronymDefinition[];
} {
  const { tokens, text } = ctx;
  const candidates: Candidate[] = [];
  const definitions: AcronymDefinition[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isCap(t) || ctx.skip[i] || !t || HEADLINE_VERBS.has(t.text)) continue;
    // "… Assumes Command of U.S. Central Command": the verb's object noun and "of" open no name.
    if (
      HEADLINE_VERBS.has(tokens[i - 1]?.text ?? '') &&
      tokens[i + 1]?.text === 'of' &&
      isCommonWord(t.text.toLowerCase())
    ) {
      i++;
      continue;
    }
    let end = scanChunk(ctx, i);
    let from = i;
    // Leading function words ("The"), and a lone letter that is not an initial ("Q" of a transcript).
    // "the At Tanf garrison": after "the", "At" or "As" is the Arabic article opening a name.
    const articleAfterThe =
      tokens[i - 1]?.text === 'the' && ARABIC_ARTICLES.has(t.text.toLowerCase()) && i + 1 < end;
    while (
      from < end &&
      !articleAfterThe &&
      // ("The First Minister's Office": a title's own word opens the office named for it.)
      !(tokens[from]?.text !== 'The' && officeNamedForOfficerEnd(tokens, from) !== undefined) &&
      (LEADING_STOPWORDS.has(tokens[from]?.text ?? '') ||
        // "Northvale Agrees to Buy Brightline Analytics": a headline's infinitive opens no name.
        (tokens[from - 1]?.text === 'to' && HEADLINE_INFINITIVES.has(tokens[from]?.text ?? '')) ||
        // "SOURCE Acme Corp." closing a wire release (on a line of its own) names its source.
        (tokens[from]?.text === 'SOURCE' && from + 1 < end && lineStartAt(tokens, from)) ||
        ((tokens[from]?.text.length ?? 0) === 1 &&
          tokens[from + 1]?.text !== '.' &&
          !baseDesignatorAt(tokens, from) &&
          !romanUnitAt(tokens, from)))
    )
      from++;
    // "Three Islamic Revolutionary Guard Corps Navy vessels", "Several Syrian Democratic Forces
    // fighters": a count before a known name counts its members. Not "Three Gorges Dam", whose
    // rest is no known name.
    if (
      from + 1 < end &&
      COUNT_WORDS.has(tokens[from]?.text ?? '') &&
      ctx.lexicon.exact.longest(tokens, from + 1)
    )
      from++;
    // "Traffic on George Street stopped": a common word opening the sentence, and its "on" or
    // "in", are no part of the place after them.
    if (
      from === i &&
      ctx.sentenceStart[i] &&
      (tokens[i + 1]?.text === 'on' || tokens[i + 1]?.text === 'in') &&
      i + 2 < end &&
      PLACE_HEADS.has(tokens[end - 1]?.text ?? '') &&
      isCommonWord(t.lower)
    )
      from = i + 2;
    // "Residents of Mosul said", "Officials of Fairfax County said": nor is a common word and its
    // "of" before a place. Not the name of a body, a place, an event or an office ("Bank of
    // America", "Gulf of Mexico", "Battle of Mosul", "Governor of Texas", "Kingdom of Saudi Arabia").
    else if (
      from === i &&
      ctx.sentenceStart[i] &&
      tokens[i + 1]?.text === 'of' &&
      i + 2 < end &&
      commonOpenerOfPlace(ctx, i, end)
    )
      from = i + 2;
    // "Chief Executive of Acme Corp.": a title and its "of" are no part of the body's name.
    const title = titleHeadEnd(ctx, from);
    if (
      title !== undefined &&
      title < end &&
      (tokens[title]?.text === 'of' || tokens[title]?.text === 'for')
    ) {
      from = tokens[title + 1]?.text === 'the' ? title + 2 : title + 1;
    }
    // "in al-Hilla": the article opens the name.
    if (from === i && i >= 2 && !ctx.skip[i - 2] && tokens[i - 2]?.gap !== 'none' && articleAt(tokens, i - 2))
      from = i - 2;
    // "in al Bayda province": so does one written apart, after a lower-case word (in a person's
    // name it follows a capitalised one: "Abu Bakr al Baghdadi").
    else if (
      from === i &&
      i >= 2 &&
      !ctx.skip[i - 1] &&
      t.gap === 'space' &&
      (tokens[i - 1]?.text === 'al' || tokens[i - 1]?.text === 'el') &&
      tokens[i - 1]?.gap === 'space' &&
      tokens[i - 2]?.kind === 'word' &&
      !tokens[i - 2]?.upper
    )
      from = i - 1;
    end = bodyBeforeTitledName(ctx, from, end);
    let first = tokens[from];
    const last = tokens[end - 1];
    if (!first || !last || from >= end) {
      i = end - 1;
      continue;
    }
    let words = text.slice(first.start, last.end);
    // The head word is the last word, before an abbreviation's full stop.
    const head = (last.text === '.' ? tokens[end - 2]?.text : last.text) ?? '';
    const length = end - from;
    // What the knowledge base knows of the chunk, looked up once: the name starting it, and
    // whether any name starts inside. Plain values, not closures: a closure in this loop made V8
    // allocate a context for the loop's variables on every token (18 MB per megabyte of text).
    const known = ctx.lexicon.exact.longest(tokens, from);
    const knownInside = knownNameInside(ctx, from, end, !!known);
    const ordinal = tokens[from - 1];
    const unit =
      from > 0 &&
      !ctx.skip[from - 1] &&
      ordinal?.gap !== 'none' &&
      first.gap === 'space' &&
      (ORDINAL.test(ordinal?.text ?? '') ||
        // "22 Engineer Regiment", "16 Air Assault Brigade": British units number without "st"/"nd".
        // (Not a count of soldiers: "200 Parachute Regiment soldiers".)
        (BRITISH_UNIT_NUMBER.test(ordinal?.text ?? '') &&
          BRITISH_UNIT_HEADS.has(head) &&
          !(tokens[end]?.kind === 'word' && !tokens[end]?.upper && tokens[end]?.text.endsWith('s')))) &&
      hasUnitWord(tokens, from, end);
    // "Combined Task Force 150", "Destroyer Squadron 50", "Task Force 55": a unit numbered after its word.
    const numbered =
      length >= 3 && last.kind === 'number' && UNIT_WORDS.has(tokens[end - 2]?.text ?? '') && !knownInside;
    // "a Master of Business Administration", "a Bachelor of Science": a degree, no body.
    if (DEGREE_LEADS.has(first.text) && tokens[from + 1]?.text === 'of') {
      i = end - 1;
      continue;
    }
    // "Victoria Park and George Street were closed": two places, each ending on its place word.
    const and = placesEachWithHead(tokens, from, end);
    if (and > 0) {
      candidates.push(
        namedCandidate(text, tokens, 'location', from, and),
        namedCandidate(text, tokens, 'location', and + 1, end),
      );
      i = end - 1;
      continue;
    }
    let type: Candidate['type'] | undefined;
    if (unit || numbered) type = 'organization';
    else if (
      length >= 2 &&
      (ORG_HEAD_WORDS.has(head) ||
        charityTrust(tokens, from, length) ||
        // "the U.S. Consulate General": a consulate of the higher class.
        (head === 'General' && tokens[end - 2]?.text === 'Consulate') ||
        startsWithOrgLead(words) ||
        bodyOfInside(tokens, from, end))
    )
      type = 'organization';
    // "the Major Crimes Unit", "the Special Victims Unit": a police or military team (not after a
    // given name, nor a unit numbered by an ordinal, read above).
    else if (length >= 2 && TEAM_HEADS.has(head) && !FIRST_NAMES.has(first.text)) type = 'organization';
    // "Combined Joint Task Force Operation Inherent Resolve": a body named after its operation.
    else if (length >= 3 && bodyOfOperation(tokens, from, end)) type = 'organization';
    // "Diabetes UK", "Cancer Research UK": a British charity or a body's British arm, named with
    // "UK" after it (not "Northern UK", a part of the country).
    else if (length >= 2 && length <= 4 && britishArm(ctx, from, end)) type = 'organization';
    // "Imperial College London", "U.S. Embassy Baghdad": a body's head word and its city name one body.
    else if (
      length >= 3 &&
      ORG_HEAD_WORDS.has(tokens[end - 2]?.text ?? '') &&
      cityClosesAt(ctx, end - 1, end)
    )
      type = 'organization';
    // "Manchester United", "Real Madrid", "Bayern Munich": a club named for its city.
    else if (length >= 2 && clubOfPlace(ctx, from, end, known)) type = 'organization';
    // "Westbrook Motors", "Helios Analytics", "Austin Energy": a name and its trade is a company
    // (not "Clean Energy", "Digital Media": common words before the trade name a field).
    else if (
      length >= 2 &&
      (COMPANY_TRADE_WORDS.has(head) || SHOP_WORDS.has(head)) &&
      (!knownInside || known?.value.type === 'location') &&
      // ("5E Advanced Materials": digits and capitals before common words are the name.)
      (nameBeforeTrade(tokens, from, end - 1) || (from === i && from > 0 && digitLeadAt(ctx, from - 1)))
    )
      type = 'organization';
    // "Hurricane Helene", "Tropical Storm Debby": a named storm (a person "Hurricane Helene" before).
    else if (
      length >= 2 &&
      (EVENT_LEADS.has(first.text) ||
        (length >= 3 && STORM_GRADES.has(first.text) && STORM_KINDS.has(tokens[from + 1]?.text ?? '')))
    )
      type = 'event';
    // "Vilnius Summit", "2024 Olympic Games"; not "Press Conference" made of common words.
    else if (
      length >= 2 &&
      EVENT_HEAD_WORDS.has(head) &&
      (knownInside || /\d/.test(words)) &&
      !placeForPurpose(ctx, from)
    )
      type = 'event';
    // ("Farah City"; not "HSI Kansas City", where a known name inside reads the chunk.)
    // ("Spokesman Mark Bridge": after a given name, a head that is also a surname ends a person's name.)
    else if (
      length >= 2 &&
      (PLACE_HEADS.has(head) || (head === 'Ground' && tokens[end - 2]?.text === 'Proving')) &&
      (head !== 'City' || !knownInside) &&
      // ("Fans of Arsenal": an arsenal's name is one or two words, no "of".)
      (head !== 'Arsenal' || !words.includes(' of ')) &&
      !(SURNAME_PLACE_HEADS.has(head) && givenNameAt(ctx, end - 2)) &&
      // ("Mr Palace", "Senator Tower", "Baroness Castle": an honorific or title and a head that
      // is also a surname are a person's; not "King County".)
      !(
        length === 2 &&
        HONOURED_SURNAME_HEADS.has(head) &&
        (honorificAt(ctx, end - 2) || titleHeadEnd(ctx, end - 2) === end - 1)
      ) &&
      // ("Judge Anna Street", "Anna Street said": after a title or beside a speech verb, "Street",
      // "Park" or "Lake" may be a surname.)
      !(
        TITLED_SURNAME_PLACE_WORDS.has(head) &&
        givenNameAt(ctx, end - 2) &&
        (titledAt(ctx, end - 2) || speaksAt(ctx, end - 2, end) || describesPerson(ctx, end)) &&
        !placeSaidBefore(ctx, end - 2)
      ) &&
      // ("Silver Lake, the private equity firm,": described as a business, it is one; below.)
      describedAsBusiness(ctx, end) !== 'closing'
    )
      type = 'location';
    else if (length >= 2 && saintsChurch(tokens, from, end)) type = 'location';
    // "Qayyarah Airfield West": a compass word after the head names part of the place.
    else if (length >= 3 && CAPITAL_COMPASS.has(head) && PLACE_HEADS.has(tokens[end - 2]?.text ?? ''))
      type = 'location';
    else if (
      length >= 2 &&
      (PLACE_LEADS.has(first.text) || ARABIC_PLACE_LEADS.has(first.text) || baseNameAt(tokens, from, end))
    )
      type = 'location';
    // "from RAF Akrotiri", "at RAF Lossiemouth": an air force station, not the air force.
    else if (rafStationAt(ctx, from, end)) type = 'location';
    // "Nad-e Ali", "Qala-i Naw", "Pul-e Khumri": a name joined by the Persian ezafe is a place's.
    // (The ezafe first: a loop over a few tokens, where the given names are a look-up in 21,000.)
    else if (length <= 7 && ezafeInside(tokens, from, end) && !FIRST_NAMES.has(first.text)) type = 'location';
    // "Diabetes UK", "Cricket Victoria", "Police Scotland", "Cboe Japan": a word before a country
    // or state names a body of it.
    else if (length === 2 && bodyNamedForPlace(ctx, from, titleCaseLines(ctx))) type = 'organization';
    // "exercise, Steadfast Noon" / "operation Althea"
    const before = tokens[from - 1]?.text === ',' ? tokens[from - 2] : tokens[from - 1];
    if (!type && before && EVENT_NOUNS.has(before.text) && !known) type = 'event';
    // "the town of Dabiq", "in Husaybah": an unknown name where a place is expected.
    const beforeBefore = tokens[from - 2];
    const placeOf =
      before?.text === 'of' &&
      !!beforeBefore &&
      (PLACE_OF_NOUNS.has(beforeBefore.text) || PLURAL_PLACE_NOUNS.has(beforeBefore.text));
    // "the villages of Yakla and Al Ghayil", "the towns of Mahfad and Lawdar": two places.
    const placesOf = !type && placeOf && !/\d/.test(words) ? placesJoinedByAnd(ctx, from, end) : undefined;
    if (placesOf) {
      for (const place of placesOf) candidates.push(place);
      i = end - 1;
      continue;
    }
    if (!type && placeOf && !known) type = 'location';
    // "the German company Züblin", "the British firm Voganlei and Coode": a name after a word for a business.
    if (!type && before && BUSINESS_NOUNS.has(before.text) && !knownInside && !/\d/.test(words))
      type = 'organization';
    // "Niron Magnetics, a Minnesota company developing …", "Sila Nanotechnologies, a
    // California-based manufacturer": a name described as a business in apposition.
    // ("Morgan Stanley, the bank,": a given name first only where no person could be so described.)
    const business = !type && !knownInside ? describedAsBusiness(ctx, end) : undefined;
    if (business && (business === 'closing' || !FIRST_NAMES.has(first.text))) type = 'organization';
    // "Macy's Chief Executive Tony Spring", "Walgreens' chief financial officer": officers only a business has.
    // (Not a person's: "Jane's founder"; a given name that is also a word may be a firm's: "Ford's".)
    if (!type && !knownInside && !known && !FIRST_NAMES.has(first.text) && possessedByOfficers(ctx, end))
      type = 'organization';
    // "Metrolink CEO Darren Kettle", "Jane Doe, Acme Robotics CEO, said": the name before a
    // company's officer and their name, or in apposition after a person's, is the company's. (Not
    // "Former CEO Jane Doe": a common word alone opens the sentence.)
    if (
      !type &&
      !knownInside &&
      !known &&
      length <= 3 &&
      !FIRST_NAMES.has(first.text) &&
      !(length === 1 && isCommonWord(first.text.toLowerCase())) &&
      namedBeforeOfficer(ctx, end)
    )
      type = 'organization';
    // "David Graber, American Battery Materials CEO, said": in such an apposition a company's
    // name may open with a demonym or a place ("American", "Texas"), words after it.
    if (
      !type &&
      length <= 3 &&
      (!known ||
        ((known.value.type === 'nationality' || known.value.type === 'location') && known.endToken < end)) &&
      namedInOfficerApposition(ctx, from, end) &&
      companyInApposition(ctx, from, end)
    )
      type = 'organization';
    // "head of offshore operations at Ørsted", "a partner at Breakwater Capital": where someone works.
    // (Not an acronym alone, "Director of Health and Wellbeing at PHE": the acronym rules link it;
    // not a name with its possessive, "at Lloyd's", nor an event, "at Glastonbury Festival".)
    if (
      !type &&
      before?.text === 'at' &&
      !(length === 1 && first.allCaps) &&
      !POSSESSIVE_S.has(tokens[end]?.text ?? '') &&
      !EVENT_HEAD_WORDS.has(head) &&
      nameWordCount(tokens, from, end) <= 4 &&
      !knownInside &&
      !/\d/.test(words) &&
      workplaceAt(ctx, from - 1)
    )
      type = 'organization';
    // "owner of Signwise Chandler", "co-founder of Brightline": what an owner or founder, written in
    // lower case, is "of" is a business (a place or body the knowledge base knows is read as such).
    if (
      !type &&
      before?.text === 'of' &&
      OWNED_BY.has(tokens[from - 2]?.text ?? '') &&
      !POSSESSIVE_S.has(tokens[end]?.text ?? '') &&
      nameWordCount(tokens, from, end) <= 4 &&
      !knownInside &&
      !known
    )
      type = 'organization';
    // "investing $400 million into Sunrise Energy Metals": what money is put into is a business.
    if (!type && before?.text === 'into' && investedBefore(ctx, from - 1) && !knownInside && length >= 2)
      type = 'organization';
    // "in Husaybah"; "Near Kisik, …" opening a strike report's sentence.
    // Not "in Houthi-controlled territory": a name glued to a lower-case word describes the noun after it.
    // Nor "in Series B funding", "in Tesla shares": a name before a word of finance modifies it.
    const compound =
      (tokens[end]?.text === '-' && tokens[end]?.gap === 'none' && !tokens[end + 1]?.upper) ||
      (tokens[end]?.gap === 'space' && FINANCE_NOUNS.has(tokens[end]?.text ?? ''));
    // ("Near Intelligence, Inc. (NASDAQ: NIR)": a comma before a legal form is a company's.)
    const opening =
      before !== undefined &&
      OPENING_PLACE_PREPOSITIONS.has(before.text) &&
      tokens[end]?.text === ',' &&
      !LEGAL_FORM_SET.has(tokens[end + 1]?.text ?? '');
    // "liberated Qayyarah", "fled to Susah": verbs that take a place as their object.
    const placeVerb =
      before !== undefined &&
      (PLACE_VERBS.has(before.text) ||
        (before.text === 'to' && MOVEMENT_VERBS.has(tokens[from - 2]?.text ?? '')) ||
        // "south of Hawija", "10 kilometers west of Qayyarah"
        (before.text === 'of' && COMPASS_WORDS.has(tokens[from - 2]?.text ?? '')));
    const articleCue =
      before !== undefined && ARTICLE_PLACE_PREPOSITIONS.has(before.text) && opensWithArticle(tokens, from);
    const placeCue =
      before !== undefined &&
      !compound &&
      (PLACE_PREPOSITIONS.has(before.text) || opening || placeVerb || articleCue) &&
      !(
        before.text === 'in' &&
        (FIELD_BEFORE_IN.has(tokens[from - 2]?.text ?? '') || aLeaderInAt(tokens, from - 2))
      );
    // "Near Baghdadi, four strikes …": opening a sentence so, even a name the knowledge base has
    // for a person is the town (al-Baghdadi), not the man.
    const personNamed = known?.value.type === 'person' && known.endToken === end;
    if (
      !type &&
      placeCue &&
      // ("worked in Corporate Development", "in Investment Banking": common words name a field;
      // not "in New Guinea", where a place the knowledge base knows is inside.)
      (knownInside || !fieldOfWork(tokens, from, end)) &&
      // "Near Al Baghuz Fawqani, …": opening a strike line, a town may take more words.
      (nameWordCount(tokens, from, end) <= 2 || (opening && nameWordCount(tokens, from, end) <= 4)) &&
      !ctx.sentenceStart[from] &&
      (!known || (opening && personNamed)) &&
      // "in Foreign Ministers' session": people by their office are no place.
      !PLURAL_TITLES.has(head) &&
      !/\d/.test(words)
    )
      type = 'location';
    // "near Musa Qala and Kajaki": after a preposition of place, unknown names joined by "and"
    // are places each, as one alone would be.
    const listedPlaces =
      !type && placeCue && !ctx.sentenceStart[from] && !/\d/.test(words)
        ? placesJoinedByAnd(ctx, from, end)
        : undefined;
    if (listedPlaces) {
      for (const place of listedPlaces) candidates.push(place);
      i = end - 1;
      continue;
    }
    // There the place outranks a guess at a person from its words ("Near Ayn Isa, …").
    const tier = opening && type === 'location' ? 2 : 1;
    // "Hamrin mountains", "Al-Sinek neighborhood": an unknown name and a lower-case place noun;
    // "Mosul airport": a town's name, known or not, and a site.
    const tail = tokens[end];
    // "in Kandahar and Uruzgan provinces", "the Nad-e Ali and Nawa districts": names sharing one
    // plural place noun are places each, without the noun (it names neither alone).
    if (
      (!type || type === 'location') &&
      tail?.gap === 'space' &&
      PLURAL_PLACE_NOUNS.has(tail.text) &&
      !/\d/.test(words)
    ) {
      for (const [a, b] of partsJoinedByAnd(tokens, from, end)) {
        const found = ctx.lexicon.exact.longest(tokens, a);
        // "Other cities", "Both provinces": a common word is no name.
        const common = b - a === 1 && isCommonWord(tokens[a]?.text.toLowerCase() ?? '');
        if ((found && found.value.type !== 'location') || common) continue;
        // Named by the part's own entry if the whole part is a name the knowledge base knows.
        const place = placeOver(ctx, a, b, found?.endToken === b ? found.value.canonical : undefined);
        if (place) candidates.push(place);
      }
      i = end;
      continue;
    }
    // "the Hamam al-Alil area", "in Marlow county": a place the rules read (from its lead, after "in")
    // takes its tail too, so that "Marlow county" is one place wherever it stands.
    const open = !type || type === 'location';
    const secondTail = tokens[end + 1];
    const twoWordSite =
      !!tail && secondTail?.gap === 'space' && TWO_WORD_SITE_TAILS.get(tail.text) === secondTail.text;
    const site =
      tail?.gap === 'space' &&
      (SITE_TAILS.has(tail.text) || twoWordSite) &&
      (townAt(ctx, from, end) || (open && !ctx.sentenceStart[from] && !knownInside));
    if (
      (site ||
        (open &&
          tail?.gap === 'space' &&
          PLACE_TAILS.has(tail.text) &&
          !ctx.sentenceStart[from] &&
          !knownInside)) &&
      !/\d/.test(words)
    ) {
      const last = site && twoWordSite ? secondTail : tail;
      // "Farah province" is Farah, as "Nangarhar province" is Nangarhar: named without its unit
      // ("the Eastern province" keeps it: a compass word alone names no place).
      const adminUnit =
        !site && ADMIN_UNIT_NOUNS.has(tail.text) && !(end - from === 1 && CAPITAL_COMPASS.has(first.text));
      const place = text.slice(first.start, adminUnit ? (tokens[end - 1]?.end ?? tail.end) : last.end);
      candidates.push({
        type: 'location',
        startToken: from,
        endToken: site && twoWordSite ? end + 2 : end + 1,
        start: first.start,
        end: last.end,
        tier: 1,
        key: `location:${place}`,
        canonical: place,
      });
      i = end;
      continue;
    }
    // "the Al Bu Nimr tribe", "the Al-Karabla clan": an unknown name and a word for a kin group.
    if (
      !type &&
      tail?.gap === 'space' &&
      KIN_GROUP_TAILS.has(tail.text) &&
      !ctx.sentenceStart[from] &&
      !knownInside &&
      !/\d/.test(words)
    ) {
      candidates.push({
        type: 'organization',
        startToken: from,
        endToken: end + 1,
        start: first.start,
        end: tail.end,
        tier: 1,
      });
      i = end;
      continue;
    }
    // A place name does not run on through "in": "Tel Tamer in Hasaka Province" is two places.
    // Searched inside the chunk only: a search over the whole token array would make long texts quadratic.
    let inAt = -1;
    // ("near Lawdar in Abyan": after a place cue too, the name before "in" is a place.)
    if (!type || type === 'location')
      for (let k = from + 1; k < end; k++)
        if (tokens[k]?.text === 'in') {
          inAt = k;
          break;
        }
    // (Read only when found: tokens[-2] is a look-up by the name "-2", not an index.)
    const inLast = inAt > 0 ? tokens[inAt - 1] : undefined;
    const inKnown = inAt > 0 ? known : undefined;
    // ("Gallipoli Barracks in Enoggera": a place's head word before "in" ends a place.)
    const placeBeforeIn =
      !type && inAt - from >= 2 && PLACE_HEADS.has(inLast?.text ?? '') && !/\d/.test(words);
    const cuedBeforeIn = !type && placeCue && !ctx.sentenceStart[from] && !/\d/.test(words);
    if (
      inAt > 0 &&
      inLast &&
      (type === 'location' ||
        placeBeforeIn ||
        (cuedBeforeIn &&
          inAt - from <= 2 &&
          (!inKnown || inKnown.value.type === 'location') &&
          !(inAt - from === 1 && isCommonWord(first.text.toLowerCase()))))
    ) {
      // A headline's words before "in" are no place when they hold a name the knowledge base
      // types otherwise ("Coalition Strikes Target ISIS in Middle Euphrates River Valley"): only
      // the place after "in" is read; the known names are the gazetteer's.
      if (type === 'location' && !placeBeforeIn && holdsKnownNonPlace(ctx, from, inAt)) {
        i = inAt;
        continue;
      }
      const place = text.slice(first.start, inLast.end);
      candidates.push({
        type: 'location',
        startToken: from,
        endToken: inAt,
        start: first.start,
        end: inLast.end,
        tier: 1,
        key: `location:${place}`,
        canonical: place,
      });
      i = inAt;
      continue;
    }
    // "Public Health England (PHE)": a name defined by the acronym of its words is a body.
    if (!type && length >= 2 && definedByInitials(tokens, from, end)) type = 'organization';
    if (unit && ordinal) {
      const name = text.slice(ordinal.start, last.end);
      candidates.push({
        type: 'organization',
        startToken: from - 1,
        endToken: end,
        start: ordinal.start,
        end: last.end,
        tier: 1,
        key: `organization:${name}`,
        canonical: name,
      });
    } else if (type && !twoKnownNames(ctx, from, end)) {
      // "Near Dayr Az Zawr, …" read from its lead word: still the place the knowledge base knows
      // by that spelling (Deir ez-Zor), one entity with its other spellings.
      const place =
        type === 'location' && known?.endToken === end && known.value.type === 'location'
          ? known.value
          : undefined;
      // "into 5E Advanced Materials": a company's name may open with digits and capitals.
      if (type === 'organization' && from === i && from > 0 && digitLeadAt(ctx, from - 1)) {
        from--;
        first = tokens[from] ?? first;
        words = text.slice(first.start, last.end);
      }
      const name = place?.canonical ?? words;
      // "Acme Robotics Inc." is keyed by "Acme Robotics", as recognize/company-names.ts keys it, so
      // that "About Acme Robotics" and "Chairman of Acme Robotics" are the same company.
      const bare =
        type === 'organization' && LEGAL_FORM_SET.has(head) ? nameBeforeLegalForm(ctx, from, end) : undefined;
      const c: Candidate = {
        type,
        startToken: from,
        endToken: end,
        start: first.start,
        end: last.end,
        tier,
        key: `${type}:${bare ?? name}`,
        canonical: name,
        ...(place?.country ? { country: place.country } : {}),
      };
      candidates.push(c);
      // "Kosovo Force (KFOR)"
      const open = tokens[end];
      const acronym = tokens[end + 1];
      const close = tokens[end + 2];
      if (
        open?.text === '(' &&
        acronym?.allCaps &&
        close?.text === ')' &&
        acronym.text[0] === first.text[0]
      ) {
        // Copied and then set, not spread into a literal: that copy would get a map of its own
        // every time (see attributeQuotes).
        const a: Candidate = Object.assign({}, c);
        a.startToken = end + 1;
        a.endToken = end + 2;
        a.start = acronym.start;
        a.end = acronym.end;
        a.expansion = words;
        candidates.push(a);
        definitions.push({ acronym: acronym.text, candidate: c });
      }
    }
    i = end - 1;
  }
  return { candidates, definitions };
}
