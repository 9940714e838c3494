/** `dateline entities`: one table across releases, merged by type and name, with release dates. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateline, ROOT, SEED, tempFolder } from './helpers.js';

interface Table {
  schema: string;
  documents: number;
  entities: {
    name: string;
    type: string;
    documents: number;
    mentions: number;
    first: string | null;
    last: string | null;
    sources: string[];
  }[];
}

describe('dateline entities', () => {
  let folder: { path: string; remove: () => void };
  beforeAll(() => {
    folder = tempFolder('entities');
    const seed = readFileSync(join(ROOT, SEED), 'utf8');
    writeFileSync(join(folder.path, 'a-october-12.txt'), seed);
    // The same briefing a week later: the same people, a later release date.
    writeFileSync(
      join(folder.path, 'b-october-19.txt'),
      seed.replaceAll('12 October 2023', '19 October 2023'),
    );
    writeFileSync(
      join(folder.path, 'c-transcript.txt'),
      readFileSync(join(ROOT, 'packages/core/test/fixtures/transcript-briefing.txt')),
    );
  });
  afterAll(() => folder.remove());

  it('merges Jens Stoltenberg across releases with first and last release dates (json)', async () => {
    const result = await dateline(['entities', folder.path, '--format', 'json']);
    expect(result.status).toBe(0);
    const table = JSON.parse(result.stdout) as Table;
    expect(table.schema).toBe('dateline/entities@1');
    expect(table.documents).toBe(3);
    const stoltenberg = table.entities.filter((row) => row.name === 'Jens Stoltenberg');
    expect(stoltenberg).toHaveLength(1);
    expect(stoltenberg[0]).toMatchObject({
      type: 'person',
      documents: 2,
      first: '2023-10-12',
      last: '2023-10-19',
      sources: [join(folder.path, 'a-october-12.txt'), join(folder.path, 'b-october-19.txt')],
    });
    // Sorted: documents, then mentions, then name.
    const keys = table.entities.map((row) => [row.documents, row.mentions] as const);
    for (let i = 1; i < keys.length; i++) {
      const [d0, m0] = keys[i - 1] ?? [0, 0];
      const [d1, m1] = keys[i] ?? [0, 0];
      expect(d0 > d1 || (d0 === d1 && m0 >= m1)).toBe(true);
    }
  });

  it('filters with --types, --min-documents and --limit', async () => {
    const result = await dateline([
      'entities',
      folder.path,
      '--format',
      'json',
      '--types',
      'person,location',
      '--min-documents',
      '2',
      '--limit',
      '3',
    ]);
    const table = JSON.parse(result.stdout) as Table;
    expect(table.entities.length).toBeLessThanOrEqual(3);
    expect(table.entities.length).toBeGreaterThan(0);
    for (const row of table.entities) {
      expect(['person', 'location']).toContain(row.type);
      expect(row.documents).toBeGreaterThanOrEqual(2);
    }
  });

  it('prints aligned text columns and RFC 4180 csv', async () => {
    const text = await dateline(['entities', folder.path, '--types', 'person']);
    expect(text.status).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^entity +type +documents +mentions +first +last$/);
    const row = lines.find((line) => line.startsWith('Jens Stoltenberg '));
    expect(row).toMatch(/^Jens Stoltenberg +person +2 +\d+ +2023-10-12 +2023-10-19$/);
    // Columns line up: "type" starts at the same place on every line.
    const column = lines[0]?.indexOf('type');
    for (const line of lines.slice(1)) expect(line.indexOf('person')).toBe(column);

    const csv = await dateline(['entities', folder.path, '--types', 'person', '--format', 'csv']);
    const rows = csv.stdout.split('\r\n');
    expect(rows[0]).toBe('entity,type,documents,mentions,first,last');
    expect(rows.find((line) => line.startsWith('Jens Stoltenberg,'))).toMatch(
      /^Jens Stoltenberg,person,2,\d+,2023-10-12,2023-10-19$/,
    );
  });

  it('exits 1 for a missing input and 2 for a bad option value', async () => {
    const partial = await dateline(['entities', SEED, 'missing.txt']);
    expect(partial.status).toBe(1);
    expect(partial.stderr).toBe('dateline: missing.txt: no such file\n');
    expect(partial.stdout).toContain('Jens Stoltenberg');
    const usage = await dateline(['entities', SEED, '--min-documents', '0']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^dateline: .*--min-documents/);
  });
});
