import { isPostNominal } from '../recognize/people.js';
import type { Draft } from './link-entities.js';

/** How a sentence attaches a title to the person just named: "X will serve as my …", "X, the …". */
const HOLDER_LINK =
  /^(?:\s*,\s*|\s+(?:will serve as|serves as|served as|to serve as|as|is|was|becomes|became|(?:was|has been|had been|will be|is) (?:named|appointed|elected)(?: as)?)\s+)(?:(?:my|our|the|a|an|his|her|its|their|new|interim|acting)\s+){0,2}$/;
const MAX_LINK_GAP = 40;

/** One undotted post-nominal after a name and before a space or comma: "MP" of "Tony Burke MP,". */
const POST_NOMINAL_WORD = /^[^\S\r\n]+([A-Za-z]{2,5})(?=[\s,])/;
/** Post-nominals written in a row, at most ("Sir Keir Starmer KCB KC MP"). */
const MAX_POST_NOMINALS = 6;

/**
 * What is written between a name and what follows it, without the post-nominals that follow the
 * name: "the Hon Tony Burke MP, Minister for Employment" is an apposition as "Tony Burke, Minister
 * for Employment" is.
 */
export function afterPostNominals(between: string): string {
  let rest = between;
  for (let n = 0; n < MAX_POST_NOMINALS; n++) {
    const word = POST_NOMINAL_WORD.exec(rest);
    if (!word || !isPostNominal(word[1] ?? '')) break;
    rest = rest.slice(word[0].length);
  }
  return rest;
}
/** Words a body's title may take after "as": "as its new CFO", "as interim chief executive". */
export const BODY_TITLE_DETERMINERS = String.raw`(?:(?:its|the|our|their|a|an|new|interim|acting)\s+){0,2}`;
/** "Jane Doe will join Acme Robotics as chief operating officer": the body joined, then the title. */
const JOINS_AS = new RegExp(
  String.raw`^\s+(?:will join|joins|joined|has joined|is joining|rejoins|rejoined)\s[^,;.\r\n]{1,40}\sas\s+${BODY_TITLE_DETERMINERS}$`,
);

/**
 * The person a title is written before ("NATO Secretary General Jens Stoltenberg": the person's
 * mention carries the title). Nested qualifier mentions may sit between the title and its
 * person, so it looks a few drafts ahead. Not across "and": "Deputy Prime Minister and Defense
 * Minister Richard Marles" is one person, "Prime Minister and President Hollande" two.
 */
export function titledPerson(drafts: readonly Draft[], i: number): Draft | undefined {
  const role = drafts[i];
  if (!role) return undefined;
  for (let k = i + 1; k < Math.min(drafts.length, i + 4); k++) {
    const d = drafts[k];
    // The person's title may hold the body it belongs to, before the role ("FCO Minister") or
    // after it ("Secretary General of NATO").
    if (d?.type === 'person' && d.title && d.title.end >= role.end && d.title.start <= role.start) return d;
  }
  return undefined;
}

