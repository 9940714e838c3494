/**
 * Language-server latencies through the real server over stdio, as an editor sees them: the time
 * from sending a request to reading its response. Hover and inlay hints on the seed, semantic
 * tokens on a generated 1 MB release (the first request after opening, which pays for the
 * analysis, and then cached ones), the first `semanticTokens/range` request for a viewport of 60
 * lines in the middle of a freshly opened 1 MB release (what VS Code asks first on a large file,
 * answered before the full analysis lands), and an edit in a 20 kB release followed by a hover
 * (which pays for re-analysing the edited document). Reports figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { generateRelease } from './generate.mjs';
import { SERVER_NODE_FLAGS } from './server-flags.mjs';

/** Settings answered to the server's workspace/configuration requests: room for the 1 MB input. */
const SETTINGS = { maxDocumentSize: 50_000_000 };

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(samples) {
  return { runs: samples.length, p50Ms: percentile(samples, 50), p99Ms: percentile(samples, 99) };
}

/** Line and UTF-16 character of an offset. */
function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

async function startServer(serverMain) {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, serverMain, '--stdio'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  child.stdin.on('error', () => undefined); // a server that died must not take the bench with it
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  // Answer what a server may ask of its client, so it never waits on us.
  connection.onRequest('workspace/configuration', (params) =>
    params.items.map((item) => (item.section === 'dateline' ? SETTINGS : null)),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/semanticTokens/refresh', () => null);
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification(() => {});
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    initializationOptions: { settings: SETTINGS },
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        semanticTokens: {
          requests: { full: { delta: true }, range: true },
          tokenTypes: [],
          tokenModifiers: [],
          formats: ['relative'],
        },
        inlayHint: {},
      },
    },
  });
  connection.sendNotification('initialized', {});
  return {
    connection,
    pid: child.pid,
    async stop() {
      // The process may already be gone: every message to it may fail, none may throw.
      const timeout = new Promise((resolve) => setTimeout(resolve, 2000));
      await Promise.race([connection.sendRequest('shutdown').catch(() => undefined), timeout]);
      await connection.sendNotification('exit').catch(() => undefined);
      connection.dispose();
      child.kill();
    },
  };
}

async function timed(run) {
  const t0 = performance.now();
  const result = await run();
  return { ms: performance.now() - t0, result };
}

async function hoverLatency(connection, uri, text, runs) {
  const offset = text.indexOf('Stoltenberg', text.indexOf('Stoltenberg') + 1);
  const position = positionAt(text, offset + 2);
  await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }); // analysis
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const { ms, result } = await timed(() =>
      connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }),
    );
    if (!result) throw new Error('hover on "Stoltenberg" answered null');
    samples.push(ms);
  }
  return summary(samples);
}

async function inlayLatency(connection, uri, text, runs) {
  const end = positionAt(text, text.length);
  const range = { start: { line: 0, character: 0 }, end };
  const samples = [];
  for (let i = 0; i < runs; i++) {
    samples.push(
      (await timed(() => connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range })))
        .ms,
    );
  }
  return summary(samples);
}

/** Tokens of LSP's relative encoding as absolute "line:character:length:type" strings. */
function absoluteTokens(data) {
  const out = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    out.push(`${line}:${character}:${data[i + 2]}:${data[i + 3]}`);
  }
  return out;
}

/**
 * The viewport: open the 1 MB release afresh and ask at once for the tokens of 60 lines in its
 * middle, as VS Code does on a large file, `runs` times (a new document each time, so every
 * request comes before that document's full analysis). Then, once the last one's full analysis
 * is in, how many of the range's tokens the full tokens contradict (the types compared; the
 * viewport never sets `firstMention`).
 */
