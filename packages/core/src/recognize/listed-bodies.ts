/**
 * Names listed as a business's customers, clients, partners or investors are bodies: "Brightline's
 * customers include Kroger, Ahold Delhaize and Tesco", "investors including Sequoia and Accel".
 * Corporate releases name their customers so, and nothing else says those names are companies
 * ("Target" and "Apple" are common words, "Ahold Delhaize" looks like a person). Runs on the
 * selected mentions, over the tokens none of them holds; an item that opens with a given name
 * ("Peter Thiel") is left to the people rules, a known place to the places.
 */
import { FIRST_NAMES } from '../knowledge/first-names.js';
import { type Candidate, heldTokens, namedCandidate } from './candidate.js';
import type { RecognitionContext } from './context.js';

/** Plural nouns for those a business deals with, whose list names bodies. */
const DEALING_NOUNS = new Set([
  'customers',
  'clients',
  'partners',
  'investors',
  'backers',
  'shareholders',
  'suppliers',
  'sponsors',
  'retailers',
  'lenders',
  'brands',
]);
/** Words that open the list after the noun: "customers include", "investors including". */
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

export function recognizeListedBodies(ctx: RecognitionContext, mentions: readonly Candidate[]): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  let held: Uint8Array | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]?.lower;
    if (
      lower !== 'include' &&
      lower !== 'includes' &&
      lower !== 'included' &&
      lower !== 'including' &&
      lower !== 'as'
    )
      continue;
    const start = listStart(ctx, i);
    if (start < 0) continue;
    held ??= heldTokens(tokens.length, mentions);
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
    // Tesco.", "… and Accel backed it"), not inside a phrase ("Fortune 500 companies").
    const after = tokens[items[items.length - 1]?.[1] ?? start];
    if (items.length === 0 || (after && after.kind !== 'punct' && (after.kind !== 'word' || after.upper)))
      continue;
    for (const [from, end] of items) {
      let free = true;
      for (let j = from; j < end; j++) if (held[j]) free = false;
      if (!free) continue;
      const known = ctx.lexicon.exact.longest(tokens, from);
      if (known && known.value.type !== 'organization') continue;
      if (end - from >= 2 && FIRST_NAMES.has(tokens[from]?.text ?? '')) continue;
      out.push(namedCandidate(text, tokens, 'organization', from, end));
    }
    i = k - 1;
  }
  return out;
}
