#!/usr/bin/env node
/**
 * Soak test of the language server (`npm run soak`): the real server over stdio, fed random
 * incremental edits, random requests at random positions, cancellations, opens and closes for a
 * bounded time, every answer checked against our own copy of the documents. Prints a report (and
 * writes it as JSON with --json); exits non-zero on any crash, invalid result, unexpected error or
 * unanswered request.
 *
 *   node tests/soak/soak.mjs [--seconds 60] [--seed 1] [--corpus <dir>] [--json <file>]
 *                            [--server main|cli] [--concurrency 12] [--quiet]
 *
 * --corpus adds the .txt releases of a folder (e.g. /work/shared/corpus/press-releases), read at run
 * time, never copied. The run is deterministic for a seed up to timing (what is in flight when).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspProcess, ROOT } from './lsp-process.mjs';

// ---- options -------------------------------------------------------------------------------------

function parseArgs(argv) {
  const options = {
    seconds: 60,
    seed: 1,
    corpus: undefined,
    json: undefined,
    server: 'main',
    concurrency: 12,
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--seconds') options.seconds = Number(value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--corpus') options.corpus = value();
    else if (arg === '--json') options.json = value();
    else if (arg === '--server') options.server = value();
    else if (arg === '--concurrency') options.concurrency = Number(value());
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        'usage: node tests/soak/soak.mjs [--seconds N] [--seed N] [--corpus DIR] [--json FILE] [--server main|cli] [--concurrency N] [--quiet]\n',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  if (!(options.seconds > 0)) throw new Error('--seconds must be a positive number');
  if (!Number.isInteger(options.seed)) throw new Error('--seed must be an integer');
  if (options.server !== 'main' && options.server !== 'cli') throw new Error('--server is main or cli');
  return options;
}

// ---- deterministic randomness --------------------------------------------------------------------

/** mulberry32: small, fast, good enough to pick actions. */
function prng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/** Text typed into documents: entity phrases, punctuation, quotes, line breaks of every kind, emoji. */
const SNIPPETS = [
  'Jens Stoltenberg',
  'Mr. Stoltenberg',
  'Secretary General ',
  'NATO',
  'the Alliance',
  'Lloyd J. Austin III',
  'Secretary Austin',
  'Brussels',
  ' on Thursday',
  '12 October 2023',
  'next week',
  '$41.2 million',
  'KFOR',
  'Kosovo Force (KFOR)',
  'the European Union',
  '“We stand with Ukraine,” he said.',
  '"Quoted," said Ms. Virtanen.',
  "it's",
  '‘single’',
  ' ',
  '. ',
  ', ',
  ': ',
  '\n',
  '\n\n',
  '\r\n',
  '\r\n\r\n',
  '\r',
  '🇪🇺',
  '👩‍👩‍👧',
  '😀',
  'Zoë Łukasz García Márquez',
  'مرحبا بالعالم',
  '\u200b',
  '\u202e',
  '\t',
  '- ',
  '• ',
  '###',
  'MS. MORGAN: ',
  'Q: ',
  'BRUSSELS, 12 October 2023 – ',
  'For immediate release\n',
  'Contact: press@example.org',
  'x',
  'e',
  'The',
];

function randomText(random) {
  if (random.chance(0.15)) {
    let text = '';
    const length = 1 + random.int(12);
    for (let i = 0; i < length; i++)
      text += String.fromCharCode(random.chance(0.8) ? 32 + random.int(95) : random.int(0x3000));
    return text;
  }
  let text = random.pick(SNIPPETS);
  while (random.chance(0.3)) text += random.pick(SNIPPETS);
  return text;
}

// ---- documents (our copy, as the server's TextDocument sees it) ------------------------------------

/** Line starts of a text (\r\n, \r and \n end lines, as in LSP), cached per string. */
const lineStartCache = new Map();
function lineStarts(text) {
  let starts = lineStartCache.get(text);
  if (starts) return starts;
  starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (code === 10) starts.push(i + 1);
  }
  if (lineStartCache.size > 200) lineStartCache.clear();
  lineStartCache.set(text, starts);
  return starts;
}

function lineLength(text, starts, line) {
  const start = starts[line];
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end - start;
}

function positionAt(text, offset) {
  const starts = lineStarts(text);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
}

function offsetAt(text, position) {
  const starts = lineStarts(text);
  return starts[position.line] + position.character;
}

