/**
 * Extension start-up, without VS Code: a repeatable stand-in for "activate → server initialised".
 *
 *   node bench/extension-start.mjs [--runs N] [--json]
 *
 * Measures what is in apps/vscode/dist (build it first; the .vsix ships `npm run build -w
 * dateline-vscode -- --production`):
 *   client require   a fresh Node requiring dist/extension.js with a stub `vscode` module (what the
 *                    extension host does before calling activate)
 *   server init      spawn → `initialize` answered, for dist/server.js run directly and for
 *                    dist/server-start.js as the extension starts it, with its V8 code cache warm
 *                    (one untimed run first writes the cache)
 *   first status     spawn → the first `dateline/status` after opening a seed release (the first
 *                    analysis, with whatever the core sets up on first use)
 * Each figure is the median of N runs (default 9), each in a new process; min is printed too, as
 * the shared machine's load only ever adds time. `node -e ""` is printed for scale.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_NODE_FLAGS } from './server-flags.mjs';
import { median } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'apps/vscode/dist');
const seed = join(root, 'seeds/nato-2023-10-12-defence-ministers-press-conference.txt');

/** Requires the client bundle with a stub `vscode` (every property a callable stub) and prints the ms. */
const CLIENT_PROBE = `
const Module = require('node:module');
const stub = new Proxy(function () {}, {
  get: (_, key) => (key === 'then' ? undefined : stub),
  apply: () => stub,
  construct: () => stub,
});
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? stub : load.call(this, request, ...rest);
};
const started = performance.now();
require(process.argv[1]);
process.stdout.write(String(performance.now() - started));
`;

function clientRequireMs() {
  const result = spawnSync(process.execPath, ['-e', CLIENT_PROBE, join(dist, 'extension.js')], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`client probe failed: ${result.stderr}`);
  return Number(result.stdout);
}

function processMs(args) {
  const started = performance.now();
  spawnSync(process.execPath, args, { stdio: 'ignore' });
  return performance.now() - started;
}

function frame(message) {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/**
 * Starts a server over stdio; resolves with ms from spawn to the initialize answer and, with
 * `open`, to the first dateline/status of the seed. `hold` keeps it running that long at the end.
 */
function serverTimes(module, { env = {}, open = false, hold = 0 } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, module, '--stdio'], {
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, ...env },
    });
    const times = {};
    let buffer = Buffer.alloc(0);
    const finish = () => {
      setTimeout(() => child.stdin.end(), hold);
      child.once('exit', () => resolve(times));
    };
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const header = buffer.indexOf('\r\n\r\n');
        if (header < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())?.[1]);
        if (buffer.length < header + 4 + length) return;
        const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString());
        buffer = buffer.subarray(header + 4 + length);
        if (message.id === 1) {
          times.initializeMs = performance.now() - started;
          child.stdin.write(frame({ method: 'initialized', params: {} }));
          if (!open) finish();
          else {
            const uri = pathToFileURL(seed).href;
            const text = readFileSync(seed, 'utf8');
            child.stdin.write(
              frame({
                method: 'textDocument/didOpen',
                params: { textDocument: { uri, languageId: 'plaintext', version: 1, text } },
              }),
            );
          }
        } else if (message.method === 'dateline/status' && times.statusMs === undefined) {
          times.statusMs = performance.now() - started;
          finish();
        } else if (message.id !== undefined && message.method !== undefined) {
          // A request from the server (configuration, registration): answer it empty.
          child.stdin.write(
            frame({ id: message.id, result: message.method === 'workspace/configuration' ? [] : null }),
          );
        }
      }
    });
    child.stdin.write(
      frame({
        id: 1,
        method: 'initialize',
        params: { processId: process.pid, rootUri: null, capabilities: {} },
      }),
    );
  });
}

function summary(values) {
  return { medianMs: Math.round(median(values)), minMs: Math.round(Math.min(...values)) };
}

export async function measureExtensionStart({ runs = 9 } = {}) {
  for (const file of ['extension.js', 'server.js', 'server-start.js']) {
    if (!existsSync(join(dist, file)))
      return { status: 'failed', reason: `apps/vscode/dist/${file} missing: build it` };
  }
  const cache = mkdtempSync(join(tmpdir(), 'dateline-code-cache-'));
  const cached = { DATELINE_CODE_CACHE: cache };
  try {
    // Untimed: the page cache, and the code cache (written 4 s after start, so hold the server).
    await serverTimes(join(dist, 'server.js'));
    await serverTimes(join(dist, 'server-start.js'), { env: cached, open: true, hold: 5000 });
    const rows = {
      bareNode: [],
      clientRequire: [],
      serverInit: [],
      serverStartInit: [],
      firstStatus: [],
      firstStatusCached: [],
    };
    for (let i = 0; i < runs; i++) {
      rows.bareNode.push(processMs(['-e', '']));
      rows.clientRequire.push(clientRequireMs());
      const plain = await serverTimes(join(dist, 'server.js'), { open: true });
      rows.serverInit.push(plain.initializeMs);
      rows.firstStatus.push(plain.statusMs);
      const warm = await serverTimes(join(dist, 'server-start.js'), { env: cached, open: true });
      rows.serverStartInit.push(warm.initializeMs);
      rows.firstStatusCached.push(warm.statusMs);
    }
    return {
      status: 'ok',
      runs,
      bytes: Object.fromEntries(
        ['extension.js', 'server.js'].map((file) => [file, readFileSync(join(dist, file)).length]),
      ),
      ...Object.fromEntries(Object.entries(rows).map(([name, values]) => [name, summary(values)])),
    };
  } catch (error) {
    return { status: 'failed', reason: String(error?.message ?? error).split('\n')[0] };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
    process.exit(0);
  }
  const runsAt = args.indexOf('--runs');
  const result = await measureExtensionStart({ runs: runsAt >= 0 ? Number(args[runsAt + 1]) : 9 });
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (result.status !== 'ok') {
    process.stderr.write(`extension-start: ${result.reason}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`extension start-up, median (min) of ${result.runs} runs, ms\n`);
    for (const [name, value] of Object.entries(result)) {
      if (typeof value === 'object' && 'medianMs' in value)
        process.stdout.write(`  ${name.padEnd(18)} ${String(value.medianMs).padStart(5)} (${value.minMs})\n`);
    }
    process.stdout.write(
      `  bundles: ${Object.entries(result.bytes)
        .map(([f, b]) => `${f} ${Math.round(b / 1024)} kB`)
        .join(', ')}\n`,
    );
  }
}
