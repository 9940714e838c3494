/**
 * Places the text itself says are places, where the knowledge base does not know the name:
 * - held by someone: "assault on insurgent-held Karabilah", "fled government-controlled Qardaha"
 *   (a compound of control by an armed or governing group written before the name, after a
 *   preposition or a verb of taking or leaving places; not a business an owner controls);
 * - described in apposition: "Marea, a town north of Aleppo", "Hibhib, a village in northern Iraq",
 *   "Suluk, a small town near the border".
 * The name is one to three capitalised words on one line that the knowledge base does not give as
 * anything (a known name is the gazetteer's to read). Paragraph-local, one pass over the tokens.
 */
import { isCommonWord } from '../knowledge/common-words.js';
import { COMPANY_TRADE_WORDS, ORG_HEAD_WORDS } from '../knowledge/organization-patterns.js';
import { WHERE_WORDS } from '../knowledge/place-words.js';
import type { Token } from '../text/tokenize.js';
import { type Candidate, namedCandidate } from './candidate.js';
import { articleAt } from './chunks.js';
import type { RecognitionContext } from './context.js';

/** The second half of a compound that says who holds a place: "rebel-held", "Houthi-controlled". */
const CONTROL_WORDS: ReadonlySet<string> = new Set(['held', 'controlled', 'occupied', 'besieged']);

/**
 * Who holds a place by force or government, written in lower case before the compound:
 * "insurgent-held", "government-controlled". Not owners ("state-controlled Press TV",
 * "publicly-held Vantage Drilling"): what they hold is a business.
 */
const HOLDERS: ReadonlySet<string> = new Set(
  'insurgent insurgents rebel rebels government regime militant militants opposition jihadist jihadists extremist extremists terrorist army militia militias separatist separatists tribal'.split(
    ' ',
  ),
);

/**
 * Verbs of taking, leaving and striking places, which may stand where a preposition would: "fled
 * government-controlled Qardaha", "shelled rebel-held Douma".
 */
const PLACE_VERBS: ReadonlySet<string> = new Set(
  'fled entered reached captured seized retook recaptured took liberated stormed besieged shelled bombed struck hit attacked left evacuated encircled surrounded overran'.split(
    ' ',
  ),
);

/**
 * A compound of control opens a place only after a preposition or such a verb: "the
 * state-controlled Press TV", "Kremlin-controlled Channel One" are broadcasters.
 */
function placeWordBefore(tokens: readonly Token[], compound: number): boolean {
  const before = tokens[compound - 1]?.lower ?? '';
  return WHERE_WORDS.has(before) || PLACE_VERBS.has(before);
}

/**
 * The holder written before "-held" at `holder`: an armed or governing group in lower case, or one
 * the knowledge base names ("ISIS-held", "Houthi-controlled"); a people ("Russian-occupied") only
 * holds by force: not "Chinese-controlled Evergrande".
 */
function holdsByForce(ctx: RecognitionContext, holder: number, control: string): boolean {
  const t = ctx.tokens[holder];
  if (t?.kind !== 'word') return false;
  if (HOLDERS.has(t.text)) return true;
  const known = ctx.lexicon.exact.longest(ctx.tokens, holder);
  if (!known || known.endToken !== holder + 1) return false;
  return (
    known.value.type === 'organization' || (known.value.type === 'nationality' && control !== 'controlled')
  );
}

/** The name [from, end) reads as a business or is cut short: "Press TV", "RT", "Al-Qard …", "Acme's". */
function notAPlaceName(tokens: readonly Token[], from: number, end: number): boolean {
  const last = tokens[end - 1]?.text ?? '';
  if (ORG_HEAD_WORDS.has(last) || COMPANY_TRADE_WORDS.has(last)) return true;
  for (let k = from; k < end; k++) if (tokens[k]?.allCaps && (tokens[k]?.text.length ?? 0) > 1) return true;
  const after = tokens[end];
  return !!after && after.gap === 'none' && after.text !== ',' && after.text !== '.';
}

/** Nouns of settlements and districts an apposition may call the name before it. */
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(
  'town village city hamlet settlement suburb district neighbourhood neighborhood port oasis township'.split(
    ' ',
  ),
);

