/**
 * Turn selected mentions into entities: mentions of one thing share an entity, which gets a
 * canonical name, aliases, roles and links. Person names link by surname ("Mr. Stoltenberg" →
 * Jens Stoltenberg), organisations by knowledge-base key (NATO = North Atlantic Treaty
 * Organization), dates by resolved value, roles by title.
 */
import type { Candidate } from '../recognize/candidate.js';
import type { Entity, Mention, Role } from '../types.js';
import { resolveRoleReferences } from './role-references.js';

/** A mention on its way to an entity. */
export interface Draft extends Candidate {
  text: string;
  /** Filled by linking. */
  entityKey?: string;
  /** A title standing for its holder ("the President"), now a person mention. */
  fromRole?: boolean;
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

function firstNamesCompatible(a: string, b: string): boolean {
  const fa = nameWords(a)[0] ?? '';
  const fb = nameWords(b)[0] ?? '';
  if (fa === fb) return true;
  // "J. Smith" and "John Smith"
  return fa.replace('.', '').length === 1 || fb.replace('.', '').length === 1 ? fa[0] === fb[0] : false;
}

/** Give every person mention an entity key: full names by name, surnames by the full name they shorten. */
function linkPeople(drafts: Draft[]): void {
  // Full names by surname, so each mention compares with the few sharing its surname, not all.
  const bySurname = new Map<string, { key: string; name: string }[]>();
  const people = drafts.filter((d) => d.type === 'person');
  // A well-known person ("Assad") is linked by the full name the knowledge base gives.
  const nameOf = (d: Draft) => d.canonical ?? d.text;
  for (const d of people) {
    const name = nameOf(d);
    if (nameWords(name).length < 2) continue;
    const surname = surnameOf(name).toLowerCase();
    const same = bySurname.get(surname) ?? [];
    const known = same.find((f) => firstNamesCompatible(f.name, name));
    if (known) d.entityKey = known.key;
    else {
      const key = `person:${name}`;
      same.push({ key, name });
      bySurname.set(surname, same);
      d.entityKey = key;
    }
  }
  for (const d of people) {
    if (d.entityKey) continue;
    // The first full name with this surname; else the surname is a person of its own.
    const match = bySurname.get(d.text.toLowerCase())?.[0];
    d.entityKey = match ? match.key : `person:${d.text.toLowerCase()}`;
  }
}

function keyOf(d: Draft): string {
  if (d.entityKey) return d.entityKey;
  if (d.key) return d.key;
  // Keys ignore case and how the text wraps: "$41.2\nmillion" is "$41.2 million".
  const folded = d.text.toLowerCase().replace(/\s+/g, ' ');
  if (d.type === 'date') return d.value ? `date:${d.value}` : `date:${folded}`;
  return `${d.type}:${folded}`;
}

interface Group {
  key: string;
  type: Entity['type'];
  drafts: Draft[];
}

function surfaceOf(text: string, d: Draft): string {
  // A bare surname is shown with its title: "Secretary Austin", "Mr. Stoltenberg".
  if (d.type === 'person' && d.title && nameWords(d.text).length === 1) {
    const title = text.slice(d.title.start, d.title.end);
    // Only a one-word title reads as part of the name: "Secretary Austin", not "Israeli Defence Minister Gallant".
    if (!/\s/.test(title)) return text.slice(d.title.start, d.end);
  }
  return d.text;
}

/** "the Foreign Secretary" → "Foreign Secretary": an unnamed person is called by the title. */
function titleName(text: string): string {
  return text.replace(/^(?:the|my|our|his|her|its|their)\s+/i, '');
}

function canonicalName(group: Group): string {
  const { drafts, type } = group;
  const first = drafts[0];
  if (!first) return '';
  if (type === 'person') {
    const known = drafts.find((d) => d.canonical)?.canonical;
    if (known) return known;
    // A name beats a title standing for the person ("Biden", not "the President").
    const named = drafts.filter((d) => !d.fromRole);
    if (named.length === 0) return titleName(first.text);
    return named.reduce(
      (best, d) =>
        nameWords(d.text).length > nameWords(best).length ||
        (nameWords(d.text).length === nameWords(best).length && d.text.length > best.length)
          ? d.text
          : best,
      named[0]?.text ?? first.text,
    );
  }
  if (type === 'location' || type === 'nationality' || type === 'event' || type === 'equipment') {
    if (type === 'nationality') return first.canonical ?? first.text;
    return first.canonical ?? first.text;
  }
  if (type === 'organization') {
    const canonical = first.canonical;
    if (canonical && drafts.some((d) => d.text === canonical)) return canonical;
    const spelled = drafts.find((d) => !d.expansion && !/^the\s/i.test(d.text));
    return spelled?.text ?? first.text;
  }
  if (type === 'date') {
    // The most explicit form: one with a year, else the longest.
    return drafts.reduce(
      (best, d) => (/\d{4}/.test(d.text) && !/\d{4}/.test(best) ? d.text : best),
      first.text,
    );
  }
  return drafts.reduce((best, d) => (d.text.length > best.length ? d.text : best), first.text);
}

export interface LinkResult {
  entities: Entity[];
  /** Entity id of every draft, by draft. */
  idOf: Map<Draft, string>;
}

/** Build entities in order of first mention. Summaries are filled in later. */
export function linkEntities(text: string, drafts: Draft[]): LinkResult {
  linkPeople(drafts);
  resolveRoleReferences(text, drafts);
  const groups = new Map<string, Group>();
  for (const d of drafts) {
    const key = keyOf(d);
    let g = groups.get(key);
    if (!g) {
      g = { key, type: d.type, drafts: [] };
      groups.set(key, g);
    }
    g.drafts.push(d);
  }
  const ordered = [...groups.values()].sort((a, b) => (a.drafts[0]?.start ?? 0) - (b.drafts[0]?.start ?? 0));
  const idOf = new Map<Draft, string>();
  const entities: Entity[] = ordered.map((g, index) => {
    const id = `e${index + 1}`;
    // A name is shown on one line, whatever the wrapping of the text it came from.
    const name = canonicalName(g).replace(/\s+/g, ' ');
    const aliases: string[] = [];
    for (const d of g.drafts) {
      idOf.set(d, id);
      const surface = surfaceOf(text, d);
      const folded = surface.toLowerCase();
      if (folded !== name.toLowerCase() && !aliases.some((a) => a.toLowerCase() === folded))
        aliases.push(surface);
    }
    const mentions: Mention[] = g.drafts.map((d) => ({
      start: d.start,
      end: d.end,
      text: d.text,
      ...(d.title
        ? { title: { start: d.title.start, end: d.title.end, text: text.slice(d.title.start, d.title.end) } }
        : {}),
    }));
    const entity: Entity = { id, type: g.type, name, aliases, roles: [] as Role[], mentions, summary: '' };
    const withValue = g.drafts.find((d) => d.value);
    if (withValue?.value) entity.value = withValue.value;
    const expansion = g.drafts.find((d) => d.expansion)?.expansion;
    if (g.type === 'organization' && expansion && expansion !== name) entity.expansion = expansion;
    const country = g.drafts.find((d) => d.country)?.country;
    if (g.type === 'nationality' && country) entity.country = country;
    return entity;
  });
  return { entities, idOf };
}
