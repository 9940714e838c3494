/**
 * Documents through the protocol: plain text that is not a release, "analyze anyway", the size
 * guard, incremental edits, and requests the server cannot answer (unknown or closed documents,
 * positions out of range), which get empty answers and never take the server down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { positionOf, SEED_TEXT, startClient, type TestClient } from './client.js';

describe('documents', () => {
  let client: TestClient;

  beforeAll(async () => {
    client = await startClient('dist/main.js --stdio', { settings: { maxDocumentSize: 100_000 } });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('skips plain text that is not a release, and analyses it on dateline/analyzeAnyway', async () => {
    const uri = 'file:///virtual/shopping.txt';
    client.open(uri, 'Shopping\n\n- milk for Acme Corp in Paris\n- eggs\n');
    const skipped = await client.waitFor('dateline/status', (p: { uri: string }) => p.uri === uri);
    expect(skipped).toMatchObject({
      state: 'skipped',
      reason: 'the text does not look like a press release',
    });
    expect(
      await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }),
    ).toEqual({
      data: [],
    });
    await client.connection.sendRequest('dateline/analyzeAnyway', { uri });
    await client.waitFor(
      'dateline/status',
      (p: { uri: string; state: string }) => p.uri === uri && p.state === 'analyzed',
    );
  });

  it('always analyses the press-release language', async () => {
    const uri = 'file:///virtual/short.release.txt';
    client.open(uri, 'Acme hires Jane Doe\n\nJane Doe joins Acme in Paris.\n', 'press-release');
    await client.waitFor(
      'dateline/status',
      (p: { uri: string; state: string }) => p.uri === uri && p.state === 'analyzed',
    );
  });

  it('refuses a document over dateline.maxDocumentSize with a status and one Information diagnostic', async () => {
    const uri = 'file:///virtual/huge.txt';
    const text = `${SEED_TEXT}\n${'More words about NATO and Kosovo. '.repeat(4000)}`;
    client.open(uri, text);
    const status = await client.waitFor(
      'dateline/status',
      (p: { uri: string; state: string }) => p.uri === uri && p.state === 'too-large',
    );
    expect(status).toMatchObject({ state: 'too-large' });
    const diagnostics = (await client.waitFor(
      'textDocument/publishDiagnostics',
      (p: { uri: string; diagnostics: unknown[] }) => p.uri === uri && p.diagnostics.length > 0,
    )) as { diagnostics: { severity: number; code: string; message: string }[] };
    expect(diagnostics.diagnostics).toHaveLength(1);
    expect(diagnostics.diagnostics[0]).toMatchObject({ severity: 3, code: 'too-large' });
    const hover = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(text, 'Mr. Stoltenberg', 6),
    });
    expect(hover).toBeNull();
  });

  it('follows incremental edits: the hover answers for the new text', async () => {
    const uri = 'file:///virtual/edited.txt';
    client.open(uri, SEED_TEXT);
    await client.waitFor('dateline/status', (p: { uri: string }) => p.uri === uri);
    // Replace "Mr. Stoltenberg" by "Mr. Stoltenbergh" at its first occurrence.
    const start = positionOf(SEED_TEXT, 'Mr. Stoltenberg', 15);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start, end: start }, text: 'h' }],
    });
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(SEED_TEXT, 'Mr. Stoltenberg', 6),
    })) as { range: { end: { character: number } } } | null;
    expect(hover?.range.end.character).toBe(start.character + 1);
    const diagnostics = await client.waitFor(
      'textDocument/publishDiagnostics',
      (p: { uri: string; version?: number }) => p.uri === uri && p.version === 2,
    );
    expect(diagnostics).toBeDefined();
  });

  it('analyses a document opened right after initialized once, and again only when a setting changes its analysis', async () => {
    const fresh = await startClient('dist/main.js --stdio', { settings: { maxDocumentSize: 100_000 } });
    try {
      const uri = 'file:///virtual/once.txt';
      fresh.open(uri, SEED_TEXT); // while the server is still reading its settings after initialized
      const analyses = () =>
        fresh.notifications.filter(
          (n) => n.method === 'dateline/status' && (n.params as { uri: string; state: string }).uri === uri,
        ).length;
      const reloaded = async (settings: Record<string, unknown>) => {
        const earlier = new Set(fresh.notifications.map((n) => n.params));
        Object.assign(fresh.settings, settings);
        await fresh.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
        // The reload republishes every open document's diagnostics: the first new one for ours.
        await fresh.waitFor(
          'textDocument/publishDiagnostics',
          (p: { uri: string }) => p.uri === uri && !earlier.has(p),
        );
        await fresh.connection.sendRequest('textDocument/hover', {
          textDocument: { uri },
          position: positionOf(SEED_TEXT, 'Mr. Stoltenberg', 6),
        });
      };
      await fresh.waitFor('dateline/status', (p: { uri: string }) => p.uri === uri);
      await fresh.waitFor('textDocument/publishDiagnostics', (p: { uri: string }) => p.uri === uri);
      await reloaded({ inlayHints: { dates: false } }); // a feature's setting: the analysis stands
      expect(analyses()).toBe(1);
      await reloaded({ maxDocumentSize: 200_000 }); // still within the limit: the analysis stands
      expect(analyses()).toBe(1);
      await reloaded({ maxDocumentSize: 1000 }); // now too large: recomputed, refused
      // Polled: the diagnostics awaited above may be a late one of the previous reload (each reload
      // publishes once, and a publish can arrive after the test moved on), so the hover may come
      // before the server has read the new limit.
      await expect.poll(analyses).toBe(2);
      expect(fresh.notifications.filter((n) => n.method === 'dateline/status').at(-1)?.params).toMatchObject({
        uri,
        state: 'too-large',
      });
    } finally {
      expect(await fresh.stop()).toBe(0);
    }
  });

  it('answers empty for unknown and closed documents and clamps positions out of range', async () => {
    const unknown = { uri: 'file:///virtual/never-opened.txt' };
    expect(
      await client.connection.sendRequest('textDocument/hover', {
        textDocument: unknown,
        position: { line: 0, character: 0 },
      }),
    ).toBeNull();
    expect(
      await client.connection.sendRequest('textDocument/references', {
        textDocument: unknown,
        position: { line: 0, character: 0 },
        context: { includeDeclaration: true },
      }),
    ).toEqual([]);
    expect(await client.connection.sendRequest('dateline/entities', { uri: unknown.uri })).toEqual([]);

    const uri = 'file:///virtual/closing.txt';
    client.open(uri, SEED_TEXT);
    await client.waitFor('dateline/status', (p: { uri: string }) => p.uri === uri);
    const far = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 99_999, character: 99_999 },
    });
    expect(far === null || typeof far === 'object').toBe(true);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect(
      await client.connection.sendRequest('textDocument/definition', {
        textDocument: { uri },
        position: positionOf(SEED_TEXT, 'Mr. Stoltenberg', 6),
      }),
    ).toBeNull();
  });

  it('survives malformed requests', async () => {
    const answer = await client.connection
      .sendRequest('textDocument/hover', { textDocument: null, position: 'nowhere' })
      .catch((error: Error) => error);
    expect(answer === null || answer instanceof Error).toBe(true);
    // Still alive:
    expect(await client.connection.sendRequest('workspace/symbol', { query: '' })).toBeInstanceOf(Array);
  });
});