/** A random offset that does not fall between the CR and LF of a CRLF (a position cannot). */
function randomOffset(random, text) {
  let offset = random.int(text.length + 1);
  if (offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10) offset--;
  return offset;
}

function isPosition(value) {
  return (
    value !== null &&
    typeof value === 'object' &&
    Number.isInteger(value.line) &&
    Number.isInteger(value.character)
  );
}

/** Is this position inside the text (character at most the line's length)? */
function positionInside(text, position) {
  if (!isPosition(position)) return false;
  const starts = lineStarts(text);
  if (position.line < 0 || position.line >= starts.length || position.character < 0) return false;
  return position.character <= lineLength(text, starts, position.line);
}

function before(a, b) {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function rangeInside(text, range) {
  return (
    range !== null &&
    typeof range === 'object' &&
    positionInside(text, range.start) &&
    positionInside(text, range.end) &&
    before(range.start, range.end)
  );
}

// ---- result validation ---------------------------------------------------------------------------

const TOKEN_TYPES = 12;
const TOKEN_MODIFIER_MASK = 1;

/** Problems of a semantic token array for this text ([] when well formed). */
function tokenProblems(text, data) {
  if (!Array.isArray(data)) return ['data is not an array'];
  if (data.length % 5 !== 0) return [`data length ${data.length} is not a multiple of 5`];
  const starts = lineStarts(text);
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = data.slice(i, i + 5);
    if (![deltaLine, deltaStart, length, type, modifiers].every((n) => Number.isInteger(n) && n >= 0))
      return [`token ${i / 5}: negative or non-integer value`];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    if (length === 0) return [`token ${i / 5}: empty`];
    if (type >= TOKEN_TYPES) return [`token ${i / 5}: type ${type} outside the legend`];
    if ((modifiers & ~TOKEN_MODIFIER_MASK) !== 0)
      return [`token ${i / 5}: modifiers ${modifiers} outside the legend`];
    if (line >= starts.length) return [`token ${i / 5}: line ${line} past the end`];
    if (character + length > lineLength(text, starts, line))
      return [`token ${i / 5}: past the end of line ${line}`];
  }
  return [];
}

