/** A tiny corpus in the re3d layout (mongoexport JSON Lines per folder), written for tests: no re3d data. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEV_FOLDERS = [
  'uk-government',
  'us-state-department',
  'australian-department-of-foreign-affairs',
  'delegation-of-the-european-union-to-syria',
  'wikipedia',
];
export const TEST_FOLDERS = ['centcom'];

/** One document per folder; gold: a titled person, a place, an organisation, a date (and one below 0.5). */
export function writeSyntheticRe3d(dir: string): void {
  [...DEV_FOLDERS, ...TEST_FOLDERS].forEach((folder, i) => {
    mkdirSync(join(dir, folder), { recursive: true });
    const id = `SYNTH${i}`;
    const text = `Foreign Secretary Jane Whitfield met the Acme Corporation in Brussels on 3 May ${2010 + i}.`;
    const span = (value: string) => {
      const begin = text.indexOf(value);
      return { begin, end: begin + value.length, value };
    };
    const entities = [
      { ...span('Foreign Secretary Jane Whitfield'), type: 'Person', confidence: 1 },
      { ...span('the Acme Corporation'), type: 'Organisation', confidence: 0.98 },
      { ...span('Brussels'), type: 'Location', confidence: 1 },
      { ...span(`3 May ${2010 + i}`), type: 'Temporal', confidence: 1 },
      { ...span('Acme'), type: 'Person', confidence: 0.1 },
    ].map((entity, n) => JSON.stringify({ _id: `${id}-${n}`, documentId: id, ...entity }));
    writeFileSync(
      join(dir, folder, 'documents.json'),
      `${JSON.stringify({ _id: id, title: `Synthetic ${i}`, text, sourceName: folder })}\n`,
    );
    writeFileSync(join(dir, folder, 'entities.json'), `${entities.join('\n')}\n`);
  });
}
