/**
 * Documents: "the accession protocol", "UN Security Council Resolution 2254", "the Paris
 * Agreement", "the Defense Production Act", "the Minsk agreements", "Turkey’s constitution", "the
 * Geneva Communique", "the Treaty of Lisbon", and, once a document is in view, "the Resolution". A lower-case head
 * needs a name or a modifier in front of it, so a bare "the agreement" is not taken.
 */
import type { Token } from '../text/tokenize.js';
import { POSSESSIVE_S } from './apostrophes.js';
import { type Candidate, textKey } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { lowerTexts } from './token-text.js';

const HEADS = new Set([
  'order',
  'protocol',
  'protocols',
  'treaty',
  'treaties',
  'resolution',
  'resolutions',
  'accord',
  'accords',
  'convention',
  'conventions',
  'charter',
  'communiqué',
  'communique',
  'memorandum',
  'declaration',
  'agreement',
  'agreements',
  'constitution',
  'act',
  'bill',
  'directive',
  'regulation',
  'report',
  'strategy',
]);
/** Lower-case heads a lower-case modifier makes a document: "the accession protocol". */
const LOWER_HEADS = new Set(['protocol', 'treaty', 'accord', 'memorandum', 'communiqué', 'communique']);
/** Lower-case heads a name before them makes a document: "the Minsk agreements", "Turkey’s constitution". */
const AFTER_NAME_HEADS = new Set([
  'agreement',
  'agreements',
  'accord',
  'accords',
  'treaty',
  'treaties',
  'protocol',
  'protocols',
  'communique',
  'communiqué',
  'constitution',
  'convention',
  'resolution',
  'resolutions',
  'charter',
  'memorandum',
  'declaration',
]);
/** Capitalised heads that name a document alone after "the": "under the Constitution", "The Resolution demanded …". */
const DEFINITE_HEADS = new Set([
  'Constitution',
  'Resolution',
  'Treaty',
  'Charter',
  'Agreement',
  'Accord',
  'Accords',
  'Communique',
  'Communiqué',
  'Protocol',
  'Convention',
  'Declaration',
  'Memorandum',
  'Act',
]);
const STOPS = new Set(
  'the a an this that our their its his her of to in on at for with and or by from'.split(' '),
);
/** Capitalised words an "of" phrase may hold after a named document ("Treaty of Lisbon"). */
const MAX_OF_WORDS = 4;

/** A capitalised word, or a dotted capital ("U" in "U.S."). */
const isCapital = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.upper;

/**
 * The first token of the capitalised run ending at `last`: words joined by spaces, glued hyphens
 * and dotted abbreviations ("U.S.-Iraq Strategic Framework").
 */
function capitalisedRunStart(ctx: RecognitionContext, last: number): number {
  const { tokens } = ctx;
  let from = last;
  // Not across a sentence: "… on 8 Out of 10 Cats. The Health Care Act".
  while (from > 0 && !ctx.skip[from - 1] && !ctx.sentenceStart[from]) {
    const cur = tokens[from];
    const prev = tokens[from - 1];
    if (!cur || !prev) break;
    const dottedEnd = prev.text === '.' && prev.gap === 'none' && isCapital(tokens[from - 2]);
    if (cur.gap === 'space' && (isCapital(prev) || dottedEnd)) from--;
    else if (cur.gap === 'none' && (prev.text === '-' || prev.text === '.' || isCapital(prev))) from--;
    else break;
  }
  while (from < last && tokens[from]?.kind === 'punct') from++;
  return from;
}

/**
 * A document's candidate over tokens [from, end) (`a` the first, `b` the last). A function of its
 * own, not a closure in recognizeDocuments' loop: a closure there made V8 allocate a context for
 * the loop's variables on every token (12 MB per megabyte of text).
 */
function documentCandidate(
  from: number,
  end: number,
  a: Token,
  b: Token,
  tier: number,
  extra: Partial<Candidate>,
): Candidate {
  return { type: 'document', startToken: from, endToken: end, start: a.start, end: b.end, tier, ...extra };
}

