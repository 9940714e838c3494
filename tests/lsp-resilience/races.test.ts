/**
 * Edits racing with requests, a thousand keystrokes, cancellation. The server reads messages in
 * order, so a request sent right after a change must be answered for the new version: exactly
 * what a quiet server answers for that text, never the old offsets, never a crash.
 */
import { describe, expect, it } from 'vitest';
import {
  expectAlive,
  lineLengths,
  offsetAt,
  type Position,
  positionAt,
  positionOf,
  type Range,
  type ResponseMessage,
  rangeInside,
  SEED_TEXT,
  TEST_TIMEOUT,
  textOf,
  useServer,
} from './harness.js';

interface Change {
  range: Range;
  text: string;
}

/** Applies an incremental change to our copy of the text, as the server's TextDocument does. */
function applyChange(text: string, change: Change): string {
  const start = offsetAt(text, change.range.start);
  const end = offsetAt(text, change.range.end);
  return text.slice(0, start) + change.text + text.slice(end);
}

/** Decodes semantic tokens into absolute positions. */
function decodeTokens(data: number[]): { line: number; character: number; length: number; type: number }[] {
  const tokens = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type] = data.slice(i, i + 4) as [number, number, number, number];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    tokens.push({ line, character, length, type });
  }
  return tokens;
}

describe('edits racing with requests', () => {
  const server = useServer();

  it('hovers and highlights sent right after each change answer for the new version', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    // Two texts the document alternates between: the seed, and the seed with "Yesterday, " before
    // "Mr. Stoltenberg" (line 10). The positions are the old and the new place of "Stoltenberg".
    const prefix = 'Yesterday, ';
    const texts = [
      SEED_TEXT,
      applyChange(SEED_TEXT, {
        range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } },
        text: prefix,
      }),
    ];
    const positions: Position[] = [
      { line: 10, character: 6 },
      { line: 10, character: 6 + prefix.length },
      { line: 10, character: 2 },
    ];
    const ask = (uri: string, position: Position) => [
      s.request('textDocument/hover', { textDocument: { uri }, position }, 30_000),
      s.request('textDocument/documentHighlight', { textDocument: { uri }, position }, 30_000),
    ];
    // What a quiet server answers for each text.
    const expected: unknown[][] = [];
    for (const [index, text] of texts.entries()) {
      const uri = `file:///resilience/race-reference-${index}.txt`;
      s.open(uri, text);
      const answers = await Promise.all(positions.flatMap((position) => ask(uri, position)));
      expected.push(answers.map((answer) => answer.result));
      s.close(uri);
    }
    const cardTitle = (answer: unknown) =>
      (answer as { contents?: { value?: string } } | null)?.contents?.value;
    expect(cardTitle(expected[0]?.[0])).toContain('**Jens Stoltenberg**');
    expect(cardTitle(expected[1]?.[2])).toContain('**Jens Stoltenberg**');

    const uri = 'file:///resilience/race.txt';
    s.open(uri, texts[0] as string);
    const answered: { textIndex: number; answers: Promise<ResponseMessage>[] }[] = [];
    for (let version = 2; version <= 61; version++) {
      const textIndex = version % 2 === 0 ? 1 : 0;
      const change =
        textIndex === 1
          ? { range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: prefix }
          : {
              range: { start: { line: 10, character: 0 }, end: { line: 10, character: prefix.length } },
              text: '',
            };
      s.change(uri, version, [change]);
      answered.push({ textIndex, answers: positions.flatMap((position) => ask(uri, position)) });
    }
    for (const { textIndex, answers } of answered) {
      const results = (await Promise.all(answers)).map((answer) => answer.result);
      expect(results).toEqual(expected[textIndex]);
    }
    s.close(uri);
    await expectAlive(s);
  });

  it('a whole-text replacement, then a request at a position that no longer exists', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const uri = 'file:///resilience/replaced.txt';
    s.open(uri, SEED_TEXT);
    const old = positionOf(SEED_TEXT, 'Tom Goffus', 2);
    const before = s.request('textDocument/hover', { textDocument: { uri }, position: old });
    const short = 'NATO statement\n\nBRUSSELS, 12 October 2023 – Mr. Stoltenberg spoke.\n';
    s.change(uri, 2, [{ text: short }]);
    const hover = s.request('textDocument/hover', { textDocument: { uri }, position: old });
    const references = s.request('textDocument/references', {
      textDocument: { uri },
      position: old,
      context: { includeDeclaration: true },
    });
    const tokens = s.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    expect(((await before).result as { contents: { value: string } }).contents.value).toContain('Tom Goffus');
    // Line 40 no longer exists: clamped to the end of the new text, where there is no mention.
    expect((await hover).result).toBeNull();
    expect((await references).result).toEqual([]);
    const lengths = lineLengths(short);
    const data = ((await tokens).result as { data: number[] }).data;
    for (const token of decodeTokens(data)) {
      const range = {
        start: { line: token.line, character: token.character },
        end: { line: token.line, character: token.character + token.length },
      };
      expect(rangeInside(range, lengths)).toBe(true);
    }
    s.close(uri);
    await expectAlive(s);
  });

  it('a thousand keystrokes typed one at a time, then the hover is still right', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const uri = 'file:///resilience/typed.txt';
    let text = SEED_TEXT;
    let version = 1;
    s.open(uri, text, 'press-release', version);
    // Typed before "Mr. Stoltenberg" (line 10): a paragraph with names, quotes, emoji, CRLF, and a
    // backspace now and then, as a person types.
    const typed =
      'Minister Hanna Virtanen of Finland met “Mr. Austin” in Brussels 🇪🇺 on Friday; she said: "We will not waver." \r\n' +
      'The Alliance, NATO and the EU 👩‍👩‍👧 agreed. ';
    const pending: Promise<ResponseMessage>[] = [];
    let cursor = offsetAt(text, { line: 10, character: 0 });
    let keystrokes = 0;
    while (keystrokes < 1000) {
      for (const char of typed) {
        if (keystrokes >= 1000) break;
        keystrokes++;
        version++;
        const at = positionAt(text, cursor);
        let change: Change;
        if (keystrokes % 37 === 0 && at.character > 0) {
          // Backspace (one UTF-16 unit: may split an emoji for a moment, as editors allow).
          change = { range: { start: positionAt(text, cursor - 1), end: at }, text: '' };
          cursor -= 1;
        } else {
          change = { range: { start: at, end: at }, text: char };
          cursor += char.length;
        }
        text = applyChange(text, change);
        s.change(uri, version, [change]);
        // An editor asks for colours and hints while the user types.
        if (keystrokes % 100 === 0) {
          pending.push(s.request('textDocument/semanticTokens/full', { textDocument: { uri } }, 30_000));
          pending.push(
            s.request(
              'textDocument/inlayHint',
              {
                textDocument: { uri },
                range: { start: { line: 0, character: 0 }, end: positionAt(text, cursor) },
              },
              30_000,
            ),
          );
        }
      }
    }
    for (const response of await Promise.all(pending)) expect(response.error).toBeUndefined();

    const at = positionOf(text, 'Mr. Stoltenberg thanked', 6);
    const hover = (await s.call('textDocument/hover', { textDocument: { uri }, position: at }, 30_000)) as {
      contents: { value: string };
      range: Range;
    };
    expect(hover.contents.value.split('\n')[0]).toBe('**Jens Stoltenberg** · person');
    expect(textOf(text, hover.range)).toBe('Mr. Stoltenberg');
    const data = (
      (await s.call('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] }
    ).data;
    const person = decodeTokens(data).find(
      (token) =>
        token.line === at.line &&
        token.character <= at.character &&
        at.character < token.character + token.length,
    );
    expect(person?.type).toBe(0); // person, the first type of the legend
    s.close(uri);
    await expectAlive(s);
  });
});

