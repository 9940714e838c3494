/**
 * The fixed phrases that announce a part of a release: web-page residue, end marks, About and
 * contact headings, transcript speaker labels. Each test looks at one line (bounded length), so
 * no pattern here ever runs over unbounded input.
 */

const MAX_MARKER_LINE = 160;

function head(line: string): string {
  return line.length > MAX_MARKER_LINE ? line.slice(0, MAX_MARKER_LINE) : line;
}

/** Residue that ends the release: everything after it is page furniture. */
const RESIDUE_TAIL =
  /^(?:leave a (?:reply|comment)|share(?: this(?: article| story| page)?)?:?|related(?: posts| articles| stories| news)?:?|you may also like|categories:?\s.*|tags:?\s.*|tag:\s.*|filed under\b.*|posted in\b.*|[←→].*|previous (?:post|article)\b.*|next (?:post|article)\b.*|comments? \(\d+\)|\d+ comments?)$/i;

/** Residue lines that may appear anywhere: navigation, sharing and cookie notices. */
const RESIDUE_LINE =
  /^(?:your email address will not be published\b.*|required fields are marked\b.*|share on (?:facebook|twitter|x|linkedin|whatsapp|email)\b.*|(?:tweet|print|email|facebook|twitter|linkedin|whatsapp|reddit)(?: this)?|we use cookies\b.*|this (?:site|website) uses cookies\b.*|accept (?:all )?cookies\b.*|cookie (?:settings|policy|preferences)\b.*|skip to (?:main )?content|back to top|subscribe(?: to our newsletter)?|sign up for\b.*|follow us\b.*|read more|click here\b.*|advertisement|the post .* appeared first on .*|this entry was posted\b.*|page \d+ of \d+)$/i;

const END_MARK = /^(?:#{3,}|-+\s*(?:ends?|30)\s*-+|\*{3,}|end|ends)$/i;

const ABOUT_HEADING = /^[Aa]bout (?:[Tt]he )?\p{Lu}/u;

const BOILERPLATE_HEADING =
  /^(?:notes? (?:to|for) editors?|editor'?s notes?|forward[- ]looking statements?|safe harbou?r statement|cautionary (?:note|statement)|disclaimer|legal notice|background(?: information)?:?)\b/i;

const CONTACT_HEADING =
  /^(?:(?:media|press|investor|news|public affairs|communications)(?: and \w+)? (?:contacts?|inquiries|enquiries|relations)|contacts?|for (?:further|more) information(?: contact| please contact)?|press office|media office|source:)\b/i;

const SOURCE_LINE =
  /^(?:source\b|for immediate release|immediate release|embargoed\b|media release|press release|news release|joint statement|statement|readout|fact sheet|transcript|office of the (?:spokesperson|press secretary)|the white house)\b/i;

const BULLET = /^(?:[•●▪◦‣∙·*]|[-–—](?=\s)|\(?\d{1,3}[.)](?=\s)|\(?[a-z][.)](?=\s))/;

/**
 * A transcript speaker label at the start of a line: "SECRETARY AUSTIN:", "Q:", "Q    By …",
 * "MS. JEAN-PIERRE:", "Jens Stoltenberg (NATO Secretary General):". Returns the label's length
 * (without the colon) or 0.
 */
const LABEL_CAPS = /^(?:[A-Z][A-Z.’'-]*(?: [A-Z][A-Z.’'-]*){0,5})(?=\s*:)/;
const LABEL_NAMED = /^\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,4} \([^()\n]{1,80}\)(?=:)/u;
const LABEL_Q = /^Q(?=[ \t]{2,}|\t|\.\s|:)/;

/** Capitals opening with a verb in -ing and at least one more word: a heading, not a name. */
const GERUND_HEADING = /^[A-Z]{4,}ING\s+[A-Z]/;

export function speakerLabelLength(line: string): number {
  const h = head(line);
  const first = h.charCodeAt(0);
  if (first === 81 /* Q */ && LABEL_Q.test(h)) return 1;
  // Both other labels open with a capital and close with a colon: most lines fail here, regex-free.
  if ((first < 128 && !(first >= 65 && first <= 90)) || !h.includes(':')) return 0;
  const caps = LABEL_CAPS.exec(h);
  // "BOLSTERING AMERICAN MINING: Today, …": a fact sheet's heading in capitals, not a speaker.
  if (caps && GERUND_HEADING.test(caps[0])) return 0;
  if (caps && /[A-Z]{2}/.test(caps[0])) return caps[0].length;
  const named = LABEL_NAMED.exec(h);
  if (named) return named[0].length;
  return 0;
}

export const isResidueTail = (line: string) => RESIDUE_TAIL.test(head(line));
export const isResidueLine = (line: string) => RESIDUE_LINE.test(head(line));
export const isEndMark = (line: string) => END_MARK.test(head(line).trim());
export const isAboutHeading = (line: string) => ABOUT_HEADING.test(head(line));
export const isBoilerplateHeading = (line: string) => BOILERPLATE_HEADING.test(head(line));
export const isContactHeading = (line: string) => CONTACT_HEADING.test(head(line));
export const isSourceLine = (line: string) => SOURCE_LINE.test(head(line));
export const isBullet = (line: string) => BULLET.test(head(line));

/** An email, a URL or a phone number appears in the line. */
export function looksLikeContact(line: string): boolean {
  const h = head(line);
  return (
    /\S@\S+\.\w/.test(h) ||
    /\bhttps?:\/\/|\bwww\./i.test(h) ||
    /(?:\+\d|\(\d{3}\)|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b)/.test(h)
  );
}
