/**
 * The threads that analyse a batch: worker threads running ./worker.js and, when the batch asks for
 * as many jobs as there are cores, the main thread too (see batchThreads). Each worker is sent up to
 * DEPTH units ahead, so it finds its next unit waiting when it finishes one instead of idling until
 * the main thread (busy writing, analysing, or slow to be scheduled on a loaded machine) answers.
 *
 * Workers are spawned by the constructor, before the batch's settings are known, so that they load
 * and warm up the core while the main thread reads the configuration and lists the inputs; start()
 * then hands them the settings.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processUnit } from './task.js';
import type { DocumentRenderer, TaskRequest, TaskSettings, UnitResult } from './types.js';
import type { FromWorker, ToWorker } from './worker.js';

/** Units sent to one worker before its first result comes back. */
const DEPTH = 2;

interface Pending {
  request: TaskRequest;
  resolve: (result: UnitResult) => void;
}

interface Slot {
  /** The thread, or undefined for the main thread's own slot. */
  worker: Worker | undefined;
  /** True once the slot has its renderer. */
  ready: boolean;
  /** Units sent to this slot and not answered yet, by unit index. */
  busy: Map<number, Pending>;
}

/** The compiled worker beside this module: dist/batch/worker.js (src/batch/worker.ts under vitest). */
export const WORKER_URL = new URL(
  `./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

/** How `jobs` analysing threads are made up: worker threads, and whether the main thread is one. */
export interface BatchThreads {
  readonly workers: number;
  readonly local: boolean;
}

/**
 * With fewer jobs than cores, the main thread (listing, ordering, writing) has a core of its own
 * and every job is a worker. With as many jobs as cores, a worker more would only share a core with
 * a main thread that is idle most of the time: the main thread analyses too, one worker fewer
 * (measured on 2 cores: one isolate less to start and to JIT-compile the core in, and half the
 * results analysed where they are written, never copied between threads).
 */
export function batchThreads(jobs: number, cores = availableParallelism()): BatchThreads {
  if (jobs <= 1) return { workers: 0, local: true };
  return jobs >= cores ? { workers: jobs - 1, local: true } : { workers: jobs, local: false };
}

/** How many units a pool holds at once: the batch's window is built on it. */
export function poolCapacity(threads: BatchThreads): number {
  return (threads.workers + (threads.local ? 1 : 0)) * DEPTH;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private settings: TaskSettings | undefined;
  /** The main thread's renderer, when it analyses too. */
  private localRenderer: DocumentRenderer | undefined;
  private closed = false;
  /** Why workers cannot start (their renderer or the core failed to load): every unit fails with it. */
  private broken: string | undefined;

  /** Spawns `size` workers now; they load the core and wait for start(). */
  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.filter((slot) => slot.worker !== undefined).length;
  }

  /**
   * Gives the workers the batch's settings. With `local`, the main thread takes units too (after the
   * workers, when they hold DEPTH each) and renders them with this renderer (loaded by the caller).
   */
  start(settings: TaskSettings, local?: DocumentRenderer): void {
    this.settings = settings;
    for (const slot of this.slots) this.init(slot);
    // Last: workers are topped up first, the main thread takes what is left.
    if (local !== undefined) this.slots.push({ worker: undefined, ready: true, busy: new Map() });
    this.localRenderer = local;
    this.dispatch();
  }

  /** Resolves with the unit's result, never rejects; a worker that dies fails only its own units. */
  run(request: TaskRequest): Promise<UnitResult> {
    return new Promise((resolve) => {
      if (this.broken !== undefined || this.closed) {
        resolve(failure(request, this.broken ?? 'stopped'));
        return;
      }
      this.waiting.push({ request, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker now (Ctrl-C, or the end of the batch); units not done fail as stopped. */
  async close(reason = 'stopped'): Promise<void> {
    this.closed = true;
    const pending = this.waiting.splice(0);
    for (const slot of this.slots) {
      pending.push(...slot.busy.values());
      slot.busy.clear();
    }
    for (const { request, resolve } of pending) resolve(failure(request, reason));
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate().catch(() => undefined)));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL);
    const slot: Slot = { worker, ready: false, busy: new Map() };
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        slot.ready = true;
        this.dispatch();
      } else if (message.type === 'result') {
        this.settle(slot, message.result);
      } else {
        this.fail(slot, message.message);
      }
    });
    worker.on('error', (error) => this.fail(slot, error.message));
    worker.on('exit', (code) => this.fail(slot, `worker stopped (exit code ${code})`));
    // A worker that stays idle (the batch was a usage error) must not keep the process alive.
    worker.unref();
    return slot;
  }

  private init(slot: Slot): void {
    if (this.settings === undefined || slot.worker === undefined) return;
    slot.worker.ref();
    slot.worker.postMessage({ type: 'init', settings: this.settings } satisfies ToWorker);
  }

  private settle(slot: Slot, result: UnitResult): void {
    const pending = slot.busy.get(result.index);
    slot.busy.delete(result.index);
    pending?.resolve(result);
    this.dispatch();
  }

  /**
   * Tops every ready slot up to DEPTH units, least busy first. The main thread holds DEPTH too: its
   * next file is read while it analyses the current one, instead of idling on every read.
   */
  private dispatch(): void {
    for (let depth = 0; depth < DEPTH; depth++) {
      for (const slot of this.slots) {
        if (this.waiting.length === 0) return;
        if (!slot.ready || slot.busy.size > depth) continue;
        const next = this.waiting.shift();
        if (next === undefined) return;
        slot.busy.set(next.request.unit.index, next);
        if (slot.worker === undefined) this.runHere(slot, next.request);
        else slot.worker.postMessage({ type: 'task', request: next.request } satisfies ToWorker);
      }
    }
  }

  /**
   * Analyses a unit in the main thread, in a later turn of the event loop: the caller's loop (and
   * the workers' messages, and the writes) go on first, and between two units.
   */
  private runHere(slot: Slot, request: TaskRequest): void {
    const { settings, localRenderer } = this;
    if (settings === undefined || localRenderer === undefined) return;
    setImmediate(() => {
      if (this.closed) return;
      void processUnit(request, settings, localRenderer).then((result) => this.settle(slot, result));
    });
  }

  /** A worker that fails: its units fail as internal errors, and it is replaced. */
  private fail(slot: Slot, message: string): void {
    if (this.closed) return;
    if (!slot.ready) {
      // Failing before its first unit (the renderer or the core cannot load): a replacement would
      // fail the same way.
      this.broken = message;
      void this.close(message);
      return;
    }
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    slot.worker?.removeAllListeners();
    void slot.worker?.terminate().catch(() => undefined);
    for (const { request, resolve } of slot.busy.values()) resolve(failure(request, message));
    slot.busy.clear();
    const replacement = this.spawn();
    this.slots.unshift(replacement);
    this.init(replacement);
    this.dispatch();
  }
}

function failure(request: TaskRequest, message: string): UnitResult {
  return { index: request.unit.index, ok: false, reason: `internal error: ${message}`, warnings: [] };
}
