/** `--output <folder>`: one file per input, mirroring the input's path under the folder given. */
import { mkdir, open, rename } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { pendingTemporaryFiles, removeTemporary, temporaryPath } from './sink.js';

/** `sub/a.txt` → `sub/a.json`: the input's relative path with the format's extension instead of its own. */
export function outputRelativePath(relative: string, extension: string): string {
  const ext = extname(relative);
  return `${ext === '' ? relative : relative.slice(0, -ext.length)}${extension}`;
}

export interface FolderWriter {
  /** Writes one document's output atomically (temporary file, then rename; no fsync per file, for speed). Rejects on failure. */
  write(relative: string, content: string, extension?: string): Promise<void>;
  /** Removes the temporary file of a write under way (Ctrl-C). */
  abort(): Promise<void>;
}

export function folderWriter(root: string, extension: string): FolderWriter {
  const created = new Set<string>();
  return {
    async write(relative, content, ext = extension) {
      const target = join(root, outputRelativePath(relative, ext));
      const folder = dirname(target);
      if (!created.has(folder)) {
        await mkdir(folder, { recursive: true });
        created.add(folder);
      }
      const temporary = temporaryPath(target);
      const handle = await open(temporary, 'wx', 0o666);
      pendingTemporaryFiles.add(temporary);
      try {
        await handle.write(content);
        await handle.close();
        await rename(temporary, target);
        pendingTemporaryFiles.delete(temporary);
      } catch (error) {
        await handle.close().catch(() => undefined);
        await removeTemporary(temporary);
        throw error;
      }
    },
    async abort() {
      await Promise.all([...pendingTemporaryFiles].map(removeTemporary));
    },
  };
}
