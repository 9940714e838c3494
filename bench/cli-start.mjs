/**
 * CLI cold start: wall time of a whole `node apps/cli/bin/dateline.js extract <seed>` process,
 * and of a bare `node -e ""` for scale. One untimed run first so the files are in the page cache.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from './stats.mjs';

function wallTimes(args, cwd, runs) {
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = performance.now() - t0;
    if (result.status !== 0) {
      throw new Error(`node ${args.join(' ')} exited ${result.status}: ${String(result.stderr).trim()}`);
    }
    if (i > 0) times.push(ms);
  }
  return times;
}

export function measureCliStart(root, seedFile, runs = 10) {
  const args = [join('apps', 'cli', 'bin', 'dateline.js'), 'extract', seedFile];
  try {
    const samplesMs = wallTimes(args, root, runs);
    const nodeMs = wallTimes(['-e', ''], root, runs);
    return {
      status: 'ok',
      command: `node ${args.join(' ')}`,
      runs,
      samplesMs,
      medianMs: median(samplesMs),
      bareNodeMedianMs: median(nodeMs),
    };
  } catch (error) {
    return { status: 'failed', reason: error.message.split('\n')[0] };
  }
}
