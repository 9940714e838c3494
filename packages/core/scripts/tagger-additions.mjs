/**
 * What the tagger adds to the rules on real releases: for each .txt file of a folder, the person,
 * organisation, location and nationality entities found with the tagger and not without it. The
 * check behind the tagger's restrictions (docs/accuracy.md): re3d scores alone do not show noise
 * on the releases users read. Needs a built core (npm run build -w @dateline/core).
 *
 *   node packages/core/scripts/tagger-additions.mjs [folder]   (default: ../shared/corpus/press-releases)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../dist/index.js';
import { taggerHooks } from '../dist/recognize/tagger/apply.js';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const folder = resolve(process.argv[2] ?? join(root, '../shared/corpus/press-releases'));
if (!existsSync(folder)) {
  process.stderr.write(`tagger-additions: ${folder} does not exist; pass a folder of .txt releases\n`);
  process.exit(2);
}

const NAMES = new Set(['person', 'organization', 'location', 'nationality']);
const key = (entity) => `${entity.type}:${entity.name}`;
let total = 0;
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(folder, file), 'utf8');
  taggerHooks.model = null;
  const rulesOnly = new Set(analyze(text).entities.map(key));
  delete taggerHooks.model;
  const added = analyze(text)
    .entities.filter((entity) => NAMES.has(entity.type) && !rulesOnly.has(key(entity)))
    .map(key);
  total += added.length;
  if (added.length > 0) process.stdout.write(`${file}: ${added.join(' | ')}\n`);
}
process.stdout.write(`${total} entities added by the tagger\n`);
