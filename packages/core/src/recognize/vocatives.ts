/**
 * A first name spoken to in a transcript: "Thanks, Jen.", "Thank you very much, John.", "Hi,
 * Lara.". The greeting or thanks before it and the stop after it say it is a person addressed,
 * whatever else the name could be read as (not a place: "Thank you, Eugene!" at a rally). It
 * refers to the one speaker of the transcript (a surname labelling turns: "MS. PSAKI:", or a
 * reporter the moderator gives the floor) named in full with that first name before it ("Press
 * Secretary Jen Psaki"), or, in a text with no turns labelled, to the one person so named before;
 * with none, or with two, it is a person of its own, named so. Either way it is someone spoken to:
 * no antecedent of a "he" after it (link/pronouns.ts). Ranks and offices spoken to ("Thank you,
 * General.") are rank-references.ts'.
 */
import { FIRST_NAMES } from '../knowledge/first-names.js';
import { type Candidate, heldTokens } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { lowerTexts } from './token-text.js';

/** Words that open a greeting or thanks, and the words that may follow them before the comma. */
const OPENERS = new Set(['thanks', 'thank', 'hi', 'hello', 'hey', 'morning', 'afternoon', 'evening']);
const FILLERS = new Set(['you', 'very', 'so', 'much', 'again', 'good']);
/** Most words between the opener and the comma ("Thank you very much again"). */
const MAX_FILLERS = 4;
/** A moderator's words before a reporter given the floor: "we'll go to", "next question is from". */
const GIVEN_THE_FLOOR =
  /\b(?:(?:go|goes|turn|over)\s+to|question\s+(?:is\s+)?(?:from|comes\s+from)|question\s+is|questions?\s+from)\s+$/i;
const FLOOR_REACH = 40;
/** What ends a name spoken to. */
const ENDS = new Set(['.', ',', '?', '!', ':', ';']);

/** `chosen`: the mentions selected so far (people named in full, and tokens already read). */
export function recognizeVocatives(ctx: RecognitionContext, chosen: readonly Candidate[]): Candidate[] {
  const { tokens, text } = ctx;
  let taken: Uint8Array | undefined;
  let lower: readonly string[] | undefined;
  let named: FirstNames | undefined;
  const out: Candidate[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const name = tokens[i];
    if (!name || tokens[i - 1]?.text !== ',' || !FIRST_NAMES.has(name.text) || ctx.skip[i]) continue;
    const after = tokens[i + 1];
    const ended = !after || ENDS.has(after.text) || after.gap === 'newline' || after.gap === 'paragraph';
    if (!ended || (after && ENDS.has(after.text) && after.gap !== 'none')) continue;
    lower ??= lowerTexts(tokens);
    if (!greetingBefore(lower, i - 2)) continue;
    // "Thank you, Eugene! It's great to be back in Oregon": a rally's city, not a person.
    if (ctx.lexicon.exact.longest(tokens, i)?.value.type === 'location') continue;
    taken ??= heldTokens(tokens.length, chosen);
    if (taken[i]) continue;
    named ??= new FirstNames(text, chosen);
    // Only someone named before: "Thanks, John." to the moderator is no "Lt. Gen. John
    // Kolasheski" the briefing names later.
    const holder = named.before(name.start).get(name.text);
    out.push({
      type: 'person',
      startToken: i,
      endToken: i + 1,
      start: name.start,
      end: name.end,
      tier: 1,
      addressed: true,
      ...(holder ? { reference: true, refersTo: holder.start } : {}),
    });
  }
  return out;
}

/**
 * A surname the knowledge base names in full ("President Biden" is Joe Biden): "Thank you, Joe."
 * in his transcript is him, as it would be after "Joe Biden" written in full.
 */
const knownInFull = (c: Candidate): boolean => c.canonical !== undefined && /\s/.test(c.canonical);

/** The last word of a name: what a turn's label gives ("PSAKI" of "Jen Psaki"). */
const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

/** Whether the words ending at token `k` are a greeting or thanks opening its sentence or clause. */
function greetingBefore(lower: readonly string[], k: number): boolean {
  let fillers = 0;
  while (k >= 0 && FILLERS.has(lower[k] ?? '') && fillers < MAX_FILLERS) {
    k--;
    fillers++;
  }
  if (!OPENERS.has(lower[k] ?? '')) return false;
  // "Thank" needs its "you".
  return lower[k] !== 'thank' || lower[k + 1] === 'you';
}

/**
 * People named with two words or more, by their first word, as a scan through the text meets them
 * (offsets asked for only grow): null where two people named so far share a first name.
 */
class FirstNames {
  private readonly people: Candidate[];
  private next = 0;
  private readonly byFirst = new Map<string, Candidate | null>();
  private readonly fullName = new Map<string, string>();

  constructor(
    private readonly text: string,
    chosen: readonly Candidate[],
  ) {
    // Only the transcript's speakers, whose surnames label turns ("MS. PSAKI:"): "Thanks, John." to
    // the moderator is no "Lt. Gen. John Kolasheski" he has named.
    const labels = new Set<string>();
    for (const c of chosen) {
      if (c.type !== 'person') continue;
      const name = text.slice(c.start, c.end);
      // "MS. PSAKI: …", "NATO Secretary General Jens Stoltenberg: Good afternoon."
      const shouted = name === name.toUpperCase() && /\p{Lu}/u.test(name);
      // "For our next question we'll go to Kelly O'Donnell from NBC": a reporter given the floor speaks too.
      const called = GIVEN_THE_FLOOR.test(text.slice(Math.max(0, c.start - FLOOR_REACH), c.start));
      if (shouted || called || text.charAt(c.end) === ':') labels.add(lastWord(name).toUpperCase());
    }
    // With no turns labelled (a release quoting a speech: "\"Thank you, Charles,\" said Smith"),
    // anyone named in full before.
    this.people = chosen
      .filter((c) => {
        if (c.type !== 'person' || c.reference) return false;
        if (c.endToken - c.startToken < 2 && !knownInFull(c)) return false;
        const name = text.slice(c.start, c.end);
        return labels.size === 0 || labels.has(lastWord(name).toUpperCase());
      })
      .sort((a, b) => a.start - b.start);
  }

  /** The full name: as written, or the knowledge base's for a surname it knows ("Biden": Joe Biden). */
  private nameOf(c: Candidate): string {
    return knownInFull(c) && c.endToken - c.startToken < 2
      ? (c.canonical as string)
      : this.text.slice(c.start, c.end);
  }

  before(offset: number): ReadonlyMap<string, Candidate | null> {
    for (; this.next < this.people.length; this.next++) {
      const c = this.people[this.next] as Candidate;
      if (c.end > offset) break;
      const name = this.nameOf(c);
      const first = name.split(/\s/, 1)[0] ?? '';
      const seen = this.fullName.get(first);
      if (seen === undefined) {
        this.fullName.set(first, name);
        this.byFirst.set(first, c);
      } else if (seen !== name && !name.startsWith(seen) && !seen.startsWith(name))
        this.byFirst.set(first, null);
    }
    return this.byFirst;
  }
}
