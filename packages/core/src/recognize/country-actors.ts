/**
 * A country that acts is the state, an organisation: "The UK is working with its allies", "UK
 * support", "the UK’s commitment", "UK-France co-operation". A country that is a place stays a
 * location: "in Iraq", "across the UK". Decided from the words right after the mention, so the
 * cost is constant per mention. "stands by" is left out on purpose: our domain guide reads
 * "Türkiye stands by the agreement" as naming the country, where re3d would say organisation.
 */
import { isBorderOrRouteWord } from './borders.js';
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';

/** Verbs and auxiliaries after a country that make it the subject of an action. */
const ACTOR_VERBS = new Set(
  'is was has have had will would should must can could may might continues continue remains remain welcomes welcome condemns condemn calls call supports support urges urge believes believe faces face wants want needs need provides provide shares share recognises recognizes recognise recognize reiterates reiterate expressed expresses announced announces also strongly fully firmly fought fights leads led helped helps agreed agrees rejects rejected demands demanded'.split(
    ' ',
  ),
);
/** Nouns after a country (or its possessive) that belong to the state: its acts and its forces ("a U.S. airstrike", "a U.S. service member"). */
const ACTOR_NOUNS = new Set(
  'support commitment role position government aid contribution contributions efforts response decision policy forces military armed brave ambassador relationship partners allies leadership co-operation cooperation funding assistance engagement involvement intervention strategy officials delegation troops airstrike airstrikes strike strikes raid raids operation operations drone drones warplanes aircraft service'.split(
    ' ',
  ),
);
const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);

const PREPOSITIONS = new Set(
  'to in into from with against of for on at by about over under between among toward towards across through within without near'.split(
    ' ',
  ),
);

/** Words that join the names of a list: "in Iraq and Syria", "to France, Italy or Spain". */
const LIST_JOINERS = new Set([',', 'and', 'or', 'the']);

/** "hostile to Israel should …", "war on Ukraine is …": the country right after a preposition. */
function afterPreposition(ctx: RecognitionContext, c: Candidate): boolean {
  const { tokens } = ctx;
  const before = tokens[c.startToken - 1];
  const beforeArticle = before?.text === 'the' ? tokens[c.startToken - 2] : before;
  return !!beforeArticle && PREPOSITIONS.has(beforeArticle.text);
}

/**
 * `c` continues the list `previous` is in: only list joiners stand between them, and a comma alone
 * joins only where the list goes on after `c` ("in Australia, Canada, and France", not "In Iraq,
 * the UK is working …", where the comma ends a phrase).
 */
function listedAfter(ctx: RecognitionContext, previous: Candidate, c: Candidate): boolean {
  const { tokens } = ctx;
  if (c.startToken <= previous.endToken) return false;
  let conjunction = false;
  for (let i = previous.endToken; i < c.startToken; i++) {
    const token = tokens[i];
    if (!token || token.gap === 'paragraph' || !LIST_JOINERS.has(token.text)) return false;
    conjunction ||= token.text === 'and' || token.text === 'or';
  }
  const next = tokens[c.endToken]?.text ?? '';
  // "with Poland and the United States’ strong support": a possessive starts a phrase of its own.
  if (POSSESSIVE.has(next)) return false;
  return conjunction || next === ',' || next === 'and' || next === 'or';
}

function actsAsState(ctx: RecognitionContext, c: Candidate): boolean {
  const { tokens } = ctx;
  let next = tokens[c.endToken];
  if (!next || next.gap === 'paragraph') return false;
  // "UK-France co-operation"; not "the Syria-Iraq border", a place between two countries.
  if (next.text === '-' && next.gap === 'none' && tokens[c.endToken + 1]?.upper)
    return !isBorderOrRouteWord(tokens[c.endToken + 2]?.text ?? '');
  if (POSSESSIVE.has(next.text) && next.gap === 'none') {
    next = tokens[c.endToken + 1];
    // "the UK’s brave Armed Forces": one adjective may come first.
    const after = tokens[c.endToken + 2];
    return !!next && (ACTOR_NOUNS.has(next.text) || (!!after && ACTOR_NOUNS.has(after.text.toLowerCase())));
  }
  if (next.gap !== 'space') return false;
  if (ACTOR_VERBS.has(next.text) || ACTOR_NOUNS.has(next.text)) return true;
  // "The U.S. reaffirms …": a sentence that opens with the country and a verb in -s.
  const prev = tokens[c.startToken - 1];
  const opensSentence =
    ctx.sentenceStart[c.startToken] || (prev?.text === 'The' && ctx.sentenceStart[c.startToken - 1]);
  return !!opensSentence && !next.upper && /[^s]s$/.test(next.text) && next.text.length > 3;
}

/** Re-type country mentions that act as states; returns the same array. */
export function typeCountryActors(ctx: RecognitionContext, chosen: Candidate[]): Candidate[] {
  // A preposition governs its whole list: "in Iraq and Syria also limits …" keeps Syria a place.
  let previous: Candidate | undefined;
  let previousGoverned = false;
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i] as Candidate;
    if (c.type !== 'location' || !c.canonical || c.country !== c.canonical) continue;
    const governed: boolean =
      afterPreposition(ctx, c) || (!!previous && previousGoverned && listedAfter(ctx, previous, c));
    previous = c;
    previousGoverned = governed;
    if (governed || !actsAsState(ctx, c)) continue;
    c.type = 'organization';
    c.key = `organization:${c.canonical}`;
  }
  return chosen;
}
