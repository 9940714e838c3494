/**
 * Analysis sessions (src/incremental): after any edit, a session's analysis is byte for byte the
 * analysis `analyze()` computes from scratch. Edits are random (characters inserted, deleted or
 * replaced, paragraphs split, joined and pasted, line endings turned to CRLF) over the seeds and
 * fixtures and, when present, the shared corpus of real releases (read at test time, never copied).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognitionContext } from '../../src/analyze.js';
import { Generations } from '../../src/incremental/generations.js';
import {
  type KeptParagraph,
  type LocalCandidates,
  recognizeIn,
  recognizeLocal,
} from '../../src/incremental/paragraphs.js';
import { TokenPieces } from '../../src/incremental/tokens.js';
import { analyze, createAnalysisSession } from '../../src/index.js';
import type { RecognitionContext } from '../../src/recognize/context.js';
import { lexicon } from '../../src/recognize/lexicon.js';
import { taggerHooks } from '../../src/recognize/tagger/apply.js';
import { gazetteerCodes } from '../../src/recognize/tagger/features.js';
import { tokenize } from '../../src/text/tokenize.js';
import type { AnalyzeOptions } from '../../src/types.js';
import { runs } from '../properties/contract.js';
import { repoRoot, sharedCorpusDir, textFilesIn } from '../support/repo-paths.js';

const TIMEOUT = 120_000;

const repoTexts = [
  ...textFilesIn(join(repoRoot, 'seeds')),
  ...textFilesIn(fileURLToPath(new URL('../fixtures/', import.meta.url))),
].map((file) => readFileSync(file, 'utf8'));
const corpusTexts = textFilesIn(sharedCorpusDir).map((file) => readFileSync(file, 'utf8'));

/** An edit as a function of the text, with where it applies drawn as a fraction of the length. */
type Edit = (text: string) => string;

const at = (text: string, where: number) => Math.floor(where * (text.length + 1));

const fragment = fc.oneof(
  fc.constantFrom(' ', 'a', 'X', '.', ',', '\n', '"', '’', '-', '2023', 'é'),
  fc.constantFrom(
    'Jens Stoltenberg',
    ' NATO ',
    'Mr. Biden',
    ' the North Atlantic Treaty Organization (NATO)',
    ' on Monday, 9 October 2023',
    ' in Brussels, Belgium.',
    ' $5 million',
    '"We will act," said the Secretary General.',
    'Secretary of Defense Lloyd Austin',
    '12/10/2023',
    '\n\nMEDIA CONTACT\nJane Doe, jane@example.com\n',
    '###',
  ),
  fc.string({ maxLength: 6 }),
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fragment).map(
    ([where, s]): Edit =>
      (t) =>
        t.slice(0, at(t, where)) + s + t.slice(at(t, where)),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(
    ([where, n]): Edit =>
      (t) =>
        t.slice(0, at(t, where)) + t.slice(at(t, where) + n),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 12 }), fragment).map(
    ([where, n, s]): Edit =>
      (t) =>
        t.slice(0, at(t, where)) + s + t.slice(at(t, where) + n),
  ),
  // Split a paragraph.
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (where): Edit =>
      (t) =>
        `${t.slice(0, at(t, where))}\n\n${t.slice(at(t, where))}`,
  ),
  // Join the paragraph after a point to the one before it.
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (where): Edit =>
      (t) => {
        const gap = t.indexOf('\n\n', at(t, where));
        return gap < 0 ? t : `${t.slice(0, gap)} ${t.slice(gap + 2)}`;
      },
  ),
  // Paste a paragraph of the text (or a copy of one) somewhere else.
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(
    ([from, to]): Edit =>
      (t) => {
        const start = t.indexOf('\n\n', at(t, from));
        if (start < 0) return t;
        const end = t.indexOf('\n\n', start + 2);
        const paragraph = t.slice(start, end < 0 ? t.length : end);
        const target = t.indexOf('\n\n', at(t, to));
        return target < 0 ? t + paragraph : t.slice(0, target) + paragraph + t.slice(target);
      },
  ),
  // A block that changes how the structure reads the blocks after it (end mark, About heading,
  // contact heading, page residue, a speaker label), without touching their text.
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom(
        '###',
        '-ends-',
        'About NATO',
        'MEDIA CONTACT',
        'Share this article',
        'Q:',
        'MR. STOLTENBERG:',
      ),
    )
    .map(
      ([where, block]): Edit =>
        (t) => {
          const gap = t.indexOf('\n\n', at(t, where));
          return gap < 0 ? `${t}\n\n${block}` : `${t.slice(0, gap)}\n\n${block}${t.slice(gap)}`;
        },
    ),
  // Line endings: the whole text, or one line, in CRLF.
  fc.constant<Edit>((t) => t.replace(/\r?\n/g, '\r\n')),
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (where): Edit =>
      (t) => {
        const nl = t.indexOf('\n', at(t, where));
        return nl < 0 || t[nl - 1] === '\r' ? t : `${t.slice(0, nl)}\r${t.slice(nl)}`;
      },
  ),
);

