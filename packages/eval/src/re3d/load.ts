/**
 * Reads the re3d corpus (mongoexport JSON Lines, one folder per source) into documents with gold
 * mentions: entities with confidence >= 0.5, types mapped to Dateline's. The corpus is read in
 * place and never copied: each folder keeps its own LICENSE and ATTRIBUTION.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusError, type Line, numberField, parseJsonLines, stringField } from '../jsonl.js';
import type { EvalDocument, GoldMention } from '../types.js';
import { type Re3dSplit, re3dFolders } from './split.js';
import { mapRe3dType } from './type-map.js';

/** Gold = annotations at least this confident (protocol step 1). */
export const GOLD_MIN_CONFIDENCE = 0.5;

export interface Re3dCorpus {
  dir: string;
  split: Re3dSplit;
  /** Documents in split order: folder by folder, each in the order of its documents.json. */
  documents: EvalDocument[];
  /** Annotations left out for confidence below GOLD_MIN_CONFIDENCE. */
  belowConfidence: number;
  /** Confident annotations of types outside the mapping, by type (none in the published corpus). */
  unmappedTypes: Record<string, number>;
}

/**
 * Loads the documents and gold mentions of `split` from the re3d folder `dir`.
 * Throws CorpusError (one line, naming the path) when the corpus or a file is missing or malformed.
 */
export function loadRe3d(dir: string, split: Re3dSplit): Re3dCorpus {
  if (!isDirectory(dir)) throw new CorpusError(`re3d corpus not found: ${dir}`);
  const corpus: Re3dCorpus = { dir, split, documents: [], belowConfidence: 0, unmappedTypes: {} };
  for (const folder of re3dFolders(split)) {
    const folderPath = join(dir, folder);
    if (!isDirectory(folderPath)) {
      throw new CorpusError(
        `re3d corpus incomplete: ${folderPath} not found (the ${split} split needs ${re3dFolders(split).join(', ')})`,
      );
    }
    loadFolder(folderPath, folder, corpus);
  }
  return corpus;
}

function loadFolder(folderPath: string, folder: string, corpus: Re3dCorpus): void {
  const documents = new Map<string, EvalDocument>();
  for (const line of readJsonLines(join(folderPath, 'documents.json'))) {
    const id = stringField(line, '_id');
    if (documents.has(id)) throw new CorpusError(`${line.where}: document '${id}' appears twice`);
    const title = typeof line.value.title === 'string' ? line.value.title : '';
    documents.set(id, { id, source: folder, title, text: stringField(line, 'text'), gold: [] });
  }
  for (const line of readJsonLines(join(folderPath, 'entities.json'))) {
    const documentId = stringField(line, 'documentId');
    const document = documents.get(documentId);
    if (document === undefined) {
      throw new CorpusError(`${line.where}: document '${documentId}' is not in documents.json`);
    }
    const mention = goldMention(line, document.text.length, corpus);
    if (mention !== undefined) document.gold.push(mention);
  }
  corpus.documents.push(...documents.values());
}

/** The gold mention of an entities.json line, or undefined when it is not gold. */
function goldMention(line: Line, textLength: number, corpus: Re3dCorpus): GoldMention | undefined {
  const start = numberField(line, 'begin');
  const end = numberField(line, 'end');
  const sourceType = stringField(line, 'type');
  const confidence = numberField(line, 'confidence');
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > textLength) {
    throw new CorpusError(
      `${line.where}: offsets ${start}..${end} outside the document (length ${textLength})`,
    );
  }
  if (confidence < GOLD_MIN_CONFIDENCE) {
    corpus.belowConfidence++;
    return undefined;
  }
  const type = mapRe3dType(sourceType);
  if (type === undefined) {
    corpus.unmappedTypes[sourceType] = (corpus.unmappedTypes[sourceType] ?? 0) + 1;
    return undefined;
  }
  return { type, start, end, sourceType };
}

function readJsonLines(path: string): Line[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? String(error)})`;
    throw new CorpusError(`re3d corpus incomplete: ${path}: ${reason}`);
  }
  return parseJsonLines(text, path);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
