/**
 * Minimal reproducers of the language server bugs the resilience suite found (docs/reliability.md,
 * "Language server"), all fixed. A newly found bug goes here as `it.skip` with a `// BUG:` comment.
 */
import { describe, expect, it } from 'vitest';
import {
  expectAlive,
  frame,
  LspProcess,
  positionOf,
  SEED_TEXT,
  SEED_URI,
  startServer,
  TEST_TIMEOUT,
  useServer,
} from './harness.js';

/**
 * After a broken frame the server may lose the messages that framing swallowed, but it must find
 * the next message start again: one of a few hovers sent afterwards is answered.
 */
async function answersAgain(s: LspProcess, attempts: number): Promise<boolean> {
  const position = positionOf(SEED_TEXT, 'Mr. Stoltenberg', 6);
  for (let i = 0; i < attempts; i++) {
    try {
      await s.call('textDocument/hover', { textDocument: { uri: SEED_URI }, position }, 1500);
      return true;
    } catch {
      // swallowed by the broken frame; try again
    }
  }
  return false;
}

const body = JSON.stringify({ jsonrpc: '2.0', method: 'dateline/nothing', params: { a: 1 } });

describe('framing', () => {
  const server = useServer();

  // Was a bug: a Content-Length shorter than the body makes the server deaf for the rest of the session.
  // vscode-jsonrpc's reader parses the rest of the body plus the next header as one header block,
  // finds no Content-Length in it, reports an error and drops that header; from then on every
  // message's header is read glued to the previous message's body, so nothing is ever answered
  // again (not even shutdown) while the process stays alive: the editor sees timeouts forever and
  // does not restart the server. Fix idea (packages/language-server/src/connection.ts): read stdin
  // through a framing layer that, on a header block without a valid Content-Length, skips to the
  // next "Content-Length:" it finds, or exits with code 1 so the client restarts the server.
  it('a Content-Length shorter than the body: the server answers again afterwards', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    s.sendRaw(`Content-Length: ${Buffer.byteLength(body) - 5}\r\n\r\n${body}`);
    expect(await answersAgain(s, 5)).toBe(true);
  });

  // Was a bug: same as above with a Content-Length longer than the body: the following messages are read
  // as the rest of the body, then the framing never recovers.
  it('a Content-Length longer than the body: the server answers again afterwards', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    s.sendRaw(`Content-Length: ${Buffer.byteLength(body) + 40}\r\n\r\n${body}`);
    expect(await answersAgain(s, 5)).toBe(true);
  });

  // Was a bug: same: a header block with no body (the client died mid-write, then a new message came).
  it('a header without its body: the server answers again afterwards', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    s.sendRaw('Content-Length: 300\r\n\r\n');
    expect(await answersAgain(s, 8)).toBe(true);
  });

  // Was a bug: same: a header block without Content-Length (or with "Content-Length: abc").
  it('a header without Content-Length: the server answers again afterwards', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    s.sendRaw(`Content-Type: application/json\r\n\r\n${body}`);
    s.sendRaw(frame(body));
    expect(await answersAgain(s, 5)).toBe(true);
  });
});

describe('life cycle (LSP 3.17, "Lifecycle Messages")', () => {
  // Was a bug: a request before initialize is answered normally (hover → null, semantic tokens → empty)
  // instead of with ServerNotInitialized (-32002), as LSP requires ("the response should be an
  // error with code: -32002"). vscode-languageserver does not enforce it; the server's handlers
  // would need a guard (or a flag set in onInitialize).
  it('a request before initialize is answered ServerNotInitialized (-32002)', {
    timeout: TEST_TIMEOUT,
  }, async ({ onTestFinished }) => {
    const s = new LspProcess();
    onTestFinished(() => s.kill());
    const response = await s.request('textDocument/hover', {
      textDocument: { uri: SEED_URI },
      position: { line: 0, character: 0 },
    });
    expect(response.error?.code).toBe(-32002);
  });

  // Was a bug: after shutdown the server still answers requests normally; LSP: "If a server receives
  // requests after a shutdown request those requests should error with InvalidRequest" (-32600).
  it('a request after shutdown is answered InvalidRequest (-32600)', { timeout: TEST_TIMEOUT }, async ({
    onTestFinished,
  }) => {
    const s = await startServer();
    onTestFinished(() => s.kill());
    await expectAlive(s);
    await s.call('shutdown');
    const response = await s.request('textDocument/hover', {
      textDocument: { uri: SEED_URI },
      position: positionOf(SEED_TEXT, 'Mr. Stoltenberg', 6),
    });
    expect(response.error?.code).toBe(-32600);
  });
});

describe('positions', () => {
  const server = useServer();

  // Was a bug: a position whose character is not a number (a client bug, but a real one: "character":
  // "x", or a NaN from a broken computation) gives NaN in LineIndex.offsetAt, and the binary search
  // of entityAt then lands on an arbitrary mention: the hover below names "I" (a speaker on line
  // 48) for a position on line 10. Expected: InvalidParams (-32602) or null; offsetAt could treat a
  // non-finite character as 0 (or the server could validate positions in one place).
  it('a non-numeric character is refused or answered null, never an unrelated entity', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const response = await s.request('textDocument/hover', {
      textDocument: { uri: SEED_URI },
      position: { line: 10, character: 'x' },
    });
    if (response.error) expect(response.error.code).toBe(-32602);
    else expect(response.result).toBeNull();
  });
});

