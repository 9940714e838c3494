/**
 * A title standing alone refers to a person: "the Secretary General" in a NATO release is Jens
 * Stoltenberg, "the President" is the President named elsewhere in the text. Such mentions become
 * mentions of the holder, found where the same title is written before a name. With no holder in
 * the document, the title names an unnamed person of its own ("the Foreign Secretary").
 * A title in apposition to a name ("Philip Hammond, the Foreign Secretary,", "the Foreign
 * Secretary, Philip Hammond,"), or before a ranked name with only a service between ("Chairman of
 * the Joint Chiefs of Staff Marine Corps Gen. Joe Dunford"), refers to that person: it becomes one of their mentions, and
 * link-roles.ts gives them the title as a role. A title that describes someone otherwise ("Tom
 * Goffus will serve as my Special Coordinator …") stays a role: it says what they will be.
 */
import { mapHoley } from '../arrays.js';
import {
  afterPostNominals,
  contactNameThenTitle,
  describedPerson,
  draftFrom,
  introduces,
  nameLineThenTitle,
  qualifiedStart,
  rankedPersonAfter,
  titledPerson,
  titleLineThenName,
} from './holder-link.js';
import type { Draft } from './link-entities.js';

/**
 * Only a comma (and "the", or a body's possessive) between a name and a title: an apposition, not
 * "X will serve as …". ("Renata Okafor, Castellan's senior vice president": the body may be no mention.)
 */
