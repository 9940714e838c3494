/** The features through the protocol, on the seed, as an editor sees them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  positionOf,
  SEED_TEXT,
  SEED_URI,
  SERVERS,
  type ServerName,
  startClient,
  type TestClient,
} from './client.js';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function textOf(range: Range): string {
  const lines = SEED_TEXT.split('\n');
  if (range.start.line !== range.end.line) throw new Error('multi-line range');
  return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
}

describe.each(Object.keys(SERVERS) as ServerName[])('%s', (server) => {
  let client: TestClient;
  const doc = { uri: SEED_URI };

  beforeAll(async () => {
    client = await startClient(server);
    client.open(SEED_URI, SEED_TEXT);
    await client.waitFor('dateline/status', (p: { uri: string }) => p.uri === SEED_URI);
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('hover over "Mr. Stoltenberg" names Jens Stoltenberg, a person', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: doc,
      position: positionOf(SEED_TEXT, 'Mr. Stoltenberg', 6),
    })) as { contents: { kind: string; value: string }; range: Range };
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value.split('\n')[0]).toBe('**Jens Stoltenberg** · person');
    expect(textOf(hover.range)).toBe('Mr. Stoltenberg');
  });

  it('semantic tokens: the token at "Stoltenberg" decodes to person', async () => {
    const tokens = (await client.connection.sendRequest('textDocument/semanticTokens/full', {
      textDocument: doc,
    })) as { data: number[]; resultId?: string };
    const target = positionOf(SEED_TEXT, 'Mr. Stoltenberg', 5);
    let line = 0;
    let character = 0;
    let found: number | undefined;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, length, type] = tokens.data.slice(i, i + 4) as [number, number, number, number];
      line += dl;
      character = dl === 0 ? character + dc : dc;
      if (line === target.line && character <= target.character && target.character < character + length)
        found = type;
    }
    expect(found).toBe(0); // 'person' is the first token type
    expect(tokens.resultId).toBeDefined();

    const delta = (await client.connection.sendRequest('textDocument/semanticTokens/full/delta', {
      textDocument: doc,
      previousResultId: tokens.resultId,
    })) as { edits?: unknown[] };
    expect(delta.edits).toEqual([]);
  });

  it('definition of "Mr. Stoltenberg" is the first mention of Jens Stoltenberg', async () => {
    const location = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: doc,
      position: positionOf(SEED_TEXT, 'Mr. Stoltenberg', 6),
    })) as { uri: string; range: Range };
    expect(location.uri).toBe(SEED_URI);
    expect(location.range.start.line).toBeLessThan(positionOf(SEED_TEXT, 'Mr. Stoltenberg').line);
  });

  it('references and highlights of Kosovo are its mentions, "the north of Kosovo" among them', async () => {
    const position = positionOf(SEED_TEXT, 'Kosovo', 1);
    const refs = (await client.connection.sendRequest('textDocument/references', {
      textDocument: doc,
      position,
      context: { includeDeclaration: true },
    })) as { range: Range }[];
    expect(refs.map((r) => textOf(r.range))).toEqual(['Kosovo', 'north of Kosovo', 'Kosovo']);
    const highlights = (await client.connection.sendRequest('textDocument/documentHighlight', {
      textDocument: doc,
      position,
    })) as { kind: number }[];
    expect(highlights).toHaveLength(refs.length);
    expect(highlights[0]?.kind).toBe(3);
  });

  it('inlay hints say Kosovo Force after KFOR and 16–22 Oct 2023 after Next week', async () => {
    const hints = (await client.connection.sendRequest('textDocument/inlayHint', {
      textDocument: doc,
      range: { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } },
    })) as { label: string; position: { line: number; character: number } }[];
    const after = (phrase: string) => {
      const end = positionOf(SEED_TEXT, phrase, phrase.length);
      return hints.find((h) => h.position.line === end.line && h.position.character === end.character)?.label;
    };
    expect(after('KFOR')).toBe('Kosovo Force');
    expect(after('Next week')).toBe('16–22 Oct 2023');
  });

  it('document symbols start with the headline and end with the Entities group', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: doc,
    })) as { name: string; children?: { name: string }[] }[];
    expect(symbols[0]?.name).toBe('NATO Secretary General, Press Conference at Defence Ministers Meeting');
    const entities = symbols[symbols.length - 1];
    expect(entities?.name).toBe('Entities');
    expect(entities?.children?.[0]?.name).toBe('People');
  });

  it('rename of "Stoltenberg" edits every form containing it, as a versioned edit', async () => {
    const position = positionOf(SEED_TEXT, 'Mr. Stoltenberg', 6);
    const prepared = (await client.connection.sendRequest('textDocument/prepareRename', {
      textDocument: doc,
      position,
    })) as { placeholder: string };
    expect(prepared.placeholder).toBe('Stoltenberg');
    const edit = (await client.connection.sendRequest('textDocument/rename', {
      textDocument: doc,
      position,
      newName: 'Stoltenbergh',
    })) as { documentChanges: { textDocument: { version: number }; edits: { newText: string }[] }[] };
    expect(edit.documentChanges[0]?.textDocument.version).toBe(1);
    expect(edit.documentChanges[0]?.edits.length).toBeGreaterThanOrEqual(2);
  });

  it('dateline/entities and dateline/summary answer for the open document', async () => {
    const entities = (await client.connection.sendRequest('dateline/entities', { uri: SEED_URI })) as {
      name: string;
      type: string;
      mentions: number;
    }[];
    expect(entities.find((e) => e.name === 'Jens Stoltenberg')?.type).toBe('person');
    const summary = (await client.connection.sendRequest('dateline/summary', { uri: SEED_URI })) as {
      markdown: string;
    };
    expect(summary.markdown).toContain('Press Conference at Defence Ministers Meeting');
  });
});