/** Analyses `base` and then each edited version in one session, comparing with analyze() each time. */
function assertSessionMatches(base: string, edits: readonly Edit[], options: AnalyzeOptions = {}): void {
  const session = createAnalysisSession();
  let text = base;
  expect(JSON.stringify(session.analyze(text, options))).toBe(JSON.stringify(analyze(text, options)));
  for (const apply of edits) {
    text = apply(text);
    expect(JSON.stringify(session.analyze(text, options))).toBe(JSON.stringify(analyze(text, options)));
  }
}

describe('an analysis session gives what analyze() gives', () => {
  it('has texts to edit', () => {
    expect(repoTexts.length).toBeGreaterThan(0);
  });

  it(
    'seeds and fixtures, edited one step after another',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...repoTexts),
          fc.array(edit, { minLength: 1, maxLength: 6 }),
          (base, edits) => assertSessionMatches(base, edits),
        ),
        runs(40),
      );
    },
    TIMEOUT,
  );

  it.skipIf(corpusTexts.length === 0)(
    `real releases from the shared corpus, edited (${corpusTexts.length ? `${corpusTexts.length} texts` : 'absent: skipped'})`,
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...corpusTexts),
          fc.array(edit, { minLength: 1, maxLength: 4 }),
          (base, edits) => assertSessionMatches(base, edits),
        ),
        runs(30),
      );
    },
    TIMEOUT,
  );

  it('undo and redo: versions that come back, and one text analysed twice', () => {
    const base = repoTexts[0] ?? '';
    const middle = base.indexOf('\n\n', base.length >> 1);
    const typed = `${base.slice(0, middle)} Mr. Stoltenberg agreed.${base.slice(middle)}`;
    assertSessionMatches(base, [() => typed, () => base, () => typed, () => typed, () => '', () => base]);
  });

  it('options may change from one call to the next', () => {
    const base = repoTexts[0] ?? '';
    const session = createAnalysisSession();
    const options: AnalyzeOptions[] = [
      {},
      { releaseDate: '2020-02-29' },
      { dictionary: { entities: [{ name: 'Defence Ministers', type: 'event' }], ignore: ['Brussels'] } },
      {},
    ];
    for (const option of options)
      expect(JSON.stringify(session.analyze(base, option))).toBe(JSON.stringify(analyze(base, option)));
  });

  it('a tagger model swapped between calls (tests and training do) is not mixed with the old one', () => {
    const base = repoTexts[0] ?? '';
    const session = createAnalysisSession();
    session.analyze(base);
    const shipped = taggerHooks.model;
    try {
      taggerHooks.model = null;
      expect(JSON.stringify(session.analyze(base))).toBe(JSON.stringify(analyze(base)));
    } finally {
      taggerHooks.model = shipped;
    }
    expect(JSON.stringify(session.analyze(base))).toBe(JSON.stringify(analyze(base)));
  });
});

describe('the paragraph-local recognisers', () => {
  it.each([
    ['seeds and fixtures', repoTexts],
    [
      `the shared corpus (${corpusTexts.length ? `${corpusTexts.length} texts` : 'absent: nothing to check'})`,
      corpusTexts,
    ],
  ])('find in each paragraph alone what they find in the whole document: %s', (_, texts) => {
    for (const text of texts) {
      const { structure, ctx } = recognitionContext(text);
      const blocks = structure.blocks.map((b) => b.block);
      const byParagraph = recognizeLocal(ctx, blocks, structure.mined, new Generations(), 'paragraphs');
      expect(JSON.stringify(byParagraph)).toBe(JSON.stringify(recognizeIn(ctx, structure.mined)));
    }
  });
});

/** A token as plain data, to compare token lists. */
const plain = (tokens: ReturnType<typeof tokenize>) =>
  tokens.map((t) => [t.start, t.text, t.lower, t.kind, t.gap, t.upper, t.allCaps, t.charKind]);

