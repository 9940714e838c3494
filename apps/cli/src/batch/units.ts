/** The inputs of a command line as a stream of units, in output order (stdin and jsonl read here). */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { reasonForSystemError } from '../errors.js';
import type { InputItem } from '../inputs/collect.js';
import { jsonlRecords } from '../inputs/jsonl.js';
import { readBytes } from '../inputs/read.js';
import { BYTES_PER_MB } from '../options/index.js';
import type { Unit } from './types.js';

export interface SizeLimit {
  readonly maxBytes: number;
  /** How error messages name the limit. */
  readonly limitLabel: string;
}

export interface UnitOptions extends SizeLimit {
  readonly stdin: () => Readable;
}

/** `--max-size` (MB) as the readers take it. */
export function sizeLimit(maxSizeMb: number): SizeLimit {
  return {
    maxBytes: Math.floor(maxSizeMb * BYTES_PER_MB),
    limitLabel: `the ${maxSizeMb} MB limit (--max-size)`,
  };
}

/** The units of a command line in either input format; stdin is opened once, when first needed. */
export function inputUnits(
  items: readonly InputItem[],
  jsonl: boolean,
  limit: SizeLimit,
  openStdin: () => Readable,
): AsyncGenerator<Unit> {
  let stdin: Readable | undefined;
  const options: UnitOptions = {
    ...limit,
    stdin: () => {
      stdin ??= openStdin();
      return stdin;
    },
  };
  return jsonl ? jsonlUnits(items, options) : textUnits(items, options);
}

/** `--input-format text`: one unit per file; stdin is read here (workers cannot) and sent as bytes. */
export async function* textUnits(items: readonly InputItem[], options: UnitOptions): AsyncGenerator<Unit> {
  let index = 0;
  for (const item of items) {
    if (item.kind === 'error') {
      yield { index: index++, kind: 'error', source: item.source, reason: item.reason };
    } else if (item.kind === 'file') {
      yield { index: index++, kind: 'file', source: item.source, path: item.path, relative: item.relative };
    } else {
      const read = await readBytes(item, options);
      yield read.ok
        ? { index: index++, kind: 'bytes', source: '-', bytes: read.bytes, relative: 'stdin' }
        : { index: index++, kind: 'error', source: '-', reason: read.reason };
    }
  }
}

/**
 * `--input-format jsonl`: one unit per record of every file (and stdin), read as the pool asks for
 * more, so memory stays flat however long the stream. A record's `source` is its id (else
 * `<input>:<line>`, `-:3` for stdin); a bad line is an error unit whose reason names the line.
 */
export async function* jsonlUnits(items: readonly InputItem[], options: UnitOptions): AsyncGenerator<Unit> {
  let index = 0;
  for (const item of items) {
    if (item.kind === 'error') {
      yield { index: index++, kind: 'error', source: item.source, reason: item.reason };
      continue;
    }
    const stream = item.kind === 'stdin' ? options.stdin() : createReadStream(item.path);
    try {
      for await (const record of jsonlRecords(stream, options.maxBytes, options.limitLabel)) {
        if (!record.ok) {
          yield { index: index++, kind: 'error', source: item.source, reason: record.reason };
          continue;
        }
        yield {
          index: index++,
          kind: 'text',
          source: record.id ?? `${item.source}:${record.line}`,
          text: record.text,
          relative: '',
        };
      }
    } catch (error) {
      yield { index: index++, kind: 'error', source: item.source, reason: reasonForSystemError(error) };
    } finally {
      if (item.kind !== 'stdin') stream.destroy();
    }
  }
}
