/**
 * Connect people, their titles and the organisations or countries the titles belong to:
 * "NATO Secretary General Jens Stoltenberg" gives Stoltenberg the role Secretary General of NATO;
 * "Tom Goffus will serve as my Special Coordinator for Counter-Terrorism" makes Goffus the holder
 * of that role. Also points nationalities at their country ("Turkish" → Türkiye).
 */
import { entitiesById } from '../arrays.js';
import { ABBREVIATED_TITLES } from '../knowledge/titles.js';
import type { Entity } from '../types.js';
import { BODY_TITLE_DETERMINERS, describedPerson, draftFrom, titledPerson } from './holder-link.js';
import { type Draft, unshouted } from './link-entities.js';

/** What may stand between a title and the body it belongs to, written after it. */
const BODY_AFTER = /^(?:\s+(?:of|for|at)(?:\s+the)?\s+|,\s+)$/;

/**
 * What may stand between an organisation and the title after it: a space, or its possessive; no
 * line break ("… the fight against ISIL⏎⏎Minister Ellwood said" is no minister of ISIL).
 */
const BODY_BEFORE = /^(?:['’]s?)?[^\S\r\n\u2028\u2029]+$/;

/** One line break between a body and the title after it (a contact block, a letterhead). */
const ONE_LINE_BREAK = /^[^\S\r\n\u2028\u2029]*(?:\r\n|[\r\n\u2028\u2029])[^\S\r\n\u2028\u2029]*$/;
/** The end of the line before a body's name: only spaces, and perhaps its article, after the last break. */
const LINE_OPENING = /(?:^|[\r\n\u2028\u2029])[^\S\r\n\u2028\u2029]*(?:[Tt]he[^\S\r\n\u2028\u2029]+)?$/;

/**
 * The body [start, end) is the title's (at `titleAt`) written before it: on the title's line, or
 * alone on the line just above ("Acme Corporation⏎Chief Executive Officer Jane Smith"), not at the
 * end of a line of prose or across a blank line.
 */
function bodyBefore(text: string, start: number, end: number, titleAt: number): boolean {
  const between = text.slice(end, titleAt);
  if (BODY_BEFORE.test(between)) return true;
  return ONE_LINE_BREAK.test(between) && LINE_OPENING.test(text.slice(Math.max(0, start - 200), start));
}

/** "as" and its determiners between a body joined and the title taken there. */
const AS_BEFORE = new RegExp(String.raw`^\s+as\s+${BODY_TITLE_DETERMINERS}$`);
/** A verb of joining just before a body: "will join Acme Robotics", "joined the Fed". */
const JOIN_BEFORE = /\b(?:join|joins|joined|joining|rejoins|rejoined)\s+(?:the\s+)?$/;
const JOIN_REACH = 16;

/** Titles in the plural, written once before several names. */
const PLURAL_TITLE = /\b(?:Sens\.|Reps\.|Senators|Representatives|Drs\.|Gens\.|Ministers|Presidents)$/;
/** Between two names of a list: a comma, "and", or both. */
const NAME_LIST_JOIN = /^(?:\s*,)?\s+and\s+$|^\s*,\s+$/;

/** The small words of a title left in capitals by unshouted(): "Secretary OF State". */
const SHOUTED_LINKS = /\b(?:OF|THE|AND|FOR|TO)\b/g;

export function linkRoles(
  text: string,
  drafts: readonly Draft[],
  entities: Entity[],
  idOf: Map<Draft, string>,
): void {
  const byId = entitiesById(entities);
  // A country may be a place or, acting, a state: roles and nationalities point at either, the place first.
  const locationByName = new Map<string, Entity>();
  // Indexed: for-of in code that runs once per document allocates a result per element.
  for (const type of ['location', 'organization'] as const)
    for (let k = 0; k < entities.length; k++) {
      const e = entities[k] as Entity;
      if (e.type === type && !locationByName.has(e.name)) locationByName.set(e.name, e);
    }
  const addHolder = (role: Entity, personId: string) => {
    role.heldBy ??= [];
    if (!role.heldBy.includes(personId)) role.heldBy.push(personId);
  };
  const addRole = (person: Entity, written: string, of: string | undefined) => {
    // "Sen." is the title Senator ("U.S. Sens. Mark R. Warner and Tim Kaine": each one's).
    const title = ABBREVIATED_TITLES.get(written) ?? written;
    // "Secretary" (in "Secretary Austin") adds nothing to "Secretary of Defense".
    // "PRESIDENT" of a transcript's turn label is the "President" of the text.
    const folded = title.toLowerCase();
    const same = person.roles.find((r) => {
      const known = r.title.toLowerCase();
      return known === folded || known.startsWith(`${folded} `) || known.endsWith(` ${folded}`);
    });
    if (same) {
      if (!same.of && of) same.of = of;
      return;
    }
    const shorter = person.roles.findIndex(
      (r) => title.startsWith(`${r.title} `) || title.endsWith(` ${r.title}`),
    );
    if (shorter >= 0) person.roles.splice(shorter, 1);
    person.roles.push(of ? { title, of } : { title });
  };

  // Of what? The country in the title, else an organisation written just before it.
  const ofWhat = (role: Draft, i: number): string | undefined => {
    if (role.qualifier) {
      const country = locationByName.get(role.qualifier)?.id;
      if (country) return country;
    }
    // ("Zentrix's chief executive": with its possessive too.)
    const prev = drafts[i - 1];
    if (prev?.type === 'organization' && bodyBefore(text, prev.start, prev.end, role.headStart ?? role.start))
      return idOf.get(prev);
    // "Jane Doe will join Acme Robotics as chief operating officer": the body joined.
    if (
      prev?.type === 'organization' &&
      AS_BEFORE.test(text.slice(prev.end, role.headStart ?? role.start)) &&
      JOIN_BEFORE.test(text.slice(Math.max(0, prev.start - JOIN_REACH), prev.start))
    )
      return idOf.get(prev);
    // "commander of U.S. Central Command", "Chair and CEO, L3Harris": the body written after it
    // (the first draft past the title: a title mention may span its body, role-references.ts).
    const titleEnd = role.headEnd ?? role.end;
    const next = draftFrom(drafts, i, titleEnd);
    if (next?.type === 'organization' && BODY_AFTER.test(text.slice(titleEnd, next.start)))
      return idOf.get(next);
    return undefined;
  };
  // A transcript's label "PRIME MINISTER:" gives the role "Prime Minister", as the text would write it.
  const titleOf = (role: Draft) =>
    unshouted(text.slice(role.headStart ?? role.start, role.headEnd ?? role.end)).replace(
      SHOUTED_LINKS,
      (w) => w.toLowerCase(),
    );

  for (let i = 0; i < drafts.length; i++) {
    const role = drafts[i];
    if (!role) continue;
    // A title in apposition is now a mention of its person (role-references.ts); it still says what they are.
    if (role.describes) {
      const personId = idOf.get(role);
      const person = personId ? byId.get(personId) : undefined;
      if (person) addRole(person, titleOf(role), ofWhat(role, i));
      continue;
    }
    if (role.type !== 'role') continue;
    const roleId = idOf.get(role);
    const roleEntity = roleId ? byId.get(roleId) : undefined;
    if (!roleEntity) continue;

    // Whose title is it? The person written right after it, or the person it describes.
    const holder = titledPerson(drafts, i) ?? describedPerson(text, drafts, i);
    const holderId = holder ? idOf.get(holder) : undefined;
    const person = holderId ? byId.get(holderId) : undefined;
    if (!person || !holderId) continue;
    addHolder(roleEntity, holderId);
    addRole(person, titleOf(role), ofWhat(role, i));
    // "U.S. Sens. Mark R. Warner and Tim Kaine": a title in the plural is each named person's.
    if (holder && PLURAL_TITLE.test(titleOf(role))) {
      let last = holder;
      for (let k = drafts.indexOf(holder) + 1; k < drafts.length; k++) {
        const next = drafts[k];
        if (!next || next.start < last.end) continue;
        if (next.type !== 'person' || !NAME_LIST_JOIN.test(text.slice(last.end, next.start))) break;
        const nextId = idOf.get(next);
        const nextPerson = nextId ? byId.get(nextId) : undefined;
        if (nextPerson && nextId) {
          addHolder(roleEntity, nextId);
          addRole(nextPerson, titleOf(role), ofWhat(role, i));
        }
        last = next;
      }
    }
  }

  for (let k = 0; k < entities.length; k++) {
    const e = entities[k] as Entity;
    if (e.type !== 'nationality' || !e.country) continue;
    // The nationality belongs to the country as a place, never to the state acting.
    const country = locationByName.get(e.country);
    if (country?.type === 'location') e.countryId = country.id;
  }
}
