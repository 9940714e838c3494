/**
 * Where the tagger meets the rules. The rules run first; their mentions are features of the tagger
 * (stacking). By default (augment) every rule mention stays, as the rules follow Dateline's own
 * conventions (the domain guide), and the tagger only adds: people the rules missed (`nameLike`
 * says which additions are allowed), a longer span over an unknown name of the same type
 * ("Mosul district" over "Mosul"), and a group where the rules saw a nationality ("Syrians").
 * Afterwards a name keeps one type throughout the document. The replace mode, where the tagger
 * decides the primary types' spans outright, scores higher on re3d but breaks conventions the
 * fixtures hold (countries stay places, "NATO" stays NATO); it is kept for comparison only.
 */
import { mapHoley } from '../../arrays.js';
import { isCommonWord } from '../../knowledge/common-words.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../../knowledge/first-names.js';
import { HEADLINE_VERBS } from '../../knowledge/headline-verbs.js';
import { ORG_HEAD_WORDS } from '../../knowledge/organization-patterns.js';
import { LEADING_STOPWORDS } from '../../knowledge/phrase-openers.js';
import {
  ARABIC_ARTICLES,
  CAPITAL_COMPASS,
  COMPASS_WORDS,
  PLACE_HEADS,
  PLACE_NOUNS,
  PLURAL_PLACE_NOUNS,
  STREET_WORDS,
} from '../../knowledge/place-words.js';
import type { Token } from '../../text/tokenize.js';
import type { Candidate } from '../candidate.js';
import type { RecognitionContext } from '../context.js';
import { GROUP_NOUNS } from '../described-groups.js';
import { infinitiveAt } from '../infinitives.js';
import { firstTokenEndingAfter } from '../offsets.js';
import { isNameParticle, isNeverNameWord, isPostNominal } from '../people.js';
import { addressEnds } from '../place-addresses.js';
import { lowerTexts, startsWithLetter, titleCased, titleCaseLines } from '../token-text.js';
import { TokenTrie } from '../token-trie.js';
import { decodeModel } from './codec.js';
import { FeatureExtractor } from './features.js';
import { spansOf, TAGGED_TYPES, type TaggedSpan } from './labels.js';
import { mergeSorted } from './merge.js';
import { type DecodeMemo, decode, type TaggerModel } from './model.js';
import { TAGGER_MODEL } from './weights.js';

/**
 * For the training script and the tests: `model` replaces the shipped model (null switches the
 * tagger off), `observe` sees the tagger's input (the context and the rules' mentions) of every
 * analysis, `options` changes how tagged spans combine with the rules.
 */
export const taggerHooks: {
  model?: TaggerModel | null;
  observe?: (ctx: RecognitionContext, mentions: readonly Candidate[]) => void;
  options?: Partial<CombineOptions>;
} = {};

export interface CombineOptions {
  /**
   * replace: the tagger decides the tagged types' spans; augment: the rules' mentions all stay and
   * the tagger adds names where the rules found nothing.
   */
  mode: 'replace' | 'augment';
  /** augment: a rule mention of these types the tagger spans exactly, with another tagged type, takes that type. */
  retype: readonly string[];
  /** augment: a tagged span of these types replaces the shorter rule mentions of its type it covers. */
  grow: readonly string[];
  /** replace: keep rule mentions of the tagged types where the tagger put nothing. */
  keepRuleSpans: boolean;
  /**
   * Dates from the rules only (the tagger's date spans are ignored): the rules resolve them, and
   * cross-validation scores them higher (75.5 strict against 74.2).
   */
  ruleDates: boolean;
  /** Re-type and extend names so each has one type in the document. */
  consistency: boolean;
}

const DEFAULTS: CombineOptions = {
  mode: 'augment',
  retype: ['nationality'],
  grow: ['person', 'organization', 'location'],
  keepRuleSpans: false,
  ruleDates: true,
  consistency: true,
};

let shipped: TaggerModel | null | undefined;

function shippedModel(): TaggerModel | null {
  shipped ??= TAGGER_MODEL ? decodeModel(TAGGER_MODEL) : null;
  return shipped;
}

const TAGGED = new Set<string>(TAGGED_TYPES);
const NESTABLE = new Set<string>(['money', 'quantity', 'document', 'equipment', 'contact']);

function effectiveStart(ctx: RecognitionContext, m: Candidate): number {
  return m.title ? Math.min(firstTokenEndingAfter(ctx.tokens, m.title.start), m.startToken) : m.startToken;
}

/**
 * text.replace(/\s+/g, ' '). Names are mostly ASCII words between single spaces, which it leaves
 * as they are: those are returned without running the regular expression.
 */
function collapseSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || (c >= 9 && c <= 13) || (c === 32 && text.charCodeAt(i + 1) === 32))
      return text.replace(/\s+/g, ' ');
  }
  return text;
}

