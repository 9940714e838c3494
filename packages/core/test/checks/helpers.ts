/** Small hand-made inputs for the editorial checks, so each case states exactly what it is about. */
import { analyze } from '../../src/analyze.js';
import type { CheckInput } from '../../src/checks/index.js';
import { tokenize } from '../../src/text/tokenize.js';
import type { Entity, EntityType, Mention, Note, Section, Span } from '../../src/types.js';

/** Every occurrence of `needle` in `text`, as spans. */
export function spansOf(text: string, needle: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length))
    out.push({ start: i, end: i + needle.length, text: needle });
  return out;
}

export interface EntitySpec {
  type: EntityType;
  /** Surface forms; each occurrence in the text becomes a mention. */
  forms: string[];
  /** Titles written before a form: "Defence Minister Gallant" → title "Defence Minister" on "Gallant". */
  titled?: { title: string; name: string }[];
}

/** A CheckInput over `text` with the given entities (mentions found by exact search) and one body section. */
export function inputFor(text: string, specs: EntitySpec[], extra: Partial<CheckInput> = {}): CheckInput {
  const entities: Entity[] = specs.map((spec, index) => {
    const mentions: Mention[] = [];
    for (const form of spec.forms) mentions.push(...spansOf(text, form));
    for (const { title, name } of spec.titled ?? []) {
      for (const whole of spansOf(text, `${title} ${name}`)) {
        const start = whole.start + title.length + 1;
        mentions.push({
          start,
          end: whole.end,
          text: name,
          title: { start: whole.start, end: whole.start + title.length, text: title },
        });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return {
      id: `e${index + 1}`,
      type: spec.type,
      name: spec.forms[0] ?? spec.titled?.[0]?.name ?? '',
      aliases: [],
      roles: [],
      mentions,
      summary: '',
    };
  });
  const tokens = tokenize(text);
  const sections: Section[] = [{ kind: 'body', start: 0, end: text.length }];
  return {
    text,
    tokens,
    skip: new Uint8Array(tokens.length),
    sections,
    entities,
    dates: [],
    definitions: [],
    ignore: new Set(),
    ...extra,
  };
}

/** The notes of one code that `analyze` gives for `text`, as [marked text, message] pairs. */
export function analyzedNotes(text: string, code: Note['code']): Note[] {
  return analyze(text).notes.filter((n) => n.code === code);
}

/** Applies a fix's edits (back to front) to `text`. */
export function applyEdits(
  text: string,
  edits: readonly { start: number; end: number; text: string }[],
): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function marked(text: string, note: Note): string {
  return text.slice(note.start, note.end);
}
