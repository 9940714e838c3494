/** The batch parts that need no worker thread: renderers, the ordered runner (--jobs 1), progress, jsonl. */
import { Readable } from 'node:stream';
import { analyze } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { createRenderer, formatRendererSpec } from '../src/batch/format-renderer.js';
import { clock, formatProgress, progressLine } from '../src/batch/progress.js';
import { runBatch } from '../src/batch/run.js';
import type { Unit, UnitResult } from '../src/batch/types.js';
import { findFormatter } from '../src/format/registry.js';
import { byteLines, jsonlRecords, parseRecord } from '../src/inputs/jsonl.js';

const texts = ['NATO met in Brussels.', '', 'Jens Stoltenberg spoke on Thursday.\n\nKyiv.'];
const docs = texts.map((text, i) => ({ source: `doc-${i}.txt`, text, analysis: analyze(text) }));

describe('format renderer: first/next/alone give what one session would print', () => {
  it.each(['text', 'json', 'jsonl', 'csv', 'conll'])('%s', (format) => {
    const formatter = findFormatter(format);
    if (formatter === undefined) return;
    for (const multiple of [true, false]) {
      const n = multiple ? docs.length : 1;
      const session = formatter.start({ multiple });
      const expected =
        docs
          .slice(0, n)
          .map((doc) => session.document(doc))
          .join('') + session.end();
      const renderer = createRenderer({ format, multiple });
      const rendered = docs
        .slice(0, n)
        .map((doc, i) => renderer.render(doc, i === 0 ? 'first' : 'next'))
        .join('');
      expect(rendered + renderer.end(n)).toBe(expected);
    }
    const empty = formatter.start({ multiple: true }).end();
    expect(createRenderer({ format, multiple: true }).end(0)).toBe(empty);
  });

  it('alone: one document with its own end, as when it is the only input', () => {
    const renderer = createRenderer({ format: 'json', multiple: true });
    expect(JSON.parse(renderer.render(docs[0] as (typeof docs)[0], 'alone'))).toMatchObject({
      source: 'doc-0.txt',
    });
  });
});

async function* from(units: Unit[]): AsyncGenerator<Unit> {
  yield* units;
}

describe('runBatch (--jobs 1, in the main thread)', () => {
  it('delivers results in input order, errors in their place, first rendering for the first document', async () => {
    const units: Unit[] = [
      { index: 0, kind: 'error', source: 'missing.txt', reason: 'no such file' },
      ...texts.map((text, i): Unit => ({ index: i + 1, kind: 'text', source: `t${i}`, text, relative: '' })),
    ];
    const seen: UnitResult[] = [];
    let written = 0;
    const outcome = await runBatch({
      units: from(units),
      settings: {
        renderer: formatRendererSpec({ format: 'json', multiple: true }),
        analyzeOptions: {},
        maxBytes: 1000,
        limitLabel: 'the limit',
        mode: 'stream',
      },
      jobs: 1,
      nothingWritten: () => written === 0,
      deliver: async (result) => {
        seen.push(result);
        if (result.ok) written++;
        return true;
      },
      signal: new AbortController().signal,
    });
    expect(outcome).toBe('done');
    expect(seen.map((result) => result.index)).toEqual([0, 1, 2, 3]);
    expect(seen[0]).toMatchObject({ ok: false, reason: 'no such file' });
    const [, first, second] = seen;
    expect(first?.ok && first.first?.startsWith('[\n')).toBe(true);
    expect(second?.ok && second.first).toBeUndefined();
    expect(second?.ok && second.output.startsWith(',\n')).toBe(true);
  });

  it('stops when deliver says so, and at once when aborted', async () => {
    const units = Array.from(
      { length: 50 },
      (_, i): Unit => ({ index: i, kind: 'text', source: `${i}`, text: 'NATO.', relative: '' }),
    );
    const settings = {
      renderer: formatRendererSpec({ format: 'jsonl', multiple: true }),
      analyzeOptions: {},
      maxBytes: 1000,
      limitLabel: 'the limit',
      mode: 'stream' as const,
    };
    let count = 0;
    const stopped = await runBatch({
      units: from(units),
      settings,
      jobs: 1,
      nothingWritten: () => false,
      deliver: async () => ++count < 3,
      signal: new AbortController().signal,
    });
    expect(stopped).toBe('stopped');
    expect(count).toBe(3);
    const controller = new AbortController();
    controller.abort();
    const aborted = await runBatch({
      units: from(units),
      settings,
      jobs: 1,
      nothingWritten: () => false,
      deliver: async () => true,
      signal: controller.signal,
    });
    expect(aborted).toBe('aborted');
  });
});