/** The tagged spans a name should share: other spellings of a typed name get its majority type. */
function makeConsistent(ctx: RecognitionContext, spans: TaggedSpan[]): TaggedSpan[] {
  const { tokens, text } = ctx;
  const surface = (s: TaggedSpan) =>
    collapseSpaces(text.slice(tokens[s.startToken]?.start ?? 0, tokens[s.endToken - 1]?.end ?? 0));
  const keys = mapHoley(spans, surface);
  const votes = new Map<string, Map<string, number>>();
  spans.forEach((s, j) => {
    if (s.type === 'date') return;
    const key = keys[j] as string;
    const byType = votes.get(key) ?? new Map<string, number>();
    byType.set(s.type, (byType.get(s.type) ?? 0) + 1);
    votes.set(key, byType);
  });
  const majority = new Map<string, TaggedSpan['type']>();
  for (const [key, byType] of votes) {
    let best: string | undefined;
    let top = 0;
    let tie = false;
    for (const [type, count] of byType) {
      if (count > top) {
        best = type;
        top = count;
        tie = false;
      } else if (count === top) tie = true;
    }
    if (best && !tie) majority.set(key, best as TaggedSpan['type']);
  }
  spans.forEach((s, j) => {
    const type = majority.get(keys[j] as string);
    if (type && s.type !== 'date') s.type = type;
  });
  // Untagged occurrences of a capitalised name typed elsewhere.
  const trie = new TokenTrie<TaggedSpan['type']>();
  for (const [key, type] of majority) if (/^\p{Lu}/u.test(key)) trie.add(key, type);
  const taken = new Uint8Array(tokens.length);
  // Indexed: for-of in code that runs once per document allocates a result per element.
  for (let j = 0; j < spans.length; j++) {
    const s = spans[j] as TaggedSpan;
    taken.fill(1, s.startToken, s.endToken);
  }
  const added: TaggedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || ctx.skip[i] || !tokens[i]?.upper) continue;
    const m = trie.longest(tokens, i);
    if (!m) continue;
    let free = true;
    for (let k = i; k < m.endToken; k++) if (taken[k] || ctx.skip[k]) free = false;
    // Only whole words: not the start of a longer capitalised run.
    const next = tokens[m.endToken];
    if (
      !free ||
      (next?.upper && next.gap === 'space') ||
      (tokens[i - 1]?.upper && tokens[i]?.gap === 'space')
    )
      continue;
    added.push({ type: m.value, startToken: i, endToken: m.endToken });
    i = m.endToken - 1;
  }
  return mergeSorted(spans, added, (a, b) => a.startToken - b.startToken);
}

/** The tagged spans as candidates, reusing the rules' candidate where the spans agree. */
export function combine(
  ctx: RecognitionContext,
  rules: readonly Candidate[],
  tagged: readonly TaggedSpan[],
  options: CombineOptions,
): Candidate[] {
  const { tokens } = ctx;
  const byRange = new Map<string, Candidate>();
  const personByEnd = new Map<number, Candidate>();
  for (const m of rules) {
    const key = `${effectiveStart(ctx, m)}:${m.endToken}`;
    if (!byRange.has(key)) byRange.set(key, m);
    if (m.type === 'person' && !personByEnd.has(m.endToken)) personByEnd.set(m.endToken, m);
  }
  const out: Candidate[] = [];
  const covered = new Uint8Array(tokens.length);
  for (let k = 0; k < tagged.length; k++) {
    const s = tagged[k] as TaggedSpan;
    if (options.ruleDates && s.type === 'date') continue;
    const first = tokens[s.startToken];
    const last = tokens[s.endToken - 1];
    if (!first || !last) continue;
    covered.fill(1, s.startToken, s.endToken);
    const rule = byRange.get(`${s.startToken}:${s.endToken}`);
    if (rule) {
      // A title standing alone ("the Deputy Prime Minister of Australia") stays a role here:
      // linking makes it a mention of its holder, or of an unnamed person (link/role-references.ts).
      if (rule.type === s.type || (rule.type === 'role' && s.type === 'person')) out.push(rule);
      else {
        const { key: _key, country: _country, expansion: _expansion, title: _title, ...rest } = rule;
        out.push({
          ...rest,
          type: s.type,
          ...(rule.canonical ? { key: `${s.type}:${rule.canonical}` } : {}),
        });
      }
      continue;
    }
    // "Minister Julie Bishop" where the rules found "Julie Bishop" after a longer title: the name
    // is the rules' person, the words before it its title.
    const person = s.type === 'person' ? personByEnd.get(s.endToken) : undefined;
    if (person && person.startToken > s.startToken && person.startToken < s.endToken) {
      const titleEnd = tokens[person.startToken - 1];
      out.push({ ...person, title: { start: first.start, end: titleEnd?.end ?? first.end } });
      continue;
    }
    out.push(candidateOf(s, first, last));
  }
  // Tokens inside a tagged person, title included: a role there is the person's title.
  const inPerson = new Uint8Array(tokens.length);
  for (const p of out) if (p.type === 'person') inPerson.fill(1, effectiveStart(ctx, p), p.endToken);
  for (const m of rules) {
    const primary = TAGGED.has(m.type);
    if (primary && !(options.ruleDates && m.type === 'date') && !options.keepRuleSpans) continue;
    let overlaps = false;
    let outsidePerson = false;
    for (let k = effectiveStart(ctx, m); k < m.endToken; k++) {
      if (covered[k]) overlaps = true;
      if (!inPerson[k]) outsidePerson = true;
    }
    if (overlaps && m.type === 'role' && !outsidePerson) overlaps = false;
    // Amounts, documents, equipment and contacts may nest in a tagged name ("40,000 civilians").
    if (!overlaps || NESTABLE.has(m.type)) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** C0 and C1 controls and bidi controls: escape sequences and the like, never part of a name. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0x200e || c === 0x200f) return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}
