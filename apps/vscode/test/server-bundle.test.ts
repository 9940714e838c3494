import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTITY_TYPES } from '@dateline/core';
import { afterAll, describe, expect, it } from 'vitest';
import { StdioClient } from './lsp-stdio';

const extensionDir = join(import.meta.dirname, '..');
const server = join(extensionDir, 'dist/server.js');
const seed = join(extensionDir, '../../seeds/nato-2023-10-12-defence-ministers-press-conference.txt');

// dist/server.js exists once @dateline/language-server has its runnable entry (src/main.ts).
describe.skipIf(!existsSync(server))('dist/server.js (the bundled language server)', () => {
  const client = new StdioClient(server);
  afterAll(() => client.close());

  it('answers initialize with the entity-type token legend', async () => {
    const started = performance.now();
    const response = await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { semanticTokens: { requests: { full: true } } } },
    });
    console.info(`bundled server answered initialize in ${Math.round(performance.now() - started)} ms`);
    expect(response.error).toBeUndefined();
    const { capabilities } = response.result as {
      capabilities: { semanticTokensProvider?: { legend: unknown } };
    };
    expect(capabilities.semanticTokensProvider?.legend).toEqual({
      tokenTypes: [...ENTITY_TYPES],
      tokenModifiers: ['firstMention'],
    });
    client.notify('initialized', {});
  });

  it('analyses a release with the core inside the bundle and reports it with dateline/status', async () => {
    const uri = pathToFileURL(seed).href;
    const status = client.waitFor('dateline/status', (params) => (params as { uri: string }).uri === uri);
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(seed, 'utf8') },
    });
    expect(await status).toMatchObject({ uri, state: 'analyzed' });
    expect(((await status) as { entities: number }).entities).toBeGreaterThan(10);

    const entities = await client.request('dateline/entities', { uri });
    const names = (entities.result as { name: string }[]).map((entity) => entity.name);
    expect(names).toContain('Jens Stoltenberg');
  });
});
