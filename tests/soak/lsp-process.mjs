/**
 * A language server process driven over raw stdio bytes: Content-Length framing written and parsed
 * here (not by vscode-jsonrpc), so tests can send malformed frames and still read whatever the
 * server answers. Shared by the resilience tests (tests/lsp-resilience) and the soak (soak.mjs).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The two ways a user starts the server. */
export const SERVER_COMMANDS = {
  main: ['packages/language-server/dist/main.js', '--stdio'],
  cli: ['apps/cli/bin/dateline.js', 'lsp', '--stdio'],
};

const HEADER_END = Buffer.from('\r\n\r\n');

/** `Content-Length` framing of one message (a JSON value, or a string/Buffer taken as the body). */
export function frame(body) {
  const bytes = Buffer.isBuffer(body)
    ? body
    : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]);
}

export class LspProcess {
  /**
   * @param {{ server?: 'main' | 'cli', settings?: Record<string, unknown>, stderrLimit?: number }} [options]
   */
  constructor(options = {}) {
    const [main, ...args] = SERVER_COMMANDS[options.server ?? 'main'];
    this.settings = options.settings ?? {};
    this.child = spawn(process.execPath, [join(ROOT, main), ...args], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.pid = this.child.pid;
    /** Notifications from the server, in order. */
    this.notifications = [];
    /** Responses whose id no request of ours is waiting for (e.g. answers to raw hostile requests). */
    this.strayResponses = [];
    this.stderrText = '';
    this.stderrLimit = options.stderrLimit ?? 200_000;
    /** @type {{ code: number | null, signal: string | null } | null} */
    this.exitInfo = null;
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    this.buffer = Buffer.alloc(0);
    /** Bytes on stdout that were not a well-framed JSON message (should stay 0). */
    this.garbage = 0;
    this.killed = false;
    this.exited = new Promise((resolve) => {
      this.child.on('close', (code, signal) => {
        this.exitInfo = { code, signal };
        const why = `server exited (${code ?? signal}); stderr: ${this.stderrText.slice(-2000) || '(empty)'}`;
        for (const { reject } of this.pending.values()) reject(new Error(why));
        this.pending.clear();
        resolve(this.exitInfo);
      });
    });
    this.child.stdout.on('data', (chunk) => this.onData(chunk));
    this.child.stderr.on('data', (chunk) => {
      if (this.stderrText.length < this.stderrLimit) this.stderrText += chunk.toString('utf8');
    });
    // Writing to a server that died must not throw in the test process (EPIPE).
    this.child.stdin.on('error', () => undefined);
  }

  /** Running, and not being killed by us. */
  get alive() {
    return this.exitInfo === null && !this.killed;
  }

  onData(chunk) {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) return;
      const header = this.buffer.subarray(0, end).toString('ascii');
      const match = /(?:^|\r\n)Content-Length: *(\d+)/i.exec(header);
      if (!match) {
        this.garbage += end + HEADER_END.length;
        this.buffer = this.buffer.subarray(end + HEADER_END.length);
        continue;
      }
      const length = Number(match[1]);
      const start = end + HEADER_END.length;
      if (this.buffer.length < start + length) return;
      const body = this.buffer.subarray(start, start + length).toString('utf8');
      this.buffer = this.buffer.subarray(start + length);
      let message;
      try {
        message = JSON.parse(body);
      } catch {
        this.garbage += length;
        continue;
      }
      this.dispatch(message);
    }
  }

  dispatch(message) {
    if (message === null || typeof message !== 'object') {
      this.garbage += 1;
      return;
    }
    if (typeof message.method === 'string' && message.id !== undefined) {
      this.answerServerRequest(message);
      return;
    }
    if (typeof message.method === 'string') {
      this.notifications.push(message);
      for (const waiter of [...this.waiters]) {
        if (waiter.method === message.method && waiter.predicate(message.params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(message.params);
        }
      }
      return;
    }
    const waiting = this.pending.get(message.id);
    if (waiting) {
      this.pending.delete(message.id);
      waiting.resolve(message);
    } else this.strayResponses.push(message);
  }

  /** What an editor answers: the `dateline` settings for workspace/configuration, null otherwise. */
  answerServerRequest(message) {
    let result = null;
    if (message.method === 'workspace/configuration') {
      const items = Array.isArray(message.params?.items) ? message.params.items : [];
      result = items.map((item) => (item?.section === 'dateline' ? this.settings : null));
    }
    this.send({ jsonrpc: '2.0', id: message.id, result });
  }

  sendRaw(bytes) {
    if (this.alive && this.child.stdin.writable) this.child.stdin.write(bytes);
  }

  send(message) {
    this.sendRaw(frame(message));
  }

  notify(method, params) {
    this.send(params === undefined ? { jsonrpc: '2.0', method } : { jsonrpc: '2.0', method, params });
  }

  /**
   * Sends a request; `response` resolves with the whole response message ({ id, result } or
   * { id, error }) and rejects when the server exits first or after `timeoutMs`.
   */
  start(method, params, timeoutMs = 30_000) {
    const id = this.nextId++;
    const response = new Promise((resolve, reject) => {
      if (!this.alive) {
        reject(new Error('server is not running'));
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} (id ${id}) not answered within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
    response.catch(() => undefined); // a caller that never awaits must not leave an unhandled rejection
    this.send(params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params });
    return { id, response };
  }

  /** The whole response message of a request. */
  request(method, params, timeoutMs) {
    return this.start(method, params, timeoutMs).response;
  }

  /** The result of a request; throws with the error's code and message when it failed. */
  async call(method, params, timeoutMs) {
    const message = await this.request(method, params, timeoutMs);
    if (message.error) {
      const error = new Error(`${method}: ${message.error.code} ${message.error.message}`);
      error.code = message.error.code;
      throw error;
    }
    return message.result;
  }

  cancel(id) {
    this.notify('$/cancelRequest', { id });
  }

  /** The first notification (past or future) with this method whose params pass `predicate`. */
  waitForNotification(method, predicate = () => true, timeoutMs = 20_000) {
    const past = this.notifications.find((n) => n.method === method && predicate(n.params));
    if (past) return Promise.resolve(past.params);
    return new Promise((resolve, reject) => {
      const waiter = { method, predicate, resolve };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiter.resolve = (params) => {
        clearTimeout(timer);
        resolve(params);
      };
      this.waiters.push(waiter);
    });
  }

  /** initialize + initialized, as an editor with configuration support does. */
  async initialize(capabilities) {
    const result = await this.call('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: capabilities ?? {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          semanticTokens: {
            requests: { full: { delta: true }, range: true },
            tokenTypes: [],
            tokenModifiers: [],
            formats: ['relative'],
          },
          rename: { prepareSupport: true },
        },
      },
    });
    this.notify('initialized', {});
    return result;
  }

  open(uri, text, languageId = 'press-release', version = 1) {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri, version, contentChanges) {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri) {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** shutdown then exit; resolves with the exit code. */
  async stop(timeoutMs = 10_000) {
    if (this.alive) {
      try {
        await this.request('shutdown', undefined, timeoutMs);
        this.notify('exit');
      } catch {
        this.kill();
      }
    }
    const info = await this.exited;
    return info.code;
  }

  kill() {
    if (this.alive) this.child.kill('SIGKILL');
    this.killed = true;
  }

  /** Resident memory of the server in kB (Linux /proc), or undefined. */
  rssKb() {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
      return match ? Number(match[1]) : undefined;
    } catch {
      return undefined;
    }
  }

  stderr() {
    return this.stderrText;
  }
}
