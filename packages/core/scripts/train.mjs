#!/usr/bin/env node
/**
 * Trains the tagger (src/recognize/tagger) on the re3d DEV folders and writes the model into
 * src/recognize/tagger/weights.ts. The test folder (centcom) is never read.
 *
 *   npm run train [-- <re3d dir>] [--cv] [--no-write] [--epochs N] [--bits B] [--seed S]
 *                 [--prune-weights Q]
 *
 * <re3d dir> defaults to ../shared/data/re3d beside the repository. --cv first cross-validates by
 * folder (train on four dev folders, score the fifth, each in turn) and prints the pooled scores
 * of the rules alone and of rules + tagger; --cv-errors N lists its error patterns. Ways of
 * combining the tagger with the rules, for comparison under --cv: --replace (the tagger decides
 * the primary types' spans), --retype T,T and --grow T,T (see CombineOptions in
 * src/recognize/tagger/apply.ts), --tagger-dates, --keep-rule-spans, --no-consistency.
 * Deterministic: fixed seed, epochs and document order. `npm run train` builds the core and eval
 * packages first (the script runs the built pipeline to compute the tagger's input).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const CORE = resolve(HERE, '..');
const ROOT = resolve(CORE, '..', '..');

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const VALUED = ['--epochs', '--bits', '--seed', '--prune-weights', '--retype', '--grow', '--cv-errors'];
const positional = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1] ?? ''));
const corpusDir = resolve(positional[0] ?? join(ROOT, '..', 'shared', 'data', 're3d'));
const EPOCHS = option('--epochs', 40);
const PRUNE = option('--prune-weights', 6);
const BITS = option('--bits', 17);
const SEED = option('--seed', 20261127);

if (!existsSync(corpusDir)) {
  console.error(`train: the re3d corpus is not at ${corpusDir}; pass its path: npm run train -- <re3d dir>`);
  process.exit(1);
}
const dist = (p) => join(CORE, 'dist', p);
if (!existsSync(dist('recognize/tagger/train.js'))) {
  console.error('train: build the core first: npm run build -w @dateline/core -w @dateline/eval');
  process.exit(1);
}

const { analyze } = await import(dist('index.js'));
const { tokenRange } = await import(dist('recognize/offsets.js'));
const { taggerHooks } = await import(dist('recognize/tagger/apply.js'));
const { extractFeatures } = await import(dist('recognize/tagger/features.js'));
const { segments } = await import(dist('recognize/tagger/model.js'));
const { trainTagger } = await import(dist('recognize/tagger/train.js'));
const { encodeModel, decodeModel } = await import(dist('recognize/tagger/codec.js'));
const { beginOf, insideOf, taggedTypeIndex } = await import(dist('recognize/tagger/labels.js'));
const { loadRe3d, normalizeRange, scorePredictions, datelinePredictions, prf, RE3D_DEV_FOLDERS } =
  await import('@dateline/eval');

/** Gold BIO labels per token: the longest gold span wins where spans overlap. */
function goldLabels(doc, tokens) {
  const labels = new Uint8Array(tokens.length);
  const taken = new Uint8Array(tokens.length);
  const spans = [];
  for (const g of doc.gold) {
    const k = taggedTypeIndex(g.type);
    if (k < 0) continue;
    const range = normalizeRange(doc.text, g.start, g.end);
    if (!range) continue;
    const t = tokenRange(tokens, range.start, range.end);
    if (t) spans.push({ k, ...t });
  }
  spans.sort(
    (a, b) => b.endToken - b.startToken - (a.endToken - a.startToken) || a.startToken - b.startToken,
  );
  for (const s of spans) {
    let free = true;
    for (let i = s.startToken; i < s.endToken; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = s.startToken; i < s.endToken; i++) {
      taken[i] = 1;
      labels[i] = i === s.startToken ? beginOf(s.k) : insideOf(s.k);
    }
  }
  return labels;
}

/** The tagger's input for each document, as analyze() builds it (tagger switched off). */
function trainingDocuments(docs) {
  const out = [];
  taggerHooks.model = null;
  for (const doc of docs) {
    let seen;
    taggerHooks.observe = (ctx, mentions) => {
      seen = { ctx, mentions };
    };
    analyze(doc.text);
    taggerHooks.observe = undefined;
    const { ctx, mentions } = seen;
    out.push({
      source: doc.source,
      features: extractFeatures(ctx, mentions, BITS),
      gold: goldLabels(doc, ctx.tokens),
      segments: segments(ctx),
    });
  }
  taggerHooks.model = undefined;
  return out;
}

