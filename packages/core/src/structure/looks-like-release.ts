/**
 * A cheap guess whether a text is a press release or a briefing transcript, for tools that see
 * many files (an editor opening any `.txt`, a workspace index) and should only analyse releases.
 *
 * It reads only the first few kilobytes and adds up the signs of a release: a headline, release
 * phrases ("For immediate release", "/PRNewswire/", "Press Conference", "Readout of …"), a
 * dateline ("BRUSSELS, 12 October 2023 –"), a full date near the top, transcript speaker labels
 * ("MODERATOR:"), attributed quotes, end marks ("###", "-ends-"). Source code and Markdown
 * headings count against. Every pattern runs over the bounded head only, without nested
 * quantifiers, so the cost does not depend on the size of the text.
 */

/** How much of the text is read: enough for a headline, a dateline and a lead paragraph. */
const HEAD_LENGTH = 4096;
/** A score at or above this says "release". */
const THRESHOLD = 3;

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** "12 October 2023", "October 12, 2023", "Oct. 12 2023", "12th of October, 2023". */
const FULL_DATE = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH},? \\d{4}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})\\b`,
  'i',
);

/** Phrases that (almost) only releases, statements and briefings use. */
const RELEASE_PHRASES =
  /\b(?:press release|media release|news release|for immediate release|for release|embargoed|newswire|business wire|press ?release|press conference|press call|press briefing|press gaggle|press statement|media advisory|media contact|press contact|press office|transcript|readout of|fact sheet|joint statement|remarks by|statement by|statement from|today announced|announced today|spokesperson|published \d{1,2} [a-z]+ \d{4})\b/i;

/** Words release headlines are made of ("Acme Announces…", "Remarks by…", "Statement on…"). */
const HEADLINE_WORDS =
  /\b(?:announces?|announced|launch(?:es|ed)?|unveils?|welcomes?|introduces?|appoints?|names|statement|remarks|briefing|readout|press|release|conference|transcript|fact sheet|interview|speech|declaration|communiqu[eé])\b/i;

/** "BRUSSELS, 12 October 2023 –", "WASHINGTON –", "TAMPA, FL, July 2, 2024 (GLOBE NEWSWIRE) --". */
const DATELINE =
  /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,3}(?:, [A-Za-z][A-Za-z. ]{0,30})?(?:,| ?[–—-]{1,2} )/m;

/** A transcript speaker label at the start of a line ("MODERATOR:", "Q:", "SECRETARY AUSTIN:"). */
const SPEAKER_LABEL = /^(?:Q|A|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,4}):[ \t]/gm;

/** A quotation attributed to someone: `…," said`, `” says`, `stated:`. */
const ATTRIBUTION = /["”’],? (?:said|says|added|stated|noted)\b|\b(?:said|stated|added):/i;

/** End marks of a release on a line of their own. */
const END_MARK = /^[ \t]*(?:###|-ends?-|- ?end ?-|-30-)[ \t]*$/im;

/** Lines that look like program text. */
const CODE_LINE =
  /^[ \t]*(?:import |export |function |const |let |var |def |class |#include|public |private |return\b|\}|\{|<\?php|<!DOCTYPE|<html)|[)\]'"];\s*$|\{\s*$|=>/gm;

/** A Markdown heading ("# Title", "## Usage"); a bare "###" end mark is not one. */
const MARKDOWN_HEADING = /^#{1,6} \S/gm;
const CODE_FENCE = /^```/m;
const MARKDOWN_TABLE = /^\|? ?:?-{3,}:? ?\|/m;

/** Whether `text` reads like a press release or briefing transcript. Cheap: looks at the head only. */
export function looksLikePressRelease(text: string): boolean {
  return releaseScore(text) >= THRESHOLD;
}

/** The sum of the signs of a release in the head of `text` (exported for tests and tuning). */
export function releaseScore(text: string): number {
  const head = text.slice(0, HEAD_LENGTH).replace(/\r\n?/g, '\n');
  const lines = head.split('\n');
  const nonEmpty = lines.filter((line) => line.trim() !== '');
  if (nonEmpty.length < 2) return 0;

  let score = 0;
  if (hasHeadline(lines)) {
    score += 1;
    if (HEADLINE_WORDS.test(nonEmpty[0] ?? '')) score += 1;
  }
  if (RELEASE_PHRASES.test(head)) score += 2;
  if (DATELINE.test(head)) score += 2;
  const top = head.slice(0, 1500);
  if (FULL_DATE.test(top)) score += 1;
  if (nonEmpty.slice(0, 8).some((line) => isDateLine(line))) score += 1;
  if (count(head, SPEAKER_LABEL) >= 2) score += 2;
  if (ATTRIBUTION.test(head)) score += 1;
  if (END_MARK.test(text.slice(-HEAD_LENGTH))) score += 1;
  if (!hasProse(nonEmpty)) score -= 2;

  const codeLines = count(head, CODE_LINE);
  if (codeLines >= 3 || CODE_FENCE.test(head)) score -= 4;
  if (count(head, MARKDOWN_HEADING) >= 2) score -= 2;
  if (MARKDOWN_HEADING.test(lines[0] ?? '') || MARKDOWN_TABLE.test(head)) score -= 1;
  return score;
}

/** A first non-empty line short enough to be a headline, not a sentence ending in a colon or a list item. */
function hasHeadline(lines: readonly string[]): boolean {
  const first = lines.find((line) => line.trim() !== '')?.trim();
  if (first === undefined) return false;
  if (first.length < 8 || first.length > 320) return false;
  if (/^[-*•#>\d]/.test(first)) return false;
  return first.split(/\s+/).length >= 3;
}

/** A short line that is mostly a date ("12 October 2023", "TUESDAY, 17 OCTOBER 2017", "August 16, 2022 Jeremy McClure"). */
function isDateLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 60 && FULL_DATE.test(trimmed);
}

/** Some line reads like a sentence of prose: long, several words, ending like a sentence. */
function hasProse(lines: readonly string[]): boolean {
  return lines.some((line) => line.length >= 80 && line.split(/\s+/).length >= 12);
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) {
    n += 1;
    if (n > 50) break;
  }
  pattern.lastIndex = 0;
  return n;
}