async function rangeLatency(connection, text, runs) {
  const lines = text.split('\n').length;
  const middle = lines >> 1;
  const range = { start: { line: middle - 30, character: 0 }, end: { line: middle + 30, character: 0 } };
  const samples = [];
  let uri;
  let data;
  for (let i = 0; i < runs; i++) {
    if (uri) connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    uri = `file:///bench/generated-1mb-range-${i}.txt`;
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'press-release', version: 1, text },
    });
    const { ms, result } = await timed(() =>
      connection.sendRequest('textDocument/semanticTokens/range', { textDocument: { uri }, range }),
    );
    if (!result?.data?.length) throw new Error('range tokens on the 1 MB release came back empty');
    samples.push(ms);
    data = result.data;
  }
  const full = await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const inRange = new Set(
    absoluteTokens(full.data).filter((t) => {
      const line = Number(t.split(':')[0]);
      return line >= range.start.line && line < range.end.line;
    }),
  );
  const quick = new Set(absoluteTokens(data));
  const missing = [...inRange].filter((t) => !quick.has(t)).length;
  const extra = [...quick].filter((t) => !inRange.has(t)).length;
  return {
    firstMs: samples[0],
    ...summary(samples),
    lines: 60,
    tokens: quick.size,
    fullTokensInRange: inRange.size,
    differFromFull: { missing, extra },
  };
}

async function semanticTokensLatency(connection, text, runs) {
  const uri = 'file:///bench/generated-1mb.txt';
  connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'press-release', version: 1, text },
  });
  const first = await timed(() =>
    connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }),
  );
  const tokens = first.result?.data?.length / 5;
  if (!tokens) throw new Error('semantic tokens on the 1 MB release came back empty');
  const samples = [];
  for (let i = 0; i < runs; i++) {
    samples.push(
      (
        await timed(() =>
          connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }),
        )
      ).ms,
    );
  }
  connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { firstMs: first.ms, tokens, cached: summary(samples) };
}

/**
 * CPU milliseconds the process has used (user + system, from /proc; undefined elsewhere): on a
 * loaded machine the server's CPU time per edit says more than the wall-clock latency.
 */
function cpuMillis(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return undefined;
  }
}

/**
 * Type one character in the middle paragraph, then hover: the hover waits for the re-analysis.
 * `runs` edits right after opening (the first ones run while the server's code is still being
 * optimised: in a fresh server the first dozen take 25–75 ms), then `runs` more, reported apart as
 * `warm`: what a user who has been typing for a while sees.
 */
async function editThenHoverLatency(connection, text, runs, pid) {
  const uri = 'file:///bench/generated-20kb.txt';
  let version = 1;
  connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'press-release', version, text },
  });
  const middle = text.indexOf('\n\n', text.length >> 1);
  const editAt = positionAt(text, middle);
  const target = text.indexOf(' ', text.indexOf('\n\n', 200)) - 3; // a word of an early paragraph
  const hoverAt = positionAt(text, target);
  await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverAt });
  const samples = [];
  const cpuBefore = pid === undefined ? undefined : cpuMillis(pid);
  for (let i = 0; i < 2 * runs; i++) {
    version++;
    const t0 = performance.now();
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      // Insert a space, then delete it again, so the document stays the same size.
      contentChanges: [
        i % 2
          ? { range: { start: editAt, end: { ...editAt, character: editAt.character + 1 } }, text: '' }
          : { range: { start: editAt, end: editAt }, text: ' ' },
      ],
    });
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverAt });
    samples.push(performance.now() - t0);
  }
  const cpuAfter = pid === undefined ? undefined : cpuMillis(pid);
  connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return {
    ...summary(samples.slice(0, runs)),
    warm: summary(samples.slice(runs)),
    ...(cpuBefore !== undefined && cpuAfter !== undefined
      ? { serverCpuMsPerRun: (cpuAfter - cpuBefore) / (2 * runs) }
      : {}),
  };
}

