/**
 * The workspace-symbol index: the entities of every press release in the workspace, by file.
 * Filled in the background after `initialized` (one file at a time, yielding in between) and
 * kept current from open documents and file-change notifications. Queries match names and
 * aliases case-insensitively, by substring or, failing that, by letters in order.
 */
import { lstat, readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Analysis, AnalyzeOptions, EntityType } from '@dateline/core';
import { analyze, looksLikePressRelease } from '@dateline/core';
import { type SymbolInformation, SymbolKind } from 'vscode-languageserver';
import { ENTITY_SYMBOL_KINDS } from '../features/document-symbols.js';
import { LineIndex } from '../position/line-index.js';
import { globMatcher } from './config-api.js';
import { isIndexablePath, walkFolder, yieldToEventLoop } from './walk.js';

interface IndexedEntity {
  name: string;
  aliases: string[];
  type: EntityType;
  range: SymbolInformation['location']['range'];
}

export interface IndexLimits {
  maxFiles: number;
  maxFileSize: number;
  exclude: readonly string[];
}

const MAX_RESULTS = 500;

/** The entities of one analysed text, as index entries. */
export function indexEntries(text: string, analysis: Analysis): IndexedEntity[] {
  const lines = new LineIndex(text);
  return analysis.entities.map((entity) => {
    const first = entity.mentions.reduce(
      (a, b) => (b.start < a.start ? b : a),
      entity.mentions[0] ?? { start: 0, end: 0 },
    );
    return {
      name: entity.name.replace(/\s+/g, ' '),
      aliases: entity.aliases,
      type: entity.type,
      range: lines.rangeOf(first.start, first.end),
    };
  });
}

export class SymbolIndex {
  private readonly files = new Map<string, IndexedEntity[]>();
  private generation = 0;

  /** `optionsFor` gives the core's options for a file (its folder's dictionary). */
  constructor(private readonly optionsFor: (uri: string) => AnalyzeOptions = () => ({})) {}

  get size(): number {
    return this.files.size;
  }

  set(uri: string, entries: IndexedEntity[]): void {
    this.files.set(uri, entries);
  }

  delete(uri: string): void {
    this.files.delete(uri);
  }

  clear(): void {
    this.files.clear();
  }

  /** Reads, checks and analyses one file; removes it from the index when it is no longer a release. */
  async indexFile(path: string, limits: Pick<IndexLimits, 'maxFileSize'>): Promise<void> {
    const uri = pathToFileURL(path).href;
    try {
      // lstat: a symbolic link is not followed (it could lead out of the workspace).
      const info = await lstat(path);
      if (!info.isFile() || info.size > limits.maxFileSize) {
        this.files.delete(uri);
        return;
      }
      const text = await readFile(path, 'utf8');
      if (!looksLikePressRelease(text)) {
        this.files.delete(uri);
        return;
      }
      this.files.set(uri, indexEntries(text, analyze(text, this.optionsFor(uri))));
    } catch {
      this.files.delete(uri);
    }
  }

  /**
   * Indexes one file that changed on disk (or was closed in the editor), when it lies in the
   * workspace outside excluded folders and the index has room.
   */
  async update(path: string, roots: readonly string[], limits: IndexLimits): Promise<void> {
    const uri = pathToFileURL(path).href;
    if (!isIndexablePath(path, roots, globMatcher(limits.exclude))) {
      this.files.delete(uri);
      return;
    }
    if (!this.files.has(uri) && this.files.size >= limits.maxFiles) return;
    await this.indexFile(path, limits);
  }

  /**
   * Indexes every release under the folders, in the background. A newer call (settings changed,
   * folders changed) stops an older one.
   */
  async indexFolders(folders: readonly string[], limits: IndexLimits): Promise<number> {
    const generation = ++this.generation;
    const isCancelled = () => generation !== this.generation;
    const exclude = globMatcher(limits.exclude);
    let count = 0;
    for (const folder of folders) {
      const remaining = limits.maxFiles - count;
      if (remaining <= 0) break;
      for await (const path of walkFolder(folder, { maxFiles: remaining, exclude, isCancelled })) {
        if (isCancelled()) return count;
        await this.indexFile(path, limits);
        count += 1;
        await yieldToEventLoop();
      }
    }
    return count;
  }

  /** Stops a running background indexing. */
  cancel(): void {
    this.generation++;
  }

  query(query: string): SymbolInformation[] {
    const needle = query.trim().toLowerCase();
    const scored: { symbol: SymbolInformation; score: number }[] = [];
    for (const [uri, entries] of this.files) {
      for (const entry of entries) {
        const score = matchScore(needle, entry);
        if (score === undefined) continue;
        scored.push({
          score,
          symbol: {
            name: entry.name,
            kind: ENTITY_SYMBOL_KINDS[entry.type] ?? SymbolKind.Variable,
            location: { uri, range: entry.range },
            containerName: entry.type,
          },
        });
      }
    }
    scored.sort((a, b) => a.score - b.score || a.symbol.name.localeCompare(b.symbol.name));
    return scored.slice(0, MAX_RESULTS).map(({ symbol }) => symbol);
  }
}

/** Lower is better; undefined = no match. Prefix < substring < alias substring < fuzzy. */
export function matchScore(
  needle: string,
  entry: Pick<IndexedEntity, 'name' | 'aliases'>,
): number | undefined {
  if (needle === '') return 3;
  const name = entry.name.toLowerCase();
  if (name.startsWith(needle)) return 0;
  if (name.includes(needle)) return 1;
  if (entry.aliases.some((alias) => alias.toLowerCase().includes(needle))) return 2;
  if (isSubsequence(needle, name)) return 4;
  return undefined;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of needle) {
    if (char === ' ') continue;
    at = haystack.indexOf(char, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}
