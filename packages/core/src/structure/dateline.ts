/**
 * The release's own date and place: from a wire dateline ("BRUSSELS, 12 October 2023 –",
 * "CHICAGO and TOKYO, July 23, 2025 /PRNewswire/ —"), a date line under the headline, or the first
 * full date in the opening paragraphs ("in Brussels, 12 October 2023", "on Thursday (12 October
 * 2023)"). The release date anchors every relative date in the text.
 */
import type { DateExpression } from '../dates/scan.js';
import type { Section } from '../types.js';
import type { ClassifiedBlock } from './classify.js';

const OPENING_KINDS: ReadonlySet<Section['kind']> = new Set([
  'title',
  'subhead',
  'source',
  'dateline',
  'lead',
]);
/** How many blocks from the top may hold the release date. */
const OPENING_BLOCKS = 6;

export interface Dateline {
  date: string | null;
  /** The expression the release date was read from. */
  expression?: DateExpression;
  /** A place written in capitals before the date ("BRUSSELS", "CHICAGO and TOKYO"), title-cased. */
  capsPlace?: { start: number; end: number; name: string };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export function findDateline(
  text: string,
  blocks: readonly ClassifiedBlock[],
  dates: readonly DateExpression[],
): Dateline {
  const opening = blocks.slice(0, OPENING_BLOCKS).filter((b) => OPENING_KINDS.has(b.kind));
  for (const b of opening) {
    const expr = dates.find(
      (d) =>
        d.start >= b.block.start && d.end <= b.block.end && d.kind === 'date' && d.year && d.month && d.day,
    );
    if (!expr || expr.year === undefined || expr.month === undefined || expr.day === undefined) continue;
    const date = `${pad(expr.year, 4)}-${pad(expr.month)}-${pad(expr.day)}`;
    const lineStart =
      b.block.lines.find((l) => l.start <= expr.start && expr.start <= l.end)?.start ?? b.block.start;
    const prefix = text.slice(lineStart, expr.start);
    const caps = /^([A-Z][A-Z.'’ -]{1,40}(?:,? (?:and )?[A-Z][A-Za-z.'’ -]{1,30})?),\s*$/.exec(prefix);
    if (caps?.[1] && /[A-Z]{3}/.test(caps[1])) {
      const raw = caps[1];
      return {
        date,
        expression: expr,
        capsPlace: { start: lineStart, end: lineStart + raw.length, name: titleCase(raw) },
      };
    }
    return { date, expression: expr };
  }
  return { date: null };
}
