/** Writing to a pipe that closes early (`| head -1`) or a full disk: no crash, no stack trace. */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, SEED } from './helpers.js';

/** Enough output to fill any pipe buffer whatever the core returns. */
const MANY = Array.from({ length: 1500 }, () => SEED);
const HAS_BASH = spawnSync('bash', ['-c', 'true']).status === 0;

describe('EPIPE', () => {
  it('the reader closing the pipe after the first line ends dateline quietly with status 0', async () => {
    const child = spawn(process.execPath, [join(ROOT, BIN), 'extract', ...MANY, '--format', 'jsonl'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    let first = '';
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString('utf8');
      child.stdout.destroy();
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(first.startsWith('{"schema":"dateline/analysis@1"')).toBe(true);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it.skipIf(!HAS_BASH)('dateline extract … --format jsonl | head -1 (skipped without bash)', async () => {
    const script = `node ${BIN} extract ${MANY.join(' ')} --format jsonl 2>/tmp/dateline-epipe-$$.err | head -1; echo "status=\${PIPESTATUS[0]}"; cat /tmp/dateline-epipe-$$.err; rm -f /tmp/dateline-epipe-$$.err`;
    const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    const out = result.stdout.split('\n');
    expect(JSON.parse(out[0] ?? '')).toMatchObject({ source: SEED });
    expect(out[1]).toBe('status=0');
    expect(out.slice(2).join('\n').trim()).toBe('');
  });
});

describe('write failures', () => {
  it.skipIf(!existsSync('/dev/full'))(
    'stdout on a full disk: one line, exit 1 (skipped without /dev/full)',
    async () => {
      const fd = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [BIN, 'extract', SEED], {
          cwd: ROOT,
          stdio: ['ignore', fd, 'pipe'],
          encoding: 'utf8',
        });
        expect(result.status).toBe(1);
        expect(result.stderr).toBe('dateline: cannot write output: no space left on device\n');
      } finally {
        closeSync(fd);
      }
    },
  );
});