describe('semantic tokens result ids', () => {
  const server = useServer();

  // Was a bug: semantic token resultIds are not unique. vscode-languageserver's SemanticTokensBuilder
  // names a result `Date.now()`, and server.ts makes a new builder per full request, so two results
  // built in the same millisecond (a small document, requests in a burst) share one id while their
  // tokens differ: in this loop about a third of the answers reuse an earlier id. A client's next
  // full/delta request then names a base the server may resolve to the wrong token set, and the
  // edits it returns, applied to the client's copy, give garbage (the soak saw it once in 120 s:
  // delta tokens whose length was not a multiple of 5). Fix: ids from a counter (e.g. subclass the
  // builder, or keep `${uri}#${n}` -> data and diff with the exported SemanticTokensDiff).
  it('two different token sets never share a resultId', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    const uri = 'file:///resilience/bug-result-ids.txt';
    const texts = ['Jens Stoltenberg met Lloyd Austin in Brussels.', 'NATO met in Brussels.'];
    s.open(uri, texts[0] as string);
    const answers = [];
    for (let version = 2; version < 100; version++) {
      s.change(uri, version, [{ text: texts[version % 2] }]);
      answers.push(
        s.call<{ resultId: string; data: number[] }>('textDocument/semanticTokens/full', {
          textDocument: { uri },
        }),
      );
    }
    const tokensById = new Map<string, string>();
    const reused: string[] = [];
    for (const { resultId, data } of await Promise.all(answers)) {
      const tokens = data.join(',');
      const earlier = tokensById.get(resultId);
      if (earlier !== undefined && earlier !== tokens) reused.push(resultId);
      tokensById.set(resultId, tokens);
    }
    expect(reused).toEqual([]);
  });

  // Was a bug: a semantic tokens delta request naming a previousResultId that is not the server's latest
  // result for the document (a base the client kept after dropping a cancelled answer, or one that
  // never existed) is answered with EDITS against an older token set of the server's, which the
  // client does not have, instead of a full result. SemanticTokensBuilder.previousResult(id) keeps
  // its `_prevData` from an earlier matched delta when the id does not match, and buildEdits() then
  // diffs against it. The client applies those edits to its own base: wrong colours, or token data
  // whose length is not a multiple of 5 (the soak counts ~160 such answers a minute). Fix: answer
  // `builder.build()` unless `previousResultId` is the builder's current id (or a fresh builder).
  it('a delta on an unknown previousResultId gets a full result, not edits', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    await expectAlive(s); // the start-up reload (which clears token state) is over
    const uri = 'file:///resilience/bug-stale-delta.txt';
    s.open(uri, SEED_TEXT);
    const full = await s.call<{ resultId: string }>('textDocument/semanticTokens/full', {
      textDocument: { uri },
    });
    s.change(uri, 2, [
      {
        range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } },
        text: 'Mr. Austin met Jens Stoltenberg. ',
      },
    ]);
    const first = await s.call<{ edits?: unknown[] }>('textDocument/semanticTokens/full/delta', {
      textDocument: { uri },
      previousResultId: full.resultId,
    });
    expect(first.edits).toBeDefined(); // a proper delta: the server keeps this base from now on
    s.change(uri, 3, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Update\n\n' },
    ]);
    const second = await s.call<{ data?: number[]; edits?: unknown[] }>(
      'textDocument/semanticTokens/full/delta',
      {
        textDocument: { uri },
        previousResultId: 'an-id-the-server-never-gave',
      },
    );
    expect(second.edits).toBeUndefined();
    expect(second.data?.length).toBeGreaterThan(0);
  });
});

describe('cancellation', () => {
  const server = useServer();

  // Was a bug (minor): a cancelled semantic tokens request is answered with a successful, EMPTY result
  // ({ data: [] }: server.ts `guard` returns the fallback when the token is cancelled) instead of
  // RequestCancelled (-32800), which LSP advises. A client that applies answers of cancelled
  // requests (not VS Code, which drops them) would clear the colours of the whole document; the
  // same holds for every guarded request (hover null, symbols []), indistinguishable from "nothing
  // here". Fix: throw/return `new ResponseError(LSPErrorCodes.RequestCancelled, …)` when cancelled.
  it('a cancelled semantic tokens request is answered RequestCancelled or with the full result', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const uri = 'file:///resilience/bug-cancel.txt';
    s.open(uri, `${SEED_TEXT}\n\n`.repeat(20));
    const cancelled = s.start('textDocument/semanticTokens/full', { textDocument: { uri } });
    s.cancel(cancelled.id);
    const response = await cancelled.response;
    if (response.error) expect(response.error.code).toBe(-32800);
    else expect((response.result as { data: number[] }).data.length).toBeGreaterThan(0);
  });
});
