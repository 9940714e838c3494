import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, usageLine } from '../src/cli.js';
import { fakeIO } from './fake-io.js';

const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

describe('run', () => {
  it('prints the version from package.json', async () => {
    const io = fakeIO();
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out()).toBe(`${version}\n`);
  });

  it('shows help with examples, exit 0', async () => {
    const io = fakeIO();
    expect(await run(['extract', '--help'], io)).toBe(0);
    expect(io.out()).toContain('Examples:');
    expect(io.out()).toContain('$ dateline extract');
  });

  it.each([
    [['extract'], /^dateline: missing required argument 'inputs'\n$/],
    [['extract', 'x.txt', '--format', 'xml'], /^dateline: option .*'xml' is invalid.*text, json, jsonl.*\n$/],
    [
      ['extract', 'x.txt', '--fromat', 'json'],
      /^dateline: unknown option '--fromat' \(Did you mean --format\?\)\n$/,
    ],
    [
      ['extract', 'x.txt', '--max-size', '0'],
      /^dateline: option '--max-size <MB>' argument '0' is invalid\..*\n$/,
    ],
    [
      ['extract', 'x.txt', '--release-date', '12/10/2023'],
      /^dateline: option '--release-date.*is invalid\..*\n$/,
    ],
    [['extract', '-', '-'], /^dateline: - \(stdin\) can be given only once\n$/],
    [['nonsense'], /^dateline: unknown command 'nonsense'\n$/],
  ])('usage error %j: exit 2, one line', async (argv, message) => {
    const io = fakeIO();
    expect(await run(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe('');
  });

  it('reads stdin for -', async () => {
    const io = fakeIO('Some text.');
    expect(await run(['extract', '-', '--format', 'jsonl'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ schema: 'dateline/analysis@1', source: '-' });
  });
});

describe('usageLine', () => {
  it('folds commander messages onto one dateline: line', () => {
    expect(usageLine("error: unknown option '--x'\n(Did you mean --y?)\n")).toBe(
      "dateline: unknown option '--x' (Did you mean --y?)\n",
    );
  });
});