/**
 * The names the tagger may add where the rules found nothing: people of two words or more, starting
 * with a capital letter or a digit. Checked on the 29 real releases, its other additions were mostly
 * noise: pronouns and lower-case phrases re3d annotates ("I", "we", "damage"), capitalised single
 * words ("Yeah", "Committee", "CEO"), and places and organisations made of capitalised common words
 * ("Investor Relations", "Risk Factors"); cross-validated on dev, adding those gave at most 0.5
 * points (docs/accuracy.md).
 */
function nameLike(ctx: RecognitionContext, s: TaggedSpan): boolean {
  const first = ctx.tokens[s.startToken];
  if (!first || !/^[\p{Lu}\p{N}]/u.test(first.text)) return false;
  if (s.endToken - s.startToken < 2 || s.type !== 'person') return false;
  const last = ctx.tokens[s.endToken - 1];
  if (last && ABSTRACT_NOUN.test(last.text)) return false;
  return !startsWithTurnLabel(ctx.tokens, s) && !ordinaryWords(ctx, s) && !opensWithPhraseWord(ctx, s);
}

/** "Likewise Toyota", "Notably Nvidia": a word that opens a phrase, first in the sentence, opens no name. */
function opensWithPhraseWord(ctx: RecognitionContext, s: TaggedSpan): boolean {
  const first = ctx.tokens[s.startToken];
  return (
    !!first &&
    !!ctx.sentenceStart[s.startToken] &&
    LEADING_STOPWORDS.has(first.text) &&
    !FIRST_NAMES.has(first.text)
  );
}

/** "Q    John —" in a transcript: a one-letter turn label opening a line is not an initial. */
function startsWithTurnLabel(tokens: readonly Token[], s: TaggedSpan): boolean {
  const first = tokens[s.startToken];
  if (first?.text.length !== 1 || tokens[s.startToken + 1]?.text === '.') return false;
  return s.startToken === 0 || first.gap === 'newline' || first.gap === 'paragraph';
}

/**
 * Every word is a common English word and none a given name: capitalised phrases the tagger takes
 * for people on real releases ("Military Sales", "Project Safe Childhood", "Presidential
 * Determination"); "Will Brown" and "Malea Rose" stay people. An ambiguous given name counts
 * only first ("Will Brown", not "Military Will"); "I" and "A" (a numeral, an article) say nothing.
 */
function ordinaryWords(ctx: RecognitionContext, s: TaggedSpan): boolean {
  const { tokens } = ctx;
  for (let k = s.startToken; k < s.endToken; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || t.text === 'I' || t.text === 'A') continue;
    if (FIRST_NAMES.has(t.text) || (k === s.startToken && AMBIGUOUS_FIRST_NAMES.has(t.text))) return false;
    // "Central Asian", "European Cultural Itinerary": a nationality is no part of a personal name.
    if (!isCommonWord(t.text.toLowerCase()) && !nationalityAt(ctx, k) && !REGIONAL.has(t.text)) return false;
  }
  return true;
}

/** Adjectives of regions, which the lexicon does not hold as nationalities. */
const REGIONAL = new Set([
  'Asian',
  'African',
  'European',
  'Arab',
  'Latin',
  'Nordic',
  'Baltic',
  'Balkan',
  'Caribbean',
  'Mediterranean',
]);
/** Endings of plural and abstract nouns that no surname has: "… Development Appropriations", "Niron Magnetics". */
const ABSTRACT_NOUN = /.{3}(?:tions|ments|ities|ics)$/;

function nationalityAt(ctx: RecognitionContext, k: number): boolean {
  const known = ctx.lexicon.exact.longest(ctx.tokens, k);
  return known?.value.type === 'nationality' && known.endToken === k + 1;
}

/** "Federal BLM": after its title words, a person is more than one acronym. */
function onlyAnAcronym(ctx: RecognitionContext, c: Candidate): boolean {
  const t = ctx.tokens[c.startToken];
  return c.endToken - c.startToken === 1 && t !== undefined && t.allCaps;
}

/**
 * Where a tagged span may not lie, whatever it adds or grows: starting inside a word or number
 * ("000 additional U.S. forces" in "20,000 additional U.S. forces"), across a layout gap of two
 * spaces or a tab ("BAAR BAAR Los Angeles  Los Angeles, CA"), over a semicolon, or, for a place, from a street word
 * ("Street Los Angeles" in "705 W 9th Street Los Angeles").
 */
