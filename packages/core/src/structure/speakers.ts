/**
 * Who speaks: the person named in a quote's attribution ("…,” said Craig Donohue, CEO) and the
 * person behind a transcript label ("SECRETARY AUSTIN:"). Runs after linking so the speaker is an
 * entity, not just a name.
 */
import { mapPacked } from '../arrays.js';
import type { Draft } from '../link/link-entities.js';
import type { Section } from '../types.js';
import { splitSentences } from './sentences.js';

const WINDOW = 160;
const SPEECH_VERB =
  /\b(?:said|says|say|added|adds|stated|states|noted|notes|explained|explains|continued|told|according to|remarked|commented|declared)\b/;

const isBreak = (code: number) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;

/** First line break (LF, CR, CRLF, U+2028/9) in [from, limit), or `limit`. */
function nextLineBreak(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (isBreak(text.charCodeAt(i))) return i;
  return limit;
}

/** Last line break before `from`, not looking further back than `floor`; `floor - 1` when none. */
function previousLineBreak(text: string, from: number, floor: number): number {
  const stop = Math.max(0, floor);
  for (let i = from - 1; i >= stop; i--) if (isBreak(text.charCodeAt(i))) return i;
  return stop - 1;
}

function personIn(
  drafts: readonly Draft[],
  from: number,
  to: number,
  nearest: 'first' | 'last',
): Draft | undefined {
  let found: Draft | undefined;
  // Binary search to the first mention at or after `from`: a scan from the top for every quote
  // was quadratic in the document.
  let lo = 0;
  let hi = drafts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((drafts[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < drafts.length; k++) {
    const d = drafts[k];
    if (!d || d.start >= to) break;
    if (d.type !== 'person' || d.start < from) continue;
    if (nearest === 'first') return d;
    found = d;
  }
  return found;
}

export function attributeQuotes(
  text: string,
  sections: Section[],
  drafts: readonly Draft[],
  idOf: Map<Draft, string>,
): Section[] {
  const people = drafts.filter((d) => d.type === 'person');
  return mapPacked(sections, (s) => {
    let speaker: Draft | undefined;
    if (s.kind === 'quote') {
      // After the quote, up to the end of its sentence: "…,” said Gen. Joseph Votel.
      let stop = Math.min(text.length, s.end + WINDOW);
      const nl = nextLineBreak(text, s.end, stop);
      if (nl < stop) stop = nl;
      // (The sentence ends at a full stop that closes no abbreviation: "…,” said Gen. Michael Erik
      // Kurilla, commander of U.S. Central Command.)
      const afterEnd = splitSentences(text, s.end, stop)[0]?.end ?? stop;
      if (SPEECH_VERB.test(text.slice(s.end, afterEnd))) speaker = personIn(people, s.end, afterEnd, 'first');
      // Before it: Stoltenberg said: “…”
      if (!speaker) {
        const lineStart = previousLineBreak(text, s.start, s.start - WINDOW) + 1;
        if (SPEECH_VERB.test(text.slice(lineStart, s.start)))
          speaker = personIn(people, lineStart, s.start, 'last');
      }
    } else if (s.kind === 'transcript-turn' && s.speaker) {
      speaker = personIn(people, s.speaker.start, s.speaker.end, 'first');
    }
    if (!speaker) return s;
    const id = idOf.get(speaker);
    // Object.assign, not a spread: on V8 11 a spread copy that then gains a property gets a map of
    // its own every time, and every reader of the sections turns megamorphic and deoptimises.
    const withSpeaker: Section = Object.assign({}, s);
    if (!withSpeaker.speaker)
      withSpeaker.speaker = { start: speaker.start, end: speaker.end, text: speaker.text };
    if (id) withSpeaker.speakerId = id;
    return withSpeaker;
  });
}
