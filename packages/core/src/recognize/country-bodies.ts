/**
 * "United States Department of the Treasury", "UK Foreign Office": a country (or a state or region
 * with a government: "Kurdistan Region Security Council") written just before
 * a government body the knowledge base knows names that body, one organisation (the body's entity:
 * "the Treasury Department" later is the same). The chunks join a country to a body they do not
 * know ("Iraq Ministry of Interior"); a known body is matched on its own, so it is joined here.
 */
import { ORG_HEAD_WORDS } from '../knowledge/organization-patterns.js';
import { type Candidate, textKey } from './candidate.js';
import type { RecognitionContext } from './context.js';

/** Countries whose bodies the knowledge base names generically ("Treasury Department"). */
const GENERIC_BODY_COUNTRIES = new Set(['United States', 'United Kingdom']);

/** First words of a government body's name ("Department of State", "Ministry of Defence"). */
const BODY_LEADS = new Set(['Department', 'Ministry', 'Office', 'Treasury']);

function isGovernmentBody(ctx: RecognitionContext, body: Candidate): boolean {
  const first = ctx.tokens[body.startToken]?.text ?? '';
  const last = ctx.tokens[body.endToken - 1]?.text ?? '';
  return BODY_LEADS.has(first) || (ORG_HEAD_WORDS.has(last) && body.endToken - body.startToken >= 2);
}

/** A state or region with a government of its own: "Kurdistan Region Security Council", "Texas Department of Public Safety". */
function governedRegion(ctx: RecognitionContext, place: Candidate): boolean {
  const known = ctx.lexicon.exact.longest(ctx.tokens, place.startToken);
  if (known?.endToken !== place.endToken || known.value.type !== 'location') return false;
  const { placeKind, country, canonical } = known.value;
  // Inside a country: not a world region ("Middle East Ministry of Defence" is no body of it).
  return (placeKind === 'state' || placeKind === 'region') && country !== undefined && country !== canonical;
}

/** `chosen`: selected mentions in text order; returns them with such pairs joined. */
export function joinCountryBodies(ctx: RecognitionContext, chosen: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  let joined = false;
  const out: Candidate[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const country = chosen[i] as Candidate;
    const body = chosen[i + 1];
    if (
      body &&
      country.type === 'location' &&
      country.canonical !== undefined &&
      (country.country === country.canonical || governedRegion(ctx, country)) &&
      body.type === 'organization' &&
      body.canonical !== undefined &&
      body.startToken === country.endToken &&
      tokens[body.startToken]?.gap === 'space' &&
      isGovernmentBody(ctx, body)
    ) {
      const joinedBody = { ...body, startToken: country.startToken, start: country.start };
      // The knowledge base's bodies with generic names ("Defense Department", "Foreign Office")
      // are American or British: another country's is a body of its own ("Iraq Defense Department").
      if (!GENERIC_BODY_COUNTRIES.has(country.canonical)) {
        const name = ctx.text.slice(country.start, body.end);
        joinedBody.key = textKey('organization', name);
        joinedBody.canonical = name;
      }
      out.push(joinedBody);
      joined = true;
      i++;
      continue;
    }
    out.push(country);
  }
  return joined ? out : chosen;
}
