/**
 * Where a stream of output goes: stdout, or a file written atomically (a temporary file beside it,
 * renamed over it at the end, deleted on failure or Ctrl-C: never a partial file under its name).
 */
import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CliIO } from '../io.js';

export interface Sink {
  /** Writes `text`; resolves once taken. Never rejects: failures end up in `error`. */
  write(text: string): Promise<void>;
  /** True once writing failed (the reader went away, the disk is full); later writes are dropped. */
  readonly closed: boolean;
  readonly error: NodeJS.ErrnoException | undefined;
  /** Makes the output final (rename into place). Failures end up in `error`. */
  commit(): Promise<void>;
  /** Removes whatever was written (temporary files). Never rejects. */
  abort(): Promise<void>;
}

export function stdoutSink(io: CliIO): Sink {
  return {
    write: (text) => io.stdout.write(text),
    get closed() {
      return io.stdout.closed;
    },
    get error() {
      return io.stdout.error;
    },
    commit: () => Promise.resolve(),
    abort: () => Promise.resolve(),
  };
}

/** A hidden name beside `path` (walks skip dot names, so it is never read back as an input). */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Temporary files not yet renamed or removed, for a last clean-up on exit. */
export const pendingTemporaryFiles = new Set<string>();

/** A file sink: opened lazily on the first write (or at commit, for an empty output). */
export function atomicFileSink(path: string): Sink {
  const temporary = temporaryPath(path);
  let handle: FileHandle | undefined;
  let opening: Promise<FileHandle | undefined> | undefined;
  let error: NodeJS.ErrnoException | undefined;
  let finished = false;

  const ensureOpen = (): Promise<FileHandle | undefined> => {
    opening ??= open(temporary, 'wx', 0o666).then(
      (opened) => {
        pendingTemporaryFiles.add(temporary);
        handle = opened;
        return opened;
      },
      (err: NodeJS.ErrnoException) => {
        error ??= err;
        return undefined;
      },
    );
    return opening;
  };

  return {
    get closed() {
      return error !== undefined || finished;
    },
    get error() {
      return error;
    },
    async write(text) {
      if (error !== undefined || finished || text === '') return;
      const file = await ensureOpen();
      if (file === undefined) return;
      try {
        await file.write(text);
      } catch (err) {
        error ??= err as NodeJS.ErrnoException;
      }
    },
    async commit() {
      if (finished) return;
      const file = await ensureOpen();
      finished = true;
      if (file === undefined) return;
      try {
        if (error === undefined) await file.sync();
        await file.close();
        if (error === undefined) {
          await rename(temporary, path);
          pendingTemporaryFiles.delete(temporary);
          return;
        }
      } catch (err) {
        error ??= err as NodeJS.ErrnoException;
      }
      await removeTemporary(temporary);
    },
    async abort() {
      finished = true;
      await opening;
      await handle?.close().catch(() => undefined);
      if (handle !== undefined) await removeTemporary(temporary);
    },
  };
}

export async function removeTemporary(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
  pendingTemporaryFiles.delete(path);
}
