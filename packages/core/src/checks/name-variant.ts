/**
 * The same name spelled two ways: "Stoltenberg" and "Stoltenburg", "Apareció Foundation" and
 * "Aparecío Foundation". People are compared by surname, organisations word by word with the other
 * words equal. Conservative on purpose, since a false alarm costs more than a missed slip:
 * - the differing words have at least five letters and are one edit apart (two from nine letters),
 *   or differ only in accents; case alone is never a variant;
 * - people whose first names differ ("Tariq Thomas", "Mariah Thomas") are different people;
 * - when both spellings are used more than once, they are probably two names ("Mark Rutte" and
 *   "Mark Rutter" in a list), unless only the accents differ;
 * - places, nationalities and title words are words in their own right ("Austria"/"Australia").
 * The rarer spelling is flagged at each use (the later one on a tie), with the other as related
 * information, a fix that writes it, and one that writes the rarer spelling everywhere instead.
 */
import { BoundedMemo } from '../incremental/bounded-memo.js';
import { surnameOf } from '../link/link-entities.js';
import type { Entity, Note } from '../types.js';
import type { CheckInput } from './input.js';
import { areDistinctWords, knownAs } from './known-words.js';
import { allowedEdits, foldLetters, isSpellingVariant } from './spelling.js';

/** Longer words are not names worth comparing (and would make the deletion index large). */
const MAX_WORD = 24;
/** A deletion shared by more spellings than this says nothing; skip it rather than compare all pairs. */
const MAX_BUCKET = 40;
/** More distinct name spellings than this is no press release (a directory, a generated file): not checked. */
const MAX_SPELLINGS = 20_000;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

interface Spelling {
  /** Where the word may vary: "person", or an organisation's other words and the word's place. */
  context: string;
  word: string;
  occurrences: { start: number; end: number }[];
  /** person: lower-cased first names written with this surname. */
  firstNames: Set<string>;
}

/** "Committee's" → "Committee", "Hamas’" → "Hamas": the possessive is grammar, not spelling. */
function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

/** Small words inside organisation names ("Department of Health", "Médecins Sans Frontières"). */
const CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'the',
  'on',
  'in',
  'at',
  'de',
  'la',
  'le',
  'du',
  'des',
  'del',
  '&',
]);

/** Capitalised words and initials; organisations may also have connectors between them. */
function isNameLike(words: readonly string[], connectors: boolean): boolean {
  return (
    words.length > 0 &&
    NAME_WORD.test(words[0] ?? '') &&
    words.every((w) => NAME_WORD.test(w) || /^\p{Lu}\.$/u.test(w) || (connectors && CONNECTORS.has(w)))
  );
}

/** One word of a mention to record: its spelling, where it may vary, and where it sits in the mention. */
interface Slot {
  /** The table key: context and the word lower-cased. */
  key: string;
  context: string;
  word: string;
  /** Offset of the word in the mention's text. */
  offset: number;
  /** person: the first name written with the surname, lower-cased. */
  firstName?: string;
}

/** The words of a mention's text worth recording, with where they sit in it. */
function slotsOf(type: 'person' | 'organization', text: string): Slot[] {
  const slot = (context: string, word: string, offset: number, firstName?: string): Slot => ({
    key: `${context}\u0000${word.toLowerCase()}`,
    context,
    word,
    offset,
    ...(firstName ? { firstName: firstName.toLowerCase() } : {}),
  });
  let words = text.split(/\s+/).filter(Boolean).map(withoutPossessive);
  if (type === 'person') {
    // "Mr. Stoltenberg", "Secretary General Jens Stoltenberg" when a recogniser kept the title.
    let k = 0;
    while (k < words.length - 1 && knownAs(words[k] ?? '') === 'title') k++;
    words = words.slice(k);
  }
  if (!isNameLike(words, type === 'organization')) return [];
  if (type === 'person') {
    const surname = withoutPossessive(surnameOf(words.join(' ')));
    const offset = text.lastIndexOf(surname);
    if (offset < 0) return [];
    const first = words.length >= 2 && words[0] !== surname ? words[0] : undefined;
    return [slot('person', surname, offset, first)];
  }
  const slots: Slot[] = [];
  let searchFrom = 0;
  const lower = words.map((w) => w.toLowerCase());
  words.forEach((word, i) => {
    const offset = text.indexOf(word, searchFrom);
    if (offset < 0) return;
    searchFrom = offset + word.length;
    const others = lower.map((w, k) => (k === i ? '*' : w)).join(' ');
    slots.push(slot(`organization:${others}`, word, offset));
  });
  return slots;
}

/**
 * slotsOf by type and text, memoised across analyses: mentions repeat a few spellings many times
 * ("NATO" in every paragraph), and an editor's analysis session reads the same texts on every
 * edit. Slots are never changed once made. Bounded: cleared when full.
 */
const SLOT_MEMO_SIZE = 20_000;
const slotMemo = {
  person: new BoundedMemo(SLOT_MEMO_SIZE, (text: string) => slotsOf('person', text)),
  organization: new BoundedMemo(SLOT_MEMO_SIZE, (text: string) => slotsOf('organization', text)),
};

function slotsMemoised(type: 'person' | 'organization', text: string): Slot[] {
  return slotMemo[type].get(text);
}

function collect(entities: readonly Entity[]): Spelling[] {
  const table = new Map<string, Spelling>();
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e] as Entity;
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    for (let m = 0; m < entity.mentions.length; m++) {
      const mention = entity.mentions[m] as Entity['mentions'][number];
      const slots = slotsMemoised(entity.type, mention.text);
      for (let k = 0; k < slots.length; k++) {
        const s = slots[k] as Slot;
        let entry = table.get(s.key);
        if (!entry) {
          entry = { context: s.context, word: s.word, occurrences: [], firstNames: new Set() };
          table.set(s.key, entry);
        }
        const start = mention.start + s.offset;
        entry.occurrences.push({ start, end: start + s.word.length });
        if (s.firstName) entry.firstNames.add(s.firstName);
      }
    }
  }
  return [...table.values()];
}

