/**
 * Every feature over every real-world release (../shared/corpus, read in place; skipped when it is
 * absent): nothing throws, tokens are sorted, on one line and apart, ranges lie in the document,
 * and hovers never carry raw HTML or links.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Range } from 'vscode-languageserver';
import { analyzeDocument } from '../src/documents/analyzed-document.js';
import { codeLenses } from '../src/features/code-lens.js';
import { documentSymbols } from '../src/features/document-symbols.js';
import { foldingRanges } from '../src/features/folding.js';
import { hover } from '../src/features/hover.js';
import { inlayHints } from '../src/features/inlay-hints.js';
import { references } from '../src/features/navigation.js';
import { semanticTokens } from '../src/features/semantic-tokens.js';
import { summaryCard } from '../src/features/summary-card.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { repoRoot } from './support.js';

const corpusDir = join(repoRoot, '../shared/corpus/press-releases');
const files = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : [];

describe.runIf(files.length > 0)('features on the real-world corpus', () => {
  it.each(files)('%s', (name) => {
    const text = readFileSync(join(corpusDir, name), 'utf8');
    const doc = analyzeDocument(`file:///corpus/${name}`, 1, text);
    const lastLine = doc.lines.lineCount - 1;
    const valid = (range: Range) =>
      range.start.line >= 0 &&
      range.end.line <= lastLine &&
      (range.start.line < range.end.line || range.start.character <= range.end.character);

    const tokens = semanticTokens(doc);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const previous = tokens[i - 1];
      if (!token) continue;
      expect(token.length).toBeGreaterThan(0);
      expect(token.character + token.length).toBeLessThanOrEqual(
        doc.lines.lineEnd(token.line) - doc.lines.lineStart(token.line),
      );
      if (previous) {
        expect(
          token.line > previous.line ||
            (token.line === previous.line && token.character >= previous.character + previous.length),
        ).toBe(true);
      }
    }

    const everything = doc.lines.rangeOf(0, text.length);
    for (const hint of inlayHints(doc, everything, DEFAULT_SETTINGS.inlayHints)) {
      expect(hint.position.line).toBeLessThanOrEqual(lastLine);
    }
    const walk = (symbols: ReturnType<typeof documentSymbols>) => {
      for (const symbol of symbols) {
        expect(valid(symbol.range) && valid(symbol.selectionRange)).toBe(true);
        expect(symbol.name.trim()).not.toBe('');
        walk(symbol.children ?? []);
      }
    };
    walk(documentSymbols(doc));
    for (const fold of foldingRanges(doc)) expect(fold.endLine).toBeGreaterThan(fold.startLine);
    codeLenses(doc);
    expect(summaryCard(doc)).not.toMatch(/<[a-z]/i);

    for (const entity of doc.analysis.entities.slice(0, 40)) {
      const mention = entity.mentions[0];
      if (!mention) continue;
      const position = doc.lines.positionAt(mention.start);
      const card = hover(doc, position);
      const value =
        card && typeof card.contents === 'object' && 'value' in card.contents ? card.contents.value : '';
      expect(value).not.toMatch(/<[a-z]|\]\(/i);
      expect(references(doc, position, true).length).toBeGreaterThan(0);
    }
  });
});
