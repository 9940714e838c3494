/**
 * Companies named with their legal form: "American Battery Materials, Inc.", "Noble Mineral
 * Exploration Inc.", "Acme Holdings Ltd". The legal form says organisation whatever the words before
 * it are (a nationality, a place, a common noun), so the whole name is one organisation, not
 * "American" and "Inc.". One pass over the tokens; each look-back is bounded.
 */
import { LEGAL_FORMS } from '../knowledge/organization-patterns.js';
import type { Candidate } from './candidate.js';
import { LEADING_STOPWORDS } from './chunks.js';
import type { RecognitionContext } from './context.js';

const LEGAL_FORM_SET: ReadonlySet<string> = new Set(LEGAL_FORMS);

/** Words of a company's name before its legal form, at most. */
const MAX_NAME_WORDS = 6;

export function recognizeCompanyNames(ctx: RecognitionContext): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const form = tokens[i];
    if (!form || !LEGAL_FORM_SET.has(form.text) || ctx.skip[i]) continue;
    // "Materials, Inc." or "Exploration Inc.": the name ends before an optional comma.
    let k = i - 1;
    if (tokens[k]?.text === ',' && tokens[k]?.gap === 'none') k--;
    if (form.gap !== 'space') continue;
    let first = -1;
    for (let words = 0; k >= 0 && words < MAX_NAME_WORDS; k--) {
      const t = tokens[k];
      if (!t || ctx.skip[k]) break;
      const capitalised = (t.kind === 'word' && t.upper) || t.kind === 'number';
      const joiner = t.text === '&' || (t.text === '-' && t.gap === 'none');
      if (!capitalised && !joiner) break;
      if (capitalised) {
        first = k;
        words++;
      }
      // The name starts on its own line or after a space; a line break before a word ends it.
      if (t.gap === 'newline' || t.gap === 'paragraph') break;
    }
    // "About American Battery Materials, Inc." heading the boilerplate, "Contact Acme Corp.": a
    // word that opens a phrase, not a name, is left out (as a chunk leaves it out).
    while (first >= 0 && first < i - 1 && LEADING_STOPWORDS.has(tokens[first]?.text ?? '')) first++;
    const start = tokens[first];
    if (first < 0 || !start || !start.upper) continue;
    const dot = tokens[i + 1];
    const end = dot?.text === '.' && dot.gap === 'none' ? i + 2 : i + 1;
    const last = tokens[end - 1];
    if (!last) continue;
    const name = text.slice(start.start, last.end).replace(/\s+/g, ' ');
    out.push({
      type: 'organization',
      startToken: first,
      endToken: end,
      start: start.start,
      end: last.end,
      tier: 1,
      key: `organization:${name}`,
      canonical: name,
    });
  }
  return out;
}
