/** Both ways of starting the server speak LSP over stdio: initialize, capabilities, shutdown, exit. */
import { describe, expect, it } from 'vitest';
import { SEED_TEXT, SEED_URI, SERVERS, type ServerName, startClient } from './client.js';

describe.each(Object.keys(SERVERS) as ServerName[])('%s', (server) => {
  it('initializes, analyses the seed, reports its status, and exits with 0 after shutdown', async () => {
    const client = await startClient(server);
    try {
      expect(client.initializeResult.serverInfo?.name).toBe('dateline-language-server');
      client.open(SEED_URI, SEED_TEXT);
      const status = await client.waitFor('dateline/status', (p: { uri: string }) => p.uri === SEED_URI);
      expect(status).toMatchObject({ uri: SEED_URI, state: 'analyzed' });
      expect((status as { entities: number }).entities).toBeGreaterThan(10);
      const diagnostics = await client.waitFor(
        'textDocument/publishDiagnostics',
        (p: { uri: string }) => p.uri === SEED_URI,
      );
      expect(diagnostics).toMatchObject({ uri: SEED_URI, version: 1 });
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });

  it('announces utf-16, incremental sync, the semantic token legend and every feature', async () => {
    const client = await startClient(server);
    try {
      const caps = client.initializeResult.capabilities as Record<string, unknown> & {
        semanticTokensProvider: { legend: { tokenTypes: string[]; tokenModifiers: string[] } };
      };
      expect(caps.positionEncoding).toBe('utf-16');
      expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
      expect(caps.semanticTokensProvider).toMatchObject({ full: { delta: true }, range: true });
      expect(caps.semanticTokensProvider.legend.tokenTypes).toEqual([
        'person',
        'organization',
        'location',
        'nationality',
        'role',
        'event',
        'date',
        'money',
        'quantity',
        'document',
        'equipment',
        'contact',
      ]);
      expect(caps.semanticTokensProvider.legend.tokenModifiers).toEqual(['firstMention']);
      for (const provider of [
        'hoverProvider',
        'inlayHintProvider',
        'documentSymbolProvider',
        'workspaceSymbolProvider',
        'definitionProvider',
        'referencesProvider',
        'documentHighlightProvider',
        'renameProvider',
        'foldingRangeProvider',
        'codeActionProvider',
        'codeLensProvider',
      ]) {
        expect(caps[provider], provider).toBeTruthy();
      }
    } finally {
      await client.stop();
    }
  });
});