/** FNV-1a over a number array: equal arrays, equal hashes. */
function hashNumbers(data) {
  let hash = 0x811c9dc5;
  for (const n of data) {
    hash ^= n;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${data.length}:${hash}`;
}

function applyTokenEdits(previous, edits) {
  const data = [...previous];
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    data.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  return data;
}

function symbolProblems(text, symbols, path = '') {
  if (!Array.isArray(symbols)) return [`${path}symbols are not an array`];
  for (const [index, symbol] of symbols.entries()) {
    const where = `${path}${index}`;
    if (typeof symbol?.name !== 'string' || symbol.name.trim() === '') return [`symbol ${where}: empty name`];
    if (!rangeInside(text, symbol.range)) return [`symbol ${where}: range outside the document`];
    if (!rangeInside(text, symbol.selectionRange))
      return [`symbol ${where}: selectionRange outside the document`];
    if (
      !before(symbol.range.start, symbol.selectionRange.start) ||
      !before(symbol.selectionRange.end, symbol.range.end)
    )
      return [`symbol ${where}: selectionRange not inside range`];
    if (symbol.children) {
      const problems = symbolProblems(text, symbol.children, `${where}.`);
      if (problems.length > 0) return problems;
    }
  }
  return [];
}

/** Ranges of mentions: inside the document, and covering some text that is not only white space. */
function mentionRangeProblems(text, ranges) {
  for (const range of ranges) {
    if (!rangeInside(text, range)) return ['range outside the document'];
    const covered = text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
    if (!/\S/.test(covered)) return [`range covers ${JSON.stringify(covered)}, not a mention`];
  }
  return [];
}

function locationProblems(text, uri, locations) {
  for (const location of locations) {
    if (location?.uri !== uri) return [`location in another document: ${location?.uri}`];
  }
  return mentionRangeProblems(
    text,
    locations.map((location) => location.range),
  );
}

function editProblems(text, edits) {
  const sorted = [...edits].sort((a, b) => offsetAt(text, a.range.start) - offsetAt(text, b.range.start));
  let end = -1;
  for (const edit of sorted) {
    if (!rangeInside(text, edit.range)) return ['edit range outside the document'];
    if (typeof edit.newText !== 'string') return ['edit without newText'];
    const start = offsetAt(text, edit.range.start);
    if (start < end) return ['overlapping edits'];
    end = offsetAt(text, edit.range.end);
  }
  return [];
}

/** Problems of one answer, given the document as it was when the request was sent. */
function resultProblems(method, result, request) {
  const { text, uri, version } = request;
  const problems = [];
  const need = (ok, message) => {
    if (!ok) problems.push(message);
  };
  switch (method) {
    case 'textDocument/hover':
      if (result !== null) {
        need(typeof result?.contents?.value === 'string', 'hover without Markdown');
        if (result.range !== undefined) problems.push(...mentionRangeProblems(text, [result.range]));
      }
      break;
    case 'textDocument/semanticTokens/full':
      problems.push(...tokenProblems(text, result?.data));
      break;
    case 'textDocument/semanticTokens/range':
      // LSP lets a server answer a broader range (a mention running into the range from the line
      // before is sent whole), so only the document bounds are checked.
      problems.push(...tokenProblems(text, result?.data));
      break;
    case 'textDocument/semanticTokens/full/delta':
      if (Array.isArray(result?.edits)) {
        if (request.previousData === undefined) break; // we no longer know the base: nothing to check
        problems.push(...tokenProblems(text, applyTokenEdits(request.previousData, result.edits)));
      } else problems.push(...tokenProblems(text, result?.data));
      break;
    case 'textDocument/inlayHint':
      need(Array.isArray(result), 'inlay hints not an array');
      for (const hint of result ?? [])
        need(positionInside(text, hint.position), 'inlay hint outside the document');
      break;
    case 'textDocument/documentSymbol':
      problems.push(...symbolProblems(text, result));
      break;
    case 'textDocument/definition':
      if (result !== null)
        problems.push(...locationProblems(text, uri, Array.isArray(result) ? result : [result]));
      break;
    case 'textDocument/references':
      need(Array.isArray(result), 'references not an array');
      problems.push(...locationProblems(text, uri, result ?? []));
      break;
    case 'textDocument/documentHighlight':
      need(Array.isArray(result), 'highlights not an array');
      problems.push(
        ...mentionRangeProblems(
          text,
          (result ?? []).map((highlight) => highlight.range),
        ),
      );
      break;
    case 'textDocument/prepareRename':
      if (result !== null && result.defaultBehavior === undefined)
        need(rangeInside(text, result.range ?? result), 'prepareRename range outside the document');
      break;
    case 'textDocument/rename':
      if (result !== null) {
        const changes = result.documentChanges ?? [];
        for (const change of changes) {
          need(change.textDocument?.uri === uri, 'rename edits another document');
          need(
            change.textDocument?.version === version,
            `rename for version ${change.textDocument?.version}, sent at ${version}`,
          );
          problems.push(...editProblems(text, change.edits ?? []));
        }
        for (const [target, edits] of Object.entries(result.changes ?? {})) {
          need(target === uri, 'rename edits another document');
          problems.push(...editProblems(text, edits));
        }
      }
      break;
    case 'textDocument/foldingRange': {
      need(Array.isArray(result), 'folding ranges not an array');
      const lines = lineStarts(text).length;
      for (const fold of result ?? [])
        need(
          Number.isInteger(fold.startLine) &&
            fold.startLine >= 0 &&
            fold.startLine <= fold.endLine &&
            fold.endLine < lines,
          'folding range outside the document',
        );
      break;
    }
    case 'textDocument/codeAction':
      need(Array.isArray(result), 'code actions not an array');
      for (const action of result ?? []) {
        need(typeof action?.title === 'string' && action.title.length > 0, 'code action without title');
        for (const change of action?.edit?.documentChanges ?? []) {
          if (change.textDocument?.uri === uri) problems.push(...editProblems(text, change.edits ?? []));
        }
        for (const [target, edits] of Object.entries(action?.edit?.changes ?? {}))
          if (target === uri) problems.push(...editProblems(text, edits));
      }
      break;
    case 'textDocument/codeLens':
      need(Array.isArray(result), 'code lenses not an array');
      for (const lens of result ?? []) need(rangeInside(text, lens.range), 'code lens outside the document');
      break;
    case 'workspace/symbol':
      need(Array.isArray(result), 'workspace symbols not an array');
      for (const symbol of result ?? [])
        need(typeof symbol?.name === 'string' && symbol.location, 'bad workspace symbol');
      break;
    case 'dateline/entities':
      need(Array.isArray(result), 'entities not an array');
      for (const entity of result ?? [])
        need(rangeInside(text, entity.first), 'entity first mention outside the document');
      break;
    case 'dateline/summary':
      need(typeof result?.markdown === 'string', 'summary without Markdown');
      break;
    default:
      break;
  }
  return problems;
}

/** Errors a client must expect: cancelled, not supported (completion), a refused rename. */
function expectedError(method, code, cancelled) {
  if (code === -32800) return cancelled; // RequestCancelled
  if (code === -32601) return method === 'textDocument/completion'; // MethodNotFound
  if (code === -32803) return method === 'textDocument/rename'; // RequestFailed: not renameable
  return false;
}

// ---- the run -------------------------------------------------------------------------------------

function loadDocuments(corpus) {
  const files = [];
  const seeds = join(ROOT, 'seeds');
  for (const name of readdirSync(seeds).sort()) if (name.endsWith('.txt')) files.push(join(seeds, name));
  if (corpus) {
    for (const name of readdirSync(corpus).sort()) if (name.endsWith('.txt')) files.push(join(corpus, name));
  }
  const texts = files.map((file) => ({ name: basename(file), text: readFileSync(file, 'utf8') }));
  // Variants of the first seed: other line ends, and texts that are not releases at all.
  const seed = texts[0]?.text ?? '';
  texts.push(
    { name: 'seed-crlf.txt', text: seed.replace(/\n/g, '\r\n') },
    { name: 'seed-cr.txt', text: seed.replace(/\n/g, '\r') },
    { name: 'empty.txt', text: '' },
    { name: 'shopping-list.txt', text: 'eggs\nmilk\n\nbread 🍞\n' },
  );
  return texts.map(({ name, text }, index) => ({
    name,
    uri: `file:///soak/${index}/${encodeURIComponent(name)}`,
    original: text,
    languageId: index % 3 === 2 ? 'plaintext' : 'press-release',
  }));
}

