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
      reason: 'binary file (NUL bytes); convert it to text first',
    });
  });

  it('names known binary formats, even without a NUL byte', () => {
    const cases: [number[], string][] = [
      [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a], 'PDF document'],
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG image'],
      [[0xff, 0xd8, 0xff, 0xe0], 'JPEG image'],
      [[0x1f, 0x8b, 0x08], 'gzip archive'],
      [[0x50, 0x4b, 0x03, 0x04, 0x14], 'ZIP archive'],
    ];
    for (const [bytes, kind] of cases) {
      expect(toText(Uint8Array.from(bytes), limits)).toEqual({
        ok: false,
        reason: `binary file (${kind}); convert it to text first`,
        warnings: [],
      });
    }
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml')]);
    expect(toText(docx, limits)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('(Word document (DOCX))'),
    });
  });

  it('refuses bytes that are mostly not text, keeps a text with a few bad bytes', () => {
    const noise = Uint8Array.from({ length: 90 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x80 + (i % 60)));
    expect(toText(noise, limits)).toMatchObject({
      ok: false,
      reason: 'binary file (mostly bytes that are not text); convert it to text first',
    });
    const latin1 = Buffer.from('Caf\xe9 de la Paix, Br\xfcssel: d\xe9claration du minist\xe8re.', 'latin1');
    expect(toText(latin1, limits)).toMatchObject({ ok: true, warnings: ['invalid UTF-8, replaced 4 bytes'] });
  });

  it('decodes UTF-16 with a byte order mark, with a warning saying so', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('NATO met in Brussels.', 'utf16le')]);
    expect(toText(le, limits)).toEqual({
      ok: true,
      text: 'NATO met in Brussels.',
      warnings: ['decoded as UTF-16LE (byte order mark FF FE)'],
    });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(toText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), limits)).toMatchObject({
      ok: true,
      text: 'NATO met in Brussels.',
      warnings: ['decoded as UTF-16BE (byte order mark FE FF)'],
    });
    // A lone surrogate: replaced and counted.
    expect(toText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]), limits)).toEqual({
      ok: true,
      text: 'A\ufffdB',
      warnings: ['decoded as UTF-16LE (byte order mark FF FE)', 'invalid UTF-16LE, replaced 2 bytes'],
    });
    // U+0000 in UTF-16 is binary too.
    expect(toText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]), limits)).toMatchObject({
      ok: false,
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
    const result = await readInput({ kind: 'file', path }, { ...limits, stdin: stdin('') });
    expect(result).toEqual({ ok: true, text: 'Title\n', warnings: [] });
  });

  it('reports a missing file as a value, not an exception', async () => {
    const path = join(dir, 'missing.txt');
    const result = await readInput({ kind: 'file', path }, { ...limits, stdin: stdin('') });
    expect(result).toEqual({ ok: false, reason: 'no such file', warnings: [] });
  });

  it('checks the size of a file before reading it', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'x'.repeat(101));
    const result = await readInput({ kind: 'file', path }, { ...limits, stdin: stdin('') });
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
