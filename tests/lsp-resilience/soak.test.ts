/**
 * A short soak (10 s) in CI: `npm run soak` as a user runs it (tests/soak/soak.mjs), random edits,
 * requests and cancellations against the built server, every answer checked. No crash, no invalid
 * result, no unexpected error, no unanswered request.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT } from './harness.js';

const run = promisify(execFile);

interface SoakReport {
  ok: boolean;
  crashes: number;
  invalidResults: number;
  invalidSamples: unknown[];
  unanswered: number;
  errors: { expected: Record<string, number>; unexpected: Record<string, number> };
  unexpectedErrorSamples: unknown[];
  requests: { answered: number; byMethod: Record<string, number> };
  edits: { notifications: number };
  sentinelChecks: { passed: number; failed: number };
  exitCode: number | null;
}

it('10 s of random edits and requests: 0 crashes, 0 invalid results', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-soak-'));
  try {
    const json = join(dir, 'soak.json');
    let status = 0;
    let output = '';
    try {
      const result = await run(
        process.execPath,
        ['tests/soak/soak.mjs', '--seconds', '10', '--seed', '20231012', '--json', json, '--quiet'],
        { cwd: ROOT, timeout: 55_000 },
      );
      output = result.stdout;
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      status = failed.code ?? -1;
      output = `${failed.stdout ?? ''}\n${failed.stderr ?? ''}`;
    }
    const report = JSON.parse(readFileSync(json, 'utf8')) as SoakReport;
    expect(report.crashes, output).toBe(0);
    expect(report.exitCode, output).toBe(0);
    expect(report.invalidResults, JSON.stringify(report.invalidSamples, null, 2)).toBe(0);
    expect(report.errors.unexpected, JSON.stringify(report.unexpectedErrorSamples, null, 2)).toEqual({});
    expect(report.unanswered).toBe(0);
    expect(report.sentinelChecks.failed).toBe(0);
    expect(report.sentinelChecks.passed).toBeGreaterThan(1);
    // It did work: every method was asked, edits were made.
    expect(Object.keys(report.requests.byMethod).length).toBeGreaterThanOrEqual(15);
    expect(report.requests.answered).toBeGreaterThan(200);
    expect(report.edits.notifications).toBeGreaterThan(100);
    expect(status, output).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
