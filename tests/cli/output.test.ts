/**
 * --output: a file written atomically (no partial file, no temporary left), a folder of one file per
 * input mirroring the inputs' paths, refusals (an input as output, an output folder that would be
 * read back), and Ctrl-C / SIGTERM: exit 130 / 143, temporary files removed, no partial output.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, dateline, lines, parseJsonl, ROOT, SEED, tempFolder } from './helpers.js';

const folder = tempFolder('output');
const at = (...parts: string[]) => join(folder.path, ...parts);
const RELEASE = (i: number) =>
  `Release ${i}\n\nBRUSSELS, 12 October 2023 – Jens Stoltenberg met minister ${i} of NATO.\n`;

/** Every file under `root`, relative, sorted. */
function tree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out.sort();
}

beforeAll(() => {
  for (const path of ['in/a.txt', 'in/b.md', 'in/sub/c.txt', 'in/sub/deeper/d.txt']) {
    mkdirSync(at(path, '..'), { recursive: true });
    writeFileSync(at(path), RELEASE(path.length));
  }
  mkdirSync(at('big'));
  for (let i = 0; i < 3000; i++) writeFileSync(at('big', `r${String(i).padStart(4, '0')}.txt`), RELEASE(i));
  mkdirSync(at('existing'));
});
afterAll(folder.remove);

