/**
 * The release's own date and place: from a line that says it ("Published: 19 December 2016"), a wire dateline ("BRUSSELS, 12 October 2023 –",
 * "CHICAGO and TOKYO, July 23, 2025 /PRNewswire/ —"), a date line under the headline, or the first
 * full date in the opening paragraphs ("in Brussels, 12 October 2023", "on Thursday (12 October
 * 2023)"), else a date alone on its line near the top ("TUESDAY, 17 OCTOBER 2017" under a speech's
 * heading). The release date anchors every relative date in the text.
 */

import type { DateExpression } from '../dates/scan.js';
import { advanceBy } from '../text/line-width.js';
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

const KEEP_CAPS = new Set(['SAR', 'USA', 'UAE', 'UK', 'US', 'DC', 'EU']);

/** "CHICAGO and TOKYO" → "Chicago and Tokyo"; "WASHINGTON, D.C." keeps its initials. */
function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w) =>
      /^\p{Lu}{2,}[,]?$/u.test(w) && !KEEP_CAPS.has(w.replace(',', '')) ? w[0] + w.slice(1).toLowerCase() : w,
    )
    .join(' ');
}

/**
 * A lead that opens with a place in capitals and a dash: "WASHINGTON, D.C. —", "PALM BAY, Fla.
 * --", and a news agency's name in brackets between them: "BEIRUT (Reuters) -", "KYIV, Ukraine
 * (AP) —" (only an agency's: "IOM (UN Migration) -" names a body, not a place).
 */
const CAPS_DATELINE =
  /^([A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*){0,4}(?:,? (?:and )?[A-Z][A-Za-z.'’]{1,30}(?: [A-Z][A-Za-z.'’]{1,20})?)?)(?:\s\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|DPA|Xinhua|TASS|Anadolu|ANI|PTI|AAP|CNN|BBC|Al Jazeera|The Canadian Press|CP|Kyodo|Yonhap)\))?(?:,\s*|\s*[—–]\s*|\s+--?\s+)/;
/** A date this far into the lead (in characters, CRLF counting one) is part of the story, not the dateline. */
const LEAD_DATE_REACH = 160;
/**
 * "through January 1, 2030" is a deadline, not the release date; "died March 30, 2018" the date of
 * what the release reports (a casualty release's lead, its own date unwritten).
 */
const NOT_RELEASE =
  /\b(?:through|until|till|by|before|after|from|to|since|of|died|killed|wounded|injured|occurred|happened|arrested|sentenced|born)\s*$/i;

function capsPlaceAt(text: string, lineStart: number, lineEnd: number): Dateline['capsPlace'] {
  const caps = CAPS_DATELINE.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 120)));
  const raw = caps?.[1]?.trim();
  if (!raw || !/[A-Z]{3}/.test(raw)) return undefined;
  return { start: lineStart, end: lineStart + raw.length, name: titleCase(raw) };
}

