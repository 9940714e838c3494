/** Command-line inputs to a list of documents to read: files as given, folders expanded, `-` for stdin. */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { reasonForSystemError } from '../errors.js';

/** One thing to read, or an input that already failed. `source` is what the output calls it. */
export type InputItem =
  | { kind: 'file'; source: string; path: string; origin: Origin }
  | { kind: 'stdin'; source: '-'; origin: 'argument' }
  | { kind: 'error'; source: string; reason: string; origin: Origin };

/** `argument`: named on the command line; `folder`: found in (or about) a folder given there. */
export type Origin = 'argument' | 'folder';

export interface CollectOptions {
  /** File name endings taken from folders, lower case with the dot. Files named directly are always read. */
  extensions: readonly string[];
}

export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md'];

/** Folder names never entered, besides every name starting with a dot (.git, .cache, …). */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/**
 * Expands the inputs in order. Folders are walked recursively, entries sorted by name (code units,
 * so the order is the same on every machine), skipping hidden entries and node_modules; symbolic
 * links to files are followed, links to folders are not (no cycles).
 */
export async function collectInputs(
  args: readonly string[],
  options: CollectOptions = { extensions: DEFAULT_EXTENSIONS },
): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for (const arg of args) {
    if (arg === '-') {
      items.push({ kind: 'stdin', source: '-', origin: 'argument' });
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = (await stat(arg)).isDirectory();
    } catch (error) {
      items.push({ kind: 'error', source: arg, reason: reasonForSystemError(error), origin: 'argument' });
      continue;
    }
    if (!isFolder) {
      items.push({ kind: 'file', source: arg, path: arg, origin: 'argument' });
      continue;
    }
    const found: InputItem[] = [];
    await walk(arg, options, found);
    if (found.length === 0) {
      const kinds = options.extensions.join(' or ');
      found.push({
        kind: 'error',
        source: arg,
        reason: `is a folder with no ${kinds} files`,
        origin: 'folder',
      });
    }
    items.push(...found);
  }
  return items;
}

async function walk(folder: string, options: CollectOptions, into: InputItem[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    into.push({ kind: 'error', source: folder, reason: reasonForSystemError(error), origin: 'folder' });
    return;
  }
  entries.sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path, options, into);
      continue;
    }
    if (!hasExtension(entry.name, options.extensions)) continue;
    if (entry.isFile() || (entry.isSymbolicLink() && (await isFileTarget(path)))) {
      into.push({ kind: 'file', source: path, path, origin: 'folder' });
    }
  }
}

/** A symbolic link found in a folder is read when it points to a file; dangling links are reported. */
async function isFileTarget(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return true; // dangling: let the reader report "no such file" under this name
  }
}

function hasExtension(name: string, extensions: readonly string[]): boolean {
  return extensions.includes(extname(name).toLowerCase());
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
