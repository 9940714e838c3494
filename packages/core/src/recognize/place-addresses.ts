/**
 * A place written with the country or state it lies in is one place: "near Mosul, Iraq", "in
 * Kisik, Iraq", "Palm Bay, Florida". The mention spans both and stays a mention of the town, so
 * "Mosul, Iraq" and "Mosul" later are one entity, named "Mosul", with the country recorded. (re3d
 * annotates such addresses whole: four of the five on its dev split.) Runs on the final mentions,
 * one pass: pairs the rules left apart are joined, spans the tagger read whole are named.
 */
import { FIRST_NAMES } from '../knowledge/first-names.js';
import { ADMIN_UNIT_NOUNS, AREA_NOUNS } from '../knowledge/place-words.js';
import { POSSESSIVE_MARKS } from './apostrophes.js';
import { type Candidate, textKey } from './candidate.js';
import type { RecognitionContext } from './context.js';

/** After the country, these start a phrase of its own ("Iraq’s capital", "Syria-Iraq border"). */
const PHRASE_STARTS: ReadonlySet<string> = new Set([...POSSESSIVE_MARKS, '-']);

/** Words before a home town: "Spc. Jane Doe, 23, of Glen Burnie, Maryland", "travel to West Mifflin, Pennsylvania". */
const STRONG_TOWN_LEADS = new Set(['of', 'in', 'near', 'from']);
const WEAK_TOWN_LEADS = new Set(['to', 'at']);

/** "DUQM" → "Duqm": a town shouted in a dateline, as its other mentions write it. */
const titleCasedWords = (name: string) =>
  name.replace(/\p{Lu}{2,}/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());

type KnownPlace = NonNullable<ReturnType<typeof knownPlace>>;

/** The known place over exactly tokens [start, end), if any. */
function knownPlace(ctx: RecognitionContext, start: number, end: number) {
  const known = ctx.lexicon.exact.longest(ctx.tokens, start);
  return known?.value.type === 'location' && known.endToken === end ? known.value : undefined;
}

/**
 * The town of tokens [start, end) lies in the place of [outerStart, outerEnd): that country, or
 * a state of the town's country. Never a country before a country ("Norway, Spain"), nor a
 * province named with a lower-case noun ("Anbar province, Iraq", annotated apart).
 */
function liesIn(ctx: RecognitionContext, start: number, end: number, outerStart: number, outerEnd: number) {
  const { tokens } = ctx;
  if (!tokens[end - 1]?.upper || tokens[end]?.text !== ',' || tokens[end]?.gap !== 'none') return false;
  if (end + 1 !== outerStart || tokens[outerStart]?.gap !== 'space') return false;
  const after = tokens[outerEnd];
  if (after && after.gap === 'none' && PHRASE_STARTS.has(after.text)) return false;
  const outer = knownPlace(ctx, outerStart, outerEnd);
  const town = knownPlace(ctx, start, end);
  if (town?.placeKind === 'country') return false;
  if (!outer) {
    // "Jilib, Middle Juba region": a known town and its province with its unit.
    const unit = tokens[outerEnd - 1]?.text ?? '';
    const province =
      ADMIN_UNIT_NOUNS.has(unit) || AREA_NOUNS.has(unit)
        ? knownPlace(ctx, outerStart, outerEnd - 1)
        : undefined;
    return province !== undefined && inProvince(town, province) && addressEnds(ctx, outerEnd);
  }
  if (outer.placeKind === 'country') return !town || town.country === outer.canonical;
  if (outer.placeKind === 'state') return !town || town.country === outer.country;
  return inProvince(town, outer) && addressEnds(ctx, outerEnd);
}

/**
 * The address ends at `at`, or goes on to its country ("Jilib, Middle Juba, Somalia"): not a list of
 * places ("in Baghdad, Anbar, Salahuddin and Nineveh provinces", where Baghdad is not in Anbar).
 * The tagger asks it too before reading "Mosul, Anbar" as one place.
 */
export function addressEnds(ctx: RecognitionContext, at: number): boolean {
  const after = ctx.tokens[at];
  if (!after) return true;
  if (after.text === 'and' || after.text === 'or') return false;
  // "Mosul, Iraq's second-largest city": the country begins a phrase of its own ("an Austin,
  // Texas-based company" is still an address).
  if (after.gap === 'none' && POSSESSIVE_MARKS.has(after.text)) return false;
  if (after.text !== ',') return true;
  // After a comma, another place but a country goes on with a list, as does a name that is an item
  // of one ("…, Salahuddin and Nineveh provinces"); a date does not ("VALENCIA, SPAIN, Oct. 5").
  const next = ctx.lexicon.exact.longest(ctx.tokens, at + 1);
  if (next?.value.type === 'location') return next.value.placeKind === 'country';
  const name = ctx.tokens[at + 1];
  if (!name?.upper || next) return true;
  const item = ctx.tokens[at + 2]?.text ?? '';
  return item !== ',' && item !== 'and' && item !== 'or';
}

/** "Jilib, Middle Juba": a known town and a province (a region of the knowledge base) of its country. */
function inProvince(town: KnownPlace | undefined, province: KnownPlace): boolean {
  return province.placeKind === 'region' && town?.placeKind === 'city' && town.country === province.country;
}

/** Keys of the document's location mentions, by text: an unknown town takes the key of its other mentions. */
type KeysByText = Map<string, string>;

