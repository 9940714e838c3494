/**
 * The checks themselves are known to bite: the schema rejects malformed analyses, stays in step with
 * types.ts, and the offset-invariant checker reports each kind of violation. A hand-made analysis that
 * uses every field of the data model is the known-good starting point of every case.
 */
import { describe, expect, it } from 'vitest';
import {
  type Analysis,
  type DocumentInfo,
  ENTITY_TYPES,
  type Entity,
  type Mention,
  NOTE_CODES,
  type Note,
  type NoteFix,
  type Role,
  SCHEMA_ID,
  SECTION_KINDS,
  type Section,
  type Span,
  type TextEdit,
} from '../src/types.js';
import { offsetInvariantViolations } from './support/offset-invariant.js';
import { loadSchema, strictAjv, validateAnalysis } from './support/validate-analysis.js';

const text = [
  'NATO Press Release',
  '',
  'BRUSSELS, 12 October 2023 – Secretary General Jens Stoltenberg met Turkish ministers 😀 in Brussels and Türkiye.',
  '',
  '“We stand together,” Mr. Stoltenberg said.',
  '',
  '- Ukraine: $1.5 billion',
  '- Air defence: 20 systems',
  '',
  'Contact: press@hq.nato.int',
  '',
].join('\n');

/** The `nth` (1-based) occurrence of `needle` in the sample text, as a span. */
function span(needle: string, nth = 1): Span {
  let start = -1;
  for (let i = 0; i < nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`sample text has no occurrence ${nth} of ${needle}`);
  }
  return { start, end: start + needle.length, text: needle };
}

function range(needle: string, nth = 1): { start: number; end: number } {
  const { start, end } = span(needle, nth);
  return { start, end };
}

function entity(
  id: string,
  type: Entity['type'],
  name: string,
  mentions: Mention[],
  extra: Partial<Entity> = {},
): Entity {
  return {
    id,
    type,
    name,
    aliases: [],
    roles: [],
    mentions,
    summary: `${name}; ${mentions.length} mention(s).`,
    ...extra,
  };
}

const leadLine = text.split('\n')[2] ?? '';
const quoteLine = '“We stand together,” Mr. Stoltenberg said.';

/** A valid analysis of `text` that uses every field of the data model, `source` included. */
function sample(): Analysis & { source?: string } {
  return {
    schema: SCHEMA_ID,
    source: 'seeds/sample.txt',
    document: {
      title: 'NATO Press Release',
      date: '2023-10-12',
      place: 'Brussels',
      sections: [
        { kind: 'title', ...range('NATO Press Release') },
        { kind: 'dateline', ...range('BRUSSELS, 12 October 2023') },
        { kind: 'lead', ...range(leadLine) },
        { kind: 'body', ...range(quoteLine) },
        {
          kind: 'quote',
          ...range('“We stand together,”'),
          speaker: span('Mr. Stoltenberg'),
          speakerId: 'e5',
        },
        {
          kind: 'list',
          ...range('- Ukraine: $1.5 billion\n- Air defence: 20 systems'),
          items: [range('- Ukraine: $1.5 billion'), range('- Air defence: 20 systems')],
        },
        { kind: 'contact', ...range('Contact: press@hq.nato.int') },
      ],
      sentences: [range('NATO Press Release'), range(leadLine), range(quoteLine)],
    },
    entities: [
      entity('e1', 'organization', 'North Atlantic Treaty Organization', [span('NATO')], {
        aliases: ['NATO'],
        expansion: 'North Atlantic Treaty Organization',
      }),
      entity('e2', 'location', 'Brussels', [span('BRUSSELS'), span('Brussels')], { aliases: ['BRUSSELS'] }),
      entity('e3', 'date', '12 October 2023', [span('12 October 2023')], { value: '2023-10-12' }),
      entity('e4', 'role', 'Secretary General', [span('Secretary General')], { heldBy: ['e5'] }),
      entity(
        'e5',
        'person',
        'Jens Stoltenberg',
        [{ ...span('Jens Stoltenberg'), title: span('Secretary General') }, span('Stoltenberg', 2)],
        { aliases: ['Mr. Stoltenberg'], roles: [{ title: 'Secretary General', of: 'e1' }] },
      ),
      entity('e6', 'nationality', 'Turkish', [span('Turkish')], { country: 'Türkiye', countryId: 'e7' }),
      entity('e7', 'location', 'Türkiye', [span('Türkiye')]),
      entity('e8', 'location', 'Ukraine', [span('Ukraine')]),
      entity('e9', 'money', '$1.5 billion', [span('$1.5 billion')]),
      entity('e10', 'equipment', 'air defence', [span('Air defence')]),
      entity('e11', 'quantity', '20 systems', [span('20 systems')]),
      entity('e12', 'contact', 'press@hq.nato.int', [span('press@hq.nato.int')]),
    ],
    notes: [
      {
        code: 'weekday-mismatch',
        message: 'example note',
        ...range('12 October 2023'),
        related: [{ ...range('Brussels'), message: 'example related place' }],
        fixes: [
          {
            label: 'Write “13 October 2023”',
            edits: [{ ...range('12 October 2023'), text: '13 October 2023' }],
          },
        ],
      },
    ],
  };
}

