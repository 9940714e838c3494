/**
 * Batch scaling of the CLI: wall time of `dateline extract <folder> --format jsonl --output <file>`
 * with `--jobs 1` and `--jobs 2` on the same folder of generated releases (deterministic, so every
 * machine benches the same corpus), median of a few runs each, and the speed-up.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRelease } from './generate.mjs';
import { median } from './stats.mjs';

function wallSeconds(root, args) {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, [join('apps', 'cli', 'bin', 'dateline.js'), ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) {
    throw new Error(`dateline ${args.join(' ')} exited ${result.status}: ${String(result.stderr).trim()}`);
  }
  return (performance.now() - t0) / 1000;
}

export function measureJobs(root, { documents = 600, chars = 8_000, runs = 3 } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'dateline-bench-jobs-'));
  try {
    const corpus = join(folder, 'releases');
    mkdirSync(corpus);
    for (let i = 0; i < documents; i++) {
      writeFileSync(
        join(corpus, `release-${String(i).padStart(5, '0')}.txt`),
        generateRelease(chars, 1000 + i),
      );
    }
    const out = join(folder, 'out.jsonl');
    const time = (jobs) => {
      const args = [
        'extract',
        corpus,
        '--format',
        'jsonl',
        '--jobs',
        String(jobs),
        '--output',
        out,
        '--no-progress',
      ];
      wallSeconds(root, args); // warm the page cache
      return median(Array.from({ length: runs }, () => wallSeconds(root, args)));
    };
    const one = time(1);
    const two = time(2);
    return {
      status: 'ok',
      corpus: `${documents} generated releases of ${chars / 1000} k chars`,
      runs,
      jobs1Seconds: one,
      jobs2Seconds: two,
      speedup: one / two,
    };
  } catch (error) {
    return { status: 'failed', reason: String(error?.message ?? error).split('\n')[0] };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
