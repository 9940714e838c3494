/**
 * "The city", "the town", "the village" refer back to the place named last: after "Iraqi forces
 * entered Mosul", "the city" is Mosul, and becomes one of its mentions (not an alias: it is no
 * other name for it). The place must be a settlement, so not a country, nor a name ending on a
 * word for a region ("Anbar Province"), and named shortly before; otherwise the description
 * stays a place of its own (recognize/place-nouns.ts found it). A region named in between ("in
 * Anbar Province, the town") leaves the town unnamed; a country ("Mosul, Iraq") does not, nor a
 * place named by a common noun ("near Raqqa, a checkpoint in the city" is in Raqqa).
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

export function resolvePlaceReferences(drafts: readonly Draft[]): void {
  let last: Draft | undefined;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (d.type !== 'location') continue;
    if (SETTLEMENT_REFERENCE.test(d.text)) {
      if (last && d.start - last.end <= REACH) {
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
    if (REGION_END.test(d.text)) last = undefined;
    else if (!country) last = d;
  }
}

/** The last word of a name, without a full stop: "Road" of "Piccadilly Road", "St" of "Main St.". */
function lastWord(name: string): string {
  const word = name.slice(name.lastIndexOf(' ') + 1);
  return word.endsWith('.') ? word.slice(0, -1) : word;
}
