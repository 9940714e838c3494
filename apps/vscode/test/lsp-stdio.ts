// A minimal LSP client over a child's stdio (Content-Length framing), for the bundled-server smoke test.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

export interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export class StdioClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (message: Message) => void; reject: (error: Error) => void }
  >();
  private readonly listeners: ((message: Message) => void)[] = [];
  stderr = '';
  private readonly died: Promise<never>;

  constructor(serverPath: string) {
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    // A server that dies must fail the test at once, with its last words, not time it out.
    this.died = new Promise<never>((_resolve, reject) => {
      this.child.on('exit', (code, signal) => {
        const error = new Error(`the server exited (code ${code}, signal ${signal}):\n${this.stderr}`);
        for (const pending of this.pending.values()) pending.reject(error);
        this.pending.clear();
        reject(error);
      });
    });
    this.died.catch(() => undefined); // observed by whoever waits; never an unhandled rejection
  }

  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    if (this.child.exitCode !== null)
      return Promise.reject(new Error(`the server has exited:\n${this.stderr}`));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The first notification of `method` whose params satisfy `accept`. */
  waitFor(method: string, accept: (params: unknown) => boolean = () => true): Promise<unknown> {
    const notified = new Promise((resolve) => {
      const listener = (message: Message) => {
        if (message.method !== method || !accept(message.params)) return;
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolve(message.params);
      };
      this.listeners.push(listener);
    });
    return Promise.race([notified, this.died]);
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await Promise.race([this.request('shutdown', null).catch(() => undefined), exited]);
    this.notify('exit', null);
    const timer = setTimeout(() => this.child.kill(), 2000);
    await exited;
    clearTimeout(timer);
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1],
      );
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(
        this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'),
      );
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.resolve(message);
      this.pending.delete(message.id);
      return;
    }
    if (message.id !== undefined && message.method !== undefined) {
      // A request from the server (workspace/configuration, client/registerCapability…): answer
      // with defaults, as a client with no settings would.
      const result =
        message.method === 'workspace/configuration' ? configurationDefaults(message.params) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    }
    for (const listener of [...this.listeners]) listener(message);
  }
}

function configurationDefaults(params: unknown): null[] {
  const items = (params as { items?: unknown[] } | undefined)?.items ?? [];
  return items.map(() => null);
}
