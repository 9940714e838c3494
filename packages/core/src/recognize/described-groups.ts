/**
 * Organisations named by description: a nationality or country and a body of people or power
 * ("Iraqi security forces", "the Turkish government", "Syrian opposition", "Russian troops", "the
 * government of Iraq"), or a leader's name and "regime" ("Assad regime").
 */
import { isCommonWord } from '../knowledge/common-words.js';
import { ORG_HEAD_WORDS, ORG_LEAD_PATTERNS } from '../knowledge/organization-patterns.js';
import { POSSESSIVE_S } from './apostrophes.js';
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { titleHeadEnd } from './people.js';
import { lowerTexts } from './token-text.js';
import { TokenTrie } from './token-trie.js';

export const GROUP_NOUNS: ReadonlySet<string> = new Set(
  'government governments state forces troops army military navy opposition regime mission television media broadcaster authorities police militia militias parliament administration coalition ministry delegation embassy rebels fighters soldiers officials diplomats leadership leaders people companies firms citizens nationals civilians children parties businesses communities community counterparts universities population insurgency insurgents preservationists officers peshmerga members advisers advisors personnel commanders sailors airmen marines servicemembers'.split(
    ' ',
  ),
);
/** The group nouns that are a state's own bodies, which a country's possessive names ("Iraq’s government"). */
const STATE_BODIES = new Set(
  'government forces troops army military navy regime authorities police militia militias parliament administration ministry delegation embassy leadership leaders officials diplomats'.split(
    ' ',
  ),
);
/** Words that may stand between the nationality and the group noun ("Iraqi security forces"). */
const GROUP_MODIFIERS = new Set(
  'security armed national interim transitional federal central regional local moderate special naval air ground elite partner allied coalition military senior government state religious intelligence peshmerga service operations defense defence counterterrorism counter-terrorism'.split(
    ' ',
  ),
);
const MAX_MODIFIERS = 2;
/**
 * Members and parts of a named body: after an organisation's name they name a group of it, which
 * re3d annotates whole ("ISIL terrorists", "EU leaders", "Coalition foreign ministers": 8 of the 9
 * such spans on dev).
 */
const MEMBER_NOUNS = new Set(
  'forces troops military soldiers fighters terrorists militants insurgents leaders leadership commanders ministers members officials personnel unit units militias advisers advisors partners sailors airmen marines servicemembers'.split(
    ' ',
  ),
);
/** Words that may stand between the organisation and the member noun ("Coalition foreign ministers"). */
const MEMBER_MODIFIERS = new Set(
  'foreign defence defense senior military security ground special tactical service'.split(' '),
);

/** What a place's police is, written after "police": its department. */
const POLICE_BODIES = new Set(['department']);

/** Members of a body named after "of": "Members of the Security Council", "senior officials of the EU". */
const MEMBERS_OF = new Set(['members', 'officials', 'leaders', 'representatives', 'ministers']);

/** "the government of Iraq", "the people of Syria", "Members of the Security Council" */
function groupOfCountry(ctx: RecognitionContext, lower: readonly string[], i: number): Candidate | undefined {
  const { tokens } = ctx;
  const noun = tokens[i];
  const word = lower[i] as string;
  if (!noun || tokens[i + 1]?.text !== 'of') return undefined;
  const ofCountry = GROUP_NOUNS.has(word);
  const ofBody = MEMBERS_OF.has(word);
  if (!ofCountry && !ofBody) return undefined;
  let k = i + 2;
  if (tokens[k]?.text === 'the') k++;
  const place = ctx.lexicon.exact.longest(tokens, k);
  const body = ofBody && place?.value.type === 'organization';
  const country =
    ofCountry && place?.value.type === 'location' && place.value.country === place.value.canonical;
  if (!place || (!body && !country)) return undefined;
  // "the leadership of U.S. Senator Alex Padilla": the country is a title's, whose holder is meant.
  const after = tokens[place.endToken];
  if (after?.gap === 'space' && after.upper && titleHeadEnd(ctx, place.endToken) !== undefined)
    return undefined;
  const last = tokens[place.endToken - 1];
  if (!last) return undefined;
  return {
    type: 'organization',
    startToken: i,
    endToken: place.endToken,
    start: noun.start,
    end: last.end,
    tier: 1,
  };
}

