/** The workspace through the protocol: workspace symbols from files on disk, the dictionary file. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { positionOf, SEED_TEXT, startClient, type TestClient } from './client.js';

describe('workspace', () => {
  let folder: string;
  let client: TestClient;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'dateline-lsp-ws-'));
    writeFileSync(join(folder, 'nato.txt'), SEED_TEXT);
    mkdirSync(join(folder, 'node_modules'));
    writeFileSync(join(folder, 'node_modules', 'copy.txt'), SEED_TEXT);
    writeFileSync(join(folder, 'dateline.json'), '{ "entities": [ { "name": "Acme" } ] }\n');
    client = await startClient('dist/main.js --stdio', { rootUri: pathToFileURL(folder).href });
  });
  afterAll(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('finds entities of releases on disk by name, never from node_modules', async () => {
    const uri = pathToFileURL(join(folder, 'nato.txt')).href;
    let symbols: { name: string; location: { uri: string } }[] = [];
    for (let attempt = 0; attempt < 50 && symbols.length === 0; attempt++) {
      symbols = (await client.connection.sendRequest('workspace/symbol', {
        query: 'stoltenberg',
      })) as typeof symbols;
      if (symbols.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(symbols.map((s) => s.name)).toContain('Jens Stoltenberg');
    expect(symbols.every((s) => s.location.uri === uri)).toBe(true);
  });

  it('offers to add a mention to the workspace dictionary, editing dateline.json', async () => {
    const uri = pathToFileURL(join(folder, 'nato.txt')).href;
    client.open(uri, SEED_TEXT);
    const at = positionOf(SEED_TEXT, 'Kosovo', 2);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at, end: at },
      context: { diagnostics: [] },
    })) as { title: string; edit?: { documentChanges: { textDocument?: { uri: string } }[] } }[];
    const add = actions.find((a) => a.title === 'Add “Kosovo” to the workspace dictionary (as location)');
    expect(add?.edit?.documentChanges[0]?.textDocument?.uri).toBe(
      pathToFileURL(join(folder, 'dateline.json')).href,
    );
    expect(actions.some((a) => a.title === 'Ignore “Kosovo” in this workspace')).toBe(true);
  });

  it('publishes errors of the dictionary file on the file itself', async () => {
    const uri = pathToFileURL(join(folder, 'dateline.json')).href;
    const published = (await client.waitFor(
      'textDocument/publishDiagnostics',
      (p: { uri: string; diagnostics: unknown[] }) => p.uri === uri && p.diagnostics.length > 0,
    )) as { diagnostics: { message: string; range: { start: { line: number } } }[] };
    expect(published.diagnostics[0]?.message).toMatch(/type|entities/);
  });
});
