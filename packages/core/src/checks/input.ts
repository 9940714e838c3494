/** What every editorial check reads: the text and the finished analysis data, nothing else. */
import type { DateExpression } from '../dates/expression.js';
import type { Token } from '../text/tokenize.js';
import type { Entity, Section } from '../types.js';

/** "Kosovo Force (KFOR)": where an acronym is spelled out. */
export interface AcronymDefinitionSite {
  acronym: string;
  /** The whole definition, long form through the closing bracket. */
  start: number;
  end: number;
  /** The long form alone ("Kosovo Force"). */
  longForm: string;
}

export interface CheckInput {
  text: string;
  tokens: readonly Token[];
  /** Per token: 1 when it lies in residue (not prose, never checked). */
  skip: Uint8Array;
  sections: readonly Section[];
  entities: readonly Entity[];
  dates: readonly DateExpression[];
  definitions: readonly AcronymDefinitionSite[];
  /** The dictionary's `ignore` entries: never flagged. */
  ignore: ReadonlySet<string>;
}
