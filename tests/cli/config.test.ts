/**
 * The user dictionary through the CLI: dateline.json found from the current folder upward (not past
 * the folder holding .git), --config <file>, --no-config, and a broken file as one line per problem
 * ("dateline.json:3:5: …") with exit 2. The dictionary reaches worker threads too (--jobs 2).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateline, parseJsonl, tempFolder } from './helpers.js';

const folder = tempFolder('config');
const at = (...parts: string[]) => join(folder.path, ...parts);
const project = at('outer', 'project');

// The operation by its bare name, which only the dictionary knows ("Operation Quillfeather" the
// rules find themselves as an event, so --no-config would still list it).
const RELEASE =
  'Ministers meet\n\nBRUSSELS, 12 October 2023 – The ministers reviewed Quillfeather in Brussels.\n';
const dictionary = (name: string) =>
  `${JSON.stringify({ entities: [{ name, type: 'event', aliases: ['Quillfeather'] }] }, null, 2)}\n`;

beforeAll(() => {
  mkdirSync(join(project, '.git'), { recursive: true });
  mkdirSync(join(project, 'releases', 'deep'), { recursive: true });
  writeFileSync(join(project, 'releases', 'deep', 'r.txt'), RELEASE);
  writeFileSync(join(project, 'releases', 'r2.txt'), RELEASE);
  writeFileSync(join(project, 'dateline.json'), dictionary('Operation Quillfeather'));
  writeFileSync(join(project, 'other.json'), dictionary('The Quillfeather Exercise'));
  // Above the .git folder: never read.
  writeFileSync(at('outer', 'dateline.json'), '{ "entities": [ { "name": "Above", "type": "planet" } ] }');
  mkdirSync(at('no-config', '.git'), { recursive: true });
  writeFileSync(at('no-config', 'r.txt'), RELEASE);
  mkdirSync(at('broken', '.git'), { recursive: true });
  writeFileSync(at('broken', 'r.txt'), RELEASE);
  writeFileSync(
    at('broken', 'dateline.json'),
    '{\n  "entities": [\n    { "name": "X", "type": "planet" }\n  ],\n  "ignor": []\n}\n',
  );
});
afterAll(folder.remove);

/** The event entities of each document. */
async function events(args: string[], cwd: string) {
  const result = await dateline(['extract', ...args, '--format', 'jsonl'], { cwd });
  const docs = parseJsonl(result.stdout) as unknown as { entities: { type: string; name: string }[] }[];
  return {
    ...result,
    events: docs.map((doc) => doc.entities.filter((e) => e.type === 'event').map((e) => e.name)),
  };
}

describe('dateline.json', () => {
  it('found in the current folder: its entities are recognised', async () => {
    const result = await events(['releases/r2.txt'], project);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.events).toEqual([['Operation Quillfeather']]);
  });

  it('found from a folder below, up to the folder holding .git (not above it)', async () => {
    const result = await events(['r.txt'], join(project, 'releases', 'deep'));
    expect(result.stderr).toBe('');
    expect(result.events).toEqual([['Operation Quillfeather']]);
  });

  it('reaches the worker threads (--jobs 2)', async () => {
    const result = await events(['releases', '-j', '2'], project);
    expect(result.status).toBe(0);
    expect(result.events).toEqual([['Operation Quillfeather'], ['Operation Quillfeather']]);
  });

  it('--config <file> reads that file instead; --no-config reads none', async () => {
    const other = await events(['releases/r2.txt', '--config', 'other.json'], project);
    expect(other.events).toEqual([['The Quillfeather Exercise']]);
    const none = await events(['releases/r2.txt', '--no-config'], project);
    expect(none.status).toBe(0);
    expect(none.events[0]).not.toContain('Operation Quillfeather');
  });

  it('no file anywhere up to .git: analysed without a dictionary', async () => {
    const result = await events(['r.txt'], at('no-config'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('a broken dictionary: one line per problem, file:line:column, exit 2, nothing analysed', () => {
  it('found automatically', async () => {
    const result = await dateline(['extract', 'r.txt'], { cwd: at('broken') });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const messages = result.stderr.trimEnd().split('\n');
    expect(messages.length).toBeGreaterThanOrEqual(2);
    for (const line of messages) expect(line).toMatch(/^dateline: dateline\.json:\d+:\d+: \S/);
    expect(result.stderr).toMatch(/^dateline: dateline\.json:3:\d+: .*type/m);
    expect(result.stderr).toMatch(/^dateline: dateline\.json:5:\d+: .*ignor/m);
  });

  it('--config naming a missing file', async () => {
    const result = await dateline(['extract', 'r.txt', '--config', 'missing.json'], { cwd: at('broken') });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('dateline: missing.json:1:1: cannot read: no such file\n');
  });

  it('--no-config skips even a broken file', async () => {
    const result = await dateline(['extract', 'r.txt', '--no-config'], { cwd: at('broken') });
    expect(result.status).toBe(0);
  });
});
