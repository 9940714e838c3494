import type { TextEdit } from '@dateline/core';
import { describe, expect, it } from 'vitest';
import { addEntityToConfigText, addIgnoreToConfigText, CONFIG_SCHEMA_ID, parseConfig } from '../src/index.js';

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const commented = [
  '{',
  '  // Names the press office uses',
  '  "entities": [',
  '    { "name": "Kosovo Force", "type": "organization", "aliases": ["KFOR"] }, // NATO mission',
  '  ],',
  '  /* residue the tool should skip */',
  '  "ignore": ["Leave a Reply"]',
  '}',
  '',
].join('\n');

describe('addEntityToConfigText', () => {
  it('appends to the list, keeping comments and formatting', () => {
    const after = apply(
      commented,
      addEntityToConfigText(commented, { name: 'Steadfast Noon', type: 'event' }),
    );
    const { config, errors } = parseConfig(after, 'dateline.json');
    expect(errors).toEqual([]);
    expect(config.dictionary.entities).toEqual([
      { name: 'Kosovo Force', type: 'organization', aliases: ['KFOR'] },
      { name: 'Steadfast Noon', type: 'event' },
    ]);
    expect(after).toContain('// Names the press office uses');
    expect(after).toContain('// NATO mission');
    expect(after).toContain('/* residue the tool should skip */');
    // One line added after the last entity, in the file's own style; nothing else changes.
    expect(after).toBe(
      commented.replace(
        '// NATO mission\n',
        '// NATO mission\n    { "name": "Steadfast Noon", "type": "event" },\n',
      ),
    );
  });

  it('puts the comma before a comment that follows the last entry', () => {
    const text = '{\n  "entities": [\n    { "name": "A", "type": "event" } // first\n  ]\n}\n';
    expect(apply(text, addEntityToConfigText(text, { name: 'B', type: 'event' }))).toBe(
      '{\n  "entities": [\n    { "name": "A", "type": "event" }, // first\n    { "name": "B", "type": "event" }\n  ]\n}\n',
    );
  });

  it('creates the list when the file has none', () => {
    const text = '{\n\t"ignore": ["Media"]\n}\n';
    const after = apply(
      text,
      addEntityToConfigText(text, { name: 'KFOR', type: 'organization', aliases: [] }),
    );
    expect(parseConfig(after, 'dateline.json').config.dictionary).toEqual({
      entities: [{ name: 'KFOR', type: 'organization' }],
      ignore: ['Media'],
    });
    expect(after).toContain('\t"ignore"');
  });

  it('writes a whole new file, with $schema, for an empty text', () => {
    const edits = addEntityToConfigText('', {
      name: 'Kosovo Force',
      type: 'organization',
      aliases: ['KFOR'],
    });
    expect(edits).toEqual([
      {
        start: 0,
        end: 0,
        text: `${JSON.stringify(
          {
            $schema: CONFIG_SCHEMA_ID,
            entities: [{ name: 'Kosovo Force', type: 'organization', aliases: ['KFOR'] }],
          },
          null,
          2,
        )}\n`,
      },
    ]);
  });

  it('adds nothing when the name is declared already or the file is broken', () => {
    expect(addEntityToConfigText(commented, { name: 'Kosovo Force', type: 'event' })).toEqual([]);
    expect(addEntityToConfigText('{ "entities": [', { name: 'X', type: 'event' })).toEqual([]);
    expect(addEntityToConfigText('[]', { name: 'X', type: 'event' })).toEqual([]);
    expect(addEntityToConfigText('{ "entities": {} }', { name: 'X', type: 'event' })).toEqual([]);
  });

  it('keeps CRLF line ends', () => {
    const text = '{\r\n  "entities": [\r\n    { "name": "A", "type": "event" }\r\n  ]\r\n}\r\n';
    const after = apply(text, addEntityToConfigText(text, { name: 'B', type: 'event' }));
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parseConfig(after, 'x').config.dictionary.entities?.map((e) => e.name)).toEqual(['A', 'B']);
  });
});

describe('addIgnoreToConfigText', () => {
  it('appends a word, keeping comments', () => {
    const after = apply(commented, addIgnoreToConfigText(commented, 'Share this'));
    expect(parseConfig(after, 'dateline.json').config.dictionary.ignore).toEqual([
      'Leave a Reply',
      'Share this',
    ]);
    expect(after).toBe(commented.replace('["Leave a Reply"]', '["Leave a Reply", "Share this"]'));
  });

  it('writes a new file for an empty text, and adds nothing twice', () => {
    const created = apply('', addIgnoreToConfigText('', 'Media'));
    expect(parseConfig(created, 'dateline.json')).toEqual({
      config: { dictionary: { ignore: ['Media'] } },
      errors: [],
      warnings: [],
    });
    expect(created).toContain(`"$schema": "${CONFIG_SCHEMA_ID}"`);
    expect(addIgnoreToConfigText(created, 'Media')).toEqual([]);
  });
});