/** An analysis being broken on purpose, or a JSON Schema being walked: any shape goes. */
// biome-ignore lint/suspicious/noExplicitAny: cases deliberately build malformed objects
type Loose = any;

/** `sample()` changed by `edit`, typed loosely so a case can break it on purpose. */
function broken(edit: (a: Loose) => void): unknown {
  const a = sample();
  edit(a);
  return a;
}

describe('the sample analysis', () => {
  it('is valid and satisfies the offset invariant', () => {
    expect(validateAnalysis(sample())).toEqual([]);
    expect(offsetInvariantViolations(text, sample())).toEqual([]);
  });

  it('is valid without the CLI-only source and the optional fields', () => {
    const a = broken((x) => {
      delete x.source;
      x.document.title = null;
      x.document.date = null;
      x.document.place = null;
      for (const e of x.entities)
        for (const key of ['value', 'country', 'countryId', 'heldBy', 'expansion']) delete e[key];
    });
    expect(validateAnalysis(a)).toEqual([]);
  });

  it('exercises every optional field, so the schema is known to accept them', () => {
    const a = sample();
    const fields = new Set<string>(Object.keys(a));
    for (const section of a.document.sections)
      for (const key of Object.keys(section)) fields.add(`section.${key}`);
    for (const e of a.entities) {
      for (const key of Object.keys(e)) fields.add(`entity.${key}`);
      for (const role of e.roles) for (const key of Object.keys(role)) fields.add(`role.${key}`);
      for (const m of e.mentions) for (const key of Object.keys(m)) fields.add(`mention.${key}`);
    }
    const optional = [
      'source',
      'section.items',
      'section.speaker',
      'section.speakerId',
      'mention.title',
      'role.of',
    ];
    optional.push('entity.value', 'entity.country', 'entity.countryId', 'entity.heldBy', 'entity.expansion');
    for (const note of a.notes) for (const key of Object.keys(note)) fields.add(`note.${key}`);
    optional.push('note.related', 'note.fixes');
    expect(optional.filter((field) => !fields.has(field))).toEqual([]);
  });
});

