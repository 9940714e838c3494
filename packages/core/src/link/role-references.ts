/**
 * A title standing alone refers to a person: "the Secretary General" in a NATO release is Jens
 * Stoltenberg, "the President" is the President named elsewhere in the text. Such mentions become
 * mentions of the holder, found where the same title is written before a name. With no holder in
 * the document, the title names an unnamed person of its own ("the Foreign Secretary").
 * A title that describes someone ("Tom Goffus will serve as my Special Coordinator …",
 * "Philip Hammond, the Foreign Secretary,") stays a role: it says what the person is.
 */
import { HOLDER_LINK, MAX_LINK_GAP } from './holder-link.js';
import type { Draft } from './link-entities.js';

const titleKey = (d: Draft) => d.text.toLowerCase().replace(/^(?:the|my|our|his|her|its|their)\s+/, '');

function titledPerson(drafts: readonly Draft[], i: number): Draft | undefined {
  const role = drafts[i];
  return drafts.slice(i + 1, i + 4).find((d) => d.type === 'person' && d.title?.start === role?.start);
}

function describesSomeone(text: string, drafts: readonly Draft[], i: number): boolean {
  const role = drafts[i];
  if (!role) return false;
  for (let k = i - 1; k >= 0; k--) {
    const d = drafts[k];
    if (!d || role.start - d.end > MAX_LINK_GAP) break;
    if (d.type === 'person' && HOLDER_LINK.test(text.slice(d.end, role.start))) return true;
  }
  return false;
}

/** Runs after people are linked (person drafts carry their entity key). */
export function resolveRoleReferences(text: string, drafts: Draft[]): void {
  const holderOf = new Map<string, string>();
  drafts.forEach((d, i) => {
    if (d.type !== 'role') return;
    const person = titledPerson(drafts, i);
    const key = titleKey(d);
    if (person?.entityKey && !holderOf.has(key)) holderOf.set(key, person.entityKey);
  });
  drafts.forEach((d, i) => {
    if (d.type !== 'role' || titledPerson(drafts, i) || describesSomeone(text, drafts, i)) return;
    const key = titleKey(d);
    d.type = 'person';
    d.fromRole = true;
    d.entityKey = holderOf.get(key) ?? `person:role:${key}`;
  });
}
