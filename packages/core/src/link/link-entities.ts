/**
 * Turn selected mentions into entities: mentions of one thing share an entity, which gets a
 * canonical name, aliases, roles and links. Person names link by surname ("Mr. Stoltenberg" →
 * Jens Stoltenberg), organisations by knowledge-base key (NATO = North Atlantic Treaty
 * Organization), dates by resolved value, roles by title.
 */
import { mapHoley, mapPacked } from '../arrays.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../knowledge/first-names.js';
import { KNOWN_PEOPLE } from '../knowledge/people.js';
import { ARABIC_ARTICLES } from '../knowledge/place-words.js';
import { type Candidate, textKey } from '../recognize/candidate.js';
import { companyShortForm } from '../recognize/repeated-names.js';
import { withoutAccents } from '../text/accents.js';
import type { Entity, Mention, Role } from '../types.js';
import { resolvePlaceReferences } from './place-references.js';
import { resolveRoleReferences } from './role-references.js';

/** A mention on its way to an entity. */
export interface Draft extends Candidate {
  text: string;
  /** Filled by linking. */
  entityKey?: string;
  /** A title standing for its holder ("the President"), now a person mention. */
  fromRole?: boolean;
  /** Such a title in apposition to a name ("Philip Hammond, the Foreign Secretary"): that name. */
  describes?: Draft;
  /**
   * Such a title mention spans the body it is of ("commander of U.S. Central Command"); the title
   * proper ends here, and the body keeps its own mention.
   */
  headEnd?: number;
}

const NAME_SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .filter((w) => !NAME_SUFFIXES.has(w));
}

export function surnameOf(name: string): string {
  const words = nameWords(name);
  return words[words.length - 1] ?? name;
}

/** Two different first names may still be one person's: "J. Smith" and "John Smith". */
function firstNamesCompatible(fa: string, fb: string): boolean {
  return fa.replace('.', '').length === 1 || fb.replace('.', '').length === 1 ? fa[0] === fb[0] : false;
}

/**
 * nameWords() memoised for one linking run: a person is mentioned by the same few spellings again
 * and again, and each split is a regex pass and two arrays.
 */
class NameWords {
  private readonly memo = new Map<string, string[]>();

  of(name: string): string[] {
    let words = this.memo.get(name);
    if (!words) {
      words = nameWords(name);
      this.memo.set(name, words);
    }
    return words;
  }

  count(name: string): number {
    return this.of(name).length;
  }

  /** As surnameOf(). */
  surname(name: string): string {
    const words = this.of(name);
    return words[words.length - 1] ?? name;
  }

  /**
   * One name is the other's last words, two or more: "McDonald Rivet" and "Kristen McDonald
   * Rivet" (a double surname, written alone after a title).
   */
  oneEndsTheOther(a: string, b: string): boolean {
    const [short, long] =
      this.count(a) <= this.count(b) ? [this.of(a), this.of(b)] : [this.of(b), this.of(a)];
    if (short.length < 2 || short.length === long.length) return false;
    const offset = long.length - short.length;
    return short.every((w, i) => w === long[offset + i]);
  }

  /** As firstNamesCompatible(). */
  firstNamesCompatible(a: string, b: string): boolean {
    const fa = this.of(a)[0] ?? '';
    const fb = this.of(b)[0] ?? '';
    // "ANDREW PEACOCK" in a shouted heading is Andrew Peacock.
    if (fa === fb || fa.toLowerCase() === fb.toLowerCase()) return true;
    return firstNamesCompatible(fa, fb);
  }
}

/** A surname compared without case or its Arabic article: "al-Abadi", "Al-Abadi" and "Abadi" are one. */
function surnameKey(surname: string): string {
  // "Sánchez" and "Sanchez" too: accents come and go with the keyboard.
  const lower = withoutAccents(surname).toLowerCase();
  const dash = lower.indexOf('-');
  return dash > 0 && ARABIC_ARTICLES.has(lower.slice(0, dash)) ? lower.slice(dash + 1) : lower;
}

let knownPeopleNames: Set<string> | undefined;
/** The full names of the people the knowledge base knows, built when first needed. */
function knownPeople(): ReadonlySet<string> {
  knownPeopleNames ??= new Set(KNOWN_PEOPLE.map((p) => p.name));
  return knownPeopleNames;
}

