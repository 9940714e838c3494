/**
 * Hostile files through the built `dateline extract`, beyond the basic cases of extract-errors.test.ts:
 * every kind of ill-formed UTF-8 and a Windows-1252 release (replaced, one warning line, still
 * analysed), real binary formats and random bytes (refused with one line naming the kind), UTF-16
 * with a BOM (decoded, one warning line), NUL bytes hidden in text, a
 * binary file met in a folder, a 20 MB file through --format jsonl (from a file and from stdin),
 * empty-looking files in every format, control characters in the text format, and a file that once
 * made the core fail. Never a stack trace. Timeouts are generous (60 s); no speed is asserted.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CliResult,
  dateline,
  hasStackTrace,
  lines,
  parseJsonl,
  ROOT,
  SCHEMA,
  SEED,
  tempFolder,
} from './helpers.js';

const MB = 1024 * 1024;
const TIMEOUT = 60_000;
const folder = tempFolder('hostile');
const at = (name: string) => join(folder.path, name);
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

interface Doc {
  schema: string;
  source: string;
  document: { title: string | null };
  entities: { type: string; name: string; mentions: { start: number; end: number; text: string }[] }[];
}

/** Every mention's text is the slice of `text` it claims to be. */
function mentionsMatch(doc: Doc, text: string): string[] {
  return doc.entities.flatMap((e) =>
    e.mentions
      .filter((m) => text.slice(m.start, m.end) !== m.text)
      .map((m) => `${e.name}: [${m.start}, ${m.end}) is ${JSON.stringify(text.slice(m.start, m.end))}`),
  );
}

/** A small deterministic byte generator (no Math.random: the same files on every run). */
function pseudoRandomBytes(length: number, { noZero = false } = {}): Buffer {
  const out = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const byte = state >>> 24;
    out[i] = noZero && byte === 0 ? 1 : byte;
  }
  return out;
}

const RELEASE =
  'NATO Secretary General meets ministers\n\nBRUSSELS, 12 October 2023 – Jens Stoltenberg met NATO ministers in Brussels.\n';

// Ill-formed UTF-8, byte by byte: [bytes, how many bytes are invalid, how many U+FFFD they become].
const ILL_FORMED: [string, number[], number, number][] = [
  ['an overlong "/" (C0 AF)', [0xc0, 0xaf], 2, 2],
  ['an encoded surrogate U+D800 (ED A0 80)', [0xed, 0xa0, 0x80], 3, 3],
  ['a code point past U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], 4, 4],
  ['an old 5-byte form (F8 88 80 80 80)', [0xf8, 0x88, 0x80, 0x80, 0x80], 5, 5],
  ['the bytes FE and FF', [0xfe, 0xff], 2, 2],
  ['a "€" cut short (E2 82)', [0xe2, 0x82], 2, 1],
];
const TRUNCATED_AT_END = [0xf0, 0x9f, 0x98]; // "😀" without its last byte, at the very end: 3 bytes, 1 U+FFFD

beforeAll(() => {
  const seed = readFileSync(join(ROOT, SEED), 'utf8');
  // Ill-formed UTF-8 around a release.
  writeFileSync(
    at('ill-formed.txt'),
    bytes(
      'Jens Stoltenberg met NATO ministers ',
      ...ILL_FORMED.flatMap(([, b]) => [b, ' in Brussels ']),
      '.\n\nMr. Stoltenberg spoke. ',
      TRUNCATED_AT_END,
    ),
  );
  // Windows-1252: “ ” – ’ and é are single bytes that are not UTF-8.
  writeFileSync(
    at('cp1252.txt'),
    bytes(
      [0x93],
      'We stand together,',
      [0x94],
      ' said Jens Stoltenberg ',
      [0x96],
      ' NATO',
      [0x92],
      's chief, in the caf',
      [0xe9],
      ' of the Brussels headquarters.\n',
    ),
  );
  // Binary formats (all contain NUL bytes) and UTF-16.
  writeFileSync(
    at('image.png'),
    bytes(
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d],
      'IHDR',
      pseudoRandomBytes(4096).toJSON().data,
    ),
  );
  writeFileSync(
    at('archive.gz'),
    bytes([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03], pseudoRandomBytes(4096).toJSON().data),
  );
  writeFileSync(
    at('program.elf'),
    bytes([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], pseudoRandomBytes(4096).toJSON().data),
  );
  writeFileSync(at('noise.bin'), pseudoRandomBytes(MB));
  writeFileSync(
    at('utf16le.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RELEASE, 'utf16le')]),
  );
  writeFileSync(at('noise-without-nul.txt'), pseudoRandomBytes(64 * 1024, { noZero: true }));
  // NUL bytes hidden in otherwise good text.
  writeFileSync(at('nul-at-end.txt'), bytes(seed.repeat(Math.ceil(MB / seed.length)), [0]));
  writeFileSync(at('nul-at-start.txt'), bytes([0], seed));
  writeFileSync(at('nul-inside.txt'), bytes(RELEASE, [0], RELEASE));
  // A good release, and a folder with a binary among text files.
  writeFileSync(at('a-good.txt'), RELEASE);
  mkdirSync(at('mixed-folder'));
  writeFileSync(at('mixed-folder/a.txt'), RELEASE);
  copyFileSync(at('image.png'), at('mixed-folder/b.txt'));
  writeFileSync(at('mixed-folder/c.md'), RELEASE);
  // 20 MB: the seed again and again (no e-mail address: a block-by-block search for "@" once ran to the end of the text for each block).
  const one = `${seed}\n\n`;
  writeFileSync(at('big.txt'), one.repeat(Math.ceil((20 * MB) / Buffer.byteLength(one))));
  // Empty-looking files.
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('bom-only.txt'), Buffer.from([0xef, 0xbb, 0xbf]));
  writeFileSync(at('blank.txt'), ' \t\r\n\r\n\n \u00a0\n');
  // Control characters and bidi overrides in names and headline.
  writeFileSync(
    at('controls.txt'),
    'NATO\u001b[2J Press\rRelease\u0007\n\nBRUSSELS, 12 October 2023 – Jens\u001b[31m Stoltenberg met NATO\u0008\u0008 ministers.\n',
  );
  // One block of 200,000 one-sentence lines: the core overflowed its call stack on it (fixed in 7459319).
  writeFileSync(at('sentences.txt'), 'Word.\n'.repeat(200_000));
});

