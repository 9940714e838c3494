/**
 * A name described as a business in apposition: "Niron Magnetics, a Minnesota company developing
 * magnets", "Goldman Sachs, the investment bank,". Read by the chunks (the name is a body) and by
 * the people rules (such a name is no person, whatever its given name: "Morgan Stanley, the bank").
 */

import { isCommonWord } from '../knowledge/common-words.js';
import { FIRST_NAMES } from '../knowledge/first-names.js';
import type { Token } from '../text/tokenize.js';
import { POSSESSIVE_MARKS, POSSESSIVE_S } from './apostrophes.js';
import type { RecognitionContext } from './context.js';

/** Words for a business: "the German company Züblin", "…, a California-based manufacturer". */
export const BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'contractor',
  'broadcaster',
  'manufacturer',
  'carrier',
  'airline',
  'bank',
  'startup',
  // Words a wire release's lead describes its issuer by: "Cloudbench, a leading Google Cloud partner
  // and vertical AI consultancy, today announced", "Brightwell, a provider of payroll software". None
  // describes a person.
  'provider',
  'consultancy',
  'supplier',
  'retailer',
  'distributor',
  'wholesaler',
  'insurer',
  'lender',
  'conglomerate',
  'corporation',
  'subsidiary',
  'nonprofit',
  'charity',
  'utility',
  'automaker',
  'carmaker',
  'chipmaker',
  'drugmaker',
  'biotech',
  'fintech',
  'exporter',
  'platform',
  'marketplace',
  'agency',
]);

/** Business nouns a person may be described by too: "Bob Jones, the contractor". */
const PERSON_TRADES = new Set(['contractor', 'carrier']);
/** Nouns after a business word that make the phrase a person's description ("a company spokesman"). */
const BUSINESS_PEOPLE = new Set(
  'spokesman spokeswoman spokesperson executive executives official officials employee employees founder director officer engineer analyst lawyer worker workers owner president chairman representative'.split(
    ' ',
  ),
);
/** Words of the description before its business noun, at most: "a California-based clean-tech …". */
const BUSINESS_REACH = 8;
/** Words after which a business noun is no longer the description's head: prepositions, relative pronouns, verbs of the clause. */
const NOT_THE_HEAD = new Set(
  'of for to in at on with by from about who whom whose that which where is was are were has had have owns owned runs ran led leads bought sold founded'.split(
    ' ',
  ),
);
/** What may follow the noun closing a description: punctuation, or a relative clause. */
const CLAUSE_ENDS = new Set([',', '.', ';', ':', ')', '–', '—', 'that', 'which', 'whose']);

/**
 * After the name ending before token `end`: a comma, "a", "an" or "the", and within a few words a
 * business noun. 'closing' when the noun closes the description ("…, the investment bank,", "…, a
 * bank that …"), which no person could be; 'open' when "a"/"an" and more words follow the noun
 * ("a Minnesota company developing …"; not "a company spokesman"), or the noun closing it could
 * describe a person too ("the contractor"); else undefined. With "the",
 * only a closing noun counts ("Jane Smith, the company's founder", "…, the bank said").
 */
export function describedAsBusiness(ctx: RecognitionContext, end: number): 'closing' | 'open' | undefined {
  const { tokens } = ctx;
  if (tokens[end]?.text !== ',' || tokens[end]?.gap !== 'none') return undefined;
  const article = tokens[end + 1]?.text;
  const definite = article === 'the';
  if (article !== 'a' && article !== 'an' && !definite) return undefined;
  for (let k = end + 2; k < tokens.length && k <= end + 1 + BUSINESS_REACH; k++) {
    const t = tokens[k];
    if (!t || t.gap === 'newline' || t.gap === 'paragraph') return undefined;
    if (t.kind === 'punct' && t.text !== '-') return undefined;
    // "Jassy, the chief executive of the company,", "Smith, a lawyer who represents the firm,":
    // the business is what the description's head belongs to, not what the name is.
    if (NOT_THE_HEAD.has(t.lower)) return undefined;
    if (!BUSINESS_NOUNS.has(t.text)) continue;
    const next = tokens[k + 1]?.text ?? '';
    // ("Bob Jones, the contractor,", "Tom, the carrier,": a person may be one; a body only when
    // nothing says it is a person, as with "a company developing …".)
    if (CLAUSE_ENDS.has(next)) return PERSON_TRADES.has(t.text) ? 'open' : 'closing';
    return definite || BUSINESS_PEOPLE.has(next) ? undefined : 'open';
  }
  return undefined;
}

