/**
 * "A Foreign Office spokesman said", "a senior U.S. defense official said": someone who speaks for
 * a body without being named. The body (an organisation, a country or a nationality the rules
 * found) and the word for the speaker make a title standing alone, which link/role-references.ts
 * turns into an unnamed person: the speaker of the quote, and re3d's "A Foreign Office spokesman".
 * Only after a determiner ("a", "the", "one", "another"), in the singular ("U.S. defense officials"
 * are a group, recognize/described-groups.ts), and not before a name ("Pentagon spokesman John
 * Kirby" is John Kirby's title, recognize/people.ts).
 */
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { lowerTexts } from './token-text.js';

const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another']);
/** Words before the body that say which speaker: "a senior U.S. official". */
const SENIORITY = new Set(['senior', 'top', 'junior']);
/** Words between the body and the speaker: "a U.S. defense official", "a Pentagon press officer". */
const MODIFIERS = new Set(
  'defense defence military government administration state foreign press intelligence security embassy ministry army navy police coalition senior'.split(
    ' ',
  ),
);
const MAX_MODIFIERS = 2;
const SPEAKERS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officer',
  'diplomat',
  'source',
]);

function speaksFor(c: Candidate): boolean {
  if (c.type === 'organization' || c.type === 'nationality') return true;
  return c.type === 'location' && c.canonical !== undefined && c.country === c.canonical;
}

/** `chosen`: the mentions selected so far, in text order. */
export function recognizeUnnamedSpeakers(ctx: RecognitionContext, chosen: readonly Candidate[]): Candidate[] {
  const { tokens, skip } = ctx;
  const lower = lowerTexts(tokens);
  const out: Candidate[] = [];
  // Indexed: once per document, often unoptimised, where for-of allocates a result per element.
  for (let i = 0; i < chosen.length; i++) {
    const body = chosen[i] as Candidate;
    if (!speaksFor(body)) continue;
    let k = body.endToken;
    let modifiers = 0;
    while (modifiers < MAX_MODIFIERS && MODIFIERS.has(lower[k] ?? '') && tokens[k]?.gap === 'space') {
      k++;
      modifiers++;
    }
    const noun = tokens[k];
    if (!noun || skip[k] || noun.gap !== 'space' || noun.upper || !SPEAKERS.has(lower[k] ?? '')) continue;
    const after = tokens[k + 1];
    if (after?.kind === 'word' && after.upper && after.gap === 'space') continue;
    let from = body.startToken;
    if (SENIORITY.has(lower[from - 1] ?? '')) from--;
    if (!DETERMINERS.has(lower[from - 1] ?? '')) continue;
    const first = tokens[from];
    if (!first) continue;
    out.push({ type: 'role', startToken: from, endToken: k + 1, start: first.start, end: noun.end, tier: 1 });
  }
  return out;
}
