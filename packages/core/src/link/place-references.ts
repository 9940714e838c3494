/**
 * "The city", "the town", "the village" refer back to the place named last: after "Iraqi forces
 * entered Mosul", "the city" is Mosul, and becomes one of its mentions (not an alias: it is no
 * other name for it). The place must be a settlement, so not a country, nor a name ending on a
 * word for a region ("Anbar Province"), and named shortly before; otherwise the description
 * stays a place of its own (recognize/place-nouns.ts found it). A region (by its name's last word,
 * or as the knowledge base knows it) named before the reference in its sentence ("in Anbar
 * Province, the town") leaves the town unnamed; one named in an earlier sentence, or describing
 * the town ("El Fasher, the capital of North Darfur, … the city"), is passed over, as are a country
 * ("Mosul, Iraq") and a place named by a common noun ("near Raqqa, a checkpoint in the city").
 */
import { STREET_WORDS } from '../knowledge/place-words.js';
import { textKey } from '../recognize/candidate.js';
import type { Draft } from './link-entities.js';

const SETTLEMENT_REFERENCE = /^the\s+(?:city|town|village)$/i;
/** A place's name ending on one of these is a region, not a settlement. */
const REGION_END =
  /\b(?:province|governorate|region|district|state|county|area|valley|river|sea|gulf|mountains|desert|border)$/i;
/** A place with a name has a capital letter after its article; "a checkpoint", "The hospital" none. */
const CAPITAL = /\p{Lu}/u;
const ARTICLE = /^(?:the|an?)\s+/i;
const named = (text: string): boolean => CAPITAL.test(text.replace(ARTICLE, ''));
/** How far back, in characters, the place may be named: about a paragraph. */
const REACH = 1500;
/** Between a settlement and a region that describes it: "El Fasher, the capital of North Darfur", "Mosul, Nineveh Province". */
const DESCRIBING =
  /^,[^\S\r\n]+(?:(?:the[^\S\r\n]+)?(?:(?:provincial[^\S\r\n]+)?capital|(?:second-)?largest[^\S\r\n]+city|seat)[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?|in[^\S\r\n]+)?$/;
/** A sentence's end between two offsets: a stop, maybe a closing quote, and a space or line break. */
const SENTENCE_END = /[.!?]["”’]?\s/;

export function resolvePlaceReferences(text: string, drafts: readonly Draft[]): void {
  let last: Draft | undefined;
  /** Where the last region named after `last` starts and ends. */
  let regionStart = -1;
  let regionEnd = -1;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (d.type !== 'location') continue;
    if (SETTLEMENT_REFERENCE.test(d.text)) {
      // "In Nineveh Province, troops surrounded the city": the region holds a town of its own.
      // Not one describing the settlement before it, nor one named in an earlier sentence.
      const describes =
        last !== undefined && regionStart >= last.end && DESCRIBING.test(text.slice(last.end, regionStart));
      const inRegion = regionEnd >= 0 && !describes && !SENTENCE_END.test(text.slice(regionEnd, d.start));
      if (last && !inRegion && d.start - last.end <= REACH) {
        // The key the linker groups the place's own mentions by (link-entities.ts, Keys).
        d.key = last.entityKey ?? last.key ?? textKey(last.type, last.text);
        if (last.canonical) d.canonical = last.canonical;
        d.reference = true;
      }
      continue;
    }
    if (!named(d.text)) continue;
    // "Blackburn Road … the town": a street is no settlement, nor does it hide the town before it.
    if (STREET_WORDS.has(lastWord(d.text))) continue;
    // "Mosul, Iraq … the city" is still Mosul; "Mosul … in Anbar Province, the town" is not.
    const country = d.country !== undefined && d.country === d.canonical;
    if (REGION_END.test(d.text) || (d.wideArea && !country)) {
      regionStart = d.start;
      regionEnd = d.end;
    } else if (!country) {
      last = d;
      regionEnd = -1;
    }
  }
}

/** The last word of a name, without a full stop: "Road" of "Piccadilly Road", "St" of "Main St.". */
function lastWord(name: string): string {
  const word = name.slice(name.lastIndexOf(' ') + 1);
  return word.endsWith('.') ? word.slice(0, -1) : word;
}
