/** Reading dateline.json from disk, and finding it from a folder upward. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type ParsedConfig, parseConfig } from './parse.js';

export const CONFIG_FILE_NAME = 'dateline.json';

/** A dictionary is a list of names: anything larger is a mistake (a wrong file), not a dictionary. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

function failure(file: string, message: string): ParsedConfig {
  return { config: { dictionary: {} }, errors: [{ file, line: 1, column: 1, message }], warnings: [] };
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}

/** Read and parse the file at `path` (named as given in messages). Never throws. */
export function loadConfigFile(path: string): ParsedConfig {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return failure(path, 'cannot read: is a folder');
    if (stat.size > MAX_CONFIG_BYTES)
      return failure(path, `too large (${stat.size} bytes; a dictionary file is at most 1 MB)`);
    bytes = readFileSync(path);
  } catch (error) {
    return failure(path, `cannot read: ${reason(error)}`);
  }
  if (bytes.length > MAX_CONFIG_BYTES)
    return failure(path, `too large (${bytes.length} bytes; a dictionary file is at most 1 MB)`);
  if (bytes.includes(0)) return failure(path, 'not a text file (it holds NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure(path, 'not UTF-8 text');
  }
  return parseConfig(text, path);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The nearest dateline.json in `startDir` or a folder above it. The walk stops after `stopDir`
 * (when given), after a folder holding .git (the top of a project), or at the filesystem root.
 */
export function findConfigFile(startDir: string, stopDir?: string): string | undefined {
  let dir = resolve(startDir);
  const stop = stopDir === undefined ? undefined : resolve(stopDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    if (dir === stop || existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
