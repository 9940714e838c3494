/**
 * Documents the server does not have (never opened, closed, changed without an open) answer null
 * or empty; hostile document contents (binary-ish, huge, empty) are opened without harm; positions
 * out of range are clamped (LSP: "If the character value is greater than the line length it
 * defaults back to the line length"), and every range answered lies inside the document.
 */
import { describe, expect, it } from 'vitest';
import {
  expectAlive,
  hoverAt,
  lineLengths,
  type Position,
  positionOf,
  type Range,
  rangeInside,
  SEED_TEXT,
  SEED_URI,
  TEST_TIMEOUT,
  textOf,
  useServer,
} from './harness.js';

/** Every request that takes a document, with params built for a position or range. */
function documentRequests(uri: string, position: Position, range: Range): [string, unknown][] {
  const textDocument = { uri };
  return [
    ['textDocument/hover', { textDocument, position }],
    ['textDocument/semanticTokens/full', { textDocument }],
    ['textDocument/semanticTokens/full/delta', { textDocument, previousResultId: '1' }],
    ['textDocument/semanticTokens/range', { textDocument, range }],
    ['textDocument/inlayHint', { textDocument, range }],
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/definition', { textDocument, position }],
    ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
    ['textDocument/documentHighlight', { textDocument, position }],
    ['textDocument/prepareRename', { textDocument, position }],
    ['textDocument/rename', { textDocument, position, newName: 'Someone Else' }],
    ['textDocument/foldingRange', { textDocument }],
    ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
    ['textDocument/codeLens', { textDocument }],
    ['dateline/entities', { uri }],
    ['dateline/summary', { uri }],
  ];
}

/** An answer that says "nothing here": null, an empty list, no tokens, a summary saying why. */
function isEmptyAnswer(method: string, result: unknown): boolean {
  if (result === null) return true;
  if (Array.isArray(result)) return result.length === 0;
  if (method.startsWith('textDocument/semanticTokens')) {
    const tokens = result as { data?: number[]; edits?: unknown[] };
    return (tokens.data ?? []).length === 0 && (tokens.edits ?? []).length === 0;
  }
  if (method === 'dateline/summary')
    return /^Dateline has no summary/.test((result as { markdown: string }).markdown);
  return false;
}

const ORIGIN = { line: 0, character: 0 };
const FIRST_LINE = { start: ORIGIN, end: { line: 0, character: 10 } };

describe('documents the server does not have', () => {
  const server = useServer();

  it('a document never opened: every request answers empty', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    for (const [method, params] of documentRequests(
      'file:///resilience/never-opened.txt',
      ORIGIN,
      FIRST_LINE,
    )) {
      const response = await s.request(method, params, 20_000);
      expect(response.error, method).toBeUndefined();
      expect(isEmptyAnswer(method, response.result), `${method}: ${JSON.stringify(response.result)}`).toBe(
        true,
      );
    }
    await expectAlive(s);
  });

  it('a closed document: every request answers empty, reopening works again', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const uri = 'file:///resilience/closed.txt';
    s.open(uri, SEED_TEXT);
    const position = { line: 10, character: 6 }; // "Mr. Stoltenberg"
    expect((await hoverAt(s, uri, position))?.contents.value).toContain('Jens Stoltenberg');
    s.close(uri);
    for (const [method, params] of documentRequests(uri, position, FIRST_LINE)) {
      const response = await s.request(method, params, 20_000);
      expect(response.error, method).toBeUndefined();
      expect(isEmptyAnswer(method, response.result), `${method}: ${JSON.stringify(response.result)}`).toBe(
        true,
      );
    }
    s.open(uri, SEED_TEXT, 'press-release', 7);
    expect((await hoverAt(s, uri, position))?.contents.value).toContain('Jens Stoltenberg');
    s.close(uri);
    await expectAlive(s);
  });

  it('didChange and didClose of a document never opened are ignored', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    const uri = 'file:///resilience/ghost.txt';
    s.change(uri, 2, [{ range: { start: ORIGIN, end: ORIGIN }, text: 'boo' }]);
    s.change(uri, 3, [{ text: 'whole new text' }]);
    s.close(uri);
    s.close(uri);
    expect(await hoverAt(s, uri, ORIGIN)).toBeNull();
    await expectAlive(s);
  });

  it('a change with a range past the end of the document is applied clamped', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const uri = 'file:///resilience/change-past-end.txt';
    s.open(uri, SEED_TEXT);
    const far = { line: 1_000_000, character: 1_000_000 };
    s.change(uri, 2, [{ range: { start: far, end: far }, text: '\n\nMr. Stoltenberg left.' }]);
    s.change(uri, 3, [{ range: { start: { line: -5, character: -5 }, end: ORIGIN }, text: '' }]);
    const symbols = (await s.call(
      'textDocument/documentSymbol',
      { textDocument: { uri } },
      20_000,
    )) as unknown[];
    expect(symbols.length).toBeGreaterThan(0);
    s.close(uri);
    await expectAlive(s);
  });
});