/** Nouns that, after a nationality, describe a place ("Iraqi territory", "the Syrian town of Dabiq"). */
const PLACE_NOUNS = new Set('territory town city village island border side coast capital'.split(' '));

/**
 * "Iraqi territory", "the Kuwaiti island of Failaka": a nationality and a place noun describe a
 * place, and "of" and a name extend it; a name the gazetteer knows makes it that place ("the
 * Syrian town of Palmyra" is Palmyra).
 */
function describedPlace(
  ctx: RecognitionContext,
  lower: readonly string[],
  i: number,
  k: number,
): Candidate | undefined {
  const { tokens } = ctx;
  const first = tokens[i];
  const noun = tokens[k];
  if (!first || noun?.gap !== 'space' || !PLACE_NOUNS.has(lower[k] as string)) return undefined;
  // "the Omani coast guard": a country's coast guard is a body, no stretch of coast.
  if (lower[k] === 'coast' && lower[k + 1] === 'guard' && tokens[k + 1]?.gap === 'space') {
    const end = tokens[k + 1]?.end ?? noun.end;
    return { type: 'organization', startToken: i, endToken: k + 2, start: first.start, end, tier: 1 };
  }
  let end = k + 1;
  const name = tokens[k + 2];
  const ofName = lower[k + 1] === 'of' && name?.kind === 'word' && name.upper && !ctx.skip[k + 2];
  // "the Syrian city of Raqqa": the place described is the known Raqqa.
  const known = ofName ? ctx.lexicon.exact.longest(tokens, k + 2) : undefined;
  const knownPlace = known?.value.type === 'location' ? known.value : undefined;
  if (knownPlace && known) end = known.endToken;
  else if (ofName && !known) {
    end = k + 3;
    // The rest of the name: further capitalised words, or pieces joined without a space ("Ba'idn").
    while (
      end < tokens.length &&
      !ctx.skip[end] &&
      ((tokens[end]?.gap === 'none' && tokens[end]?.kind === 'word') ||
        (tokens[end]?.gap === 'none' && tokens[end]?.text === "'" && tokens[end + 1]?.gap === 'none') ||
        (tokens[end]?.gap === 'space' && tokens[end]?.kind === 'word' && tokens[end]?.upper))
    )
      end++;
  }
  const last = tokens[end - 1];
  if (!last) return undefined;
  const place: Candidate = {
    type: 'location',
    startToken: i,
    endToken: end,
    start: first.start,
    end: last.end,
    tier: 1,
  };
  if (knownPlace) {
    const { canonical, country } = knownPlace;
    return { ...place, canonical, key: `location:${canonical}`, ...(country ? { country } : {}) };
  }
  if (end === k + 1 || !name) return place;
  // The place is known by its name: "Failaka", not "the Kuwaiti island of Failaka".
  const canonical = ctx.text.slice(name.start, last.end);
  return { ...place, canonical, key: `location:${canonical}` };
}

/** "ISIL terrorists", "Coalition foreign ministers": a known organisation (tokens i..k) and a member noun. */
function membersOf(
  ctx: RecognitionContext,
  lower: readonly string[],
  i: number,
  k: number,
): Candidate | undefined {
  const { tokens } = ctx;
  let n = k;
  // A modifier only before a member noun: "Coalition military" is itself the group.
  if (
    MEMBER_MODIFIERS.has(lower[n] ?? '') &&
    MEMBER_NOUNS.has(lower[n + 1] ?? '') &&
    tokens[n]?.gap === 'space' &&
    !ctx.skip[n]
  )
    n++;
  const noun = tokens[n];
  const first = tokens[i];
  if (!first || !noun || noun.gap !== 'space' || ctx.skip[n] || !MEMBER_NOUNS.has(lower[n] as string))
    return undefined;
  return { type: 'organization', startToken: i, endToken: n + 1, start: first.start, end: noun.end, tier: 1 };
}

/** Groups that name their branches after countries ("ISIS-Yemen"); "NATO-Russia talks" is no branch. */
const BRANCHING_GROUPS = new Set(['ISIS', 'al-Qaeda']);

/**
 * "ISIS-Yemen", "ISIS-Libya": such a group glued by a hyphen to a country names its branch there,
 * one organisation (not the group and a place).
 */