function badSpan(ctx: RecognitionContext, s: TaggedSpan): boolean {
  const { tokens, text } = ctx;
  const first = tokens[s.startToken];
  if (!first) return true;
  // "-- Near Raqqah": a list item's bullet or a dash is never part of a name.
  if (BULLETS.has(first.text) || BULLETS.has(tokens[s.endToken - 1]?.text ?? '')) return true;
  if (s.startToken > 0 && first.gap === 'none') {
    if (first.kind === 'number' || tokens[s.startToken - 1]?.kind !== 'punct') return true;
  }
  if (s.type === 'location' && STREET_WORDS.has(first.text)) return true;
  for (let k = s.startToken + 1; k < s.endToken; k++) {
    const t = tokens[k];
    const before = tokens[k - 1];
    // "McKenzie Assumes Command": a headline's verb is no word of a name.
    if (t && HEADLINE_VERBS.has(t.text)) return true;
    // "owner of Signarama Chandler; Kelley Mattingly, …": a semicolon separates list items, never
    // the words of one name.
    if (t?.text === ';') return true;
    if (!t || !before || t.gap !== 'space') continue;
    if (t.start - before.end > 1 || text.charCodeAt(before.end) === 9) return true;
  }
  return false;
}

/**
 * Places joined into one only as re3d joins them ("Anbar, Iraq", "Karrada district of Baghdad",
 * "Syria-Iraq border"), not over other words: "South Sioux City, near Sioux City" is two places.
 */
function onlyJoinsBetween(
  ctx: RecognitionContext,
  inside: readonly number[],
  rules: readonly (Candidate | undefined)[],
): boolean {
  const { tokens } = ctx;
  for (let n = 1; n < inside.length; n++) {
    const before = rules[inside[n - 1] as number];
    const after = rules[inside[n] as number];
    if (!before || !after) return false;
    for (let k = before.endToken; k < after.startToken; k++) {
      const word = tokens[k]?.text ?? '';
      if (!PLACE_JOINS.has(word) && !PLACE_NOUNS.has(word)) return false;
      // "HOUSTON -- Harris County": a spaced dash ends a dateline ("Syria-Iraq" is glued).
      if (word === '-' && (tokens[k]?.gap === 'space' || tokens[k + 1]?.gap === 'space')) return false;
      // "Anbar, Iraq" names where Anbar is; "Hobart, Kingborough and Clarence", "Mosul, Tikrit",
      // "Norway, Spain" list places: after a comma, a known country, state or region, and before
      // it no country.
      if (word === ',' && !containsPlace(ctx, before, after)) return false;
      // "near Mosul, Anbar, Kirkuk and Diyala": a list goes on after them, no address.
      if (word === ',' && !addressEnds(ctx, after.endToken)) return false;
    }
  }
  return true;
}

/** The kind of the known place a mention names, after a compass word ("northern Syria"), if the knowledge base knows it. */
function placeKindAt(ctx: RecognitionContext, m: Candidate): string | undefined {
  const { lexicon, tokens } = ctx;
  for (let k = m.startToken; k < Math.min(m.endToken, m.startToken + 2); k++) {
    // "TORONTO, ONTARIO" in a dateline: capitals are looked up case-folded.
    const known = lexicon.exact.longest(tokens, k) ?? lexicon.folded.longest(tokens, k);
    if (known?.value.type === 'location') return known.value.placeKind;
  }
  return undefined;
}

/** "Anbar, Iraq", "Greenwich, Connecticut": the place after the comma contains the one before. */
function containsPlace(ctx: RecognitionContext, before: Candidate, after: Candidate): boolean {
  const outer = placeKindAt(ctx, after);
  return (
    (outer === 'country' || outer === 'state' || outer === 'region') && placeKindAt(ctx, before) !== 'country'
  );
}

/** What may join two places into one: "Anbar, Iraq", "Karrada district of Baghdad", "Syria-Iraq border". */
const PLACE_JOINS = new Set([',', 'of', 'the', '-']);

function capitalisedBeyond(tokens: readonly Token[], s: TaggedSpan, place: Candidate): boolean {
  for (let k = s.startToken; k < s.endToken; k++) {
    if (k >= place.startToken && k < place.endToken) continue;
    const t = tokens[k];
    if (t?.kind === 'word' && t.upper) return true;
  }
  return false;
}

/** Lower-case words that may stand just before a known place in a longer place name, besides compass words and articles. */
const PLACE_LEADS = new Set([
  'of',
  'in',
  'at',
  'near',
  'around',
  'outside',
  'across',
  'the',
  'upper',
  'lower',
  'greater',
  'rural',
]);

/** Leads that place something beside a place rather than name it. */
const NEARBY = new Set(['near', 'around', 'outside', 'across']);

const leadsToPlace = (word: string) =>
  PLACE_LEADS.has(word) || COMPASS_WORDS.has(word) || ARABIC_ARTICLES.has(word);

/**
 * Those who live in a place or come from it: "Residents of Mosul" is no longer place than Mosul,
 * nor "a citizen of Mexico" than Mexico.
 */
const PEOPLE_OF_PLACES = new Set([
  'residents',
  'inhabitants',
  'villagers',
  'refugees',
  'families',
  'students',
  'workers',
  'voters',
  'resident',
  'inhabitant',
  'citizen',
  'native',
  'national',
  'villager',
  'refugee',
  'student',
  'worker',
  'voter',
]);

