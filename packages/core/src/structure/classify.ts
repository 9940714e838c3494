/**
 * Label each block of a release with its part: title, source line, subhead, lead, body, list,
 * transcript turn, contact, boilerplate or web-page residue. One pass, in order, with a little
 * state (inside an About section, after an end mark, inside the residue tail).
 */
import { ForwardWidth } from '../text/line-width.js';
import type { Section, Span } from '../types.js';
import type { Block } from './blocks.js';
import { isJsSpace } from './chars.js';
import {
  isAboutHeading,
  isBoilerplateHeading,
  isBullet,
  isContactHeading,
  isEndMark,
  isResidueLine,
  isResidueTail,
  isSourceLine,
  looksLikeContact,
  speakerLabelLength,
} from './markers.js';

export interface ClassifiedBlock {
  block: Block;
  kind: Section['kind'];
  /** list items */
  items?: { start: number; end: number }[];
  /** transcript speaker label */
  speaker?: Span;
}

/** Residue markers only end the document when they sit in its tail: a "Share" button under the
 * headline of a copied page must not swallow the release. */
const TAIL_FRACTION = 0.6;

function lineText(text: string, block: Block, index = 0): string {
  const line = block.lines[index];
  return line ? text.slice(line.start, line.end) : '';
}

/**
 * Words (runs of characters above U+0020) in `text[start, end)`, counted up to `limit`: callers only
 * compare the count with a threshold below the limit, so a long paragraph is not read to its end.
 */
function wordCount(text: string, start: number, end: number, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++n >= limit) return n;
    inWord = !space;
  }
  return n;
}

