/** Command-line inputs to a list of documents to read: files as given, folders expanded, `-` for stdin. */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { globMatcher } from '@dateline/config';
import { reasonForSystemError } from '../errors.js';

/**
 * One thing to read, or an input that already failed. `source` is what the output calls it;
 * `relative` is the file's path under the folder given (`/`-separated), or its name for a file
 * named directly: where `--output <folder>` puts its result.
 */
export type InputItem =
  | { kind: 'file'; source: string; path: string; origin: Origin; relative: string }
  | { kind: 'stdin'; source: '-'; origin: 'argument' }
  | { kind: 'error'; source: string; reason: string; origin: Origin };

/** `argument`: named on the command line; `folder`: found in (or about) a folder given there. */
export type Origin = 'argument' | 'folder';

export interface CollectOptions {
  /** File name endings taken from folders, lower case with the dot. Files named directly are always read. */
  extensions?: readonly string[];
  /**
   * Globs (picomatch) a file found in a folder must match, instead of the extensions; matched against
   * its path under the folder given, with `/` separators; a glob without `/` matches the file name.
   */
  include?: readonly string[];
  /** Globs of files and folders to leave out (a folder that matches is not entered). */
  exclude?: readonly string[];
}

export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md'];

/** Folder names never entered, besides every name starting with a dot (.git, .cache, …). */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** What the walk keeps: a test on a file's relative path, another on a folder's. */
export interface Filter {
  file(relative: string): boolean;
  folder(relative: string): boolean;
  /** `no .txt or .md files` / `no files matching --include`: for "is a folder with …". */
  readonly nothingFound: string;
}

export function createFilter(options: CollectOptions = {}): Filter {
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const include = options.include?.length ? globMatcher(options.include) : undefined;
  const exclude = options.exclude?.length ? globMatcher(options.exclude) : undefined;
  return {
    file(relative) {
      if (exclude?.(relative)) return false;
      return include ? include(relative) : extensions.includes(extname(relative).toLowerCase());
    },
    folder: (relative) => !exclude?.(relative),
    nothingFound: include ? 'no files matching --include' : `no ${extensions.join(' or ')} files`,
  };
}

/**
 * Expands the inputs in order. Folders are walked recursively, entries sorted by name (code units,
 * so the order is the same on every machine), skipping hidden entries and node_modules; symbolic
 * links to files are followed, links to folders are not (no cycles).
 */
export async function collectInputs(
  args: readonly string[],
  options: CollectOptions = {},
): Promise<InputItem[]> {
  const filter = createFilter(options);
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
      items.push({ kind: 'file', source: arg, path: arg, origin: 'argument', relative: basename(arg) });
      continue;
    }
    const found: InputItem[] = [];
    await walk(arg, '', filter, found);
    if (found.length === 0) {
      found.push({
        kind: 'error',
        source: arg,
        reason: `is a folder with ${filter.nothingFound}`,
        origin: 'folder',
      });
    }
    items.push(...found);
  }
  return items;
}

async function walk(folder: string, prefix: string, filter: Filter, into: InputItem[]): Promise<void> {
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
    const relative = prefix + entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && filter.folder(relative))
        await walk(path, `${relative}/`, filter, into);
      continue;
    }
    if (!filter.file(relative)) continue;
    if (entry.isFile() || (entry.isSymbolicLink() && (await isFileTarget(path)))) {
      into.push({ kind: 'file', source: path, path, origin: 'folder', relative });
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

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