/** Words of bodies, groups and craft, on top of the organisation head words: a place does not grow over them ('Pacific Patrol Boats'). */
const BODY_WORDS = new Set([
  'Fire',
  'Rescue',
  'Resistance',
  'Emergency',
  'Patrol',
  'Boat',
  'Boats',
  'Ship',
  'Ships',
  'Vessel',
  'Vessels',
]);

/**
 * A tagged location over a place the knowledge base knows is not a longer place when one of its
 * other words names a body or a group, or follows it without saying where: "Sioux City Fire (and
 * Rescue)", "Islamic Resistance of Iraq", "citizens of Sioux City", "Virginia hospitals". "Mount Sinjar", "northern Aleppo", "the town of Dabiq" still grow.
 */
function namesBodyAt(ctx: RecognitionContext, s: TaggedSpan, place: Candidate): boolean {
  const { tokens } = ctx;
  for (let k = s.startToken; k < s.endToken; k++) {
    if (k >= place.startToken && k < place.endToken) continue;
    const word = tokens[k]?.text ?? '';
    // Ending after the place on a lower-case word, it must say where: "Mosul district", not
    // "Virginia hospitals" ("Qasr 'tzz at-Din", ending on a name, is one longer name).
    if (
      k === s.endToken - 1 &&
      k >= place.endToken &&
      tokens[k]?.kind === 'word' &&
      !tokens[k]?.upper &&
      !PLACE_NOUNS.has(word)
    )
      return true;
    const lower = word.toLowerCase();
    if (
      ORG_HEAD_WORDS.has(word) ||
      BODY_WORDS.has(word) ||
      GROUP_NOUNS.has(lower) ||
      PEOPLE_OF_PLACES.has(lower)
    )
      return true;
    // Before the place, a lower-case word must say where too: "eastern Aleppo", "town of
    // Dabiq", "Arabic-speaking Iraq", not "proud Colorado".
    if (
      k === place.startToken - 1 &&
      tokens[k]?.kind === 'word' &&
      !tokens[k]?.upper &&
      !leadsToPlace(word) &&
      !(tokens[k - 1]?.text === '-' && tokens[k]?.gap === 'none')
    )
      return true;
    // "The concert at Westminster Abbey", "a vigil at Salisbury Cathedral": what happens at a
    // place is not that place ("the town of Dabiq", "dams in Turkey" are, in re3d's gold).
    if (k === place.startToken - 2 && tokens[k + 1]?.text === 'at' && !PLACE_NOUNS.has(word)) return true;
    // "strike near Mosul", "near Mosul": what is near a place is not that place (never so in re3d's
    // gold, where "south of Stockholm" and "dams in Turkey" are).
    if (k < place.startToken && NEARBY.has(word)) return true;
    // "Additionally, America …": an opening word and its comma are not part of the place, at the
    // start of a sentence or of a list item ("- Additionally, …").
    if (k === s.startToken && opensClause(ctx, k) && tokens[k + 1]?.text === ',') return true;
    // "Near Raqqah, …" opening a strike report's item: the preposition says where, it is not a name.
    if (k === place.startToken - 1 && opensClause(ctx, k) && PLACE_LEADS.has(word.toLowerCase())) return true;
    // "R-Texas": a party label's letter.
    if (word.length === 1 && word >= 'A' && word <= 'Z') return true;
    // "a 34-year-old Sydney man": a number before the place says how old or how many, not where.
    if (k < place.startToken && tokens[k]?.kind === 'number') return true;
  }
  return foreignWordBeside(ctx, s, place);
}

/**
 * A capitalised word written with the place (joined by spaces, no punctuation or lower-case word
 * between) that is no place word: "Michigan Avenue Rolex", "Public Health England", "Melbourne
 * Victory" name something else; "Mosul Dam", "Northern Ontario", "Adelaide Oval" are places, and
 * "Innisfil, Ontario" or "Timmins-Cochrane areas of Northern Ontario" are not one run of capitals.
 */
function foreignWordBeside(ctx: RecognitionContext, s: TaggedSpan, place: Candidate): boolean {
  const { tokens } = ctx;
  const capitalised = (k: number) => tokens[k]?.kind === 'word' && !!tokens[k]?.upper;
  for (
    let k = place.startToken - 1;
    k >= s.startToken && tokens[k + 1]?.gap === 'space' && capitalised(k);
    k--
  )
    if (!isPlaceWord(ctx, k)) return true;
  for (let k = place.endToken; k < s.endToken && tokens[k]?.gap === 'space' && capitalised(k); k++)
    if (!isPlaceWord(ctx, k)) return true;
  return false;
}

/** Capitalised words that may stand in a place's name around a known place, besides compass words, PLACE_HEADS and street words. */
const CAPITALISED_PLACE_WORDS = new Set(
  'Upper Lower Greater Old New Lake Lakes Mount Camp Fort Port Cape Isle City Town Area Border Oval Park Stadium Bridge Cathedral Palace Castle Hill Falls Beach Forest Village Center Centre'.split(
    ' ',
  ),
);