const REQUEST_WEIGHTS = [
  ['textDocument/hover', 10],
  ['textDocument/semanticTokens/full', 5],
  ['textDocument/semanticTokens/full/delta', 4],
  ['textDocument/semanticTokens/range', 4],
  ['textDocument/inlayHint', 5],
  ['textDocument/documentSymbol', 3],
  ['textDocument/definition', 3],
  ['textDocument/references', 3],
  ['textDocument/documentHighlight', 4],
  ['textDocument/prepareRename', 2],
  ['textDocument/rename', 2],
  ['textDocument/foldingRange', 2],
  ['textDocument/codeAction', 3],
  ['textDocument/codeLens', 1],
  ['textDocument/completion', 1],
  ['workspace/symbol', 1],
  ['dateline/entities', 1],
  ['dateline/summary', 1],
];
const TOTAL_WEIGHT = REQUEST_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

function pickMethod(random) {
  let n = random.int(TOTAL_WEIGHT);
  for (const [method, weight] of REQUEST_WEIGHTS) {
    if (n < weight) return method;
    n -= weight;
  }
  return 'textDocument/hover';
}

function countInto(map, key) {
  map[key] = (map[key] ?? 0) + 1;
}

export async function soak(options) {
  const random = prng(options.seed);
  const log = options.quiet ? () => undefined : (line) => process.stderr.write(`${line}\n`);
  const documents = loadDocuments(options.corpus);
  const sentinel = documents[0];
  const server = new LspProcess({ server: options.server, settings: { codeLens: { enable: true } } });
  const report = {
    options: {
      seconds: options.seconds,
      seed: options.seed,
      corpus: options.corpus ?? null,
      server: options.server,
    },
    documents: {
      count: documents.length,
      bytes: documents.reduce((sum, d) => sum + Buffer.byteLength(d.original), 0),
    },
    requests: { sent: 0, answered: 0, byMethod: {}, cancelled: 0 },
    edits: { notifications: 0, changes: 0, fullText: 0 },
    openClose: { opened: 0, closed: 0 },
    errors: { expected: {}, unexpected: {} },
    unexpectedErrorSamples: [],
    invalidResults: 0,
    tokenIdProblems: { resultIdReused: 0, deltasOnReusedResultId: 0, deltaEditsOnStaleBase: 0 },
    invalidSamples: [],
    unanswered: 0,
    sentinelChecks: { passed: 0, failed: 0 },
    crashes: 0,
    exitCode: null,
    memoryKb: { start: null, peak: null, end: null, growth: null, secondHalfGrowth: null, samples: [] },
    seconds: 0,
    throughput: { requestsPerSecond: 0, editsPerSecond: 0 },
  };

  // The sentinel is the seed under its own uri, never edited: a hover on it must stay right.
  const SENTINEL_URI = 'file:///soak/sentinel.txt';
  const sentinelAt = (() => {
    const offset = sentinel.original.indexOf('Mr. Stoltenberg') + 6;
    return positionAt(sentinel.original, offset);
  })();

  await server.initialize();
  const state = new Map();
  for (const doc of documents) {
    server.open(doc.uri, doc.original, doc.languageId, 1);
    state.set(doc.uri, { ...doc, text: doc.original, version: 1, open: true, tokens: undefined });
    report.openClose.opened++;
  }
  server.open(SENTINEL_URI, sentinel.original, 'press-release', 1);

  async function checkSentinel() {
    try {
      const hover = await server.call(
        'textDocument/hover',
        { textDocument: { uri: SENTINEL_URI }, position: sentinelAt },
        60_000,
      );
      if (hover?.contents?.value?.startsWith('**Jens Stoltenberg** · person')) report.sentinelChecks.passed++;
      else {
        report.sentinelChecks.failed++;
        report.sentinelChecks.sample ??= brief(hover);
      }
    } catch (error) {
      report.sentinelChecks.failed++;
      report.sentinelChecks.sample ??= String(error);
    }
  }
  await checkSentinel(); // also: everything opened so far is analysed lazily from here on
  report.memoryKb.start = server.rssKb() ?? null;

  const inFlight = new Set();
  /** Per document: semantic tokens resultId -> fingerprint of the tokens it named; ids seen twice. */
  const resultIds = new Map();
  const started = Date.now();
  const deadline = started + options.seconds * 1000;
  let nextSample = started;
  let nextSentinel = started + 5000;
  let nextProgress = started + 10_000;

  function sampleMemory() {
    const rss = server.rssKb();
    if (rss === undefined) return;
    report.memoryKb.samples.push([Math.round((Date.now() - started) / 1000), rss]);
    report.memoryKb.peak = Math.max(report.memoryKb.peak ?? 0, rss);
  }

  function openDocs() {
    return [...state.values()].filter((doc) => doc.open);
  }

  function randomPosition(doc) {
    if (random.chance(0.05)) {
      return random.pick([
        { line: 1_000_000, character: 0 },
        { line: 0, character: 100_000 },
        { line: random.int(lineStarts(doc.text).length), character: 10_000 },
      ]);
    }
    return positionAt(doc.text, randomOffset(random, doc.text));
  }

  function randomRange(doc) {
    const a = randomOffset(random, doc.text);
    const b = randomOffset(random, doc.text);
    return { start: positionAt(doc.text, Math.min(a, b)), end: positionAt(doc.text, Math.max(a, b)) };
  }

  function edit(doc) {
    const changes = [];
    const count = random.chance(0.2) ? 2 + random.int(4) : 1;
    let fullText = false;
    for (let i = 0; i < count; i++) {
      if (random.chance(0.01)) {
        // Whole-document replacement (some clients do it on reformat): back to the original text.
        doc.text = random.chance(0.5) ? doc.original : doc.original.slice(0, random.int(doc.original.length));
        changes.push({ text: doc.text });
        fullText = true;
        continue;
      }
      const start = randomOffset(random, doc.text);
      let end = start;
      // insert, delete, replace: biased so that documents keep about their size over a long run.
      const size = doc.text.length / Math.max(200, doc.original.length);
      const roll = random.next();
      let kind = random.int(3);
      if (size < 0.7) kind = roll < 0.7 ? 0 : roll < 0.8 ? 1 : 2;
      else if (size > 1.4) kind = roll < 0.2 ? 0 : roll < 0.8 ? 1 : 2;
      if (kind > 0) {
        end = Math.min(doc.text.length, start + 1 + random.int(random.chance(0.1) ? 300 : 20));
        if (end > 0 && doc.text.charCodeAt(end - 1) === 13 && doc.text.charCodeAt(end) === 10) end--;
      }
      let inserted = kind === 1 ? '' : randomText(random);
      if (kind !== 1 && random.chance(0.1)) {
        // A paste: a slice of some release.
        const source = random.pick(documents).original;
        const from = random.int(source.length + 1);
        inserted = source.slice(from, from + random.int(400));
      }
      const range = { start: positionAt(doc.text, start), end: positionAt(doc.text, end) };
      doc.text = doc.text.slice(0, start) + inserted + doc.text.slice(end);
      changes.push({ range, text: inserted });
    }
    doc.version += 1;
    server.change(doc.uri, doc.version, changes);
    report.edits.notifications++;
    report.edits.changes += changes.length;
    if (fullText) report.edits.fullText++;
  }

  /** Tokens of a semantic tokens answer (a full result, or the edits applied to our base). */
  function tokensOf(sent, result) {
    if (!Array.isArray(result?.edits)) return result?.data;
    return sent.previousData && applyTokenEdits(sent.previousData, result.edits);
  }

  function invalid(sent, problems) {
    report.invalidResults++;
    if (report.invalidSamples.length < 20)
      report.invalidSamples.push({
        method: sent.method,
        problems,
        params: brief(sent.params),
        version: sent.version,
      });
  }

  function checkAnswer(sent, result) {
    const { method, uri } = sent;
    const tokensFull = method.startsWith('textDocument/semanticTokens/full');
    const ids = resultIds.get(uri) ?? { fingerprints: new Map(), reused: new Set(), lastIssued: undefined };
    resultIds.set(uri, ids);
    // A delta naming a base that is not the server's latest result for the document (ours was
    // older: an answer we dropped, a request in flight) must get a full result, not edits (was bug 6
    // of docs/reliability.md). Answers are in processing order, so the latest resultId answered
    // before this one is the server's latest when it handled this.
    if (tokensFull && result?.resultId) {
      const latest = ids.lastIssued;
      ids.lastIssued = result.resultId;
      // (`latest` is unknown when the document was closed and reopened while this request was in flight.)
      if (Array.isArray(result.edits) && latest !== undefined && sent.params.previousResultId !== latest) {
        report.tokenIdProblems.deltaEditsOnStaleBase++;
        invalid(sent, [
          `delta edits against ${sent.params.previousResultId}, not the latest result ${latest}`,
        ]);
        const doc = state.get(uri);
        if (doc) doc.tokens = undefined;
        return;
      }
    }
    // Two token sets sharing a resultId (was bug 5) make a delta on that id ambiguous: counted as
    // invalid, and the delta itself is not checked further.
    if (tokensFull && Array.isArray(result?.edits) && ids.reused.has(sent.params.previousResultId)) {
      report.tokenIdProblems.deltasOnReusedResultId++;
      invalid(sent, ['a delta on a resultId given to two different token sets']);
      const doc = state.get(uri);
      if (doc) doc.tokens = undefined;
      return;
    }
    const problems = resultProblems(method, result, sent);
    if (problems.length > 0) invalid(sent, problems);
    if (!tokensFull || !result?.resultId) return;
    const tokens = tokensOf(sent, result);
    if (tokens) {
      const fingerprint = hashNumbers(tokens);
      const seen = ids.fingerprints.get(result.resultId);
      if (seen !== undefined && seen !== fingerprint) {
        report.tokenIdProblems.resultIdReused++;
        invalid(sent, ['a resultId given to two different token sets']);
        ids.reused.add(result.resultId);
      }
      ids.fingerprints.set(result.resultId, fingerprint);
    }
    // Only the newest answer for the current version is a base for the next delta.
    const doc = state.get(uri);
    if (doc && !sent.cancelled && doc.version === sent.version)
      doc.tokens = tokens ? { resultId: result.resultId, data: tokens } : undefined;
  }

  function request(doc) {
    const method = pickMethod(random);
    const textDocument = { uri: doc.uri };
    let params;
    let previousData;
    switch (method) {
      case 'textDocument/semanticTokens/full':
      case 'textDocument/documentSymbol':
      case 'textDocument/foldingRange':
      case 'textDocument/codeLens':
        params = { textDocument };
        break;
      case 'textDocument/semanticTokens/full/delta':
        params = { textDocument, previousResultId: doc.tokens?.resultId ?? 'none' };
        previousData = doc.tokens?.data;
        break;
      case 'textDocument/semanticTokens/range':
      case 'textDocument/inlayHint':
        params = { textDocument, range: randomRange(doc) };
        break;
      case 'textDocument/codeAction':
        params = { textDocument, range: randomRange(doc), context: { diagnostics: [] } };
        break;
      case 'textDocument/references':
        params = {
          textDocument,
          position: randomPosition(doc),
          context: { includeDeclaration: random.chance(0.5) },
        };
        break;
      case 'textDocument/rename':
        params = {
          textDocument,
          position: randomPosition(doc),
          newName: random.pick(['Jens Stoltenbergh', 'X', '', ' ', 'Zoë']),
        };
        break;
      case 'workspace/symbol':
        params = { query: random.pick(['', 'sto', 'NATO', 'zz', 'brus']) };
        break;
      case 'dateline/entities':
      case 'dateline/summary':
        params = { uri: doc.uri };
        break;
      default:
        params = { textDocument, position: randomPosition(doc) };
    }
    const sent = {
      method,
      params,
      uri: doc.uri,
      text: doc.text,
      version: doc.version,
      previousData,
      cancelled: false,
    };
    const { id, response } = server.start(method, params, 60_000);
    report.requests.sent++;
    const settled = response.then(
      (message) => {
        report.requests.answered++;
        countInto(report.requests.byMethod, method);
        if (message.error) {
          const code = message.error.code;
          if (expectedError(method, code, sent.cancelled)) countInto(report.errors.expected, `${code}`);
          else {
            countInto(report.errors.unexpected, `${code}`);
            if (report.unexpectedErrorSamples.length < 20)
              report.unexpectedErrorSamples.push({
                method,
                code,
                message: message.error.message,
                params: brief(params),
              });
          }
          return;
        }
        checkAnswer(sent, message.result);
      },
      () => {
        if (server.alive) report.unanswered++;
      },
    );
    const entry = { id, sent, settled };
    inFlight.add(entry);
    settled.finally(() => inFlight.delete(entry));
    if (random.chance(0.08)) {
      // Cancel now or a moment later, as an editor does when the user moves on.
      const cancel = () => {
        if (!inFlight.has(entry)) return;
        sent.cancelled = true;
        report.requests.cancelled++;
        server.cancel(id);
      };
      if (random.chance(0.5)) cancel();
      else setTimeout(cancel, random.int(50));
    }
  }

  function openOrClose() {
    const docs = [...state.values()];
    const doc = random.pick(docs);
    if (doc.open && openDocs().length > 1) {
      server.close(doc.uri);
      doc.open = false;
      doc.tokens = undefined;
      resultIds.delete(doc.uri);
      report.openClose.closed++;
    } else if (!doc.open) {
      doc.text = random.chance(0.5) ? doc.original : doc.text;
      doc.version += 1;
      server.open(doc.uri, doc.text, doc.languageId, doc.version);
      doc.open = true;
      report.openClose.opened++;
    }
  }

  while (Date.now() < deadline && server.alive) {
    const now = Date.now();
    if (now >= nextSample) {
      sampleMemory();
      nextSample += 1000;
    }
    if (now >= nextProgress) {
      log(
        `soak: ${Math.round((now - started) / 1000)} s, ${report.requests.answered} answered, ${report.edits.notifications} edits, rss ${server.rssKb()} kB`,
      );
      nextProgress += 10_000;
    }
    if (now >= nextSentinel) {
      await Promise.allSettled([...inFlight].map((entry) => entry.settled));
      await checkSentinel();
      nextSentinel = Date.now() + 5000;
      continue;
    }
    while (inFlight.size >= options.concurrency && server.alive) {
      await Promise.race([...inFlight].map((entry) => entry.settled));
    }
    const docs = openDocs();
    const roll = random.next();
    if (roll < 0.4) edit(random.pick(docs));
    else if (roll < 0.97) request(random.pick(docs));
    else openOrClose();
    // Let the responses in (stdout is read between turns of the event loop).
    await new Promise((resolve) => setImmediate(resolve));
  }

  const ran = (Date.now() - started) / 1000;
  report.documents.bytesAtEnd = [...state.values()].reduce(
    (sum, doc) => sum + Buffer.byteLength(doc.text),
    0,
  );
  await Promise.allSettled([...inFlight].map((entry) => entry.settled));
  if (server.alive) await checkSentinel();
  sampleMemory();
  report.memoryKb.end = server.rssKb() ?? null;
  if (server.alive) {
    report.exitCode = await server.stop(30_000);
  } else {
    report.crashes++;
    report.exitCode = server.exitInfo?.code ?? null;
    report.crashStderr = server.stderr().slice(-4000);
  }
  if (report.exitCode !== 0 && report.crashes === 0) report.crashes++;
  report.seconds = Math.round(ran * 10) / 10;
  report.throughput.requestsPerSecond = Math.round(report.requests.answered / ran);
  report.throughput.editsPerSecond = Math.round(report.edits.notifications / ran);
  if (report.memoryKb.start !== null && report.memoryKb.end !== null)
    report.memoryKb.growth = report.memoryKb.end - report.memoryKb.start;
  // Warm-up (caches, JIT, the workspace index) is in the first half; a leak also grows in the second.
  const samples = report.memoryKb.samples;
  const middle = samples[Math.floor(samples.length / 2)];
  if (middle) report.memoryKb.secondHalfGrowth = report.memoryKb.end - middle[1];
  report.ok =
    report.crashes === 0 &&
    report.invalidResults === 0 &&
    report.unanswered === 0 &&
    report.sentinelChecks.failed === 0 &&
    Object.keys(report.errors.unexpected).length === 0;
  return report;
}

