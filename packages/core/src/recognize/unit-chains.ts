/**
 * "3rd Battalion, 75th Ranger Regiment", "Headquarters Company, 3rd Battalion, 75th Ranger
 * Regiment", "2nd Battalion, 1st Special Forces Group (Airborne)": a unit and the formations it
 * belongs to, written one after the other with commas, name one unit, one organisation (as re3d
 * annotates "3rd Battalion, 6th Marines"). Apart, each "3rd Battalion" of a release would be one
 * entity, though the battalions of two regiments are two units.
 */
import { type Candidate, textKey } from './candidate.js';
import { ORDINAL, UNIT_WORDS } from './chunks.js';
import type { RecognitionContext } from './context.js';

/** What a unit's designation may add in brackets: "(Airborne)", "(Air Assault)". */
const DESIGNATIONS = new Set(['Airborne', 'Air Assault', 'Mechanized', 'Light', 'Heavy', 'Rear', 'Forward']);

const isUnit = (ctx: RecognitionContext, c: Candidate) =>
  c.type === 'organization' &&
  (ORDINAL.test(ctx.tokens[c.startToken]?.text ?? '') ||
    UNIT_WORDS.has(ctx.tokens[c.endToken - 1]?.text ?? ''));

/** Echelons, smallest first: a unit belongs to a larger one ("3rd Battalion, 75th Ranger Regiment"). */
const ECHELONS: ReadonlyMap<string, number> = new Map([
  ['Team', 1],
  ['Detachment', 1],
  ['Platoon', 1],
  ['Company', 2],
  ['Battery', 2],
  ['Troop', 2],
  ['Battalion', 3],
  ['Squadron', 3],
  ['Regiment', 4],
  ['Brigade', 4],
  ['Group', 4],
  ['Wing', 4],
  ['Marines', 4],
  ['Division', 5],
  ['Corps', 6],
  ['Fleet', 6],
  ['Army', 6],
  ['Command', 6],
]);

/** The largest echelon a unit's name says ("2nd Brigade Combat Team" is a brigade), or 0. */
function echelon(ctx: RecognitionContext, c: Candidate): number {
  let level = 0;
  for (let k = c.startToken; k < c.endToken; k++)
    level = Math.max(level, ECHELONS.get(ctx.tokens[k]?.text ?? '') ?? 0);
  return level;
}

/**
 * The part after a comma belongs to the unit before it: an ordinal opens it and it is a larger
 * formation ("75th Ranger Regiment" after "3rd Battalion"); "101st Airborne Division, 3rd Infantry
 * Division" is a list of two.
 */
function continues(ctx: RecognitionContext, a: Candidate, b: Candidate): boolean {
  const { tokens } = ctx;
  const comma = tokens[a.endToken];
  const below = echelon(ctx, a);
  return (
    b.type === 'organization' &&
    below > 0 &&
    echelon(ctx, b) > below &&
    comma?.text === ',' &&
    comma.gap === 'none' &&
    b.startToken === a.endToken + 1 &&
    tokens[b.startToken]?.gap === 'space' &&
    ORDINAL.test(tokens[b.startToken]?.text ?? '')
  );
}

/** The token after "(Airborne)" following token `end`, or `end`. */
function designationEnd(ctx: RecognitionContext, end: number): number {
  const { tokens, text } = ctx;
  if (tokens[end]?.text !== '(' || tokens[end]?.gap !== 'space') return end;
  for (let k = end + 2; k <= end + 3; k++) {
    if (tokens[k]?.text !== ')') continue;
    const inside = text.slice(tokens[end + 1]?.start ?? 0, tokens[k - 1]?.end ?? 0);
    return DESIGNATIONS.has(inside) ? k + 1 : end;
  }
  return end;
}

/** `chosen`: selected mentions in text order; returns them with unit chains joined. */
export function joinUnitChains(ctx: RecognitionContext, chosen: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let joined = false;
  for (let i = 0; i < chosen.length; i++) {
    const first = chosen[i] as Candidate;
    let j = i;
    if (isUnit(ctx, first))
      while (j + 1 < chosen.length && continues(ctx, chosen[j] as Candidate, chosen[j + 1] as Candidate)) j++;
    const last = chosen[j] as Candidate;
    const end = j > i ? designationEnd(ctx, last.endToken) : last.endToken;
    if (j === i) {
      out.push(first);
      continue;
    }
    const endToken = ctx.tokens[end - 1];
    const name = ctx.text.slice(first.start, endToken?.end ?? last.end);
    out.push({
      type: 'organization',
      startToken: first.startToken,
      endToken: end,
      start: first.start,
      end: endToken?.end ?? last.end,
      tier: 1,
      key: textKey('organization', name),
      canonical: name,
    });
    joined = true;
    i = j;
  }
  return joined ? out : chosen;
}