export function recognizeDocuments(ctx: RecognitionContext): Candidate[] {
  const { tokens } = ctx;
  const lowered = lowerTexts(tokens);
  const out: Candidate[] = [];
  /** The key of the last named document by its head word: "the Resolution" after "Resolution 2328" is that resolution. */
  const lastByHead = new Map<string, string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || ctx.skip[i] || t.kind !== 'word') continue;
    const lower = lowered[i] as string;
    if (!HEADS.has(lower)) continue;
    let from = i;
    if (t.upper) {
      // Capitalised words before a named document.
      from = capitalisedRunStart(ctx, i);
      while (from < i && STOPS.has(lowered[from] ?? '')) from++;
    } else if (t.gap === 'space') {
      const prev = tokens[i - 1];
      const possessive = prev !== undefined && POSSESSIVE_S.has(prev.text) && prev.gap === 'none';
      const nameEnd = possessive ? i - 2 : i - 1;
      const named = isCapital(tokens[nameEnd]) && !STOPS.has(lowered[nameEnd] ?? '') && !ctx.skip[nameEnd];
      if (AFTER_NAME_HEADS.has(lower) && named) {
        from = capitalisedRunStart(ctx, nameEnd);
        while (from < nameEnd && STOPS.has(lowered[from] ?? '')) from++;
      } else if (
        LOWER_HEADS.has(lower) &&
        prev &&
        prev.kind === 'word' &&
        !prev.upper &&
        !STOPS.has(prev.text)
      ) {
        from = i - 1;
        // Keep the article: "the accession protocol" reads as the document's name.
        if (tokens[from - 1]?.text === 'the' && tokens[from]?.gap === 'space') from--;
      }
    }
    const next = tokens[i + 1];
    // "Resolution 2249", "Executive Order 13582": a numbered document needs no other modifier.
    const numbered = t.upper && next?.kind === 'number' && next.gap === 'space';
    // "under the Constitution": a capitalised head after "the", not followed by another name word.
    const definite =
      DEFINITE_HEADS.has(t.text) &&
      (tokens[i - 1]?.text === 'the' || tokens[i - 1]?.text === 'The') &&
      t.gap === 'space' &&
      !(isCapital(next) && next?.gap === 'space');
    if (from === i && !numbered && !definite) continue;
    // "Cmdr. Bill Urban", "Bill Clinton": a head followed by a name word is a given name.
    if (t.upper && !numbered && isCapital(next) && next?.gap === 'space' && next.kind === 'word') continue;
    // "Turner Introduces Bill", "New Report": a short capitalised run at a sentence start is a
    // headline or an ordinary word, not a document's name.
    if (t.upper && ctx.sentenceStart[from] && i - from < 3 && !numbered) continue;
    let end = i + 1;
    // "Resolution 2254", "Resolutions 2254 and 2118"
    if (numbered) {
      end++;
      while (
        (tokens[end]?.text === 'and' || tokens[end]?.text === ',') &&
        tokens[end + 1]?.kind === 'number' &&
        tokens[end + 1]?.gap === 'space'
      )
        end += 2;
    } else if (
      lower === 'act' &&
      tokens[end]?.text === 'of' &&
      tokens[end + 1]?.kind === 'number' &&
      /^(?:1[89]|20)\d\d$/.test(tokens[end + 1]?.text ?? '') &&
      from < i
    ) {
      // "the Inflation Reduction Act of 2022": the year is part of an act's name, not a date of its own.
      end += 2;
    } else if (t.upper && tokens[end]?.text === 'of' && tokens[end]?.gap === 'space') {
      // "the Treaty of Lisbon" ("of 2012" stays the date's).
      let k = end + 1;
      while (
        k < tokens.length &&
        k - end <= MAX_OF_WORDS &&
        isCapital(tokens[k]) &&
        tokens[k]?.gap === 'space'
      )
        k++;
      if (k > end + 1) end = k;
    }
    const a = tokens[from];
    const b = tokens[end - 1];
    if (!a || !b) continue;
    const head = lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
    if (from === i && end === i + 1) {
      const antecedent = lastByHead.get(head);
      out.push(documentCandidate(from, end, a, b, 1, antecedent ? { key: antecedent } : {}));
      continue;
    }
    // "signed an Executive Order boosting …", "a Memorandum of Understanding": one of many, each
    // its own document, not one entity named by the words they share.
    const article = lowered[from - 1];
    const distinct = !numbered && (article === 'a' || article === 'an');
    if (!distinct) lastByHead.set(head, textKey('document', ctx.text.slice(a.start, b.end)));
    // With its year, an act's name outranks the date it holds (a date's tier).
    const year = lower === 'act' && end === i + 3;
    out.push(documentCandidate(from, end, a, b, year ? 2 : 1, distinct ? { distinct } : {}));
  }
  return out;
}