/** Every string made by deleting up to `depth` letters from `word` (with `word` itself). */
function deletions(word: string, depth: number, into: Set<string>): void {
  // A string k letters shorter is always reached with depth - k left: seen once, all its own
  // deletions are in already (a word of ten letters makes 56 calls instead of 101).
  if (into.has(word)) return;
  into.add(word);
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) deletions(word.slice(0, i) + word.slice(i + 1), depth - 1, into);
}

/**
 * The strings a spelled word may share with its variants (its letters folded, then `deletions`;
 * none for words too short or too long to compare), memoised as the slots are: the same names come
 * back on every edit, and a ten-letter word makes 56 strings.
 */
const variantKeys = new BoundedMemo(SLOT_MEMO_SIZE, (word: string): readonly string[] => {
  const folded = foldLetters(word);
  const depth = allowedEdits(folded.length);
  if (depth === 0 || folded.length > MAX_WORD) return [];
  const into = new Set<string>();
  deletions(folded, depth, into);
  return [...into];
});

/** Pairs of spellings in the same context whose words could be variants, found without comparing all pairs. */
function candidatePairs(spellings: readonly Spelling[]): [Spelling, Spelling][] {
  if (spellings.length > MAX_SPELLINGS) return [];
  // Variants are only looked for between spellings of one context, and most contexts (an
  // organisation's other words) hold a single spelling: those need no deletion index at all.
  const perContext = new Map<string, number>();
  for (const s of spellings) perContext.set(s.context, (perContext.get(s.context) ?? 0) + 1);
  // Per context, the spellings by each of their deletions; the buckets also in the order made, so
  // that pairs come out in one order (the first pair to flag a use words its note).
  const index = new Map<string, Map<string, Spelling[]>>();
  const inOrder: Spelling[][] = [];
  for (const s of spellings) {
    if ((perContext.get(s.context) ?? 0) < 2) continue;
    const variants = variantKeys.get(s.word);
    if (variants.length === 0) continue;
    let buckets = index.get(s.context);
    if (!buckets) {
      buckets = new Map();
      index.set(s.context, buckets);
    }
    for (const v of variants) {
      let bucket = buckets.get(v);
      if (!bucket) {
        bucket = [];
        buckets.set(v, bucket);
        inOrder.push(bucket);
      }
      if (bucket.length <= MAX_BUCKET) bucket.push(s);
    }
  }
  const seen = new Set<string>();
  const pairs: [Spelling, Spelling][] = [];
  for (const bucket of inOrder) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i];
        const b = bucket[j];
        if (!a || !b || a === b) continue;
        const id = [a.word.toLowerCase(), b.word.toLowerCase()].sort().join('\u0000') + a.context;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

function differentPeople(a: Spelling, b: Spelling): boolean {
  if (a.firstNames.size === 0 || b.firstNames.size === 0) return false;
  for (const name of a.firstNames) if (b.firstNames.has(name)) return false;
  return true;
}

/** [variant, dominant], or undefined when the pair should not be flagged. */
function orient(a: Spelling, b: Spelling, ignore: ReadonlySet<string>): [Spelling, Spelling] | undefined {
  if (!isSpellingVariant(a.word, b.word)) return undefined;
  if (ignore.has(a.word) || ignore.has(b.word)) return undefined;
  if (areDistinctWords(a.word, b.word, a.context === 'person')) return undefined;
  if (a.context === 'person' && differentPeople(a, b)) return undefined;
  const accentsOnly = foldLetters(a.word) === foldLetters(b.word);
  const countA = a.occurrences.length;
  const countB = b.occurrences.length;
  if (!accentsOnly && countA >= 2 && countB >= 2) return undefined;
  if (countA !== countB) return countA < countB ? [a, b] : [b, a];
  const firstA = a.occurrences[0]?.start ?? 0;
  const firstB = b.occurrences[0]?.start ?? 0;
  return firstA > firstB ? [a, b] : [b, a];
}

export function checkNameVariants(input: CheckInput): Note[] {
  const notes: Note[] = [];
  const flagged = new Set<number>();
  for (const [a, b] of candidatePairs(collect(input.entities))) {
    const oriented = orient(a, b, input.ignore);
    if (!oriented) continue;
    const [variant, dominant] = oriented;
    const reference = dominant.occurrences[0];
    if (!reference) continue;
    const times = dominant.occurrences.length;
    const where = times === 1 ? 'once' : `${times} times`;
    for (const at of variant.occurrences) {
      if (flagged.has(at.start)) continue;
      flagged.add(at.start);
      notes.push({
        code: 'name-variant',
        message: `\u201c${variant.word}\u201d is spelled \u201c${dominant.word}\u201d elsewhere in this text (${where})`,
        start: at.start,
        end: at.end,
        related: [{ ...reference, message: `spelled \u201c${dominant.word}\u201d here` }],
        fixes: [
          { label: `Write \u201c${dominant.word}\u201d`, edits: [{ ...at, text: dominant.word }] },
          // The rarer spelling may be the right one ("Apareció" is the Spanish word).
          {
            label: `Write \u201c${variant.word}\u201d everywhere instead`,
            edits: dominant.occurrences.map((o) => ({ ...o, text: variant.word })),
          },
        ],
      });
    }
  }
  return notes;
}
