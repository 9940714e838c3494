import { describe, expect, it } from 'vitest';
import { countInvalidUtf8Bytes, decodeUtf8, stripBom } from '../src/inputs/decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeUtf8', () => {
  it('decodes clean UTF-8 with no invalid bytes', () => {
    expect(decodeUtf8(Buffer.from('Brussels – “quote” ×3 😀', 'utf8'))).toEqual({
      text: 'Brussels – “quote” ×3 😀',
      invalidBytes: 0,
    });
  });

  it('strips a UTF-8 byte order mark, and only one', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x41)).text).toBe('A');
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41)).text).toBe('\ufeffA');
    expect(stripBom('\ufeffx')).toBe('x');
    expect(stripBom('x\ufeff')).toBe('x\ufeff');
  });

  it('replaces invalid sequences with U+FFFD and counts the bytes', () => {
    const decoded = decodeUtf8(bytes(0x41, 0xff, 0x42, 0xe2, 0x82, 0x43));
    expect(decoded.text).toBe('A\ufffdB\ufffdC');
    expect(decoded.invalidBytes).toBe(3);
  });

  it('keeps a real U+FFFD in the text without counting it', () => {
    expect(decodeUtf8(Buffer.from('a\ufffdb', 'utf8'))).toEqual({ text: 'a\ufffdb', invalidBytes: 0 });
  });
});

describe('countInvalidUtf8Bytes', () => {
  it.each([
    ['lone continuation byte', [0x80], 1],
    ['byte never valid', [0xff, 0xfe], 2],
    ['overlong two-byte NUL', [0xc0, 0x80], 2],
    ['truncated three-byte sequence at the end', [0x61, 0xe2, 0x82], 2],
    ['UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], 3],
    ['code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 4],
    ['latin-1 é between letters', [0x63, 0x61, 0x66, 0xe9, 0x21], 1],
    ['valid four-byte emoji', [0xf0, 0x9f, 0x98, 0x80], 0],
  ])('%s', (_name, values, expected) => {
    expect(countInvalidUtf8Bytes(Uint8Array.from(values))).toBe(expected);
  });
});
