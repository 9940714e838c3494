/** Where things live, found from this file's location so tests run from any working directory. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRepoRoot(from: string): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
      if (pkg.workspaces) return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no workspace root (package.json with "workspaces") above ${from}`);
    dir = parent;
  }
}

/** The monorepo root: the nearest folder above this file whose package.json declares workspaces. */
export const repoRoot: string = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

/** The JSON Schema of `Analysis` (docs/schema/analysis-1.json). */
export const schemaPath: string = join(repoRoot, 'docs', 'schema', 'analysis-1.json');

/** Shared corpus of real press releases, kept outside the repository (not redistributable). */
export const sharedCorpusDir: string = resolve(repoRoot, '..', 'shared', 'corpus', 'press-releases');

/** Absolute paths of the `.txt` files directly in `dir`, sorted; empty when the folder is absent. */
export function textFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(dir, entry.name))
    .sort();
}
