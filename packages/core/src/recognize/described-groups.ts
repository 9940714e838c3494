/**
 * Organisations named by description: a nationality or country and a body of people or power
 * ("Iraqi security forces", "the Turkish government", "Syrian opposition", "Russian troops"), or a
 * leader's name and "regime" ("Assad regime"). The nationality stays a mention of its own, nested.
 */
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';

const GROUP_NOUNS = new Set(
  'government governments forces troops army military navy opposition regime authorities police militia militias parliament administration coalition ministry delegation embassy rebels fighters soldiers officials diplomats leadership leaders people'.split(
    ' ',
  ),
);
/** Words that may stand between the nationality and the group noun ("Iraqi security forces"). */
const GROUP_MODIFIERS = new Set(
  'security armed national interim transitional federal central regional local moderate special naval air ground elite partner allied coalition'.split(
    ' ',
  ),
);
const MAX_MODIFIERS = 2;

export function recognizeDescribedGroups(ctx: RecognitionContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || ctx.skip[i] || t.kind !== 'word' || !t.upper) continue;
    const known = ctx.lexicon.exact.longest(tokens, i);
    const nationality = known && (known.value.type === 'nationality' || known.value.type === 'location');
    // Qualifier: a demonym or country ("Iraqi", "US"), or a capitalised name before "regime".
    let k = nationality ? known.endToken : i + 1;
    let modifiers = 0;
    while (
      modifiers < MAX_MODIFIERS &&
      GROUP_MODIFIERS.has(tokens[k]?.text ?? '') &&
      tokens[k]?.gap === 'space'
    ) {
      k++;
      modifiers++;
    }
    const noun = tokens[k];
    if (noun?.gap !== 'space' || !GROUP_NOUNS.has(noun.text.toLowerCase())) continue;
    if (!nationality && noun.text.toLowerCase() !== 'regime') continue;
    if (!nationality && ctx.sentenceStart[i]) continue;
    const headStart = tokens[nationality ? known.endToken : i]?.start;
    out.push({
      type: 'organization',
      startToken: i,
      endToken: k + 1,
      start: t.start,
      end: noun.end,
      tier: 1,
      ...(nationality && headStart !== undefined ? { headStart } : {}),
    });
    i = k;
  }
  return out;
}
