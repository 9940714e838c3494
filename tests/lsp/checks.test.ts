/** Editorial checks through the protocol: diagnostics, their quick fixes, and switching them off. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { positionOf, startClient, type TestClient } from './client.js';

const TEXT =
  'Ministers meet in Brussels\n\nBRUSSELS, 12 October 2023 – Ministers met on Friday (12 October 2023) to discuss NATO. Jens Stoltenberg spoke. Mr. Stoltenburg said the North Atlantic Treaty Organization (NATO) is strong.\n';
const URI = 'file:///virtual/checks.txt';

interface Published {
  uri: string;
  version?: number;
  diagnostics: { code: string; source: string; severity: number; message: string }[];
}

describe('editorial checks', () => {
  let client: TestClient;

  beforeAll(async () => {
    client = await startClient('dist/main.js --stdio');
    client.open(URI, TEXT);
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('publish the notes as Information diagnostics with source dateline and the note code', async () => {
    const published = (await client.waitFor(
      'textDocument/publishDiagnostics',
      (p: Published) => p.uri === URI,
    )) as Published;
    const codes = published.diagnostics.map((d) => d.code);
    expect(codes).toContain('weekday-mismatch');
    expect(published.diagnostics.every((d) => d.source === 'dateline' && d.severity === 3)).toBe(true);
  });

  it("offer the note's fix as a versioned quick fix", async () => {
    const at = positionOf(TEXT, 'Friday', 2);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: at, end: at },
      context: { diagnostics: [] },
    })) as {
      title: string;
      kind: string;
      edit?: { documentChanges: { textDocument: { version: number } }[] };
    }[];
    const fix = actions.find((a) => a.title === 'Write “Thursday”');
    expect(fix?.kind).toBe('quickfix');
    expect(fix?.edit?.documentChanges[0]?.textDocument.version).toBe(1);
  });

  it('switch off with dateline.checks.* and come back re-published', async () => {
    client.settings.checks = { weekdayMismatch: false };
    const before = client.notifications.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const republished = (await client.waitFor(
      'textDocument/publishDiagnostics',
      (p: Published) =>
        p.uri === URI &&
        client.notifications.length > before &&
        !p.diagnostics.some((d) => d.code === 'weekday-mismatch'),
    )) as Published;
    expect(republished.diagnostics.map((d) => d.code)).not.toContain('weekday-mismatch');
  });

  it('inlay hints follow the settings too', async () => {
    client.settings.inlayHints = { aliases: false, acronyms: false, dates: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    // The configuration is read asynchronously; poll until the hints are gone.
    let hints: unknown[] = [1];
    for (let attempt = 0; attempt < 50 && hints.length > 0; attempt++) {
      hints = (await client.connection.sendRequest('textDocument/inlayHint', {
        textDocument: { uri: URI },
        range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } },
      })) as unknown[];
      if (hints.length > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(hints).toEqual([]);
  });
});
