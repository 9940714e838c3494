/**
 * "The general said", "I'll turn it to the General", "the admiral added": a rank or office used
 * alone, after "the" or spoken to ("Thank you, General."), refers back to the person last named with it ("Lieutenant General Sims",
 * "Adm. Brad Cooper") and becomes one of their mentions (a reference, never their name). Titles
 * written capitalised and whole ("the Foreign Secretary") are the role references' (link/
 * role-references.ts); this covers the bare rank of briefings and transcripts. Kept narrow:
 * - only after someone was named with that rank or office, the last such person before it;
 * - only where the word stands for a person: before a verb or a clause's end ("the general said",
 *   "the General on the second", "the admiral’s ship"), not "the general public", "the general
 *   election", "the secretary general", "the commander of …" (a title of its own).
 */

import { POSSESSIVE_MARKS } from './apostrophes.js';
import { type Candidate, heldTokens } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { lowerTexts } from './token-text.js';

/** The word of the reference, and the words a title ends on (abbreviated or not) that it stands for. */
const RANKS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['general', 'gen general'],
      ['admiral', 'adm admiral'],
      ['colonel', 'col colonel'],
      ['commander', 'cmdr cdr commander'],
      ['captain', 'capt captain'],
      ['sergeant', 'sgt sergeant'],
      ['ambassador', 'amb ambassador'],
      ['senator', 'sen senator'],
      ['governor', 'gov governor'],
      ['minister', 'minister'],
      ['secretary', 'secretary'],
    ] as const
  ).map(([word, ends]) => [word, new Set(ends.split(' '))]),
);

/** Words after the rank that show it stands for a person: verbs of saying and being, prepositions. */
const FOLLOWERS = new Set(
  'said says told added adds noted notes stressed explained thanked met meets visited visits spoke speaks is was has had will would can could did does may might should must also and or on for to about who whom in at with if when as from during after before'.split(
    ' ',
  ),
);
const DETERMINER = 'the';
/** What ends a rank spoken to: "Thank you, General." "I'm happy, General, if you want". */
const VOCATIVE_ENDS = new Set([',', '.', '?', '!']);

/** Offices named anywhere in a title: "Secretary of State", "Minister for the Middle East". */
const OFFICES = ['secretary', 'minister'];

/**
 * The words a title is referred back by, lower case, without full stops: its last ("Lt. Gen." →
 * "gen") and an office it names ("Secretary of State" → "secretary").
 */
function titleWords(text: string, title: { start: number; end: number }): string[] {
  const words = text.slice(title.start, title.end).toLowerCase().split(/\s+/);
  const last = (words[words.length - 1] ?? '').replace(/\.$/, '');
  return [last, ...OFFICES.filter((office) => office !== last && words.includes(office))];
}

/** The word after the rank says it is a person: punctuation, a possessive, a verb or a preposition. */
function standsForPerson(ctx: RecognitionContext, lower: readonly string[], k: number): boolean {
  const next = ctx.tokens[k + 1];
  if (!next) return true;
  if (POSSESSIVE_MARKS.has(next.text) && next.gap === 'none') return true;
  if (next.kind !== 'word') return next.text !== '-' && next.text !== '(';
  const word = lower[k + 1] ?? '';
  return !next.upper && (FOLLOWERS.has(word) || (word.length > 4 && word.endsWith('ed')));
}

/** `chosen`: the mentions selected so far; people named with a title there are what a rank refers to. */
export function recognizeRankReferences(ctx: RecognitionContext, chosen: readonly Candidate[]): Candidate[] {
  const { tokens, skip, text } = ctx;
  const titled = chosen
    .filter(
      (c): c is Candidate & { title: { start: number; end: number } } => c.type === 'person' && !!c.title,
    )
    .sort((a, b) => a.start - b.start);
  if (titled.length === 0) return [];
  const taken = heldTokens(tokens.length, chosen);
  const lower = lowerTexts(tokens);
  /** The person last named with each title ending, as the scan goes. */
  const lastWith = new Map<string, Candidate>();
  const out: Candidate[] = [];
  let next = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i];
    if (!first || (lower[i] !== DETERMINER && first.text !== ',')) continue;
    // "the general …", or a rank spoken to: "Thank you, General." (then the mention is the rank).
    const vocative =
      first.text === ',' && tokens[i + 1]?.upper === true && VOCATIVE_ENDS.has(tokens[i + 2]?.text ?? '');
    if ((lower[i] !== DETERMINER && !vocative) || skip[i] || taken[i]) continue;
    const k = i + 1;
    const noun = tokens[k];
    const ends = RANKS.get(lower[k] ?? '');
    if (!noun || !ends || skip[k] || taken[k] || noun.gap !== 'space') continue;
    // The people named before it, read only now: most texts have no such reference at all.
    while (next < titled.length && (titled[next] as Candidate).end <= first.start) {
      const person = titled[next++] as Candidate & { title: { start: number; end: number } };
      for (const word of titleWords(text, person.title)) lastWith.set(word, person);
    }
    let holder: Candidate | undefined;
    for (const end of ends) {
      const person = lastWith.get(end);
      if (person && (!holder || person.start > holder.start)) holder = person;
    }
    if (!holder || !standsForPerson(ctx, lower, k)) continue;
    const from = vocative ? noun : first;
    out.push({
      type: 'person',
      startToken: vocative ? k : i,
      endToken: k + 1,
      start: from.start,
      end: noun.end,
      tier: 1,
      reference: true,
      refersTo: holder.start,
    });
    i = k;
  }
  return out;
}
