/**
 * Contact identifiers: e-mail addresses, web addresses and telephone numbers. Each pattern is
 * anchored on a cheap trigger character and has bounded repetition, so scanning stays linear.
 */
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { tokenRange } from './offsets.js';

/** Domain part after "@", anchored there by the caller ("example.org"). */
const EMAIL_DOMAIN = /[\w-]+(?:\.[\w-]+)+/y;
const LOCAL_PART = /[\w.+-]/;
/** The longest local part we walk back over: RFC 5321 caps it at 64. */
const MAX_LOCAL = 64;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”'‘’()[\]{}]+/giu;
/**
 * Whether `URL` can match in `text`: every match holds "://" or "www." (no character but "W" folds
 * to "w"). URL's `\b` under /iu is slow on long text (8 ms a megabyte, against well under 1 ms for
 * these two searches), and most text holds no address.
 */
function mayHoldUrl(text: string): boolean {
  return text.includes('://') || /www\./i.test(text);
}
/**
 * International ("+61 2 6277 7500"), North American ("(202) 555-0100", "202-555-0100", toll-free
 * with its country code, "1-800-222-8477") and national
 * numbers dialled with a leading 0 in groups ("0427 470 633", "020 7946 0958"; 9 to 11 digits,
 * checked by `plausiblePhone`).
 */
const PHONE =
  /(?:\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,6}|\(\d{3}\) ?\d{3}-\d{4}|(?:\b1[-.])?\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b0\d{1,4}(?:[ -]\d{2,4}){2,3}\b)/gu;

/** What recognizeContacts runs over each block besides the e-mail addresses, in this order. */
const PATTERNS: readonly RegExp[] = [URL, PHONE];

/** Words before a national number that say it is a telephone's ("Media Contact: Laura Stevens", "Main switchboard", "anonymously on"). */
const PHONE_CUE =
  /(?:contact|enquir|inquir|phone|\btel\b|mobile|\bmob\b|\bcell|\bcall|switchboard|hours|office|\bfax)|(?::|\bon)\s*$/i;
/** Words before digits in groups that make them another number ("ABN 49 004 028 077", "case number 024 2023 0156"). */
const OTHER_NUMBER =
  /\b(?:ABN|ACN|number|no\.?|ref(?:erence)?|account|serial|case|grid|code|ID|licen[cs]e|registration|reg\.?)\W*(?:\d+\s+)?$/i;

/**
 * A national number in groups ("0427 470 633") has the 9 to 11 digits of a real one and is said to
 * be a telephone's on its line before it, or by a short heading on the line above ("Media
 * contact:⏎Ben Sutton, 0412 555 389"): digits in groups are as often a company, case, account or
 * serial number.
 */
function plausiblePhone(text: string, start: number, written: string): boolean {
  if (written[0] !== '0') return true;
  let digits = 0;
  for (const ch of written) if (ch >= '0' && ch <= '9') digits++;
  if (digits < 9 || digits > 11) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 60), start);
  if (OTHER_NUMBER.test(before.slice(-24))) return false;
  if (PHONE_CUE.test(before)) return true;
  // ("Reference:⏎0123 4567 89", "Case number:⏎…": a heading's colon alone says no telephone.)
  const heading = headingBefore(text, lineStart);
  return HEADING_CUE.test(heading) && !OTHER_NUMBER.test(heading);
}

/** Words of a contact block's heading: "Media contact:", "Press enquiries", "Phone". */
const HEADING_CUE = /contact|enquir|inquir|phone|\btel\b|mobile|\bmob\b|\bcell|\bmedia\b|\bpress\b/i;