/** Token k may be part of a place's name beside a known place: a place word, an article, another known place. */
function isPlaceWord(ctx: RecognitionContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k] as Token;
  const word = titleCased(t);
  if (
    CAPITALISED_PLACE_WORDS.has(word) ||
    CAPITAL_COMPASS.has(word) ||
    PLACE_HEADS.has(word) ||
    STREET_WORDS.has(word)
  )
    return true;
  if (ARABIC_ARTICLES.has(word.toLowerCase()) || (t.allCaps && t.text.length <= 3)) return true;
  // "Wawa, Ontario", "Quebec-Labrador": a known place; the word inside a name the tagger read whole.
  if (ctx.lexicon.exact.longest(tokens, k)?.value.type === 'location') return true;
  return false;
}

/** Bullets that open a list item at the start of a line. */
const BULLETS = new Set(['-', '–', '—', '•', '*', '·']);

/** The token starts a sentence, or a list item after its bullet. */
function opensClause(ctx: RecognitionContext, k: number): boolean {
  if (ctx.sentenceStart[k]) return true;
  const bullet = ctx.tokens[k - 1];
  if (!bullet || !BULLETS.has(bullet.text)) return false;
  return k - 1 === 0 || bullet.gap === 'newline' || bullet.gap === 'paragraph';
}

/**
 * A tagged person that starts with title words ("Attorney Burke" in "State’s Attorney Burke said")
 * is the name after them, with the words as its title, as the rules write a titled person.
 */
function withTitleApart(ctx: RecognitionContext, s: TaggedSpan, c: Candidate): Candidate {
  let k = s.startToken;
  while (k < s.endToken - 1 && isNeverNameWord(ctx, k)) k++;
  const name = ctx.tokens[k];
  const titleEnd = ctx.tokens[k - 1];
  if (k === s.startToken || !name || !titleEnd) return c;
  return { ...c, startToken: k, start: name.start, title: { start: c.start, end: titleEnd.end } };
}

/** A tagged person grows over a title, a street or a description, not a name: "Attorney Eileen O’Neill Burke", "Dan Ryan Expressway". */
function growsOverNonName(
  ctx: RecognitionContext,
  s: TaggedSpan,
  inside: readonly number[],
  rules: readonly (Candidate | undefined)[],
): boolean {
  const covered = new Uint8Array(s.endToken - s.startToken);
  for (const j of inside) {
    const m = rules[j];
    if (m) covered.fill(1, Math.max(0, m.startToken - s.startToken), m.endToken - s.startToken);
  }
  for (let k = s.startToken; k < s.endToken; k++) {
    if (covered[k - s.startToken]) continue;
    const t = ctx.tokens[k];
    // "Seasoned Google Cloud leader Scott Jensen": a lower-case word is a description, bar "al", "bin".
    if (t?.kind === 'word' && !t.upper && !isNameParticle(t.text)) return true;
    if (isNeverNameWord(ctx, k)) return true;
    // "Later Tom Smith said": a common word opening the sentence opens no name (but "Will Smith").
    if (
      k === s.startToken &&
      ctx.sentenceStart[k] &&
      t?.kind === 'word' &&
      isCommonWord(t.lower) &&
      !FIRST_NAMES.has(t.text)
    )
      return true;
    // "Mark McGowan MLA": letters after the name are none of it.
    if (k > s.startToken && t?.allCaps && isPostNominal(t.text)) return true;
  }
  return false;
}

/** Determiners in -s, which may open a group ("its allies", "his government"). */
const S_DETERMINERS = new Set(['its', 'his', 'this', 'those', 'these', 'various', 'numerous']);

/**
 * A tagged organisation grows over what qualifies a group ("senior Iraqi officials", "other
 * Coalition forces", "their French counterparts"), not over the verb before it: "The mission
 * trains, advises and assists Afghan forces" is no body "assists Afghan forces". A lower-case word
 * in -s before the rules' mention is taken for a verb.
 */
function growsOverVerb(ctx: RecognitionContext, s: TaggedSpan, first: Candidate | undefined): boolean {
  if (!first) return false;
  for (let k = s.startToken; k < first.startToken; k++) {
    const t = ctx.tokens[k];
    // "preparing to attack Somali forces": a verb's infinitive (not "to elite Afghan forces").
    if (k === s.startToken && infinitiveAt(lowerTexts(ctx.tokens), k)) return true;
    if (t?.kind !== 'word' || t.upper || !t.text.endsWith('s') || t.text.length < 4) continue;
    // "members of Bangladeshi community": a noun before "of" heads the group.
    if (!S_DETERMINERS.has(t.text) && ctx.tokens[k + 1]?.text !== 'of') return true;
  }
  return false;
}

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '«', '»']);

function hasLowerCaseWord(tokens: readonly Token[], s: TaggedSpan): boolean {
  for (let k = s.startToken; k < s.endToken; k++) {
    const t = tokens[k];
    if (t && t.kind !== 'punct' && !t.upper && startsWithLetter(t.text)) return true;
  }
  return false;
}

/** How far a run of glued tokens is followed. */
const GLUE_REACH = 8;

