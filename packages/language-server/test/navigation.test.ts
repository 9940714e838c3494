/** Definition, references, document highlight, rename, folding, symbols, code lens, entities list. */

import { describe, expect, it } from 'vitest';
import { DocumentHighlightKind, SymbolKind } from 'vscode-languageserver';
import { codeLenses } from '../src/features/code-lens.js';
import { documentSymbols } from '../src/features/document-symbols.js';
import { entityItems } from '../src/features/entities.js';
import { foldingRanges } from '../src/features/folding.js';
import { definition, documentHighlights, references } from '../src/features/navigation.js';
import { prepareRename, rename } from '../src/features/rename.js';
import { fixtureDoc, natoDoc, paragraphs } from './fixture.js';
import { positionOf, seedDoc, textOf } from './support.js';

describe('definition, references, highlights', () => {
  const doc = natoDoc();
  const onMr = positionOf(doc, 'Mr. Stoltenberg', 6);

  it('definition of "Mr. Stoltenberg" is the first mention, Jens Stoltenberg', () => {
    const location = definition(doc, onMr);
    expect(location && textOf(doc, location.range)).toBe('Jens Stoltenberg');
    expect(location?.uri).toBe(doc.uri);
  });

  it('references list every mention; the first one only with includeDeclaration', () => {
    expect(references(doc, onMr, true).map((l) => textOf(doc, l.range))).toEqual([
      'Jens Stoltenberg',
      'Stoltenberg',
    ]);
    expect(references(doc, onMr, false).map((l) => textOf(doc, l.range))).toEqual(['Stoltenberg']);
  });

  it('highlights every mention in the document, the first as Write', () => {
    const highlights = documentHighlights(doc, positionOf(doc, 'NATO', 1, 1));
    expect(highlights.map((h) => textOf(doc, h.range))).toEqual([
      'NATO',
      'NATO',
      'North Atlantic Treaty Organization',
      'NATO',
    ]);
    expect(highlights.map((h) => h.kind)).toEqual([
      DocumentHighlightKind.Write,
      DocumentHighlightKind.Read,
      DocumentHighlightKind.Read,
      DocumentHighlightKind.Read,
    ]);
  });

  it('answer nothing off a mention and clamp out-of-range positions', () => {
    expect(definition(doc, positionOf(doc, 'welcomed'))).toBeNull();
    expect(references(doc, { line: 999, character: 999 }, true)).toEqual([]);
    // A position before the start clamps to the first character, which is NATO.
    expect(documentHighlights(doc, { line: -3, character: 0 })).toHaveLength(4);
  });

  it('on the seed, references of Kosovo are its mentions', () => {
    const seed = seedDoc();
    const refs = references(seed, positionOf(seed, 'Kosovo', 1), true);
    // "in Kosovo" twice and "the north of Kosovo", a part of it named by where it lies.
    expect(refs.map((r) => textOf(seed, r.range))).toEqual(['Kosovo', 'north of Kosovo', 'Kosovo']);
  });
});

describe('rename', () => {
  const doc = natoDoc();
  const apply = (edits: { range: { start: never; end: never } | never; newText: string }[]) => {
    const offsets = edits
      .map((e) => ({
        start: doc.lines.offsetAt(e.range.start),
        end: doc.lines.offsetAt(e.range.end),
        text: e.newText,
      }))
      .sort((a, b) => b.start - a.start);
    let text = doc.text;
    for (const e of offsets) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    return text;
  };

  it('prepareRename gives the mention range and its text', () => {
    const prepared = prepareRename(doc, positionOf(doc, 'Mr. Stoltenberg', 6));
    expect(prepared?.placeholder).toBe('Stoltenberg');
    expect(prepared && textOf(doc, prepared.range)).toBe('Stoltenberg');
    expect(prepareRename(doc, positionOf(doc, 'welcomed'))).toBeNull();
  });

  it('renaming the surname renames it inside every form, never the attached title', () => {
    const result = rename(doc, positionOf(doc, 'Mr. Stoltenberg', 6), 'Stoltenbergh');
    if (!result || 'error' in result) throw new Error('rename failed');
    const after = apply(result.edits as never);
    expect(after).toContain('Secretary General Jens Stoltenbergh welcomed');
    expect(after).toContain('Mr. Stoltenbergh said');
    expect(result.edits).toHaveLength(2);
  });

  it('renaming the full name also renames the surname where it stands alone', () => {
    const result = rename(doc, positionOf(doc, 'Jens Stoltenberg', 2), 'Jan Petersen');
    if (!result || 'error' in result) throw new Error('rename failed');
    const after = apply(result.edits as never);
    expect(after).toContain('Secretary General Jan Petersen welcomed');
    expect(after).toContain('Mr. Petersen said');
  });

  it('renaming an acronym renames the mentions that are that acronym, not the full name', () => {
    const result = rename(doc, positionOf(doc, 'NATO', 1), 'OTAN');
    if (!result || 'error' in result) throw new Error('rename failed');
    const after = apply(result.edits as never);
    expect(after).toContain('OTAN Ministers Meet');
    expect(after).toContain('The North Atlantic Treaty Organization (OTAN)');
  });

  it('refuses an empty or multi-line name', () => {
    expect(rename(doc, positionOf(doc, 'KFOR'), '  ')).toEqual({ error: 'The new name is empty.' });
    expect(rename(doc, positionOf(doc, 'KFOR'), 'a\nb')).toEqual({
      error: 'The new name must be on one line.',
    });
  });
});

