/** Hand-made analyses, shaped like what the core returns for the NATO seed. */
import type { Analysis, Entity } from '@dateline/core';

function entity(partial: Partial<Entity> & Pick<Entity, 'id' | 'type' | 'name'>, mentions: number): Entity {
  return {
    aliases: [],
    roles: [],
    summary: '',
    ...partial,
    mentions: Array.from({ length: mentions }, (_, i) => ({
      start: i * 10,
      end: i * 10 + 4,
      text: partial.name,
    })),
  };
}

export const natoAnalysis: Analysis = {
  schema: 'dateline/analysis@1',
  document: {
    title: 'NATO Secretary General, Press Conference at Defence Ministers Meeting',
    date: '2023-10-12',
    place: 'Brussels',
    sections: [{ kind: 'title', start: 0, end: 69 }],
    sentences: [{ start: 0, end: 69 }],
  },
  entities: [
    entity({ id: 'e1', type: 'organization', name: 'NATO' }, 5),
    entity(
      {
        id: 'e2',
        type: 'person',
        name: 'Jens Stoltenberg',
        aliases: ['Mr. Stoltenberg'],
        roles: [{ title: 'Secretary General', of: 'e1' }],
      },
      3,
    ),
    entity({ id: 'e3', type: 'location', name: 'Brussels' }, 1),
    entity({ id: 'e4', type: 'date', name: 'Thursday', value: '2023-10-12' }, 1),
    entity(
      { id: 'e5', type: 'person', name: 'Lloyd J. Austin III', roles: [{ title: 'Secretary of Defense' }] },
      2,
    ),
  ],
  notes: [{ code: 'weekday-mismatch', message: 'Thursday is\nnot that date', start: 1, end: 2 }],
};

export const emptyAnalysis: Analysis = {
  schema: 'dateline/analysis@1',
  document: { title: null, date: null, place: null, sections: [], sentences: [] },
  entities: [],
  notes: [],
};
