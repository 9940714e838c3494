/** Workspace symbols: the background index, its limits and exclusions; the workspace dictionary. */

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { globMatcher } from '@dateline/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { DictionaryStore } from '../src/workspace/dictionaries.js';
import { matchScore, SymbolIndex } from '../src/workspace/symbol-index.js';
import { isIndexablePath, walkFolder } from '../src/workspace/walk.js';
import { seedText } from './support.js';

let root: string;
let outside: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dateline-ws-'));
  outside = mkdtempSync(join(tmpdir(), 'dateline-out-'));
  writeFileSync(join(root, 'nato.release.txt'), seedText);
  writeFileSync(join(root, 'notes.txt'), 'Shopping\n\n- milk\n- eggs\n');
  writeFileSync(join(root, 'code.ts'), seedText);
  for (const folder of ['node_modules/pkg', '.git', 'dist', 'drafts']) {
    mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, folder, 'copy.txt'), seedText);
  }
  writeFileSync(join(outside, 'elsewhere.txt'), seedText);
  symlinkSync(outside, join(root, 'linked'));
  symlinkSync(join(outside, 'elsewhere.txt'), join(root, 'link.txt'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('walkFolder', () => {
  it('finds text files, never in node_modules, .git, dist, excluded folders, nor through symlinks', async () => {
    const found: string[] = [];
    for await (const path of walkFolder(root, { maxFiles: 100, exclude: globMatcher(['drafts']) })) {
      found.push(path.slice(root.length + 1));
    }
    expect(found).toEqual(['nato.release.txt', 'notes.txt']);
  });

  it('stops at maxFiles', async () => {
    const found: string[] = [];
    for await (const path of walkFolder(root, { maxFiles: 1, exclude: () => false })) found.push(path);
    expect(found).toHaveLength(1);
  });
});

const none = () => false;

describe('isIndexablePath (files reported by the editor)', () => {
  it('refuses files outside the folders, under excluded or hidden folders, or of other kinds', () => {
    const roots = ['/work/ws'];
    expect(isIndexablePath('/work/ws/releases/a.txt', roots, none)).toBe(true);
    expect(isIndexablePath('/work/ws/node_modules/x/a.txt', roots, none)).toBe(false);
    expect(isIndexablePath('/work/ws/.git/a.txt', roots, none)).toBe(false);
    expect(isIndexablePath('/work/ws/build/a.md', roots, none)).toBe(false);
    expect(isIndexablePath('/work/other/a.txt', roots, none)).toBe(false);
    expect(isIndexablePath('/work/ws/a.ts', roots, none)).toBe(false);
    expect(isIndexablePath('/work/ws/drafts/a.txt', roots, globMatcher(['drafts']))).toBe(false);
  });
});

describe('SymbolIndex', () => {
  it('indexes only releases, and answers case-insensitive and fuzzy queries on names and aliases', async () => {
    const index = new SymbolIndex();
    const count = await index.indexFolders([root], {
      ...DEFAULT_SETTINGS.workspaceSymbols,
      exclude: ['drafts'],
    });
    expect(count).toBe(2);
    expect(index.size).toBe(1);
    const uri = pathToFileURL(join(root, 'nato.release.txt')).href;
    const stoltenberg = index.query('stolten');
    expect(stoltenberg[0]?.name).toBe('Jens Stoltenberg');
    expect(stoltenberg[0]?.location.uri).toBe(uri);
    expect(index.query('jstlt').some((s) => s.name === 'Jens Stoltenberg')).toBe(true);
    expect(index.query('zzzz')).toEqual([]);
  });

  it('skips files over maxFileSize', async () => {
    const index = new SymbolIndex();
    await index.indexFolders([root], { maxFiles: 10, maxFileSize: 100, exclude: [] });
    expect(index.size).toBe(0);
  });

  it('matches aliases', () => {
    expect(
      matchScore('alliance', { name: 'North Atlantic Treaty Organization', aliases: ['the Alliance'] }),
    ).toBe(2);
    expect(matchScore('north', { name: 'North Atlantic Treaty Organization', aliases: [] })).toBe(0);
  });
});

describe('DictionaryStore', () => {
  it("loads each folder's dateline.json and serves it to that folder's documents", async () => {
    writeFileSync(
      join(root, 'dateline.json'),
      JSON.stringify({ entities: [{ name: 'Acme', type: 'organization' }], ignore: ['Media'] }),
    );
    const store = new DictionaryStore();
    const folderUri = pathToFileURL(root).href;
    store.configure([{ uri: folderUri }], 'dateline.json');
    await store.reload();
    expect(store.dictionaryFor(`${folderUri}/a.txt`)).toEqual({
      entities: [{ name: 'Acme', type: 'organization' }],
      ignore: ['Media'],
    });
    expect(store.dictionaryFor('file:///elsewhere/a.txt')).toBeUndefined();
    expect(store.isDictionaryFile(`${folderUri}/dateline.json`)).toBe(true);
    expect(store.fileFor(`${folderUri}/a.txt`)?.exists).toBe(true);
  });

  it('keeps errors of a broken file for diagnostics on the file itself', async () => {
    writeFileSync(join(root, 'broken.json'), '{ "entities": [ }');
    const store = new DictionaryStore();
    const folderUri = pathToFileURL(root).href;
    store.configure([{ uri: folderUri }], 'broken.json');
    await store.reload();
    const errors = store.errorsByFile().get(`${folderUri}/broken.json`) ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(1);
  });
});