export async function measureLsp(
  root,
  seedFile,
  { runs = 200, serverMain = join(root, 'packages', 'language-server', 'dist', 'main.js') } = {},
) {
  if (!existsSync(serverMain)) return { status: 'failed', reason: `${serverMain} is not built` };
  let server;
  try {
    server = await startServer(serverMain);
    const { connection } = server;
    const seedPath = resolve(root, seedFile);
    const seed = readFileSync(seedPath, 'utf8');
    const seedUri = pathToFileURL(seedPath).href;
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: seedUri, languageId: 'press-release', version: 1, text: seed },
    });
    const hover = await hoverLatency(connection, seedUri, seed, runs);
    const inlayHints = await inlayLatency(connection, seedUri, seed, runs);
    const oneMb = generateRelease(1_000_000);
    const semanticTokens1mb = await semanticTokensLatency(connection, oneMb, 10);
    const semanticTokensRange1mb = await rangeLatency(connection, oneMb, 5);
    const editThenHover20kb = await editThenHoverLatency(
      connection,
      generateRelease(20_000),
      runs,
      server.pid,
    );
    return {
      status: 'ok',
      server: `${relative(root, serverMain)} --stdio`,
      hover,
      inlayHints,
      semanticTokens1mb,
      semanticTokensRange1mb,
      editThenHover20kb,
    };
  } catch (error) {
    return { status: 'failed', reason: String(error?.message ?? error).split('\n')[0] };
  } finally {
    await server?.stop();
  }
}

/**
 * `node bench/lsp-latency.mjs [--only edit-then-hover|semantic-tokens|range] [--server main.js] [--runs N]`
 * (after `npm run build`): the latencies alone, as JSON, without the rest of the bench; `--server`
 * runs another build's server, to compare with a baseline in alternating runs. Each `--only` row
 * runs on a fresh server, as a user's first large file would.
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(
      'usage: node bench/lsp-latency.mjs [--only ROW] [--server main.js] [--runs N]\n' +
        '  Starts packages/language-server/dist/main.js over stdio and prints its latencies as JSON.\n' +
        '  --only edit-then-hover  just the 20 kB edit followed by a hover (the re-analysis path)\n' +
        '  --only semantic-tokens  just the full tokens of the 1 MB release (first request, then cached)\n' +
        '  --only range            just the range tokens of 60 lines of a freshly opened 1 MB release\n' +
        '  --server main.js        another build of the server (a baseline to compare with)\n' +
        '  --runs N                requests per measurement (default 200)\n',
    );
    process.exit(0);
  }
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const runs = Number(option('--runs') ?? 200);
  const root = resolve(import.meta.dirname, '..');
  const only = option('--only');
  const main = option('--server') ?? join(root, 'packages', 'language-server', 'dist', 'main.js');
  const rows = {
    'edit-then-hover': async (server) => ({
      editThenHover20kb: await editThenHoverLatency(
        server.connection,
        generateRelease(20_000),
        runs,
        server.pid,
      ),
    }),
    'semantic-tokens': async (server) => ({
      semanticTokens1mb: await semanticTokensLatency(
        server.connection,
        generateRelease(1_000_000),
        Math.min(runs, 10),
      ),
    }),
    range: async (server) => ({
      semanticTokensRange1mb: await rangeLatency(
        server.connection,
        generateRelease(1_000_000),
        Math.min(runs, 5),
      ),
    }),
  };
  if (only !== undefined) {
    const row = rows[only];
    if (!row) {
      process.stderr.write(`unknown row ${only}: one of ${Object.keys(rows).join(', ')}\n`);
      process.exit(2);
    }
    const server = await startServer(resolve(main));
    try {
      process.stdout.write(`${JSON.stringify(await row(server))}\n`);
    } finally {
      await server.stop();
    }
  } else {
    const seed = readdirSync(join(root, 'seeds')).find((name) => name.endsWith('.txt'));
    process.stdout.write(
      `${JSON.stringify(await measureLsp(root, join('seeds', seed ?? ''), { runs, serverMain: resolve(main) }), null, 2)}\n`,
    );
  }
}