const percent = (x) => (x * 100).toFixed(1);
function row(name, score) {
  const s = prf(score.micro.strict);
  const l = prf(score.micro.lenient);
  const types = score.types
    .filter((t) => score.micro.types.includes(t.type))
    .map((t) => `${t.type.slice(0, 3)} ${percent(prf(t.strict).f1)}/${percent(prf(t.lenient).f1)}`)
    .join('  ');
  console.log(`${name.padEnd(14)} strict ${percent(s.f1)} lenient ${percent(l.f1)}   ${types}`);
}

const corpus = loadRe3d(corpusDir, 'dev');
const docs = corpus.documents;
const started = Date.now();
const training = trainingDocuments(docs);
console.log(`re3d dev: ${docs.length} documents, features in ${Date.now() - started} ms`);

if (flag('--cv')) {
  // Ways of combining the tagger with the rules, to compare by cross-validation.
  taggerHooks.options = {
    ...(flag('--keep-rule-spans') ? { keepRuleSpans: true } : {}),
    ...(flag('--tagger-dates') ? { ruleDates: false } : {}),
    ...(flag('--replace') ? { mode: 'replace' } : {}),
    ...(flag('--retype') ? { retype: String(args[args.indexOf('--retype') + 1]).split(',') } : {}),
    ...(flag('--grow') ? { grow: String(args[args.indexOf('--grow') + 1]).split(',') } : {}),
    ...(flag('--no-consistency') ? { consistency: false } : {}),
  };
  const rules = [];
  const tagged = [];
  for (const folder of RE3D_DEV_FOLDERS) {
    const model = decodeModel(
      encodeModel(
        trainTagger(
          training.filter((d) => d.source !== folder),
          { bits: BITS, epochs: EPOCHS, seed: SEED },
        ),
        PRUNE,
      ),
    );
    for (const [i, doc] of docs.entries()) {
      if (doc.source !== folder) continue;
      taggerHooks.model = null;
      rules[i] = datelinePredictions(doc.text);
      taggerHooks.model = model;
      tagged[i] = datelinePredictions(doc.text);
    }
    taggerHooks.model = undefined;
  }
  console.log(
    `cross-validated by folder (${EPOCHS} epochs, 2^${BITS} rows), micro F1 over the primary types:`,
  );
  row('rules', scorePredictions(docs, rules, { system: 'rules' }));
  const score = scorePredictions(docs, tagged, { system: 'tagger' });
  row('rules+tagger', score);
  const shown = option('--cv-errors', 0);
  if (shown > 0) {
    const { collectErrors, errorPatterns, describePattern, PRIMARY_TYPES } = await import('@dateline/eval');
    const items = collectErrors(score).filter((e) => PRIMARY_TYPES.includes(e.type));
    for (const p of errorPatterns(items, shown).slice(0, 14)) {
      console.log(`${p.count}  ${describePattern(p)}`);
      console.log(
        `    ${p.examples.map((e) => `${e.text}${e.predictedText ? ` → ${e.predictedText}` : ''} ×${e.count}`).join(' | ')}`,
      );
    }
  }
}

if (!flag('--no-write')) {
  const model = trainTagger(training, { bits: BITS, epochs: EPOCHS, seed: SEED });
  const encoded = encodeModel(model, PRUNE);
  // Beside the tagger, not in knowledge/ (which holds curated lists and keeps a size cap).
  const file = join(CORE, 'src', 'recognize', 'tagger', 'weights.ts');
  const lines = encoded.match(/.{1,100}/g) ?? [];
  writeFileSync(
    file,
    `/**\n * The tagger's trained weights (recognize/tagger), generated by \`npm run train\`: do not edit.\n` +
      ` * Trained on the re3d dev folders:\n${RE3D_DEV_FOLDERS.map((f) => ` * - ${f}\n`).join('')}` +
      ` * ${EPOCHS} epochs, 2^${BITS} rows, seed ${SEED}, rows below ${PRUNE + 1}/127 of the largest weight left out.\n` +
      ' * Licences of the training data: docs/accuracy.md.\n */\n' +
      `export const TAGGER_MODEL =\n${lines.map((l) => `  '${l}'`).join(' +\n')};\n`,
  );
  console.log(`wrote ${file}: ${(encoded.length / 1024).toFixed(0)} KB of base64`);
}
