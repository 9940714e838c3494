/** Offsets for other tools (code points, lines and columns), CSV cells, and the corpus index. */
import { analyze } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from '../src/format/csv.js';
import { filterTypes, parseTypeList } from '../src/format/filter-types.js';
import { codePointOffsets, linesAndColumns } from '../src/format/text-offsets.js';
import { indexEntities, mergeKey } from '../src/report/entity-index.js';

describe('codePointOffsets', () => {
  it('counts an emoji (a surrogate pair) as one', () => {
    const text = 'a😀b😀c';
    expect(codePointOffsets(text, [0, 1, 3, 4, 6, 7])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(codePointOffsets(text, [7, 0, 3])).toEqual([5, 0, 2]);
  });
});

describe('linesAndColumns', () => {
  it('counts \\n, \\r\\n and a lone \\r as line ends', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const [a, c, e, g] = linesAndColumns(text, [0, 3, 7, 10]);
    expect([a, c, e, g]).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    expect(linesAndColumns(text, [4])).toEqual([{ line: 2, column: 2 }]);
  });
});

describe('csvField', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvRow(['a', 'b,c'])).toBe('a,"b,c"\r\n');
  });

  it('prefixes cells a spreadsheet would run as a formula', () => {
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('+33 1 23')).toBe("'+33 1 23");
    expect(csvField('-ends-')).toBe("'-ends-");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('2023-10-12')).toBe('2023-10-12');
  });
});

describe('--types', () => {
  it('parses a list in the contract order and filters an analysis', () => {
    expect(parseTypeList(' Location, person ')).toEqual(['person', 'location']);
    expect(() => parseTypeList('person,planet')).toThrow(/Unknown type 'planet'/);
    expect(() => parseTypeList(',')).toThrow();
    const analysis = analyze('Jens Stoltenberg visited Brussels on 12 October 2023.');
    expect(filterTypes(analysis, ['location']).entities.every((e) => e.type === 'location')).toBe(true);
    expect(filterTypes(analysis, undefined)).toBe(analysis);
  });
});

describe('indexEntities', () => {
  const doc = (source: string, date: string | null, names: [string, 'person' | 'location', number][]) => ({
    source,
    analysis: {
      schema: 'dateline/analysis@1' as const,
      document: { title: null, date, place: null, sections: [], sentences: [] },
      entities: names.map(([name, type, mentions], i) => ({
        id: `e${i + 1}`,
        type,
        name,
        aliases: [],
        roles: [],
        mentions: Array.from({ length: mentions }, () => ({ start: 0, end: 0, text: name })),
        summary: '',
      })),
      notes: [],
    },
  });

  it('merges by type and name, case and spacing ignored, and sorts by documents, mentions, name', () => {
    const rows = indexEntities([
      doc('a.txt', '2023-10-12', [
        ['Jens Stoltenberg', 'person', 3],
        ['Brussels', 'location', 1],
      ]),
      doc('b.txt', '2023-10-19', [
        ['JENS  STOLTENBERG', 'person', 1],
        ['Kosovo', 'location', 5],
      ]),
      doc('c.txt', null, [
        ['jens stoltenberg', 'person', 1],
        ['Jens Stoltenberg', 'location', 1],
      ]),
    ]);
    expect(rows.map((row) => [row.name, row.type, row.documents.length, row.mentions])).toEqual([
      ['Jens Stoltenberg', 'person', 3, 5],
      ['Kosovo', 'location', 1, 5],
      ['Brussels', 'location', 1, 1],
      ['Jens Stoltenberg', 'location', 1, 1],
    ]);
    expect(rows[0]).toMatchObject({ first: '2023-10-12', last: '2023-10-19' });
    expect(rows[3]).toMatchObject({ first: null, last: null });
    expect(mergeKey('person', ' Jens\n Stoltenberg ')).toBe(mergeKey('person', 'jens stoltenberg'));
  });
});
