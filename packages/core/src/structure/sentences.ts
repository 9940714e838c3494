/**
 * Sentence boundaries inside a prose block. A full stop ends a sentence unless it closes an
 * abbreviation ("Mr.", "Gen.", "Oct.") or an initial ("Lloyd J. Austin"); the next sentence must
 * start with a capital, a digit or an opening quote. Linear in the block length; every test is on
 * character codes, so the pass allocates nothing but the sentences (and the rare word it looks up).
 */
import { isJsSpace } from './chars.js';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev hon ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ' +
    'no nos vol fig inc corp co ltd etc vs approx dept est univ ave blvd rd sq ' +
    'calif fla pa mass wash ariz colo conn ill ind kan ky la md mich minn miss mo mont neb nev okla ore tenn tex va vt wis wyo'
  ).split(' '),
);
/** Lower-casing never shortens a word, so a longer word is no abbreviation and needs no lookup. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

const LETTER = /\p{L}/u;

/** `"`, `”`, `’`, `)`, `]`: marks that may follow the end of a sentence. */
function isCloser(code: number): boolean {
  return code === 34 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;
}

/** A capital, a digit or an opening mark (`"“‘'([`). */
function isUpperStart(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code < 128) {
    return (
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 34 ||
      code === 39 ||
      code === 40 ||
      code === 91
    );
  }
  if (code === 0x201c || code === 0x2018) return true;
  const ch = text[k] ?? '';
  return ch !== ch.toLowerCase();
}

function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(text[i] ?? '');
}

/** The full stop at `dot` closes an initial ("J.") or an abbreviation ("Gen."). */
function closesShortWord(text: string, dot: number, floor: number): boolean {
  let s = dot;
  while (s > floor && isLetterAt(text, s - 1)) s--;
  const length = dot - s;
  if (length === 0 || length > LONGEST_ABBREVIATION) return false;
  const word = text.slice(s, dot);
  if (length === 1 && word === word.toUpperCase()) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Sentence-ending marks. The regex finds the next one in native code (fast even before the JIT has
 * warmed up on a first, cold analysis); it runs over the block only, a slice that copies nothing.
 */
const END_MARK = /[.!?]/g;

export function splitSentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const block = text.slice(start, end);
  END_MARK.lastIndex = 0;
  let s = start;
  while (END_MARK.test(block)) {
    const i = start + END_MARK.lastIndex - 1;
    const code = text.charCodeAt(i);
    let j = i + 1;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (j < end && !isJsSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isJsSpace(text.charCodeAt(k))) k++;
    if (k < end && !isUpperStart(text, k)) continue;
    if (code === 46 && k < end && closesShortWord(text, i, s)) continue;
    out.push({ start: s, end: j });
    s = k;
    END_MARK.lastIndex = k - start;
  }
  if (s < end) {
    let e = end;
    while (e > s && isJsSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}
