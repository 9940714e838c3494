/**
 * A minimal LSP client over stdio for the protocol tests: spawns the BUILT server (either
 * `node packages/language-server/dist/main.js --stdio` or `node apps/cli/bin/dateline.js lsp
 * --stdio`), answers what a server asks of its client, records notifications.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_PATH = join(ROOT, 'seeds/nato-2023-10-12-defence-ministers-press-conference.txt');
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');
export const SEED_URI = pathToFileURL(SEED_PATH).href;

/** The two ways to start the server a user has. */
export const SERVERS = {
  'dist/main.js --stdio': ['packages/language-server/dist/main.js', '--stdio'],
  'dateline lsp --stdio': ['apps/cli/bin/dateline.js', 'lsp', '--stdio'],
} as const;
export type ServerName = keyof typeof SERVERS;

for (const file of ['packages/language-server/dist/main.js', 'apps/cli/dist/main.js']) {
  if (!existsSync(join(ROOT, file))) {
    throw new Error(
      `${file} is missing: build first (npm run build -w @dateline/core -w @dateline/language-server -w @dateline/cli)`,
    );
  }
}

export interface Notification {
  method: string;
  params: unknown;
}

export interface TestClient {
  connection: MessageConnection;
  child: ChildProcess;
  initializeResult: { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
  notifications: Notification[];
  /** Requests the server sent to the client (all answered null, bar workspace/configuration). */
  serverRequests: Notification[];
  /** Configuration answered to workspace/configuration (section `dateline`). */
  settings: Record<string, unknown>;
  stderr: () => string;
  /** Resolves with the first notification (past or future) matching. */
  waitFor(method: string, predicate?: (params: never) => boolean, timeoutMs?: number): Promise<never>;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  /** shutdown + exit; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export interface StartOptions {
  settings?: Record<string, unknown>;
  rootUri?: string | null;
  capabilities?: Record<string, unknown>;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
}

/** What the test client tells the server it can do, unless a test says otherwise. */
export const CLIENT_CAPABILITIES = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    semanticTokens: {
      requests: { full: { delta: true }, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
    inlayHint: {},
    rename: { prepareSupport: true },
  },
};

export async function startClient(server: ServerName, options: StartOptions = {}): Promise<TestClient> {
  const [main, ...args] = SERVERS[server];
  const child = spawn(process.execPath, [main, ...args], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout as NodeJS.ReadableStream),
    new StreamMessageWriter(child.stdin as NodeJS.WritableStream),
  );
  const notifications: Notification[] = [];
  const waiters: { method: string; predicate: (p: never) => boolean; resolve: (p: never) => void }[] = [];
  const settings = options.settings ?? {};
  connection.onNotification((method, params) => {
    notifications.push({ method, params });
    for (const waiter of [...waiters]) {
      if (waiter.method === method && waiter.predicate(params as never)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params as never);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section === 'dateline' ? settings : null)),
  );
  const serverRequests: Notification[] = [];
  connection.onRequest((method: string, params: unknown) => {
    serverRequests.push({ method, params });
    return null;
  });
  connection.listen();

  const initializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'workspace' }] : null,
    capabilities: options.capabilities ?? CLIENT_CAPABILITIES,
  });
  await connection.sendNotification('initialized', {});

  return {
    connection,
    child,
    initializeResult: initializeResult as TestClient['initializeResult'],
    notifications,
    serverRequests,
    settings,
    stderr: () => stderr,
    waitFor(method, predicate = () => true, timeoutMs = 20_000) {
      const past = notifications.find((n) => n.method === method && predicate(n.params as never));
      if (past) return Promise.resolve(past.params as never);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          method,
          predicate,
          resolve: (params) => {
            clearTimeout(timer);
            resolve(params);
          },
        });
      });
    },
    open(uri, text, languageId = 'plaintext', version = 1) {
      void connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId, version, text },
      });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        child.kill();
      }
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}

/** Line and UTF-16 character of the `nth` occurrence of `phrase` in `text`, plus `delta`. */
export function positionOf(
  text: string,
  phrase: string,
  delta = 0,
  nth = 0,
): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`not found: ${phrase}`);
  }
  const offset = at + delta;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
