/** The stdin reader: messages split anywhere arrive whole, and broken frames cost only themselves. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ResyncingMessageReader } from '../src/transport/resyncing-reader.js';

const message = (id: number) => ({
  jsonrpc: '2.0',
  id,
  method: 'textDocument/hover',
  params: { note: 'é 😀' },
});
const frame = (body: string, length = Buffer.byteLength(body)) => `Content-Length: ${length}\r\n\r\n${body}`;

function read(chunks: (string | Buffer)[]): { ids: unknown[]; logged: string[] } {
  const stream = new PassThrough();
  const logged: string[] = [];
  const ids: unknown[] = [];
  new ResyncingMessageReader(stream, (line) => logged.push(line)).listen((m) =>
    ids.push((m as { id?: unknown }).id),
  );
  for (const chunk of chunks) stream.write(chunk);
  return { ids, logged };
}

describe('ResyncingMessageReader', () => {
  it('reads messages split into single bytes, multi-byte characters included', async () => {
    const bytes = Buffer.from(frame(JSON.stringify(message(1))) + frame(JSON.stringify(message(2))));
    const { ids, logged } = read([...bytes].map((b) => Buffer.from([b])));
    await new Promise((resolve) => setImmediate(resolve));
    expect(ids).toEqual([1, 2]);
    expect(logged).toEqual([]);
  });

  it('drops only the message whose Content-Length is wrong, too short or too long', async () => {
    const body = JSON.stringify(message(1));
    const short = read([frame(body, Buffer.byteLength(body) - 5) + frame(JSON.stringify(message(2)))]);
    const long = read([frame(body, Buffer.byteLength(body) + 40) + frame(JSON.stringify(message(3)))]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(short.ids).toEqual([2]);
    expect(long.ids).toEqual([3]);
    expect(long.logged).toHaveLength(1);
  });

  it('finds the next message after a header without Content-Length or without its body', async () => {
    const headerless = read([`Content-Type: x\r\n\r\n{}${frame(JSON.stringify(message(4)))}`]);
    const bodiless = read(['Content-Length: 300\r\n\r\n', frame(JSON.stringify(message(5)))]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(headerless.ids).toEqual([4]);
    expect(bodiless.ids).toEqual([5]);
  });

  it('drops a well-framed body that is not a JSON object and reads on', async () => {
    const { ids, logged } = read([frame('{not json') + frame('[1,2]') + frame(JSON.stringify(message(6)))]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(ids).toEqual([6]);
    expect(logged).toHaveLength(2);
  });

  it('keeps "Content-Length: 5" written inside a document text, which JSON escapes', async () => {
    const tricky = { ...message(7), params: { text: 'Content-Length: 5\r\n\r\n{}' } };
    const { ids } = read([frame(JSON.stringify(tricky))]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(ids).toEqual([7]);
  });
});
