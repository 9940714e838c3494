/**
 * The per-document state semantic tokens need for deltas: the last result sent for each document,
 * with an id unique in the server's life, so `full/delta` answers with edits only against the
 * very result the client holds, and with the full tokens otherwise.
 */
import type { Range, SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../documents/analyzed-document.js';
import { encodeTokens, semanticTokenData, type Token } from '../features/semantic-tokens.js';

export const EMPTY_TOKENS: SemanticTokens = { data: [] };

/** One edit replacing what differs between the common prefix and the common suffix. */
function diff(before: readonly number[], after: readonly number[]): SemanticTokensEdit[] {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix])
    suffix++;
  if (prefix === before.length && prefix === after.length) return [];
  return [
    {
      start: prefix,
      deleteCount: before.length - prefix - suffix,
      data: after.slice(prefix, after.length - suffix),
    },
  ];
}

export class SemanticTokenSessions {
  private readonly last = new Map<string, { resultId: string; data: number[] }>();
  /**
   * The encoded tokens of each analysis: a document's tokens are computed once per version, not
   * once per request (36,000 tokens of a 1 MB release: about 40 ms the first time, 10 ms after).
   */
  private readonly encoded = new WeakMap<AnalyzedDocument, number[]>();
  private nextId = 1;

  full(doc: AnalyzedDocument): SemanticTokens {
    const data = this.dataOf(doc);
    const resultId = String(this.nextId++);
    this.last.set(doc.uri, { resultId, data });
    return { resultId, data };
  }

  /** Edits against `previousResultId` when it is the last result sent; the full tokens otherwise. */
  delta(doc: AnalyzedDocument, previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const previous = this.last.get(doc.uri);
    if (!previous || previous.resultId !== previousResultId) return this.full(doc);
    const data = this.dataOf(doc);
    const resultId = String(this.nextId++);
    this.last.set(doc.uri, { resultId, data });
    return { resultId, edits: diff(previous.data, data) };
  }

  range(doc: AnalyzedDocument, range: Range): SemanticTokens {
    return { data: semanticTokenData(doc, range) };
  }

  /** Tokens computed elsewhere (a viewport's quick analysis), encoded. */
  encodeRange(tokens: readonly Token[]): SemanticTokens {
    return { data: encodeTokens(tokens) };
  }

  private dataOf(doc: AnalyzedDocument): number[] {
    let data = this.encoded.get(doc);
    if (!data) {
      data = semanticTokenData(doc);
      this.encoded.set(doc, data);
    }
    return data;
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  clear(): void {
    this.last.clear();
  }
}
