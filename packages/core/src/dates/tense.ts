/**
 * The tense a bare weekday is written in: "the attack occurred Wednesday" is the Wednesday before
 * the release, "the minister will travel Wednesday" the one after. Read from the verbs nearest the
 * weekday in its sentence (a bounded window either side, so the cost is constant per date), those
 * before it first ("who arrived Monday, will speak Wednesday"). No marker: no tense, and the
 * weekday is the nearest one (dates/resolve.ts).
 */
import { HONORIFICS, RANKS } from '../knowledge/titles.js';
import type { Cursor } from './cursor.js';

export type Tense = 'past' | 'future';

/**
 * Tokens looked at either side of the date, within its sentence ("said Col. Sean Ryan, spokesman
 * for Combined Joint Task Force – Operation Inherent Resolve, at Camp Arifjan, Kuwait, on Tuesday").
 */
const WINDOW = 32;

const FUTURE_MARKERS = new Set(
  'will shall ll scheduled expected plans planned planning upcoming due tomorrow'.split(' '),
);
/** Past forms that do not end in "-ed", and auxiliaries of the past. */
const PAST_MARKERS = new Set(
  'was were had did said told met held took began left fell came went made gave saw struck hit fought spoke wrote sent brought found lost became ago yesterday'.split(
    ' ',
  ),
);
/** Words in "-ed" that are no past tense, or that look ahead ("scheduled", "expected"). */
const NOT_PAST = new Set([
  'need',
  'indeed',
  'hundred',
  'red',
  'bed',
  'shed',
  'scheduled',
  'expected',
  'planned',
]);
const SENTENCE_ENDS = new Set(['.', '!', '?', ';', ':']);

/** Words written with a full stop that ends no sentence: ranks, honorifics, months, company forms. */
let abbreviations: ReadonlySet<string> | undefined;

function abbreviationWords(): ReadonlySet<string> {
  if (abbreviations) return abbreviations;
  const words = new Set(
    'mr mrs ms dr st jr sr inc ltd corp co no jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
  );
  // "Col.", "Lt. Gen.", "Brig. Gen.": every dotted word of a rank or honorific.
  for (const title of [...HONORIFICS, ...RANKS])
    for (const word of title.split(' ')) if (word.endsWith('.')) words.add(word.slice(0, -1).toLowerCase());
  abbreviations = words;
  return words;
}

/**
 * Function words that open a sentence, capitalised after an abbreviation's full stop: "… with Acme
 * Corp. On Tuesday, it will …", where the stop ends the sentence too. Closed-class words only: a
 * name follows a rank or an initial ("Col. Sean Ryan", "John F. Kennedy").
 */
const SENTENCE_OPENERS = new Set(
  'the a an on in at by for from with as if so but and this that these those it he she they we his her its their our there here however meanwhile after before during while when since also today yesterday'.split(
    ' ',
  ),
);

/** A full stop that ends an abbreviation or an initial ("Col.", "U.S.", "Jan."), not the sentence. */
function abbreviationStop(cursor: Cursor, index: number): boolean {
  const before = cursor.tokens[index - 1];
  const stop = cursor.tokens[index];
  if (!before || !stop || before.end !== stop.start || before.charKind !== 'word') return false;
  if (before.end - before.start !== 1 && !abbreviationWords().has(before.lower)) return false;
  const after = cursor.tokens[index + 1];
  // ("A." is an initial: "Maj. Gen. A. Smith".)
  const initial = after?.lower === 'a' && cursor.tokens[index + 2]?.lower === '.';
  const opensSentence =
    after?.charKind === 'word' &&
    SENTENCE_OPENERS.has(after.lower) &&
    !initial &&
    /\p{Lu}/u.test(cursor.text.charAt(after.start));
  return !opensSentence;
}

function markerAt(cursor: Cursor, index: number): Tense | 'stop' | undefined {
  const token = cursor.tokens[index];
  if (!token) return 'stop';
  if (token.charKind === 'punct') {
    if (token.lower === '.' && abbreviationStop(cursor, index)) return undefined;
    return SENTENCE_ENDS.has(token.lower) ? 'stop' : undefined;
  }
  if (token.charKind !== 'word') return undefined;
  const word = token.lower;
  if (FUTURE_MARKERS.has(word)) return 'future';
  if (PAST_MARKERS.has(word)) return 'past';
  // A lower-case word in "-ed" ("conducted", "killed"); "United", "Ahmed" are capitalised.
  const capitalised = /\p{Lu}/u.test(cursor.text.charAt(token.start));
  if (!capitalised && word.length >= 5 && word.endsWith('ed') && !word.endsWith('eed') && !NOT_PAST.has(word))
    return 'past';
  return undefined;
}

const BLANK_LINE = /\n[^\S\n]*\n/;

/**
 * A blank line between tokens `a` and `b` (a < b): a paragraph or a heading ends there, with or
 * without a full stop ("Talks resume Wednesday⏎⏎The minister said …"). A single line break does not
 * stop the window: hard-wrapped prose breaks sentences anywhere.
 */
function paragraphBetween(cursor: Cursor, a: number, b: number): boolean {
  const left = cursor.tokens[a];
  const right = cursor.tokens[b];
  return (
    !!left &&
    !!right &&
    right.start - left.end >= 2 &&
    BLANK_LINE.test(cursor.text.slice(left.end, right.start))
  );
}

/**
 * The tense of the sentence around the date spanning tokens `first`…`last`, if its verbs say one.
 * The verbs before the date first: a date mostly follows the verb it goes with ("met … on Monday
 * and will travel next week", "who arrived Monday, will speak Wednesday"); those after it only when
 * none stands before ("On Monday, the minister will travel").
 */
export function tenseAround(cursor: Cursor, first: number, last: number): Tense | undefined {
  for (let distance = 1; distance <= WINDOW; distance++) {
    const at = first - distance;
    const found = paragraphBetween(cursor, at, at + 1) ? 'stop' : markerAt(cursor, at);
    if (found === 'stop') break;
    if (found) return found;
  }
  for (let distance = 1; distance <= WINDOW; distance++) {
    const at = last + distance;
    const found = paragraphBetween(cursor, at - 1, at) ? 'stop' : markerAt(cursor, at);
    if (found === 'stop') break;
    if (found) return found;
  }
  return undefined;
}
