/**
 * `--input-format jsonl`: one `{"id": "…", "text": "…"}` record per line (Hadoop Streaming, Spark
 * `rdd.pipe()`). Lines end at \n only (U+2028 may sit raw inside JSON strings), a \r before it is
 * dropped, blank lines are skipped, and a line longer than the size limit is refused without being
 * held in memory.
 */
import type { Readable } from 'node:stream';

export type JsonlRecord =
  | { line: number; ok: true; id: string | undefined; text: string }
  | { line: number; ok: false; reason: string };

/** Raw lines of a byte stream, each at most `maxBytes` long (longer ones come back as `tooLong`). */
export async function* byteLines(
  stream: Readable,
  maxBytes: number,
): AsyncGenerator<{ line: number; bytes: Buffer } | { line: number; tooLong: true }> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let line = 0;
  const take = () => {
    line++;
    const result = tooLong
      ? ({ line, tooLong: true } as const)
      : { line, bytes: Buffer.concat(parts, length) };
    parts = [];
    length = 0;
    tooLong = false;
    return result;
  };
  for await (const chunk of stream) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    for (;;) {
      const newline = buffer.indexOf(0x0a);
      const piece = newline === -1 ? buffer : buffer.subarray(0, newline);
      if (!tooLong) {
        if (length + piece.length > maxBytes + 1) {
          // +1: room for a \r before the \n, dropped below.
          tooLong = true;
          parts = [];
          length = 0;
        } else {
          parts.push(piece);
          length += piece.length;
        }
      }
      if (newline === -1) break;
      yield take();
      buffer = buffer.subarray(newline + 1);
    }
  }
  if (length > 0 || tooLong) yield take();
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Parses the records of a jsonl stream, one per non-blank line; bad lines are errors, not exceptions. */
export async function* jsonlRecords(
  stream: Readable,
  maxBytes: number,
  limitLabel: string,
): AsyncGenerator<JsonlRecord> {
  for await (const raw of byteLines(stream, maxBytes)) {
    const { line } = raw;
    if ('tooLong' in raw) {
      yield { line, ok: false, reason: `line ${line}: longer than ${limitLabel}` };
      continue;
    }
    let bytes = raw.bytes;
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    if (bytes.length > maxBytes) {
      yield { line, ok: false, reason: `line ${line}: longer than ${limitLabel}` };
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      yield { line, ok: false, reason: `line ${line}: not valid UTF-8` };
      continue;
    }
    if (text.trim() === '') continue;
    yield parseRecord(text, line);
  }
}

/**
 * `{"id": "a1", "text": "…"}` → the record. `id` may be a string or a number, or absent; `text` must
 * be a string. A key and a tab before the object (`0\t{…}`: Hadoop Streaming passes the byte offset
 * with some input formats) are ignored.
 */
export function parseRecord(line: string, lineNumber: number): JsonlRecord {
  let json = line;
  const brace = line.indexOf('{');
  const tab = line.indexOf('\t');
  if (tab !== -1 && brace > tab && line.slice(0, tab).trim() !== '' && !line.slice(0, tab).includes('{')) {
    json = line.slice(tab + 1);
  }
  const fail = (why: string): JsonlRecord => ({
    line: lineNumber,
    ok: false,
    reason: `line ${lineNumber}: ${why}`,
  });
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return fail(`not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('expected an object like {"id": "…", "text": "…"}');
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return fail('"text" must be a string');
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    return fail('"id" must be a string or a number');
  }
  return {
    line: lineNumber,
    ok: true,
    id: id === undefined || id === null ? undefined : String(id),
    text, // as sent, BOM and all: offsets must match the caller's own string
  };
}