/** Between a qualifier and its title: spaces, after its possessive too ("Ford's chief executive"). */
const QUALIFIER_GAP = /^(?:['’]s?)?[^\S\r\n]+$/;

/**
 * Where a title's own words start when a body or country is written just before it ("the UN
 * Special Envoy", "the Iraqi Foreign Minister", "Ford's chief executive"): that qualifier's start,
 * else the title's.
 */
export function qualifiedStart(text: string, drafts: readonly Draft[], i: number): number {
  const role = drafts[i];
  const before = drafts[i - 1];
  if (!role) return 0;
  const qualifier =
    before?.type === 'organization' || before?.type === 'nationality' || before?.type === 'location';
  return qualifier && before.end <= role.start && QUALIFIER_GAP.test(text.slice(before.end, role.start))
    ? before.start
    : role.start;
}

/** The person named right after the title at drafts[i] and a comma, if any. */
function personAfterComma(
  text: string,
  drafts: readonly Draft[],
  i: number,
  nameBefore: boolean,
): Draft | undefined {
  const role = drafts[i];
  if (!role) return undefined;
  for (let k = i + 1; k < drafts.length && k <= i + 4; k++) {
    const d = drafts[k];
    if (!d || d.start < role.end) continue;
    if (d.start - role.end > MAX_LINK_GAP * 2) return undefined;
    // "Qasim al-Rimi, the leader of AQAP, President Trump said": with a name before the title, a
    // name with an office title of its own is not the one this title introduces ("Australia's
    // Minister for Defence, Senator Marise Payne," is; a rank is no such title: "…, Army Gen. Votel").
    if (d.type === 'role' && nameBefore) return undefined;
    // A body or place in the title's complement ("… of Uzbekistan, Bakhtiyor Saidov") is passed over.
    if (d.type !== 'person') continue;
    return introduces(text, role, d) ? d : undefined;
  }
  return undefined;
}

/** The title introduces the person written after it: "the Prime Minister, Mr Andrew Peacock". */
export function introduces(text: string, role: Draft, person: Draft): boolean {
  const from = person.title ? Math.min(person.title.start, person.start) : person.start;
  return from >= role.end && TITLE_THEN_NAME.test(text.slice(role.end, from));
}

/** A service written before a rank: "Army", "U.S. Navy", "Marine Corps" (a regular-expression source). */
const SERVICE =
  '(?:U\\.S\\.[^\\S\\r\\n]+)?(?:Army|Navy|Air Force|Marine Corps|Marines|Coast Guard|Space Force)';

/**
 * Between a title and the name it introduces: the rest of its complement, if any, a comma, and
 * the service of a ranked name ("The commander of U.S. Central Command, Army Gen. Joseph Votel").
 * The complement ends no sentence: a full stop inside it stands before no space, or ends initials
 * ("U.S.") or a place's abbreviation ("St. Louis"), never "Acme Corp. Officials …".
 */
const TITLE_THEN_NAME = new RegExp(
  `^(?:[^\\S\\r\\n]+(?:of|on|for|to)[^\\S\\r\\n](?:[^,.\\r\\n]|\\.(?![^\\S\\r\\n])|(?<=\\.[A-Z]|\\b(?:St|Ft|Mt))\\.){1,80})?,[^\\S\\r\\n]*(?:${SERVICE}[^\\S\\r\\n]+)?$`,
);

/** A title put in apposition before a name: "the Deputy Prime Minister of Australia, Richard Marles". */
const APPOSITION_BEFORE = /^\s*,\s*$/;

/**
 * The person a title describes: the one it introduces after a comma on its line (personAfterComma),
 * else the one written just before it ("Philip Hammond, the Foreign Secretary"), else an untitled
 * name after a comma on the next line ("the Deputy Prime Minister of Australia,\nRichard Marles").
 * Drafts are in text order; mentions nested in the title are skipped.
 */
export function describedPerson(text: string, drafts: readonly Draft[], i: number): Draft | undefined {
  const role = drafts[i];
  if (!role) return undefined;
  // "…, his Advisor on Strategic Development, Sardor Umurzakov, the Prime Minister, …": a title
  // followed by a comma and a name introduces that name, though a name stands before it too.
  // "Staffan de Mistura, the UN Special Envoy for Syria": the link is read up to the qualifier.
  const start = qualifiedStart(text, drafts, i);
  let before: Draft | undefined;
  for (let k = i - 1; k >= 0; k--) {
    const d = drafts[k];
    if (!d || start - d.end > MAX_LINK_GAP) break;
    if (
      d.type === 'person' &&
      d.end <= start &&
      ((HOLDER_LINK.test(afterPostNominals(text.slice(d.end, start))) && !passiveAgentAs(text, d, start)) ||
        JOINS_AS.test(text.slice(d.end, start)) ||
        nameLineThenTitle(text, d, role) ||
        contactNameThenTitle(text, d, role) ||
        appointedAs(text, d, start))
    ) {
      before = d;
      break;
    }
  }
  const introduced = personAfterComma(text, drafts, i, before !== undefined);
  if (introduced) return introduced;
  if (before) return before;
  for (let k = i + 1; k < drafts.length; k++) {
    const d = drafts[k];
    if (!d || d.start < role.end) continue;
    if (d.type !== 'person') return undefined;
    if (!d.title && APPOSITION_BEFORE.test(text.slice(role.end, d.start))) return d;
    // "Prime Minister⏎The Hon Anthony Albanese MP": a title alone on its line, the name opening the
    // next (a byline's honorific before it).
    return titleLineThenName(text, role, d) ? d : undefined;
  }
  return undefined;
}

/** "by" just before a name: the agent of a passive verb. */
const BY_BEFORE = /\bby[^\S\r\n]+$/;

/**
 * "he was appointed by Prime Minister Nouri Maliki as the Iraqi commander": after "by", the name
 * is who appointed, and the title after "as" is the subject's, not this name's.
 */
function passiveAgentAs(text: string, person: Draft, titleStart: number): boolean {
  const from = person.title ? Math.min(person.title.start, person.start) : person.start;
  return (
    /^\s+as\s/.test(text.slice(person.end, titleStart + 1)) &&
    BY_BEFORE.test(text.slice(Math.max(0, from - 4), from))
  );
}

/** A verb of appointment just before a name: "Acme Names Jane Doe Chief Data Officer". */
const APPOINTED_BEFORE =
  /\b(?:names|named|appoints|appointed|hires|hired|promotes|promoted|elects|elected)\s+$/i;
const APPOINTMENT_REACH = 16;

/**
 * "Acme Names Jane Doe Chief Data Officer", "the board appointed Tom Lee chief executive": after a
 * verb of appointment, a title written right after the name (a space between) is that person's.
 */
function appointedAs(text: string, person: Draft, titleStart: number): boolean {
  const from = person.title ? Math.min(person.title.start, person.start) : person.start;
  return (
    /^[^\S\r\n]+$/.test(text.slice(person.end, titleStart)) &&
    APPOINTED_BEFORE.test(text.slice(Math.max(0, from - APPOINTMENT_REACH), from))
  );
}

/**
 * The most characters between a name and a title on neighbouring lines: spaces, a blank line, "The
 * Hon" or post-nominals. Longer gaps are not read, so the regexes below never scan a long run of spaces.
 */
const MAX_LINE_GAP = 120;

/** The title fills its line and the person's name, maybe after an honorific, opens the next. */
export function titleLineThenName(text: string, role: Draft, person: Draft): boolean {
  const from = person.title ? Math.min(person.title.start, person.start) : person.start;
  return (
    from >= role.end &&
    from - role.end <= MAX_LINE_GAP &&
    TITLE_LINE_THEN_NAME.test(text.slice(role.end, from)) &&
    lineStartsAt(text, role.start)
  );
}

/**
 * A contact block's name alone on its line and the title opening the next ("Media Contact:⏎Rachel
 * Kim⏎Director of Communications, Northvale Robotics"): the title is that person's.
 */
export function nameLineThenTitle(text: string, person: Draft, role: Draft): boolean {
  const from = person.title ? Math.min(person.title.start, person.start) : person.start;
  return (
    person.end <= role.start &&
    role.start - person.end <= MAX_LINE_GAP &&
    NAME_LINE_END.test(text.slice(person.end, role.start)) &&
    lineStartsAt(text, from)
  );
}

/**
 * A contact block flattened onto one line: a contact label, the name, and the title right after it
 * with only a space between ("CONTACT: Jessica N. George Executive Director and Founder, …"): the
 * title is that person's, as on a line of its own (nameLineThenTitle).
 */
export function contactNameThenTitle(text: string, person: Draft, role: Draft): boolean {
  const from = person.title ? Math.min(person.title.start, person.start) : person.start;
  return (
    person.end <= role.start &&
    /^[^\S\r\n\u2028\u2029]+$/.test(text.slice(person.end, role.start)) &&
    CONTACT_LABEL_BEFORE.test(text.slice(Math.max(0, from - CONTACT_LABEL_REACH), from))
  );
}

/** A contact block's label ending just before a name: "Media Contact:", "CONTACT INFORMATION:", "Contacts". */
const CONTACT_LABEL_BEFORE =
  /\b(?:media|press|investor)?\s*(?:contacts?|contact information|inquiries|enquiries)\s*:?\s*$/i;
const CONTACT_LABEL_REACH = 40;

/** The rest of a name's line, post-nominals only ("MP", "AO"), its line break, and spaces. */
const NAME_LINE_END =
  /^(?:[^\S\r\n\u2028\u2029]+[A-Z]{2,5})*[^\S\r\n\u2028\u2029]*(?:\r\n|[\r\n\u2028\u2029])[^\S\r\n\u2028\u2029]*$/;

/** Between a title ending its line and the name opening the next (maybe after a blank line, as in a transcript's header "PRIME MINISTER⏎⏎THE HON. …"): the line break, and "The Hon". */
const TITLE_LINE_THEN_NAME =
  /^[^\S\r\n\u2028\u2029]*(?:\r\n|[\r\n\u2028\u2029])(?:[^\S\r\n\u2028\u2029]*(?:\r\n|[\r\n\u2028\u2029]))?[^\S\r\n\u2028\u2029]*(?:(?:The[^\S\r\n]+)?(?:Rt[^\S\r\n]+)?(?:Hon|Honourable|Honorable)\.?[^\S\r\n]+)?$/;

/** Only spaces stand between the line's start and `at`. */
function lineStartsAt(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Between a title and a titled name, spaces (no line break) and at most the name of a service:
 * "… Chiefs of Staff Marine Corps Gen. Joe Dunford", "NATO Secretary General Mr. Stoltenberg".
 */
const SERVICE_BETWEEN = new RegExp(`^[^\\S\\r\\n]+(?:${SERVICE}[^\\S\\r\\n]+)?$`);
const SERVICE_NAME = new RegExp(`^${SERVICE}$`);

/**
 * The ranked person a title is written before, a service name between them ("Chairman of the
 * Joint Chiefs of Staff Marine Corps Gen. Joe Dunford"): the title is that person's, as a title
 * written just before a name is.
 */
export function rankedPersonAfter(text: string, drafts: readonly Draft[], i: number): Draft | undefined {
  const role = drafts[i];
  if (!role) return undefined;
  for (let k = i + 1; k < drafts.length; k++) {
    const d = drafts[k];
    if (!d || d.start < role.end) continue;
    if (d.type === 'person')
      return d.title && SERVICE_BETWEEN.test(text.slice(role.end, d.title.start)) ? d : undefined;
    if (d.type !== 'organization' || !SERVICE_NAME.test(d.text)) return undefined;
  }
  return undefined;
}

/** The first draft after drafts[i] that starts at or after `offset` (past those nested in it). */
export function draftFrom(drafts: readonly Draft[], i: number, offset: number): Draft | undefined {
  let k = i + 1;
  while (drafts[k] && (drafts[k] as Draft).start < offset) k++;
  return drafts[k];
}
