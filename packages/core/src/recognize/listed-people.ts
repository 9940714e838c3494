/**
 * Unknown names listed with people are people: "Kelly Hu, Tamela D'Amico, Zhang Wei and Lawrence
 * Kao", "The defendants, Juan Hernandez and Tamela D'Amico, were sentenced"; so are those said to
 * be from a body ("Let's go to Idrees Ali from Reuters") or given a title after a comma
 * ("Cheyvoryea Gibson, Special Agent in Charge of the FBI's Detroit Field Office"). Guests, speakers,
 * honourees and defendants come in lists, and a given name the knowledge base has never heard of
 * is still a given name there. Runs on the selected mentions, over the tokens none of them holds:
 * one pass reads the runs beside a list's joins, then a pass forward and one back over those runs
 * (so a list whose known names come last is read too).
 */
import { isCommonWord } from '../knowledge/common-words.js';
import { HEADLINE_VERBS } from '../knowledge/headline-verbs.js';
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { isNeverNameWord } from './people.js';

/** Words of a listed personal name: at least two (one word is a surname or a stage name, too loose). */
const MIN_WORDS = 2;
const MAX_WORDS = 3;

/** Words between a name and the body its holder works for: "Idrees Ali from Reuters". */
const AFFILIATIONS = new Set(['from', 'of']);

/** A run of capitalised words no mention holds, as a list item: [from, end). */
interface Item {
  from: number;
  end: number;
  /** Said to be from a body, or given a title after a comma: a person whatever the list. */
  affiliated: boolean;
}

/** The unheld run of capitalised words from token `at`, if it could be a personal name. */
function nameRun(ctx: RecognitionContext, held: Uint8Array, at: number): Item | undefined {
  const { tokens } = ctx;
  let end = at;
  while (
    end < tokens.length &&
    !held[end] &&
    tokens[end]?.kind === 'word' &&
    tokens[end]?.upper &&
    (end === at || tokens[end]?.gap === 'space')
  )
    end++;
  const words = end - at;
  if (words < MIN_WORDS || words > MAX_WORDS || ctx.skip[at] || isNeverNameWord(ctx, at)) return undefined;
  // Names, not a heading or a phrase: no word in capitals, not every word a common one ("Related Services").
  let common = 0;
  for (let k = at; k < end; k++) {
    const t = tokens[k];
    if (!t || t.allCaps || t.text.length < 2) return undefined;
    // "McKenzie Assumes Command of U.S. Central Command": a headline, not a name from a body.
    if (HEADLINE_VERBS.has(t.text)) return undefined;
    if (isCommonWord(t.text.toLowerCase())) common++;
  }
  if (common === words) return undefined;
  // The item ends at a list join or the end of the sentence, not inside a longer name.
  const after = tokens[end];
  if (after && after.gap === 'none' && after.text !== ',' && after.text !== '.') return undefined;
  return { from: at, end, affiliated: false };
}

/** Tokens of the join before token `at` ("," / "and" / ", and"), if the list goes on there: the join's first token. */
function joinBefore(ctx: RecognitionContext, at: number): number | undefined {
  const { tokens } = ctx;
  const word = tokens[at - 1]?.text;
  if (word === ',') return at - 1;
  if (word === 'and' || word === 'or') return tokens[at - 2]?.text === ',' ? at - 2 : at - 1;
  return undefined;
}

/** The first token after the join after token `end`, if a join follows. */
function afterJoin(ctx: RecognitionContext, end: number): number | undefined {
  const { tokens } = ctx;
  const word = tokens[end]?.text;
  if (word === 'and' || word === 'or') return end + 1;
  if (word !== ',') return undefined;
  const next = tokens[end + 1]?.text;
  return next === 'and' || next === 'or' ? end + 2 : end + 1;
}

export function recognizeListedPeople(ctx: RecognitionContext, chosen: readonly Candidate[]): Candidate[] {
  const { tokens } = ctx;
  const held = new Uint8Array(tokens.length);
  /** Per token: 1 where a person's mention (chosen, or listed here) starts (personStart), or ends just before (personEnd). */
  const personStart = new Uint8Array(tokens.length + 1);
  const personEnd = new Uint8Array(tokens.length + 1);
  /** Per token: 1 where an organisation's mention starts, or a title's (role). */
  const bodyStart = new Uint8Array(tokens.length + 1);
  const roleStart = new Uint8Array(tokens.length + 1);
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i] as Candidate;
    held.fill(1, c.startToken, c.endToken);
    if (c.type === 'organization') bodyStart[c.startToken] = 1;
    if (c.type === 'role') roleStart[c.startToken] = 1;
    if (c.type === 'person') {
      // A titled name's item starts at its title ("chef Sujan Sarkar").
      personStart[c.startToken] = 1;
      personEnd[c.endToken] = 1;
    }
  }
  // "Let's go to Idrees Ali from Reuters", "Jane Roe of Acme Corp.": a name and whom it works for.
  // "Cheyvoryea Gibson, Special Agent in Charge of the FBI's Detroit Field Office": a name and,
  // after a comma, the title it holds.
  const affiliated = (item: Item): boolean => {
    // ("Prince Faisal bin Farhan Al Saud, …": the end of a name read before it, no name of its own.)
    if (personEnd[item.from] === 1 && tokens[item.from]?.gap === 'space') return false;
    const word = tokens[item.end]?.text ?? '';
    if (AFFILIATIONS.has(word)) return bodyStart[item.end + 1] === 1;
    if (word !== ',') return false;
    const title = tokens[item.end + 1]?.text === 'the' ? item.end + 2 : item.end + 1;
    return roleStart[title] === 1;
  };
  // The runs that could be listed names, each read once: one pass over the tokens. A run with no
  // list join on either side is no item of a list, and is not read further.
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || held[i] || t.kind !== 'word' || !t.upper) continue;
    // Only the first word of a run opens an item.
    const previous = tokens[i - 1];
    if (previous?.kind === 'word' && previous.upper && !held[i - 1] && t.gap === 'space') continue;
    const item = nameRun(ctx, held, i);
    if (!item) continue;
    item.affiliated = affiliated(item);
    if (item.affiliated || joinBefore(ctx, item.from) !== undefined || afterJoin(ctx, item.end) !== undefined)
      items.push(item);
    i = item.end - 1;
  }
  const listed = new Uint8Array(items.length);
  const listedAt = (item: Item): boolean => {
    if (item.affiliated) return true;
    const join = joinBefore(ctx, item.from);
    if (join !== undefined && personEnd[join]) return true;
    const next = afterJoin(ctx, item.end);
    return next !== undefined && personStart[next] === 1;
  };
  const visit = (j: number) => {
    const item = items[j];
    if (!item || listed[j] || !listedAt(item)) return;
    listed[j] = 1;
    personStart[item.from] = 1;
    personEnd[item.end] = 1;
  };
  // Forward, then back: a list whose known names come last is read too.
  for (let j = 0; j < items.length; j++) visit(j);
  for (let j = items.length - 1; j >= 0; j--) visit(j);
  const out: Candidate[] = [];
  for (let j = 0; j < items.length; j++) {
    const item = items[j];
    if (!item || !listed[j]) continue;
    const first = tokens[item.from];
    const last = tokens[item.end - 1];
    if (!first || !last) continue;
    out.push({
      type: 'person',
      startToken: item.from,
      endToken: item.end,
      start: first.start,
      end: last.end,
      tier: 1,
    });
  }
  return out;
}
