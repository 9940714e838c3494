/**
 * A title written two ways for the same person: "Defence Minister Gallant" then "Defense Minister
 * Gallant", "Secretary General" then "Secretary-General". Titles are compared word by word from
 * their end, so "Israeli Defence Minister" and "Defense Minister" are compared on "Defence
 * Minister"; a shorter title ("General" after "Lieutenant General") is not a variant. Differences
 * of case or of abbreviation full stops alone ("Mr"/"Mr."), and ALL-CAPS transcript labels, are
 * typography, not variants. Each later variant is
 * flagged, with a fix that writes the first form.
 */
import type { Entity, Note, Span } from '../types.js';
import type { CheckInput } from './input.js';
import { isSpellingVariant } from './spelling.js';

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[^\s\-\u2010\u2011\u2013]+/gu;

function wordsOf(title: string): Word[] {
  return [...title.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

const bare = (w: Word) => w.text.replace(/\./g, '').toLowerCase();

/** The two titles' common tail, when it is written differently (not just in case); else undefined. */
function differingTail(
  first: string,
  later: string,
): { from: string; to: string; start: number } | undefined {
  const a = wordsOf(first);
  const b = wordsOf(later);
  const n = Math.min(a.length, b.length);
  if (n === 0) return undefined;
  const tailA = a.slice(a.length - n);
  const tailB = b.slice(b.length - n);
  const textA = first.slice(tailA[0]?.start ?? 0);
  const textB = later.slice(tailB[0]?.start ?? 0);
  // Case and abbreviation full stops ("Mr" and "Mr.", "U.S." and "US") are house style, not a second title.
  const plain = (s: string) => s.replace(/\./g, '').toLowerCase();
  if (plain(textA) === plain(textB)) return undefined;
  let spelled = 0;
  for (let k = 0; k < n; k++) {
    const x = tailA[k];
    const y = tailB[k];
    if (!x || !y || bare(x) === bare(y)) continue;
    if (!isSpellingVariant(x.text.replace(/\./g, ''), y.text.replace(/\./g, ''))) return undefined;
    spelled++;
  }
  if (spelled > 1) return undefined;
  return { from: textB, to: textA, start: tailB[0]?.start ?? 0 };
}

function isShouted(title: string): boolean {
  return /\p{L}{2}/u.test(title) && title === title.toUpperCase();
}

function titlesOf(entity: Entity): Span[] {
  const out: Span[] = [];
  for (const m of entity.mentions) if (m.title && !isShouted(m.title.text)) out.push(m.title);
  return out;
}

export function checkTitleVariants(input: CheckInput): Note[] {
  const notes: Note[] = [];
  // Indexed: for-of in code that runs once per document allocates a result per element.
  for (let k = 0; k < input.entities.length; k++) {
    const entity = input.entities[k] as Entity;
    if (entity.type !== 'person') continue;
    const [first, ...later] = titlesOf(entity);
    if (!first || input.ignore.has(first.text)) continue;
    // A person's titles repeat ("Secretary General" at every mention): compare each spelling once.
    const tails = new Map<string, ReturnType<typeof differingTail>>();
    for (const title of later) {
      if (input.ignore.has(title.text)) continue;
      let tail = tails.get(title.text);
      if (!tails.has(title.text)) {
        tail = differingTail(first.text, title.text);
        tails.set(title.text, tail);
      }
      if (!tail) continue;
      const start = title.start + tail.start;
      notes.push({
        code: 'title-variant',
        message: `Title written \u201c${tail.from}\u201d here and \u201c${tail.to}\u201d before, for ${entity.name}`,
        start,
        end: title.end,
        related: [{ start: first.start, end: first.end, message: `written \u201c${first.text}\u201d here` }],
        fixes: [{ label: `Write \u201c${tail.to}\u201d`, edits: [{ start, end: title.end, text: tail.to }] }],
      });
    }
  }
  return notes;
}
