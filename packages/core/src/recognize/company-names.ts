/**
 * Companies named with their legal form: "American Battery Materials, Inc.", "Noble Mineral
 * Exploration Inc.", "Acme Holdings Ltd". The legal form says organisation whatever the words before
 * it are (a nationality, a place, a common noun), so the whole name is one organisation, not
 * "American" and "Inc.". One pass over the tokens; each look-back is bounded.
 */
import { ABBREVIATED_LEGAL_FORMS, LEGAL_FORMS } from '../knowledge/organization-patterns.js';
import { LEADING_STOPWORDS, NAME_OPENING_STOPWORDS } from '../knowledge/phrase-openers.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';

/**
 * "Co" too, with its full stop ("Ford Motor Co. said"): not the chunks' head word, as "Co. Kerry"
 * is an Irish county ("Tralee, Co. Kerry") and "Co-Founder" a title.
 */
const LEGAL_FORM_SET: ReadonlySet<string> = new Set([...LEGAL_FORMS, 'Co']);
const ABBREVIATED: ReadonlySet<string> = new Set(ABBREVIATED_LEGAL_FORMS);

/** Capitalised words that open a phrase before a company's name, not the name ("About", "At", "Unlike"). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(
  [...LEADING_STOPWORDS].filter((word) => !NAME_OPENING_STOPWORDS.has(word)),
);

const YEAR = /^(?:19|20)\d\d$/;

/** Prepositions that open listed companies' names more often than phrases before them. */
const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['Near', 'Under', 'Beyond', 'Over', 'Above', 'Upon']);

/** Exchanges a listed company's ticker is given on, in "(NASDAQ: NIR)". */
const EXCHANGES: ReadonlySet<string> = new Set([
  'NASDAQ',
  'Nasdaq',
  'NYSE',
  'AMEX',
  'TSX',
  'TSXV',
  'TSX-V',
  'CSE',
  'OTC',
  'OTCQB',
  'OTCQX',
  'ASX',
  'LSE',
  'AIM',
  'Euronext',
]);

/** Whether a ticker follows token `at`: "(NASDAQ: NIR)", "(NYSE American: ABC)", "(TSX-V: XYZ)". */
function tickerAt(ctx: RecognitionContext, at: number): boolean {
  const { tokens } = ctx;
  if (tokens[at]?.text !== '(') return false;
  for (let k = at + 1; k < at + 5; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.text === ':') return k > at + 1 && EXCHANGES.has(tokens[at + 1]?.text ?? '');
  }
  return false;
}

/** The counties of Ireland, which an address writes after "Co." ("Tralee, Co. Kerry"). */
const IRISH_COUNTIES = new Set(
  'Antrim Armagh Carlow Cavan Clare Cork Derry Donegal Down Dublin Fermanagh Galway Kerry Kildare Kilkenny Laois Leitrim Limerick Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Tyrone Waterford Westmeath Wexford Wicklow'.split(
    ' ',
  ),
);

/** "Co." at token `at` closes a company's name: its full stop, no comma before, no Irish county after. */
function companyCoAt(tokens: readonly Token[], at: number): boolean {
  const dot = tokens[at + 1];
  return (
    dot?.text === '.' &&
    dot.gap === 'none' &&
    tokens[at - 1]?.text !== ',' &&
    !IRISH_COUNTIES.has(tokens[at + 2]?.text ?? '')
  );
}

/** Words of a company's name before its legal form, at most. */
const MAX_NAME_WORDS = 6;

/** The token after the legal form at `i`: "Acme Corp." keeps its abbreviation's dot; "1847 Holdings LLC." ends a sentence. */
function formEnd(ctx: RecognitionContext, i: number): number {
  const dot = ctx.tokens[i + 1];
  const form = ctx.tokens[i]?.text ?? '';
  return dot?.text === '.' && dot.gap === 'none' && ABBREVIATED.has(`${form}.`) ? i + 2 : i + 1;
}

export function recognizeCompanyNames(ctx: RecognitionContext): Candidate[] {
  const { tokens, text } = ctx;
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const form = tokens[i];
    if (!form || !LEGAL_FORM_SET.has(form.text) || ctx.skip[i]) continue;
    if (form.text === 'Co' && !companyCoAt(tokens, i)) continue;
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
    // "About American Battery Materials, Inc." heading the boilerplate, "At Acme Corp., we": a
    // word that opens a phrase, not a name, is left out; "First Solar, Inc." keeps its "First".
    // ("SOURCE Acme Corp." closing a wire release names its source.)
    // A listed company keeps a preposition that rarely opens a phrase before a company: "Near
    // Intelligence, Inc. (NASDAQ: NIR)", "Under Armour, Inc. (NYSE: UA)"; "About Acme, Inc. (NASDAQ:
    // …)" heading the boilerplate, "At Gartner, Inc. (NYSE: IT), we" still leave theirs out.
    const listed = tickerAt(ctx, formEnd(ctx, i));
    while (
      first >= 0 &&
      first < i - 1 &&
      ((PHRASE_OPENERS.has(tokens[first]?.text ?? '') &&
        !(listed && NAME_PREPOSITIONS.has(tokens[first]?.text ?? ''))) ||
        tokens[first]?.text === 'SOURCE')
    )
      first++;
    // "In 2024 Acme Corp. …": a year before the name is when; "1847 Holdings LLC" is a name.
    if (first >= 0 && first < i - 1 && YEAR.test(tokens[first]?.text ?? '')) first++;
    const start = tokens[first];
    if (first < 0 || !start || !(start.upper || start.kind === 'number')) continue;
    // ("The Co. Cork council": an article and a legal form name no firm.)
    if (first === i - 1 && LEADING_STOPWORDS.has(start.text)) continue;
    const end = formEnd(ctx, i);
    const last = tokens[end - 1];
    if (!last) continue;
    const name = text.slice(start.start, last.end).replace(/\s+/g, ' ');
    // Keyed by the name before its legal form, so that "Castellan Defense Systems" later is the
    // same company as "Castellan Defense Systems, Inc.".
    const beforeForm = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
    const bare = text.slice(start.start, tokens[beforeForm]?.end ?? last.end).replace(/\s+/g, ' ');
    out.push({
      type: 'organization',
      startToken: first,
      endToken: end,
      start: start.start,
      end: last.end,
      tier: 1,
      key: `organization:${beforeForm >= first ? bare : name}`,
      canonical: name,
    });
  }
  return out;
}