function brief(params) {
  const text = JSON.stringify(params);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function formatReport(report) {
  const mb = (kb) => (kb === null ? 'n/a' : `${(kb / 1024).toFixed(1)} MB`);
  const signed = (kb) => (kb === null ? 'n/a' : `${kb >= 0 ? '+' : ''}${mb(kb)}`);
  const lines = [
    `Dateline language server soak (${report.options.server}, seed ${report.options.seed}, ${report.seconds} s)`,
    `documents: ${report.documents.count} (${(report.documents.bytes / 1024).toFixed(0)} kB at the start, ${(report.documents.bytesAtEnd / 1024).toFixed(0)} kB at the end)${report.options.corpus ? ` incl. ${report.options.corpus}` : ''}`,
    `requests: ${report.requests.sent} sent, ${report.requests.answered} answered (${report.throughput.requestsPerSecond}/s), ${report.requests.cancelled} cancelled, ${report.unanswered} unanswered`,
    ...Object.entries(report.requests.byMethod)
      .sort((a, b) => b[1] - a[1])
      .map(([method, count]) => `  ${method.padEnd(40)} ${count}`),
    `edits: ${report.edits.notifications} didChange (${report.edits.changes} changes, ${report.edits.fullText} whole-text; ${report.throughput.editsPerSecond}/s); opened ${report.openClose.opened}, closed ${report.openClose.closed}`,
    `errors, expected: ${JSON.stringify(report.errors.expected)} (-32800 cancelled, -32601 completion, -32803 refused rename)`,
    `errors, unexpected: ${JSON.stringify(report.errors.unexpected)}`,
    ...report.unexpectedErrorSamples
      .slice(0, 5)
      .map((s) => `  ${s.method} ${s.code} ${s.message} ${s.params}`),
    `invalid results: ${report.invalidResults}`,
    `semantic token ids (each also an invalid result; bugs 5 and 6 of docs/reliability.md, fixed): resultIds reused ${report.tokenIdProblems.resultIdReused}, deltas on a reused id ${report.tokenIdProblems.deltasOnReusedResultId}, delta edits for a base that was not the latest ${report.tokenIdProblems.deltaEditsOnStaleBase}`,
    ...report.invalidSamples
      .slice(0, 5)
      .map((s) => `  ${s.method} v${s.version}: ${s.problems.join('; ')} ${s.params}`),
    `sentinel hovers: ${report.sentinelChecks.passed} right, ${report.sentinelChecks.failed} wrong`,
    `crashes: ${report.crashes} (exit code ${report.exitCode})`,
    `memory (RSS): start ${mb(report.memoryKb.start)}, peak ${mb(report.memoryKb.peak)}, end ${mb(report.memoryKb.end)}, growth ${signed(report.memoryKb.growth)} (second half ${signed(report.memoryKb.secondHalfGrowth)})`,
    report.ok ? 'OK' : 'FAILED',
  ];
  return `${lines.join('\n')}\n`;
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`soak: ${error.message}\n`);
    process.exit(2);
  }
  const report = await soak(options);
  process.stdout.write(formatReport(report));
  if (options.json) writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  if (report.crashStderr) process.stderr.write(`server stderr:\n${report.crashStderr}\n`);
  process.exit(report.ok ? 0 : 1);
}
