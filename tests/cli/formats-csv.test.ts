/** `dateline extract --format csv`: one RFC 4180 row per mention, safe to open in a spreadsheet. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateline, ROOT, SEED, tempFolder } from './helpers.js';

const HEADER = 'source,entity_id,type,name,mention,start,end,line,column,title,value,pronoun';

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
    i++;
  }
  expect(field).toBe('');
  expect(record).toEqual([]);
  return records;
}

function rowsOf(stdout: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(stdout);
  expect(header?.join(',')).toBe(HEADER);
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ''])));
}

describe('dateline extract --format csv', () => {
  it('has the row for "Mr. Stoltenberg" with offsets, line and column that point at it', async () => {
    const seed = readFileSync(join(ROOT, SEED), 'utf8');
    const result = await dateline(['extract', SEED, '--format', 'csv']);
    expect(result.status).toBe(0);
    expect(result.stdout.endsWith('\r\n')).toBe(true);
    const rows = rowsOf(result.stdout);
    // His "I" rows say they are pronouns, so a spreadsheet can filter them out.
    const pronouns = rows.filter((row) => row.name === 'Jens Stoltenberg' && row.pronoun === 'yes');
    expect(pronouns.map((row) => row.mention)).toEqual(['I', 'I', 'I', 'I']);
    const mr = rows.find((row) => row.mention === 'Stoltenberg' && row.title === 'Mr.');
    expect(mr).toMatchObject({ source: SEED, type: 'person', name: 'Jens Stoltenberg' });
    const start = Number(mr?.start);
    const end = Number(mr?.end);
    expect(seed.slice(start, end)).toBe('Stoltenberg');
    expect(seed.slice(start - 4, start)).toBe('Mr. ');
    const lines = seed.slice(0, start).split('\n');
    expect(Number(mr?.line)).toBe(lines.length);
    expect(Number(mr?.column)).toBe((lines.at(-1)?.length ?? 0) + 1);
    // Every row: the mention is the text at its offsets; rows in text order; dates carry their value.
    for (const row of rows) expect(seed.slice(Number(row.start), Number(row.end))).toBe(row.mention);
    const starts = rows.map((row) => Number(row.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(rows.some((row) => row.type === 'date' && row.value === '2023-10-12')).toBe(true);
  });

  it('quotes fields per RFC 4180 and defuses spreadsheet formulas', async () => {
    const folder = tempFolder('csv');
    try {
      const seed = readFileSync(join(ROOT, SEED));
      const names = ['=HYPERLINK("x").txt', 'a, "quoted" name.txt', '@sum.txt'];
      for (const name of names) writeFileSync(join(folder.path, name), seed);
      const result = await dateline(['extract', ...names, '--format', 'csv'], { cwd: folder.path });
      expect(result.status).toBe(0);
      expect(result.stdout.split('\r\n')[0]).toBe(HEADER);
      expect(result.stdout).toContain(`"'=HYPERLINK(""x"").txt",`);
      expect(result.stdout).toContain('"a, ""quoted"" name.txt",');
      expect(result.stdout).toContain("\r\n'@sum.txt,");
      const sources = new Set(rowsOf(result.stdout).map((row) => row.source));
      expect([...sources]).toEqual([`'${names[0]}`, names[1], `'${names[2]}`]);
    } finally {
      folder.remove();
    }
  });

  it('prints the header alone when nothing could be read', async () => {
    const result = await dateline(['extract', 'missing.txt', '--format', 'csv']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`${HEADER}\r\n`);
  });
});
