/**
 * A country that acts is the state, an organisation: "The UK is working with its allies", "UK
 * support", "the UK’s commitment", "UK-France co-operation". A country that is a place stays a
 * location: "in Iraq", "across the UK". Decided from the words right after the mention, so the
 * cost is constant per mention. "stands by" is left out on purpose: our domain guide reads
 * "Türkiye stands by the agreement" as naming the country, where re3d would say organisation.
 * Beyond the words after it, a country acts when it is the agent of a passive with a participle
 * of a state's deeds ("the ceasefire announced by Russia", not "followed by Iraq"), an ally or
 * partner ("our ally Turkey"), the subject of an infinitive a verb asks of it ("enable Iraq to
 * access", "pressed for Russia to use"; not "allow Afghanistan to become"), the second of a
 * hyphenated pair of states ("UK-France co-operation"), and a member of a list that opens its
 * clause and whose last member does something ("Today, the United States and Iraq signed").
 */

import { POSSESSIVE_MARKS } from './apostrophes.js';
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';

/** Verbs and auxiliaries after a country that make it the subject of an action. */
const ACTOR_VERBS = new Set(
  'is was has have had will would should must can could may might continues continue remains remain welcomes welcome condemns condemn calls call supports support urges urge believes believe faces face wants want needs need provides provide shares share recognises recognizes recognise recognize reiterates reiterate expressed expresses announced announces also strongly fully firmly fought fights leads led helped helps agreed agrees rejects rejected demands demanded signed signs pledged pledges committed commits launched launches conducted conducts deployed deploys sent sends imposed imposes vetoed vetoes voted votes joined joins ratified ratifies poses seeks addresses works intends decided decides refused refuses'.split(
    ' ',
  ),
);
/** Nouns after a country (or its possessive) that belong to the state: its acts and its forces ("a U.S. airstrike", "a U.S. service member"). */
const ACTOR_NOUNS = new Set(
  'support commitment role position government aid contribution contributions efforts response decision policy forces military armed brave ambassador relationship partners allies leadership co-operation cooperation funding assistance engagement involvement intervention strategy officials delegation troops airstrike airstrikes strike strikes raid raids operation operations drone drones warplanes aircraft service'.split(
    ' ',
  ),
);

const PREPOSITIONS = new Set(
  'to in into from with against of for on at by about over under between among toward towards across through within without near'.split(
    ' ',
  ),
);

/** Words that join the names of a list: "in Iraq and Syria", "to France, Italy or Spain". */
const LIST_JOINERS = new Set([',', 'and', 'or', 'the']);

/**
 * Participles whose "by" names a state that acted ("announced by Russia", "donated by Italy"). A
 * list, not any "-ed": "followed by Iraq", "inspired by Japan", "bordered by Turkey", "passed by
 * Cyprus" name places.
 */
const AGENT_PARTICIPLES = new Set(
  'announced brokered led co-led backed supported sponsored funded financed donated provided supplied delivered sent deployed imposed launched conducted proposed posed drafted introduced adopted approved ratified recognised recognized signed hosted organised organized initiated mediated negotiated facilitated pledged offered requested rejected condemned welcomed seized detained arrested attacked targeted threatened occupied controlled invaded annexed transferred trained equipped armed granted issued owned operated commissioned ordered purchased bought built developed produced manufactured'.split(
    ' ',
  ),
);

/** "announced by Russia", "co-led by Germany": "by" after an agentive participle names who acted. */
function passiveAgent(ctx: RecognitionContext, byAt: number): boolean {
  const { tokens } = ctx;
  if (tokens[byAt]?.text !== 'by') return false;
  const participle = tokens[byAt - 1];
  if (!participle || participle.upper || participle.gap === 'paragraph') return false;
  // "co-led": the tokens "co", "-", "led".
  const hyphenated =
    tokens[byAt - 2]?.text === '-' && participle.gap === 'none'
      ? `${tokens[byAt - 3]?.text ?? ''}-${participle.text}`
      : '';
  return AGENT_PARTICIPLES.has(participle.text) || AGENT_PARTICIPLES.has(hyphenated);
}

/** "hostile to Israel should …", "war on Ukraine is …": the country right after a preposition. */
function afterPreposition(ctx: RecognitionContext, c: Candidate): boolean {
  const { tokens } = ctx;
  const at = tokens[c.startToken - 1]?.text === 'the' ? c.startToken - 2 : c.startToken - 1;
  const before = tokens[at];
  return !!before && PREPOSITIONS.has(before.text) && !passiveAgent(ctx, at) && !askedToAct(ctx, c, at);
}

/** Verbs that ask an actor to do something: "enable Iraq to access", "urged Iran to stop". */
const ASKING_VERBS = new Set(
  'enable enables enabled enabling allow allows allowed allowing urge urges urged urging encourage encourages encouraged encouraging ask asks asked asking invite invites invited inviting want wants wanted expect expects expected help helps helped helping'.split(
    ' ',
  ),
);
/** Verbs whose preposition then asks an actor: "pressed for Russia to use", "called on Iran to stop". */
const ASKING_PHRASE_VERBS = new Set(
  'press presses pressed pressing push pushes pushed pushing call calls called calling'.split(' '),
);
/**
 * Words after "to" that are no act of a state: no verb ("flights to the UK"), or a verb of what
 * becomes of a place ("allow Afghanistan to become a safe haven").
 */