describe('hostile document contents', () => {
  const server = useServer();

  async function everyRequest(uri: string, text: string): Promise<void> {
    const s = server();
    const lengths = lineLengths(text);
    const lastLine = lengths.length - 1;
    const end = { line: lastLine, character: lengths[lastLine] ?? 0 };
    const positions = [ORIGIN, { line: lastLine >> 1, character: 3 }, end];
    for (const position of positions) {
      for (const [method, params] of documentRequests(uri, position, { start: ORIGIN, end })) {
        const response = await s.request(method, params, 30_000);
        if (response.error) {
          // Only a refused rename may fail (RequestFailed), and with a message.
          expect(method).toBe('textDocument/rename');
          expect(response.error.code).toBe(-32803);
          continue;
        }
        const result = response.result as { range?: Range } | null;
        if (method === 'textDocument/hover' && result?.range)
          expect(rangeInside(result.range, lengths), method).toBe(true);
      }
    }
  }

  it('an empty document', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    const uri = 'file:///resilience/empty.txt';
    s.open(uri, '');
    await everyRequest(uri, '');
    s.close(uri);
    await expectAlive(s);
  });

  it('binary-ish text: every UTF-16 code unit, NULs, lone surrogates, control characters', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const uri = 'file:///resilience/binary.txt';
    let text = '';
    for (let i = 0; i < 65_536; i++) text += String.fromCharCode((i * 7919) % 65_536);
    text += '\u0000'.repeat(1000);
    text += '\uD800\uDC00\uDFFF\uD800'.repeat(100);
    text += '\u202E\u2066\r\r\n\n\u2028';
    s.open(uri, text);
    await everyRequest(uri, text);
    s.close(uri);
    await expectAlive(s);
  });

  it('a release glued to binary noise keeps its entities', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    const uri = 'file:///resilience/release-and-noise.txt';
    const noise = '\u0000\u0001\uFFFD\uD83D'.repeat(500);
    const text = `${SEED_TEXT}\n\n${noise}\n`;
    s.open(uri, text);
    expect((await hoverAt(s, uri, { line: 10, character: 6 }))?.contents.value).toContain('Jens Stoltenberg');
    await everyRequest(uri, text);
    s.close(uri);
    await expectAlive(s);
  });

  it('a 600 kB release (under the 2 MB limit) is analysed; a 3 MB one is refused as too large', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const copies = (bytes: number) =>
      `${SEED_TEXT}\n\n`.repeat(Math.ceil(bytes / Buffer.byteLength(`${SEED_TEXT}\n\n`)));
    const big = { uri: 'file:///resilience/big.txt', text: copies(600_000) };
    const tooBig = { uri: 'file:///resilience/too-big.txt', text: copies(3_000_000) };
    s.open(tooBig.uri, tooBig.text);
    expect(await hoverAt(s, tooBig.uri, { line: 10, character: 6 })).toBeNull();
    const status = await s.waitForNotification<{ uri: string; state: string }>(
      'dateline/status',
      (p) => p.uri === tooBig.uri,
    );
    expect(status.state).toBe('too-large');
    s.close(tooBig.uri);
    s.open(big.uri, big.text);
    // The second copy (the core reads the tail of a long repetition as page residue).
    const hover = await hoverAt(s, big.uri, positionOf(big.text, 'Mr. Stoltenberg thanked', 6, 1));
    expect(hover?.contents.value.split('\n')[0]).toBe('**Jens Stoltenberg** · person');
    expect(hover?.range && textOf(big.text, hover.range)).toBe('Mr. Stoltenberg');
    s.close(big.uri);
    await expectAlive(s);
  });

  it('one 200,000-character line', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    const uri = 'file:///resilience/one-line.txt';
    const text = 'Jens Stoltenberg met Lloyd Austin in Brussels on 12 October 2023. '.repeat(3000);
    s.open(uri, text);
    const hover = await hoverAt(s, uri, { line: 0, character: text.length - 10 });
    if (hover?.range) expect(rangeInside(hover.range, lineLengths(text))).toBe(true);
    const tokens = (await s.call('textDocument/semanticTokens/full', { textDocument: { uri } }, 30_000)) as {
      data: number[];
    };
    expect(tokens.data.length % 5).toBe(0);
    s.close(uri);
    await expectAlive(s);
  });
});

