/** Reads one input into text, with the size limit, the binary check and decoding (UTF-8, or UTF-16 with a BOM). Never throws. */
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { reasonForSystemError } from '../errors.js';
import { binarySignature, looksLikeNoise } from './binary.js';
import { decodeText } from './decode.js';

export interface ReadOptions {
  /** Inputs longer than this many bytes fail. */
  maxBytes: number;
  /** How the limit is named in the message: `the 50 MB limit (--max-size)`. */
  limitLabel: string;
  /** Standard input, for `-`. */
  stdin: () => Readable;
}

/** What can be read: a file by its path, or stdin. */
export type ReadableItem = { kind: 'file'; path: string } | { kind: 'stdin' };

export type ReadResult =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; reason: string; warnings: string[] };

const TOO_LARGE = Symbol('too large');

export async function readInput(item: ReadableItem, options: ReadOptions): Promise<ReadResult> {
  const read = await readBytes(item, options);
  return read.ok ? toText(read.bytes, options) : { ok: false, reason: read.reason, warnings: [] };
}

export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** The raw bytes of a file or of stdin, within the size limit (workers decode them). Never throws. */
export async function readBytes(
  item: ReadableItem,
  options: Pick<ReadOptions, 'maxBytes' | 'limitLabel' | 'stdin'>,
): Promise<BytesResult> {
  let bytes: Uint8Array | typeof TOO_LARGE;
  try {
    bytes =
      item.kind === 'stdin'
        ? await readCapped(options.stdin(), options.maxBytes)
        : await readFile(item.path, options.maxBytes);
  } catch (error) {
    return { ok: false, reason: reasonForSystemError(error) };
  }
  if (bytes === TOO_LARGE) return { ok: false, reason: `larger than ${options.limitLabel}` };
  return { ok: true, bytes };
}

/** Checks and decodes bytes already read (exported for tests). */
export function toText(bytes: Uint8Array, options: Pick<ReadOptions, 'maxBytes' | 'limitLabel'>): ReadResult {
  if (bytes.length > options.maxBytes) {
    return { ok: false, reason: `larger than ${options.limitLabel}`, warnings: [] };
  }
  const signature = binarySignature(bytes);
  if (signature !== undefined) return binary(signature);
  const { text, invalidBytes, encoding } = decodeText(bytes);
  // UTF-16 has NUL bytes in every ASCII character: only a decoded U+0000 means binary there.
  if (encoding === 'UTF-8' ? bytes.includes(0) : text.includes('\0')) return binary('NUL bytes');
  if (invalidBytes > 0 && looksLikeNoise(text)) return binary('mostly bytes that are not text');
  const warnings: string[] = [];
  if (encoding !== 'UTF-8') {
    warnings.push(`decoded as ${encoding} (byte order mark ${encoding === 'UTF-16LE' ? 'FF FE' : 'FE FF'})`);
  }
  if (invalidBytes > 0) {
    warnings.push(`invalid ${encoding}, replaced ${invalidBytes} byte${invalidBytes === 1 ? '' : 's'}`);
  }
  return { ok: true, text, warnings };
}

/** The one reason given for every binary file: what it looks like, and what to do. */
export function binaryReason(kind: string): string {
  return `binary file (${kind}); convert it to text first`;
}

function binary(kind: string): ReadResult {
  return { ok: false, reason: binaryReason(kind), warnings: [] };
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