/**
 * Officers and owners only a business has, named after its possessive: "Macy's chief executive",
 * "Zentrix's CFO". (A president or a vice president may be a state's too, but every state is a
 * known name, which the chunks do not read here.)
 */
const BUSINESS_OFFICERS = new Set(
  'ceo cfo coo cto cio chairman chairwoman chairperson president founder co-founder cofounder shareholders stockholders subsidiary'.split(
    ' ',
  ),
);
/** Words that may stand between the possessive and the officer: "Macy's new chief executive". */
const OFFICER_MODIFIERS = new Set([
  'new',
  'former',
  'interim',
  'outgoing',
  'incoming',
  'then',
  'acting',
  'senior',
  'executive',
]);
/** A modifier or two: "Castellan's senior vice president", "Zentrix's former executive chairman". */
const MAX_OFFICER_MODIFIERS = 2;
/** Words of a "chief … officer" title before its last word, at most: "chief human resources officer". */
const CHIEF_REACH = 3;

/**
 * After the name ending before token `end`, its possessive and an officer only a business has:
 * "Macy's Chief Executive Tony Spring", "Walgreens' chief financial officer", "Zentrix's
 * shareholders". A person's possessive goes with a spokesman, a chief of staff or shares
 * ("Musk's shares"), which are not read here.
 */
export function possessedByOfficers(ctx: RecognitionContext, end: number): boolean {
  const { tokens } = ctx;
  const mark = tokens[end];
  if (mark?.gap !== 'none') return false;
  // (The bare apostrophe only after a plural: "Walgreens' chief financial officer".)
  if (
    !POSSESSIVE_S.has(mark.text) &&
    !(POSSESSIVE_MARKS.has(mark.text) && /s$/.test(tokens[end - 1]?.text ?? ''))
  )
    return false;
  let k = end + 1;
  while (k <= end + MAX_OFFICER_MODIFIERS && OFFICER_MODIFIERS.has(tokens[k]?.lower ?? '')) k++;
  return officerEnd(tokens, k, BUSINESS_OFFICERS) !== undefined;
}

/**
 * The token after a business's officer starting at token `k` ("CEO", "chief financial officer",
 * "Chief Executive"), one of `officers` or a chief's; undefined if none starts there.
 */
function officerEnd(tokens: readonly Token[], k: number, officers: ReadonlySet<string>): number | undefined {
  const word = tokens[k]?.lower ?? '';
  // ("Trump's chairman of the Joint Chiefs", "Obama's president-elect transition team": an office
  // of its own, which a person may fill for someone.)
  const after = tokens[k + 1]?.text;
  if (officers.has(word)) return after !== 'of' && after !== '-' ? k + 1 : undefined;
  // "vice president": a state's is its own ("Zambia's vice president" is a known place's).
  if (officers === BUSINESS_OFFICERS && word === 'vice' && tokens[k + 1]?.lower === 'president')
    return tokens[k + 2]?.text !== 'of' ? k + 2 : undefined;
  if (word !== 'chief') return undefined;
  // "chief executive", "chief financial officer"; not "chief of staff", "chief economist".
  if (tokens[k + 1]?.lower === 'executive') return tokens[k + 2]?.lower === 'officer' ? k + 3 : k + 2;
  for (let j = k + 1; j <= k + CHIEF_REACH; j++) {
    const t = tokens[j];
    if (t?.kind !== 'word') return undefined;
    if (t.lower === 'officer') return j > k + 1 ? j + 1 : undefined;
  }
  return undefined;
}

/** Officers only a business has, whoever writes them: no state, party or committee has a CEO. */
const COMPANY_ONLY_OFFICERS = new Set('ceo cfo coo cto cio founder co-founder cofounder'.split(' '));

