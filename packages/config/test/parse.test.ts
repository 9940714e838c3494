import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA, formatConfigError, parseConfig } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The errors as the CLI prints them. */
function problems(text: string): string[] {
  return parseConfig(text, 'dateline.json').errors.map(formatConfigError);
}

describe('parseConfig', () => {
  it('reads entities, aliases and ignored words', () => {
    const text = JSON.stringify({
      $schema: 'https://dateline.dev/schema/dateline-config-1.json',
      entities: [
        { name: 'Kosovo Force', type: 'organization', aliases: ['KFOR'] },
        { name: 'Steadfast Noon', type: 'event' },
      ],
      ignore: ['Media', 'Leave a Reply'],
    });
    expect(parseConfig(text, 'dateline.json')).toEqual({
      config: {
        dictionary: {
          entities: [
            { name: 'Kosovo Force', type: 'organization', aliases: ['KFOR'] },
            { name: 'Steadfast Noon', type: 'event' },
          ],
          ignore: ['Media', 'Leave a Reply'],
        },
      },
      errors: [],
      warnings: [],
    });
  });

  it('accepts comments and trailing commas', () => {
    const text = [
      '// Names for the press office',
      '{',
      '  /* always an organisation */',
      '  "entities": [',
      '    { "name": "Grand National Assembly", "type": "organization", "aliases": ["the Assembly",], },',
      '  ],',
      '}',
    ].join('\n');
    const { config, errors } = parseConfig(text, 'dateline.json');
    expect(errors).toEqual([]);
    expect(config.dictionary.entities).toEqual([
      { name: 'Grand National Assembly', type: 'organization', aliases: ['the Assembly'] },
    ]);
  });

  it('treats an empty file as an empty dictionary', () => {
    expect(parseConfig('', 'dateline.json')).toEqual({
      config: { dictionary: {} },
      errors: [],
      warnings: [],
    });
    expect(parseConfig('\uFEFF  \n', 'dateline.json').errors).toEqual([]);
  });

  it('places a wrong type at the value, listing the allowed ones', () => {
    const text = [
      '{',
      '  "entities": [',
      '    { "name": "NATO", "type": "organization" },',
      '    { "name": "Brussels", "type": "city" }',
      '  ]',
      '}',
    ].join('\n');
    expect(problems(text)).toEqual([
      'dateline.json:4:35: entities[1].type: must be one of person, organization, location, nationality, role, event, date, money, quantity, document, equipment, contact',
    ]);
    // The valid entity is still usable.
    expect(parseConfig(text, 'dateline.json').config.dictionary.entities).toEqual([
      { name: 'NATO', type: 'organization' },
    ]);
  });

  it('reports unknown keys at the key, with a suggestion', () => {
    const text = [
      '{',
      '  "entites": [],',
      '  "entities": [{ "name": "NATO", "type": "organization", "alias": ["x"] }]',
      '}',
    ].join('\n');
    expect(problems(text)).toEqual([
      'dateline.json:2:3: entites: unknown key; did you mean "entities"?',
      'dateline.json:3:58: entities[0].alias: unknown key; did you mean "aliases"?',
    ]);
    expect(problems('{ "colour": 1 }')).toEqual([
      'dateline.json:1:3: colour: unknown key (allowed: $schema, entities or ignore)',
    ]);
  });

  it('reports missing fields at the entity, and wrong shapes at the value', () => {
    const text = ['{', '  "entities": [{ "name": "NATO" }, "EU"],', '  "ignore": "Media"', '}'].join('\n');
    expect(problems(text)).toEqual([
      'dateline.json:2:16: entities[0]: missing "type"',
      'dateline.json:2:36: entities[1]: must be an object ({…})',
      'dateline.json:3:13: ignore: must be a list ([…])',
    ]);
  });

  it('reports empty names and words', () => {
    const text = '{ "entities": [{ "name": "", "type": "event" }], "ignore": [""] }';
    expect(problems(text)).toEqual([
      'dateline.json:1:26: entities[0].name: must not be empty',
      'dateline.json:1:61: ignore[0]: must not be empty',
    ]);
  });

  it('reports syntax errors where they are', () => {
    expect(problems('{\n  "ignore": ["Media" "Share this"]\n}')).toEqual([
      'dateline.json:2:22: expected "," between entries',
    ]);
    expect(problems('{\n  ignore: []\n}')).toEqual([
      'dateline.json:2:3: unexpected ignore (keys and words need double quotes)',
    ]);
    expect(problems('{ "ignore": [] ')).toEqual(['dateline.json:1:16: expected "}" to close the object']);
    expect(problems('[]')).toEqual(['dateline.json:1:1: must be an object ({…})']);
  });

  it('warns about a name declared twice, without making it an error', () => {
    const text = [
      '{ "entities": [',
      '  { "name": "NATO", "type": "organization" },',
      '  { "name": "NATO", "type": "event" }',
      '] }',
    ].join('\n');
    const { errors, warnings } = parseConfig(text, 'dateline.json');
    expect(errors).toEqual([]);
    expect(warnings.map(formatConfigError)).toEqual([
      'dateline.json:3:13: entities[1].name: "NATO" is already declared in entities[0]; the first one is used',
    ]);
  });

  it('warns about a word both declared and ignored', () => {
    const text =
      '{ "entities": [{ "name": "Kosovo Force", "type": "organization", "aliases": ["KFOR"] }],\n  "ignore": ["Media", "KFOR"] }';
    expect(parseConfig(text, 'dateline.json').warnings.map(formatConfigError)).toEqual([
      'dateline.json:2:23: ignore[1]: "KFOR" is also declared in entities[0]; ignoring wins, so it is never recognised',
    ]);
  });

  it('never throws, whatever the input', () => {
    for (const text of ['{', '}', '{"entities": [', '\u0000', '{"a":1,,}', 'null', '"x"', '1e999', '/*']) {
      expect(() => parseConfig(text, 'x.json')).not.toThrow();
      expect(parseConfig(text, 'x.json').errors.length).toBeGreaterThan(0);
    }
  });

  it('counts lines with CRLF and CR line ends', () => {
    expect(problems('{\r\n  "colour": 1\r\n}')).toEqual([
      'dateline.json:2:3: colour: unknown key (allowed: $schema, entities or ignore)',
    ]);
    expect(problems('{\r  "colour": 1\r}')[0]).toMatch(/^dateline\.json:2:3:/);
  });
});

describe('CONFIG_SCHEMA', () => {
  it('is the same as docs/schema/dateline-config-1.json', () => {
    const file = JSON.parse(
      readFileSync(join(here, '..', '..', '..', 'docs', 'schema', 'dateline-config-1.json'), 'utf8'),
    );
    expect(file).toEqual(JSON.parse(JSON.stringify(CONFIG_SCHEMA)));
  });
});
