/**
 * Large documents are analysed on a worker thread, so that a 1 MB release (a second or more of
 * synchronous core work) never stops the server from answering: other documents' hovers, the
 * viewport's semantic tokens (documents/viewport.ts) and cancellations keep being served while it
 * runs. The worker runs the same script as the server (main.ts branches on `isAnalysisWorker`), so
 * the VS Code extension's single bundle needs no second entry.
 *
 * One worker, one analysis at a time. Requests queue per document and a newer version replaces a
 * queued older one (which is rejected with `Superseded`, never analysed); an analysis already
 * running cannot be interrupted (the core is synchronous) and its result is handed back to whoever
 * asked, who checks the version before serving it. If the worker cannot start or dies, every
 * pending request fails and the next ones fall back to the server's thread.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '@dateline/core';
import { messageOf } from '../errors.js';
import { Analyzer } from './analyzer.js';

/** Marks the worker in `workerData`, so the shared script knows which side it is. */
const WORKER_MARK = 'dateline-analysis-worker';

type ToWorker =
  | { kind: 'analyze'; id: number; uri: string; text: string; options: AnalyzeOptions }
  | { kind: 'forget'; uri: string };

type FromWorker =
  | { kind: 'analyzed'; id: number; analysis: Analysis; millis: number }
  | { kind: 'failed'; id: number; message: string };

/** A queued request was replaced by a newer version of its document before it ran. */
export class Superseded extends Error {
  constructor(uri: string) {
    super(`a newer version of ${uri} replaced this analysis`);
  }
}

/** Whether this thread is the analysis worker (checked by main.ts before starting a server). */
export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as { mark?: unknown } | null)?.mark === WORKER_MARK;
}

/** The worker's side: analyse what the server sends, one message at a time. */
export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  const analyzer = new Analyzer();
  port.on('message', (message: ToWorker) => {
    if (message.kind === 'forget') {
      analyzer.forget(message.uri);
      return;
    }
    const started = performance.now();
    let reply: FromWorker;
    try {
      const analysis = analyzer.analyze(message.uri, message.text, message.options);
      reply = { kind: 'analyzed', id: message.id, analysis, millis: performance.now() - started };
    } catch (error) {
      reply = { kind: 'failed', id: message.id, message: messageOf(error) };
    }
    port.postMessage(reply);
  });
}

interface Job {
  id: number;
  uri: string;
  text: string;
  options: AnalyzeOptions;
  resolve(result: { analysis: Analysis; millis: number }): void;
  reject(error: Error): void;
}

/** The server's side: one worker thread, started on first use. */
export class AnalysisWorker {
  private worker: Worker | undefined;
  private broken = false;
  private nextId = 1;
  /** Waiting jobs, at most one per document (the newest version). */
  private readonly queue = new Map<string, Job>();
  private running: Job | undefined;

  constructor(
    /** The script to run as the worker: the server's own entry (main.js or the extension's bundle). */
    private readonly script: string | URL,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** False once the worker failed to start or died: callers analyse on their own thread instead. */
  get usable(): boolean {
    return !this.broken;
  }

  analyze(
    uri: string,
    text: string,
    options: AnalyzeOptions,
  ): Promise<{ analysis: Analysis; millis: number }> {
    return new Promise((resolve, reject) => {
      const waiting = this.queue.get(uri);
      if (waiting) {
        this.queue.delete(uri);
        waiting.reject(new Superseded(uri));
      }
      this.queue.set(uri, { id: this.nextId++, uri, text, options, resolve, reject });
      this.pump();
    });
  }

  /** Drop a document's session in the worker and its waiting request. */
  forget(uri: string): void {
    const waiting = this.queue.get(uri);
    if (waiting) {
      this.queue.delete(uri);
      waiting.reject(new Superseded(uri));
    }
    this.worker?.postMessage({ kind: 'forget', uri } satisfies ToWorker);
  }

  /** Stops the worker (server shutdown); waiting requests fail. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.broken = true;
    this.failAll(new Error('the analysis worker stopped'));
    await worker?.terminate();
  }

  private pump(): void {
    if (this.running || this.queue.size === 0) return;
    const worker = this.start();
    const [uri, job] = this.queue.entries().next().value as [string, Job];
    this.queue.delete(uri);
    if (!worker) {
      job.reject(new Error('the analysis worker is not available'));
      this.pump();
      return;
    }
    this.running = job;
    worker.postMessage({
      kind: 'analyze',
      id: job.id,
      uri: job.uri,
      text: job.text,
      options: job.options,
    } satisfies ToWorker);
  }

  private start(): Worker | undefined {
    if (this.worker || this.broken) return this.worker;
    try {
      const worker = new Worker(this.script, { workerData: { mark: WORKER_MARK } });
      worker.unref(); // never keeps the process alive on its own
      worker.on('message', (reply: FromWorker) => this.settle(reply));
      worker.on('error', (error) => this.fail(worker, `the analysis worker failed: ${messageOf(error)}`));
      worker.on('exit', (code) => this.fail(worker, `the analysis worker exited (code ${code})`));
      this.worker = worker;
      return worker;
    } catch (error) {
      this.broken = true;
      this.log(`cannot start the analysis worker: ${messageOf(error)}`);
      return undefined;
    }
  }

  private settle(reply: FromWorker): void {
    const job = this.running;
    if (!job || job.id !== reply.id) return;
    this.running = undefined;
    if (reply.kind === 'analyzed') job.resolve({ analysis: reply.analysis, millis: reply.millis });
    else job.reject(new Error(reply.message));
    this.pump();
  }

  private fail(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.broken = true;
    this.log(message);
    this.failAll(new Error(message));
  }

  private failAll(error: Error): void {
    this.running?.reject(error);
    this.running = undefined;
    for (const job of this.queue.values()) job.reject(error);
    this.queue.clear();
  }
}