/**
 * After the name ending before token `end`, with no possessive, a business's officer and the
 * officer's name: "Metrolink CEO Darren Kettle", "Zentrix Chief Financial Officer Maria Lopez". The
 * name before such a title is the company's (a chairman or president may be a committee's or a
 * country's, and are not read here).
 */
export function namedBeforeOfficer(ctx: RecognitionContext, end: number): boolean {
  const { tokens } = ctx;
  const after = companyOfficerEnd(tokens, end);
  const name = after === undefined ? undefined : tokens[after];
  return !!name && name.gap === 'space' && name.kind === 'word' && name.upper && !name.allCaps;
}

/**
 * The token after an officer only a company has, written at token `k` after a space ("CEO",
 * "Founder and CEO", "chief executive"); undefined if none starts there.
 */
export function companyOfficerEnd(tokens: readonly Token[], k: number): number | undefined {
  if (tokens[k]?.gap !== 'space') return undefined;
  const after = officerEnd(tokens, k, COMPANY_ONLY_OFFICERS);
  // "Acme Founder and CEO Jane Doe": two offices of one person.
  if (after !== undefined && tokens[after]?.text === 'and')
    return officerEnd(tokens, after + 1, BUSINESS_OFFICERS);
  return after;
}

/** What may follow an officer in apposition: the comma closing it, a verb of speech, the sentence's end. */
const AFTER_APPOSITION = new Set([',', '.', ';', 'said', 'says', 'stated', 'added', 'noted', 'explained']);

/**
 * The name from token `from` to `end` stands between a person's name and a comma before it and a
 * company's officer after it, the apposition closing there: "David Graber, American Battery
 * Materials CEO, said", "…, Acme Robotics CEO stated". The name is the company's, as the name
 * before "CEO Jane Doe" is (namedBeforeOfficer).
 */
export function namedInOfficerApposition(ctx: RecognitionContext, from: number, end: number): boolean {
  const { tokens } = ctx;
  const comma = tokens[from - 1];
  const person = tokens[from - 2];
  if (comma?.text !== ',' || person?.kind !== 'word' || !person.upper || person.allCaps) return false;
  const after = companyOfficerEnd(tokens, end);
  return after !== undefined && AFTER_APPOSITION.has(tokens[after]?.lower ?? '');
}

/** Where, or what part of a company, an officer heads: no company's name ("EMEA CEO", "Nordic CEO"). */
const OFFICER_SCOPES: ReadonlySet<string> = new Set(
  'EMEA APAC LATAM MENA DACH Benelux Nordic Nordics Gulf Americas Asia Europe Africa'.split(' '),
);

/**
 * Tokens [from, end) may name the company in "Jane Doe, Acme Robotics CEO, said": capitalised
 * words (perhaps hyphenated), not opening with a given name or "The", not common words alone
 * ("Marketing CEO", "Global CEO", "Group founder"), a region a business is divided by ("EMEA
 * CEO"), nor places and peoples alone ("Texas CEO", "Indian-American CEO").
 */
export function companyInApposition(ctx: RecognitionContext, from: number, end: number): boolean {
  const { tokens } = ctx;
  const first = tokens[from];
  if (!first || end <= from || FIRST_NAMES.has(first.text) || first.text === 'The') return false;
  let words = 0;
  let common = 0;
  let places = 0;
  for (let k = from; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.text === '-' && t.gap === 'none') continue;
    if (t.kind !== 'word' || !t.upper) return false;
    words++;
    if (isCommonWord(t.lower)) common++;
    const known = ctx.lexicon.exact.longest(tokens, k);
    if (known && (known.value.type === 'location' || known.value.type === 'nationality')) places++;
  }
  if (words === 1 && OFFICER_SCOPES.has(first.text)) return false;
  return common < words && places < words;
}

/**
 * "a leader in", "a global leader in" at token `at` ("leader"): how a release describes a business
 * by its field ("Acme Robotics, a leader in warehouse automation,"); "PKK leaders in Qandil" is no
 * such phrase.
 */
export function aLeaderInAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== 'leader' || tokens[at + 1]?.text !== 'in') return false;
  const before = tokens[at - 1]?.text;
  const twoBefore = tokens[at - 2]?.text;
  return before === 'a' || before === 'an' || twoBefore === 'a' || twoBefore === 'an';
}
