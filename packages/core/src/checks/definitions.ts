/**
 * Where the text spells out its acronyms: "Kosovo Force (KFOR)", "Department of Homeland Security
 * (DHS)". The chunk recogniser's definitions, plus any "Long Form (ACRONYM)" whose letters match in
 * the way of Schwartz and Hearst (2003): the acronym's letters appear in order in the words before
 * the bracket, its first letter starting the first word.
 */
import type { AcronymDefinition } from '../recognize/chunks.js';
import type { Token } from '../text/tokenize.js';
import type { AcronymDefinitionSite } from './input.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// The two patterns read in loops are constants: a regex literal makes a new RegExp object each
// time it is evaluated (about 2 MB an analysis of the 1 MB release, in findTail).
/** Punctuation that joins the words of a long form ("Research & Development", "U.S."). */
const JOINING_PUNCTUATION = /^[-'’&.]$/;
const WHITESPACE = /\s/u;

/** The shortest tail of `before` whose words spell `acronym`, or undefined. */
export function longFormFor(acronym: string, before: string): string | undefined {
  const short = acronym.toLowerCase();
  const long = before.toLowerCase();
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short[s] ?? '';
    if (!LETTER_OR_DIGIT.test(c)) {
      s--;
      continue;
    }
    // The first letter must start a word.
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && LETTER_OR_DIGIT.test(long[l - 1] ?? '')))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  const start = Math.max(before.lastIndexOf(' ', l) + 1, 0);
  const form = before.slice(start);
  return /^\p{Lu}/u.test(form) ? form : undefined;
}

/** Words before a bracket worth reading as a long form: at most this many. */
function maxWords(acronym: string): number {
  return Math.min(acronym.length + 5, acronym.length * 2);
}

/** "Long Form (ACR)" anywhere in the text, not in residue. Linear: a few words before each bracket. */
function parenthesisedDefinitions(
  text: string,
  tokens: readonly Token[],
  skip: Uint8Array,
): AcronymDefinitionSite[] {
  const out: AcronymDefinitionSite[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const open = tokens[i];
    const acronym = tokens[i + 1];
    const close = tokens[i + 2];
    if (open?.text !== '(' || close?.text !== ')' || !acronym?.allCaps || skip[i]) continue;
    if (acronym.gap !== 'none' || close.gap !== 'none') continue;
    // Back over words in the same paragraph, not past punctuation that ends a phrase.
    let first = i;
    let words = 0;
    while (first > 0 && words < maxWords(acronym.text)) {
      const t = tokens[first - 1];
      const next = tokens[first];
      if (!t || next?.gap === 'paragraph' || (t.kind === 'punct' && !JOINING_PUNCTUATION.test(t.text))) break;
      first--;
      if (t.kind !== 'punct') words++;
    }
    const from = tokens[first];
    if (!from || first === i) continue;
    const before = text.slice(from.start, open.start).replace(/\s+$/u, '');
    const longForm = longFormFor(acronym.text, before.replace(/\s+/gu, ' '));
    if (!longForm) continue;
    // Locate the long form in the original text (whitespace there may be line breaks).
    const offset = findTail(text, from.start, open.start, longForm);
    if (offset < 0) continue;
    out.push({
      acronym: acronym.text,
      start: offset,
      end: close.end,
      // "Department of Defense’s (DOD)": the long form is the name, without the possessive.
      longForm: text
        .slice(offset, open.start)
        .trimEnd()
        .replace(/['’]s$/u, ''),
    });
  }
  return out;
}

/**
 * Start of the last stretch of [from, to) that equals `form` up to whitespace, or -1. Compared
 * backwards character by character: gathering the characters into a string, one longer each
 * step, copied the long form again at every character.
 */
function findTail(text: string, from: number, to: number, form: string): number {
  const wanted = form.replace(/\s+/gu, '');
  let j = wanted.length - 1;
  for (let i = to - 1; i >= from; i--) {
    const ch = text[i] ?? '';
    if (WHITESPACE.test(ch)) continue;
    // Once a character differs, no longer stretch can equal the form.
    if (j < 0 || ch !== wanted[j]) return -1;
    if (j === 0) return i;
    j--;
  }
  return -1;
}

/** Every acronym definition, first by position; one per place. */
export function definitionSites(
  text: string,
  tokens: readonly Token[],
  definitions: readonly AcronymDefinition[],
  skip: Uint8Array = new Uint8Array(tokens.length),
): AcronymDefinitionSite[] {
  const sites = new Map<number, AcronymDefinitionSite>();
  for (const { acronym, candidate } of definitions) {
    const close = tokens[candidate.endToken + 2];
    if (close?.text !== ')' || tokens[candidate.endToken + 1]?.text !== acronym) continue;
    sites.set(close.end, {
      acronym,
      start: candidate.start,
      end: close.end,
      longForm: text.slice(candidate.start, candidate.end),
    });
  }
  for (const site of parenthesisedDefinitions(text, tokens, skip))
    if (!sites.has(site.end)) sites.set(site.end, site);
  return [...sites.values()].sort((a, b) => a.start - b.start);
}
