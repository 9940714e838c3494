/**
 * The inputs every system is measured on. Each input is a list of documents analysed one at a
 * time; its size is the sum of their UTF-16 lengths (chars) and UTF-8 sizes (bytes). Missing
 * optional inputs are reported on stderr and skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRelease } from './generate.mjs';

function makeInput(id, label, source, docs) {
  let chars = 0;
  let bytes = 0;
  for (const doc of docs) {
    chars += doc.length;
    bytes += Buffer.byteLength(doc, 'utf8');
  }
  return { id, label, source, docs, chars, bytes };
}

function textFileNames(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/** The *.txt files of a folder as { name, text }, in name order. */
export function namedTextFiles(dir) {
  return textFileNames(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

function textFiles(dir) {
  return namedTextFiles(dir).map((doc) => doc.text);
}

/** The seed files, relative to the repository root (the CLI cold start runs on the first). */
export function seedFiles(root) {
  return textFileNames(join(root, 'seeds')).map((name) => join('seeds', name));
}

/**
 * Every re3d document as { name: "<folder>/<id>", text }, folders in name order. re3d's
 * documents.json files are mongoexport output: one JSON object per line.
 */
export function re3dDocuments(dir) {
  const docs = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const file = join(dir, entry.name, 'documents.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line);
      docs.push({ name: `${entry.name}/${doc._id}`, text: doc.text });
    }
  }
  return docs;
}

function re3dTexts(dir) {
  return re3dDocuments(dir).map((doc) => doc.text);
}

/** The documents of an optional input, or the reason it is skipped (also said on stderr). */
function optional(label, dir, read, warn) {
  const reason = !existsSync(dir) ? 'folder not found' : null;
  const docs = reason ? [] : read(dir);
  const why = reason ?? (docs.length === 0 ? 'no documents in it' : null);
  if (why) warn(`bench: ${label}: ${why}: ${dir}; skipping this input`);
  return { docs, why };
}

/** Generated sizes, in UTF-16 code units. */
export const GENERATED = [
  { id: 'gen-1mb', label: 'generated 1 MB', chars: 1e6 },
  { id: 'gen-10mb', label: 'generated 10 MB', chars: 1e7 },
];

export function loadInputs({ root, corpus, press }, warn) {
  const inputs = [];
  const skipped = [];
  const seeds = textFiles(join(root, 'seeds'));
  inputs.push(
    makeInput('seed', `seed (${seeds.length} file${seeds.length === 1 ? '' : 's'})`, 'seeds/*.txt', seeds),
  );

  const re3d = optional('re3d', corpus, re3dTexts, warn);
  if (re3d.why) skipped.push({ id: 're3d', label: 're3d', source: corpus, reason: re3d.why });
  else inputs.push(makeInput('re3d', `re3d (${re3d.docs.length} docs)`, corpus, re3d.docs));

  const releases = optional('press releases', press, textFiles, warn);
  if (releases.why)
    skipped.push({ id: 'press', label: 'press releases', source: press, reason: releases.why });
  else inputs.push(makeInput('press', `press releases (${releases.docs.length})`, press, releases.docs));

  for (const { id, label, chars } of GENERATED) {
    inputs.push(makeInput(id, label, `generate.mjs, ${chars} chars`, [generateRelease(chars)]));
  }
  return { inputs, skipped };
}
