/**
 * Errors of the batch options and the new input checks, beside extract-errors.test.ts (basic
 * inputs) and hostile.test.ts (ill-formed and binary files): binary files without NUL bytes named by
 * their signature, UTF-16 decoded, one line per problem naming the input, and usage errors (exit 2)
 * of --input-format, --jobs, --output, --include, --config.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateline, hasStackTrace, lines, parseJsonl, SEED, tempFolder } from './helpers.js';

const folder = tempFolder('errors-batch');
const at = (...parts: string[]) => join(folder.path, ...parts);
const RELEASE = 'NATO ministers meet\n\nBRUSSELS, 12 October 2023 – Jens Stoltenberg met NATO ministers.\n';
const convert = (kind: string) => `binary file (${kind}); convert it to text first`;

beforeAll(() => {
  mkdirSync(at('mixed'));
  // Signatures followed by text-like bytes: no NUL byte to give them away.
  writeFileSync(at('mixed', 'a-report.txt'), `%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n`);
  writeFileSync(at('mixed', 'b-good.txt'), RELEASE);
  writeFileSync(
    at('mixed', 'c-photo.txt'),
    Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF photo')]),
  );
  writeFileSync(
    at('mixed', 'd-letter.md'),
    Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x06]),
      Buffer.from('[Content_Types].xml word/document.xml'),
    ]),
  );
  writeFileSync(
    at('mixed', 'e-utf16be.txt'),
    Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(RELEASE, 'utf16le').swap16()]),
  );
  writeFileSync(at('mixed', 'f-good.md'), RELEASE);
});
afterAll(folder.remove);

describe('a folder of mixed files: one line per problem naming the file, the rest analysed in order', () => {
  it.each(['1', '2'])('--jobs %s', async (jobs) => {
    const result = await dateline(['extract', at('mixed'), '--format', 'jsonl', '--jobs', jobs]);
    expect(result.status).toBe(1);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(lines(result.stderr)).toEqual([
      `dateline: ${at('mixed', 'a-report.txt')}: ${convert('PDF document')}`,
      `dateline: ${at('mixed', 'c-photo.txt')}: ${convert('JPEG image')}`,
      `dateline: ${at('mixed', 'd-letter.md')}: ${convert('Word document (DOCX)')}`,
      `dateline: ${at('mixed', 'e-utf16be.txt')}: decoded as UTF-16BE (byte order mark FE FF)`,
    ]);
    const docs = parseJsonl(result.stdout);
    expect(docs.map((doc) => doc.source)).toEqual([
      at('mixed', 'b-good.txt'),
      at('mixed', 'e-utf16be.txt'),
      at('mixed', 'f-good.md'),
    ]);
    // The UTF-16 file is the same release: the same analysis.
    expect({ ...docs[1], source: '' }).toEqual({ ...docs[0], source: '' });
  });

  it('through stdin too', async () => {
    const result = await dateline(['extract', '-'], { input: '%PDF-1.4\nsome text\n' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`dateline: <stdin>: ${convert('PDF document')}\n`);
  });
});

describe('usage errors of the batch options: exit 2, one line, nothing analysed', () => {
  it.each([
    [
      'unknown --input-format',
      ['--input-format', 'xml'],
      /^dateline: option '--input-format <format>' argument 'xml' is invalid\. Allowed choices are text, jsonl\.\n$/,
    ],
    ['--jobs without a number', ['--jobs'], /^dateline: option '-j, --jobs <N>' argument missing\n$/],
    ['--output without a path', ['--output'], /^dateline: option '-o, --output <path>' argument missing\n$/],
    ['--include without a glob', ['--include'], /^dateline: option '--include <glob>' argument missing\n$/],
    ['--config without a file', ['--config'], /^dateline: option '--config <file>' argument missing\n$/],
    [
      'a misspelt option',
      ['--ouptut', 'x.json'],
      /^dateline: unknown option '--ouptut' \(Did you mean --output\?\)\n$/,
    ],
  ])('%s', async (_name, args, message) => {
    const result = await dateline(['extract', SEED, ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('--output naming an input', async () => {
    const result = await dateline(['extract', at('mixed'), '--output', at('mixed', 'b-good.txt')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `dateline: --output ${at('mixed', 'b-good.txt')} is also an input; refusing to overwrite it\n`,
    );
  });

  it('--format brat for several inputs to stdout: name a folder', async () => {
    const result = await dateline(['extract', at('mixed'), '--format', 'brat']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'dateline: --format brat writes one file per input: name a folder with --output <folder>/\n',
    );
  });
});
