/**
 * "The group", "this terrorist organization": after a release names an armed group, such a
 * description refers back to it ("Dabiq held symbolic importance to ISIL. The group carried out
 * atrocities there") and becomes one of its mentions, marked as a reference (no alias). Kept
 * narrow, since a wrong link misleads more than a missing one:
 * - only back to an armed group the knowledge base knows, named within about a paragraph;
 * - "organization", "organisation" and "network" only with a word saying what kind ("this
 *   terrorist organization"): bare, they are as often the release's own or any body;
 * - not "the group of experts", nor "the terrorist group ISIL" (that names the group right there);
 *   "the group’s leader" is fine.
 * Unresolved, the description is nothing: "the group" with no group before it names no one.
 */
import { ARMED_GROUP_NAMES } from '../knowledge/organizations.js';
import { type Candidate, heldTokens } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { lowerTexts } from './token-text.js';

const DETERMINERS = new Set(['the', 'this', 'that']);
/** Words saying what kind of group it is ("the jihadist group", "this barbaric group"). */
const KINDS = new Set(
  'terrorist terror jihadist militant extremist insurgent armed barbaric brutal violent radical islamist'.split(
    ' ',
  ),
);
/** Nouns for the group: "group" also bare, the others only after a kind. */
const GROUP_NOUN = 'group';
const KIND_ONLY_NOUNS = new Set(['organization', 'organisation', 'network']);
const MAX_KINDS = 2;
/** How far back, in characters, the group may be named: about a paragraph. */
const REACH = 1500;

/**
 * "This week the coalition conducted 85 strikes": in briefings "the coalition" is the military
 * coalition the release is about, an organisation even when no coalition was named before it
 * (when one was, recognize/repeated-names.ts has made it that one's mention). Not "the coalition
 * of …", which names its members.
 */
function unnamedCoalitions(
  ctx: RecognitionContext,
  lower: readonly string[],
  taken: Uint8Array,
): Candidate[] {
  const { tokens, skip } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i];
    const noun = tokens[i + 1];
    if (!first || !noun || lower[i] !== 'the' || lower[i + 1] !== 'coalition') continue;
    if (noun.upper || noun.gap !== 'space' || lower[i + 2] === 'of') continue;
    if (taken[i] || taken[i + 1] || skip[i] || skip[i + 1]) continue;
    out.push({
      type: 'organization',
      startToken: i,
      endToken: i + 2,
      start: first.start,
      end: noun.end,
      tier: 1,
      key: 'organization:the coalition',
    });
  }
  return out;
}

/** `chosen`: the mentions selected so far; words inside them are no reference. */
export function recognizeGroupReferences(ctx: RecognitionContext, chosen: readonly Candidate[]): Candidate[] {
  const { tokens, skip } = ctx;
  const taken = heldTokens(tokens.length, chosen);
  const lower = lowerTexts(tokens);
  const out: Candidate[] = unnamedCoalitions(ctx, lower, taken);
  const groups = chosen
    .filter(
      (c) => c.type === 'organization' && c.canonical !== undefined && ARMED_GROUP_NAMES.has(c.canonical),
    )
    .sort((a, b) => a.start - b.start);
  if (groups.length === 0) return out;
  let next = 0;
  let last: Candidate | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || skip[i] || taken[i] || !DETERMINERS.has(lower[i] as string)) continue;
    while (next < groups.length && (groups[next] as Candidate).end <= first.start) last = groups[next++];
    if (!last || first.start - last.end > REACH) continue;
    let k = i + 1;
    let kinds = 0;
    while (kinds < MAX_KINDS && KINDS.has(lower[k] ?? '') && tokens[k]?.gap === 'space') {
      k++;
      kinds++;
    }
    const noun = tokens[k];
    const word = lower[k] ?? '';
    const isNoun = word === GROUP_NOUN || (kinds > 0 && KIND_ONLY_NOUNS.has(word));
    if (!noun || skip[k] || taken[k] || noun.gap !== 'space' || !isNoun || lower[k + 1] === 'of') continue;
    // A capitalised noun mid-sentence names something else ("the Wagner Group" is caught before);
    // a name right after is the group named, not one named before ("the terrorist group ISIL").
    if (noun.upper && tokens[i - 1]?.kind === 'word') continue;
    const after = tokens[k + 1];
    if (after && after.gap === 'space' && after.kind === 'word' && after.upper) continue;
    out.push({
      type: 'organization',
      startToken: i,
      endToken: k + 1,
      start: first.start,
      end: noun.end,
      tier: 1,
      key: last.key ?? `organization:${last.canonical}`,
      canonical: last.canonical,
      reference: true,
    });
    i = k;
  }
  return out;
}
