/**
 * Names listed as a business's customers, partners or suppliers are bodies: "Brightline's
 * customers include Kroger, Ahold Delhaize and Tesco", "partners including Siemens and ABB".
 * Corporate releases name their customers so, and nothing else says those names are companies
 * ("Target" and "Apple" are common words, "Ahold Delhaize" looks like a person). Runs on the
 * selected mentions and the listed people and places, over the tokens none of them holds; a list
 * that may hold a person ("Bill Gates") or a name cut short ("Coca-Cola") is left alone whole, and
 * a known place to the places.
 */
import { isCommonWord } from '../knowledge/common-words.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../knowledge/first-names.js';
import { WHERE_WORDS } from '../knowledge/place-words.js';
import { type Candidate, heldTokens, namedCandidate } from './candidate.js';
import type { RecognitionContext } from './context.js';

/**
 * Plural nouns for those a business deals with, whose list names bodies. Not investors, backers,
 * shareholders or clients, as often people ("Investors include Bill Gates, Jeff Bezos and …").
 */
const DEALING_NOUNS = new Set([
  'customers',
  'partners',
  'suppliers',
  'sponsors',
  'retailers',
  'lenders',
  'brands',
]);
/** Words after a name that go on with it: "the State of California", "Ben & Jerry's". */
const CUT_AFTER = new Set(['of', 'for', '&']);
/** Abbreviations that open a name with their full stop: "Dr. Soon-Shiong", "St. Jude Medical". */
const NAME_ABBREVIATIONS = new Set([
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Prof',
  'St',
  'Mt',
  'Ft',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
]);
/** Words that open the list after the noun: "customers include", "partners including". */
const LIST_OPENERS = new Set(['include', 'includes', 'included', 'including']);
/** Words between the noun and its opener, at most: "customers in Europe include". */
const OPENER_REACH = 4;
/** Capitalised words of one listed name, at most. */
const MAX_ITEM_WORDS = 4;
/** Names in one list, at most (a list is read in one pass; this only bounds a runaway). */
const MAX_ITEMS = 30;

/** The token after the opener of a list of bodies ending at `at` ("include" of "customers include"), or -1. */
function listStart(ctx: RecognitionContext, at: number): number {
  const { tokens } = ctx;
  let k = at;
  // "customers such as Kroger"
  if (tokens[k]?.lower === 'as' && tokens[k - 1]?.lower === 'such') k--;
  else if (!LIST_OPENERS.has(tokens[k]?.lower ?? '')) return -1;
  for (let j = k - 1; j >= 0 && j >= k - OPENER_REACH; j--) {
    const t = tokens[j];
    if (!t || t.kind === 'punct' || t.gap === 'paragraph') return -1;
    if (DEALING_NOUNS.has(t.lower)) return at + 1;
  }
  return -1;
}

/**
 * The item [from, end) could be a person's name or is cut from a longer name: a given name opens
 * it ("Bill Gates", "Taylor Swift"), a person already holds a word of it, or what follows it goes
 * on with the name ("Coca-Cola", "Ben & Jerry's", "King's College", "Dr. Soon-Shiong", "the State
 * of California").
 */
function notABody(ctx: RecognitionContext, people: Uint8Array, from: number, end: number): boolean {
  const { tokens } = ctx;
  const first = tokens[from]?.text ?? '';
  if (end - from >= 2 && (FIRST_NAMES.has(first) || AMBIGUOUS_FIRST_NAMES.has(first))) return true;
  for (let j = from; j < end; j++) if (people[j]) return true;
  const after = tokens[end];
  if (!after) return false;
  if (after.text === '.') return after.gap === 'none' && NAME_ABBREVIATIONS.has(tokens[end - 1]?.text ?? '');
  return (after.gap === 'none' && after.text !== ',') || CUT_AFTER.has(after.text);
}

