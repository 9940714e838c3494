/**
 * Finds candidate release files under a workspace folder for the workspace-symbol index: text
 * files only, never inside dependency, build or VCS folders, never through symbolic links (so the
 * walk stays in the folder and cannot loop), at most `maxFiles`, yielding to the event loop
 * between folders so requests keep being answered while it runs.
 */
import { opendir } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { underMatch } from './config-api.js';

/** Folders never entered: dependencies, builds, caches, version control. */
export const ALWAYS_EXCLUDED = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'out',
  'build',
  '.venv',
  'venv',
  '__pycache__',
  'target',
  'coverage',
  '.turbo',
  '.next',
  '.cache',
  '.idea',
  '.vscode-test',
  'bower_components',
  'vendor',
]);

/** File names that may hold a release. */
export function isCandidateFile(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.endsWith('.txt') ||
    lower.endsWith('.md') ||
    lower.endsWith('.pressrelease') ||
    lower.endsWith('.release')
  );
}

/**
 * Whether a file found some other way (a file-change notification, a closed document) may be
 * indexed: inside one of the folders, under no excluded or hidden folder, matching no exclude
 * glob, with a release's file name. Symbolic links are refused when the file is read.
 */
export function isIndexablePath(
  path: string,
  roots: readonly string[],
  exclude: (relative: string) => boolean,
): boolean {
  if (!isCandidateFile(path)) return false;
  for (const root of roots) {
    const rel = relative(root, path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue;
    const parts = rel.split(sep);
    const folders = parts.slice(0, -1);
    if (folders.some((name) => ALWAYS_EXCLUDED.has(name) || name.startsWith('.'))) return false;
    return !underMatch(parts.join('/'), exclude);
  }
  return false;
}

export interface WalkOptions {
  maxFiles: number;
  /** Excluded files and folders, by their `/`-separated path under the root (`globMatcher`). */
  exclude: (relative: string) => boolean;
  isCancelled?: () => boolean;
}

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Paths of candidate files under `root`, breadth first, in name order within a folder. */
export async function* walkFolder(root: string, options: WalkOptions): AsyncGenerator<string> {
  const queue: string[] = [root];
  let files = 0;
  while (queue.length > 0) {
    if (options.isCancelled?.()) return;
    const folder = queue.shift() as string;
    let entries: { name: string; isFile: boolean; isDirectory: boolean }[] = [];
    try {
      const dir = await opendir(folder);
      for await (const entry of dir) {
        entries.push({ name: entry.name, isFile: entry.isFile(), isDirectory: entry.isDirectory() });
      }
    } catch {
      continue; // unreadable folder: skip it, keep indexing the rest
    }
    entries = entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // Dirent types come from lstat: a symbolic link is neither a file nor a folder here.
      const path = join(folder, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      if (options.exclude(rel)) continue;
      if (entry.isDirectory) {
        if (!ALWAYS_EXCLUDED.has(entry.name) && !entry.name.startsWith('.')) queue.push(path);
      } else if (entry.isFile && isCandidateFile(entry.name)) {
        yield path;
        files += 1;
        if (files >= options.maxFiles) return;
      }
    }
    await yieldToEventLoop();
  }
}