afterAll(folder.remove);

describe('ill-formed UTF-8: replaced, one warning line, still analysed (exit 0)', () => {
  it('every kind of ill-formed sequence, and one cut short at the end of the file', async () => {
    const invalidBytes = ILL_FORMED.reduce((n, [, , b]) => n + b, 0) + TRUNCATED_AT_END.length;
    const replacements = ILL_FORMED.reduce((n, [, , , r]) => n + r, 0) + 1;
    const result = await dateline(['extract', at('ill-formed.txt'), '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      `dateline: ${at('ill-formed.txt')}: invalid UTF-8, replaced ${invalidBytes} bytes\n`,
    );
    const text = new TextDecoder('utf-8').decode(readFileSync(at('ill-formed.txt')));
    expect(text.match(/\uFFFD/g)).toHaveLength(replacements);
    const doc = JSON.parse(result.stdout) as Doc;
    expect(doc.schema).toBe(SCHEMA);
    expect(mentionsMatch(doc, text)).toEqual([]);
    expect(doc.entities.some((e) => e.type === 'person' && e.name === 'Jens Stoltenberg')).toBe(true);
  });

  it('a Windows-1252 release: smart quotes, dash, apostrophe and é replaced (5 bytes), its people still found', async () => {
    const result = await dateline(['extract', at('cp1252.txt'), '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`dateline: ${at('cp1252.txt')}: invalid UTF-8, replaced 5 bytes\n`);
    const doc = JSON.parse(result.stdout) as Doc;
    expect(mentionsMatch(doc, new TextDecoder().decode(readFileSync(at('cp1252.txt'))))).toEqual([]);
    expect(doc.entities.some((e) => e.type === 'person' && e.name === 'Jens Stoltenberg')).toBe(true);
  });

  it('the same through stdin, named <stdin>', async () => {
    const result = await dateline(['extract', '-', '--format', 'jsonl'], {
      input: readFileSync(at('cp1252.txt')),
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('dateline: <stdin>: invalid UTF-8, replaced 5 bytes\n');
    expect(parseJsonl(result.stdout)).toHaveLength(1);
  });

  it('random bytes without a NUL are refused as binary: mostly not text', async () => {
    const result = await dateline(['extract', at('noise-without-nul.txt'), '--format', 'jsonl']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `dateline: ${at('noise-without-nul.txt')}: binary file (mostly bytes that are not text); convert it to text first\n`,
    );
    expect(result.stdout).toBe('');
  });
});

describe('binary files: refused with one clear line naming the kind (exit 1)', () => {
  it.each([
    ['image.png', 'PNG image'],
    ['archive.gz', 'gzip archive'],
    ['program.elf', 'ELF executable'],
    ['noise.bin', 'NUL bytes'],
  ])('%s', async (name, kind) => {
    const result = await dateline(['extract', at(name), '--format', 'jsonl']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`dateline: ${at(name)}: binary file (${kind}); convert it to text first\n`);
    expect(result.stdout).toBe('');
  });

  it('a UTF-16 text file with a BOM is decoded as such, with a warning (exit 0)', async () => {
    const result = await dateline(['extract', at('utf16le.txt'), at('a-good.txt'), '--format', 'jsonl']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      `dateline: ${at('utf16le.txt')}: decoded as UTF-16LE (byte order mark FF FE)\n`,
    );
    const [utf16, utf8] = parseJsonl(result.stdout);
    expect({ ...utf16, source: 'x' }).toEqual({ ...utf8, source: 'x' });
  });

  it('all of them at once, among good files: one line each, the good ones analysed, in order', async () => {
    const names = ['image.png', 'a-good.txt', 'archive.gz', 'program.elf', 'utf16le.txt', 'a-good.txt'];
    const result = await dateline(['extract', ...names.map(at), '--format', 'jsonl']);
    expect(result.status).toBe(1);
    expect(lines(result.stderr)).toHaveLength(4); // three binaries and the UTF-16 warning
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual([
      at('a-good.txt'),
      at('utf16le.txt'),
      at('a-good.txt'),
    ]);
  });
});

describe('a binary file met in a folder', () => {
  it('is reported in one line, the folder’s other files analysed in order (exit 1)', async () => {
    const dir = at('mixed-folder');
    const result = await dateline(['extract', dir, '--format', 'jsonl']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `dateline: ${join(dir, 'b.txt')}: binary file (PNG image); convert it to text first\n`,
    );
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'c.md'),
    ]);
  });
});

describe('NUL bytes hidden in text: the file is refused as binary (exit 1)', () => {
  it.each(['nul-at-end.txt', 'nul-at-start.txt', 'nul-inside.txt'])('%s', async (name) => {
    const result = await dateline(['extract', at(name), '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`dateline: ${at(name)}: binary file (NUL bytes); convert it to text first\n`);
    expect(result.stdout).toBe('');
  });
});

describe('a 20 MB file through --format jsonl', () => {
  let fromFile: Promise<CliResult> | undefined;
  const runOnFile = () => {
    fromFile ??= dateline(['extract', at('big.txt'), '--format', 'jsonl']);
    return fromFile;
  };

  it(
    'from a file: exit 0, one line, valid offsets',
    async () => {
      const result = await runOnFile();
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const docs = parseJsonl(result.stdout) as unknown as Doc[];
      expect(docs).toHaveLength(1);
      const [doc] = docs;
      expect(doc?.schema).toBe(SCHEMA);
      expect(doc?.source).toBe(at('big.txt'));
      expect(mentionsMatch(doc as Doc, readFileSync(at('big.txt'), 'utf8'))).toEqual([]);
      expect(doc?.entities.some((e) => e.name === 'Jens Stoltenberg')).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'from stdin: exit 0, the same document but for its source',
    async () => {
      const [file, stdin] = await Promise.all([
        runOnFile(),
        dateline(['extract', '-', '--format', 'jsonl'], { input: readFileSync(at('big.txt')) }),
      ]);
      expect(stdin.status).toBe(0);
      expect(stdin.stderr).toBe('');
      expect(stdin.stdout.replace('"source":"-"', `"source":${JSON.stringify(at('big.txt'))}`)).toBe(
        file.stdout,
      );
    },
    TIMEOUT,
  );
});

describe('empty-looking files: an empty result, no message (exit 0)', () => {
  it.each(['empty.txt', 'bom-only.txt', 'blank.txt'])('%s in every format', async (name) => {
    const [text, jsonl] = await Promise.all([
      dateline(['extract', at(name)]),
      dateline(['extract', at(name), '--format', 'jsonl']),
    ]);
    for (const result of [text, jsonl]) {
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
    }
    expect(text.stdout).toBe(`${at(name)}\n  (no headline)\n\n  no entities\n`);
    const [doc] = parseJsonl(jsonl.stdout);
    expect(doc).toMatchObject({ schema: SCHEMA, source: at(name), entities: [], notes: [] });
  });

  it('an empty file among others', async () => {
    const result = await dateline([
      'extract',
      at('empty.txt'),
      at('a-good.txt'),
      at('empty.txt'),
      '--format',
      'jsonl',
    ]);
    expect(result.status).toBe(0);
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual([
      at('empty.txt'),
      at('a-good.txt'),
      at('empty.txt'),
    ]);
  });
});

describe('the text format with control characters in the text', () => {
  it('escapes them: no raw escape, bell, backspace or carriage return reaches the terminal', async () => {
    const result = await dateline(['extract', at('controls.txt')]);
    expect(result.status).toBe(0);
    const controls = [...result.stdout].filter((c) => {
      const code = c.charCodeAt(0);
      return (code < 0x20 && c !== '\n') || code === 0x7f;
    });
    expect(controls).toEqual([]);
    for (const line of lines(result.stdout).slice(1)) expect(line === '' || line.startsWith('  ')).toBe(true);
  });
});

describe('a file that once broke the core', () => {
  it(
    '200,000 one-sentence lines in one block (1.2 MB) are analysed: exit 0, no message',
    async () => {
      const result = await dateline(['extract', at('sentences.txt'), '--format', 'jsonl']);
      expect(hasStackTrace(result.stderr)).toBe(false);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(parseJsonl(result.stdout)).toHaveLength(1);
    },
    TIMEOUT,
  );
});