/**
 * The span is glued (no space) to a run of tokens holding a control character: "31m ministers"
 * in "␛[31mmet" is a fragment of an escape sequence, not a name.
 */
function gluedToControl(ctx: RecognitionContext, s: TaggedSpan): boolean {
  const { tokens } = ctx;
  for (let k = s.startToken, n = 0; k > 0 && n < GLUE_REACH && tokens[k]?.gap === 'none'; k--, n++)
    if (hasControl(tokens[k - 1]?.text ?? '')) return true;
  for (let k = s.endToken, n = 0; k < tokens.length && n < GLUE_REACH && tokens[k]?.gap === 'none'; k++, n++)
    if (hasControl(tokens[k]?.text ?? '')) return true;
  for (let k = s.startToken; k < s.endToken; k++) if (hasControl(tokens[k]?.text ?? '')) return true;
  return false;
}

/** A tagged span as a candidate; built only for the spans kept (most are dropped or re-type a rule). */
function candidateOf(s: TaggedSpan, first: Token, last: Token): Candidate {
  return {
    type: s.type,
    startToken: s.startToken,
    endToken: s.endToken,
    start: first.start,
    end: last.end,
    tier: 1,
  };
}

/**
 * The mentions by their start token (`from`, each below `tokens`): `order` lists their indices by
 * start, ties in index order, and the first of them starting at or after token t is at
 * order[starts[t]]. A counting sort, linear in mentions and tokens.
 */
function byStart(from: Int32Array, tokens: number): { order: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(tokens + 1);
  for (let j = 0; j < from.length; j++) {
    const start = from[j] as number;
    starts[start + 1] = (starts[start + 1] as number) + 1;
  }
  for (let t = 1; t <= tokens; t++) starts[t] = (starts[t] as number) + (starts[t - 1] as number);
  const next = starts.slice();
  const order = new Int32Array(from.length);
  from.forEach((start, j) => {
    order[next[start] as number] = j;
    next[start] = (next[start] as number) + 1;
  });
  return { order, starts };
}

/**
 * The rules' mentions, plus the tagged names where the rules found nothing; a tagged name may also
 * grow over shorter unknown names of its type ("Mosul district" over "Mosul") and re-type a
 * rule mention it spans exactly (types in `retype`). Linear: mentions are looked up by token.
 */