const NOT_A_VERB = new Set(
  'the a an its their this these those his her our your my all any be become remain stay fall turn slip slide descend emerge grow'.split(
    ' ',
  ),
);

/** Verbs after "for X to" that say what is done in or becomes of a place, not what a state does. */
const PLACE_INFINITIVES = new Set(
  'visit travel tour go come fly sail return resume recover collapse rebuild heal'.split(' '),
);

/**
 * The country is the subject of an infinitive a verb asks of it: "enable Iraq to access", "pressed
 * for Russia to use its influence" (`at`: the token before the country, past any "the").
 */
function askedToAct(ctx: RecognitionContext, c: Candidate, at: number): boolean {
  const { tokens } = ctx;
  const to = tokens[c.endToken];
  const verb = tokens[c.endToken + 1];
  if (to?.text !== 'to' || !verb || verb.upper || verb.kind !== 'word' || NOT_A_VERB.has(verb.text))
    return false;
  const before = tokens[at];
  if (!before) return false;
  if (ASKING_VERBS.has(before.text)) return true;
  // "an important step for Iraq to obtain greater access", "vital for Russia to use its influence":
  // "for" opens the infinitive's subject, whatever comes before it, unless the verb is a trip's or
  // says what becomes of a place ("a good time for Egypt to visit", "years for Syria to recover").
  if (before.text === 'for') return !PLACE_INFINITIVES.has(verb.text);
  return before.text === 'on' && ASKING_PHRASE_VERBS.has(tokens[at - 1]?.text ?? '');
}

/** Verbs in the actor list that say what a country is or has, not what it does. */
const STATIVE = new Set(
  'is was has have had will would should must can could may might also strongly fully firmly'.split(' '),
);
/** Verbs that follow a plural subject: after one, the word in -s before it was a noun ("U.S. vessels were"). */
const AUXILIARIES = new Set(
  'are were have had will would can could may might should must do did remain continue'.split(' '),
);
/**
 * Verbs in -s said of a country as a place, or left to it on purpose: our domain guide reads
 * "Türkiye stands by the agreement" as naming the country (re3d would say organisation).
 */
const PLACE_VERBS = new Set(
  'stands lies sits borders neighbours neighbors spans covers extends stretches'.split(' '),
);
/** Nouns before a country that make it a state: "our ally Turkey", "NATO partner Finland". */
const ALLY_NOUNS = new Set([
  'ally',
  'allies',
  'Ally',
  'Allies',
  'partner',
  'partners',
  'Partner',
  'Partners',
]);

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
  if (POSSESSIVE_MARKS.has(next)) return false;
  return conjunction || next === ',' || next === 'and' || next === 'or';
}

function actsAsState(ctx: RecognitionContext, c: Candidate): boolean {
  const { tokens } = ctx;
  let next = tokens[c.endToken];
  if (!next || next.gap === 'paragraph') return false;
  // "UK-France co-operation", "US-Iraq strategic dialogue"; not "the Syria-Iraq border" (a place
  // between two countries) nor "a Spain-Morocco ferry" (a route).
  if (next.text === '-' && next.gap === 'none' && tokens[c.endToken + 1]?.upper) {
    let k = c.endToken + 1;
    while (k < c.endToken + 5 && tokens[k]?.upper) k++;
    const rest = tokens[k];
    return !!rest && rest.gap === 'space' && relationsNounAt(ctx, rest.start);
  }
  if (POSSESSIVE_MARKS.has(next.text) && next.gap === 'none') {
    next = tokens[c.endToken + 1];
    // "the UK’s brave Armed Forces": one adjective may come first.
    const after = tokens[c.endToken + 2];
    // "Iraq's work with other partners" (not "Japan's work culture": there "work" opens a compound).
    const work = next?.text === 'work' && (after?.kind === 'punct' || PREPOSITIONS.has(after?.text ?? ''));
    return (
      !!next && (work || ACTOR_NOUNS.has(next.text) || (!!after && ACTOR_NOUNS.has(after.text.toLowerCase())))
    );
  }
  const prev = tokens[c.startToken - 1];
  // A country that qualifies a name after it is that name's ("sentenced by United States District Judge …").
  const qualifies = next.upper && next.gap === 'space';
  // "our ally Turkey", "NATO Ally Türkiye".
  if (!qualifies && prev && ALLY_NOUNS.has(prev.text) && prev.gap !== 'paragraph') return true;
  // ("for the UK to lead": the asking word stands before the article.)
  const asker = prev?.text === 'the' ? c.startToken - 2 : c.startToken - 1;
  if (!qualifies && prev && (passiveAgent(ctx, c.startToken - 1) || askedToAct(ctx, c, asker))) return true;
  if (next.gap !== 'space') return false;
  if (ACTOR_VERBS.has(next.text) || ACTOR_NOUNS.has(next.text)) return true;
  // "The U.S. reaffirms …": a sentence that opens with the country and a verb in -s. Not after a
  // subordinator, where the -s word is as often a noun or a verb of a place ("as Pakistan floods
  // recede", "while Spain sees record visitor numbers"): there only the verbs above count.
  const opener = prev?.text === 'The' ? c.startToken - 1 : c.startToken;
  // "while the U.S. vessels were …": a plural noun, not a verb, when a verb follows it.
  const after = tokens[c.endToken + 1]?.text ?? '';
  return (
    !!ctx.sentenceStart[opener] &&
    !next.upper &&
    /[^s]s$/.test(next.text) &&
    next.text.length > 3 &&
    !AUXILIARIES.has(after) &&
    !PLACE_VERBS.has(next.text)
  );
}

