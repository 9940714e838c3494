/** Shared test helpers: the seed, analysed documents and positions of phrases. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Position } from 'vscode-languageserver';
import { type AnalyzedDocument, analyzeDocument } from '../src/documents/analyzed-document.js';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '../../..');
export const seedPath = join(repoRoot, 'seeds/nato-2023-10-12-defence-ministers-press-conference.txt');
export const seedText = readFileSync(seedPath, 'utf8');
export const SEED_URI = 'file:///work/seed.txt';

let seed: AnalyzedDocument | undefined;
/** The analysed seed (analysed once per test file). */
export function seedDoc(): AnalyzedDocument {
  seed ??= analyzeDocument(SEED_URI, 1, seedText);
  return seed;
}

export function docOf(text: string, uri = 'file:///work/fixture.txt'): AnalyzedDocument {
  return analyzeDocument(uri, 1, text);
}

/** Position of the `nth` (0-based) occurrence of `phrase`, plus `delta` characters. */
export function positionOf(doc: AnalyzedDocument, phrase: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`phrase not found: ${phrase}`);
  }
  return doc.lines.positionAt(at + delta);
}

/** The text a range covers. */
export function textOf(doc: AnalyzedDocument, range: { start: Position; end: Position }): string {
  return doc.text.slice(doc.lines.offsetAt(range.start), doc.lines.offsetAt(range.end));
}

export function entityNamed(doc: AnalyzedDocument, name: string) {
  const entity = doc.analysis.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity ${name}`);
  return entity;
}