export function augment(
  ctx: RecognitionContext,
  rules: readonly Candidate[],
  tagged: readonly TaggedSpan[],
  options: CombineOptions,
): Candidate[] {
  const { tokens } = ctx;
  const taken = new Uint8Array(tokens.length);
  const from = new Int32Array(rules.length);
  rules.forEach((m, j) => {
    from[j] = effectiveStart(ctx, m);
  });
  let longest = 0;
  rules.forEach((m, j) => {
    const start = from[j] ?? m.startToken;
    taken.fill(1, start, m.endToken);
    longest = Math.max(longest, m.endToken - start);
  });
  // Rule mentions by effective start, to find those a span overlaps without scanning them all.
  const { order, starts } = byStart(from, tokens.length);
  const firstStartingAtOrAfter = (token: number) =>
    starts[Math.min(Math.max(token, 0), tokens.length)] as number;
  /** The first rule mention (in `rules` order) over exactly [start, end). */
  const exactly = (start: number, end: number): number | undefined => {
    for (let o = firstStartingAtOrAfter(start); o < order.length; o++) {
      const j = order[o] as number;
      if (from[j] !== start) break;
      if (rules[j]?.endToken === end) return j;
    }
    return undefined;
  };
  const result: (Candidate | undefined)[] = [...rules];
  const added: Candidate[] = [];
  const titleCase = titleCaseLines(ctx);
  // The rule mentions a span overlaps, the first `overlaps` of them: one array written over per
  // span, not a new one for each of the tens of thousands of spans in a long release (setting
  // `length = 0` would free its store). Copied out only for the few spans that may grow.
  const overlapping: number[] = [];
  for (let k = 0; k < tagged.length; k++) {
    const s = tagged[k] as TaggedSpan;
    if (options.ruleDates && s.type === 'date') continue;
    const first = tokens[s.startToken];
    const last = tokens[s.endToken - 1];
    if (!first || !last) continue;
    if (badSpan(ctx, s)) continue;
    let free = true;
    for (let k = s.startToken; k < s.endToken; k++) if (taken[k]) free = false;
    if (free) {
      // A name never ends on a title or a place word ("Dan Ryan Expressway").
      if (
        nameLike(ctx, s) &&
        !titleCase[s.startToken] &&
        !gluedToControl(ctx, s) &&
        !isNeverNameWord(ctx, s.endToken - 1)
      ) {
        const person = withTitleApart(ctx, s, candidateOf(s, first, last));
        if (!onlyAnAcronym(ctx, person)) added.push(person);
      }
      continue;
    }
    const exact = exactly(s.startToken, s.endToken);
    const rule = exact === undefined ? undefined : result[exact];
    if (exact !== undefined && rule && rule.type !== s.type && options.retype.includes(rule.type)) {
      // "Iraqis" may be a group of people; "Arab" of "Arab news organizations" is an adjective still.
      if (rule.type === 'nationality' && s.type === 'organization' && !last.text.endsWith('s')) continue;
      // A demonym names people or qualifies a noun, never a place: "The Emirati and Qatari defense
      // ministers"; nor one person: "a Syrian official" is the official.
      if (rule.type === 'nationality' && (s.type === 'location' || s.type === 'person')) continue;
      const { key: _key, country: _country, expansion: _expansion, ...rest } = rule;
      result[exact] = {
        ...rest,
        type: s.type,
        ...(rule.canonical ? { key: `${s.type}:${rule.canonical}` } : {}),
      };
      continue;
    }
    if (!options.grow.includes(s.type)) continue;
    // On a title-case line capitals say nothing: a span of capitalised words only ("L3Harris
    // Expands Florida" over "Florida") is no evidence, one with a lower-case word ("Karrada
    // district of Baghdad") still is. A quote mark never starts or ends a name ("“Palm Bay").
    if (titleCase[s.startToken] && !hasLowerCaseWord(tokens, s)) continue;
    if (QUOTES.has(first.text) || QUOTES.has(last.text)) continue;
    // Grow only when every rule mention the span overlaps is of its type and lies inside it. A
    // name the knowledge base knows ("NATO") or a titled person ("Mr. Stoltenberg") is left
    // alone, bar places: "eastern Aleppo" is still Aleppo.
    let overlaps = 0;
    let grows = true;
    for (let o = firstStartingAtOrAfter(s.startToken - longest); o < order.length; o++) {
      const j = order[o] ?? 0;
      const m = result[j];
      const start = from[j] ?? 0;
      if (start >= s.endToken) break;
      if (!m || m.endToken <= s.startToken) continue;
      overlapping[overlaps++] = j;
      if (
        m.type !== s.type ||
        start < s.startToken ||
        m.endToken > s.endToken ||
        m.title ||
        (m.canonical !== undefined && m.type !== 'location')
      )
        grows = false;
    }
    if (!grows || overlaps === 0) continue;
    // The same span as the rule's: nothing grows, the rule's mention stays as it is.
    if (
      overlaps === 1 &&
      from[overlapping[0] as number] === s.startToken &&
      result[overlapping[0] as number]?.endToken === s.endToken
    )
      continue;
    const inside = overlapping.slice(0, overlaps);
    const place = inside.length === 1 && s.type === 'location' ? result[inside[0] ?? 0] : undefined;
    if (place?.canonical !== undefined && namesBodyAt(ctx, s, place)) continue;
    if (s.type === 'location' && inside.length > 1 && !onlyJoinsBetween(ctx, inside, result)) continue;
    // "Kandahar and Uruzgan provinces": the plural noun is shared, no part of the last name.
    if (s.type === 'location' && PLURAL_PLACE_NOUNS.has(lowerTexts(tokens)[s.endToken - 1] ?? '')) continue;
    if (s.type === 'person' && growsOverNonName(ctx, s, inside, result)) continue;
    if (s.type === 'organization' && growsOverVerb(ctx, s, result[inside[0] ?? 0])) continue;
    for (const j of inside) result[j] = undefined;
    const span = candidateOf(s, first, last);
    // "eastern Aleppo", "Mosul district" are still Aleppo and Mosul; "South Sioux City", "Mosul
    // Dam", "Cboe Japan", with a capitalised word of their own, are other places.
    if (place?.key && !capitalisedBeyond(tokens, s, place)) {
      span.key = place.key;
      if (place.canonical !== undefined) span.canonical = place.canonical;
    }
    if (place?.country) span.country = place.country;
    added.push(span);
  }
  const kept = result.filter((m): m is Candidate => m !== undefined);
  return mergeSorted(kept, added, (a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The tagger's spans that keep to one line, as the rules' names do: "READOUT⏎OFFICE OF THE
 * SPOKESPERSON" across a release's header lines is no one's name.
 */
function withinLines(ctx: RecognitionContext, spans: TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  return spans.filter((span) => {
    for (let k = span.startToken + 1; k < span.endToken; k++) {
      const gap = tokens[k]?.gap;
      if (gap === 'newline' || gap === 'paragraph') return false;
    }
    return true;
  });
}

/**
 * The document's mentions after the tagger: the rules' mentions when no model is available. `memo`
 * (an analysis session's) reuses the labels of sentences whose features did not change.
 */
export function tagMentions(ctx: RecognitionContext, rules: Candidate[], memo?: DecodeMemo): Candidate[] {
  taggerHooks.observe?.(ctx, rules);
  const model = taggerHooks.model === undefined ? shippedModel() : taggerHooks.model;
  if (!model || ctx.tokens.length === 0) return rules;
  const options = { ...DEFAULTS, ...taggerHooks.options };
  let spans = withinLines(
    ctx,
    spansOf(decode(model, ctx, new FeatureExtractor(ctx, rules, model.bits, memo), memo)),
  );
  if (options.consistency) spans = makeConsistent(ctx, spans);
  return options.mode === 'augment'
    ? augment(ctx, rules, spans, options)
    : combine(ctx, rules, spans, options);
}
