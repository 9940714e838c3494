/**
 * Money ("$1.2 billion", "€50 million", "5 million euros") and quantities ("18,000 square
 * kilometers", "300 troops", "hundreds of additional reserve forces", "12 percent"), read off the
 * token stream.
 */
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { lowerTexts } from './token-text.js';

const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₹', '₽', '₩']);
const CURRENCY_CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'AUD',
  'CAD',
  'JPY',
  'CHF',
  'CNY',
  'HKD',
  'US$',
  'A$',
  'C$',
]);
const CURRENCY_WORDS = new Set([
  'dollars',
  'euros',
  'pounds',
  'yen',
  'yuan',
  'rupees',
  'roubles',
  'rubles',
  'francs',
  'sterling',
]);
const SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'm', 'mn', 'k']);
const UNITS = new Set(
  (
    'troops soldiers personnel people persons civilians refugees families children women men casualties fighters militants ' +
    'kilometers kilometres km miles meters metres feet square tons tonnes barrels percent per cent hectares acres ' +
    'vehicles aircraft jets ships vessels missiles rockets rounds drones tanks doses jobs employees members countries nations ' +
    'households homes buildings hospitals schools beds patients cases deaths'
  ).split(' '),
);
const DURATION_UNITS = new Set([
  'days',
  'weeks',
  'months',
  'years',
  'hours',
  'minutes',
  'decades',
  'day',
  'week',
  'month',
  'year',
  'hour',
  'decade',
]);
const VAGUE_NUMBERS = new Set(['hundreds', 'thousands', 'tens', 'dozens', 'millions', 'scores']);
const PHRASE_STOPS = new Set(
  'to in on at for from with by and or but as of that which who this these those the a an its their our his her is are was were be been will would has have had'.split(
    ' ',
  ),
);

/** A number written with digits, thousands separators and decimals: returns the token after it. */
function scanNumber(tokens: readonly Token[], at: number): number {
  let i = at;
  if (tokens[i]?.kind !== 'number') return at;
  i++;
  while (
    (tokens[i]?.text === ',' || tokens[i]?.text === '.') &&
    tokens[i]?.gap === 'none' &&
    tokens[i + 1]?.kind === 'number' &&
    tokens[i + 1]?.gap === 'none'
  )
    i += 2;
  return i;
}

function span(
  ctx: RecognitionContext,
  type: Candidate['type'],
  from: number,
  to: number,
  tier: number,
): Candidate | undefined {
  const a = ctx.tokens[from];
  const b = ctx.tokens[to - 1];
  if (!a || !b) return undefined;
  return { type, startToken: from, endToken: to, start: a.start, end: b.end, tier };
}

export function recognizeAmounts(ctx: RecognitionContext): Candidate[] {
  const { tokens } = ctx;
  const lower = lowerTexts(tokens);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || ctx.skip[i]) continue;
    // $1.2 billion / US$5m / USD 40 million
    const symbol = CURRENCY_SYMBOLS.has(t.text) || CURRENCY_CODES.has(t.text);
    if (symbol) {
      const n = scanNumber(tokens, i + 1);
      if (n > i + 1) {
        let end = n;
        if (SCALES.has(tokens[end]?.text ?? '')) end++;
        const c = span(ctx, 'money', i, end, 2);
        if (c) out.push(c);
        i = end - 1;
        continue;
      }
    }
    const n = scanNumber(tokens, i);
    if (n > i) {
      let end = n;
      if (SCALES.has(tokens[end]?.text ?? '') && tokens[end]?.gap === 'space') end++;
      const next = tokens[end];
      if (next && CURRENCY_WORDS.has(next.text)) {
        const c = span(ctx, 'money', i, end + 1, 2);
        if (c) out.push(c);
        i = end;
        continue;
      }
      if (next?.text === '%' && next.gap === 'none') {
        const c = span(ctx, 'quantity', i, end + 1, 2);
        if (c) out.push(c);
        i = end;
        continue;
      }
      // "18,000 square kilometers": the unit may follow one adjective ("300 additional troops").
      // "12 months", "two years": a duration is a date expression without a calendar value.
      const unit = tokens[end];
      if (unit?.gap === 'space' && DURATION_UNITS.has(unit.text)) {
        const c = span(ctx, 'date', i, end + 1, 2);
        if (c) out.push(c);
        i = end;
        continue;
      }
      // "18,000 square kilometers", "870 missions": a count and what it counts; the unit may follow
      // one adjective ("300 additional troops"). A known unit, or any plural noun.
      for (let k = end; k < end + 3 && k < tokens.length; k++) {
        const w = tokens[k];
        if (w?.kind !== 'word' || w.upper || w.gap !== 'space' || PHRASE_STOPS.has(w.text)) break;
        if (UNITS.has(w.text) || (w.text.length > 3 && w.text.endsWith('s') && !w.text.endsWith('ss'))) {
          let stop = k + 1;
          if (w.text === 'square' || w.text === 'per') stop++;
          const c = span(ctx, 'quantity', i, stop, 2);
          if (c) out.push(c);
          i = stop - 1;
          break;
        }
      }
      continue;
    }
    // "hundreds of additional reserve forces"
    if (VAGUE_NUMBERS.has(lower[i] as string) && tokens[i + 1]?.text === 'of') {
      let k = i + 2;
      if (t.text === 'tens' && tokens[k]?.text === 'thousands' && tokens[k + 1]?.text === 'of') k += 2;
      let end = k;
      while (k < tokens.length && k - end < 4) {
        const w = tokens[k];
        if (w?.kind !== 'word' || w.upper || PHRASE_STOPS.has(w.text) || w.gap !== 'space') break;
        k++;
      }
      if (k > end) {
        end = k;
        const c = span(ctx, 'quantity', i, end, 2);
        if (c) out.push(c);
        i = end - 1;
      }
    }
  }
  return out;
}
