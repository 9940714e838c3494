/**
 * A person's surname that is also a known place or company: "Lloyd Austin … Austin said",
 * "Michael Bloomberg … Bloomberg said". Once the document has named the person in full, the
 * surname written alone after that, beside a verb of speech, is the person, so the known name's
 * mention gives way and repeated-names.ts reads the surname. Not after a word that says where ("in
 * Austin said …") or an article, nor an acronym; without a verb of speech the place or company
 * stays ("flew to downtown Austin", "Sydney hospitals", "Bayer shares fell").
 */

import { ARTICLES } from '../knowledge/phrase-openers.js';
import { WHERE_WORDS } from '../knowledge/place-words.js';
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { speaksAt } from './people.js';

/** Articles before a name make it a thing: "the Roche headquarters". */

export function yieldToSurnames(ctx: RecognitionContext, mentions: readonly Candidate[]): Candidate[] {
  const { tokens } = ctx;
  // The surnames of people named in two words or more, and where each is first named.
  const namedAt = new Map<string, number>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Candidate;
    if (m.type !== 'person' || m.reference || m.endToken - m.startToken < 2) continue;
    const last = tokens[m.endToken - 1];
    if (last?.kind !== 'word' || !last.upper || last.allCaps) continue;
    const first = namedAt.get(last.text);
    if (first === undefined || m.start < first) namedAt.set(last.text, m.start);
  }
  if (namedAt.size === 0) return mentions as Candidate[];
  // Copied only when a mention gives way (rarely): the whole list is long on a large document.
  let kept: Candidate[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Candidate;
    if (givesWay(ctx, m, namedAt)) kept ??= mentions.slice(0, k);
    else kept?.push(m);
  }
  return kept ?? (mentions as Candidate[]);
}

/** The known place's or company's one-word mention `m` is the surname of a person named before it, speaking. */
function givesWay(ctx: RecognitionContext, m: Candidate, namedAt: ReadonlyMap<string, number>): boolean {
  const { tokens } = ctx;
  if (m.endToken - m.startToken !== 1 || (m.type !== 'location' && m.type !== 'organization')) return false;
  const t = tokens[m.startToken];
  const since = t ? namedAt.get(t.text) : undefined;
  if (!t || since === undefined || m.start < since || t.allCaps) return false;
  const before = tokens[m.startToken - 1]?.lower ?? '';
  if (WHERE_WORDS.has(before) || ARTICLES.has(before)) return false;
  // Only where a person speaks: "Austin said", "said Austin", "Jordan added" ("flights via
  // Denver", "downtown Austin", "Sydney hospitals" stay places).
  return speaksAt(ctx, m.startToken, m.endToken);
}
