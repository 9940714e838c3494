/** Runs the BUILT `dateline` (apps/cli/bin/dateline.js) from the repository root, as a user would. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = 'apps/cli/bin/dateline.js';
/** The seed, as a path relative to ROOT (the cwd of every run). */
export const SEED = 'seeds/nato-2023-10-12-defence-ministers-press-conference.txt';
export const SCHEMA = 'dateline/analysis@1';
export const IS_ROOT = process.getuid?.() === 0;
/** As root, mode 000 files are still readable: permission tests then run the CLI as `nobody`. */
export const NOBODY = 65534;
/**
 * Whether `nobody` can run the CLI here: root may lack the capability to switch users, and a
 * checkout under a private folder (mktemp's 0700) is out of `nobody`'s reach.
 */
export const CAN_RUN_AS_NOBODY =
  IS_ROOT &&
  spawnSync(process.execPath, [join(ROOT, BIN), '--version'], { uid: NOBODY, gid: NOBODY, cwd: ROOT })
    .status === 0;

if (!existsSync(join(ROOT, 'apps/cli/dist/main.js'))) {
  throw new Error('apps/cli/dist/main.js is missing: build first (cd /work/main && npx turbo run build)');
}

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface RunOptions {
  /** Written to stdin, then closed. Without it stdin is /dev/null. */
  input?: string | Buffer;
  cwd?: string;
  /** Run as this user id (root only): lets permission tests run where the tests run as root. */
  uid?: number;
}

export function dateline(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.DATELINE_DEBUG;
    const child = spawn(process.execPath, [join(ROOT, BIN), ...args], {
      cwd: options.cwd ?? ROOT,
      env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({
        status,
        signal,
        stdout: stdoutBytes.toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        stdoutBytes,
      });
    });
    if (options.input !== undefined && child.stdin) {
      child.stdin.on('error', () => undefined); // the CLI may exit without reading stdin
      child.stdin.end(options.input);
    }
  });
}

/** Lines of stdout (jsonl), without the empty string after the last newline. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line, i, all) => !(i === all.length - 1 && line === ''));
}

export function parseJsonl(text: string): Record<string, unknown>[] {
  return lines(text).map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A fresh folder in the OS temp dir; call the returned function to remove it. */
export function tempFolder(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `dateline-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** No stack trace, whatever happened. */
export function hasStackTrace(stderr: string): boolean {
  return /^\s+at .+[(:]\d+/m.test(stderr) || /\b(TypeError|ReferenceError|RangeError):/.test(stderr);
}
