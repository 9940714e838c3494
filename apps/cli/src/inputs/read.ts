/** Reads one input into text, with the size limit, the binary check and UTF-8 decoding. Never throws. */
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { reasonForSystemError } from '../errors.js';
import type { InputItem } from './collect.js';
import { decodeUtf8 } from './decode.js';

export interface ReadOptions {
  /** Inputs longer than this many bytes fail. */
  maxBytes: number;
  /** How the limit is named in the message: `the 50 MB limit (--max-size)`. */
  limitLabel: string;
  /** Standard input, for `-`. */
  stdin: () => Readable;
}

export type ReadResult =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; reason: string; warnings: string[] };

const TOO_LARGE = Symbol('too large');

export async function readInput(
  item: Exclude<InputItem, { kind: 'error' }>,
  options: ReadOptions,
): Promise<ReadResult> {
  let bytes: Uint8Array | typeof TOO_LARGE;
  try {
    bytes =
      item.kind === 'stdin'
        ? await readCapped(options.stdin(), options.maxBytes)
        : await readFile(item.path, options.maxBytes);
  } catch (error) {
    return { ok: false, reason: reasonForSystemError(error), warnings: [] };
  }
  if (bytes === TOO_LARGE) return { ok: false, reason: `larger than ${options.limitLabel}`, warnings: [] };
  return toText(bytes, options);
}

/** Checks and decodes bytes already read (exported for tests). */
export function toText(bytes: Uint8Array, options: Pick<ReadOptions, 'maxBytes' | 'limitLabel'>): ReadResult {
  if (bytes.length > options.maxBytes) {
    return { ok: false, reason: `larger than ${options.limitLabel}`, warnings: [] };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (NUL bytes), skipped', warnings: [] };
  const { text, invalidBytes } = decodeUtf8(bytes);
  const warnings =
    invalidBytes > 0 ? [`invalid UTF-8, replaced ${invalidBytes} byte${invalidBytes === 1 ? '' : 's'}`] : [];
  return { ok: true, text, warnings };
}

async function readFile(path: string, maxBytes: number): Promise<Uint8Array | typeof TOO_LARGE> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (info.isFile()) {
      if (info.size > maxBytes) return TOO_LARGE;
      return await handle.readFile();
    }
    // A pipe, a device or a process substitution (<(…)): read it as a stream, within the limit.
    return await readCapped(handle.createReadStream({ autoClose: false }), maxBytes);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Reads a stream to its end, or stops as soon as it passes `maxBytes`. */
async function readCapped(stream: Readable, maxBytes: number): Promise<Uint8Array | typeof TOO_LARGE> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    total += buffer.length;
    if (total > maxBytes) {
      stream.destroy();
      return TOO_LARGE;
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}
