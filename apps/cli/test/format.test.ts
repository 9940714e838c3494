import { describe, expect, it } from 'vitest';
import { toOutputObject } from '../src/format/document.js';
import { DEFAULT_FORMAT, describeFormats, findFormatter, formatNames } from '../src/format/registry.js';
import { entityLine, renderDocument } from '../src/format/text.js';
import type { AnalysedDocument, Formatter } from '../src/format/types.js';
import { emptyAnalysis, natoAnalysis } from './fixtures.js';

const nato: AnalysedDocument = { source: 'seeds/nato.txt', analysis: natoAnalysis };
const empty: AnalysedDocument = { source: '-', analysis: emptyAnalysis };

function format(name: string): Formatter {
  const formatter = findFormatter(name);
  if (formatter === undefined) throw new Error(`no format ${name}`);
  return formatter;
}

function render(name: string, docs: AnalysedDocument[], multiple: boolean): string {
  const session = format(name).start({ multiple });
  return docs.map((doc) => session.document(doc)).join('') + session.end();
}

describe('registry', () => {
  it('lists text, json, jsonl, csv, brat and conll, text first and default', () => {
    expect(formatNames()).toEqual(['text', 'json', 'jsonl', 'csv', 'brat', 'conll']);
    expect(DEFAULT_FORMAT).toBe('text');
    expect(findFormatter('xml')).toBeUndefined();
    expect(describeFormats()).toMatch(/^ {2}text {3}a readable listing/);
  });
});

describe('output object', () => {
  it('puts schema first, source second, then the analysis in its order', () => {
    expect(Object.keys(toOutputObject(nato))).toEqual(['schema', 'source', 'document', 'entities', 'notes']);
  });

  it('keeps fields the core adds later', () => {
    const analysis = { ...natoAnalysis, extra: 1 };
    expect(Object.keys(toOutputObject({ source: 'x', analysis }))).toEqual([
      'schema',
      'source',
      'document',
      'entities',
      'notes',
      'extra',
    ]);
  });
});

describe('json', () => {
  it('prints one pretty object for a single input', () => {
    expect(render('json', [nato], false)).toBe(`${JSON.stringify(toOutputObject(nato), null, 2)}\n`);
  });

  it('streams exactly what JSON.stringify prints for an array', () => {
    const docs = [nato, empty, nato];
    expect(render('json', docs, true)).toBe(`${JSON.stringify(docs.map(toOutputObject), null, 2)}\n`);
    expect(render('json', [nato], true)).toBe(`${JSON.stringify([toOutputObject(nato)], null, 2)}\n`);
    expect(render('json', [], true)).toBe('[]\n');
  });

  it('indents by lines only, so a raw U+2028 inside a string stays intact', () => {
    const odd: AnalysedDocument = {
      source: 'odd\u2028name\r.txt',
      analysis: { ...emptyAnalysis, document: { ...emptyAnalysis.document, title: 'a\u2028b\u2029c' } },
    };
    const printed = render('json', [odd, nato], true);
    expect(printed).toBe(`${JSON.stringify([odd, nato].map(toOutputObject), null, 2)}\n`);
    expect(JSON.parse(printed)[0].document.title).toBe('a\u2028b\u2029c');
  });
});

describe('jsonl', () => {
  it('prints one compact object per line', () => {
    const printed = render('jsonl', [nato, empty], true);
    const lines = printed.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0] ?? '')).toEqual(toOutputObject(nato));
    expect(JSON.parse(lines[1] ?? '')).toEqual(toOutputObject(empty));
  });
});

describe('text', () => {
  it('lists headline, place and date, then entities by type in the contract order', () => {
    expect(renderDocument(nato)).toBe(
      [
        'seeds/nato.txt',
        '  NATO Secretary General, Press Conference at Defence Ministers Meeting',
        '  Brussels · 2023-10-12',
        '',
        '  person (2)',
        '    Jens Stoltenberg ×3 (aka Mr. Stoltenberg) — Secretary General of NATO',
        '    Lloyd J. Austin III ×2 — Secretary of Defense',
        '',
        '  organization (1)',
        '    NATO ×5',
        '',
        '  location (1)',
        '    Brussels ×1',
        '',
        '  date (1)',
        '    Thursday ×1 → 2023-10-12',
        '',
        '  notes (1)',
        '    weekday-mismatch: Thursday is not that date',
        '',
      ].join('\n'),
    );
  });

  it('gives a length of time its ISO 8601 duration', () => {
    const months = {
      id: 'e1',
      type: 'date',
      name: '78 months',
      aliases: [],
      roles: [],
      mentions: [{ start: 27, end: 36, text: '78 months' }],
      summary: '78 months, a length of time; 1 mention.',
      duration: 'P78M',
    } as const;
    expect(entityLine({ ...months, aliases: [], roles: [], mentions: [...months.mentions] }, new Map())).toBe(
      '78 months ×1 → P78M (a length of time)',
    );
  });

  it('says so when there is no headline and no entities', () => {
    expect(renderDocument(empty)).toBe('-\n  (no headline)\n\n  no entities\n');
  });

  it('keeps every entity on one line and escapes control characters', () => {
    const [nato0] = natoAnalysis.entities;
    if (nato0 === undefined) throw new Error('fixture has entities');
    const messy: AnalysedDocument = {
      source: 'x.txt',
      analysis: { ...emptyAnalysis, entities: [{ ...nato0, name: 'North\nAtlantic\u001b Alliance' }] },
    };
    expect(renderDocument(messy)).toContain('    North Atlantic\\x1b Alliance ×5\n');
  });

  it('separates documents with a blank line', () => {
    const printed = render('text', [empty, empty], true);
    expect(printed).toBe('-\n  (no headline)\n\n  no entities\n\n-\n  (no headline)\n\n  no entities\n');
  });
});
