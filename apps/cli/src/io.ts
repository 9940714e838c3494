/** Where commands read and write: the process streams, or fakes in tests. */
import type { Readable, Writable } from 'node:stream';
import { messageOf } from './errors.js';

export interface Output {
  /** Writes `text`; resolves once the stream took it. Never rejects: failures end up in `error`. */
  write(text: string): Promise<void>;
  /** True once the stream failed (the reader went away, the disk is full); later writes are dropped. */
  readonly closed: boolean;
  /** Why the stream failed, when it did. */
  readonly error: NodeJS.ErrnoException | undefined;
}

export interface CliIO {
  readonly stdout: Output;
  readonly stderr: Output;
  /** Standard input, opened on first use only (so a command that never reads it never waits on it). */
  stdin(): Readable;
  /**
   * Set when stderr is a terminal (batch progress is drawn only then): its width, and whether stdout
   * is a terminal too (then output and the progress line share the screen).
   */
  readonly stderrTerminal?: { readonly columns: number; readonly stdoutToo: boolean } | undefined;
}

/** Whether a stream error means the reader went away (`dateline … | head -1`): not worth a message. */
export function isBrokenPipe(error: NodeJS.ErrnoException | undefined): boolean {
  return error?.code === 'EPIPE' || error?.code === 'ERR_STREAM_DESTROYED';
}

/** An Output over a Node stream that turns EPIPE and other write errors into state, never a crash. */
export function streamOutput(stream: Writable): Output {
  let error: NodeJS.ErrnoException | undefined;
  const fail = (err: NodeJS.ErrnoException) => {
    error ??= err;
  };
  // Without a listener an EPIPE becomes an uncaught exception with a stack trace.
  stream.on('error', fail);
  return {
    get closed() {
      return error !== undefined;
    },
    get error() {
      return error;
    },
    write(text: string): Promise<void> {
      if (error !== undefined || text === '') return Promise.resolve();
      return new Promise((resolve) => {
        try {
          stream.write(text, (err) => {
            if (err) fail(err);
            resolve();
          });
        } catch (err) {
          fail(err as NodeJS.ErrnoException);
          resolve();
        }
      });
    },
  };
}

/** The real process streams. */
export function processIO(): CliIO {
  return {
    stdout: streamOutput(process.stdout),
    stderr: streamOutput(process.stderr),
    stdin: () => process.stdin,
    stderrTerminal: process.stderr.isTTY
      ? { columns: process.stderr.columns || 80, stdoutToo: process.stdout.isTTY === true }
      : undefined,
  };
}

/** Prints one line on stderr (adds the newline). */
export function printError(io: CliIO, line: string): Promise<void> {
  return io.stderr.write(`${line}\n`);
}

/** The reason a write to stdout failed, for the one-line message. */
export function outputFailure(error: NodeJS.ErrnoException): string {
  return `cannot write output: ${error.code === 'ENOSPC' ? 'no space left on device' : messageOf(error)}`;
}
