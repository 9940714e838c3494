/** `dateline extract --types`: only the entity types asked for, in every format. */
import { describe, expect, it } from 'vitest';
import { dateline, SEED } from './helpers.js';

describe('extract --types', () => {
  it('keeps only people and organisations in JSON, Stoltenberg and NATO among them', async () => {
    const result = await dateline(['extract', SEED, '--format', 'json', '--types', 'person,organization']);
    expect(result.status).toBe(0);
    const analysis = JSON.parse(result.stdout);
    const types = new Set(analysis.entities.map((e: { type: string }) => e.type));
    expect([...types].sort()).toEqual(['organization', 'person']);
    const names = analysis.entities.map((e: { name: string }) => e.name);
    expect(names).toContain('Jens Stoltenberg');
    expect(names).toContain('North Atlantic Treaty Organization');
  });

  it('filters the csv rows too', async () => {
    const result = await dateline(['extract', SEED, '--format', 'csv', '--types', 'date']);
    expect(result.status).toBe(0);
    const rows = result.stdout.trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(',')[2]).toBe('date');
  });

  it('refuses an unknown type as a usage error naming the types', async () => {
    const result = await dateline(['extract', SEED, '--types', 'person,planet']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown type 'planet'");
  });
});
