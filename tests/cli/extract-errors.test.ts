/** Failing and odd inputs: exit status 1 (0 for warnings), one stderr line naming the input, others still written. */
import { chmodSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CAN_RUN_AS_NOBODY,
  dateline,
  hasStackTrace,
  IS_ROOT,
  NOBODY,
  parseJsonl,
  ROOT,
  SCHEMA,
  SEED,
  tempFolder,
} from './helpers.js';

const folder = tempFolder('errors');
const at = (name: string) => join(folder.path, name);

beforeAll(() => {
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
  // "café" in Latin-1 (1 bad byte) and a truncated "–" (2 bad bytes): 3 bytes replaced.
  writeFileSync(at('latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe2, 0x80, 0x0a]));
  const seed = readFileSync(join(ROOT, SEED));
  writeFileSync(at('bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed]));
  writeFileSync(at('plain.txt'), seed);
  writeFileSync(at('two-mb.txt'), Buffer.alloc(2 * 1024 * 1024, 0x61));
  writeFileSync(at('huge.txt'), '');
  truncateSync(at('huge.txt'), 51 * 1024 * 1024); // sparse: no disk used, never read
  mkdirSync(at('empty-folder'));
  mkdirSync(at('json-only'));
  writeFileSync(at('json-only/data.json'), '{}');
  mkdirSync(at('with-dangling'));
  writeFileSync(at('with-dangling/ok.txt'), 'Fine.');
  symlinkSync(at('nowhere.txt'), at('with-dangling/broken.txt'));
  writeFileSync(at('locked.txt'), 'secret');
  chmodSync(at('locked.txt'), 0o000);
  mkdirSync(at('with-locked/locked'), { recursive: true });
  writeFileSync(at('with-locked/locked/hidden.txt'), 'secret');
  writeFileSync(at('with-locked/open.txt'), 'Open.');
  chmodSync(at('with-locked/locked'), 0o000);
  chmodSync(folder.path, 0o755); // mkdtemp makes it 0700: let `nobody` in
});

afterAll(() => {
  chmodSync(at('locked.txt'), 0o644);
  chmodSync(at('with-locked/locked'), 0o755);
  folder.remove();
});

describe('input errors: exit 1, one line naming the input', () => {
  it('missing file', async () => {
    const result = await dateline(['extract', 'missing.txt']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('dateline: missing.txt: no such file\n');
    expect(result.stdout).toBe('');
  });

  it('a missing file does not stop the others, which are still written in order', async () => {
    const result = await dateline(['extract', SEED, 'missing.txt', SEED, '--format', 'jsonl']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('dateline: missing.txt: no such file\n');
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual([SEED, SEED]);
  });

  it('json with several inputs keeps the array valid when some fail, [] when all fail', async () => {
    const some = await dateline(['extract', 'missing.txt', SEED, '--format', 'json']);
    expect(some.status).toBe(1);
    expect(JSON.parse(some.stdout).map((doc: { source: string }) => doc.source)).toEqual([SEED]);
    const all = await dateline(['extract', 'missing.txt', 'gone.md', '--format', 'json']);
    expect(all.status).toBe(1);
    expect(JSON.parse(all.stdout)).toEqual([]);
    expect(all.stderr).toBe('dateline: missing.txt: no such file\ndateline: gone.md: no such file\n');
  });

  it('folder with no .txt or .md files (empty, or other files only)', async () => {
    for (const name of ['empty-folder', 'json-only']) {
      const result = await dateline(['extract', at(name), '--format', 'jsonl']);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`dateline: ${at(name)}: is a folder with no .txt or .md files\n`);
      expect(result.stdout).toBe('');
    }
  });

  it('binary file (a ZIP signature)', async () => {
    const result = await dateline(['extract', at('binary.txt'), SEED, '--format', 'jsonl']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `dateline: ${at('binary.txt')}: binary file (ZIP archive); convert it to text first\n`,
    );
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual([SEED]);
  });

  // Root reads mode 000 files, so as root the CLI runs as `nobody` here (skipped if root cannot do that).
  const asUser = IS_ROOT ? { uid: NOBODY } : {};
  const cannot = IS_ROOT && !CAN_RUN_AS_NOBODY;

  it.skipIf(cannot)('permission denied (a file)', async () => {
    const result = await dateline(
      ['extract', at('locked.txt'), at('plain.txt'), '--format', 'jsonl'],
      asUser,
    );
    expect(result.stderr).toBe(`dateline: ${at('locked.txt')}: permission denied\n`);
    expect(result.status).toBe(1);
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual([at('plain.txt')]);
  });

  it.skipIf(cannot)(
    'permission denied (a folder met while walking): reported, the rest analysed',
    async () => {
      const result = await dateline(['extract', at('with-locked'), '--format', 'jsonl'], asUser);
      expect(result.stderr).toBe(`dateline: ${join(at('with-locked'), 'locked')}: permission denied\n`);
      expect(result.status).toBe(1);
      expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual([
        join(at('with-locked'), 'open.txt'),
      ]);
    },
  );

  it('larger than --max-size', async () => {
    const result = await dateline(['extract', at('two-mb.txt'), '--max-size', '1', '--format', 'jsonl']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`dateline: ${at('two-mb.txt')}: larger than the 1 MB limit (--max-size)\n`);
    const raised = await dateline(['extract', at('two-mb.txt'), '--max-size', '3', '--format', 'jsonl']);
    expect(raised.status).toBe(0);
  });

  it('larger than the default 50 MB limit', async () => {
    const result = await dateline(['extract', at('huge.txt')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`dateline: ${at('huge.txt')}: larger than the 50 MB limit (--max-size)\n`);
  });

  it('stdin larger than --max-size', async () => {
    const result = await dateline(['extract', '-', '--max-size', '0.001'], { input: 'x'.repeat(5000) });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('dateline: <stdin>: larger than the 0.001 MB limit (--max-size)\n');
  });

  it('binary stdin', async () => {
    const result = await dateline(['extract', '-'], { input: Buffer.from([0x41, 0x00]) });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('dateline: <stdin>: binary file (NUL bytes); convert it to text first\n');
  });

  it('a dangling symbolic link found in a folder is reported, the rest analysed', async () => {
    const result = await dateline(['extract', at('with-dangling'), '--format', 'jsonl']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`dateline: ${join(at('with-dangling'), 'broken.txt')}: no such file\n`);
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual([join(at('with-dangling'), 'ok.txt')]);
  });
});

describe('inputs that are analysed anyway: exit 0', () => {
  it('empty file: an empty result, no message', async () => {
    const result = await dateline(['extract', at('empty.txt'), '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({
      schema: SCHEMA,
      source: at('empty.txt'),
      entities: [],
    });
  });

  it('invalid UTF-8: one warning line with the count, still analysed', async () => {
    const result = await dateline(['extract', at('latin1.txt'), '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`dateline: ${at('latin1.txt')}: invalid UTF-8, replaced 3 bytes\n`);
    expect(JSON.parse(result.stdout)).toMatchObject({ schema: SCHEMA, source: at('latin1.txt') });
  });

  it('a UTF-8 byte order mark is stripped: same analysis as without it', async () => {
    const result = await dateline(['extract', at('bom.txt'), at('plain.txt'), '--format', 'jsonl']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const [bom, plain] = parseJsonl(result.stdout);
    expect({ ...bom, source: 'x' }).toEqual({ ...plain, source: 'x' });
  });
});

describe('never a stack trace', () => {
  it('for any of the failures above, even all at once', async () => {
    const result = await dateline([
      'extract',
      'missing.txt',
      at('binary.txt'),
      at('empty-folder'),
      at('latin1.txt'),
      at('huge.txt'),
      '--format',
      'jsonl',
    ]);
    expect(result.status).toBe(1);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(5);
  });
});
