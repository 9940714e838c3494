/**
 * Names that hold an abbreviation's full stop or a possessive inside them: "St. Mary's Hospital",
 * "Mt. Sinai", "Prince George's County", "Boston Children's Hospital". Elsewhere a full stop ends
 * a name and a possessive separates two ("Iran's Islamic Revolutionary Guard Corps"); the chunk
 * reader and a title's complement ask here before stopping.
 */
import { FIRST_NAMES } from '../knowledge/first-names.js';
import { ORG_HEAD_WORDS, SHOP_WORDS } from '../knowledge/organization-patterns.js';
import { PLACE_HEADS } from '../knowledge/place-words.js';
import type { Token } from '../text/tokenize.js';
import { POSSESSIVE_S } from './apostrophes.js';

/** Sovereigns whose possessive stands inside a name ("King's Royal Hussars", "Prince George's County"). */
export const ROYAL_POSSESSORS: ReadonlySet<string> = new Set(['King', 'Queen', 'Prince', 'Princess']);

/** Abbreviations opening a name, whose full stop stays inside it: "St. Mary's", "Mt. Sinai", "Ft. Bragg". */
const ABBREVIATED_LEADS = new Set(['St', 'Ste', 'Mt', 'Ft']);
/** Lead words of a saint's name, with or without a full stop. */
const SAINTLY_LEADS: ReadonlySet<string> = new Set(['St', 'Ste', 'Saint', 'Sainte']);

/**
 * Tokens [from, end) name a church for its saint ("St Mary's Church", "Saint Anne Church"): a
 * building, a place; "the Catholic Church", "the Church of England" are bodies.
 */
export function saintsChurch(tokens: readonly Token[], from: number, end: number): boolean {
  return tokens[end - 1]?.text === 'Church' && SAINTLY_LEADS.has(tokens[from]?.text ?? '');
}
/** Classes of people whose possessive opens a body's name: "Children's Hospital", "Women's Hospital". */
const CLASS_POSSESSORS = new Set(['Children', 'Women', 'Men', 'Veterans', 'Mothers']);
/** Capitalised words after such a possessive, at most, up to the name's head word. */
const MAX_AFTER_POSSESSIVE = 4;
/** The head of such names that neither the bodies' nor the places' head words hold: "St Mary's Church". */
const POSSESSIVE_NAME_HEADS = new Set(['Church']);

/** Officers whose office is named with their possessive: "Sheriff's Office", "Prime Minister's Office". */
const OFFICE_OWNERS = new Set(
  'Sheriff Attorney Coroner Marshal Examiner Comptroller Controller Governor Mayor Treasurer Assessor Clerk Auditor Prosecutor Commissioner Recorder Solicitor General Minister Ombudsman Superintendent Registrar President Speaker Secretary Defender Constable Lady Chancellor Premier'.split(
    ' ',
  ),
);
/** What such an office is called. */
const OFFICE_HEADS = new Set(['Office', 'Department', 'Bureau']);
/** Capitalised words of a title before its possessive, at most: "Chief Medical Examiner's Office". */
const OFFICER_WORDS = 4;

/**
 * The possessive at token `at` names an office for its officer ("Polk County Sheriff's Office",
 * "the District Attorney's Office", "the Cook County State's Attorney's Office"): the token of the
 * office's head word, else undefined.
 */
function officeHeadAfter(tokens: readonly Token[], at: number): number | undefined {
  const owner = tokens[at - 1]?.text ?? '';
  let next = at + 1;
  // "State's Attorney's Office": the state's attorney is the officer.
  if (
    owner === 'State' &&
    tokens[next]?.text === 'Attorney' &&
    POSSESSIVE_S.has(tokens[next + 1]?.text ?? '')
  )
    next += 2;
  else if (!OFFICE_OWNERS.has(owner)) return undefined;
  const head = tokens[next];
  return capitalised(head) && head.gap === 'space' && OFFICE_HEADS.has(head.text) ? next : undefined;
}

/**
 * Capitalised words from token `from` that end in an officer's possessive naming an office
 * ("District Attorney's Office"): the token after the office's head word, else undefined. The
 * people rules read no title there.
 */
