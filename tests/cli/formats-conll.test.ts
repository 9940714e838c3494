/** `dateline extract --format conll`: BIO-tagged tokens, one sentence per block, -DOCSTART- per document. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateline, lines, ROOT, SEED } from './helpers.js';

interface Chunk {
  tag: string;
  tokens: string[];
}

/** Sentences (blocks) of [token, tag], and the tagged chunks (B- then its I-s). */
function parseConll(output: string): { documents: number; blocks: [string, string][][]; chunks: Chunk[] } {
  const blocks: [string, string][][] = [];
  const chunks: Chunk[] = [];
  let documents = 0;
  let block: [string, string][] = [];
  let chunk: Chunk | undefined;
  for (const line of lines(output)) {
    if (line === '') {
      if (block.length > 0) blocks.push(block);
      block = [];
      chunk = undefined;
      continue;
    }
    const columns = line.split('\t');
    expect(columns).toHaveLength(2);
    const [token = '', tag = ''] = columns;
    if (token === '-DOCSTART-') {
      documents++;
      continue;
    }
    expect(token).toMatch(/^\S+$/u);
    expect(tag).toMatch(/^(O|[BI]-[A-Z]+)$/);
    if (tag.startsWith('B-')) {
      chunk = { tag: tag.slice(2), tokens: [token] };
      chunks.push(chunk);
    } else if (tag.startsWith('I-')) {
      expect(chunk?.tag, `I- without B- before ${token}`).toBe(tag.slice(2));
      chunk?.tokens.push(token);
    } else chunk = undefined;
    block.push([token, tag]);
  }
  if (block.length > 0) blocks.push(block);
  return { documents, blocks, chunks };
}

describe('dateline extract --format conll', () => {
  it('tags Jens Stoltenberg B-PER I-PER, and every chunk is a mention of its type', async () => {
    const result = await dateline(['extract', SEED, '--format', 'conll']);
    expect(result.status).toBe(0);
    expect(lines(result.stdout).slice(0, 2)).toEqual(['-DOCSTART-\tO', '']);
    const { documents, blocks, chunks } = parseConll(result.stdout);
    expect(documents).toBe(1);
    expect(blocks.length).toBeGreaterThan(30);
    expect(chunks.some((chunk) => chunk.tag === 'PER' && chunk.tokens.join(' ') === 'Jens Stoltenberg')).toBe(
      true,
    );
    expect(chunks.some((chunk) => chunk.tag === 'LOC' && chunk.tokens.join(' ') === 'Brussels')).toBe(true);

    const json = JSON.parse((await dateline(['extract', SEED, '--format', 'json'])).stdout) as {
      entities: { type: string; mentions: { text: string }[] }[];
    };
    const TAG: Record<string, string> = {
      person: 'PER',
      organization: 'ORG',
      location: 'LOC',
      nationality: 'NAT',
    };
    const mentionsByTag = new Set(
      json.entities.flatMap((entity) =>
        entity.mentions.map((m) => `${TAG[entity.type] ?? ''}:${m.text.replace(/\s+/g, '')}`),
      ),
    );
    for (const chunk of chunks.filter((c) => c.tag in { PER: 1, ORG: 1, LOC: 1, NAT: 1 })) {
      // Tokens joined without spaces give the mention back ("Lloyd J . Austin III" → "LloydJ.AustinIII").
      expect(mentionsByTag.has(`${chunk.tag}:${chunk.tokens.join('')}`), chunk.tokens.join(' ')).toBe(true);
    }
  });

  it('keeps every character of the text but white space, in order', async () => {
    const seed = readFileSync(join(ROOT, SEED), 'utf8');
    const { blocks } = parseConll((await dateline(['extract', SEED, '--format', 'conll'])).stdout);
    const tokens = blocks.flat().map(([token]) => token);
    expect(tokens.join('')).toBe(seed.replace(/\s+/g, ''));
  });

  it('opens each document with -DOCSTART- for several inputs', async () => {
    const result = await dateline(['extract', SEED, SEED, '--format', 'conll']);
    expect(result.status).toBe(0);
    expect(parseConll(result.stdout).documents).toBe(2);
    expect(result.stdout.match(/^-DOCSTART-\tO$/gm)).toHaveLength(2);
  });
});
