import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput, toText } from '../src/inputs/read.js';

const limits = { maxBytes: 100, limitLabel: 'the 0.0001 MB limit (--max-size)' };
const stdin = (text: string) => () => Readable.from([Buffer.from(text)]);
const dir = mkdtempSync(join(tmpdir(), 'dateline-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('toText', () => {
  it('reads an empty input as empty text', () => {
    expect(toText(new Uint8Array(0), limits)).toEqual({ ok: true, text: '', warnings: [] });
  });

  it('refuses binary input (a NUL byte)', () => {
    expect(toText(Uint8Array.from([0x41, 0x00, 0x42]), limits)).toMatchObject({
      ok: false,
      reason: 'binary file (NUL bytes), skipped',
    });
  });

  it('refuses input over the limit', () => {
    expect(toText(new Uint8Array(101).fill(0x41), limits)).toMatchObject({
      ok: false,
      reason: 'larger than the 0.0001 MB limit (--max-size)',
    });
    expect(toText(new Uint8Array(100).fill(0x41), limits).ok).toBe(true);
  });

  it('warns about invalid UTF-8 but still returns the text', () => {
    expect(toText(Uint8Array.from([0x41, 0xff, 0xfe]), limits)).toEqual({
      ok: true,
      text: 'A\ufffd\ufffd',
      warnings: ['invalid UTF-8, replaced 2 bytes'],
    });
    expect(toText(Uint8Array.from([0xff]), limits).warnings).toEqual(['invalid UTF-8, replaced 1 byte']);
  });
});

describe('readInput', () => {
  it('reads a file and strips its BOM', async () => {
    const path = join(dir, 'bom.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Title\n')]));
    const result = await readInput(
      { kind: 'file', source: path, path, origin: 'argument' },
      { ...limits, stdin: stdin('') },
    );
    expect(result).toEqual({ ok: true, text: 'Title\n', warnings: [] });
  });

  it('reports a missing file as a value, not an exception', async () => {
    const path = join(dir, 'missing.txt');
    const result = await readInput(
      { kind: 'file', source: path, path, origin: 'argument' },
      { ...limits, stdin: stdin('') },
    );
    expect(result).toEqual({ ok: false, reason: 'no such file', warnings: [] });
  });

  it('checks the size of a file before reading it', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'x'.repeat(101));
    const result = await readInput(
      { kind: 'file', source: path, path, origin: 'argument' },
      { ...limits, stdin: stdin('') },
    );
    expect(result).toMatchObject({ ok: false, reason: 'larger than the 0.0001 MB limit (--max-size)' });
  });

  it('reads stdin, within the limit', async () => {
    const item = { kind: 'stdin', source: '-', origin: 'argument' } as const;
    expect(await readInput(item, { ...limits, stdin: stdin('\ufeffhello') })).toEqual({
      ok: true,
      text: 'hello',
      warnings: [],
    });
    expect(await readInput(item, { ...limits, stdin: stdin('y'.repeat(500)) })).toMatchObject({ ok: false });
  });
});