export function recognizeListedBodies(ctx: RecognitionContext, mentions: readonly Candidate[]): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  let held: Uint8Array | undefined;
  let people: Uint8Array | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const start = listStart(ctx, i);
    if (start < 0) continue;
    held ??= heldTokens(tokens.length, mentions);
    people ??= heldTokens(
      tokens.length,
      mentions.filter((m) => m.type === 'person'),
    );
    const items: [number, number][] = [];
    let k = start;
    while (items.length < MAX_ITEMS) {
      // "Apple, Target and the BBC"
      if (tokens[k]?.text === 'the' && tokens[k + 1]?.upper) k++;
      const from = k;
      while (
        k < tokens.length &&
        k - from < MAX_ITEM_WORDS &&
        tokens[k]?.kind === 'word' &&
        tokens[k]?.upper &&
        !ctx.skip[k] &&
        (k === from || tokens[k]?.gap === 'space')
      )
        k++;
      if (k === from) break;
      items.push([from, k]);
      // The list goes on after a comma, "and" or ", and"; it ends at anything else.
      if (tokens[k]?.text === ',') k++;
      if (tokens[k]?.lower === 'and') k++;
      if (k === items[items.length - 1]?.[1]) break;
    }
    // A list of names ends at punctuation or the clause's next word ("Kroger, Ahold Delhaize and
    // Tesco.", "… and Tesco supply it"), not inside a phrase ("Fortune 500 companies"). A list with
    // an item that may be a person, or cut from a longer name, is left alone whole.
    const after = tokens[items[items.length - 1]?.[1] ?? start];
    if (items.length === 0 || (after && after.kind !== 'punct' && (after.kind !== 'word' || after.upper)))
      continue;
    let mixed = false;
    for (const [from, end] of items) if (notABody(ctx, people, from, end)) mixed = true;
    if (mixed) continue;
    for (const [from, end] of items) {
      let free = true;
      for (let j = from; j < end; j++) if (held[j]) free = false;
      if (!free) continue;
      const known = ctx.lexicon.exact.longest(tokens, from);
      if (known && known.value.type !== 'organization') continue;
      out.push(namedCandidate(text, tokens, 'organization', from, end));
    }
    i = k - 1;
  }
  return out;
}

/**
 * One uncommon capitalised word joined by "and" to a named body is another body: "the University
 * of Oxford and Siemens", "Siemens and the University of Oxford", "The United Nations and Oxfam".
 * Not a word
 * anything else reads (a known place or person, a given name, the surname of a person named in the
 * document: "Kristalina Georgieva … The IMF and Georgieva"),
 * nor one that opens a sentence or goes on into a longer name ("Siemens Energy").
 */
export function recognizePartnerBodies(ctx: RecognitionContext, mentions: readonly Candidate[]): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  let held: Uint8Array | undefined;
  let surnames: Set<string> | undefined;
  const partnerAt = (k: number): boolean => {
    const t = tokens[k];
    if (t?.kind !== 'word' || !t.upper || t.text.length < 2 || t.gap !== 'space') return false;
    if (ctx.skip[k] || ctx.sentenceStart[k]) return false;
    if (isCommonWord(t.lower) || FIRST_NAMES.has(t.text) || AMBIGUOUS_FIRST_NAMES.has(t.text)) return false;
    if (ctx.lexicon.exact.longest(tokens, k)) return false;
    held ??= heldTokens(tokens.length, mentions);
    if (held[k]) return false;
    surnames ??= new Set(
      mentions
        .filter((m) => m.type === 'person')
        .map((m) => text.slice(m.start, m.end).split(/\s+/).pop() ?? ''),
    );
    if (surnames.has(t.text)) return false;
    // (Taken once: "NATO and Frontex and the EU".)
    held[k] = 1;
    return true;
  };
  /** Nothing capitalised or glued on either side of the word at `k`: it is the whole name. */
  const alone = (k: number): boolean => {
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    const openBefore = before?.kind !== 'word' || !before.upper;
    const openAfter =
      !after ||
      ((after.kind !== 'word' || !after.upper) &&
        (after.gap !== 'none' || after.text === ',' || after.text === '.'));
    return openBefore && openAfter;
  };
  // ("from Cornwall and the G7": where someone comes from is a place.)
  const where = (k: number) => WHERE_WORDS.has(tokens[k]?.lower ?? '');
  // Indexed: once per document, often unoptimised, where for-of allocates a result per element.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Candidate;
    if (m.type !== 'organization' || m.reference || !tokens[m.startToken]?.upper) continue;
    const first = tokens[m.startToken - 1]?.lower === 'the' ? m.startToken - 1 : m.startToken;
    const right = m.endToken + 1;
    if (tokens[m.endToken]?.lower === 'and' && !where(first - 1) && alone(right) && partnerAt(right))
      out.push(namedCandidate(text, tokens, 'organization', right, right + 1));
    const left = first - 2;
    if (tokens[first - 1]?.lower === 'and' && !where(left - 1) && alone(left) && partnerAt(left))
      out.push(namedCandidate(text, tokens, 'organization', left, left + 1));
  }
  return out;
}
