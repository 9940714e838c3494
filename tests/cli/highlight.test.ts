/**
 * `dateline highlight`: colours by type on request or on a terminal, none with NO_COLOR or in a pipe,
 * [text]{type} markers on request, and no escape sequence from the release ever reaches the terminal.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, SEED } from './helpers.js';

const ESC = '\u001b';
const PERSON = `${ESC}[1;34m`;
const RESET = `${ESC}[0m`;

/** Runs the built CLI with exactly these environment variables added (and NO_COLOR/FORCE_COLOR cleared). */
function highlight(
  args: readonly string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const base = { ...process.env };
    delete base.NO_COLOR;
    delete base.FORCE_COLOR;
    const child = spawn(process.execPath, [join(ROOT, BIN), 'highlight', ...args], {
      cwd: ROOT,
      env: { ...base, ...env },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin?.end(input);
  });
}

/** Every ESC in the output starts one of the SGR colour sequences highlight writes itself. */
function onlyOwnEscapes(output: string): boolean {
  return !new RegExp(`${ESC}(?!\\[[0-9;]*m)`).test(output);
}

const INJECTION = `Injected headline ${ESC}]0;pwned\u0007

BRUSSELS, 12 October 2023 – Secretary General Jens Stoltenberg ${ESC}[2J${ESC}[31mmet\u009b31m ministers \u202egnorw\u202c today.\r
A lone\rcarriage return and a bell\u0007.
`;

describe('dateline highlight', () => {
  it('colours Jens Stoltenberg as a person with --color and ends with a legend with counts', async () => {
    const result = await highlight([SEED, '--color']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${PERSON}Jens Stoltenberg${RESET}`);
    const legend = result.stdout.trimEnd().split('\n').at(-1) ?? '';
    expect(legend).toMatch(new RegExp(`^${ESC.replace(/[\\[]/g, '\\$&')}\\[1;34mperson \\d+`));
    expect(legend).toContain('organization');
    expect(legend).toContain('location');
    expect(onlyOwnEscapes(result.stdout)).toBe(true);
  });

  it('prints the plain text when piped, and with NO_COLOR even if FORCE_COLOR is set', async () => {
    const seed = readFileSync(join(ROOT, SEED), 'utf8');
    const expected = seed.endsWith('\n') ? seed : `${seed}\n`;
    const piped = await highlight([SEED]);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(expected);
    const noColor = await highlight([SEED], { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(noColor.stdout).not.toContain(ESC);
    expect(noColor.stdout).toBe(expected);
    expect((await highlight([SEED, '--no-color'], { FORCE_COLOR: '1' })).stdout).not.toContain(ESC);
  });

  it('lets FORCE_COLOR and --color turn colour on, --color winning over NO_COLOR', async () => {
    expect((await highlight([SEED], { FORCE_COLOR: '1' })).stdout).toContain(`${PERSON}Jens Stoltenberg`);
    expect((await highlight([SEED, '--color'], { NO_COLOR: '1' })).stdout).toContain(
      `${PERSON}Jens Stoltenberg`,
    );
    // An empty NO_COLOR does not count (no-color.org).
    expect((await highlight([SEED], { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).toContain(ESC);
  });

  it('marks mentions as [text]{type} with --markers, and filters --types', async () => {
    const result = await highlight([SEED, '--markers', '--types', 'person,location']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[Jens Stoltenberg]{person}');
    expect(result.stdout).toContain('[Brussels]{location}');
    expect(result.stdout).not.toContain('{organization}');
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^person \d+ · location \d+$/);
  });

  it('never passes an escape sequence, C1 control, bell or bidi override from the release', async () => {
    for (const args of [['-', '--color'], ['-'], ['-', '--markers']]) {
      const result = await highlight(args, {}, INJECTION);
      expect(result.status).toBe(0);
      expect(onlyOwnEscapes(result.stdout)).toBe(true);
      for (const unsafe of ['\u0007', '\u009b', '\u202e', '\u202c'])
        expect(result.stdout).not.toContain(unsafe);
      expect(result.stdout).toContain('Injected headline \\x1b]0;pwned\\x07');
      expect(result.stdout).toContain('\\x1b[2J\\x1b[31mmet\\x9b31m');
      expect(result.stdout).toContain('\\u202egnorw\\u202c');
      expect(result.stdout).toContain('A lone\\rcarriage');
      expect(result.stdout).toContain('.\r\nA lone'); // a CRLF line end is left alone
    }
  });

  it('names each document when there are several, and reports a missing one on stderr', async () => {
    const result = await highlight([SEED, 'missing.txt', SEED, '--no-color']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('dateline: missing.txt: no such file\n');
    expect(result.stdout.match(/^==> seeds\/nato-.*\.txt <==$/gm)).toHaveLength(2);
  });

  it('is a usage error for an unknown type', async () => {
    const result = await highlight([SEED, '--types', 'person,planet']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^dateline: .*Unknown type 'planet'/);
  });
});