const APPOSITION = /^\s*,\s*(?:the\s+)?$/i;
const APPOSITION_POSSESSED = /^\s*,\s*(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s?\s+$/;
const apposed = (between: string) => APPOSITION.test(between) || APPOSITION_POSSESSED.test(between);

/** The title at drafts[i] in apposition to `person`, before or after it (a qualifier may open the title). */
const inApposition = (text: string, drafts: readonly Draft[], i: number, person: Draft) => {
  const role = drafts[i] as Draft;
  return person.end <= role.start
    ? apposed(afterPostNominals(text.slice(person.end, qualifiedStart(text, drafts, i)))) ||
        nameLineThenTitle(text, person, role) ||
        contactNameThenTitle(text, person, role)
    : apposed(text.slice(role.end, person.start)) ||
        introduces(text, role, person) ||
        titleLineThenName(text, role, person);
};

/** Words before a titled name that make its holder someone spoken to or met: "to President Xi". */
const COUNTERPART = /\b(?:to|with|and)\s+$/;

/** "as", and a determiner or another title and "and", just before a title. */
const AFTER_AS = /\bas\s+(?:(?:the|my|our|his|her|its|their|a|an)\s+)?(?:[A-Z][\w-]*\s+and\s+)?$/;
const AS_REACH = 40;

/** A title's text as a key: lower case, no determiner, one apostrophe ("State's" and "State’s" alike). */
const titleKey = (d: Draft) =>
  d.text
    .toLowerCase()
    .replace(/^(?:the|my|our|his|her|its|their)\s+/, '')
    .replaceAll('\u2019', "'");

/**
 * "Foreign Office Minister, Tobias Ellwood,": the body written just before a title that refers to
 * someone is part of the mention (as it is of a title written before a name); the title proper,
 * the role, still starts at `headStart`, and the body keeps its own mention.
 */
function withBodyBefore(text: string, drafts: Draft[], i: number): void {
  const d = drafts[i];
  const body = bodyDraftBefore(text, drafts, i);
  if (!d || !body) return;
  d.headStart ??= d.start;
  d.start = body.start;
  d.startToken = body.startToken;
  d.text = text.slice(d.start, d.end);
}

/** The organisation written just before the title at drafts[i], only spaces between ("FBI Director"). */
function bodyDraftBefore(text: string, drafts: readonly Draft[], i: number): Draft | undefined {
  const d = drafts[i];
  const body = drafts[i - 1];
  return d && body?.type === 'organization' && /^[^\S\r\n]+$/.test(text.slice(body.end, d.start))
    ? body
    : undefined;
}

/** "of" or "for", and "the", between a title and the body or country it is of. */
const OF_BODY = /^[^\S\r\n]+(?:of|for)[^\S\r\n]+(?:the[^\S\r\n]+)?$/;

/**
 * "Gen. Joseph Votel, commander of U.S. Central Command,", "the Minister of Foreign Affairs of
 * Iraq": the body or country a title referring to someone is of is part of the mention, which
 * names whom it means (re3d annotates such titles whole); the title proper still ends at
 * `headEnd`, and the body keeps its own mention.
 */
function withBodyAfter(text: string, drafts: Draft[], i: number): void {
  const d = drafts[i];
  const body = bodyDraftAfter(text, drafts, i);
  if (!d || !body) return;
  d.headEnd ??= d.end;
  d.end = body.end;
  d.endToken = body.endToken;
  d.text = text.slice(d.start, d.end);
}

/** The body or country the title at drafts[i] is of, written after it ("Director of the FBI"). */
function bodyDraftAfter(text: string, drafts: readonly Draft[], i: number): Draft | undefined {
  const d = drafts[i];
  const body = d ? draftFrom(drafts, i, d.end) : undefined;
  if (!d || !body || (body.type !== 'organization' && body.type !== 'location')) return undefined;
  return OF_BODY.test(text.slice(d.end, body.start)) ? body : undefined;
}

/**
 * What the title at drafts[i] is of, after it or before it, by the body's key where it has one
 * ("the FBI" and "the Federal Bureau of Investigation" are one); undefined when nothing is.
 */
function bodyKeyOf(text: string, drafts: readonly Draft[], i: number): string | undefined {
  const body = bodyDraftAfter(text, drafts, i) ?? bodyDraftBefore(text, drafts, i);
  return body && (body.key ?? body.text.toLowerCase());
}

/** Runs after people are linked (person drafts carry their entity key). */
export function resolveRoleReferences(text: string, drafts: Draft[]): void {
  // What each title is of, read once, before the titles below take their bodies into their mentions.
  const bodyKeys = mapHoley(drafts, (d, i) => (d.type === 'role' ? bodyKeyOf(text, drafts, i) : undefined));
  const holderOf = new Map<string, string>();
  /**
   * The body a title's holder was named with ("Director of the FBI Christopher Wray"): the same
   * title of another body ("the Director of the CIA") is someone else's.
   */
  const holderBody = new Map<string, string | undefined>();
  // Where each title is first written alone, and first before a name.
  const firstAlone = new Map<string, number>();
  const firstNamed = new Map<string, number>();
  /** Titles whose holder is named only as someone spoken to or met ("to President Xi"). */
  const counterpartOnly = new Map<string, boolean>();
  /** Per head word, the titles of that head the text writes ("secretary of defense", "secretary of the navy"). */
  const titlesByHead = new Map<string, Set<string>>();
  /** Titles written with a complement after them ("the Secretary" of "the Secretary of the Air Force"), read before bodies join them. */
  const complemented = new Set<Draft>();
  drafts.forEach((d, i) => {
    if (d.type !== 'role') return;
    const key = titleKey(d);
    if (COMPLEMENT_AFTER.test(text.slice(d.end, d.end + 6))) complemented.add(d);
    const head = HEAD_OF.exec(key)?.[1] ?? (complemented.has(d) ? key : undefined);
    if (head !== undefined) {
      const titles = titlesByHead.get(head) ?? new Set<string>();
      // A head alone with its complement after it is another title of that head.
      titles.add(head === key ? `${key}@${d.start}` : key);
      titlesByHead.set(head, titles);
    }
    // "Prime Minister⏎The Hon Anthony Albanese MP" heading a transcript: the speaker holds the
    // title throughout ("Prime Minister, will you …"), whoever else is given it later.
    const person = titledPerson(drafts, i);
    const byline = person ? undefined : bylineHolder(text, drafts, i);
    if (byline?.entityKey && !holderOf.has(key)) {
      holderOf.set(key, byline.entityKey);
      firstNamed.set(key, d.start);
      counterpartOnly.set(key, false);
      return;
    }
    // "former President Trump" held the title once: "the President" of the text is someone else.
    const former = FORMER.test(text.slice(Math.max(0, d.start - FORMER_REACH), d.start));
    if (person?.entityKey && !holderOf.has(key) && !former) {
      holderOf.set(key, person.entityKey);
      holderBody.set(key, bodyKeys[i]);
      firstNamed.set(key, d.start);
    }
    if (person?.entityKey && holderOf.get(key) === person.entityKey) {
      const counterpart = COUNTERPART.test(text.slice(Math.max(0, d.start - 6), d.start));
      counterpartOnly.set(key, (counterpartOnly.get(key) ?? true) && counterpart);
    }
    if (!person && !firstAlone.has(key)) firstAlone.set(key, d.start);
  });
  // "the President will travel …" long before "… mentioned that to President Xi" in a White House
  // gaggle: a title used alone before its only holder named is written as a counterpart is the
  // document's own holder, someone else, throughout.
  for (const [key, alone] of firstAlone)
    if (alone < (firstNamed.get(key) ?? alone) && counterpartOnly.get(key)) holderOf.delete(key);
  // Recomputed when an apposition below names another holder (holderOf only grows from here on).
  let byHead = new Map<string, string>();
  let byHeadOf = -1;
  const headHolder = (key: string): string | undefined => {
    if (byHeadOf !== holderOf.size) {
      byHead = holdersByHead(holderOf, titlesByHead);
      byHeadOf = holderOf.size;
    }
    return byHead.get(key);
  };
  /** Titles alone that no holder took when they were reached (see the end). */
  const unheld: number[] = [];
  // The bodies each title is written with where no name goes with it (see unnamedHolder).
  const bodiesOf = new Map<string, Set<string>>();
  drafts.forEach((d, i) => {
    if (d.type !== 'role' || titledPerson(drafts, i)) return;
    const body = bodyKeys[i];
    if (body === undefined) return;
    const key = titleKey(d);
    const bodies = bodiesOf.get(key) ?? new Set<string>();
    bodies.add(body);
    bodiesOf.set(key, bodies);
  });
  drafts.forEach((d, i) => {
    if (d.type !== 'role' || titledPerson(drafts, i)) return;
    const ranked = rankedPersonAfter(text, drafts, i);
    const described = ranked ?? describedPerson(text, drafts, i);
    if (described && !(described.entityKey && (ranked || inApposition(text, drafts, i, described)))) return;
    // "he served as Director and Head of Customer Engineering": a title after "as" says what
    // someone is or was, it names no one.
    if (!described && AFTER_AS.test(text.slice(Math.max(0, d.start - AS_REACH), d.start))) return;
    const key = titleKey(d);
    const body = bodyKeys[i];
    const heldOf = holderBody.get(key);
    // "the Director of the CIA" after "Director of the FBI Christopher Wray": another office.
    const otherBody = body !== undefined && heldOf !== undefined && body !== heldOf;
    d.type = 'person';
    d.fromRole = true;
    if (described) {
      d.describes = described;
      withBodyBefore(text, drafts, i);
      // "the Minister of Foreign Affairs of Ukraine, Dmytro Kuleba, …" then the title alone (a
      // transcript's label): the apposition named its holder.
      if (described.entityKey && !holderOf.has(key)) {
        holderOf.set(key, described.entityKey);
        holderBody.set(key, body);
      }
    }
    withBodyAfter(text, drafts, i);
    // "the former President", "the late King": someone who held the title before, not its holder
    // named in the text; one unnamed person of their own.
    const before = text.slice(Math.max(0, d.start - FORMER_REACH), d.start);
    const former = described ? null : FORMER.exec(before);
    if (former) {
      // The mention says so: "former President" (the word is the token before the title).
      d.start -= former[0].length;
      d.startToken -= 1;
      d.text = text.slice(d.start, d.end);
    }
    const holder =
      described?.entityKey ??
      (former
        ? `person:former:${key}`
        : otherBody
          ? `person:role:${key} of ${body}`
          : (holderOf.get(key) ?? (complemented.has(d) ? undefined : headHolder(key))));
    if (holder === undefined) unheld.push(i);
    d.entityKey = holder ?? unnamedHolder(key, body, bodiesOf.get(key));
  });
  // "The Secretary General said … Jens Stoltenberg, NATO Secretary General, met …": a title alone
  // before the apposition that names its holder is that holder's too. "The Minister" is resolved
  // here, when every minister's title has its holder.
  let minister: string | undefined | null = null;
  for (const i of unheld) {
    const d = drafts[i] as Draft;
    const key = titleKey(d);
    let holder = holderOf.get(key);
    if (holder === undefined && key === 'minister' && !complemented.has(d)) {
      if (minister === null) minister = theMinister(text, drafts);
      holder = minister;
    }
    if (holder !== undefined) d.entityKey = holder;
  }
}

/**
 * The key of a title's holder no one names: one per body the title is of ("the Minister of Foreign
 * Affairs of Japan" and "… of South Korea" are two people); the title alone is the holder of the one
 * body the text gives it, if only one.
 */
function unnamedHolder(
  key: string,
  body: string | undefined,
  bodies: ReadonlySet<string> | undefined,
): string {
  const of = body ?? (bodies?.size === 1 ? bodies.values().next().value : undefined);
  return of === undefined ? `person:role:${key}` : `person:role:${key} of ${of}`;
}

/**
 * "chairman" of "chairman of the joint chiefs of staff", "chief executive" of "chief executive of
 * the Hong Kong Special Administrative Region": a title's head, one or two words before its "of"/"for".
 */
const HEAD_OF = /^([a-z][a-z-]*(?: [a-z][a-z-]*)?) (?:of|for) /;
/**
 * Heads that stand alone for the one office of a body's own releases ("the Chairman", "the
 * Secretary"); not "the President" or "the Minister", which a text uses for its own head of state
 * or government while naming "President of Mexico …" or "Minister for Defence …" too.
 */
const STANDING_HEADS = new Set([
  'chairman',
  'chairwoman',
  'chair',
  'secretary',
  'administrator',
  'director',
  'commander',
  // "John Lee, Chief Executive of the Hong Kong Special Administrative Region … The Chief Executive
  // pointed out": a territory's or a company's one chief executive.
  'chief executive',
]);
/** A complement after a title written alone: "the Secretary of the Air Force" is no head word alone. */
const COMPLEMENT_AFTER = /^[^\S\r\n]+(?:of|for)[^\S\r\n]/;

/**
 * "the Chairman" after "Chairman of the Joint Chiefs of Staff Gen. Mark Milley", "the Secretary"
 * after "Secretary of Defense Lloyd Austin": a title's head word alone is its holder when one
 * person only holds a title of that head in the text and no other title of that head is written
 * (with a Secretary of State named, or "the Secretary of the Navy" written, "the Secretary" says
 * nothing).
 */
function holdersByHead(
  holderOf: ReadonlyMap<string, string>,
  titlesByHead: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, string> {
  const holders = new Map<string, string | null>();
  for (const [key, holder] of holderOf) {
    const head = HEAD_OF.exec(key)?.[1];
    if (!head || !STANDING_HEADS.has(head)) continue;
    // "Secretary of the Navy Carlos Del Toro met the Secretary of Defense": two offices of that head.
    if ((titlesByHead.get(head)?.size ?? 0) > 1) continue;
    const seen = holders.get(head);
    holders.set(head, seen === undefined || seen === holder ? holder : null);
  }
  const out = new Map<string, string>();
  for (const [head, holder] of holders) if (holder !== null) out.set(head, holder);
  return out;
}

/**
 * Ministers the text does not call "the Minister": the head of government, a devolved or territorial
 * one ("the First Minister", "the Chief Minister"), the opposition's and a past one, by their title.
 */
const OTHER_MINISTERS = /\b(?:prime|first|chief) minister\b|^(?:shadow|former|outgoing|ex)\b/;
/** Written before a minister's title: the opposition's, or one who held it ("then", "Ex-", "former"). */
const NOT_THE_MINISTER = /\b(?:shadow|then|ex|former|outgoing)[^\S\r\n]*-?[^\S\r\n]*$/i;
/** "Chief of Staff to the Minister for Health, Jane Doe,": the minister is someone else, unnamed. */
const STAFF_OF = /\bto[^\S\r\n]+(?:the[^\S\r\n]+)?$/i;
const BEFORE_REACH = 12;

/** The title's head: "minister" of "defence minister" and of "minister for defence". */
const headWordOf = (key: string) => HEAD_OF.exec(key)?.[1] ?? key.slice(key.lastIndexOf(' ') + 1);

/**
 * "Defence Minister Richard Marles visited … The Minister said": "the Minister" alone is the one
 * person the text names as a minister (by any wording of the title). Nobody when it names two
 * ("Foreign Minister Penny Wong … Trade Minister Don Farrell", two Health Ministers years apart),
 * or writes a minister no one is named as ("Chief of Staff to the Minister for Health, Jane Doe,").
 * A Prime, First or Chief Minister, a shadow minister and a past one ("then Defence Minister",
 * "Ex-Defence Minister") are no other.
 */
function theMinister(text: string, drafts: readonly Draft[]): string | undefined {
  let holder: string | undefined;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (d.type !== 'role' && !d.fromRole) continue;
    const key = titleKey(d);
    if (key === 'minister' || headWordOf(key) !== 'minister' || OTHER_MINISTERS.test(key)) continue;
    const before = text.slice(Math.max(0, (d.headStart ?? d.start) - BEFORE_REACH), d.headStart ?? d.start);
    if (NOT_THE_MINISTER.test(before)) continue;
    // ("Advisers to Defence Minister Richard Marles" names him; "Parliamentary Secretary to the
    // Minister for Health Ged Kearney" names the secretary.)
    const staff = STAFF_OF.exec(before);
    if (staff && (d.type !== 'role' || /the/i.test(staff[0]))) return undefined;
    const person = d.type === 'role' ? titledPerson(drafts, i)?.entityKey : d.entityKey;
    if (person === undefined || person.startsWith('person:role:')) return undefined;
    if (holder !== undefined && holder !== person) return undefined;
    holder = person;
  }
  return holder;
}

/** The person a title alone on its line introduces on the next ("Prime Minister⏎The Hon Anthony Albanese MP"). */
function bylineHolder(text: string, drafts: readonly Draft[], i: number): Draft | undefined {
  const role = drafts[i];
  const next = drafts[i + 1];
  return role && next?.type === 'person' && titleLineThenName(text, role, next) ? next : undefined;
}

/** "former" or "late" just before a title, a space between. */
const FORMER = /\b(?:former|late)[^\S\r\n]+$/i;
const FORMER_REACH = 12;
