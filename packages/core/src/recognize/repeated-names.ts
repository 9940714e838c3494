/**
 * Document-level consistency: once a name is known in this document, its shorter forms elsewhere
 * are mentions too: a person's surname ("Goffus"), an acronym defined in the text, an
 * organisation's stand-in ("the Alliance" for NATO, "the Assembly" after "the Grand National
 * Assembly"). Only tokens no other mention holds are considered.
 */
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../knowledge/first-names.js';
import type { Candidate } from './candidate.js';
import type { AcronymDefinition } from './chunks.js';
import type { RecognitionContext } from './context.js';
import { isNeverNameWord } from './people.js';
import { TokenTrie } from './token-trie.js';

interface Known {
  candidate: Omit<Candidate, 'startToken' | 'endToken' | 'start' | 'end'>;
  /** Only after the first mention of the full name. */
  after: number;
}

export function recognizeRepeatedNames(
  ctx: RecognitionContext,
  chosen: readonly Candidate[],
  definitions: readonly AcronymDefinition[],
  surnameOf: (name: string) => string,
): Candidate[] {
  const { tokens, text } = ctx;
  const trie = new TokenTrie<Known>();
  // The first value added for a phrase wins, so adding a phrase again changes nothing: skip the
  // repeats (a name chosen hundreds of times) before they are tokenized again.
  const added = new Set<string>();
  const add = (phrase: string, known: Known) => {
    if (added.has(phrase)) return;
    added.add(phrase);
    trie.add(phrase, known);
  };
  const surnames = new Map<string, string>();
  /** Per organisation name: its head word when it has two words or more, else ''. */
  const heads = new Map<string, string>();
  const standInsAdded = new Set<string>();
  for (const c of chosen) {
    const name = text.slice(c.start, c.end);
    if (c.type === 'person' && c.endToken - c.startToken >= 2) {
      let surname = surnames.get(name);
      if (surname === undefined) {
        surname = surnameOf(name);
        surnames.set(name, surname);
      }
      add(surname, { candidate: { type: 'person', tier: 1 }, after: c.end });
    }
    if (c.type === 'organization') {
      const key = c.key ?? `organization:${name}`;
      const canonical = c.canonical ?? name;
      if (!standInsAdded.has(canonical)) {
        standInsAdded.add(canonical);
        for (const standIn of ctx.lexicon.standIns.get(canonical) ?? []) {
          add(standIn, { candidate: { type: 'organization', tier: 1, key, canonical }, after: 0 });
          add(standIn.replace(/^the /, 'The '), {
            candidate: { type: 'organization', tier: 1, key, canonical },
            after: 0,
          });
        }
      }
      // "the Grand National Assembly" … "the Assembly"
      let head = heads.get(name);
      if (head === undefined) {
        const words = name.split(/\s+/);
        head = words.length >= 2 ? (words[words.length - 1] ?? '') : '';
        heads.set(name, head);
      }
      // Also lower-case heads of described groups: "the Assad regime" … "the regime".
      if (head && (/^\p{Lu}/u.test(head) || !c.key)) {
        for (const article of ['the', 'The'])
          add(`${article} ${head}`, {
            candidate: { type: 'organization', tier: 1, key, canonical },
            after: c.end,
          });
      }
    }
  }
  for (const def of definitions) {
    const { startToken: _s, endToken: _e, start: _a, end: _b, ...rest } = def.candidate;
    add(def.acronym, {
      candidate: { ...rest, expansion: text.slice(def.candidate.start, def.candidate.end) },
      after: def.candidate.end,
    });
  }

  const taken = new Uint8Array(tokens.length);
  for (const c of chosen) for (let k = c.startToken; k < c.endToken; k++) taken[k] = 1;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || ctx.skip[i]) continue;
    const m = trie.longest(tokens, i);
    if (!m) continue;
    let free = true;
    for (let k = i; k < m.endToken; k++) if (taken[k] || ctx.skip[k]) free = false;
    const first = tokens[i];
    const last = tokens[m.endToken - 1];
    if (!free || !first || !last || first.start < m.value.after) continue;
    // A surname glued into a longer capitalised run ("Austin Texas") is not the person.
    const next = tokens[m.endToken];
    if (m.value.candidate.type === 'person' && next?.upper && next.gap === 'space') continue;
    // "Mariah Thomas" after "Tariq Thomas": a capitalised word before the surname makes it another
    // person, unless it is a title ("State’s Attorney Burke").
    const prev = tokens[i - 1];
    const otherPerson =
      m.value.candidate.type === 'person' &&
      prev !== undefined &&
      !taken[i - 1] &&
      !isNeverNameWord(ctx, i - 1) &&
      prev.kind === 'word' &&
      prev.upper &&
      first.gap === 'space' &&
      (!ctx.sentenceStart[i - 1] || FIRST_NAMES.has(prev.text) || AMBIGUOUS_FIRST_NAMES.has(prev.text));
    const from = otherPerson && prev ? prev : first;
    out.push({
      ...m.value.candidate,
      startToken: otherPerson ? i - 1 : i,
      endToken: m.endToken,
      start: from.start,
      end: last.end,
    } as Candidate);
    for (let k = i; k < m.endToken; k++) taken[k] = 1;
    i = m.endToken - 1;
  }
  return out;
}
