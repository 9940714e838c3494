/**
 * Paragraph-local recognition, reused across versions of a document. The recognisers that read
 * nothing beyond their own block (people, known names, chunks, amounts, documents, described
 * groups, contacts) run once per paragraph, on the paragraph alone, and their candidates are kept
 * by what they read: the paragraph's text, which of its tokens are residue or start a sentence,
 * and its mined ranges (all of which the document-level structure decides, so a kept paragraph is
 * reused only if they are the same). An edit re-runs them on the paragraphs it touched; the others' candidates are shifted to
 * their new offsets. `analyze()` without a session runs them on the whole document at once; an
 * analysis session's result is the same, which tests/properties and the session tests check.
 *
 * Paragraphs are the structure's blocks (runs of non-blank lines), each with the blank text after
 * it, so they cover the text end to end and every token lies in exactly one.
 */

import { recognizeAboutHeadings } from '../recognize/about-headings.js';
import { recognizeBorders } from '../recognize/borders.js';
import type { Candidate } from '../recognize/candidate.js';
import { type AcronymDefinition, recognizeChunks } from '../recognize/chunks.js';
import { recognizeCompanyNames } from '../recognize/company-names.js';
import { recognizeContacts } from '../recognize/contacts.js';
import type { RecognitionContext } from '../recognize/context.js';
import { recognizeCoordinates } from '../recognize/coordinates.js';
import { recognizeDescribedGroups } from '../recognize/described-groups.js';
import { recognizeDescribedPlaces } from '../recognize/described-places.js';
import { recognizeDocuments } from '../recognize/documents.js';
import { recognizeAmountsAndEquipment } from '../recognize/equipment.js';
import { recognizeKnownNames } from '../recognize/gazetteer.js';
import { recognizePeople } from '../recognize/people.js';
import { recognizePlaceNouns } from '../recognize/place-nouns.js';
import { mergeSorted } from '../recognize/tagger/merge.js';
import type { Token } from '../text/tokenize.js';
import type { Generations } from './generations.js';

type Range = { start: number; end: number };

/** The local recognisers' output, each list in text order. */
export interface LocalCandidates {
  contacts: Candidate[];
  amounts: Candidate[];
  people: Candidate[];
  knownNames: Candidate[];
  chunks: Candidate[];
  definitions: AcronymDefinition[];
  documents: Candidate[];
  groups: Candidate[];
  /**
   * Places named by a common noun ("a hospital"), by their coordinates ("33°47′N 44°30′E"), or
   * said to be places ("rebel-held Zabadani", "Marea, a town north of Aleppo").
   */
  places: Candidate[];
}

/** The local recognisers over one context (the whole document, or one paragraph). */
export function recognizeIn(ctx: RecognitionContext, mined: readonly Range[]): LocalCandidates {
  const chunks = recognizeChunks(ctx);
  return {
    contacts: recognizeContacts(ctx, mined),
    amounts: recognizeAmountsAndEquipment(ctx), // money, quantities and equipment (recognize/equipment.ts)
    people: recognizePeople(ctx),
    knownNames: recognizeKnownNames(ctx),
    // Companies by legal form are capitalised phrases typed by their head, like the chunks.
    // In text order, so a paragraph alone lists them as the whole document does.
    // So are the issuers named by an "About …" heading.
    chunks: mergeSorted(
      mergeSorted(chunks.candidates, recognizeCompanyNames(ctx), (a, b) => a.start - b.start),
      recognizeAboutHeadings(ctx),
      (a, b) => a.start - b.start,
    ),
    definitions: chunks.definitions,
    documents: recognizeDocuments(ctx),
    groups: recognizeDescribedGroups(ctx),
    places: mergeSorted(
      mergeSorted(
        mergeSorted(recognizePlaceNouns(ctx), recognizeCoordinates(ctx), (a, b) => a.start - b.start),
        recognizeBorders(ctx),
        (a, b) => a.start - b.start,
      ),
      recognizeDescribedPlaces(ctx),
      (a, b) => a.start - b.start,
    ),
  };
}

/** A paragraph: its text [start, end), its tokens [firstToken, endToken), its mined ranges. */
interface Paragraph {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
  /** Mined ranges, at offsets from the paragraph's start. */
  mined: Range[];
  /** Its text: the memo's key. */
  text: string;
}

/**
 * A paragraph's candidates as kept by an analysis session, with the rest of what its recognisers
 * read besides its text: its first token's gap (from the blank text before it, outside it), which
 * of its tokens are residue or start a sentence, and its mined ranges.
 */