/** Verbs after the last country of a list that make the whole list act: deeds, not "is", "has". */
function listActs(ctx: RecognitionContext, last: Candidate): boolean {
  const { tokens } = ctx;
  const next = tokens[last.endToken];
  if (next?.gap !== 'space' || !ACTOR_VERBS.has(next.text)) return false;
  if (!STATIVE.has(next.text)) return true;
  // "The United Kingdom, Denmark and Greece have each contributed warships": an auxiliary, at most
  // one adverb, and a deed in -ed (not "have some of the best beaches").
  let k = last.endToken + 1;
  if (LIST_ADVERBS.has(tokens[k]?.text ?? '')) k++;
  const verb = tokens[k]?.text ?? '';
  if (!AUXILIARY_FORMS.has(next.text) || STATIVE.has(verb) || NOT_A_VERB.has(verb)) return false;
  // "will send", "would support": any verb after a modal; after "have", a participle.
  const modal = next.text === 'will' || next.text === 'would';
  return (modal && /^[a-z]+$/.test(verb)) || /[a-z]ed$/.test(verb) || ACTOR_VERBS.has(verb);
}

/** Adverbs between a list's auxiliary and its verb: "have each contributed", "have jointly announced". */
const LIST_ADVERBS = new Set([
  'each',
  'also',
  'already',
  'jointly',
  'together',
  'all',
  'both',
  'now',
  'today',
]);
/** Auxiliaries that may open a deed: "have contributed", "will send". */
const AUXILIARY_FORMS = new Set(['has', 'have', 'had', 'will', 'would']);

/** Whether the list's first member opens its clause: "Today, the United States and Iraq signed", not "devastated Pakistan and India has sent". */
function opensList(ctx: RecognitionContext, first: Candidate): boolean {
  const { tokens } = ctx;
  const at =
    tokens[first.startToken - 1]?.text.toLowerCase() === 'the' ? first.startToken - 1 : first.startToken;
  return !!ctx.sentenceStart[at] || tokens[at - 1]?.text === ',';
}

/** Nouns after a hyphenated pair of states: "UK-France co-operation", not "a Spain-Morocco ferry". */
function relationsNounAt(ctx: RecognitionContext, offset: number): boolean {
  return PAIR_NOUNS.test(ctx.text.slice(offset, offset + 40));
}
const PAIR_NOUNS =
  /^(?:[a-z]+\s+)?(?:co-operation|cooperation|relations|relationship|talks|summit|agreement|deal|partnership|ties|dialogue|treaty|accord|alliance|interoperability|collaboration|coordination|co-ordination|exercises?|operations?|negotiations|trade|security|defen[cs]e|joint)\b/;

/** Re-type country mentions that act as states; returns the same array. */
export function typeCountryActors(ctx: RecognitionContext, chosen: Candidate[]): Candidate[] {
  // A preposition governs its whole list: "in Iraq and Syria also limits …" keeps Syria a place.
  let previous: Candidate | undefined;
  let previousGoverned = false;
  /** The ungoverned countries of the list running up to `previous`: they act if its last member does. */
  let list: Candidate[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i] as Candidate;
    if (c.type !== 'location' || !c.canonical || c.country !== c.canonical) continue;
    const listed = !!previous && listedAfter(ctx, previous, c);
    const governed: boolean = afterPreposition(ctx, c) || (listed && previousGoverned);
    // "announced by Russia and Turkey", "UK-France co-operation": the state before it acted.
    const joined =
      !!previous &&
      previous.type === 'organization' &&
      (listed ||
        (ctx.tokens[c.startToken - 1]?.text === '-' &&
          previous.endToken === c.startToken - 1 &&
          ctx.tokens[c.startToken]?.gap === 'none' &&
          relationsNounAt(ctx, c.end + 1)));
    previous = c;
    previousGoverned = governed;
    if (!listed) list = [];
    if (governed || (!joined && !actsAsState(ctx, c))) {
      list.push(c);
      continue;
    }
    // "the United States and Iraq signed": the whole list acts.
    const first = list[0];
    if (first && opensList(ctx, first) && listActs(ctx, c)) for (const member of list) actAsState(member);
    list = [];
    actAsState(c);
  }
  return chosen;
}

/** The country acts as the state: an organisation mention under its country's name. */
function actAsState(c: Candidate): void {
  c.type = 'organization';
  c.key = `organization:${c.canonical}`;
}
