/**
 * Every analysis the core produces is valid against docs/schema/analysis-1.json, satisfies the offset
 * invariant and is deterministic: over the fixtures, the seeds, the shared corpus of real releases
 * (when present) and synthetic edge texts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Analysis, type AnalyzeOptions, analyze } from '../src/index.js';
import { assertOffsetInvariant } from './support/offset-invariant.js';
import { repoRoot, sharedCorpusDir, textFilesIn } from './support/repo-paths.js';
import { validateAnalysis } from './support/validate-analysis.js';

const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const seedsDir = join(repoRoot, 'seeds');

/** Where two strings first differ, with a little context, for a readable determinism failure. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  return `outputs differ at character ${i}:\n  run 1: …${a.slice(from, i + 60)}\n  run 2: …${b.slice(from, i + 60)}`;
}

/** Analyse `text` and check the result: schema, plain JSON data, offset invariant. Returns its JSON. */
function checkAnalysis(text: string, options?: AnalyzeOptions): string {
  const analysis: Analysis = analyze(text, options);
  const json = JSON.stringify(analysis);
  const parsed: unknown = JSON.parse(json);
  expect(validateAnalysis(parsed), 'schema violations').toEqual([]);
  expect(parsed, 'analysis is plain JSON data').toEqual(analysis);
  assertOffsetInvariant(text, analysis);
  return json;
}

/** Check `text` and that a second run serialises byte for byte the same. */
function checkDeterministic(text: string, options?: AnalyzeOptions): void {
  const first = checkAnalysis(text, options);
  const second = JSON.stringify(analyze(text, options));
  if (first !== second) expect.fail(firstDifference(first, second));
}

const repoTexts = [...textFilesIn(fixturesDir), ...textFilesIn(seedsDir)];

describe('fixtures and seeds', () => {
  it('finds at least one text', () => {
    expect(repoTexts.length).toBeGreaterThan(0);
  });

  for (const file of repoTexts) {
    it(relative(repoRoot, file), () => {
      checkDeterministic(readFileSync(file, 'utf8'));
    });
  }

  for (const file of textFilesIn(seedsDir)) {
    it(`${relative(repoRoot, file)} with releaseDate 2023-10-12`, () => {
      checkDeterministic(readFileSync(file, 'utf8'), { releaseDate: '2023-10-12' });
    });
  }
});

describe('shared corpus of real releases', () => {
  const corpus = textFilesIn(sharedCorpusDir);
  if (corpus.length === 0) {
    const reason = existsSync(sharedCorpusDir) ? 'holds no .txt files' : 'is absent';
    console.warn(`schema.test: shared corpus ${sharedCorpusDir} ${reason}; its checks are skipped.`);
    it.skip(`skipped: shared corpus ${sharedCorpusDir} ${reason}`, () => {});
    return;
  }
  for (const file of corpus) {
    it(relative(sharedCorpusDir, file), () => {
      checkDeterministic(readFileSync(file, 'utf8'));
    });
  }
});

function seedText(): string {
  const [seed] = textFilesIn(seedsDir);
  if (!seed) throw new Error(`no seed text in ${seedsDir}`);
  return readFileSync(seed, 'utf8');
}

/** A deterministic ~2 MB release-like text: the seed, varied paragraphs, CRLF, emoji, numbers. */
function generatedText(minLength: number): string {
  const seed = seedText();
  const names = [
    'Jens Stoltenberg',
    'Lloyd J. Austin III',
    'Ursula von der Leyen',
    'Mark Rutte',
    'Kaja Kallas',
  ];
  const places = ['Brussels', 'Washington', 'Kyiv', 'Vilnius', 'The Hague'];
  const months = ['January', 'March', 'June', 'October', 'December'];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < minLength; i++) {
    const name = names[i % names.length] ?? '';
    const place = places[(i * 3) % places.length] ?? '';
    const day = (i % 28) + 1;
    const month = months[(i * 7) % months.length];
    const eol = i % 3 === 0 ? '\r\n' : '\n';
    const part =
      i % 10 === 0
        ? seed
        : [
            `${place.toUpperCase()}, ${day} ${month} ${2000 + (i % 30)} – Secretary General ${name} met 😀 ministers.`,
            `“We will spend $${(i * 37) % 1000}.5 million on ${i % 50} F-16 aircraft,” said Mr. ${name.split(' ').at(-1)}.`,
            `Q: What happens next week, ${name}? 👩‍👩‍👧 Contact: press${i}@example.org, +32 2 707 ${1000 + (i % 9000)}.`,
          ].join(eol);
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('\n\n');
}

const BOM = '\uFEFF';
const edgeTexts: [string, () => string][] = [
  ['the empty text', () => ''],
  ['two newlines only', () => '\n\n'],
  ['whitespace only', () => ' \t\u00a0\u2003 \n \r\n\t'],
  ['emoji and surrogate pairs', () => '😀 Jens Stoltenberg met 👩‍👩‍👧 in Brussels'],
  ['emoji glued to names', () => 'Meeting:😀Jens Stoltenberg😀met👩‍👩‍👧Lloyd Austin🇺🇸in Brussels🇧🇪.'],
  ['astral letters', () => '𝐁𝐫𝐮𝐬𝐬𝐞𝐥𝐬, 𝟏𝟐 𝐎𝐜𝐭𝐨𝐛𝐞𝐫 𝟐𝟎𝟐𝟑 – 𝐉𝐞𝐧𝐬 𝐒𝐭𝐨𝐥𝐭𝐞𝐧𝐛𝐞𝐫𝐠 met NATO ministers.'],
  ['lone surrogates', () => 'Jens \uD83D Stoltenberg met \uDE00 Lloyd Austin in Brussels \uD83D'],
  [
    'a BOM-led text',
    () => `${BOM}NATO Secretary General\n\nBRUSSELS, 12 October 2023 – Jens Stoltenberg spoke.\n`,
  ],
  ['the seed led by a BOM', () => `${BOM}${seedText()}`],
  [
    'a CRLF text',
    () => 'Title Line\r\n\r\nBRUSSELS, 12 October 2023 – Jens Stoltenberg met NATO.\r\n\r\n###\r\n',
  ],
  ['the seed with CRLF line ends', () => seedText().replace(/\r?\n/g, '\r\n')],
  [
    'a text with a lone CR',
    () => 'NATO Secretary General\rBRUSSELS, 12 October 2023 – Jens Stoltenberg met NATO.\rMore.',
  ],
  ['the seed with CR line ends', () => seedText().replace(/\r?\n/g, '\r')],
  [
    'control characters and NUL',
    () => 'Jens\u0000 Stoltenberg\u0007 met\u000b NATO\f in Brussels\u2028on 12 October 2023.',
  ],
  ['one long line without breaks', () => 'Jens Stoltenberg met NATO ministers in Brussels. '.repeat(2000)],
  ['punctuation only', () => '“”‘’—–-…()[]{}.,;:!?\'"###***'],
];

describe('synthetic edge texts', () => {
  for (const [name, make] of edgeTexts) {
    it(name, () => {
      checkDeterministic(make());
    });
  }

  it('a 2 MB generated text', { timeout: 120_000 }, () => {
    const text = generatedText(2 * 1024 * 1024);
    expect(text.length).toBeGreaterThanOrEqual(2 * 1024 * 1024);
    checkAnalysis(text);
  });
});