describe('the schema rejects', () => {
  const cases: [string, (a: Loose) => void, string][] = [
    [
      'a negative offset',
      (a) => (a.entities[0].mentions[0].start = -1),
      '/entities/0/mentions/0/start must be >= 0',
    ],
    [
      'a fractional offset',
      (a) => (a.document.sections[0].end = 2.5),
      '/document/sections/0/end must be integer',
    ],
    ['a string offset', (a) => (a.notes[0].start = '3'), '/notes/0/start must be integer'],
    [
      'a negative sentence end',
      (a) => (a.document.sentences[1].end = -4),
      '/document/sentences/1/end must be >= 0',
    ],
    [
      'an unknown entity type',
      (a) => (a.entities[1].type = 'city'),
      '/entities/1/type must be equal to one of',
    ],
    [
      'an unknown section kind',
      (a) => (a.document.sections[2].kind = 'paragraph'),
      '/document/sections/2/kind',
    ],
    ['a missing id', (a) => delete a.entities[3].id, "/entities/3 must have required property 'id'"],
    [
      'a missing mentions list',
      (a) => delete a.entities[0].mentions,
      "must have required property 'mentions'",
    ],
    ['a missing notes list', (a) => delete a.notes, "(root) must have required property 'notes'"],
    [
      'a missing document title',
      (a) => delete a.document.title,
      "/document must have required property 'title'",
    ],
    [
      'an extra top-level property',
      (a) => (a.version = 1),
      '(root) must NOT have additional properties: version',
    ],
    [
      'an extra entity property',
      (a) => (a.entities[0].score = 0.9),
      '/entities/0 must NOT have additional properties: score',
    ],
    [
      'an extra mention property',
      (a) => (a.entities[0].mentions[0].type = 'x'),
      'must NOT have additional properties: type',
    ],
    [
      'an extra title property',
      (a) => (a.entities[4].mentions[0].title.kind = 'rank'),
      'additional properties: kind',
    ],
    ['an extra section property', (a) => (a.document.sections[0].level = 1), 'additional properties: level'],
    [
      'an extra item property',
      (a) => (a.document.sections[5].items[0].text = '-'),
      'additional properties: text',
    ],
    ['an extra document property', (a) => (a.document.language = 'en'), 'additional properties: language'],
    [
      'an extra role property',
      (a) => (a.entities[4].roles[0].since = '2014'),
      'additional properties: since',
    ],
    ['an extra note property', (a) => (a.notes[0].severity = 'warning'), 'additional properties: severity'],
    ['an unknown note code', (a) => (a.notes[0].code = 'spelling'), '/notes/0/code must be equal to one of'],
    [
      'a related place without message',
      (a) => delete a.notes[0].related[0].message,
      "/notes/0/related/0 must have required property 'message'",
    ],
    ['a fix without edits', (a) => delete a.notes[0].fixes[0].edits, "must have required property 'edits'"],
    [
      'an edit without text',
      (a) => delete a.notes[0].fixes[0].edits[0].text,
      "/notes/0/fixes/0/edits/0 must have required property 'text'",
    ],
    [
      'an extra edit property',
      (a) => (a.notes[0].fixes[0].edits[0].kind = 'replace'),
      'additional properties: kind',
    ],
    [
      'another schema version',
      (a) => (a.schema = 'dateline/analysis@2'),
      '/schema must be equal to constant',
    ],
    ['an id without the e', (a) => (a.entities[0].id = '1'), '/entities/0/id must match pattern'],
    ['an upper-case id', (a) => (a.entities[0].id = 'E1'), '/entities/0/id must match pattern'],
    [
      'a malformed role of',
      (a) => (a.entities[4].roles[0].of = 'nato'),
      '/entities/4/roles/0/of must match pattern',
    ],
    [
      'a malformed speakerId',
      (a) => (a.document.sections[4].speakerId = 5),
      '/document/sections/4/speakerId',
    ],
    ['a malformed heldBy', (a) => (a.entities[3].heldBy = 'e5'), '/entities/3/heldBy must be array'],
    [
      'a role without title',
      (a) => delete a.entities[4].roles[0].title,
      "must have required property 'title'",
    ],
    [
      'a date value in words',
      (a) => (a.entities[2].value = '12 October 2023'),
      '/entities/2/value must match pattern',
    ],
    ['a month 13', (a) => (a.entities[2].value = '2023-13-01'), '/entities/2/value must match pattern'],
    [
      'a half-open range',
      (a) => (a.entities[2].value = '2023-10-16/'),
      '/entities/2/value must match pattern',
    ],
    ['a date-time as date', (a) => (a.document.date = '2023-10-12T09:00:00Z'), '/document/date'],
    ['a mention text that is not a string', (a) => (a.entities[0].mentions[0].text = null), 'must be string'],
    ['a numeric source', (a) => (a.source = 1), '/source must be string'],
    ['an aliases string', (a) => (a.entities[0].aliases = 'NATO'), '/entities/0/aliases must be array'],
    ['entities as an object', (a) => (a.entities = {}), '/entities must be array'],
  ];

  it.each(cases)('%s', (_name, edit, expected) => {
    const errors = validateAnalysis(broken(edit));
    expect(errors.length, 'the schema should have rejected it').toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(expected);
  });

  it('non-objects', () => {
    for (const value of [null, [], 'analysis', 42]) expect(validateAnalysis(value)).not.toEqual([]);
  });
});

