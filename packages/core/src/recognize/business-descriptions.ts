/**
 * A name described as a business in apposition: "Niron Magnetics, a Minnesota company developing
 * magnets", "Goldman Sachs, the investment bank,". Read by the chunks (the name is a body) and by
 * the people rules (such a name is no person, whatever its given name: "Morgan Stanley, the bank").
 */
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