function affiliateOf(ctx: RecognitionContext, i: number, k: number): Candidate | undefined {
  const { tokens } = ctx;
  const hyphen = tokens[k];
  if (hyphen?.text !== '-' || hyphen.gap !== 'none' || tokens[k + 1]?.gap !== 'none') return undefined;
  const place = ctx.lexicon.exact.longest(tokens, k + 1);
  if (place?.value.type !== 'location' || place.value.placeKind !== 'country') return undefined;
  const after = tokens[place.endToken];
  if (after && after.gap === 'none' && after.kind === 'word') return undefined;
  const first = tokens[i];
  const last = tokens[place.endToken - 1];
  if (!first || !last) return undefined;
  return {
    type: 'organization',
    startToken: i,
    endToken: place.endToken,
    start: first.start,
    end: last.end,
    tier: 1,
  };
}

/**
 * "Iraq’s Security Forces", "the Coalition’s Small Group": a known name, its possessive, and a
 * body named with common words only, ending on an organisation's head word, is one organisation
 * (the body alone, "Security Forces", says nobody's). A proper name keeps its owner apart: "Iran’s
 * Islamic Revolutionary Guard Corps", and so does a body whose "of" phrase opens a body's name
 * (ORG_LEAD_PATTERNS): "the Department of Commerce's Bureau of Industry and Security" is two
 * bodies, each with a name of its own.
 */
function ownedBody(
  ctx: RecognitionContext,
  lower: readonly string[],
  i: number,
  k: number,
): Candidate | undefined {
  const { tokens } = ctx;
  const possessive = tokens[k];
  if (!possessive || !POSSESSIVE_S.has(possessive.text) || possessive.gap !== 'none') return undefined;
  let end = k + 1;
  while (
    end < tokens.length &&
    end - k <= MAX_OWNED_WORDS &&
    tokens[end]?.upper &&
    tokens[end]?.gap === 'space' &&
    !ctx.skip[end] &&
    isCommonWord(lower[end] ?? '')
  )
    end++;
  const head = tokens[end - 1];
  const first = tokens[i];
  if (end === k + 1 || !head || !first || !ORG_HEAD_WORDS.has(head.text)) return undefined;
  // ("the U.S. Army's Corps of Engineers" stays one: "Corps of …" opens no body's name by itself.
  // "Saudi Arabia's Ministry of the Interior": the name may go on through "the".)
  const ownName = `${head.text} ${tokens[end]?.text ?? ''}`;
  const nameGoesOn =
    !!tokens[end + 1]?.upper || (tokens[end + 1]?.text === 'the' && !!tokens[end + 2]?.upper);
  if (ORG_LEAD_PATTERNS.includes(ownName) && nameGoesOn) return undefined;
  return { type: 'organization', startToken: i, endToken: end, start: first.start, end: head.end, tier: 1 };
}
/** Words of the body after the possessive, at most. */
const MAX_OWNED_WORDS = 4;

/** Collective actors named by a fixed phrase. */
const COLLECTIVE_ACTORS = new TokenTrie<true>(true);
for (const phrase of [
  'international community',
  'coalition forces',
  'coalition partners',
  'international partners',
  'security forces',
  'armed forces',
])
  COLLECTIVE_ACTORS.add(phrase, true);

/** The word at `n` is in `set` (lower-cased) and follows a space. */
function isWordAt(
  tokens: RecognitionContext['tokens'],
  lower: readonly string[],
  set: ReadonlySet<string>,
  n: number,
) {
  return set.has(lower[n] ?? '') && tokens[n]?.gap === 'space';
}