describe('pronouns on the seed', () => {
  const doc = seedDoc();
  const onI = positionOf(doc, 'So today I can', 9);

  it('references from "I" list Stoltenberg\'s names and pronouns; the code lens counts his names only', () => {
    const found = references(doc, onI, true).map((r) => textOf(doc, r.range));
    expect(found).toContain('Jens Stoltenberg');
    expect(found.filter((t) => t === 'I')).toHaveLength(4);
    expect(codeLenses(doc).map((l) => l.command?.title)).toContain('4 mentions of Jens Stoltenberg');
  });

  it('refuses to rename a pronoun, and renaming the name leaves his pronouns alone', () => {
    expect(prepareRename(doc, onI)).toBeNull();
    expect(rename(doc, onI, 'Jan')).toEqual({
      error: 'A pronoun cannot be renamed; rename the name it refers to.',
    });
    const result = rename(doc, positionOf(doc, 'Jens Stoltenberg', 2), 'Jan Petersen');
    if (!result || 'error' in result) throw new Error('rename failed');
    expect(result.edits.map((e) => textOf(doc, e.range))).not.toContain('I');
  });
});

describe('folding ranges', () => {
  it('fold every multi-line section, and only those', () => {
    const text =
      'Headline\n\nFirst paragraph line one\nline two\nline three\n\nOne line.\n\nAbout Acme\nAcme makes things\n';
    const doc = fixtureDoc(text, [], { sections: paragraphs(text) });
    expect(foldingRanges(doc).map((r) => [r.startLine, r.endLine])).toEqual([
      [2, 4],
      [8, 9],
    ]);
  });

  it('on the seed, folds are multi-line and sorted', () => {
    const folds = foldingRanges(seedDoc());
    expect(folds.every((f) => f.endLine > f.startLine)).toBe(true);
    expect(folds.map((f) => f.startLine)).toEqual([...folds.map((f) => f.startLine)].sort((a, b) => a - b));
  });
});

describe('document symbols', () => {
  it('list the sections in order, then Entities grouped by type', () => {
    const doc = natoDoc();
    const symbols = documentSymbols(doc);
    expect(symbols.map((s) => s.name)).toEqual([
      'NATO Ministers Meet in Brussels',
      'Secretary General Jens Stoltenberg welcomed ministers…',
      'The North Atlantic Treaty Organization (NATO)…',
      'Entities',
    ]);
    const entities = symbols[3];
    expect(entities?.children?.map((g) => g.name)).toEqual([
      'People',
      'Organizations',
      'Locations',
      'Roles',
      'Dates',
    ]);
    const people = entities?.children?.[0];
    expect(people?.children?.map((p) => p.name)).toEqual(['Jens Stoltenberg']);
    expect(people?.children?.[0]?.kind).toBe(SymbolKind.Variable);
  });

  it('on the seed, every child range lies inside its parent', () => {
    const seed = seedDoc();
    const inside = (outer: { start: never; end: never } | never, inner: never) =>
      seed.lines.offsetAt((outer as { start: never }).start) <=
        seed.lines.offsetAt((inner as { start: never }).start) &&
      seed.lines.offsetAt((inner as { end: never }).end) <=
        seed.lines.offsetAt((outer as { end: never }).end);
    const walk = (symbols: ReturnType<typeof documentSymbols>) => {
      for (const symbol of symbols) {
        expect(inside(symbol.range as never, symbol.selectionRange as never)).toBe(true);
        for (const child of symbol.children ?? [])
          expect(inside(symbol.range as never, child.range as never)).toBe(true);
        walk(symbol.children ?? []);
      }
    };
    const symbols = documentSymbols(seed);
    expect(symbols[0]?.name).toBe('NATO Secretary General, Press Conference at Defence Ministers Meeting');
    walk(symbols);
  });
});

describe('code lens and entities list', () => {
  it('"N mentions" over the first mention of people and organisations', () => {
    const doc = natoDoc();
    expect(codeLenses(doc).map((l) => l.command?.title)).toEqual([
      '4 mentions of North Atlantic Treaty Organization',
      '2 mentions of Jens Stoltenberg',
      '2 mentions of KFOR',
    ]);
  });

  it('dateline/entities lists entities in order of first mention with their ranges', () => {
    const doc = natoDoc();
    const items = entityItems(doc);
    expect(items.map((i) => i.name).slice(0, 3)).toEqual([
      'North Atlantic Treaty Organization',
      'Brussels',
      'Secretary General',
    ]);
    const stoltenberg = items.find((i) => i.name === 'Jens Stoltenberg');
    expect(stoltenberg?.mentions).toBe(2);
    expect(stoltenberg && textOf(doc, stoltenberg.first)).toBe('Jens Stoltenberg');
  });
});
