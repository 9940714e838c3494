/** What every recogniser reads: the text, its tokens, and the knowledge base. */
import type { Token } from '../text/tokenize.js';
import type { Lexicon } from './lexicon.js';

export interface RecognitionContext {
  text: string;
  tokens: Token[];
  lexicon: Lexicon;
  /** Per token: 1 when it lies in residue and must not be mined. */
  skip: Uint8Array;
  /** Per token: 1 when it starts a sentence (or a block). */
  sentenceStart: Uint8Array;
}
