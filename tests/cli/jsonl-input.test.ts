/**
 * `--input-format jsonl`: the streaming protocol of Hadoop Streaming mappers and Spark `rdd.pipe()`.
 * Records `{"id", "text"}` in, one analysis per line out, same order, `source` = id; bad lines are
 * one stderr line each (naming the line) and the rest goes on (exit 1).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dateline, hasStackTrace, lines, parseJsonl, ROOT, SCHEMA, SEED, tempFolder } from './helpers.js';

interface Doc {
  schema: string;
  source: string;
  document: { title: string | null };
  entities: { name: string; type: string; mentions: { start: number; end: number; text: string }[] }[];
}

const folder = tempFolder('jsonl-input');
afterAll(folder.remove);

const seed = readFileSync(join(ROOT, SEED), 'utf8');
const RELEASE =
  'NATO ministers meet\n\nBRUSSELS, 12 October 2023 – Jens Stoltenberg met NATO ministers in Brussels.\n';
const records = [
  { id: 'a-1', text: RELEASE },
  { id: 'ünïcödé-😀-é', text: RELEASE.replace(/\n/g, '\r\n') },
  { id: 'sep', text: `Line one\u2028Jens Stoltenberg met NATO ministers.\u2029Next paragraph in Brussels.` },
  { id: 42, text: seed },
  { id: 'empty', text: '' },
];
const input = `${records.map((record) => JSON.stringify(record)).join('\n')}\n`;

/** Every mention's offsets point at its text in the record's own string. */
function offsetsMatch(doc: Doc, text: string): boolean {
  return doc.entities.every((entity) =>
    entity.mentions.every((mention) => text.slice(mention.start, mention.end) === mention.text),
  );
}

describe('records in, analyses out', () => {
  it('one line per record, in order, ids as sources, offsets into the text sent (CRLF, U+2028 too)', async () => {
    const result = await dateline(['extract', '--input-format', 'jsonl', '--format', 'jsonl', '-'], {
      input,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(records.length); // U+2028 stays inside its JSON string, never splits a line
    const docs = out.map((line) => JSON.parse(line) as Doc);
    expect(docs.map((doc) => doc.source)).toEqual(['a-1', 'ünïcödé-😀-é', 'sep', '42', 'empty']);
    docs.forEach((doc, i) => {
      expect(doc.schema).toBe(SCHEMA);
      expect(offsetsMatch(doc, records[i]?.text ?? '')).toBe(true);
    });
    const people = (doc: Doc | undefined) =>
      doc?.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people(docs[0])).toContain('Jens Stoltenberg');
    expect(people(docs[1])).toEqual(people(docs[0])); // CRLF: same people
    expect(people(docs[2])).toContain('Jens Stoltenberg');
  });

  it('the same analysis as the text given as a file (but for the source)', async () => {
    const [fromJsonl] = parseJsonl(
      (
        await dateline(['extract', '--input-format', 'jsonl', '--format', 'jsonl', '-'], {
          input: `${JSON.stringify({ id: 'seed', text: seed })}\n`,
        })
      ).stdout,
    );
    const [fromFile] = parseJsonl((await dateline(['extract', SEED, '--format', 'jsonl'])).stdout);
    expect({ ...fromJsonl, source: SEED }).toEqual(fromFile);
  });

  it('--jobs 2 writes the same bytes as --jobs 1', async () => {
    const many = Array.from({ length: 60 }, (_, i) => JSON.stringify(records[i % records.length])).join('\n');
    const one = await dateline(['extract', '--input-format', 'jsonl', '--format', 'jsonl', '-j', '1', '-'], {
      input: many,
    });
    const two = await dateline(['extract', '--input-format', 'jsonl', '--format', 'jsonl', '-j', '2', '-'], {
      input: many,
    });
    expect(one.status).toBe(0);
    expect(lines(one.stdout)).toHaveLength(60);
    expect(two.stdout).toBe(one.stdout);
  });

  it('reads records from files too, CRLF line ends, blank lines skipped, no id: <input>:<line>', async () => {
    const path = join(folder.path, 'records.jsonl');
    writeFileSync(path, `{"text": "Jens Stoltenberg spoke."}\r\n\r\n{"id": "b", "text": "NATO met."}\r\n`);
    const result = await dateline(['extract', '--input-format', 'jsonl', '--format', 'jsonl', path]);
    expect(result.stderr).toBe('');
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual([`${path}:1`, 'b']);
  });

  it('a key and a tab before the record (Hadoop Streaming with NLineInputFormat) are ignored', async () => {
    const result = await dateline(['extract', '--input-format', 'jsonl', '--format', 'jsonl', '-'], {
      input: `0\t{"id": "k", "text": "NATO met."}\n27\t{"id": "l", "text": "Kyiv."}\n`,
    });
    expect(result.stderr).toBe('');
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual(['k', 'l']);
  });

  it('json output is an array of the records', async () => {
    const result = await dateline(['extract', '--input-format', 'jsonl', '--format', 'json', '-'], { input });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as Doc[]).map((doc) => doc.source)).toHaveLength(records.length);
  });
});

