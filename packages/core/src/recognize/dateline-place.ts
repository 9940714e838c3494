/**
 * The place a wire dateline names in capitals, known or not: "AL ASAD AIR BASE, Iraq –", "CAMP
 * TAJI, Iraq –", "DUQM, Oman (NNS) --". A dateline says where the release was issued, so its
 * capitals are a place even when the knowledge base has never heard of it. Offered at the lowest
 * tier: anything else recognised there ("BRUSSELS", "NAVAL SUPPORT ACTIVITY BAHRAIN"'s Bahrain)
 * wins, and this fills only what nothing else read.
 */
import type { Dateline } from '../structure/dateline.js';
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { firstTokenEndingAfter } from './offsets.js';
import { titleCased } from './token-text.js';

/** Glue inside a capitalised place name, between two words with no space: "AL-QAIM", "FORT O'BRIEN". */
const INNER_MARKS = new Set(['-', '.', '’', "'"]);

export function recognizeDatelinePlace(
  ctx: RecognitionContext,
  capsPlace: Dateline['capsPlace'],
): Candidate | undefined {
  if (!capsPlace) return undefined;
  const { tokens } = ctx;
  let first = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.start > capsPlace.start) break;
    if (t.start === capsPlace.start) first = i;
  }
  if (first < 0) return undefined;
  // The capitals up to the first comma or dash: the place proper, not its country ("…, Iraq").
  let end = first;
  while (end < tokens.length) {
    const t = tokens[end];
    if (!t || t.end > capsPlace.end) break;
    const word = t.kind === 'word' && t.allCaps;
    const glue = INNER_MARKS.has(t.text) && t.gap === 'none' && tokens[end + 1]?.gap === 'none';
    if (!word && !glue) break;
    end++;
  }
  const startToken = tokens[first];
  const last = tokens[end - 1];
  if (end === first || !startToken || !last || ctx.skip[first]) return undefined;
  const name = tokens
    .slice(first, end)
    .map((t, k) => (k > 0 && t.gap !== 'none' ? ' ' : '') + titleCased(t))
    .join('');
  return {
    type: 'location',
    startToken: first,
    endToken: end,
    start: startToken.start,
    end: last.end,
    tier: 0,
    key: `location:${name}`,
    canonical: name,
  };
}

/** Countries wholly or mostly south of the equator, whose seasons fall opposite the north's. */
const SOUTHERN_COUNTRIES = new Set(
  'Australia;New Zealand;South Africa;Argentina;Chile;Uruguay;Paraguay;Bolivia;Peru;Brazil;Namibia;Botswana;Zimbabwe;Zambia;Mozambique;Madagascar;Lesotho;Eswatini;Malawi;Angola;Fiji;Papua New Guinea;Samoa;Tonga;Mauritius'.split(
    ';',
  ),
);

/**
 * The dateline's place lies south of the equator ("SYDNEY, 10 March 2025 –", "CANBERRA"): there
 * "last summer" is December to February, which the date resolver's northern seasons do not give.
 */
export function datelineInSouth(ctx: RecognitionContext, capsPlace: Dateline['capsPlace']): boolean {
  if (!capsPlace) return false;
  const found = ctx.lexicon.folded.longest(ctx.tokens, firstTokenEndingAfter(ctx.tokens, capsPlace.start));
  if (found?.value.type !== 'location') return false;
  return SOUTHERN_COUNTRIES.has(found.value.country ?? found.value.canonical);
}