export function officeNamedForOfficerEnd(tokens: readonly Token[], from: number): number | undefined {
  const owned = possessorEnd(tokens, from, OFFICER_WORDS);
  const head = owned === undefined ? undefined : officeHeadAfter(tokens, owned - 1);
  return head === undefined ? undefined : head + 1;
}

/**
 * Up to `maxWords` capitalised words from token `at` and their possessive ("Germany's", "Goldman
 * Sachs's", "District Attorney's"): the token after the possessive, else undefined.
 */
export function possessorEnd(tokens: readonly Token[], at: number, maxWords: number): number | undefined {
  for (let k = at; k < at + maxWords; k++) {
    const t = tokens[k];
    if (!capitalised(t) || (k > at && t.gap !== 'space')) return undefined;
    const mark = tokens[k + 1];
    if (mark && POSSESSIVE_S.has(mark.text) && mark.gap === 'none') return k + 2;
  }
  return undefined;
}

function capitalised(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word' && t.upper;
}

/** Token `at` is an abbreviated lead ("St", "Mt") whose full stop is glued to it and a capitalised word follows. */
export function abbreviatedLeadAt(tokens: readonly Token[], at: number): boolean {
  const dot = tokens[at + 1];
  return (
    ABBREVIATED_LEADS.has(tokens[at]?.text ?? '') &&
    dot?.text === '.' &&
    dot.gap === 'none' &&
    tokens[at + 2]?.gap === 'space' &&
    capitalised(tokens[at + 2])
  );
}

/**
 * The possessive at token `at`, in a name read from token `from`, stands inside that name: its owner
 * is a saint ("St. Mary's Hospital", "St Paul's Cathedral"), a given name after a sovereign's title
 * ("Prince George's County", "King Edward's School") or a class of people ("Boston Children's
 * Hospital", "Brigham and Women's Hospital"), and capitalised words go on to a body's or a place's
 * head word. "Iran's Islamic Revolutionary Guard Corps", "Acme's Chief Executive" stay two.
 */
export function possessiveInName(tokens: readonly Token[], from: number, at: number): boolean {
  const mark = tokens[at];
  const owner = tokens[at - 1];
  if (!mark || !POSSESSIVE_S.has(mark.text) || mark.gap !== 'none' || !capitalised(owner)) return false;
  if (officeHeadAfter(tokens, at) !== undefined) return true;
  // "Jane's Bakery", "Mario's Pizzeria": a shop named for its owner by a given name.
  const next = tokens[at + 1];
  if (FIRST_NAMES.has(owner.text) && next?.gap === 'space' && SHOP_WORDS.has(next.text)) return true;
  let lead = at - 2;
  if (tokens[lead]?.text === '.' && tokens[lead]?.gap === 'none') lead--;
  const leadWord = lead >= from ? (tokens[lead]?.text ?? '') : '';
  const named =
    SAINTLY_LEADS.has(leadWord) || (ROYAL_POSSESSORS.has(leadWord) && FIRST_NAMES.has(owner.text));
  if (!named && !CLASS_POSSESSORS.has(owner.text)) return false;
  for (let k = at + 1; k <= at + MAX_AFTER_POSSESSIVE; k++) {
    const w = tokens[k];
    if (!capitalised(w) || w.gap !== 'space') return false;
    if (ORG_HEAD_WORDS.has(w.text) || PLACE_HEADS.has(w.text) || POSSESSIVE_NAME_HEADS.has(w.text))
      // ("Children's Hospital Colorado": after a class of people, a name going on past the head
      // is a place's, which the possessive does not open; "Children's Hospital of Philadelphia" is one.)
      return named || !capitalised(tokens[k + 1]) || tokens[k + 1]?.gap !== 'space';
  }
  return false;
}

/**
 * An apostrophe closing a capitalised plural, a capitalised word after it, inside a name: "Leeds
 * Magistrates' Court", "Minister for Veterans' Affairs", "Workers' Party of Korea".
 */
export function pluralPossessiveAt(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at];
  const owner = tokens[at - 1];
  const next = tokens[at + 1];
  return (
    (mark?.text === "'" || mark?.text === '\u2019') &&
    mark.gap === 'none' &&
    capitalised(owner) &&
    owner.text.endsWith('s') &&
    capitalised(next) &&
    next.gap === 'space'
  );
}
