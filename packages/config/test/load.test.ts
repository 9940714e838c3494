import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAME, findConfigFile, formatConfigError, loadConfigFile } from '../src/index.js';

const root = mkdtempSync(join(tmpdir(), 'dateline-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, content: string | Uint8Array): string {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  return full;
}

describe('loadConfigFile', () => {
  it('reads a file and names it in errors', () => {
    const good = write('good/dateline.json', '{ "ignore": ["Media"] }');
    expect(loadConfigFile(good).config.dictionary).toEqual({ ignore: ['Media'] });
    const bad = write('bad/dateline.json', '{\n  "ignore": "Media"\n}');
    expect(loadConfigFile(bad).errors.map(formatConfigError)).toEqual([
      `${bad}:2:13: ignore: must be a list ([…])`,
    ]);
  });

  it('refuses missing, binary, non-UTF-8 and oversized files', () => {
    const message = (path: string) => loadConfigFile(path).errors.map((e) => e.message);
    expect(message(join(root, 'none.json'))).toEqual(['cannot read: no such file']);
    expect(message(write('bin.json', new Uint8Array([0x7b, 0, 0x7d])))).toEqual([
      'not a text file (it holds NUL bytes)',
    ]);
    expect(message(write('latin1.json', new Uint8Array([0x7b, 0xe9, 0x7d])))).toEqual(['not UTF-8 text']);
    expect(message(write('big.json', `{"ignore": ["${'x'.repeat(1024 * 1024)}"]}`))[0]).toMatch(/^too large/);
    expect(message(root)).toEqual(['cannot read: is a folder']);
  });
});

describe('findConfigFile', () => {
  it('finds the nearest dateline.json upward', () => {
    const file = write(`project/${CONFIG_FILE_NAME}`, '{}');
    mkdirSync(join(root, 'project', 'a', 'b'), { recursive: true });
    expect(findConfigFile(join(root, 'project', 'a', 'b'))).toBe(file);
    expect(findConfigFile(join(root, 'project'))).toBe(file);
  });

  it('stops at stopDir and at a folder holding .git', () => {
    write(`outer/${CONFIG_FILE_NAME}`, '{}');
    mkdirSync(join(root, 'outer', 'repo', '.git'), { recursive: true });
    mkdirSync(join(root, 'outer', 'repo', 'src'), { recursive: true });
    expect(findConfigFile(join(root, 'outer', 'repo', 'src'))).toBeUndefined();
    mkdirSync(join(root, 'outer', 'plain', 'src'), { recursive: true });
    expect(findConfigFile(join(root, 'outer', 'plain', 'src'), join(root, 'outer', 'plain'))).toBeUndefined();
    expect(findConfigFile(join(root, 'outer', 'plain', 'src'))).toBe(join(root, 'outer', CONFIG_FILE_NAME));
  });
});