function endsSentence(s: string): boolean {
  return /[.!?]["”’)]*$/.test(s.slice(-4));
}

/** The line ends with a colon, maybe followed by spaces (`/:\s*$/` without a regex over the line). */
function endsWithColon(line: string): boolean {
  let e = line.length;
  while (e > 0 && isJsSpace(line.charCodeAt(e - 1))) e--;
  return e > 0 && line.charCodeAt(e - 1) === 58;
}

function isQuotedLine(s: string): boolean {
  return /^["“‘]/.test(s) && /["”’]$/.test(s);
}

/** Split a first block with several lines: its first line is the headline. */
function separateHeadline(blocks: Block[]): Block[] {
  const first = blocks[0];
  if (!first || first.lines.length < 2) return blocks;
  const [headline, ...rest] = first.lines;
  if (!headline) return blocks;
  const restFirst = rest[0];
  const restLast = rest[rest.length - 1];
  if (!restFirst || !restLast) return blocks;
  return [
    { start: headline.start, end: headline.end, lines: [headline] },
    { start: restFirst.start, end: restLast.end, lines: rest },
    ...blocks.slice(1),
  ];
}

/** Blocks near the top whose leading header lines are split off (a page's furniture is there). */
const HEADER_BLOCKS = 3;
const HEADER_LINE_WORDS = 5;
const HEADLINE_LINE_WORDS = 20;

/**
 * A line that heads a block rather than starting its prose, in a page pasted without blank lines
 * ("Skip to main content", "Press Release", the headline again in capitals, "September 08, 2025",
 * "CHICAGO", "—"): page furniture, a short line without sentence punctuation, or a line in capitals.
 */
function isHeaderLine(text: string, line: { start: number; end: number }, next: string): boolean {
  const s = text.slice(line.start, line.end);
  if (isResidueLine(s)) return true;
  if (/[.!?:;,]$/.test(s) || !/^[\p{Lu}\d"“‘(—–-]/u.test(next)) return false;
  const words = s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  if (words <= HEADER_LINE_WORDS) return true;
  return words <= HEADLINE_LINE_WORDS && /\p{Lu}{2}/u.test(s) && s === s.toUpperCase();
}

/**
 * Split the header lines leading one of the first blocks into blocks of their own, so that a page
 * pasted without blank lines keeps its furniture, dateline and repeated headline out of the lead.
 * A wrapped line of prose is longer than a header line, and the line after it rarely opens with a
 * capital; at least one line stays in the block.
 */
function separateHeaderLines(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  blocks.forEach((block, index) => {
    if (index === 0 || index > HEADER_BLOCKS || block.lines.length < 2) {
      out.push(block);
      return;
    }
    let k = 0;
    while (k < block.lines.length - 1) {
      const line = block.lines[k] as { start: number; end: number };
      const next = block.lines[k + 1] as { start: number; end: number };
      if (!isHeaderLine(text, line, text.slice(next.start, next.end))) break;
      k++;
    }
    // Only before a line of prose: short lines wrapped one under the other stay one paragraph.
    const prose = block.lines[k];
    if (k === 0 || !prose || wordCount(text, prose.start, prose.end, PROSE_LINE_WORDS) < PROSE_LINE_WORDS) {
      out.push(block);
      return;
    }
    for (const line of block.lines.slice(0, k)) out.push({ start: line.start, end: line.end, lines: [line] });
    const rest = block.lines.slice(k);
    const last = rest[rest.length - 1] as { start: number; end: number };
    out.push({ start: prose.start, end: last.end, lines: rest });
  });
  return out;
}
/**
 * A transcript pasted without blank lines between turns ("Q: …⏎MR. KIRBY: …⏎Q: …"): a block with
 * two or more lines opening with a speaker's label is cut before each such line, so each turn is
 * a block of its own (and its speaker's); lines without a label stay with the turn before them.
 */
function separateTurns(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.lines.length < 2) {
      out.push(block);
      continue;
    }
    const starts: number[] = [];
    block.lines.forEach((line, k) => {
      const content = text.slice(line.start, line.end);
      const label = speakerLabelLength(content);
      // "PHONE:", "EMAIL:", "WHEN:": a contact block's or an advisory's fields, no speakers.
      if (label > 0 && !FIELD_LABEL.test(content.slice(0, label))) starts.push(k);
    });
    if (starts.length < 2) {
      out.push(block);
      continue;
    }
    if (starts[0] !== 0) starts.unshift(0);
    starts.forEach((from, n) => {
      const lines = block.lines.slice(from, starts[n + 1] ?? block.lines.length);
      const first = lines[0];
      const last = lines[lines.length - 1];
      if (first && last) out.push({ start: first.start, end: last.end, lines });
    });
  }
  return out;
}
/** Labels of a contact block's or a media advisory's fields, which read like speakers' labels. */
const FIELD_LABEL =
  /^(?:(?:MEDIA |PRESS |NEWS )?CONTACTS?|PHONE|TEL|TELEPHONE|FAX|MOBILE|CELL|E-?MAIL|WEB|WEBSITE|TWITTER|WHO|WHAT|WHEN|WHERE|WHY|HOW|TIME|DATE|LOCATION|VENUE|ADDRESS|COST|RSVP|NOTES?|SOURCE|CREDIT|PHOTO|CAPTION)$/i;

/** Words of the line after the header lines, at least: a line of prose. */
const PROSE_LINE_WORDS = 8;

function listItemsBySemicolon(text: string, block: Block): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  let s = block.start;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /[\s;]/.test(text[b - 1] ?? '')) b--;
    if (b > a) items.push({ start: a, end: b });
  };
  for (let i = block.start; i < block.end; i++) {
    if (text.charCodeAt(i) === 59 /* ; */) {
      push(s, i);
      s = i + 1;
    }
  }
  push(s, block.end);
  return items;
}

function looksLikeContactBlock(text: string, block: Block): boolean {
  let contactLines = 0;
  for (let i = 0; i < block.lines.length; i++) if (looksLikeContact(lineText(text, block, i))) contactLines++;
  return (
    contactLines > 0 &&
    contactLines * 2 >= block.lines.length - 1 &&
    wordCount(text, block.start, block.end, 80) < 80
  );
}

/** A release's label over its headline: "FOR IMMEDIATE RELEASE", "MEDIA RELEASE", "Press release: 9 October 2024". */
const RELEASE_LABEL =
  /^(?:for immediate release|immediate release|(?:joint )?(?:press|media|news) release|embargoed\b[^\n]*|for release\b[^\n]*)(?:\s*[:–—-][^\n]*)?$/i;