/** A capitalised word that may be a first surname: no initial, no particle ("de", "y"). */
const FIRST_SURNAME = /^\p{Lu}[\p{Ll}\p{M}'’-]{2,}$/u;

/** Give every person mention an entity key: full names by name, surnames by the full name they shorten. */
function linkPeople(drafts: Draft[], words: NameWords): void {
  // Full names by surname, so each mention compares with the few sharing its surname, not all.
  const bySurname = new Map<string, { key: string; name: string; known: boolean }[]>();
  // A reference ("the general") takes the key of the person it refers to (resolvePersonReferences).
  const people = drafts.filter((d) => d.type === 'person' && d.refersTo === undefined);
  // A well-known person ("Assad") is linked by the full name the knowledge base gives.
  const nameOf = (d: Draft) => d.canonical ?? d.text;
  // Indexed: for-of in code that runs once per document allocates a result per element.
  for (let i = 0; i < people.length; i++) {
    const d = people[i] as Draft;
    const name = nameOf(d);
    if (words.count(name) < 2) continue;
    const surname = surnameKey(words.surname(name));
    const same = bySurname.get(surname) ?? [];
    const known = same.find(
      (f) => words.firstNamesCompatible(f.name, name) || words.oneEndsTheOther(f.name, name),
    );
    if (known) d.entityKey = known.key;
    else {
      const key = `person:${name}`;
      same.push({ key, name, known: d.canonical !== undefined || knownPeople().has(name) });
      bySurname.set(surname, same);
      d.entityKey = key;
    }
  }
  // "Ana Mafé García" … "Dr. Mafé": a Spanish or Portuguese name's first surname, written alone.
  const byFirstSurname = new Map<string, string | null>();
  for (const f of [...bySurname.values()].flat()) {
    const w = words.of(f.name);
    const inner = w.length >= 3 ? w[w.length - 2] : undefined;
    if (!inner || !FIRST_SURNAME.test(inner) || FIRST_NAMES.has(inner) || AMBIGUOUS_FIRST_NAMES.has(inner))
      continue;
    const key = surnameKey(inner);
    byFirstSurname.set(key, byFirstSurname.has(key) && byFirstSurname.get(key) !== f.key ? null : f.key);
  }
  for (let i = 0; i < people.length; i++) {
    const d = people[i] as Draft;
    if (d.entityKey) continue;
    // The first full name with this surname, one the knowledge base knows first ("President
    // Assad" is Bashar al-Assad, though Bassel al-Assad was named before); else the surname is a
    // person of its own.
    const same = bySurname.get(surnameKey(d.text));
    const match = same?.find((f) => f.known) ?? same?.[0];
    // (Only a titled surname, "Dr. Mafé", and only one person's: a middle name alone is no one's.)
    const first =
      !match && d.title && words.count(d.text) === 1 ? byFirstSurname.get(surnameKey(d.text)) : undefined;
    d.entityKey = match ? match.key : (first ?? `person:${d.text.toLowerCase()}`);
  }
}

/**
 * "The general" refers back to the person named at `refersTo` (recognize/rank-references.ts): it
 * takes that person's key, or, should that name have been re-read since, the key of the person
 * mentioned there; with no one there, it is an unnamed person of its own.
 */
function resolvePersonReferences(drafts: readonly Draft[]): void {
  const people = drafts.filter((d) => d.type === 'person' && d.refersTo === undefined);
  let p = 0;
  const references = drafts
    .filter((d) => d.type === 'person' && d.refersTo !== undefined)
    .sort((a, b) => (a.refersTo ?? 0) - (b.refersTo ?? 0));
  for (const d of references) {
    const at = d.refersTo ?? 0;
    while (p < people.length && (people[p] as Draft).end <= at) p++;
    const person = people[p];
    d.fromRole = true;
    d.entityKey =
      person && person.start <= at && person.entityKey
        ? person.entityKey
        : `person:role:${d.text.toLowerCase()}`;
  }
}

/**
 * The grouping key of a draft. Built keys are kept by type and text (and by date value), so the
 * thousands of repeated mentions ("NATO", "$1 million") fold their text once and share one key
 * string, whose hash is then computed once.
 */
class Keys {
  private readonly byText = new Map<string, Map<string, string>>();
  private readonly byDate = new Map<string, string>();
  private readonly foldedKeys = new Map<string, string>();

  /**
   * The key with its letters' accents dropped: a release writes one name with and without them
   * ("Apareció Foundation", "Aparecio Foundation"; "Félix Magazine", "Felix Magazine"), and two
   * things named alike but for an accent are rarer than one name typed two ways. Case is dropped
   * for the same reason: "the Quebec Government" and "the Quebec government", "Sioux City Police"
   * and "Sioux City police" are one body written two ways.
   */
  folded(key: string): string {
    let folded = this.foldedKeys.get(key);
    if (folded === undefined) {
      folded = withoutAccents(key).toLowerCase();
      this.foldedKeys.set(key, folded);
    }
    return folded;
  }

  of(d: Draft): string {
    if (d.entityKey) return d.entityKey;
    if (d.key) return d.key;
    if (d.distinct) return `${d.type}:#${d.start}`;
    if (d.type === 'date' && d.value) {
      let key = this.byDate.get(d.value);
      if (key === undefined) {
        key = `date:${d.value}`;
        this.byDate.set(d.value, key);
      }
      return key;
    }
    let forType = this.byText.get(d.type);
    if (!forType) {
      forType = new Map();
      this.byText.set(d.type, forType);
    }
    let key = forType.get(d.text);
    if (key === undefined) {
      key = textKey(d.type, d.text);
      forType.set(d.text, key);
    }
    return key;
  }
}

interface Group {
  key: string;
  type: Entity['type'];
  drafts: Draft[];
  /** Entity id, once groups are ordered. */
  id: string;
}

function surfaceOf(text: string, d: Draft, words: NameWords): string {
  // A bare surname is shown with its title: "Secretary Austin", "Mr. Stoltenberg".
  if (d.type === 'person' && d.title && words.count(d.text) === 1) {
    const title = text.slice(d.title.start, d.title.end);
    // Only a one-word title reads as part of the name: "Secretary Austin", not "Israeli Defence Minister Gallant".
    if (!/\s/.test(title)) return text.slice(d.title.start, d.end);
  }
  return d.text;
}

/**
 * The surface is the name with lower-case words around it: "eastern Syria", "north of Kosovo",
 * "The hospital" opening a sentence.
 */
function partOf(surface: string, name: string): boolean {
  const at = surface.indexOf(name);
  if (at < 0 || surface.length === name.length) return false;
  const rest = surface.slice(0, at) + surface.slice(at + name.length);
  return !/\p{Lu}/u.test(rest.replace(/^(?:The|A|An)\s/, ''));
}

/** "the Foreign Secretary" → "Foreign Secretary": an unnamed person is called by the title. */
/**
 * A name only ever shouted ("COL. DORRIAN:", a dateline's "MANAMA") is named in title case:
 * "Dorrian", "Manama", "Jean-Pierre", "O'Neill". Words of three letters or fewer keep their
 * capitals ("USA", "AL"): they are as often initials.
 */
export function unshouted(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .replace(/\p{Lu}{4,}/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase())
    .replace(/([-'’])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

function titleName(text: string): string {
  return text.replace(/^(?:the|my|our|his|her|its|their)\s+/i, '');
}

/** The name with the most words, then the longest; the first on a tie. */
function longestName(drafts: readonly Draft[], words: NameWords, fallback: string): string {
  let best = drafts[0]?.text ?? fallback;
  let bestWords = words.count(best);
  for (const d of drafts) {
    const count = words.count(d.text);
    if (count > bestWords || (count === bestWords && d.text.length > best.length)) {
      best = d.text;
      bestWords = count;
    }
  }
  return best;
}

/**
 * A company named first without its legal form (a headline's "Acme Robotics Names …") goes by the
 * fuller name written later ("Acme Robotics Inc."): the longest written name that goes on from it.
 */
function fullerCompanyName(drafts: readonly Draft[], canonical: string | undefined): string | undefined {
  if (canonical === undefined) return undefined;
  let fuller = canonical;
  for (const d of drafts)
    if (d.text === d.canonical && d.text.length > fuller.length && d.text.startsWith(`${canonical} `))
      fuller = d.text;
  return fuller;
}

/** Upper-case letters in a text. */
function capitals(text: string): number {
  let count = 0;
  for (const ch of text) if (ch !== ch.toLowerCase()) count++;
  return count;
}

/**
 * The name as a proper noun when it is also written in running prose's lower case ("Sioux City
 * police" first, "Sioux City Police" later): the same words with the most capitals, short of all.
 */
function properCase(name: string, drafts: readonly Draft[]): string {
  const lower = name.toLowerCase();
  let best = name;
  for (const d of drafts)
    if (
      d.text.toLowerCase() === lower &&
      d.text !== d.text.toUpperCase() &&
      capitals(d.text) > capitals(best)
    )
      best = d.text;
  return best;
}

function canonicalName(group: Group, words: NameWords): string {
  const { drafts, type } = group;
  const first = drafts[0];
  if (!first) return '';
  if (type === 'person') {
    const known = drafts.find((d) => d.canonical)?.canonical;
    if (known) return known;
    // A name beats a title standing for the person ("Biden", not "the President").
    const spelled = drafts.filter((d) => !d.fromRole);
    if (spelled.length === 0) return titleName(first.text);
    // A name as written in running text beats the same name shouted in a heading ("ANDREW PEACOCK").
    const quiet = spelled.filter((d) => d.text !== d.text.toUpperCase());
    if (quiet.length === 0) return unshouted(longestName(spelled, words, first.text));
    const named = quiet;
    return longestName(named, words, first.text);
  }
  if (type === 'location' || type === 'nationality' || type === 'event' || type === 'equipment') {
    if (type === 'nationality') return first.canonical ?? first.text;
    // The knowledge base's name if any mention has it, else the first not shouted in capitals
    // ("Los Angeles", not the dateline's "LOS ANGELES"). A reference ("the city") names nothing.
    const named = drafts.filter((d) => !d.reference);
    const from = named.length > 0 ? named : drafts;
    const known = from.find((d) => d.canonical)?.canonical;
    const name = known ?? from.find((d) => d.text !== d.text.toUpperCase())?.text ?? (from[0] ?? first).text;
    return type === 'location' ? unshouted(name) : name;
  }
  if (type === 'organization') {
    const canonical = fullerCompanyName(drafts, first.canonical);
    if (canonical && drafts.some((d) => d.text === canonical)) return canonical;
    const spelled = drafts.filter((d) => !d.expansion && !d.reference && !/^the\s/i.test(d.text));
    // "U.S. Central Command" in the text, not the letterhead's "U.S. CENTRAL COMMAND" (a name of
    // several words in capitals is shouted; a one-word acronym is not).
    const shouted = (d: Draft) => d.text === d.text.toUpperCase() && /\s/.test(d.text);
    const quiet = spelled.find((d) => !shouted(d));
    if (quiet) return properCase(quiet.text, spelled);
    if (spelled.length > 0 && canonical) return canonical;
    // Only "the Commission", by a related body's stand-in, or "the White House": the body's own
    // name (an acronym alone, "NATO", stays the name it is written by).
    if (spelled.length === 0 && canonical && !drafts.some((d) => d.expansion || d.reference))
      return canonical;
    return spelled[0]?.text ?? first.text;
  }
  if (type === 'date') {
    // The most explicit form: one with a year, else one with a day's number ("19 December", not
    // the "Monday" written before it), else the first.
    const explicitness = (text: string) => (/\d{4}/.test(text) ? 2 : /\d/.test(text) ? 1 : 0);
    const best = drafts.reduce(
      (best, d) => (explicitness(d.text) > explicitness(best) ? d.text : best),
      first.text,
    );
    // "Monday 19 December" is one mention, named "19 December": the weekday adds nothing to it.
    return best.replace(LEADING_WEEKDAY, '') || best;
  }
  // A count is named with what it counts ("34 satellites"; recognize/amounts.ts).
  if (type === 'quantity' && first.canonical) return first.canonical;
  return drafts.reduce((best, d) => (d.text.length > best.length ? d.text : best), first.text);
}

export interface LinkResult {
  entities: Entity[];
  /** Entity id of every draft, by draft. */
  idOf: Map<Draft, string>;
  /** The same by draft index: for a pass over all drafts, where a look-up by object cost more. */
  ids: readonly string[];
}

/** A weekday opening a date written with its day ("Monday, May 13, 2024"). */
const LEADING_WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?=[^\n]*\d)/i;

/** Build entities in order of first mention. Summaries are filled in later. */
const ORGANIZATION_KEY = 'organization:';
/** Words of a company's short name looked at for another company opening with it. */
const MAX_SHORT_WORDS = 4;

/**
 * "CEO of Brightline" read as a company of its own in a release about "Brightline Analytics": a
 * name that is the short form of one company the text names (without its trade word or legal
 * form: recognize/repeated-names.ts) is that company. Not when another company's name opens with
 * it too ("Acme Health Labs" and "Acme Software Labs" leave "Acme" alone).
 */
function joinShortCompanyNames(drafts: Draft[]): void {
  const fullByShort = new Map<string, string | null>();
  const seen = new Set<string>();
  // Indexed loops: for-of in code that runs once per document allocates a result per element.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (d.type !== 'organization' || !d.key?.startsWith(ORGANIZATION_KEY) || seen.has(d.key)) continue;
    seen.add(d.key);
    // (A common word counts: only names already read as bodies are joined here.)
    const short = companyShortForm(d.key.slice(ORGANIZATION_KEY.length), true);
    if (!short) continue;
    const other = fullByShort.get(short);
    fullByShort.set(short, other === undefined ? d.key : null);
  }
  if (fullByShort.size === 0) return;
  // ("Acme" between "Acme Health Labs" and "Acme Software Labs": another company opens with it too.)
  const opening = new Map<string, number>();
  for (const key of seen) {
    const words = key.slice(ORGANIZATION_KEY.length).split(' ');
    for (let n = 1; n < words.length && n <= MAX_SHORT_WORDS; n++) {
      const prefix = words.slice(0, n).join(' ');
      opening.set(prefix, (opening.get(prefix) ?? 0) + 1);
    }
  }
  for (const short of fullByShort.keys()) if ((opening.get(short) ?? 0) > 1) fullByShort.set(short, null);
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (d.type !== 'organization' || d.entityKey) continue;
    const name = d.key?.startsWith(ORGANIZATION_KEY) ? d.key.slice(ORGANIZATION_KEY.length) : d.text;
    const full = fullByShort.get(name);
    if (full) d.entityKey = full;
  }
}

export function linkEntities(text: string, drafts: Draft[]): LinkResult {
  const words = new NameWords();
  linkPeople(drafts, words);
  resolvePersonReferences(drafts);
  resolveRoleReferences(text, drafts);
  resolvePlaceReferences(text, drafts);
  joinShortCompanyNames(drafts);
  const keys = new Keys();
  const groups = new Map<string, Group>();
  /** The group of each draft, by draft index. */
  const groupOf: Group[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const key = keys.folded(keys.of(d));
    let g = groups.get(key);
    if (!g) {
      g = { key, type: d.type, drafts: [], id: '' };
      groups.set(key, g);
    }
    g.drafts.push(d);
    groupOf.push(g);
  }
  const ordered = [...groups.values()].sort((a, b) => (a.drafts[0]?.start ?? 0) - (b.drafts[0]?.start ?? 0));
  ordered.forEach((g, index) => {
    g.id = `e${index + 1}`;
  });
  // Filled in text order, not group by group: the drafts are then visited in the order they sit
  // in memory, which in a long text is most of the cost of this map.
  const idOf = new Map<Draft, string>();
  const ids = mapHoley(drafts, (d, i) => {
    const id = (groupOf[i] as Group).id;
    idOf.set(d, id);
    return id;
  });
  const entities: Entity[] = mapPacked(ordered, (g) => {
    const id = g.id;
    // A name is shown on one line, whatever the wrapping of the text it came from.
    const name = canonicalName(g, words).replace(/\s+/g, ' ');
    const folded = name.toLowerCase();
    // Aliases: each surface that differs from the name and from earlier aliases other than in case.
    const aliases: string[] = [];
    const aliasesFolded = new Set<string>();
    // A surface seen before was decided then; most mentions repeat one.
    const seen = new Set<string>();
    const mentions: Mention[] = [];
    for (let k = 0; k < g.drafts.length; k++) {
      const d = g.drafts[k] as Draft;
      const surface = surfaceOf(text, d, words);
      if (!seen.has(surface)) {
        seen.add(surface);
        const lower = surface.toLowerCase();
        // A count's number is no other name for "34 satellites"; nor is "eastern Syria" or "the
        // north of Kosovo" another name for Syria or Kosovo, but a part of it.
        const counted = g.type === 'quantity' && d.canonical !== undefined;
        if (
          lower !== folded &&
          !aliasesFolded.has(lower) &&
          !counted &&
          !d.reference &&
          !partOf(surface, name)
        ) {
          aliases.push(surface);
          aliasesFolded.add(lower);
        }
      }
      const mention: Mention = { start: d.start, end: d.end, text: d.text };
      if (d.title)
        mention.title = {
          start: d.title.start,
          end: d.title.end,
          text: text.slice(d.title.start, d.title.end),
        };
      mentions.push(mention);
    }
    const entity: Entity = { id, type: g.type, name, aliases, roles: [] as Role[], mentions, summary: '' };
    const withValue = g.drafts.find((d) => d.value);
    if (withValue?.value) entity.value = withValue.value;
    const duration =
      g.type === 'date' && !entity.value ? g.drafts.find((d) => d.duration)?.duration : undefined;
    if (duration) entity.duration = duration;
    const expansion = g.drafts.find((d) => d.expansion)?.expansion;
    if (g.type === 'organization' && expansion && expansion !== name) entity.expansion = expansion;
    const country = g.drafts.find((d) => d.country)?.country;
    if (g.type === 'nationality' && country) entity.country = country;
    return entity;
  });
  return { entities, idOf, ids };
}
