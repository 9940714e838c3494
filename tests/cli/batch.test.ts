/**
 * Batches: --jobs N gives the same bytes as --jobs 1 in every format (order kept by the reorder
 * window), many small inputs stream out in order, --include/--exclude pick files in folders, and the
 * progress line shows on a terminal only. No timing is asserted (bench/ measures speed).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, dateline, lines, parseJsonl, ROOT, tempFolder } from './helpers.js';

const folder = tempFolder('batch');
const at = (...parts: string[]) => join(folder.path, ...parts);
const CORPUS = join(ROOT, '../shared/corpus/press-releases');
const SEEDS = join(ROOT, 'seeds');

/** Short releases, so that 2,000 of them stay quick whatever the machine. */
function smallRelease(i: number): string {
  return `Release ${i}\n\nBRUSSELS, ${(i % 28) + 1} October 2023 – Jens Stoltenberg met minister ${i} of NATO.\n`;
}

beforeAll(() => {
  mkdirSync(at('many'));
  for (let i = 0; i < 2000; i++) {
    const name = `r${String(i).padStart(4, '0')}.txt`;
    writeFileSync(at('many', name), smallRelease(i));
  }
  // A tree for the globs.
  for (const path of [
    'tree/a.txt',
    'tree/b.md',
    'tree/c.release',
    'tree/drafts/d.txt',
    'tree/sub/e.txt',
    'tree/sub/f.TXT',
  ]) {
    mkdirSync(at(path, '..'), { recursive: true });
    writeFileSync(at(path), smallRelease(path.length));
  }
});
afterAll(folder.remove);

describe('--jobs', () => {
  const inputs = () => {
    const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));
    return [SEEDS, ...seeds.slice(0, 2).map((name) => join('seeds', name))];
  };

  it.each(['jsonl', 'json', 'text', 'csv'])(
    '--jobs 2 writes the same bytes as --jobs 1 (%s)',
    async (format) => {
      const one = await dateline(['extract', ...inputs(), '--format', format, '--jobs', '1']);
      const two = await dateline(['extract', ...inputs(), '--format', format, '--jobs', '2']);
      expect(one.status).toBe(0);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout).toBe(one.stdout);
      expect(two.status).toBe(0);
    },
  );

  it('failures keep their place: messages in input order, documents in input order', async () => {
    const args = ['missing-1.txt', at('many', 'r0001.txt'), 'missing-2.txt', at('many', 'r0002.txt')];
    const result = await dateline(['extract', ...args, '--format', 'jsonl', '--jobs', '3']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'dateline: missing-1.txt: no such file\ndateline: missing-2.txt: no such file\n',
    );
    expect(parseJsonl(result.stdout).map((doc) => doc.source)).toEqual([args[1], args[3]]);
  });

  it('2,000 small inputs in jsonl: 2,000 lines, in input order', async () => {
    const result = await dateline(['extract', at('many'), '--format', 'jsonl', '--jobs', '2']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out).toHaveLength(2000);
    out.forEach((line, i) => {
      const doc = JSON.parse(line) as { source: string; document: { title: string } };
      expect(doc.source).toBe(at('many', `r${String(i).padStart(4, '0')}.txt`));
      expect(doc.document.title).toBe(`Release ${i}`);
    });
  });

  it.skipIf(!readdirSync(join(ROOT, '..')).includes('shared'))(
    'the shared corpus: same bytes with --jobs 2 as with --jobs 1 (skipped without it)',
    async () => {
      const one = await dateline(['extract', CORPUS, '--format', 'jsonl', '-j', '1']);
      const two = await dateline(['extract', CORPUS, '--format', 'jsonl', '-j', '2']);
      expect(one.status).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    },
  );

  it.each(['0', '-1', '1.5', 'many', '1000'])('--jobs %s is a usage error (exit 2)', async (jobs) => {
    const result = await dateline(['extract', at('tree'), '--jobs', jobs]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^dateline: option '-j, --jobs <N>' argument '.*' is invalid\. Expected a whole number of jobs from 1 to 256\.\n$/,
    );
  });
});

describe('--include and --exclude', () => {
  const sources = async (...args: string[]) => {
    const result = await dateline(['extract', at('tree'), '--format', 'jsonl', ...args]);
    return {
      ...result,
      names: parseJsonl(result.stdout).map((doc) => String(doc.source).slice(at('tree').length + 1)),
    };
  };

  it('default: *.txt and *.md, extension case ignored, recursively, in code-unit order', async () => {
    expect((await sources()).names).toEqual(['a.txt', 'b.md', 'drafts/d.txt', 'sub/e.txt', 'sub/f.TXT']);
  });

  it('--include replaces the default; a glob without / matches file names at any depth', async () => {
    expect((await sources('--include', '*.release')).names).toEqual(['c.release']);
    expect((await sources('--include', '*.release', '--include', 'sub/*')).names).toEqual([
      'c.release',
      'sub/e.txt',
      'sub/f.TXT',
    ]);
  });

  it('--exclude leaves out files and whole folders', async () => {
    expect((await sources('--exclude', 'drafts')).names).toEqual(['a.txt', 'b.md', 'sub/e.txt', 'sub/f.TXT']);
    expect((await sources('--exclude', 'drafts/**', '--exclude', '*.md')).names).toEqual([
      'a.txt',
      'sub/e.txt',
      'sub/f.TXT',
    ]);
  });

  it('a folder where nothing matches is an error naming it (exit 1)', async () => {
    const result = await sources('--include', '*.pdf');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`dateline: ${at('tree')}: is a folder with no files matching --include\n`);
  });

  it('files named directly are read whatever the globs', async () => {
    const result = await dateline([
      'extract',
      at('tree', 'c.release'),
      '--exclude',
      '*.release',
      '--format',
      'jsonl',
    ]);
    expect(result.status).toBe(0);
    expect(parseJsonl(result.stdout)).toHaveLength(1);
  });
});

const HAS_SCRIPT = spawnSync('script', ['-qec', 'true', '/dev/null']).status === 0;

describe('progress on stderr', () => {
  it('nothing when stderr is not a terminal', async () => {
    const result = await dateline([
      'extract',
      at('many'),
      '--format',
      'jsonl',
      '--output',
      at('quiet.jsonl'),
    ]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  /** Runs dateline under a pseudo-terminal (util-linux `script`); returns what the terminal showed. */
  function onTerminal(args: string[]): { status: number | null; screen: string } {
    const command = [process.execPath, join(ROOT, BIN), ...args]
      .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    return { status: result.status, screen: result.stdout };
  }

  it.skipIf(!HAS_SCRIPT)(
    'on a terminal: done/total redrawn with \\r, cleared at the end (skipped without script)',
    () => {
      const { status, screen } = onTerminal([
        'extract',
        at('many'),
        '--format',
        'jsonl',
        '--output',
        at('tty.jsonl'),
      ]);
      expect(status).toBe(0);
      expect(screen).toMatch(/\rdateline: \d+\/2000 files/);
      expect(screen).toContain('dateline: 2000/2000 files');
      // Cleared: the last thing drawn is blanks over the line, then \r.
      expect(screen).toMatch(/\r +\r$/);
      expect(lines(readFileSync(at('tty.jsonl'), 'utf8'))).toHaveLength(2000);
    },
  );

  it.skipIf(!HAS_SCRIPT)('--no-progress: nothing on a terminal either', () => {
    const { status, screen } = onTerminal([
      'extract',
      at('tree'),
      '--format',
      'jsonl',
      '--output',
      at('no.jsonl'),
      '--no-progress',
    ]);
    expect(status).toBe(0);
    expect(screen).toBe('');
  });
});
