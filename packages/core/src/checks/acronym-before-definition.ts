/**
 * An acronym used before the text spells it out: "KFOR" in the lead, "Kosovo Force (KFOR)" three
 * paragraphs later. Only acronyms the text itself defines are checked, so well-known ones used
 * without a definition (NATO, EU) are never flagged. The headline and other non-prose parts may use
 * the acronym freely, and a first use after the long form was written out anyway ("From: Public
 * Health England" above "PHE’s campaign") is not flagged. One note per acronym, at its first use in
 * prose; related = the definition.
 */
import type { Note } from '../types.js';
import type { CheckInput } from './input.js';
import { blockAt, blocksOf, isProse } from './prose.js';

/** How far before a first use to look for the long form written out: a release's length. */
const LOOK_BACK = 20_000;

export function checkAcronymsBeforeDefinition(input: CheckInput): Note[] {
  const { text, tokens, skip, ignore } = input;
  // The first definition of each acronym.
  const definitionOf = new Map<string, CheckInput['definitions'][number]>();
  for (const d of input.definitions) {
    const known = definitionOf.get(d.acronym);
    if (!ignore.has(d.acronym) && (!known || d.start < known.start)) definitionOf.set(d.acronym, d);
  }
  if (definitionOf.size === 0) return [];
  const blocks = blocksOf(input.sections);
  const notes: Note[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || skip[i]) continue;
    const definition = definitionOf.get(t.text);
    if (!definition) continue;
    if (t.start >= definition.start) {
      definitionOf.delete(t.text);
      continue;
    }
    if (!isProse(blockAt(blocks, t.start))) continue;
    definitionOf.delete(t.text);
    // "From: Public Health England" above "PHE’s campaign": the reader has seen the long form.
    // (Looked for in the stretch just before, so many acronyms in a huge text stay cheap.)
    const from = Math.max(0, t.start - LOOK_BACK);
    if (text.slice(from, t.start).includes(definition.longForm)) continue;
    // On one line, whatever the wrapping where it was defined.
    const spelled = text.slice(definition.start, definition.end).replace(/\s+/gu, ' ');
    const write = `${definition.longForm.replace(/\s+/gu, ' ')} (${t.text})`;
    const fixes: Note['fixes'] = [
      { label: `Write \u201c${write}\u201d here`, edits: [{ start: t.start, end: t.end, text: write }] },
    ];
    // Moving the definition: spell it out here, and leave the acronym alone where it was defined.
    if (spelled === write)
      fixes.push({
        label: `Move \u201c${write}\u201d here`,
        edits: [
          { start: t.start, end: t.end, text: write },
          { start: definition.start, end: definition.end, text: t.text },
        ],
      });
    notes.push({
      code: 'acronym-before-definition',
      message: `\u201c${t.text}\u201d is used before it is spelled out (\u201c${spelled}\u201d comes later)`,
      start: t.start,
      end: t.end,
      related: [
        {
          start: definition.start,
          end: definition.end,
          message: `\u201c${t.text}\u201d is spelled out here`,
        },
      ],
      fixes,
    });
  }
  return notes;
}
