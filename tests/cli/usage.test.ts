/** Usage errors (exit 2), help and version. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateline, hasStackTrace, ROOT, SEED } from './helpers.js';

const oneLine = (text: string) => text.endsWith('\n') && text.indexOf('\n') === text.length - 1;

describe('usage errors: exit 2, one line on stderr, nothing on stdout', () => {
  it.each([
    ['no inputs', ['extract'], /inputs/],
    ['unknown format', ['extract', SEED, '--format', 'xml'], /'xml'.*text, json, jsonl/],
    ['unknown option', ['extract', SEED, '--colour'], /unknown option '--colour'/],
    ['unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['--max-size not a number', ['extract', SEED, '--max-size', 'lots'], /--max-size/],
    ['--max-size not positive', ['extract', SEED, '--max-size', '-1'], /--max-size/],
    ['--release-date not a date', ['extract', SEED, '--release-date', '2023-13-01'], /--release-date/],
    ['stdin twice', ['extract', '-', '-'], /stdin/],
  ])('%s', async (_name, args, message) => {
    const result = await dateline(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^dateline: /);
    expect(result.stderr).toMatch(message);
    expect(oneLine(result.stderr)).toBe(true);
    expect(result.stdout).toBe('');
  });

  it('no command: usage on stderr, exit 2', async () => {
    const result = await dateline([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: dateline');
    expect(result.stdout).toBe('');
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});

describe('help and version', () => {
  it('dateline --help lists extract and shows examples', async () => {
    const result = await dateline(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('extract');
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toMatch(/\$ dateline extract \S+/);
  });

  it('dateline extract --help shows options, formats and examples (same as dateline help extract)', async () => {
    const [flag, command] = await Promise.all([
      dateline(['extract', '--help']),
      dateline(['help', 'extract']),
    ]);
    expect(flag.status).toBe(0);
    expect(command.status).toBe(0);
    expect(command.stdout).toBe(flag.stdout);
    for (const expected of [
      '--format',
      'text',
      'json',
      'jsonl',
      '--max-size',
      'Examples:',
      '$ dateline extract',
      'Exit status',
    ]) {
      expect(flag.stdout).toContain(expected);
    }
  });

  it('--version prints the version of @dateline/cli', async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'apps/cli/package.json'), 'utf8'));
    const result = await dateline(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${manifest.version}\n`);
  });
});