describe('the schema stays in step with types.ts', () => {
  const schema = loadSchema();
  const defs = schema.$defs as Record<string, Loose>;

  it('is draft 2020-12 with an $id and compiles under strict ajv', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\/analysis-1\.json$/);
    expect(() => strictAjv().compile(schema)).not.toThrow();
  });

  it('has the schema id, entity types and section kinds of types.ts', () => {
    expect(schema.properties?.schema?.const).toBe(SCHEMA_ID);
    expect(defs.entity.properties.type.enum).toEqual([...ENTITY_TYPES]);
    expect(defs.section.properties.kind.enum).toEqual([...SECTION_KINDS]);
    expect(defs.note.properties.code.enum).toEqual([...NOTE_CODES]);
  });

  /** Whether each key of T is required or optional; `satisfies` makes the lists below exhaustive. */
  type KeyKinds<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? 'optional' : 'required' };
  type Range = DocumentInfo['sentences'][number];
  const R = 'required';
  const O = 'optional';

  const models: [string, Record<string, 'required' | 'optional'>][] = [
    ['(root)', { schema: R, document: R, entities: R, notes: R } satisfies KeyKinds<Analysis>],
    [
      'documentInfo',
      { title: R, date: R, place: R, sections: R, sentences: R } satisfies KeyKinds<DocumentInfo>,
    ],
    [
      'section',
      { kind: R, start: R, end: R, items: O, speaker: O, speakerId: O } satisfies KeyKinds<Section>,
    ],
    [
      'range',
      { start: R, end: R } satisfies KeyKinds<Range> & KeyKinds<NonNullable<Section['items']>[number]>,
    ],
    ['span', { start: R, end: R, text: R } satisfies KeyKinds<Span>],
    ['mention', { start: R, end: R, text: R, title: O, pronoun: O } satisfies KeyKinds<Mention>],
    ['role', { title: R, of: O } satisfies KeyKinds<Role>],
    [
      'entity',
      {
        id: R,
        type: R,
        name: R,
        aliases: R,
        roles: R,
        mentions: R,
        summary: R,
        value: O,
        duration: O,
        country: O,
        countryId: O,
        heldBy: O,
        expansion: O,
      } satisfies KeyKinds<Entity>,
    ],
    ['note', { code: R, message: R, start: R, end: R, related: O, fixes: O } satisfies KeyKinds<Note>],
    [
      'relatedInformation',
      { start: R, end: R, message: R } satisfies KeyKinds<NonNullable<Note['related']>[number]>,
    ],
    ['noteFix', { label: R, edits: R } satisfies KeyKinds<NoteFix>],
    ['textEdit', { start: R, end: R, text: R } satisfies KeyKinds<TextEdit>],
  ];

  it.each(models)('%s has exactly the fields of its TypeScript type', (name, keys) => {
    const node = name === '(root)' ? schema : defs[name];
    const properties = Object.keys(node.properties).filter((key) => !(name === '(root)' && key === 'source'));
    expect(properties.sort()).toEqual(Object.keys(keys).sort());
    const required = Object.keys(keys).filter((key) => keys[key] === 'required');
    expect([...node.required].sort()).toEqual(required.sort());
    expect(node.additionalProperties).toBe(false);
  });

  it('describes every property and closes every object', () => {
    const problems: string[] = [];
    const walk = (node: Loose, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      if (node.type === 'object' && node.additionalProperties !== false) problems.push(`${path}: not closed`);
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (typeof (child as Loose).description !== 'string')
          problems.push(`${path}/properties/${key}: no description`);
      }
      for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`);
    };
    walk(schema, '#');
    expect(problems).toEqual([]);
  });
});

describe('the offset-invariant checker reports', () => {
  const cases: [string, (a: Loose) => void, string][] = [
    [
      'a mention whose text is not its slice',
      (a) => (a.entities[0].mentions[0].text = 'NATo'),
      'but text.slice(0, 4) is "NATO"',
    ],
    [
      'a title whose text is not its slice',
      (a) => (a.entities[4].mentions[0].title.start += 1),
      '.title: text',
    ],
    [
      'a speaker whose text is not its slice',
      (a) => (a.document.sections[4].speaker.end -= 1),
      '.speaker: text',
    ],
    ['a negative start', (a) => (a.entities[0].mentions[0].start = -1), 'is not within 0 <= start <= end'],
    ['an end past the text', (a) => (a.notes[0].end = text.length + 1), 'is not within 0 <= start <= end'],
    ['start after end', (a) => (a.document.sentences[0].start = 19), '[19, 18) is not within'],
    ['a fractional offset', (a) => (a.document.sections[0].end = 2.5), 'offsets must be integers'],
    ['mentions out of order', (a) => a.entities[1].mentions.reverse(), 'before the previous mention'],
    [
      'entities out of order',
      (a) => a.entities.splice(0, 2, a.entities[1], a.entities[0]),
      'id should be e1',
    ],
    ['entities out of first-mention order', (a) => swapIds(a, 0, 1), "before the previous entity's"],
    ['an id gap', (a) => (a.entities[11].id = 'e13'), 'id should be e12'],
    ['an entity without mentions', (a) => (a.entities[11].mentions = []), 'has no mention'],
    ['sections out of order', (a) => a.document.sections.reverse(), 'before the previous section'],
    [
      'a list item outside its section',
      (a) => (a.document.sections[5].items[1].end = text.length),
      'outside its section',
    ],
    ['list items out of order', (a) => a.document.sections[5].items.reverse(), 'out of order'],
    [
      'a sentence past the text',
      (a) => (a.document.sentences[2].end = text.length + 5),
      'document.sentences[2]',
    ],
    [
      'a dangling role of',
      (a) => (a.entities[4].roles[0].of = 'e99'),
      'roles[0].of: e99 is not the id of an entity',
    ],
    [
      'a role of a person',
      (a) => (a.entities[4].roles[0].of = 'e5'),
      'e5 has type person, expected organization or location',
    ],
    ['a dangling heldBy', (a) => (a.entities[3].heldBy = ['e5', 'e42']), 'heldBy[1]: e42 is not the id'],
    [
      'a heldBy that is no person',
      (a) => (a.entities[3].heldBy = ['e1']),
      'e1 has type organization, expected person',
    ],
    ['a dangling countryId', (a) => (a.entities[5].countryId = 'e0'), 'countryId: e0 is not the id'],
    [
      'a countryId that is no place',
      (a) => (a.entities[5].countryId = 'e3'),
      'e3 has type date, expected location',
    ],
    [
      'a dangling speakerId',
      (a) => (a.document.sections[4].speakerId = 'e50'),
      'speakerId: e50 is not the id',
    ],
    [
      'a related place past the text',
      (a) => (a.notes[0].related[0].end = text.length + 1),
      'notes[0] (weekday-mismatch).related[0]: [',
    ],
    [
      'a fix edit before the text',
      (a) => (a.notes[0].fixes[0].edits[0].start = -2),
      'notes[0] (weekday-mismatch).fixes[0].edits[0]: [-2,',
    ],
    [
      'overlapping edits in one fix',
      (a) => a.notes[0].fixes[0].edits.push({ ...a.notes[0].fixes[0].edits[0], text: 'again' }),
      'notes[0] (weekday-mismatch).fixes[0]: edits overlap',
    ],
    [
      'notes out of order',
      (a) => a.notes.push({ code: 'title-variant', message: 'x', start: 0, end: 4 }),
      'before the previous note',
    ],
  ];

  /** Swap two entities' positions but keep ids in sequence, so only first-mention order is wrong. */
  function swapIds(a: Loose, i: number, j: number): void {
    [a.entities[i], a.entities[j]] = [a.entities[j], a.entities[i]];
    [a.entities[i].id, a.entities[j].id] = [a.entities[j].id, a.entities[i].id];
  }

  it.each(cases)('%s', (_name, edit, expected) => {
    const problems = offsetInvariantViolations(text, broken(edit) as Analysis);
    expect(problems.length, 'the checker should have reported it').toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(expected);
  });

  it('an offset that splits a surrogate pair', () => {
    const emoji = text.indexOf('😀');
    const a = sample();
    a.document.sentences.push({ start: emoji + 1, end: emoji + 2 });
    a.notes.push({
      code: 'name-variant',
      message: 'x',
      start: emoji,
      end: emoji + 1,
      related: [{ start: emoji + 1, end: emoji + 2, message: 'x' }],
      fixes: [{ label: 'x', edits: [{ start: emoji + 1, end: emoji + 2, text: 'x' }] }],
    });
    const problems = offsetInvariantViolations(text, a).join('\n');
    expect(problems).toContain(`document.sentences[3]: start ${emoji + 1} splits a surrogate pair`);
    expect(problems).toContain(`notes[1] (name-variant): end ${emoji + 1} splits a surrogate pair`);
    expect(problems).toContain(
      `notes[1] (name-variant).related[0]: start ${emoji + 1} splits a surrogate pair`,
    );
    expect(problems).toContain(
      `notes[1] (name-variant).fixes[0].edits[0]: start ${emoji + 1} splits a surrogate pair`,
    );
  });

  it('nothing for offsets around a whole surrogate pair or at lone surrogates', () => {
    const emoji = text.indexOf('😀');
    const a = sample();
    a.notes.push({ code: 'quote-without-speaker', message: 'x', start: emoji, end: emoji + 2 });
    expect(offsetInvariantViolations(text, a)).toEqual([]);
    const lone = 'a\uD83Db\uDE00c';
    const empty: Analysis = {
      schema: SCHEMA_ID,
      document: { title: null, date: null, place: null, sections: [], sentences: [{ start: 1, end: 4 }] },
      entities: [],
      notes: [],
    };
    expect(offsetInvariantViolations(lone, empty)).toEqual([]);
  });
});
