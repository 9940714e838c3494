/** Where and when the bench ran: enough to tell two results.json files apart. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

const round2 = (x) => Math.round(x * 100) / 100;

function git(root, args) {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

/** `loadAtStart`: os.loadavg()[0] when the bench started (other work on the machine skews timings). */
export function describeEnvironment(root, loadAtStart) {
  const cpu = cpus();
  const status = git(root, ['status', '--porcelain']);
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: { model: cpu[0]?.model ?? 'unknown', cores: cpu.length },
    loadAverage: { start: round2(loadAtStart), end: round2(loadavg()[0]) },
    memoryGB: Math.round((totalmem() / 1e9) * 10) / 10,
    git: {
      commit: git(root, ['rev-parse', 'HEAD']),
      // Uncommitted changes in the tree measured (other than results.json itself, usually).
      dirty: status === null ? null : status.length > 0,
    },
  };
}
