/**
 * Sentence boundaries inside a prose block. A full stop ends a sentence unless it closes an
 * abbreviation ("Mr.", "Gen.", "Oct.") or an initial ("Lloyd J. Austin"); the next sentence must
 * start with a capital, a digit or an opening quote. Linear in the block length.
 */

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev hon ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ' +
    'no nos vol fig inc corp co ltd etc vs approx dept est univ ave blvd rd sq ' +
    'calif fla pa mass wash ariz colo conn ill ind kan ky la md mich minn miss mo mont neb nev okla ore tenn tex va vt wis wyo'
  ).split(' '),
);

function isUpperStart(ch: string): boolean {
  return ch !== ch.toLowerCase() || /[0-9"“‘'([]/.test(ch);
}

function wordBefore(text: string, dot: number, floor: number): string {
  let s = dot;
  while (s > floor && /[\p{L}]/u.test(text[s - 1] ?? '')) s--;
  return text.slice(s, dot);
}

export function splitSentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < end && /["”’)\]]/.test(text[j] ?? '')) j++;
    if (j < end && !/\s/.test(text[j] ?? '')) continue;
    let k = j;
    while (k < end && /\s/.test(text[k] ?? '')) k++;
    if (k < end && !isUpperStart(text[k] ?? '')) continue;
    if (ch === '.') {
      const word = wordBefore(text, i, s);
      if (word.length === 1 && word === word.toUpperCase() && k < end) continue; // an initial
      if (ABBREVIATIONS.has(word.toLowerCase()) && k < end) continue;
    }
    out.push({ start: s, end: j });
    s = k;
    i = k - 1;
  }
  if (s < end) {
    let e = end;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}
