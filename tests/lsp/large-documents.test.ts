/**
 * Large documents through the protocol: they are analysed on the worker thread, so the server
 * keeps answering meanwhile; `semanticTokens/range` answers at once from a quick analysis of the
 * viewport, which on the seed gives the full analysis's tokens, then asks the client to refresh;
 * a version replaced while it was analysed is never served. DATELINE_WORKER_MIN_LENGTH lowers the
 * worker's threshold so that the seed (4.5 kB) takes the large-document path.
 */
import { describe, expect, it } from 'vitest';
import {
  CLIENT_CAPABILITIES,
  positionOf,
  SEED_TEXT,
  SERVERS,
  type ServerName,
  startClient,
  type TestClient,
} from './client.js';

/** The usual client, which also accepts `workspace/semanticTokens/refresh`. */
const CAPABILITIES = {
  ...CLIENT_CAPABILITIES,
  workspace: { ...CLIENT_CAPABILITIES.workspace, semanticTokens: { refreshSupport: true } },
};

interface Tokens {
  data: number[];
}

/** Absolute "line:character:length:type" of each token (modifiers left out). */
function decoded(data: readonly number[]): string[] {
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i] as number;
    character = data[i] === 0 ? character + (data[i + 1] as number) : (data[i + 1] as number);
    out.push(`${line}:${character}:${data[i + 2]}:${data[i + 3]}`);
  }
  return out;
}

const lineOf = (token: string) => Number(token.split(':')[0]);

async function fullTokens(client: TestClient, uri: string): Promise<string[]> {
  const tokens = (await client.connection.sendRequest('textDocument/semanticTokens/full', {
    textDocument: { uri },
  })) as Tokens;
  return decoded(tokens.data);
}

describe.each(Object.keys(SERVERS) as ServerName[])('%s', (server) => {
  it('answers a range before the full analysis, with the tokens the full analysis gives, then asks for a refresh', async () => {
    const client = await startClient(server, {
      capabilities: CAPABILITIES,
      env: { DATELINE_WORKER_MIN_LENGTH: '1000' },
    });
    try {
      const uri = 'file:///virtual/viewport.txt';
      client.open(uri, SEED_TEXT, 'press-release');
      const range = { start: { line: 8, character: 0 }, end: { line: 40, character: 0 } };
      const quick = (await client.connection.sendRequest('textDocument/semanticTokens/range', {
        textDocument: { uri },
        range,
      })) as Tokens;
      const refreshesBefore = client.serverRequests.length;
      const statusesBefore = client.notifications.filter((n) => n.method === 'dateline/status').length;
      // The full analysis had not landed when the range was answered: no status yet for the document.
      expect(statusesBefore).toBe(0);
      await client.waitFor('dateline/status', (p: { uri: string }) => p.uri === uri);
      const full = (await fullTokens(client, uri)).filter(
        (t) => lineOf(t) >= range.start.line && lineOf(t) < range.end.line,
      );
      expect(full.length).toBeGreaterThan(20);
      expect(decoded(quick.data)).toEqual(full);
      await expect
        .poll(() =>
          client.serverRequests
            .slice(refreshesBefore)
            .some((r) => r.method === 'workspace/semanticTokens/refresh'),
        )
        .toBe(true);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });

  it("never serves a replaced version's tokens; the Entities view gets the newest version's", async () => {
    const reference = await startClient(server, { capabilities: CAPABILITIES });
    const client = await startClient(server, {
      capabilities: CAPABILITIES,
      env: { DATELINE_WORKER_MIN_LENGTH: '1000' },
    });
    try {
      // Version 2 drops the headline and the source line: every later token moves up two lines.
      const edited = SEED_TEXT.slice(SEED_TEXT.indexOf('\n', SEED_TEXT.indexOf('\n') + 1) + 1);
      reference.open('file:///virtual/v1.txt', SEED_TEXT, 'press-release');
      reference.open('file:///virtual/v2.txt', edited, 'press-release');
      const expected1 = await fullTokens(reference, 'file:///virtual/v1.txt');
      const expected2 = await fullTokens(reference, 'file:///virtual/v2.txt');
      expect(expected1).not.toEqual(expected2);
      const entities2 = await reference.connection.sendRequest('dateline/entities', {
        uri: 'file:///virtual/v2.txt',
      });

      const uri = 'file:///virtual/stale.txt';
      client.open(uri, SEED_TEXT, 'press-release');
      const asked1 = client.connection
        .sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })
        .then(
          (tokens) => decoded((tokens as Tokens).data),
          (error: { code: number }) => error.code,
        );
      const entities = client.connection.sendRequest('dateline/entities', { uri });
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: edited }],
      });
      const answer2 = await fullTokens(client, uri);
      const answer1 = await asked1;
      // Version 1's request is answered for version 1 or refused as ContentModified (-32801), never with other tokens.
      if (typeof answer1 === 'number') expect(answer1).toBe(-32801);
      else expect(answer1).toEqual(expected1);
      expect(answer2).toEqual(expected2);
      // Dateline's own document-wide requests wait for the newest version instead of being refused.
      expect(await entities).toEqual(entities2);
    } finally {
      expect(await reference.stop()).toBe(0);
      expect(await client.stop()).toBe(0);
    }
  });

  it('keeps answering other documents while a large one is analysed', async () => {
    const client = await startClient(server, { capabilities: CAPABILITIES });
    try {
      const small = 'file:///virtual/small.txt';
      client.open(small, SEED_TEXT, 'press-release');
      await client.waitFor('dateline/status', (p: { uri: string }) => p.uri === small);
      const large = 'file:///virtual/large.txt';
      const largeText = `${SEED_TEXT}\n\n`.repeat(150); // 680 kB: a second or more of analysis
      client.open(large, largeText, 'press-release');
      await new Promise((resolve) => setTimeout(resolve, 300)); // its analysis is under way
      const hover = (await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: small },
        position: positionOf(SEED_TEXT, 'Mr. Stoltenberg', 6),
      })) as { contents: { value: string } } | null;
      expect(hover?.contents.value).toContain('Jens Stoltenberg');
      // Answered while the large document was still being analysed.
      expect(client.notifications.some((n) => (n.params as { uri?: string }).uri === large)).toBe(false);
      await client.waitFor('dateline/status', (p: { uri: string }) => p.uri === large, 60_000);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});