/** A contact block's heading: the line before `lineStart` when it is short ("Media contact:"), else "". */
function headingBefore(text: string, lineStart: number): string {
  if (lineStart < 2) return '';
  const window = text.slice(Math.max(0, lineStart - 1 - HEADING_LENGTH), lineStart - 1);
  const lineBreak = window.lastIndexOf('\n');
  // A line longer than a heading is prose: no cue from it.
  if (lineBreak < 0 && lineStart - 1 > HEADING_LENGTH) return '';
  return window.slice(lineBreak + 1);
}
/** Characters of a contact block's heading, at most. */
const HEADING_LENGTH = 40;

/** Trailing punctuation belongs to the sentence, not the address. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[.,;:!?)\]]/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** A domain's last label run on into a capitalised word: "com" of "comInvestor". */
const RUN_ON_LABEL = /^([a-z]{2,6})[A-Z][A-Za-z]*$/;

/**
 * Where an address run on into the next word ends: "info@acme.comInvestor Relations:" lost its
 * line break when the release was copied from a web page. A top-level domain is written in lower
 * case, so a capital after its lower-case letters opens the next word. Only the last label is cut
 * ("mail.MyCompany.com" is left whole).
 */
function cutRunOn(text: string, start: number, end: number): number {
  // Searched in the address only: a search back through the text would make many addresses quadratic.
  const written = text.slice(start, end);
  const dot = written.lastIndexOf('.');
  if (dot < 0) return end;
  const run = RUN_ON_LABEL.exec(written.slice(dot + 1));
  return run ? start + dot + 1 + (run[1]?.length ?? 0) : end;
}

function contact(ctx: RecognitionContext, start: number, end: number): Candidate | undefined {
  const tokens = tokenRange(ctx.tokens, start, end);
  if (!tokens || end <= start) return undefined;
  return {
    type: 'contact',
    ...tokens,
    start,
    end,
    tier: 3,
    key: `contact:${ctx.text.slice(start, end).toLowerCase()}`,
  };
}

/**
 * E-mail addresses, found from each "@" outwards. An unanchored e-mail regex retries its local part
 * at every character of a long word, which is quadratic; walking from "@" is linear.
 */
function emails(ctx: RecognitionContext, range: { start: number; end: number }): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  // Look for "@" only inside the range: indexOf would run on to the end of the text for every range.
  const slice = text.slice(range.start, range.end);
  for (let rel = slice.indexOf('@'); rel >= 0; rel = slice.indexOf('@', rel + 1)) {
    const at = range.start + rel;
    let start = at;
    while (start > range.start && at - start < MAX_LOCAL && LOCAL_PART.test(text[start - 1] ?? '')) start--;
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (!domain) continue;
    const end = cutRunOn(text, at, trimEnd(text, at, Math.min(range.end, at + 1 + domain[0].length)));
    const c = contact(ctx, start, end);
    if (c) out.push(c);
    rel = Math.max(rel, end - 1 - range.start);
  }
  return out;
}

export function recognizeContacts(
  ctx: RecognitionContext,
  ranges: readonly { start: number; end: number }[],
): Candidate[] {
  const out: Candidate[] = [];
  // Indexed loops over constant arrays: this runs once per mined block (thousands in a long
  // release), where for-of allocated an iterator result per element and an array per block.
  for (let r = 0; r < ranges.length; r++) {
    const range = ranges[r] as { start: number; end: number };
    const slice = ctx.text.slice(range.start, range.end);
    const addresses = emails(ctx, range);
    for (let k = 0; k < addresses.length; k++) out.push(addresses[k] as Candidate);
    for (let p = 0; p < PATTERNS.length; p++) {
      const pattern = PATTERNS[p] as RegExp;
      if (pattern === URL && !mayHoldUrl(slice)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
        const start = range.start + m.index;
        if (pattern === PHONE && !plausiblePhone(ctx.text, start, m[0])) continue;
        const trimmed = trimEnd(ctx.text, start, start + m[0].length);
        const end = pattern === URL ? cutRunOn(ctx.text, start, trimmed) : trimmed;
        const c = contact(ctx, start, end);
        if (c) out.push(c);
      }
    }
  }
  return out;
}