export function recognizeDescribedGroups(ctx: RecognitionContext): Candidate[] {
  const { tokens } = ctx;
  const lower = lowerTexts(tokens);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const fixed = ctx.skip[i] ? undefined : COLLECTIVE_ACTORS.longest(tokens, i);
    const first = tokens[i];
    const last = fixed ? tokens[fixed.endToken - 1] : undefined;
    if (fixed && first && last) {
      out.push({
        type: 'organization',
        startToken: i,
        endToken: fixed.endToken,
        start: first.start,
        end: last.end,
        tier: 1,
      });
      i = fixed.endToken - 1;
      continue;
    }
    const ofCountry = ctx.skip[i] ? undefined : groupOfCountry(ctx, lower, i);
    if (ofCountry) {
      out.push(ofCountry);
      i = ofCountry.endToken - 1;
      continue;
    }
    // "coalition advisers", "coalition military forces": the coalition written in lower case.
    const ofCoalition =
      lower[i] === 'coalition' && !ctx.skip[i] ? membersOf(ctx, lower, i, i + 1) : undefined;
    if (ofCoalition) {
      out.push(ofCoalition);
      i = ofCoalition.endToken - 1;
      continue;
    }
    const t = tokens[i];
    if (!t || ctx.skip[i] || t.kind !== 'word' || !t.upper) continue;
    const known = ctx.lexicon.exact.longest(tokens, i);
    const owned = known ? ownedBody(ctx, lower, i, known.endToken) : undefined;
    if (owned) {
      out.push(owned);
      i = owned.endToken - 1;
      continue;
    }
    const affiliate =
      known?.value.type === 'organization' && BRANCHING_GROUPS.has(known.value.canonical)
        ? affiliateOf(ctx, i, known.endToken)
        : undefined;
    if (affiliate) {
      out.push(affiliate);
      i = affiliate.endToken - 1;
      continue;
    }
    const members =
      known?.value.type === 'organization' ? membersOf(ctx, lower, i, known.endToken) : undefined;
    if (members) {
      out.push(members);
      i = members.endToken - 1;
      continue;
    }
    const nationality = known && (known.value.type === 'nationality' || known.value.type === 'location');
    // Qualifier: a demonym or country ("Iraqi", "US"), or a capitalised name before "regime".
    let k = nationality ? known.endToken : i + 1;
    // "Iraq’s government", "Russia’s armed forces": a country's own body, named by its possessive
    // (its people and communities stay the country's: "Iraq’s communities").
    const country =
      nationality && known.value.type === 'location' && known.value.country === known.value.canonical;
    const possessive = country && POSSESSIVE_S.has(tokens[k]?.text ?? '') && tokens[k]?.gap === 'none';
    if (possessive) k++;
    let modifiers = 0;
    // Modifiers only when a group noun follows them ("government forces", but "Turkish government").
    while (
      modifiers < MAX_MODIFIERS &&
      isWordAt(tokens, lower, GROUP_MODIFIERS, k) &&
      (isWordAt(tokens, lower, GROUP_NOUNS, k + 1) || isWordAt(tokens, lower, GROUP_MODIFIERS, k + 1))
    ) {
      k++;
      modifiers++;
    }
    // Back off the modifiers to the last group noun: "U.S. military operations" is "U.S. military".
    while (modifiers > 0 && !isWordAt(tokens, lower, GROUP_NOUNS, k)) {
      k--;
      modifiers--;
    }
    const place =
      nationality && known.value.type === 'nationality' ? describedPlace(ctx, lower, i, k) : undefined;
    if (place) {
      out.push(place);
      i = place.endToken - 1;
      continue;
    }
    const noun = tokens[k];
    if (noun?.gap !== 'space' || !GROUP_NOUNS.has(lower[k] as string)) continue;
    // "the Syrian state" is its institutions; not "the Iraqi state of emergency", "a Palestinian
    // state" (a polity to be), "Red Sea State" (a province).
    if (lower[k] === 'state' && (lower[k + 1] === 'of' || noun.upper || lower[i - 1] !== 'the')) continue;
    if (possessive && !STATE_BODIES.has(lower[k] as string)) continue;
    // "Saudi Arabia's Ministry of the Interior": a capitalised body going on with "of" is named,
    // and the chunks read its name.
    if (possessive && noun.upper && tokens[k + 1]?.text === 'of') continue;
    if (!nationality && lower[k] !== 'regime') continue;
    if (!nationality && ctx.sentenceStart[i]) continue;
    // "Sioux City police department" (a headline's lower case): the department is the body named.
    if (lower[k] === 'police' && isWordAt(tokens, lower, POLICE_BODIES, k + 1) && !ctx.skip[k + 1]) k++;
    // The nationality is not kept as a nested mention: in "the Iraqi government" the group is
    // what is named (nesting it cost a point of dev F1: nationality precision).
    out.push({
      type: 'organization',
      startToken: i,
      endToken: k + 1,
      start: t.start,
      end: tokens[k]?.end ?? noun.end,
      tier: 1,
    });
    i = k;
  }
  return out;
}
