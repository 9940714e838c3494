/** Semantic tokens: what colour each mention gets, sorted, never spanning lines, never overlapping. */
import { ENTITY_TYPES } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { SemanticTokensBuilder } from 'vscode-languageserver';
import {
  decodeTokens,
  SEMANTIC_TOKENS_LEGEND,
  semanticTokens,
  type Token,
} from '../src/features/semantic-tokens.js';
import { fixtureDoc, natoDoc } from './fixture.js';
import { positionOf, seedDoc } from './support.js';

function encode(tokens: Token[]): number[] {
  const builder = new SemanticTokensBuilder();
  for (const t of tokens) builder.push(t.line, t.character, t.length, t.type, t.modifiers);
  return builder.build().data;
}

function tokenAt(tokens: Token[], position: { line: number; character: number }): Token | undefined {
  return tokens.find(
    (t) =>
      t.line === position.line &&
      t.character <= position.character &&
      position.character < t.character + t.length,
  );
}

const typeName = (token: Token | undefined) =>
  token ? SEMANTIC_TOKENS_LEGEND.tokenTypes[token.type] : undefined;

describe('semantic tokens', () => {
  it('uses the twelve entity types in order as the legend, and firstMention as the modifier', () => {
    expect(SEMANTIC_TOKENS_LEGEND.tokenTypes).toEqual([...ENTITY_TYPES]);
    expect(SEMANTIC_TOKENS_LEGEND.tokenModifiers).toEqual(['firstMention']);
  });

  it('the token at "Stoltenberg" in the seed decodes to person; first mentions carry the modifier', () => {
    const doc = seedDoc();
    const tokens = decodeTokens(encode(semanticTokens(doc)));
    expect(typeName(tokenAt(tokens, positionOf(doc, 'Mr. Stoltenberg', 5)))).toBe('person');
    expect(typeName(tokenAt(tokens, positionOf(doc, 'Kosovo', 1)))).toBe('location');
    expect(tokens.some((t) => t.modifiers === 1)).toBe(true);
  });

  it('leave pronouns uncoloured on the seed, though "I" in his statement is a mention of Stoltenberg', () => {
    const doc = seedDoc();
    const tokens = decodeTokens(encode(semanticTokens(doc)));
    const at = positionOf(doc, 'So today I can', 8);
    expect(doc.analysis.entities.some((e) => e.mentions.some((m) => m.pronoun))).toBe(true);
    expect(tokenAt(tokens, at)).toBeUndefined();
    expect(typeName(tokenAt(tokens, positionOf(doc, 'Jens Stoltenberg', 1)))).toBe('person');
  });

  it('are sorted and never overlap on the seed', () => {
    const tokens = semanticTokens(seedDoc());
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1] as Token;
      const b = tokens[i] as Token;
      expect(b.line > a.line || (b.line === a.line && b.character >= a.character + a.length)).toBe(true);
    }
  });

  it('splits a mention wrapped over two lines into one token per line', () => {
    const text = 'Talks\n\nThe North Atlantic\nTreaty Organization met.';
    const doc = fixtureDoc(text, [
      {
        id: 'e1',
        type: 'organization',
        name: 'North Atlantic Treaty Organization',
        mentions: ['North Atlantic\nTreaty Organization'],
      },
    ]);
    const tokens = semanticTokens(doc);
    expect(tokens.map((t) => [t.line, t.character, t.length])).toEqual([
      [2, 4, 14],
      [3, 0, 19],
    ]);
    expect(tokens[0]?.modifiers).toBe(1);
  });

  it('lets the inner mention win inside a nested one ("Israeli" inside "Israeli Defence Minister")', () => {
    const text = 'Israeli Defence Minister Gallant spoke.';
    const doc = fixtureDoc(text, [
      { id: 'e1', type: 'role', name: 'Israeli Defence Minister', mentions: ['Israeli Defence Minister'] },
      { id: 'e2', type: 'nationality', name: 'Israeli', mentions: ['Israeli'] },
      { id: 'e3', type: 'person', name: 'Gallant', mentions: ['Gallant'] },
    ]);
    const tokens = semanticTokens(doc);
    expect(tokens.map((t) => [t.character, t.length, typeName(t)])).toEqual([
      [0, 7, 'nationality'],
      [7, 17, 'role'],
      [25, 7, 'person'],
    ]);
  });

  it('a range request returns only the tokens in the range', () => {
    const doc = natoDoc();
    const tokens = semanticTokens(doc, { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } });
    expect(tokens.every((t) => t.line === 3)).toBe(true);
    expect(tokens.map(typeName)).toEqual(['person', 'organization', 'organization', 'date']);
  });
});
