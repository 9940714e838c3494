/**
 * The JSON Schema of dateline.json (draft 2020-12). docs/schema/dateline-config-1.json is the same
 * object, for editors that validate the file through its `$schema`; a test keeps the two equal.
 */
import { ENTITY_TYPES } from '@dateline/core';

export const CONFIG_SCHEMA_ID = 'https://dateline.dev/schema/dateline-config-1.json';

export const CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: CONFIG_SCHEMA_ID,
  title: 'Dateline workspace dictionary (dateline.json)',
  description:
    'Names Dateline should always recognise, and words it should leave alone. Data only: the file is parsed as JSON with comments, never executed.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {
      description: 'The address of this schema, so editors can check the file as it is typed.',
      type: 'string',
    },
    entities: {
      description:
        'Names to recognise, whole words and case-sensitive, ahead of anything Dateline finds itself.',
      type: 'array',
      items: { $ref: '#/$defs/entity' },
    },
    ignore: {
      description:
        'Words and phrases never to mark as entities nor flag in editorial checks; matched exactly.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
  },
  $defs: {
    entity: {
      description: 'One name: always recognised with this type; its aliases are mentions of the same entity.',
      type: 'object',
      required: ['name', 'type'],
      additionalProperties: false,
      properties: {
        name: {
          description: 'The canonical name, shown for every mention, even when only an alias appears.',
          type: 'string',
          minLength: 1,
        },
        type: {
          description: 'The entity type.',
          enum: [...ENTITY_TYPES],
        },
        aliases: {
          description: 'Other spellings of the same entity ("KFOR" for "Kosovo Force").',
          type: 'array',
          items: { type: 'string', minLength: 1 },
        },
      },
    },
  },
} as const;
