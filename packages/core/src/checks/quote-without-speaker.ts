/**
 * A quotation in a release's prose that nobody is said to have spoken. Only real quotations count:
 * starting with a capital or a digit, at least six words or ending in punctuation inside the marks;
 * not a title in quotes ("the “I Cultural Exchange Days of the Way of the Holy Grail”"), not a
 * phrase worked into the writer's sentence (“like other providers, must adapt …”), not inside a
 * transcript (turns have speakers by label). The core's attribution links a speaker only when it can
 * name the person; this check is more lenient, because a quote "she said" or "said the senators"
 * is attributed for a reader. Attributed are: a speech verb in the quote's sentence, a byline
 * after it ("— Jane Doe, CEO"), an introduction ending in a colon just before it ("released the
 * following statement:"), a quote continuing an attributed one (the next quote of the paragraph,
 * or of the next paragraph), and the last paragraph of a quotation over several paragraphs (each
 * opens with a mark, only the last closes).
 */
import type { Note, Section } from '../types.js';
import type { CheckInput } from './input.js';
import { blockAt, blocksOf } from './prose.js';

const MIN_WORDS = 6;
/** How far from a quote its attribution can be ("…,” State’s Attorney Burke said.). */
const WINDOW = 160;
/** How far back to look for a quotation left open by earlier paragraphs. */
const OPEN_WINDOW = 4000;
const SPEECH_VERB =
  /\b(?:say|says|said|saying|add|adds|added|state|states|stated|statement|note|notes|noted|explain|explains|explained|continue|continues|continued|tell|tells|told|according to|remark|remarks|remarked|comment|comments|commented|declare|declares|declared|ask|asks|asked|emphasi[sz]e[sd]?|stress|stresses|stressed|highlight|highlights|highlighted|announce|announces|announced|write|writes|wrote|warn|warns|warned|urge|urges|urged|insist|insists|insisted|recall|recalls|recalled|reply|replies|replied|answer|answers|answered|acknowledge|acknowledges|acknowledged|observe|observes|observed|argue|argues|argued|point(?:s|ed)? out|quoted?|quotes|put it|reads?)\b/i;
