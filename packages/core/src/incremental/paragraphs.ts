/**
 * Paragraph-local recognition, reused across versions of a document. The recognisers that read
 * nothing beyond their own block (people, known names, chunks, amounts, documents, described
 * groups, contacts) run once per paragraph, on the paragraph alone, and their candidates are kept
 * by what they read: the paragraph's text, which of its tokens are residue or start a sentence,
 * and its mined ranges (all of which the document-level structure decides, so they are part of the
 * key). An edit re-runs them on the paragraphs it touched; the others' candidates are shifted to
 * their new offsets. `analyze()` without a session runs them on the whole document at once; an
 * analysis session's result is the same, which tests/properties and the session tests check.
 *
 * Paragraphs are the structure's blocks (runs of non-blank lines), each with the blank text after
 * it, so they cover the text end to end and every token lies in exactly one.
 */

import { recognizeAmounts } from '../recognize/amounts.js';
import type { Candidate } from '../recognize/candidate.js';
import { type AcronymDefinition, recognizeChunks } from '../recognize/chunks.js';
import { recognizeContacts } from '../recognize/contacts.js';
import type { RecognitionContext } from '../recognize/context.js';
import { recognizeDescribedGroups } from '../recognize/described-groups.js';
import { recognizeDocuments } from '../recognize/documents.js';
import { recognizeKnownNames } from '../recognize/gazetteer.js';
import { recognizePeople } from '../recognize/people.js';
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
}

/** The local recognisers over one context (the whole document, or one paragraph). */
function recognizeIn(ctx: RecognitionContext, mined: readonly Range[]): LocalCandidates {
  const chunks = recognizeChunks(ctx);
  return {
    contacts: recognizeContacts(ctx, mined),
    amounts: recognizeAmounts(ctx),
    people: recognizePeople(ctx),
    knownNames: recognizeKnownNames(ctx),
    chunks: chunks.candidates,
    definitions: chunks.definitions,
    documents: recognizeDocuments(ctx),
    groups: recognizeDescribedGroups(ctx),
  };
}

/**
 * The local candidates of the document: per paragraph through `memo` when given (an analysis
 * session), else in one pass over the whole document.
 */
export function recognizeLocal(
  ctx: RecognitionContext,
  blocks: readonly Range[],
  mined: readonly Range[],
  memo: Generations<string, LocalCandidates> | undefined,
): LocalCandidates {
  if (!memo) return recognizeIn(ctx, mined);
  const { text, tokens } = ctx;
  const out: LocalCandidates = {
    contacts: [],
    amounts: [],
    people: [],
    knownNames: [],
    chunks: [],
    definitions: [],
    documents: [],
    groups: [],
  };
  let token = 0;
  let range = 0;
  // Paragraph b runs from block b's start (0 for the first) to the next block's start (the text's end).
  const count = Math.max(blocks.length, 1);
  for (let b = 0; b < count; b++) {
    const start = b === 0 ? 0 : (blocks[b]?.start ?? text.length);
    const end = b + 1 < blocks.length ? (blocks[b + 1]?.start ?? text.length) : text.length;
    const firstToken = token;
    while (token < tokens.length && (tokens[token]?.start ?? end) < end) token++;
    const ownMined: Range[] = [];
    while (range < mined.length && (mined[range]?.start ?? end) < end) {
      const r = mined[range++] as Range;
      ownMined.push({ start: r.start - start, end: r.end - start });
    }
    if (token === firstToken && ownMined.length === 0) continue;
    const key = keyOf(ctx, start, end, firstToken, token, ownMined);
    let found = memo.get(key);
    if (!found) {
      found = recognizeIn(paragraphContext(ctx, start, end, firstToken, token), ownMined);
      memo.set(key, found);
    }
    append(out, found, start, firstToken);
  }
  return out;
}

/** What the local recognisers read of a paragraph, as one string. */
function keyOf(
  ctx: RecognitionContext,
  start: number,
  end: number,
  firstToken: number,
  endToken: number,
  mined: readonly Range[],
): string {
  let marks = '';
  for (let i = firstToken; i < endToken; i++)
    marks += String.fromCharCode(48 + (ctx.skip[i] ?? 0) + 2 * (ctx.sentenceStart[i] ?? 0));
  let ranges = '';
  for (const r of mined) ranges += `${r.start}-${r.end},`;
  // The first token's gap comes from the blank text before the paragraph, outside it.
  const gap = ctx.tokens[firstToken]?.gap ?? '';
  return `${gap}|${marks}|${ranges}|${ctx.text.slice(start, end)}`;
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
    tokens[i - firstToken] = { ...t, start: t.start - start, end: t.end - start };
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
  const move = (c: Candidate): Candidate => {
    const m = {
      ...c,
      startToken: c.startToken + tokenOffset,
      endToken: c.endToken + tokenOffset,
      start: c.start + offset,
      end: c.end + offset,
    };
    if (c.headStart !== undefined) m.headStart = c.headStart + offset;
    if (c.title) m.title = { start: c.title.start + offset, end: c.title.end + offset };
    return m;
  };
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
}
