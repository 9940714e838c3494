/** An in-memory CliIO for unit tests. */
import { Readable } from 'node:stream';
import type { CliIO, Output } from '../src/io.js';

export interface FakeIO extends CliIO {
  readonly out: () => string;
  readonly err: () => string;
}

export function fakeIO(stdinText = ''): FakeIO {
  const stdout = memoryOutput();
  const stderr = memoryOutput();
  return {
    stdout,
    stderr,
    stdin: () => Readable.from([Buffer.from(stdinText, 'utf8')]),
    out: () => stdout.text,
    err: () => stderr.text,
  };
}

function memoryOutput(): Output & { readonly text: string } {
  let text = '';
  return {
    closed: false,
    error: undefined,
    get text() {
      return text;
    },
    write(chunk: string) {
      text += chunk;
      return Promise.resolve();
    },
  };
}
