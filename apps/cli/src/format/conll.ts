/**
 * `--format conll`: tokens with BIO entity tags, CoNLL-2003 style, for training and scoring
 * sequence taggers. Two tab-separated columns (token, tag); one sentence per block, blocks separated
 * by a blank line; `-DOCSTART-` opens each document.
 *
 *   -DOCSTART-	O
 *
 *   Secretary	O
 *   General	O
 *   Jens	B-PER
 *   Stoltenberg	I-PER
 *
 * Tokens are runs of letters and digits (with inner apostrophes, hyphens and dots: "U.S", "re-engage")
 * or single punctuation marks, and are always cut at mention boundaries so the tags fit exactly.
 * Nested mentions cannot be tagged in BIO: the outer (longer) one wins ("Israeli Defence Minister"
 * over "Israeli"). Sentences are the analysis's; text outside them (contacts, boilerplate) is cut at
 * line breaks.
 */
import type { EntityType } from '@dateline/core';
import { markedSpans } from '../terminal/highlight.js';
import type { AnalysedDocument, Formatter } from './types.js';

const TAGS: Record<EntityType, string> = {
  person: 'PER',
  organization: 'ORG',
  location: 'LOC',
  nationality: 'NAT',
  role: 'ROLE',
  event: 'EVENT',
  date: 'DATE',
  money: 'MONEY',
  quantity: 'QUANTITY',
  document: 'DOC',
  equipment: 'EQUIP',
  contact: 'CONTACT',
};

export const conllFormatter: Formatter = {
  name: 'conll',
  description: 'CoNLL BIO tags: token<TAB>tag, a blank line between sentences, -DOCSTART- per document',
  start: () => ({ document: renderConll, end: () => '' }),
};

export function conllTag(type: EntityType): string {
  return TAGS[type] ?? type.toUpperCase();
}

export interface Token {
  start: number;
  end: number;
}

export function renderConll({ analysis, text }: AnalysedDocument): string {
  if (text === undefined) throw new Error('the conll format needs the analysed text');
  const spans = markedSpans(analysis);
  const boundaries = new Set<number>();
  for (const span of spans) boundaries.add(span.start).add(span.end);
  const tokens = tokenize(text, boundaries);

  const sentences = [...analysis.document.sentences].sort((a, b) => a.start - b.start);
  const out: string[] = ['-DOCSTART-\tO', ''];
  let block: string[] = [];
  let s = 0;
  let m = 0;
  let previous: { sentence: number; end: number } | undefined;
  for (const token of tokens) {
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= token.start) s++;
    const sentence = s < sentences.length && (sentences[s]?.start ?? 0) <= token.start ? s : -1;
    const newBlock =
      previous !== undefined &&
      (sentence !== previous.sentence ||
        (sentence === -1 && /[\n\r]/.test(text.slice(previous.end, token.start))));
    if (newBlock && block.length > 0) {
      out.push(...block, '');
      block = [];
    }
    while (m < spans.length && (spans[m]?.end ?? 0) <= token.start) m++;
    const span = spans[m];
    let tag = 'O';
    if (span !== undefined && span.start <= token.start && token.end <= span.end) {
      tag = `${token.start === span.start ? 'B' : 'I'}-${conllTag(span.type)}`;
    }
    block.push(`${text.slice(token.start, token.end)}\t${tag}`);
    previous = { sentence, end: token.end };
  }
  if (block.length > 0) out.push(...block, '');
  return `${out.join('\n')}\n`;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;
const JOINER = /['’.-]/;

/**
 * Tokens of `text`, cut at every offset in `boundaries`. White space and control characters are
 * never part of a token.
 */
export function tokenize(text: string, boundaries: ReadonlySet<number>): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = charAt(text, i);
    if (/[\s\p{Cc}]/u.test(ch)) {
      i += ch.length;
      continue;
    }
    const start = i;
    i += ch.length;
    if (WORD.test(ch)) {
      while (i < text.length && !boundaries.has(i)) {
        const next = charAt(text, i);
        if (WORD.test(next)) {
          i += next.length;
          continue;
        }
        // An inner joiner stays when a letter or digit follows it, and no boundary falls after it.
        const after = charAt(text, i + 1);
        if (JOINER.test(next) && WORD.test(after) && !boundaries.has(i + 1)) {
          i += 1;
          continue;
        }
        break;
      }
    }
    tokens.push({ start, end: i });
  }
  return tokens;
}

/** The whole code point at `i` (a surrogate pair stays together). */
function charAt(text: string, i: number): string {
  const code = text.codePointAt(i);
  return code === undefined ? '' : String.fromCodePoint(code);
}
