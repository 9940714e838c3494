/**
 * What the core finds in the seed, as the CLI prints it. These wait on the core's analyze (a stub
 * returning an empty analysis at first): they fail until it lands, by design.
 */
import { describe, expect, it } from 'vitest';
import { dateline, lines, SEED } from './helpers.js';

const HEADLINE = 'NATO Secretary General, Press Conference at Defence Ministers Meeting';

describe('seed content (needs the core)', () => {
  it('json: Jens Stoltenberg is a person', async () => {
    const result = await dateline(['extract', SEED, '--format', 'json']);
    expect(result.status).toBe(0);
    const entities: { type: string; name: string }[] = JSON.parse(result.stdout).entities;
    expect(entities.some((entity) => entity.type === 'person' && entity.name === 'Jens Stoltenberg')).toBe(
      true,
    );
  });

  it('text: Jens Stoltenberg is listed under person', async () => {
    const result = await dateline(['extract', SEED]);
    expect(result.status).toBe(0);
    const output = lines(result.stdout);
    const start = output.findIndex((line) => /^ {2}person \(\d+\)$/.test(line));
    expect(start).toBeGreaterThan(0);
    const end = output.findIndex((line, i) => i > start && line === '');
    const people = output.slice(start + 1, end === -1 ? undefined : end);
    expect(people.some((line) => line.startsWith('    Jens Stoltenberg ×'))).toBe(true);
  });

  it('text: the headline, then place and date', async () => {
    const result = await dateline(['extract', SEED]);
    expect(result.status).toBe(0);
    const output = lines(result.stdout);
    expect(output[1]).toBe(`  ${HEADLINE}`);
    expect(output[2]).toBe('  Brussels · 2023-10-12');
  });

  it('json: the document headline', async () => {
    const result = await dateline(['extract', SEED, '--format', 'json']);
    expect(JSON.parse(result.stdout).document.title).toBe(HEADLINE);
  });
});
