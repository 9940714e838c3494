/**
 * Batch scaling of the CLI: wall time of `dateline extract <folder> --format jsonl --output <file>`
 * with `--jobs 1` and `--jobs 2` on the same folder of generated releases (deterministic, so every
 * machine benches the same corpus), median of a few runs each, and the speed-up.
 *
 *   node bench/jobs-scaling.mjs [--runs N] [--documents N] [--chars N] [--bin path/to/dateline.js]
 *
 * The two are run alternately (one untimed run of each first), so that a load coming and going on a
 * shared machine falls on both. On Linux the CPU seconds (user + sys, all threads) of each run are
 * given too: they move much less with the machine's load than wall time does.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRelease } from './generate.mjs';
import { median } from './stats.mjs';

/** CPU seconds used by this process's finished children, where /proc tells (Linux). */
function childrenCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in clock ticks
  } catch {
    return Number.NaN;
  }
}

function run(root, bin, args) {
  const t0 = performance.now();
  const cpu0 = childrenCpuSeconds();
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) {
    throw new Error(`dateline ${args.join(' ')} exited ${result.status}: ${String(result.stderr).trim()}`);
  }
  return { wall: (performance.now() - t0) / 1000, cpu: childrenCpuSeconds() - cpu0 };
}

export function measureJobs(
  root,
  { documents = 600, chars = 8_000, runs = 3, bin = join('apps', 'cli', 'bin', 'dateline.js') } = {},
) {
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
    const args = (jobs) => [
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
    run(root, bin, args(1)); // warm the page cache
    run(root, bin, args(2));
    const samples = { 1: [], 2: [] };
    for (let i = 0; i < runs; i++) for (const jobs of [1, 2]) samples[jobs].push(run(root, bin, args(jobs)));
    const one = median(samples[1].map((s) => s.wall));
    const two = median(samples[2].map((s) => s.wall));
    return {
      status: 'ok',
      corpus: `${documents} generated releases of ${chars / 1000} k chars`,
      runs,
      jobs1Seconds: one,
      jobs2Seconds: two,
      speedup: one / two,
      jobs1CpuSeconds: median(samples[1].map((s) => s.cpu)),
      jobs2CpuSeconds: median(samples[2].map((s) => s.cpu)),
      samples,
    };
  } catch (error) {
    return { status: 'failed', reason: String(error?.message ?? error).split('\n')[0] };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
    process.exit(0);
  }
  const value = (name) => {
    const at = argv.indexOf(name);
    return at < 0 ? undefined : argv[at + 1];
  };
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const number = (name) => (value(name) === undefined ? undefined : Number(value(name)));
  const options = Object.fromEntries(
    Object.entries({
      runs: number('--runs'),
      documents: number('--documents'),
      chars: number('--chars'),
      bin: value('--bin') && resolve(value('--bin')),
    }).filter(([, v]) => v !== undefined),
  );
  const result = measureJobs(root, options);
  if (result.status !== 'ok') {
    process.stderr.write(`jobs-scaling: ${result.reason}\n`);
    process.exitCode = 1;
  } else {
    const walls = (jobs) => result.samples[jobs].map((s) => s.wall.toFixed(2)).join(' ');
    process.stdout.write(
      `${result.corpus}, median of ${result.runs}\n` +
        `  --jobs 1  ${result.jobs1Seconds.toFixed(2)} s  (cpu ${result.jobs1CpuSeconds.toFixed(2)} s; runs ${walls(1)})\n` +
        `  --jobs 2  ${result.jobs2Seconds.toFixed(2)} s  (cpu ${result.jobs2CpuSeconds.toFixed(2)} s; runs ${walls(2)})\n` +
        `  speed-up  ${result.speedup.toFixed(2)}x\n`,
    );
  }
}