/** A mention of the town of tokens [start, end) over [start, outerEnd). */
function address(
  ctx: RecognitionContext,
  keys: KeysByText,
  m: Candidate,
  end: number,
  outerEnd: number,
): Candidate {
  const { tokens, text } = ctx;
  const town = knownPlace(ctx, m.startToken, end);
  const outer = knownPlace(ctx, end + 1, outerEnd);
  const canonical = m.canonical ?? town?.canonical ?? text.slice(m.start, tokens[end - 1]?.end ?? m.end);
  const { country: _country, ...without } = m;
  const rest: Candidate = without;
  const country = m.country ?? town?.country ?? outer?.country;
  // Set on the rest, not spread into a literal with it: on V8 11 a spread copy that gains a
  // property gets a map of its own every time (see attributeQuotes).
  rest.endToken = outerEnd;
  rest.end = tokens[outerEnd - 1]?.end ?? m.end;
  rest.canonical = canonical;
  // An unknown town keyed as its other mentions are, so that "Kisik" later is the same place.
  rest.key =
    m.key ??
    (town
      ? `location:${canonical}`
      : (keys.get(canonical) ?? keys.get(titleCasedWords(canonical)) ?? textKey('location', canonical)));
  if (country) rest.country = country;
  return rest;
}

/** The comma inside a location the tagger read whole ("Kisik, Iraq"), if it parts town and country. */
function innerComma(ctx: RecognitionContext, m: Candidate): number | undefined {
  for (let k = m.startToken + 1; k < m.endToken - 1; k++) {
    if (ctx.tokens[k]?.text !== ',') continue;
    // "Jilib, Middle Juba, Somalia": the town lies in the first place after it.
    let next = k + 1;
    while (next < m.endToken && ctx.tokens[next]?.text !== ',') next++;
    return liesIn(ctx, m.startToken, k, k + 1, next) ? k : undefined;
  }
  return undefined;
}

/**
 * "of Glen Burnie, Md.": an unknown name read as a person's, untitled, written with a state after a
 * comma is a town (casualty and award lists write home towns so); a new candidate, or `m` itself.
 * Only where an address is sure: after "of", "in", "near" or "from"; after "to" or "at" when it
 * opens with no given name ("to West Mifflin, Pennsylvania", not "to John Smith, Md."); or right
 * after a ranked name and a comma ("Spc. Jane Doe, Glen Burnie, Md."). "John Smith, Texas" may be a
 * person and his state.
 */
function townRead(
  ctx: RecognitionContext,
  previous: Candidate | undefined,
  m: Candidate,
  next: Candidate | undefined,
): Candidate {
  if (!untitledUnknownPerson(m) || next?.type !== 'location') return m;
  if (knownPlace(ctx, next.startToken, next.endToken)?.placeKind !== 'state') return m;
  const { tokens } = ctx;
  const lead = tokens[m.startToken - 1]?.text ?? '';
  const given = FIRST_NAMES.has(tokens[m.startToken]?.text ?? '');
  const afterRankedName =
    lead === ',' &&
    previous?.type === 'person' &&
    previous.title !== undefined &&
    previous.endToken === m.startToken - 1;
  const sure = STRONG_TOWN_LEADS.has(lead) || (WEAK_TOWN_LEADS.has(lead) && !given) || afterRankedName;
  if (!sure || !liesIn(ctx, m.startToken, m.endToken, next.startToken, next.endToken)) return m;
  const { key: _key, refersTo: _refersTo, ...rest } = m;
  rest.type = 'location';
  return rest;
}

/** `mentions` (sorted by start) with each town written with its country or state as one mention; a new array. */
export function joinPlaceAddresses(ctx: RecognitionContext, mentions: readonly Candidate[]): Candidate[] {
  const keys: KeysByText = new Map();
  // Indexed: for-of in code that runs once per document allocates a result per element.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Candidate;
    if (m.type === 'location' && m.key !== undefined) keys.set(ctx.text.slice(m.start, m.end), m.key);
  }
  const out: Candidate[] = [];
  const towns = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = townRead(ctx, mentions[i - 1], mentions[i] as Candidate, mentions[i + 1]);
    if (m !== mentions[i]) towns.add(ctx.text.slice(m.start, m.end));
    if (m.type !== 'location') {
      out.push(m);
      continue;
    }
    // "Jilib, Middle Juba" read whole, then ", Somalia": named by the town before the inner comma.
    const comma = m.canonical === undefined ? innerComma(ctx, m) : undefined;
    // "Jilib, Middle Juba, Somalia": each place after a comma holds the address before it.
    let outerEnd = m.endToken;
    let j = i + 1;
    for (let outer = mentions[j]; outer?.type === 'location'; outer = mentions[++j]) {
      if (!liesIn(ctx, m.startToken, outerEnd, outer.startToken, outer.endToken)) break;
      outerEnd = outer.endToken;
    }
    if (j > i + 1) {
      out.push(address(ctx, keys, m, comma ?? m.endToken, outerEnd));
      i = j - 1;
      continue;
    }
    out.push(comma === undefined ? m : address(ctx, keys, m, comma, m.endToken));
  }
  // In place, not `map`: the array stays the packed kind every other path returns (see arrays.ts).
  if (towns.size > 0) for (let i = 0; i < out.length; i++) out[i] = sameTown(ctx, towns, out[i] as Candidate);
  return out;
}

/** A person's mention without a title, whom the knowledge base does not know: one a town can be. */
const untitledUnknownPerson = (m: Candidate) => m.type === 'person' && !m.title && m.canonical === undefined;

/** "Glen Burnie mourned" after "of Glen Burnie, Md.": the town's other untitled mentions are the town. */
function sameTown(ctx: RecognitionContext, towns: ReadonlySet<string>, m: Candidate): Candidate {
  if (!untitledUnknownPerson(m)) return m;
  const name = ctx.text.slice(m.start, m.end);
  if (!towns.has(name)) return m;
  const { refersTo: _refersTo, ...rest } = m;
  rest.type = 'location';
  rest.key = textKey('location', name);
  return rest;
}