describe('bad lines: one message each naming the line, the others still written (exit 1)', () => {
  it('invalid JSON, not an object, no text, a text that is not a string, a bad id', async () => {
    const bad = [
      '{"id": "ok-1", "text": "NATO met."}',
      '{"id": "broken", "text": ',
      '["not", "an", "object"]',
      '{"id": "no-text"}',
      '{"id": "number", "text": 5}',
      '{"id": {"nested": 1}, "text": "x"}',
      '{"id": "ok-2", "text": "Kyiv."}',
    ].join('\n');
    const result = await dateline(['extract', '--input-format', 'jsonl', '--format', 'jsonl', '-'], {
      input: bad,
    });
    expect(result.status).toBe(1);
    expect(hasStackTrace(result.stderr)).toBe(false);
    const messages = lines(result.stderr);
    expect(messages).toHaveLength(5);
    expect(messages[0]).toMatch(/^dateline: <stdin>: line 2: not valid JSON \(.+\)$/);
    expect(messages.slice(1)).toEqual([
      'dateline: <stdin>: line 3: expected an object like {"id": "…", "text": "…"}',
      'dateline: <stdin>: line 4: "text" must be a string',
      'dateline: <stdin>: line 5: "text" must be a string',
      'dateline: <stdin>: line 6: "id" must be a string or a number',
    ]);
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual(['ok-1', 'ok-2']);
  });

  it('a line longer than --max-size is refused without stopping the stream', async () => {
    const long = JSON.stringify({ id: 'long', text: 'NATO met. '.repeat(500) });
    const result = await dateline(
      ['extract', '--input-format', 'jsonl', '--format', 'jsonl', '--max-size', '0.001', '-'],
      { input: `{"id": "a", "text": "Kyiv."}\n${long}\n{"id": "b", "text": "Kyiv."}\n` },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('dateline: <stdin>: line 2: longer than the 0.001 MB limit (--max-size)\n');
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual(['a', 'b']);
  });

  it('a line that is not UTF-8', async () => {
    const result = await dateline(['extract', '--input-format', 'jsonl', '--format', 'jsonl', '-'], {
      input: Buffer.concat([
        Buffer.from('{"id": "x", "text": "caf'),
        Buffer.from([0xe9]),
        Buffer.from('"}\n'),
      ]),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('dateline: <stdin>: line 1: not valid UTF-8\n');
  });

  it('--output <folder> is refused: records have no file names to mirror (exit 2)', async () => {
    const result = await dateline(
      ['extract', '--input-format', 'jsonl', '-', '--output', `${join(folder.path, 'out')}/`],
      { input },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^dateline: --output .* jsonl records have no file names to mirror: name a file\n$/,
    );
  });
});