export function findDateline(
  text: string,
  blocks: readonly ClassifiedBlock[],
  dates: readonly DateExpression[],
): Dateline {
  // The headline's date is often the event's ("Stabbing on October 11th"), so it is the last resort.
  const opening = blocks.slice(0, OPENING_BLOCKS).filter((b) => OPENING_KINDS.has(b.kind));
  opening.sort((a, b) => Number(a.kind === 'title') - Number(b.kind === 'title'));
  const lead = opening.find((b) => b.kind === 'lead');
  const leadPlace = lead ? capsPlaceAt(text, lead.block.start, lead.block.end) : undefined;
  // "Published: 19 December 2016" (GOV.UK under its summary, which reads as the lead): said outright.
  const published = publishedLine(text, blocks.slice(0, OPENING_BLOCKS), dates);
  if (published) return leadPlace ? { ...published, capsPlace: leadPlace } : published;
  // "March 3, 2017" on a line of its own above the lead is the release's date, even when the lead
  // opens with another ("The raid on Jan. 29, 2017, killed …"), and even read as a title.
  const early = dateOnlyBlock(text, blocks.slice(0, OPENING_BLOCKS), dates);
  if (early && lead && early.expression.end <= lead.block.start)
    return leadPlace ? { ...early, capsPlace: leadPlace } : early;
  for (const b of opening) {
    const reach = b.kind === 'lead' ? advanceBy(text, b.block.start, LEAD_DATE_REACH) : b.block.end;
    const expr = dates.find(
      (d) =>
        d.start >= b.block.start &&
        d.end <= b.block.end &&
        d.start < reach &&
        d.kind === 'date' &&
        d.year &&
        d.month &&
        d.day &&
        !NOT_RELEASE.test(text.slice(Math.max(b.block.start, d.start - 12), d.start)),
    );
    if (!expr || expr.year === undefined || expr.month === undefined || expr.day === undefined) continue;
    const date = `${pad(expr.year, 4)}-${pad(expr.month)}-${pad(expr.day)}`;
    const lineStart =
      b.block.lines.find((l) => l.start <= expr.start && expr.start <= l.end)?.start ?? b.block.start;
    const capsPlace = capsPlaceAt(text, lineStart, expr.start) ?? leadPlace;
    return capsPlace ? { date, expression: expr, capsPlace } : { date, expression: expr };
  }
  // "TUESDAY, 17 OCTOBER 2017" on a line of its own near the top, whatever the block was read as.
  const dateLine = early;
  if (dateLine) return leadPlace ? { ...dateLine, capsPlace: leadPlace } : dateLine;
  return leadPlace ? { date: null, capsPlace: leadPlace } : { date: null };
}

/**
 * A line that says when the release was issued, before its date: "Published 28 January 2013",
 * "Release date:" (not a bare "Date:", which an advisory gives its event).
 */
const PUBLISHED_REACH = 40;
const PUBLISHED_LEAD = /^\s*(?:first published|published|issued|release date)\s*(?:on)?\s*:?\s*$/i;

function publishedLine(
  text: string,
  blocks: readonly ClassifiedBlock[],
  dates: readonly DateExpression[],
): { date: string; expression: DateExpression } | undefined {
  const limit = blocks[blocks.length - 1]?.block.end ?? 0;
  // One pass over the dates of the opening blocks; a lead-in of a few words only.
  for (const d of dates) {
    // The dates come in text order: none after the opening blocks is read.
    if (d.start >= limit) break;
    if (d.kind !== 'date' || d.through) continue;
    const { year, month, day } = d;
    if (year === undefined || month === undefined || day === undefined) continue;
    const before = text.slice(Math.max(0, d.start - PUBLISHED_REACH), d.start);
    const newline = before.lastIndexOf('\n');
    if (newline < 0 && d.start > PUBLISHED_REACH) continue;
    if (!PUBLISHED_LEAD.test(before.slice(newline + 1))) continue;
    return { date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, expression: d };
  }
  return undefined;
}

/**
 * Before a date alone in its block: at most the release's number ("M35", "No. 112", "MR-045/16")
 * and a weekday with its comma ("M35 12 February 1980", "TUESDAY, 17 OCTOBER 2017").
 */
const MAX_BEFORE_DATE_ONLY = 40;
const BEFORE_DATE_ONLY =
  /^\s*(?:(?:No\.?\s*)?[A-Z]{0,4}-?\d{1,4}(?:\/\d{2,4})?\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?\s*$/i;

function dateOnlyBlock(
  text: string,
  blocks: readonly ClassifiedBlock[],
  dates: readonly DateExpression[],
): { date: string; expression: DateExpression } | undefined {
  for (const b of blocks) {
    const expr = dates.find((d) => d.start >= b.block.start && d.end <= b.block.end && d.kind === 'date');
    if (!expr || expr.through) continue;
    const { year, month, day } = expr;
    if (year === undefined || month === undefined || day === undefined) continue;
    // (Read only when short: a number and a weekday are a few characters, and the regex then stays linear.)
    if (expr.start - b.block.start > MAX_BEFORE_DATE_ONLY) continue;
    if (!BEFORE_DATE_ONLY.test(text.slice(b.block.start, expr.start))) continue;
    if (!/^[\s.]*$/.test(text.slice(expr.end, b.block.end))) continue;
    return { date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, expression: expr };
  }
  return undefined;
}