describe('cancellation', () => {
  const server = useServer();
  const big = `${SEED_TEXT}\n\n`.repeat(40); // ~180 kB: a second or two to analyse

  /** A cancelled request is answered: RequestCancelled, or a well-formed result. */
  function expectCancelledOrResult(response: ResponseMessage): void {
    if (response.error) expect(response.error.code).toBe(-32800);
    else expect((response.result as { data: number[] }).data.length % 5).toBe(0);
  }

  it('semantic tokens on a big document cancelled at once, in flight, and after the answer', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const uri = 'file:///resilience/cancel.txt';
    s.open(uri, big);
    const first = s.start('textDocument/semanticTokens/full', { textDocument: { uri } }, 30_000);
    s.cancel(first.id);
    expectCancelledOrResult(await first.response);

    s.change(uri, 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Update: ' },
    ]);
    const inFlight = s.start('textDocument/semanticTokens/full', { textDocument: { uri } }, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    s.cancel(inFlight.id);
    expectCancelledOrResult(await inFlight.response);

    const full = await s.call<{ data: number[] }>(
      'textDocument/semanticTokens/full',
      { textDocument: { uri } },
      30_000,
    );
    expect(full.data.length).toBeGreaterThan(5 * 100);
    // Cancelling what was already answered, or what never existed, changes nothing.
    s.cancel(inFlight.id);
    s.cancel(123_456_789);
    s.cancel('no-such-id');
    s.close(uri);
    await expectAlive(s);
  });

  it('a burst of requests, every other one cancelled: all answered, server up', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const uri = 'file:///resilience/cancel-burst.txt';
    s.open(uri, big);
    const methods = [
      'textDocument/semanticTokens/full',
      'textDocument/documentSymbol',
      'textDocument/foldingRange',
      'textDocument/inlayHint',
      'textDocument/hover',
    ];
    const started = [];
    for (let i = 0; i < 60; i++) {
      const method = methods[i % methods.length] as string;
      const request = s.start(
        method,
        {
          textDocument: { uri },
          position: { line: i, character: 3 },
          range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } },
        },
        30_000,
      );
      if (i % 2 === 0) s.cancel(request.id);
      started.push(request);
    }
    for (const request of started) {
      const response = await request.response;
      if (response.error) expect(response.error.code).toBe(-32800);
    }
    s.close(uri);
    await expectAlive(s);
  });
});