describe('positions out of range', () => {
  const server = useServer();
  const lengths = lineLengths(SEED_TEXT);
  const lastLine = lengths.length - 1;

  const positionMethods = [
    'textDocument/hover',
    'textDocument/definition',
    'textDocument/references',
    'textDocument/documentHighlight',
    'textDocument/prepareRename',
  ];

  /** Every range in a result (hover, locations, highlights, prepareRename) lies inside the seed. */
  function rangesIn(result: unknown): Range[] {
    if (result === null || result === undefined) return [];
    if (Array.isArray(result)) return result.flatMap(rangesIn);
    const value = result as { range?: Range; start?: Position; end?: Position };
    if (value.range) return [value.range];
    if (value.start && value.end) return [value as Range];
    return [];
  }

  it.each([
    ['line 10^6', { line: 1_000_000, character: 0 }],
    ['line 2^31 and character 2^31', { line: 2 ** 31, character: 2 ** 31 }],
    ['negative character', { line: 10, character: -1 }],
    ['negative line', { line: -1, character: 5 }],
    ['character past the end of the line', { line: 10, character: 100_000 }],
    ['character past the end of the last line', { line: lastLine, character: 100_000 }],
    ['character in the line break', { line: 10, character: (lengths[10] ?? 0) + 1 }],
  ])(
    '%s: answers are clamped and inside the document',
    { timeout: TEST_TIMEOUT },
    async (_name, position) => {
      const s = server();
      for (const method of positionMethods) {
        const params = { textDocument: { uri: SEED_URI }, position, context: { includeDeclaration: true } };
        const response = await s.request(method, params, 20_000);
        expect(response.error, method).toBeUndefined();
        for (const range of rangesIn(response.result)) expect(rangeInside(range, lengths), method).toBe(true);
      }
      const range = { start: { line: 0, character: 0 }, end: position };
      for (const method of [
        'textDocument/semanticTokens/range',
        'textDocument/inlayHint',
        'textDocument/codeAction',
      ]) {
        const response = await s.request(method, {
          textDocument: { uri: SEED_URI },
          range,
          context: { diagnostics: [] },
        });
        expect(response.error, method).toBeUndefined();
      }
      const reversed = { start: position, end: { line: 0, character: 0 } };
      const hints = await s.request('textDocument/inlayHint', {
        textDocument: { uri: SEED_URI },
        range: reversed,
      });
      expect(hints.error).toBeUndefined();
      await expectAlive(s);
    },
  );

  it('a character past the end of the line hovers as the end of that line, never the next line', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    // Line 10 starts with "Mr. Stoltenberg"; the clamped position is its end, not line 11.
    const hover = await hoverAt(s, SEED_URI, { line: 10, character: 100_000 });
    if (hover?.range) {
      expect(hover.range.end.line).toBe(10);
      expect(hover.range.end.character).toBeLessThanOrEqual(lengths[10] ?? 0);
    }
    // A negative character clamps to the line start: "Mr. Stoltenberg".
    const start = await hoverAt(s, SEED_URI, { line: 10, character: -7 });
    expect(start?.contents.value.split('\n')[0]).toBe('**Jens Stoltenberg** · person');
    await expectAlive(s);
  });
});