export interface KeptParagraph {
  gap: string;
  /** Per token: 1 if residue, + 2 if it starts a sentence. */
  marks: Uint8Array;
  mined: readonly Range[];
  candidates: LocalCandidates;
}

/**
 * Kept paragraphs by their text. The text alone is the key (a slice of the document, hashed where
 * it lies), and the rest is compared on a hit, in place: a paragraph whose text is unchanged but
 * whose marks are not is read again.
 */
export type ParagraphMemo = Generations<string, KeptParagraph>;

/** Paragraph b runs from block b's start (0 for the first) to the next block's start (the text's end). */
function paragraphsOf(
  ctx: RecognitionContext,
  blocks: readonly Range[],
  mined: readonly Range[],
): Paragraph[] {
  const { text, tokens } = ctx;
  const out: Paragraph[] = [];
  let token = 0;
  let range = 0;
  const count = Math.max(blocks.length, 1);
  for (let b = 0; b < count; b++) {
    const start = b === 0 ? 0 : (blocks[b]?.start ?? text.length);
    const end = b + 1 < blocks.length ? (blocks[b + 1]?.start ?? text.length) : text.length;
    const firstToken = token;
    while (token < tokens.length && (tokens[token]?.start ?? end) < end) token++;
    const own: Range[] = [];
    while (range < mined.length && (mined[range]?.start ?? end) < end) {
      const r = mined[range++] as Range;
      own.push({ start: r.start - start, end: r.end - start });
    }
    if (token === firstToken && own.length === 0) continue;
    out.push({ start, end, firstToken, endToken: token, mined: own, text: text.slice(start, end) });
  }
  return out;
}

/**
 * The local candidates of the document: per paragraph through `memo` when given (an analysis
 * session), else in one pass over the whole document. When most paragraphs are new (a session's
 * first analysis, a large paste) the one pass is cheaper than many small ones: it runs, and its
 * candidates are split by paragraph into the memo.
 */
export function recognizeLocal(
  ctx: RecognitionContext,
  blocks: readonly Range[],
  mined: readonly Range[],
  memo: ParagraphMemo | undefined,
  /** Tests: 'paragraphs' runs every new paragraph on its own, however many there are. */
  policy: 'adaptive' | 'paragraphs' = 'adaptive',
): LocalCandidates {
  if (!memo) return recognizeIn(ctx, mined);
  const paragraphs = paragraphsOf(ctx, blocks, mined);
  const known = paragraphs.map((p) => {
    const kept = memo.get(p.text);
    return kept && readAlike(ctx, p, kept) ? kept.candidates : undefined;
  });
  const missing = known.reduce((n, found) => (found ? n : n + 1), 0);
  if (policy === 'adaptive' && missing * 2 > paragraphs.length) {
    const whole = recognizeIn(ctx, mined);
    remember(ctx, whole, paragraphs, memo);
    return whole;
  }
  const out = emptyCandidates();
  paragraphs.forEach((p, i) => {
    let found = known[i];
    if (!found) {
      found = recognizeIn(paragraphContext(ctx, p.start, p.end, p.firstToken, p.endToken), p.mined);
      memo.set(p.text, keep(ctx, p, found));
    }
    append(out, found, p.start, p.firstToken);
  });
  return out;
}

function emptyCandidates(): LocalCandidates {
  return {
    contacts: [],
    amounts: [],
    people: [],
    knownNames: [],
    chunks: [],
    definitions: [],
    documents: [],
    groups: [],
    places: [],
  };
}

/**
 * Splits the whole document's candidates by paragraph (the one holding each candidate's start) and
 * keeps each paragraph's, at offsets from its start, under its text.
 */
