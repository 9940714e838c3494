/**
 * An acronym defined in brackets after a name the rules read whole, whatever read it: "Iraq's
 * Counter Terrorism Service (CTS)", "the Resolute Support Mission (RSM)", "Iranian Islamic
 * Revolutionary Guard Corps Navy (IRGCN)". The chunk reader defines the acronyms of the names it
 * types itself (chunks.ts); this pass, over the selected mentions, covers names read otherwise
 * (known in part, or opened by a possessive or a nationality). The acronym must be the initials of
 * the name's words (small words and a leading possessive or nationality left out), or, where
 * nothing else read it, those of the name in another language ("General Confederation of Lebanese
 * Workers (CGTL)"): then it is a mention of the same entity, and a definition the repeated-names pass uses for its later uses.
 * An acronym the knowledge base knows ("IRGCN") brings its entity: the name is keyed to it.
 */

import { POSSESSIVE_S } from './apostrophes.js';
import type { Candidate } from './candidate.js';
import type { AcronymDefinition } from './chunks.js';
import type { RecognitionContext } from './context.js';

/** Words left out of initials. */
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'de', 'du', 'des']);
const ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;

export function defineAcronyms(
  ctx: RecognitionContext,
  selected: readonly Candidate[],
): { mentions: Candidate[]; definitions: AcronymDefinition[] } {
  const { tokens, text } = ctx;
  const definitions: AcronymDefinition[] = [];
  let out: Candidate[] | undefined;
  for (let i = 0; i < selected.length; i++) {
    const name = (out ?? selected)[i] as Candidate;
    if (name.type !== 'organization' || name.endToken - name.startToken < 2) continue;
    const open = tokens[name.endToken];
    if (open?.text !== '(') continue;
    const acronym = tokens[name.endToken + 1];
    const close = tokens[name.endToken + 2];
    if (close?.text !== ')' || !acronym || !ACRONYM.test(acronym.text)) continue;
    // The mention already read there, if any: among the next few (the list is in text order).
    let at: number | undefined;
    for (let k = i + 1; k < Math.min(selected.length, i + 4); k++)
      if ((selected[k] as Candidate).startToken === name.endToken + 1) at = k;
    const defined = at === undefined ? undefined : (out ?? selected)[at];
    if (defined && (defined.endToken !== name.endToken + 2 || defined.key === name.key)) continue;
    if (
      !initialsMatch(ctx, name, acronym.text) &&
      !(defined === undefined && foreignAcronym(ctx, name, acronym.text))
    )
      continue;
    out ??= [...selected];
    if (defined?.type === 'organization' && defined.expansion && defined.canonical) {
      // Known to the knowledge base: the name written out is that entity.
      out[i] = { ...name, ...(defined.key ? { key: defined.key } : {}), canonical: defined.canonical };
      continue;
    }
    const long = text.slice(name.start, name.end);
    const mention: Candidate = {
      type: name.type,
      startToken: name.endToken + 1,
      endToken: name.endToken + 2,
      start: acronym.start,
      end: acronym.end,
      tier: name.tier,
      expansion: long,
      ...(name.key ? { key: name.key } : {}),
      ...(name.canonical ? { canonical: name.canonical } : {}),
    };
    if (at !== undefined) out[at] = mention;
    else out.push(mention);
    definitions.push({ acronym: acronym.text, candidate: name });
  }
  if (!out) return { mentions: selected as Candidate[], definitions };
  return { mentions: out.sort((a, b) => a.start - b.start || b.end - a.end), definitions };
}

/** Bracketed capitals after a name that are no acronym of it: formats, languages, editions, exchanges, time zones. */
const NOT_ACRONYMS = new Set(
  'PDF DOC DOCX EN FR DE ES AR UPDATED VIDEO PHOTO PHOTOS AUDIO LIVE NEW TBC TBA TSX TSXV NYSE NASDAQ ASX LSE AIM OTC OTCQB OTCQX CSE AMEX EST EDT GMT BST CET'.split(
    ' ',
  ),
);

/**
 * An acronym from the name in its own language, which no other rule read: "the General
 * Confederation of Lebanese Workers (CGTL)", "the Swedish Defence Materiel Administration (FMV)".
 * Only after a name of three words or more, and capitals of two to six letters.
 */
function foreignAcronym(ctx: RecognitionContext, name: Candidate, acronym: string): boolean {
  let words = 0;
  for (let k = name.startToken; k < name.endToken; k++) if (ctx.tokens[k]?.kind === 'word') words++;
  if (words < 3 || !/^[A-Z]{2,6}$/.test(acronym) || NOT_ACRONYMS.has(acronym)) return false;
  // "the Joint Counter-small Unmanned Aircraft Systems Office (JCO)": capitals just before the
  // name opening the acronym say the name was read cut, and the acronym is the whole one's.
  for (let k = name.startToken - 1; k >= Math.max(0, name.startToken - CUT_REACH); k--) {
    const t = ctx.tokens[k];
    if (!t || (t.kind === 'punct' && t.text !== '-')) break;
    if (t.kind === 'word' && t.upper && t.text[0] === acronym[0]) return false;
    if (t.kind === 'word' && !t.upper && t.gap !== 'none') break;
  }
  return true;
}
/** Tokens before a name looked at for the start of its acronym. */
const CUT_REACH = 4;

/** The acronym is the initials of the name's words (marks and small words left out), with or without a leading possessive or nationality. */
function initialsMatch(ctx: RecognitionContext, name: Candidate, acronym: string): boolean {
  const { tokens } = ctx;
  // "Iraq's Counter Terrorism Service": the country and its possessive say whose; "Iranian …" too.
  let owner = name.startToken;
  if (POSSESSIVE_S.has(tokens[owner + 1]?.text ?? '')) owner += 2;
  else if (ctx.lexicon.exact.longest(tokens, owner)?.value.type === 'nationality') owner += 1;
  const initialsFrom = (from: number): string => {
    let initials = '';
    for (let k = from; k < name.endToken; k++) {
      const t = tokens[k];
      if (t && t.kind !== 'punct' && !SMALL_WORDS.has(t.text)) initials += t.text.charAt(0).toUpperCase();
    }
    return initials;
  };
  return (
    initialsFrom(name.startToken) === acronym ||
    (owner !== name.startToken && initialsFrom(owner) === acronym)
  );
}