describe('the tokens of the pieces between blank lines', () => {
  // What could make a piece tokenize otherwise than in the whole text: the whitespace a cut may
  // fall in, CRLF and the other breaks, apostrophes and clitics at a piece's start or end.
  const piece = fc.constantFrom(
    'Jens Stoltenberg met Mr. Biden',
    'North Atlantic',
    'Treaty Organization in Brussels',
    '’s',
    "'t",
    'O’Brien',
    'Israel’s',
    '\u00a0',
    ' \t',
    '\n',
    '\r\n',
    '\r',
    '\u2028',
    '\u2029',
    '\n\n',
    '\r\n\r\n',
    '\n \n',
    '\n\u3000\r\n\n',
    '\v',
    'F-16',
    '2023',
    'é',
    '\ud83d\ude00',
  );
  const texts = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

  it('are the whole text’s, edit after edit', () => {
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 5 }), (versions) => {
        const pieces = new TokenPieces();
        for (const text of versions) {
          pieces.begin();
          const tokens = pieces.tokenize(text);
          expect(plain(tokens)).toEqual(plain(tokenize(text)));
          expect(pieces.gazetteerCodes(tokens, lexicon())).toEqual(gazetteerCodes(tokens, lexicon()));
        }
      }),
      runs(300),
    );
  });

  it('are reused where a piece is unchanged and moved where it moved', () => {
    const pieces = new TokenPieces();
    const analyse = (text: string) => {
      pieces.begin();
      const tokens = pieces.tokenize(text);
      expect(plain(tokens)).toEqual(plain(tokenize(text)));
      expect(pieces.gazetteerCodes(tokens, lexicon())).toEqual(gazetteerCodes(tokens, lexicon()));
      return tokens;
    };
    const first = 'NATO met.\n\nMr. Biden spoke.\r\n\r\nOn Monday, 9 October 2023.';
    const before = analyse(first);
    // The last piece edited: the first piece's tokens are the same objects.
    const last = analyse(`${first}’s`);
    expect(last[0]).toBe(before[0]);
    // The first piece edited: the others' tokens are moved, new objects at their new offsets.
    const moved = analyse(`X${first}`);
    expect(moved.at(-1)).not.toBe(before.at(-1));
    expect(moved.at(-1)?.start).toBe((before.at(-1)?.start ?? 0) + 1);
    // Codes are only given for the tokens the pieces made.
    expect(pieces.gazetteerCodes(tokenize(`X${first}`), lexicon())).toBeUndefined();
  });
});

describe('what a session keeps', () => {
  it('keys a paragraph by what the structure says of its tokens, not only by its text', () => {
    // The same text, once mined and once residue (as a heading further up can make it): the
    // paragraph's candidates must not be carried from one reading to the other.
    const text = 'Jens Stoltenberg met Mr. Biden in Brussels.\n\nNATO spent $5 million.';
    const tokens = tokenize(text);
    const ctx = (skip: number, sentenceStart: number): RecognitionContext => ({
      text,
      tokens,
      lexicon: lexicon(),
      skip: new Uint8Array(tokens.length).fill(skip),
      sentenceStart: new Uint8Array(tokens.length).fill(sentenceStart),
    });
    const blocks = [
      { start: 0, end: 43 },
      { start: 45, end: text.length },
    ];
    const count = (found: LocalCandidates) => Object.values(found).reduce((n, list) => n + list.length, 0);
    const memo = new Generations<string, KeptParagraph>();
    const readings = [ctx(0, 0), ctx(1, 0), ctx(0, 1), ctx(0, 0)];
    const counts = readings.map((reading) => {
      memo.begin();
      const found = recognizeLocal(reading, blocks, blocks, memo);
      expect(JSON.stringify(found)).toBe(JSON.stringify(recognizeLocal(reading, blocks, blocks, undefined)));
      return count(found);
    });
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(0);
  });

  it('is what the last analysis used, however long the session', () => {
    const memo = new Generations<string, number>();
    for (let version = 0; version < 100; version++) {
      memo.begin();
      for (let paragraph = 0; paragraph < 10; paragraph++) {
        const key = paragraph === 5 ? `edited ${version}` : `paragraph ${paragraph}`;
        if (memo.get(key) === undefined) memo.set(key, paragraph);
      }
      expect(memo.size).toBe(10);
    }
  });
});