const OPENING_MARK = /^[“"‘']/u;
const BLANK_LINE = /\n[ \t]*\r?\n|\r[ \t]*\r/;

function isParagraphBreak(text: string, from: number, to: number): boolean {
  return BLANK_LINE.test(text.slice(from, to));
}

/**
 * Where the first sentence of `s` ends (index of its full stop), or -1. A full stop after a short
 * capitalised word or an initial ("Lt. Gen.", "U.S. Rep.", "J.") does not end a sentence.
 */
function sentenceEnd(s: string): number {
  for (const m of s.matchAll(/[.!?](?=\s+\p{Lu})/gu)) {
    const at = m.index ?? 0;
    const word = /(?:^|\s)(\S+)$/u.exec(s.slice(0, at))?.[1] ?? '';
    if (s[at] === '.' && /^\p{Lu}[\p{L}.]{0,3}$/u.test(word)) continue;
    return at;
  }
  return -1;
}

/** A speech verb in the quote's sentence (right after it, or right before it), or a byline. */
function hasAttribution(text: string, quote: Section, previousEnd: number, nextStart: number): boolean {
  let after = Math.min(text.length, quote.end + WINDOW, nextStart);
  const blank = text.slice(quote.end, after).search(BLANK_LINE);
  if (blank >= 0) after = quote.end + blank;
  const tail = text.slice(quote.end, after);
  // A testimonial's byline: “…” — Jane Doe, CEO
  if (/^\s*[—–-]\s*\p{Lu}/u.test(tail)) return true;
  // Only up to the end of the sentence that follows: "…,” she said. Then …
  const stop = sentenceEnd(tail);
  if (SPEECH_VERB.test(stop >= 0 ? tail.slice(0, stop + 1) : tail)) return true;
  let before = Math.max(0, quote.start - WINDOW, previousEnd);
  const head = text.slice(before, quote.start);
  const breakAt = head.search(/(?:\n[ \t]*\r?\n|\r[ \t]*\r)(?![\s\S]*(?:\n[ \t]*\r?\n|\r[ \t]*\r))/);
  if (breakAt >= 0) before += breakAt;
  // From the start of the sentence holding the quote: Mr Lee said: “…”
  const sentence = text.slice(before, quote.start);
  const lastStop = Math.max(sentence.lastIndexOf('. '), sentence.lastIndexOf('.\n'));
  return SPEECH_VERB.test(lastStop >= 0 ? sentence.slice(lastStop + 1) : sentence);
}

/** Only blank space between the start of the quote's paragraph (or line) and the quote. */
function startsItsLine(text: string, quote: Section): boolean {
  let i = quote.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

/**
 * The text just before the quote ends in a colon ("released the following statement:"), or leaves
 * a quotation open (more opening marks than closing ones: the earlier paragraphs of this quotation).
 */
function isIntroducedOrContinued(text: string, quote: Section): boolean {
  if (!startsItsLine(text, quote)) return false;
  const before = text.slice(Math.max(0, quote.start - OPEN_WINDOW), quote.start);
  if (/:\s*$/u.test(before)) return true;
  // The paragraph or paragraphs just before: from the last closing mark on, is a quotation open?
  const lastClose = Math.max(before.lastIndexOf('”'), -1);
  return before.slice(lastClose + 1).includes('“');
}

/** A whitespace-separated word that opens with four letters; group 1 when the first is a capital. */
const LONG_WORD = /(?<!\S)(?:(\p{Lu})|\p{L})\p{L}{3}/gu;

/** Title Case in quotes is a title or a name, not speech: 70% of the words of four letters or more capitalised. */
function isTitleCase(inner: string): boolean {
  // One scan, no word array: this runs on every quotation of the text.
  let words = 0;
  let capitalised = 0;
  LONG_WORD.lastIndex = 0;
  for (let m = LONG_WORD.exec(inner); m; m = LONG_WORD.exec(inner)) {
    words++;
    if (m[1] !== undefined) capitalised++;
  }
  if (words === 0) return false;
  return capitalised / words >= 0.7;
}

function isRealQuotation(text: string, quote: Section): boolean {
  if (!OPENING_MARK.test(text.slice(quote.start, quote.start + 1))) return false;
  const inner = text.slice(quote.start + 1, quote.end - 1).trim();
  // “like other providers, must adapt …” or ", was put on …" (marks paired wrongly): not a statement.
  if (!/^[\p{Lu}\p{N}]/u.test(inner)) return false;
  if (isTitleCase(inner)) return false;
  const words = inner.split(/\s+/).filter(Boolean).length;
  return words >= MIN_WORDS || /[.!?,…]$/u.test(inner);
}

/**
 * Doubled marks ("" in a paragraph) are a spreadsheet's escaping: the marks around them pair up
 * wrongly, so no quotation in that paragraph is read. Cached per paragraph.
 */
function isEscapedBlock(text: string, block: Section | undefined, cache: Map<Section, boolean>): boolean {
  if (!block) return false;
  let found = cache.get(block);
  if (found === undefined) {
    found = text.slice(block.start, block.end).includes('""');
    cache.set(block, found);
  }
  return found;
}

/** Paragraphs a continued quotation may run over before the next quote still counts as its sequel. */
const MAX_CONTINUED = 6;

/**
 * The quote at `start` continues the attributed one before it: same paragraph or line, the next
 * paragraph, or a later one when the paragraphs between are the quotation's own (a quotation over
 * several paragraphs opens each with a mark and closes only the last).
 */
function continuesQuotation(
  text: string,
  blocks: readonly Section[],
  position: ReadonlyMap<Section, number>,
  previous: { end: number; block?: Section },
  start: number,
  block: Section | undefined,
): boolean {
  if (previous.block === block || !isParagraphBreak(text, previous.end, start)) return true;
  if (!block || !previous.block) return false;
  const from = position.get(previous.block) ?? -1;
  const to = position.get(block) ?? -1;
  if (from < 0 || to <= from || to - from > MAX_CONTINUED) return false;
  for (let k = from + 1; k < to; k++) {
    const b = blocks[k];
    if (!b || !OPENING_MARK.test(text.slice(b.start, b.start + 1))) return false;
  }
  return true;
}

export function checkQuotesWithoutSpeaker(input: CheckInput): Note[] {
  const { text, sections } = input;
  const blocks = blocksOf(sections);
  const position = new Map<Section, number>();
  for (let k = 0; k < blocks.length; k++) position.set(blocks[k] as Section, k);
  const quotes = sections.filter((s) => s.kind === 'quote');
  const firstTurn = sections.find((s) => s.kind === 'transcript-turn')?.start ?? Number.POSITIVE_INFINITY;
  const notes: Note[] = [];
  // The last real quotation, when it was attributed or continued an attributed one.
  let chain: { end: number; block?: Section } | undefined;
  const escaped = new Map<Section, boolean>();
  quotes.forEach((quote, i) => {
    const block = blockAt(blocks, quote.start);
    const previousEnd = quotes[i - 1]?.end ?? 0;
    const nextStart = quotes[i + 1]?.start ?? text.length;
    const attributed =
      quote.speaker !== undefined ||
      quote.speakerId !== undefined ||
      hasAttribution(text, quote, previousEnd, nextStart) ||
      isIntroducedOrContinued(text, quote);
    // An attributed quotation starts a chain whatever it is: whether it is real, or continues
    // the chain, is only asked of the others.
    if (attributed) {
      chain = { end: quote.end, ...(block ? { block } : {}) };
      return;
    }
    const real = isRealQuotation(text, quote) && !isEscapedBlock(text, block, escaped);
    // A title or a scare quote between two quotations neither starts nor breaks a chain.
    if (!real) return;
    const continues =
      chain !== undefined && continuesQuotation(text, blocks, position, chain, quote.start, block);
    if (continues) {
      chain = { end: quote.end, ...(block ? { block } : {}) };
      return;
    }
    chain = undefined;
    if (!block || (block.kind !== 'lead' && block.kind !== 'body') || quote.start >= firstTurn) return;
    notes.push({
      code: 'quote-without-speaker',
      message: 'Quotation without a speaker: say who said it',
      start: quote.start,
      end: quote.end,
    });
  });
  return notes;
}
