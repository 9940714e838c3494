/**
 * The "About …" heading of a release's boilerplate names the issuer: "About The Digital Frontier",
 * "About L3Harris Technologies". The capitalised words after "About", alone on their line, are an
 * organisation whatever they are made of (a company's name need not end on "Inc." or "Group").
 */
import { type Candidate, namedCandidate } from './candidate.js';
import type { RecognitionContext } from './context.js';

/** Tokens of a name after "About", at most. */
const MAX_NAME_TOKENS = 8;

const opensLine = (ctx: RecognitionContext, i: number) =>
  i === 0 || ctx.tokens[i]?.gap === 'newline' || ctx.tokens[i]?.gap === 'paragraph';

export function recognizeAboutHeadings(ctx: RecognitionContext): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.text !== 'About' || !opensLine(ctx, i) || ctx.skip[i]) continue;
    let end = i + 1;
    while (end < tokens.length && end - i <= MAX_NAME_TOKENS && !opensLine(ctx, end)) {
      const t = tokens[end];
      if (
        !t ||
        !(t.upper || t.kind === 'number' || t.kind === 'punct' || t.text === 'and' || t.text === 'of')
      )
        break;
      end++;
    }
    // The whole line, and a name in it: "About Us" or "About the programme:" are no issuer.
    if (end === i + 1 || (end < tokens.length && !opensLine(ctx, end))) continue;
    const first = tokens[i + 1];
    const last = tokens[end - 1];
    if (!first?.upper || !last || (last.kind === 'punct' && last.text !== '.')) continue;
    const name = text.slice(first.start, last.end);
    if (name === 'Us' || name === 'This Release') continue;
    out.push(namedCandidate(text, tokens, 'organization', i + 1, end));
    i = end - 1;
  }
  return out;
}