describe('--output <file>', () => {
  it('writes what stdout would have shown, nothing on stdout, no temporary file left', async () => {
    const stdout = await dateline(['extract', at('in'), '--format', 'json']);
    expect(stdout.stderr).toBe('');
    const result = await dateline(['extract', at('in'), '--format', 'json', '--output', at('all.json')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
    expect(readFileSync(at('all.json'), 'utf8')).toBe(stdout.stdout);
    expect(readdirSync(folder.path).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an existing file whole; - means stdout', async () => {
    writeFileSync(at('old.jsonl'), 'old content that is longer than nothing\n'.repeat(100));
    await dateline(['extract', SEED, '--format', 'jsonl', '--output', at('old.jsonl')]);
    expect(lines(readFileSync(at('old.jsonl'), 'utf8'))).toHaveLength(1);
    const dash = await dateline(['extract', SEED, '--format', 'jsonl', '--output', '-']);
    expect(parseJsonl(dash.stdout)).toHaveLength(1);
  });

  it('refuses to write over an input (exit 2), the input untouched', async () => {
    const before = readFileSync(at('in/a.txt'));
    const result = await dateline(['extract', at('in/a.txt'), at('in/b.md'), '--output', at('in/a.txt')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `dateline: --output ${at('in/a.txt')} is also an input; refusing to overwrite it\n`,
    );
    expect(readFileSync(at('in/a.txt'))).toEqual(before);
    // Also when the input is found in a folder, or named another way.
    const inFolder = await dateline([
      'extract',
      at('in'),
      '--output',
      join(folder.path, 'in', '.', 'sub', 'c.txt'),
    ]);
    expect(inFolder.status).toBe(2);
    expect(readdirSync(at('in/sub'))).toEqual(['c.txt', 'deeper']);
  });

  it('an input that fails still leaves the others in the file (exit 1)', async () => {
    const result = await dateline([
      'extract',
      'missing.txt',
      SEED,
      '--format',
      'jsonl',
      '--output',
      at('partial.jsonl'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('dateline: missing.txt: no such file\n');
    expect(parseJsonl(readFileSync(at('partial.jsonl'), 'utf8')).map((doc) => doc.source)).toEqual([SEED]);
  });

  it('a folder that does not exist: one line, exit 1, nothing written', async () => {
    const result = await dateline(['extract', SEED, '--output', at('no/such/folder/out.txt')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^dateline: cannot write output: .*\n$/);
  });
});

describe('--output <folder>', () => {
  it('one file per input, mirroring paths under the folder given, with the format’s extension', async () => {
    const result = await dateline([
      'extract',
      at('in'),
      SEED,
      '--format',
      'json',
      '--output',
      `${at('out-json')}/`,
      '-j',
      '2',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(tree(at('out-json'))).toEqual([
      'a.json',
      'b.json',
      'nato-2023-10-12-defence-ministers-press-conference.json',
      'sub/c.json',
      'sub/deeper/d.json',
    ]);
    // Each file is the single-document output of its input.
    const alone = await dateline(['extract', at('in/sub/c.txt'), '--format', 'json']);
    expect(readFileSync(at('out-json/sub/c.json'), 'utf8')).toBe(alone.stdout);
  });

  it('an existing folder is a folder even without the trailing /', async () => {
    const result = await dateline(['extract', at('in'), '--format', 'jsonl', '--output', at('existing')]);
    expect(result.status).toBe(0);
    expect(tree(at('existing'))).toEqual(['a.jsonl', 'b.jsonl', 'sub/c.jsonl', 'sub/deeper/d.jsonl']);
  });

  it('brat: an .ann and the analysed text (.txt) beside it, for several inputs', async () => {
    const result = await dateline(['extract', at('in'), '--format', 'brat', '--output', at('brat')]);
    expect(result.status).toBe(0);
    expect(tree(at('brat'))).toContain('sub/c.ann');
    expect(readFileSync(at('brat/sub/c.txt'), 'utf8')).toBe(readFileSync(at('in/sub/c.txt'), 'utf8'));
    expect(readFileSync(at('brat/sub/c.ann'), 'utf8')).toMatch(/^T1\t/);
  });

  it('refuses a folder inside an input folder whose files it would read back (exit 2)', async () => {
    const result = await dateline([
      'extract',
      at('in'),
      '--format',
      'text',
      '--output',
      `${at('in/results')}/`,
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `dateline: --output ${at('in/results')}/ is inside the input folder ${at('in')}: its .txt files would be read back as inputs; choose another folder\n`,
    );
    expect(existsSync(at('in/results'))).toBe(false);
    // json files are not read back: allowed; so is a hidden folder.
    const json = await dateline(['extract', at('in'), '--format', 'json', '--output', `${at('in/json')}/`]);
    expect(json.stderr).toBe('');
    expect(json.status).toBe(0);
    const hidden = await dateline(['extract', at('in'), '--format', 'text', '--output', `${at('in/.out')}/`]);
    expect(hidden.stderr).toBe('');
    expect(hidden.status).toBe(0);
  });

  it('refuses two inputs that would land on the same file (exit 2)', async () => {
    const result = await dateline([
      'extract',
      at('in/a.txt'),
      at('in/sub/deeper/d.txt'),
      at('in/sub/c.txt'),
      at('in/a.txt'),
      '--output',
      `${at('clash')}/`,
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/would both be written to .*a\.txt\n$/);
  });

  it('refuses stdin (no file name to mirror)', async () => {
    const result = await dateline(['extract', '-', '--output', `${at('stdin-out')}/`], { input: 'NATO.' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/stdin \(-\) has no file name to mirror: name a file\n$/);
  });
});

/** Starts dateline, waits until `ready()` holds, sends `signal`; resolves with the exit status. */
function interrupt(
  args: string[],
  ready: () => boolean,
  signal: NodeJS.Signals,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, BIN), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const poll = setInterval(() => {
      if (ready()) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 20);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(poll);
      resolve({ status, stderr });
    });
  });
}

describe('Ctrl-C and SIGTERM', () => {
  it('SIGINT while writing a folder: exit 130, no temporary file, every file written is whole', async () => {
    const out = at('sigint-folder');
    const result = await interrupt(
      ['extract', at('big'), '--format', 'json', '--output', `${out}/`, '-j', '2'],
      () => existsSync(out) && readdirSync(out).some((name) => name.endsWith('.json')),
      'SIGINT',
    );
    expect(result.status).toBe(130);
    expect(result.stderr).toBe('');
    const names = readdirSync(out);
    expect(names.filter((name) => !name.endsWith('.json'))).toEqual([]);
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThan(3000);
    for (const name of names) expect(() => JSON.parse(readFileSync(join(out, name), 'utf8'))).not.toThrow();
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s while writing a file: exit %i, neither the file nor a temporary file left',
    async (signal, code) => {
      const dir = at(`${signal}-file`);
      mkdirSync(dir);
      const result = await interrupt(
        ['extract', at('big'), '--format', 'jsonl', '--output', join(dir, 'all.jsonl'), '-j', '2'],
        () => readdirSync(dir).length > 0, // the temporary file appeared: writing has begun
        signal,
      );
      expect(result.status).toBe(code);
      expect(readdirSync(dir)).toEqual([]);
    },
  );
});
