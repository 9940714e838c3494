/**
 * `--format brat`: the brat standoff annotations (.ann) of one document, to open beside its text in
 * the brat annotation tool or load with standoff readers. One text-bound line per mention:
 *
 *   T2	Person 290 306	Jens Stoltenberg
 *   #2	AnnotatorNotes T2	e2 Jens Stoltenberg
 *
 * Offsets count Unicode code points of the .txt (brat reads it as a Python string), not the UTF-16
 * units of the JSON output. brat's annotation text cannot hold a line break, so a mention running
 * over lines becomes a discontinuous annotation, one fragment per line ("Person 10 14;15 26").
 * The AnnotatorNotes line carries the entity id and canonical name, which link the mentions of one
 * entity ("Mr. Stoltenberg" → e2 Jens Stoltenberg).
 */
import { UsageError } from '../errors.js';
import { codePointOffsets } from './text-offsets.js';
import type { AnalysedDocument, Formatter } from './types.js';

export const bratFormatter: Formatter = {
  name: 'brat',
  description: 'brat standoff annotations (.ann) of one document; offsets in code points of its text',
  onePerFile: true,
  extension: '.ann',
  start({ multiple }) {
    if (multiple) {
      throw new UsageError(
        '--format brat writes the .ann file of one document: give one file (or -), not several inputs or a folder',
      );
    }
    return { document: renderAnn, end: () => '' };
  },
};

/** brat type names: no spaces, capitalised as in brat's examples (Person, Organization). */
export function bratType(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

export function renderAnn({ analysis, text }: AnalysedDocument): string {
  if (text === undefined) throw new Error('the brat format needs the analysed text');
  const mentions = analysis.entities
    // Named mentions only, as in conll: pronouns are in json and csv.
    .flatMap((entity, order) =>
      entity.mentions.filter((mention) => !mention.pronoun).map((mention) => ({ entity, mention, order })),
    )
    .sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end || a.order - b.order);

  const fragmentsOf = mentions.map(({ mention }) => lineFragments(text, mention.start, mention.end));
  const points = codePointOffsets(
    text,
    fragmentsOf.flatMap((fragments) => fragments.flatMap((fragment) => [fragment.start, fragment.end])),
  );
  const lines: string[] = [];
  let next = 0;
  mentions.forEach(({ entity }, index) => {
    const fragments = fragmentsOf[index] ?? [];
    if (fragments.length === 0) return;
    const spans = fragments.map(() => `${points[next++]} ${points[next++]}`).join(';');
    const shown = fragments.map((fragment) => clean(text.slice(fragment.start, fragment.end))).join(' ');
    const id = index + 1;
    lines.push(`T${id}\t${bratType(entity.type)} ${spans}\t${shown}`);
    lines.push(`#${id}\tAnnotatorNotes T${id}\t${entity.id} ${clean(entity.name.replace(/\s+/g, ' '))}`);
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** The pieces of [start, end) between line breaks, each trimmed of surrounding white space. */
function lineFragments(text: string, start: number, end: number): { start: number; end: number }[] {
  const fragments: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : -1;
    if (code !== -1 && code !== 0x0a && code !== 0x0d) continue;
    let s = from;
    let e = i;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) fragments.push({ start: s, end: e });
    from = i + 1;
  }
  return fragments;
}

/** Tabs and other control characters would break the line-oriented file: they become spaces. */
function clean(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, ' ');
}