/** Where an apposition goes on after its noun: "a town north of Aleppo", "a village in Iraq". */
const WHERE_AFTER: ReadonlySet<string> = new Set(
  'in near north south east west northeast northwest southeast southwest northern southern eastern western outside on along about some just close of'.split(
    ' ',
  ),
);

/** Words between "a" and the noun: "a small town", "an ancient city", "a strategic border town". */
const MAX_MODIFIERS = 3;
const MAX_NAME_WORDS = 3;

const isCapitalisedWord = (t: Token | undefined): boolean => t?.kind === 'word' && t.upper;

/** The capitalised run of at most MAX_NAME_WORDS words from `from` on one line, as [from, end); `from` if none. */
function runFrom(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && end - from < MAX_NAME_WORDS) {
    // "Maarat al-Numan": an Arabic article hyphenated to the next word goes on with the name.
    if (end > from && tokens[end]?.gap === 'space' && articleAt(tokens, end)) end += 3;
    else if (isCapitalisedWord(tokens[end]) && (end === from || tokens[end]?.gap === 'space')) end++;
    else break;
  }
  // A run that goes on is a longer name than we can bound: not read.
  if (end - from === MAX_NAME_WORDS && isCapitalisedWord(tokens[end]) && tokens[end]?.gap === 'space')
    return from;
  return end;
}

/** The capitalised run that ends at `end` (exclusive), at most MAX_NAME_WORDS words on one line. */
function runBefore(tokens: readonly Token[], end: number): number {
  let from = end;
  while (
    from > 0 &&
    end - from < MAX_NAME_WORDS &&
    isCapitalisedWord(tokens[from - 1]) &&
    (from === end || tokens[from]?.gap === 'space')
  )
    from--;
  if (from > 0 && isCapitalisedWord(tokens[from - 1]) && tokens[from]?.gap === 'space') return end;
  return from;
}

/** The apposition after the comma at `comma` calls what precedes it a settlement: ", a town north of". */
function settlementApposition(tokens: readonly Token[], comma: number): boolean {
  const article = tokens[comma + 1]?.lower;
  if (article !== 'a' && article !== 'an') return false;
  for (let k = comma + 2; k <= comma + 2 + MAX_MODIFIERS && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.gap === 'newline' || t.gap === 'paragraph') return false;
    if (SETTLEMENT_NOUNS.has(t.lower)) return WHERE_AFTER.has(tokens[k + 1]?.lower ?? '');
    if (t.kind === 'punct' && t.text !== '-') return false;
  }
  return false;
}

export function recognizeDescribedPlaces(ctx: RecognitionContext): Candidate[] {
  const { tokens, skip, lexicon, text } = ctx;
  const out: Candidate[] = [];
  // Unknown to the knowledge base, on tokens that are prose.
  const unknownName = (from: number, end: number): boolean => {
    if (end <= from) return false;
    for (let k = from; k < end; k++) if (skip[k] || lexicon.exact.longest(tokens, k)) return false;
    return true;
  };
  let lastEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let from = -1;
    let end = -1;
    if (
      CONTROL_WORDS.has(t.lower) &&
      t.gap === 'none' &&
      tokens[i - 1]?.text === '-' &&
      tokens[i - 1]?.gap === 'none' &&
      tokens[i + 1]?.gap === 'space' &&
      holdsByForce(ctx, i - 2, t.lower) &&
      placeWordBefore(tokens, i - 2)
    ) {
      from = i + 1;
      end = runFrom(tokens, from);
      if (notAPlaceName(tokens, from, end)) continue;
    } else if (t.text === ',' && t.gap === 'none' && settlementApposition(tokens, i)) {
      end = i;
      from = runBefore(tokens, end);
      // "In Marea, a town …": a common word capitalised by the sentence is not the name's.
      while (from < end && isCommonWord(tokens[from]?.lower ?? '')) from++;
    }
    if (from < lastEnd || !unknownName(from, end)) continue;
    out.push(namedCandidate(text, tokens, 'location', from, end));
    lastEnd = end;
  }
  return out;
}
