/**
 * Documents: "the accession protocol", "UN Security Council Resolution 2254", "the Paris
 * Agreement", "the Defense Production Act". A document head needs a modifier in front of it, so a
 * bare "the agreement" is not taken.
 */
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { lowerTexts } from './token-text.js';

const HEADS = new Set([
  'order',
  'protocol',
  'treaty',
  'resolution',
  'accord',
  'accords',
  'convention',
  'charter',
  'communiqué',
  'communique',
  'memorandum',
  'declaration',
  'agreement',
  'act',
  'bill',
  'directive',
  'regulation',
  'report',
  'strategy',
]);
const LOWER_HEADS = new Set(['protocol', 'treaty', 'accord', 'memorandum', 'communiqué', 'communique']);
const STOPS = new Set(
  'the a an this that our their its his her of to in on at for with and or by from'.split(' '),
);

export function recognizeDocuments(ctx: RecognitionContext): Candidate[] {
  const { tokens } = ctx;
  const lowered = lowerTexts(tokens);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || ctx.skip[i] || t.kind !== 'word') continue;
    const lower = lowered[i] as string;
    if (!HEADS.has(lower)) continue;
    // Walk back over the modifiers: capitalised words for a named document, one or two
    // lower-case words for a described one ("accession protocol").
    let from = i;
    if (t.upper) {
      while (
        from > 0 &&
        tokens[from - 1]?.upper &&
        tokens[from - 1]?.kind === 'word' &&
        tokens[from]?.gap === 'space' &&
        !ctx.skip[from - 1]
      )
        from--;
      while (from < i && STOPS.has(lowered[from] ?? '')) from++;
    } else if (LOWER_HEADS.has(lower)) {
      const prev = tokens[i - 1];
      if (prev && prev.kind === 'word' && !prev.upper && !STOPS.has(prev.text) && t.gap === 'space') {
        from = i - 1;
        // Keep the article: "the accession protocol" reads as the document's name.
        if (tokens[from - 1]?.text === 'the' && tokens[from]?.gap === 'space') from--;
      }
    }
    // "Resolution 2249", "Executive Order 13582": a numbered document needs no other modifier.
    const numbered = t.upper && tokens[i + 1]?.kind === 'number' && tokens[i + 1]?.gap === 'space';
    if (from === i && !numbered) continue;
    // "Turner Introduces Bill", "New Report": a short capitalised run at a sentence start is a
    // headline or an ordinary word, not a document's name.
    if (t.upper && ctx.sentenceStart[from] && i - from < 3 && tokens[i + 1]?.kind !== 'number') continue;
    let end = i + 1;
    // "Resolution 2254"
    if (tokens[end]?.kind === 'number' && tokens[end]?.gap === 'space') end++;
    const a = tokens[from];
    const b = tokens[end - 1];
    if (a && b)
      out.push({ type: 'document', startToken: from, endToken: end, start: a.start, end: b.end, tier: 1 });
  }
  return out;
}