/** A date alone on a header line: "July 23, 2024", "Thursday, October 17, 2024", "11 April 2024 16:45". */
const DATE_LINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2},?)\s+\d{4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?$/iu;
/** A release's reference number on its own line: "MECC 207/17", "MIN/17/142", "Release No: NR-284-17". */
const REFERENCE_LINE = /^(?:release\s+no\.?:?\s*)?[A-Z]{2,5}[ /-]?\d[\w/.-]{0,20}$/i;
/** Header blocks looked at for a headline below the release's label. */
const HEADLINE_SEARCH_BLOCKS = 8;

/** Words on each line of a letterhead block, at most: "Department of Justice", "The Hon Madeleine King MP". */
const LETTERHEAD_LINE_WORDS = 5;
/** A letterhead names an office or a body: one of these words is on each of its lines. */
const OFFICE_WORD =
  /\b(?:Department|Office|Ministry|Minister|Council|Government|Agency|Attorney'?s?|District|Senator|Senate|Hon|MP|MLA|Command|Embassy|Mission|Police|Constabulary|Service|Services|Commission|Parliament|House|Secretary|Spokesperson|City|County|Mayor|Board|Authority|Administration|Bureau|Headquarters|Forces?|Army|Navy|Corps|University|EU|UN|NATO|DoD|MOD)\b/;
/** Plural nouns of offices that end in -s like a headline's verb ("Minister for Resources", "Foreign Affairs"). */
const OFFICE_PLURALS = new Set(
  'Affairs Forces Services States Nations Relations Operations Headquarters Arms Communications Veterans Rights Works Sports Studies Resources Islands Industries Commons Lords Chambers Ministers'.split(
    ' ',
  ),
);
const LETTERHEAD_SMALL_WORDS = new Set([
  'of',
  'the',
  'for',
  'and',
  '&',
  'on',
  'in',
  'to',
  'at',
  '-',
  '–',
  '|',
]);

/**
 * A letterhead's line: an office or a body's name ("U.S. Attorney's Office", "Minister for
 * Resources"), every word capitalised but the small ones, and no verb in -s ("Council Approves
 * Budget", "DoD Identifies Army Casualties" are headlines).
 */
function isLetterheadLine(line: string): boolean {
  if (endsSentence(line) || speakerLabelLength(line) > 0 || !OFFICE_WORD.test(line)) return false;
  for (const word of line.split(/\s+/)) {
    if (!word || LETTERHEAD_SMALL_WORDS.has(word)) continue;
    if (!/^[\p{Lu}\d(“"'‘]/u.test(word)) return false;
    if (/^\p{Lu}\p{Ll}+s$/u.test(word) && !OFFICE_PLURALS.has(word)) return false;
  }
  return true;
}

/**
 * Which block is the headline. Usually the first; but a release whose top holds its label, a date
 * or a contact line ("FOR IMMEDIATE RELEASE", "July 23, 2024", "Contact: …"), has its headline in
 * the first block that is none of those nor a letterhead (short lines naming an office, see
 * `isLetterheadLine`): above the furniture one of any number of lines ("Department of Justice /
 * U.S. Attorney's Office"), below it only one of several ("Senator the Hon Marise Payne / Minister
 * for Defence"), since a short line alone there is the headline. Only when such furniture is there: a short first
 * block alone ("Sanctions on Syria") stays the headline, and so does the first block when prose or
 * a transcript follows the furniture.
 */
function headlineIndex(text: string, blocks: readonly Block[]): number {
  let furnitureSeen = false;
  const limit = Math.min(blocks.length, HEADLINE_SEARCH_BLOCKS);
  for (let i = 0; i < limit; i++) {
    const block = blocks[i] as Block;
    const lines = block.lines.map((_, k) => lineText(text, block, k).trim());
    const first = lines[0] ?? '';
    const furniture =
      lines.length <= 3 &&
      (lines.some((line) => RELEASE_LABEL.test(line)) ||
        lines.every((line) => DATE_LINE.test(line) || isContactHeading(line) || REFERENCE_LINE.test(line)));
    if (furniture) {
      furnitureSeen = true;
      continue;
    }
    const letterhead =
      lines.length <= 3 &&
      block.lines.every(
        (line, k) =>
          wordCount(text, line.start, line.end, LETTERHEAD_LINE_WORDS + 1) <= LETTERHEAD_LINE_WORDS &&
          isLetterheadLine(lines[k] ?? ''),
      );
    if (letterhead && (!furnitureSeen || block.lines.length >= 2)) continue;
    // The first block of another kind: the headline, if furniture stood above it and it reads as one.
    const last = lines[lines.length - 1] ?? '';
    const headline =
      block.lines.length <= 2 &&
      !endsSentence(last) &&
      !last.endsWith(':') &&
      speakerLabelLength(first) === 0 &&
      wordCount(text, block.start, block.end, 31) <= 30;
    return furnitureSeen && headline ? i : 0;
  }
  return 0;
}

export function classifyBlocks(text: string, rawBlocks: Block[]): ClassifiedBlock[] {
  const blocks = separateTurns(text, separateHeaderLines(text, separateHeadline(rawBlocks)));
  const titleAt = headlineIndex(text, blocks);
  const out: ClassifiedBlock[] = [];
  const width = new ForwardWidth(text);
  // Only a residue-tail marker needs it, and that is rare: the pass over the whole text waits for one.
  let tailStart: number | undefined;
  const inTail = (block: Block): boolean => {
    tailStart ??= new ForwardWidth(text).at(text.length) * TAIL_FRACTION;
    return width.at(block.start) >= tailStart;
  };
  let mode: 'prose' | 'boilerplate' | 'after-end' | 'residue' = 'prose';
  let seenLead = false;
  let previousLine = '';
  // One decision per block; `label` says what the block is, updating the state as it goes.
  const label = (block: Block, index: number): ClassifiedBlock => {
    const first = lineText(text, block);
    const single = block.lines.length === 1;
    const push = (kind: Section['kind'], extra: Partial<ClassifiedBlock> = {}): ClassifiedBlock => ({
      block,
      kind,
      ...extra,
    });
    if (index === titleAt) {
      previousLine = first;
      return push('title');
    }
    if (mode === 'residue') return push('residue');
    if (isResidueTail(first) && inTail(block)) {
      mode = 'residue';
      return push('residue');
    }
    // Every line page furniture ("Share this:", "Facebook", "Leave a Reply"): residue.
    if (
      block.lines.every(
        (_, k) => isResidueLine(lineText(text, block, k)) || isResidueTail(lineText(text, block, k)),
      )
    )
      return push('residue');
    if (single && isEndMark(first)) {
      mode = 'after-end';
      return push('boilerplate');
    }
    if (isContactHeading(first) || (mode !== 'prose' && looksLikeContactBlock(text, block)))
      return push('contact');
    if (isAboutHeading(first) || isBoilerplateHeading(first)) {
      mode = 'boilerplate';
      return push('boilerplate');
    }
    if (mode !== 'prose') return push('boilerplate');

    // Before the lead the thresholds go up to 60 words, after it only `words < 30` is asked.
    const words = wordCount(text, block.start, block.end, seenLead ? 30 : 61);
    if (!seenLead) {
      if (single && isSourceLine(first) && words <= 14) return push('source');
      if (single && isQuotedLine(first) && words <= 60) return push('subhead');
      if (single && !endsSentence(first) && words <= 14 && /\d/.test(first)) return push('dateline');
      // A few short lines, none ending a sentence, before the lead: a header ("Federal Reserve
      // issues FOMC statement / For release at 2:00 p.m. EDT"), not the lead.
      const headerLines =
        block.lines.length <= 3 && block.lines.every((_, k) => !endsSentence(lineText(text, block, k)));
      if (
        (single || headerLines) &&
        !endsSentence(first) &&
        words <= 20 &&
        speakerLabelLength(first) === 0 &&
        !isBullet(first)
      )
        return push('subhead');
    }
    const label = speakerLabelLength(first);
    if (label > 0) {
      seenLead = true;
      return push('transcript-turn', {
        speaker: { start: block.start, end: block.start + label, text: first.slice(0, label) },
      });
    }
    if (block.lines.length >= 2 && block.lines.every((_, i) => isBullet(lineText(text, block, i)))) {
      return push('list', { items: block.lines.map((l) => ({ start: l.start, end: l.end })) });
    }
    if (single && isBullet(first)) return push('list', { items: [{ start: block.start, end: block.end }] });
    if (endsWithColon(previousLine) && (first.match(/;/g)?.length ?? 0) >= 2) {
      previousLine = first;
      return push('list', { items: listItemsBySemicolon(text, block) });
    }
    previousLine = lineText(text, block, block.lines.length - 1);
    if (words < 30 && looksLikeContactBlock(text, block)) return push('contact');
    const kind = seenLead ? 'body' : 'lead';
    seenLead = true;
    return push(kind);
  };
  blocks.forEach((block, index) => {
    out.push(label(block, index));
  });
  return out;
}