function remember(
  ctx: RecognitionContext,
  whole: LocalCandidates,
  paragraphs: readonly Paragraph[],
  memo: ParagraphMemo,
): void {
  const parts = paragraphs.map(emptyCandidates);
  const paragraphAt = (offset: number): number => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((paragraphs[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const moved = new Map<Candidate, Candidate>();
  const split = (list: readonly Candidate[], into: (part: LocalCandidates) => Candidate[]) => {
    for (const c of list) {
      const i = paragraphAt(c.start);
      const p = paragraphs[i] as Paragraph;
      const m = shifted(c, -p.start, -p.firstToken);
      moved.set(c, m);
      into(parts[i] as LocalCandidates).push(m);
    }
  };
  split(whole.contacts, (part) => part.contacts);
  split(whole.amounts, (part) => part.amounts);
  split(whole.people, (part) => part.people);
  split(whole.knownNames, (part) => part.knownNames);
  split(whole.chunks, (part) => part.chunks);
  split(whole.documents, (part) => part.documents);
  split(whole.groups, (part) => part.groups);
  split(whole.places, (part) => part.places);
  for (const d of whole.definitions) {
    const i = paragraphAt(d.candidate.start);
    const p = paragraphs[i] as Paragraph;
    const candidate = moved.get(d.candidate) ?? shifted(d.candidate, -p.start, -p.firstToken);
    (parts[i] as LocalCandidates).definitions.push({ ...d, candidate });
  }
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    memo.set(p.text, keep(ctx, p, parts[i] as LocalCandidates));
  }
}

function markAt(ctx: RecognitionContext, token: number): number {
  return (ctx.skip[token] ?? 0) + 2 * (ctx.sentenceStart[token] ?? 0);
}

function keep(ctx: RecognitionContext, p: Paragraph, candidates: LocalCandidates): KeptParagraph {
  const marks = new Uint8Array(p.endToken - p.firstToken);
  for (let i = p.firstToken; i < p.endToken; i++) marks[i - p.firstToken] = markAt(ctx, i);
  return { gap: ctx.tokens[p.firstToken]?.gap ?? '', marks, mined: p.mined, candidates };
}

/** The kept paragraph of the same text was read with the same marks as `p` has now. */
function readAlike(ctx: RecognitionContext, p: Paragraph, kept: KeptParagraph): boolean {
  const { marks, mined } = kept;
  if ((ctx.tokens[p.firstToken]?.gap ?? '') !== kept.gap) return false;
  if (marks.length !== p.endToken - p.firstToken || mined.length !== p.mined.length) return false;
  for (let i = p.firstToken; i < p.endToken; i++)
    if (marks[i - p.firstToken] !== markAt(ctx, i)) return false;
  for (let k = 0; k < mined.length; k++) {
    const a = mined[k] as Range;
    const b = p.mined[k] as Range;
    if (a.start !== b.start || a.end !== b.end) return false;
  }
  return true;
}

/** The paragraph as a document of its own: its text, its tokens at offsets from its start. */
function paragraphContext(
  ctx: RecognitionContext,
  start: number,
  end: number,
  firstToken: number,
  endToken: number,
): RecognitionContext {
  const tokens: Token[] = new Array(endToken - firstToken);
  for (let i = firstToken; i < endToken; i++) {
    const t = ctx.tokens[i] as Token;
    tokens[i - firstToken] = t.moved(-start);
  }
  return {
    text: ctx.text.slice(start, end),
    tokens,
    lexicon: ctx.lexicon,
    skip: ctx.skip.slice(firstToken, endToken),
    sentenceStart: ctx.sentenceStart.slice(firstToken, endToken),
  };
}

/**
 * Appends a paragraph's candidates, moved to the document's offsets. Always copies: the kept ones
 * stay as recognised, whatever later stages do with theirs.
 */
function append(out: LocalCandidates, found: LocalCandidates, offset: number, tokenOffset: number): void {
  const move = (c: Candidate) => shifted(c, offset, tokenOffset);
  for (const c of found.contacts) out.contacts.push(move(c));
  for (const c of found.amounts) out.amounts.push(move(c));
  for (const c of found.people) out.people.push(move(c));
  for (const c of found.knownNames) out.knownNames.push(move(c));
  // A definition's candidate is one of the chunks: it stays the same object as the chunk's copy.
  const chunkAt = found.definitions.length > 0 ? new Map<Candidate, Candidate>() : undefined;
  for (const c of found.chunks) {
    const m = move(c);
    chunkAt?.set(c, m);
    out.chunks.push(m);
  }
  for (const d of found.definitions)
    out.definitions.push({ ...d, candidate: chunkAt?.get(d.candidate) ?? move(d.candidate) });
  for (const c of found.documents) out.documents.push(move(c));
  for (const c of found.groups) out.groups.push(move(c));
  for (const c of found.places) out.places.push(move(c));
}

/** A copy of the candidate, `offset` characters and `tokenOffset` tokens further. */
function shifted(c: Candidate, offset: number, tokenOffset: number): Candidate {
  // Object.assign, not a spread: measured 3× faster here, on candidates of many shapes.
  const m = Object.assign({}, c);
  m.startToken += tokenOffset;
  m.endToken += tokenOffset;
  m.start += offset;
  m.end += offset;
  if (c.headStart !== undefined) m.headStart = c.headStart + offset;
  if (c.title) m.title = { start: c.title.start + offset, end: c.title.end + offset };
  return m;
}
