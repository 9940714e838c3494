/**
 * A trie over token texts: finds the longest known phrase starting at a token in time
 * proportional to the phrase, whatever the size of the lexicon. Phrases are tokenized with the
 * same tokenizer as the text, so "U.S." or "F-16" match exactly as written, bar dashes: a hyphen,
 * an en dash and an em dash are one key.
 */
import { mapPacked } from '../arrays.js';
import { BoundedMemo } from '../incremental/bounded-memo.js';
import { type Token, tokenize } from '../text/tokenize.js';

/** The figure dash, en dash, em dash and minus sign, read as a hyphen ("Task Force – Operation"). */
const DASHES = ['\u2012', '\u2013', '\u2014', '\u2212'];
const isDash = (text: string) => DASHES.includes(text);

/**
 * The token texts of a phrase, memoised: the tries built per analysis (the names a document
 * repeats, the tagger's spans) add the same phrases on every analysis of an editing session, and
 * tokenizing a phrase builds token objects the trie does not keep. Bounded: cleared when full.
 */
const PHRASE_MEMO_SIZE = 20_000;

/**
 * Printable ASCII but the apostrophe: there tokenize() cuts runs of letters and digits and makes
 * each other character a token of its own, which one regular expression does without building
 * token objects. Most of the knowledge base's 6,000 phrases are such, and building the gazetteer
 * in a fresh process tokenized each one with code not yet compiled (tens of ms of a cold CLI run).
 */
const PLAIN_PHRASE = /^[\x20-\x26\x28-\x7e]*$/;
const PLAIN_WORD = /[A-Za-z0-9]+|[^A-Za-z0-9 ]/g;

const phraseWords = new BoundedMemo<string, readonly string[]>(PHRASE_MEMO_SIZE, (phrase) =>
  // (tokenize()'s texts packed, like the array `match` returns: see arrays.ts.)
  PLAIN_PHRASE.test(phrase) ? (phrase.match(PLAIN_WORD) ?? []) : mapPacked(tokenize(phrase), (t) => t.text),
);

export function wordsOf(phrase: string): readonly string[] {
  return phraseWords.get(phrase);
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

/**
 * The children of every leaf, shared and never written: add() gives a node a map of its own before
 * its first child. Two thirds of the gazetteer's 17,000 nodes are leaves, and a map each was about
 * 2 MB that a fresh process allocated, then copied twice in the young generation.
 */
const NO_CHILDREN = new Map<string, never>();

export interface TrieMatch<V> {
  /** Index of the first token after the match. */
  endToken: number;
  value: V;
}

export class TokenTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };

  /** `caseFolded`: phrases and tokens are compared lower-cased. */
  constructor(private readonly caseFolded = false) {}

  /** Add a phrase; the first value added for a phrase wins, so add in order of preference. */
  add(phrase: string, value: V): void {
    const words = wordsOf(phrase);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      const key = isDash(word) ? '-' : this.caseFolded ? word.toLowerCase() : word;
      let child = node.next.get(key);
      if (!child) {
        child = { next: NO_CHILDREN };
        if (node.next === NO_CHILDREN) node.next = new Map();
        node.next.set(key, child);
        // Every dash leads to the same node, so a look-up needs no second try.
        if (key === '-') for (const dash of DASHES) node.next.set(dash, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /**
   * Longest phrase starting at `tokens[at]`, not crossing a paragraph break. `accept` can veto a
   * token (used to restrict case-folded lookups to all-caps runs).
   */
  longest(tokens: readonly Token[], at: number, accept?: (t: Token) => boolean): TrieMatch<V> | undefined {
    // The first word apart: most of the million look-ups of an analysis end at the root, and this
    // way they return before the loop. Folded keys are the token's own lower-cased text.
    const first = tokens[at];
    if (!first || (accept && !accept(first))) return undefined;
    let node = this.root.next.get(this.caseFolded ? first.lower : first.text);
    if (!node) return undefined;
    // The match object is built once, at the end: hits rarely extend.
    let bestEnd = node.value === undefined ? -1 : at + 1;
    let bestValue = node.value;
    for (let i = at + 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || t.gap === 'paragraph' || (accept && !accept(t))) break;
      node = node.next.get(this.caseFolded ? t.lower : t.text);
      if (!node) break;
      if (node.value !== undefined) {
        bestEnd = i + 1;
        bestValue = node.value;
      }
    }
    return bestEnd < 0 ? undefined : { endToken: bestEnd, value: bestValue as V };
  }
}
