/**
 * Malformed JSON-RPC on the server's stdin, as raw bytes: the server drops what it cannot read and
 * answers the next good message. Unknown methods: a request gets MethodNotFound, a notification is
 * ignored. (A wrong Content-Length loses the framing for good: see bugs.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { expectAlive, frame, SEED_TEXT, SEED_URI, sleep, TEST_TIMEOUT, useServer } from './harness.js';

describe('malformed messages', () => {
  const server = useServer();

  it('bad JSON in a well-framed message is dropped', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    for (const body of [
      '{"jsonrpc":"2.0","id":900,"method":',
      '{"jsonrpc":"2.0","id":901,"method":"textDocument/hover",}',
      '{{{{',
      '\u0000\u0001\u0002',
      '\uFEFF{"jsonrpc":"2.0","method":"x"}',
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1]),
    ]) {
      s.sendRaw(frame(body));
      await expectAlive(s);
    }
  });

  it('a body that is not an object is dropped', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    for (const body of [
      '[1,2,3]',
      '[]',
      '42',
      '"hello"',
      'true',
      'null',
      '{}',
      '[{"jsonrpc":"2.0","id":902,"method":"x"}]',
    ]) {
      s.sendRaw(frame(body));
      await expectAlive(s);
    }
  });

  it('a message without method, or with a method of the wrong type, is dropped', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    for (const message of [
      { jsonrpc: '2.0', id: 903 },
      { jsonrpc: '2.0', id: 904, params: { textDocument: { uri: SEED_URI } } },
      { jsonrpc: '2.0', id: 905, method: 42 },
      { jsonrpc: '2.0', id: 906, method: null },
      { jsonrpc: '2.0', id: { nested: true }, method: 'textDocument/hover' },
      { jsonrpc: '1.0', id: 907, method: 'textDocument/hover' },
      { id: 908, method: 'textDocument/hover' },
      { jsonrpc: '2.0', params: 'no method' },
      // A response to a request the server never sent.
      { jsonrpc: '2.0', id: 909, result: { surprise: true } },
      { jsonrpc: '2.0', id: 910, error: { code: -1, message: 'nobody asked' } },
    ]) {
      s.send(message);
      await expectAlive(s);
    }
  });

  it('an empty body (Content-Length: 0) is dropped', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    s.sendRaw('Content-Length: 0\r\n\r\n');
    await expectAlive(s);
  });

  it('extra headers, lower-case names and a Content-Type are accepted', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'dateline/nothing' });
    s.sendRaw(
      `content-length: ${Buffer.byteLength(body)}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\nX-Extra: 1\r\n\r\n${body}`,
    );
    await expectAlive(s);
  });

  it('requests with missing or ill-typed params get an error or an empty answer, never a crash', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const methods = [
      'textDocument/hover',
      'textDocument/semanticTokens/full',
      'textDocument/semanticTokens/full/delta',
      'textDocument/semanticTokens/range',
      'textDocument/inlayHint',
      'textDocument/documentSymbol',
      'textDocument/definition',
      'textDocument/references',
      'textDocument/documentHighlight',
      'textDocument/prepareRename',
      'textDocument/rename',
      'textDocument/foldingRange',
      'textDocument/codeAction',
      'textDocument/codeLens',
      'workspace/symbol',
      'dateline/entities',
      'dateline/summary',
      'dateline/analyzeAnyway',
    ];
    const hostileParams: unknown[] = [
      undefined,
      null,
      {},
      [],
      42,
      'text',
      { textDocument: null, position: null, range: null },
      { textDocument: { uri: 42 }, position: { line: 'x', character: {} } },
      { textDocument: { uri: SEED_URI }, position: null, range: { start: null, end: 5 }, query: 42 },
      { uri: null },
    ];
    for (const method of methods) {
      for (const params of hostileParams) {
        const response = await s.request(method, params, 20_000);
        if (response.error) expect(typeof response.error.code).toBe('number');
      }
    }
    await expectAlive(s);
  });

  it('notifications with hostile params are ignored', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    const other = 'file:///resilience/malformed-notifications.txt';
    for (const method of [
      'textDocument/didOpen',
      'textDocument/didChange',
      'textDocument/didClose',
      'textDocument/didSave',
      'workspace/didChangeConfiguration',
      'workspace/didChangeWatchedFiles',
      'workspace/didChangeWorkspaceFolders',
      '$/cancelRequest',
      '$/setTrace',
    ]) {
      for (const params of [
        undefined,
        null,
        {},
        42,
        { textDocument: null },
        { textDocument: { uri: other, version: 'x', text: 5 } },
        { textDocument: { uri: other, version: 2 }, contentChanges: null },
        { textDocument: { uri: other, version: 3 }, contentChanges: [{ range: null, text: 5 }] },
        { changes: null, settings: 5, event: null, id: null },
      ]) {
        s.notify(method, params);
      }
    }
    await expectAlive(s);
  });
});

describe('unknown methods', () => {
  const server = useServer();

  it('an unknown request is answered MethodNotFound (-32601)', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    for (const method of ['dateline/noSuchThing', 'textDocument/completion', 'foo', '', '$/unknownRequest']) {
      const response = await s.request(method, {}, 20_000);
      expect(response.error?.code, method).toBe(-32601);
    }
    await expectAlive(s);
  });

  it('an unknown notification is ignored: no answer, nothing logged as an error', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const before = s.strayResponses.length;
    s.notify('dateline/noSuchNotification', { a: 1 });
    s.notify('$/unknownNotification', {});
    s.notify('textDocument/didFrobnicate', { textDocument: { uri: SEED_URI } });
    await expectAlive(s);
    await sleep(100);
    expect(s.strayResponses.length).toBe(before);
  });
});

describe('huge messages (10 MB)', () => {
  const server = useServer();
  const TEN_MB = 10 * 1024 * 1024;

  it('a 10 MB message of bad JSON is dropped', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    s.sendRaw(frame(`{"jsonrpc":"2.0","method":"x","params":"${'a'.repeat(TEN_MB)}`));
    await expectAlive(s);
  });

  it('a 10 MB unknown notification is ignored', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    s.notify('dateline/noSuchNotification', { blob: 'x'.repeat(TEN_MB) });
    await expectAlive(s);
  });

  it('a 10 MB didOpen is refused as too large, the rest keeps working', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    const uri = 'file:///resilience/ten-megabytes.txt';
    const text = `${SEED_TEXT}\n\n`.repeat(Math.ceil(TEN_MB / (SEED_TEXT.length + 2)));
    s.open(uri, text);
    const tokens = (await s.call('textDocument/semanticTokens/full', { textDocument: { uri } }, 30_000)) as {
      data: number[];
    };
    expect(tokens.data).toEqual([]);
    const status = await s.waitForNotification<{ uri: string; state: string }>(
      'dateline/status',
      (p) => p.uri === uri,
    );
    expect(status.state).toBe('too-large');
    expect(
      await s.call('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }),
    ).toBeNull();
    s.close(uri);
    await expectAlive(s);
  });
});
