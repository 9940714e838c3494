/**
 * The life cycle, both ways of starting the server: messages before initialize, shutdown then exit
 * (code 0), exit without shutdown (code 1, as LSP says), the editor closing the pipe.
 */
import { describe, expect, it, type TestContext } from 'vitest';
import { expectAlive, LspProcess, SEED_TEXT, SEED_URI, TEST_TIMEOUT } from './harness.js';

/** Every test has its own server (killed when the test ends), so the tests run concurrently. */
function spawnServer(context: TestContext, server: 'main' | 'cli'): LspProcess {
  const process = new LspProcess({ server });
  context.onTestFinished(() => process.kill());
  return process;
}

describe.concurrent.each(['main', 'cli'] as const)('%s', (server) => {
  it('shutdown then exit: exit code 0', { timeout: TEST_TIMEOUT }, async (context) => {
    const s = spawnServer(context, server);
    await s.initialize();
    s.open(SEED_URI, SEED_TEXT);
    await expectAlive(s);
    const shutdown = await s.request('shutdown', undefined, 20_000);
    expect(shutdown).toMatchObject({ result: null });
    s.notify('exit');
    expect(await s.exited).toEqual({ code: 0, signal: null });
  });

  it('exit without shutdown: exit code 1', { timeout: TEST_TIMEOUT }, async (context) => {
    const s = spawnServer(context, server);
    await s.initialize();
    s.notify('exit');
    expect(await s.exited).toEqual({ code: 1, signal: null });
  });

  it('the editor closing stdin ends the server (code 1, no shutdown was asked)', {
    timeout: TEST_TIMEOUT,
  }, async (context) => {
    const s = spawnServer(context, server);
    await s.initialize();
    s.child.stdin?.end();
    expect(await s.exited).toEqual({ code: 1, signal: null });
  });
});

describe.concurrent('before initialize', () => {
  it('notifications are dropped and the server initialises afterwards', {
    timeout: TEST_TIMEOUT,
  }, async (context) => {
    const s = spawnServer(context, 'main');
    s.open(SEED_URI, `${SEED_TEXT} (opened too early)`);
    s.notify('textDocument/didChange', {
      textDocument: { uri: SEED_URI, version: 2 },
      contentChanges: [{ text: 'garbage' }],
    });
    s.notify('workspace/didChangeConfiguration', { settings: { dateline: { enable: 'never' } } });
    s.notify('$/cancelRequest', { id: 1 });
    s.notify('dateline/noSuchNotification', {});
    await s.initialize();
    s.open(SEED_URI, SEED_TEXT);
    await expectAlive(s);
  });

  it('requests do not crash the server, which initialises afterwards', {
    timeout: TEST_TIMEOUT,
  }, async (context) => {
    const s = spawnServer(context, 'main');
    for (const method of [
      'textDocument/hover',
      'textDocument/semanticTokens/full',
      'dateline/entities',
      'shutdown',
    ]) {
      const response = await s.request(method, {
        textDocument: { uri: SEED_URI },
        position: { line: 0, character: 0 },
      });
      expect(response.id).toBeTypeOf('number');
    }
    await s.initialize();
    s.open(SEED_URI, SEED_TEXT);
    await expectAlive(s);
  });

  it('exit before initialize ends the server with code 1', { timeout: TEST_TIMEOUT }, async (context) => {
    const s = spawnServer(context, 'main');
    s.notify('exit');
    expect(await s.exited).toEqual({ code: 1, signal: null });
  });
});

describe.concurrent('initialize twice, odd initialize params', () => {
  it('a second initialize does not crash the server', { timeout: TEST_TIMEOUT }, async (context) => {
    const s = spawnServer(context, 'main');
    await s.initialize();
    const again = await s.request('initialize', { processId: null, rootUri: null, capabilities: {} }, 20_000);
    expect(again.id).toBeTypeOf('number');
    s.open(SEED_URI, SEED_TEXT);
    await expectAlive(s);
  });

  it('initialize with empty capabilities and hostile options works', {
    timeout: TEST_TIMEOUT,
  }, async (context) => {
    const s = spawnServer(context, 'main');
    const result = await s.call<{ capabilities: Record<string, unknown> }>(
      'initialize',
      {
        processId: null,
        rootUri: 'not a uri',
        workspaceFolders: [
          { uri: 'file:///definitely/not/here', name: 'x' },
          { uri: 'untitled:1', name: 'y' },
        ],
        initializationOptions: { dateline: { maxDocumentSize: 'huge', enable: 42, inlayHints: null } },
        capabilities: {},
      },
      20_000,
    );
    expect(result.capabilities.hoverProvider).toBe(true);
    s.notify('initialized', {});
    s.open(SEED_URI, SEED_TEXT);
    await expectAlive(s);
  });
});
