/**
 * The parent's side of a measurement: stage each input once as a JSON file, then run worker.mjs
 * in a fresh `node --expose-gc` process per system and input, and turn its report into figures.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mbPerSecond } from './stats.mjs';

const WORKER = new URL('./worker.mjs', import.meta.url).pathname;
/** A safety net against a hung peer, not a timing assert: the cell then reads "failed". */
const TIMEOUT_MS = 5 * 60 * 1000;

export function stageInputs(inputs) {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const files = new Map(inputs.map((input) => [input.id, join(dir, `${input.id}.json`)]));
  for (const input of inputs) writeFileSync(files.get(input.id), JSON.stringify(input.docs));
  return { files, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export function measure(systemId, input, inputFile, plan) {
  const spec = { system: systemId, inputFile, plan };
  let report;
  try {
    const stdout = execFileSync(process.execPath, ['--expose-gc', WORKER, JSON.stringify(spec)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    });
    report = JSON.parse(stdout.trim().split('\n').at(-1));
  } catch (error) {
    const reason = error.signal === 'SIGTERM' ? `timed out after ${TIMEOUT_MS / 1000} s` : error.message;
    return { status: 'failed', reason: reason.split('\n')[0] };
  }
  const { timing, memory } = report;
  const deltaBytes = Math.max(0, memory.peakRss - memory.baselineRss);
  return {
    status: 'ok',
    plan,
    runs: timing.samples.length,
    passesPerSample: timing.passesPerSample,
    warmup: timing.warmup,
    samplesSeconds: timing.samples,
    medianSeconds: timing.medianSeconds,
    mbPerSecond: mbPerSecond(input.chars, timing.medianSeconds),
    items: timing.items,
    memory: {
      ...memory,
      deltaBytes,
      // Peak over baseline as a multiple of the input's UTF-8 size.
      inputMultiple: deltaBytes / input.bytes,
    },
  };
}
