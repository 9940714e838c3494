import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs, compareCodeUnits } from '../src/inputs/collect.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dateline-collect-'));
  const file = (path: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), 'text');
  };
  for (const path of [
    'tree/b.txt',
    'tree/A.txt',
    'tree/a.md',
    'tree/notes.json',
    'tree/sub/c.TXT',
    'tree/zz.txt',
  ]) {
    file(path);
  }
  for (const path of ['tree/node_modules/x.txt', 'tree/.git/y.txt', 'tree/.hidden/z.txt', 'tree/.dot.txt']) {
    file(path);
  }
  symlinkSync(join(root, 'tree', 'sub'), join(root, 'tree', 'sub-link'));
  symlinkSync(join(root, 'tree', 'zz.txt'), join(root, 'tree', 'link.txt'));
  mkdirSync(join(root, 'empty'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('collectInputs', () => {
  it('walks folders recursively in code-unit order, skipping hidden, node_modules and linked folders', async () => {
    const items = await collectInputs([join(root, 'tree')]);
    expect(items.map((item) => item.source)).toEqual(
      ['A.txt', 'a.md', 'b.txt', 'link.txt', 'sub/c.TXT', 'zz.txt'].map((name) => join(root, 'tree', name)),
    );
    expect(items.every((item) => item.kind === 'file' && item.origin === 'folder')).toBe(true);
  });

  it('keeps the command-line order and takes named files whatever their extension', async () => {
    const json = join(root, 'tree', 'notes.json');
    const items = await collectInputs([json, '-', join(root, 'tree', 'sub')]);
    expect(items).toEqual([
      { kind: 'file', source: json, path: json, origin: 'argument', relative: 'notes.json' },
      { kind: 'stdin', source: '-', origin: 'argument' },
      {
        kind: 'file',
        source: join(root, 'tree', 'sub', 'c.TXT'),
        path: join(root, 'tree', 'sub', 'c.TXT'),
        origin: 'folder',
        relative: 'c.TXT',
      },
    ]);
  });

  it('turns a missing path and an empty folder into error items', async () => {
    const missing = join(root, 'missing.txt');
    const empty = join(root, 'empty');
    expect(await collectInputs([missing, empty])).toEqual([
      { kind: 'error', source: missing, reason: 'no such file', origin: 'argument' },
      { kind: 'error', source: empty, reason: 'is a folder with no .txt or .md files', origin: 'folder' },
    ]);
  });

  it('--include replaces the extensions, --exclude skips files and whole folders', async () => {
    const tree = join(root, 'tree');
    const names = async (options: Parameters<typeof collectInputs>[1]) =>
      (await collectInputs([tree], options)).map((item) =>
        item.kind === 'file' ? item.relative : item.kind === 'error' ? item.reason : '-',
      );
    expect(await names({ include: ['*.json'] })).toEqual(['notes.json']);
    expect(await names({ include: ['sub/*'] })).toEqual(['sub/c.TXT']);
    expect(await names({ exclude: ['sub'] })).toEqual(['A.txt', 'a.md', 'b.txt', 'link.txt', 'zz.txt']);
    expect(await names({ exclude: ['*.md', 'z*'] })).toEqual(['A.txt', 'b.txt', 'link.txt', 'sub/c.TXT']);
    expect(await names({ include: ['*.csv'] })).toEqual(['is a folder with no files matching --include']);
    // Hidden entries and node_modules stay skipped whatever the globs.
    expect(await names({ include: ['**/*'] })).not.toContain('node_modules/x.txt');
  });

  it('compares by code units, not locale', () => {
    expect(['b', 'a', 'B', 'é', 'e'].sort(compareCodeUnits)).toEqual(['B', 'a', 'b', 'e', 'é']);
  });
});
