/**
 * The output guard for speed work: a speed change must not change what `analyze()` returns.
 *
 *   node bench/golden.mjs --write before.json      # on the commit you start from (after a build)
 *   node bench/golden.mjs --compare before.json    # after your change (after a build)
 *
 * It runs the built core over the seeds, every re3d document, the press releases, a few hostile
 * inputs and a generated 200 kB release, and keeps one hash of `JSON.stringify(analyze(text))`
 * per document (plus the result of an analysis session, which must equal it). `--compare` prints
 * IDENTICAL or the documents that differ and exits 1; `--dump <dir>` writes the JSON of the
 * documents that differ, to diff by hand. The corpora are optional: a missing folder is said on
 * stderr and skipped, and the comparison covers only the documents both runs have.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateRelease } from './generate.mjs';
import { namedTextFiles, re3dDocuments } from './inputs.mjs';

const USAGE = `usage: node bench/golden.mjs (--write <file> | --compare <file>) [options]

  --write <file>    write one hash per document
  --compare <file>  compare with a file written before; exit 1 if any document differs
  --dump <dir>      with --compare: write the JSON of each differing document there
  --core <file>     the built core to run (default: packages/core/dist/index.js)
  --corpus <dir>    re3d corpus (default: ../shared/data/re3d)
  --press <dir>     folder of press releases, *.txt (default: ../shared/corpus/press-releases)
`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = {
    core: join(root, 'packages/core/dist/index.js'),
    corpus: resolve(root, '../shared/data/re3d'),
    press: resolve(root, '../shared/corpus/press-releases'),
  };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (name === 'help' || name === 'h') return { help: true };
    if (!['write', 'compare', 'dump', 'core', 'corpus', 'press'].includes(name)) {
      throw new Error(`unknown option ${argv[i]}`);
    }
    const value = argv[++i];
    if (!value) throw new Error(`--${name} needs a value`);
    options[name] = resolve(value);
  }
  if (!options.write === !options.compare) throw new Error('give exactly one of --write or --compare');
  return options;
}

/** Small inputs that once broke something: line endings, astral characters, long runs of capitals. */
const HOSTILE = [
  ['hostile/empty', ''],
  [
    'hostile/crlf',
    'NATO chief Jens Stoltenberg said\r\n\r\nOn Monday, 9 October 2023, he met Mr. Biden.\r\n',
  ],
  ['hostile/emoji', '😀 Jens Stoltenberg 😀 met 🇺🇸 President Biden in Brussels, Belgium on 12 October 2023.'],
  ['hostile/capitals', `${'A'.repeat(5000)}${' B'.repeat(3000)}`],
];

function documents({ corpus, press }) {
  const docs = namedTextFiles(join(root, 'seeds')).map(({ name, text }) => [`seed/${name}`, text]);
  if (existsSync(corpus)) {
    for (const { name, text } of re3dDocuments(corpus)) docs.push([`re3d/${name}`, text]);
  } else console.error(`golden: re3d not found at ${corpus}; skipping it`);
  if (existsSync(press)) {
    for (const { name, text } of namedTextFiles(press)) docs.push([`press/${name}`, text]);
  } else console.error(`golden: press releases not found at ${press}; skipping them`);
  docs.push(...HOSTILE, ['generated/200k', generateRelease(200_000)]);
  return docs;
}

const sha1 = (text) => createHash('sha1').update(text).digest('hex').slice(0, 16);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) return void process.stdout.write(USAGE);
  if (!existsSync(options.core)) throw new Error(`no built core at ${options.core}: run npm run build first`);
  const core = await import(pathToFileURL(options.core).href);
  const hashes = {};
  const json = {};
  for (const [name, text] of documents(options)) {
    const plain = JSON.stringify(core.analyze(text));
    const session = JSON.stringify(core.createAnalysisSession().analyze(text));
    // The session must agree with a fresh analysis; a difference is a bug whatever the baseline.
    hashes[name] = plain === session ? sha1(plain) : `${sha1(plain)} session ${sha1(session)}`;
    json[name] = plain;
  }
  if (options.write) {
    writeFileSync(options.write, `${JSON.stringify(hashes, null, 1)}\n`);
    console.log(`golden: wrote ${Object.keys(hashes).length} hashes to ${options.write}`);
    return;
  }
  const before = JSON.parse(readFileSync(options.compare, 'utf8'));
  const shared = Object.keys(before).filter((name) => name in hashes);
  const differ = shared.filter((name) => before[name] !== hashes[name]);
  if (options.dump && differ.length) {
    mkdirSync(options.dump, { recursive: true });
    for (const name of differ)
      writeFileSync(join(options.dump, `${name.replace(/[^\w.-]/g, '_')}.json`), json[name]);
  }
  const missing = Object.keys(before).length - shared.length;
  const note = missing ? ` (${missing} documents of the baseline not found this time)` : '';
  if (differ.length === 0) console.log(`golden: IDENTICAL on all ${shared.length} documents${note}`);
  else {
    console.log(`golden: DIFFERENT on ${differ.length} of ${shared.length} documents${note}:`);
    for (const name of differ) console.log(`  ${name}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`golden: ${error.message}`);
  process.exitCode = 2;
});
