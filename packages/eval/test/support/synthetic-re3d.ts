import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RE3D_DEV_FOLDERS, RE3D_TEST_FOLDERS } from '../../src/re3d/split.js';

/** A tiny synthetic corpus in the re3d layout (mongoexport lines), not re3d data. */
export function writeSyntheticRe3d(dir: string): void {
  const folders = [...RE3D_DEV_FOLDERS, ...RE3D_TEST_FOLDERS];
  folders.forEach((folder, i) => {
    mkdirSync(join(dir, folder), { recursive: true });
    const text = `Minister Jane Doe of Ruritania met the Acme Corporation on 3 May ${2000 + i}.`;
    const id = `DOC${i}`;
    const entity = (begin: number, end: number, type: string, confidence: number) =>
      JSON.stringify({
        _id: `${id}-${begin}-${end}-${type}`,
        begin,
        end,
        type,
        value: text.slice(begin, end),
        documentId: id,
        confidence,
      });
    writeFileSync(
      join(dir, folder, 'documents.json'),
      `${JSON.stringify({ _id: id, title: `Doc ${i}`, text, sourceName: folder, sourceUrl: '', wordCount: 12 })}\n`,
    );
    writeFileSync(
      join(dir, folder, 'entities.json'),
      [
        entity(0, 17, 'Person', 1),
        entity(21, 30, 'Location', 0.97),
        entity(35, 55, 'Organisation', 1),
        entity(59, 69, 'Temporal', 1),
        entity(21, 30, 'Nationality', 0.2), // below the threshold: not gold
      ].join('\n'),
    );
  });
}
