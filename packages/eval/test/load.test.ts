import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusError, parseJsonLines } from '../src/jsonl.js';
import { loadRe3d } from '../src/re3d/load.js';
import { RE3D_DEV_FOLDERS } from '../src/re3d/split.js';
import { mapRe3dType } from '../src/re3d/type-map.js';
import { writeSyntheticRe3d } from './support/synthetic-re3d.js';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-eval-load-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadRe3d', () => {
  it('reads the folders of a split, gold above the confidence threshold, types mapped', () => {
    const dir = tempDir();
    writeSyntheticRe3d(dir);
    const dev = loadRe3d(dir, 'dev');
    expect(dev.documents.map((d) => d.source)).toEqual(RE3D_DEV_FOLDERS);
    expect(dev.belowConfidence).toBe(RE3D_DEV_FOLDERS.length);
    const first = dev.documents[0];
    expect(first?.gold.map((g) => [g.type, first.text.slice(g.start, g.end)])).toEqual([
      ['person', 'Minister Jane Doe'],
      ['location', 'Ruritania'],
      ['organization', 'the Acme Corporation'],
      ['date', '3 May 2000'],
    ]);
    expect(loadRe3d(dir, 'test').documents.map((d) => d.source)).toEqual(['centcom']);
    expect(loadRe3d(dir, 'all').documents).toHaveLength(RE3D_DEV_FOLDERS.length + 1);
  });

  it('names the path when the corpus is absent', () => {
    const missing = join(tempDir(), 'nowhere');
    expect(() => loadRe3d(missing, 'dev')).toThrow(CorpusError);
    expect(() => loadRe3d(missing, 'dev')).toThrow(`re3d corpus not found: ${missing}`);
  });

  it('names the folder of the split that is missing', () => {
    const dir = tempDir();
    writeSyntheticRe3d(dir);
    rmSync(join(dir, 'centcom'), { recursive: true });
    expect(() => loadRe3d(dir, 'dev')).not.toThrow();
    expect(() => loadRe3d(dir, 'test')).toThrow(join(dir, 'centcom'));
  });

  it('names the file and line of a malformed line', () => {
    const dir = tempDir();
    writeSyntheticRe3d(dir);
    const path = join(dir, 'wikipedia', 'entities.json');
    writeFileSync(path, '{"_id": "x"}\n');
    expect(() => loadRe3d(dir, 'dev')).toThrow(`${path}:1: field 'documentId' missing or not a string`);
    writeFileSync(path, '\n{not json\n');
    expect(() => loadRe3d(dir, 'dev')).toThrow(new RegExp(`^${escapeRegExp(path)}:2: not valid JSON`));
  });

  it('rejects offsets outside the document and entities of unknown documents', () => {
    const dir = tempDir();
    writeSyntheticRe3d(dir);
    const path = join(dir, 'wikipedia', 'entities.json');
    const line = { documentId: 'DOC4', begin: 5, end: 500, type: 'Person', confidence: 1 };
    writeFileSync(path, JSON.stringify(line));
    expect(() => loadRe3d(dir, 'dev')).toThrow(`${path}:1: offsets 5..500 outside the document`);
    writeFileSync(path, JSON.stringify({ ...line, end: 6, documentId: 'NOPE' }));
    expect(() => loadRe3d(dir, 'dev')).toThrow(`${path}:1: document 'NOPE' is not in documents.json`);
  });

  it('names a missing file', () => {
    const dir = tempDir();
    writeSyntheticRe3d(dir);
    rmSync(join(dir, 'uk-government', 'documents.json'));
    expect(() => loadRe3d(dir, 'dev')).toThrow(
      `${join(dir, 'uk-government', 'documents.json')}: file not found`,
    );
  });

  it('counts confident annotations of unknown types instead of guessing', () => {
    const dir = tempDir();
    writeSyntheticRe3d(dir);
    const path = join(dir, 'wikipedia', 'entities.json');
    writeFileSync(
      path,
      JSON.stringify({ documentId: 'DOC4', begin: 0, end: 4, type: 'Colour', confidence: 1 }),
    );
    expect(loadRe3d(dir, 'dev').unmappedTypes).toEqual({ Colour: 1 });
  });
});

describe('parseJsonLines', () => {
  it('skips blank lines, accepts CRLF and a byte order mark', () => {
    expect(parseJsonLines('\ufeff{"a":1}\r\n\r\n{"a":2}\r\n', 'f').map((l) => [l.where, l.value])).toEqual([
      ['f:1', { a: 1 }],
      ['f:3', { a: 2 }],
    ]);
  });

  it('wants an object on each line', () => {
    expect(() => parseJsonLines('[1]', 'f')).toThrow('f:1: expected a JSON object on each line');
  });
});

describe('the type mapping', () => {
  it.each([
    ['Person', 'person'],
    ['Organisation', 'organization'],
    ['Location', 'location'],
    ['Coordinate', 'location'],
    ['Nationality', 'nationality'],
    ['Temporal', 'date'],
    ['Money', 'money'],
    ['Quantity', 'quantity'],
    ['Frequency', 'quantity'],
    ['Weapon', 'equipment'],
    ['MilitaryPlatform', 'equipment'],
    ['Vehicle', 'equipment'],
    ['DocumentReference', 'document'],
    ['CommsIdentifier', 'contact'],
  ])('%s → %s', (re3d, dateline) => {
    expect(mapRe3dType(re3d)).toBe(dateline);
  });

  it('knows nothing else', () => {
    expect(mapRe3dType('toString')).toBeUndefined();
    expect(mapRe3dType('person')).toBeUndefined();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
