/** `dateline extract` on the seed: every format, folders, stdin, order, determinism. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateline, hasStackTrace, lines, parseJsonl, ROOT, SCHEMA, SEED, tempFolder } from './helpers.js';

const folder = tempFolder('formats');
afterAll(folder.remove);

describe('formats on the seed', () => {
  it('json: one pretty object, schema first and source as given', async () => {
    const result = await dateline(['extract', SEED, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const parsed = JSON.parse(result.stdout);
    expect(Array.isArray(parsed)).toBe(false);
    expect(Object.keys(parsed).slice(0, 5)).toEqual(['schema', 'source', 'document', 'entities', 'notes']);
    expect(parsed.schema).toBe(SCHEMA);
    expect(parsed.source).toBe(SEED);
    expect(Array.isArray(parsed.entities)).toBe(true);
    expect(result.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });

  it('jsonl: one compact line per input', async () => {
    const result = await dateline(['extract', SEED, SEED, '--format', 'jsonl']);
    expect(result.status).toBe(0);
    const docs = parseJsonl(result.stdout);
    expect(docs).toHaveLength(2);
    for (const doc of docs) {
      expect(doc.schema).toBe(SCHEMA);
      expect(doc.source).toBe(SEED);
    }
    expect(lines(result.stdout)[0]).toBe(JSON.stringify(docs[0]));
  });

  it('json with several inputs: an array, same objects as jsonl', async () => {
    const [json, jsonl] = await Promise.all([
      dateline(['extract', SEED, SEED, '--format', 'json']),
      dateline(['extract', SEED, SEED, '--format', 'jsonl']),
    ]);
    expect(json.status).toBe(0);
    const array = JSON.parse(json.stdout);
    expect(array).toEqual(parseJsonl(jsonl.stdout));
    expect(json.stdout).toBe(`${JSON.stringify(array, null, 2)}\n`);
  });

  it('text (the default): the source, then the headline line, then groups or "no entities"', async () => {
    const [implicit, explicit] = await Promise.all([
      dateline(['extract', SEED]),
      dateline(['extract', SEED, '--format', 'text']),
    ]);
    expect(implicit.status).toBe(0);
    expect(implicit.stdout).toBe(explicit.stdout);
    const output = lines(implicit.stdout);
    expect(output[0]).toBe(SEED);
    expect(output[1]).toMatch(/^ {2}\S/);
    expect(implicit.stdout).toMatch(/\n\n {2}(no entities|[a-z]+ \(\d+\))\n/);
    for (const line of output.slice(1)) expect(line === '' || line.startsWith('  ')).toBe(true);
  });

  it('is byte-for-byte deterministic', async () => {
    for (const format of ['text', 'json', 'jsonl']) {
      const runs = await Promise.all(
        [1, 2].map(() => dateline(['extract', SEED, 'seeds', '--format', format])),
      );
      expect(runs[0]?.stdoutBytes.equals(runs[1]?.stdoutBytes ?? Buffer.alloc(0))).toBe(true);
    }
  });

  it('text: documents in input order, separated by a blank line', async () => {
    const result = await dateline(['extract', SEED, '-'], { input: 'Short text.' });
    expect(result.status).toBe(0);
    const blocks = result.stdout.split(/\n\n(?=\S)/);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.startsWith(`${SEED}\n`)).toBe(true);
    expect(blocks[1]?.startsWith('-\n')).toBe(true);
  });
});

describe('folders', () => {
  let tree: string;
  beforeAll(() => {
    tree = join(folder.path, 'tree');
    const files: Record<string, string> = {
      'b.txt': 'B',
      'A.txt': 'A',
      'a.md': 'a',
      'notes.json': '{}',
      'sub/c.txt': 'C',
      'sub/deeper/d.md': 'D',
      'zz.txt': 'Z',
      'node_modules/pkg/readme.txt': 'skip',
      '.git/HEAD.txt': 'skip',
      '.cache/e.txt': 'skip',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(tree, path, '..'), { recursive: true });
      writeFileSync(join(tree, path), text);
    }
  });

  it('recurses in sorted order, .txt and .md only, skipping node_modules, .git and dot-folders', async () => {
    const result = await dateline(['extract', tree, '--format', 'jsonl']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual(
      ['A.txt', 'a.md', 'b.txt', 'sub/c.txt', 'sub/deeper/d.md', 'zz.txt'].map((name) => join(tree, name)),
    );
  });

  it('names files found under a relative folder relative to it', async () => {
    for (const arg of ['seeds', 'seeds/']) {
      const result = await dateline(['extract', arg, '--format', 'jsonl']);
      expect(result.status).toBe(0);
      expect(parseJsonl(result.stdout).map((doc) => doc.source)).toContain(SEED);
    }
  });

  it('json of one folder is an array, even with one file in it', async () => {
    const result = await dateline(['extract', 'seeds', '--format', 'json']);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed.map((doc: { source: string }) => doc.source)).toContain(SEED);
  });

  it('writes inputs in command-line order, folders expanded in place', async () => {
    const result = await dateline([
      'extract',
      join(tree, 'zz.txt'),
      SEED,
      join(tree, 'sub'),
      '--format',
      'jsonl',
    ]);
    expect(result.status).toBe(0);
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual([
      join(tree, 'zz.txt'),
      SEED,
      join(tree, 'sub', 'c.txt'),
      join(tree, 'sub', 'deeper', 'd.md'),
    ]);
  });

  it('reads a file named directly whatever its extension', async () => {
    const result = await dateline(['extract', join(tree, 'notes.json'), '--format', 'jsonl']);
    expect(result.status).toBe(0);
    expect(parseJsonl(result.stdout)[0]?.source).toBe(join(tree, 'notes.json'));
  });
});

describe('stdin', () => {
  it('- reads stdin, source "-", same analysis as the file', async () => {
    const text = readFileSync(join(ROOT, SEED), 'utf8');
    const [piped, file] = await Promise.all([
      dateline(['extract', '-', '--format', 'json'], { input: text }),
      dateline(['extract', SEED, '--format', 'json']),
    ]);
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
    const fromStdin = JSON.parse(piped.stdout);
    expect(fromStdin.source).toBe('-');
    expect({ ...fromStdin, source: SEED }).toEqual(JSON.parse(file.stdout));
  });

  it('- mixes with files, in order', async () => {
    const result = await dateline(['extract', SEED, '-', SEED, '--format', 'jsonl'], {
      input: 'Brussels, 12 October.',
    });
    expect(result.status).toBe(0);
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual([SEED, '-', SEED]);
  });

  it('empty stdin is an empty document', async () => {
    const result = await dateline(['extract', '-', '--format', 'json'], { input: '' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ schema: SCHEMA, source: '-', entities: [] });
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});