describe('progress', () => {
  it('formats done/total, rate and time left', () => {
    expect(formatProgress(0, 400, 0)).toBe('dateline: 0/400 files');
    expect(formatProgress(100, 400, 4000)).toBe('dateline: 100/400 files, 25/s, 0:12 left');
    expect(formatProgress(3, 400, 2000)).toBe('dateline: 3/400 files, 1.5/s, 4:25 left');
    expect(formatProgress(400, 400, 8000)).toBe('dateline: 400/400 files, 50/s');
    expect(formatProgress(1200, undefined, 10_000)).toBe('dateline: 1200 done, 120/s');
    expect(clock(75)).toBe('1:15');
    expect(clock(3725)).toBe('1:02:05');
  });

  it('redraws in place at most every interval, always at the end, and clears with blanks', () => {
    let screen = '';
    let time = 0;
    const line = progressLine({
      total: 3,
      columns: 80,
      write: (text) => (screen += text),
      now: () => time,
      interval: 100,
    });
    line.tick();
    time = 50;
    line.tick(); // too soon: not drawn
    time = 60;
    line.tick(); // the last: drawn whatever the time
    expect(screen).toBe('\rdateline: 1/3 files\rdateline: 3/3 files');
    expect(line.finish()).toBe(`\r${' '.repeat('dateline: 3/3 files'.length)}\r`);
    expect(line.finish()).toBe('');
  });

  it('cuts the line to the terminal width', () => {
    let screen = '';
    const line = progressLine({ total: 10, columns: 12, write: (text) => (screen += text), now: () => 0 });
    line.tick();
    expect(screen).toBe('\rdateline: 1');
  });
});

describe('jsonl input', () => {
  it('parses records; id optional (string or number); a Hadoop key and tab ignored', () => {
    expect(parseRecord('{"id": "a", "text": "x"}', 1)).toEqual({ line: 1, ok: true, id: 'a', text: 'x' });
    expect(parseRecord('{"id": 7, "text": "x"}', 2)).toMatchObject({ id: '7' });
    expect(parseRecord('{"text": "x"}', 3)).toMatchObject({ ok: true, id: undefined });
    expect(parseRecord('120\t{"id": "k", "text": "x"}', 4)).toMatchObject({ ok: true, id: 'k' });
    expect(parseRecord('{"id": "tab\\t", "text": "a\\tb"}', 5)).toMatchObject({ ok: true, text: 'a\tb' });
    expect(parseRecord('{"id": "a"}', 6)).toEqual({
      line: 6,
      ok: false,
      reason: 'line 6: "text" must be a string',
    });
    expect(parseRecord('nope', 7)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^line 7: not valid JSON/),
    });
  });

  it('splits on \\n only (never U+2028), across chunks, drops \\r, refuses long lines without keeping them', async () => {
    const chunks = [
      '{"id":"a","text":"x\u2028y"}\r',
      '\n{"id":"b",',
      '"text":"',
      'z'.repeat(50),
      '"}\n\n{"id":"c","text":"w"}',
    ];
    const records = [];
    for await (const record of jsonlRecords(
      Readable.from(chunks.map((c) => Buffer.from(c))),
      40,
      'the limit',
    ))
      records.push(record);
    expect(records).toEqual([
      { line: 1, ok: true, id: 'a', text: 'x\u2028y' },
      { line: 2, ok: false, reason: 'line 2: longer than the limit' },
      { line: 4, ok: true, id: 'c', text: 'w' },
    ]);
    const lines = [];
    for await (const line of byteLines(Readable.from([Buffer.from('a\nbb\n')]), 10)) lines.push(line);
    expect(lines.map((line) => ('bytes' in line ? line.bytes.toString() : 'long'))).toEqual(['a', 'bb']);
  });
});
