/**
 * A fixed set of worker threads running ./worker.js. Each worker is sent up to DEPTH units ahead, so
 * it finds its next unit waiting when it finishes one instead of idling until the main thread (busy
 * writing, or slow to be scheduled on a loaded machine) answers.
 *
 * The main thread does not analyse too, even with as many jobs as cores: tried (jobs-1 workers plus
 * the main thread), it used 0.3-0.5 s more CPU on 600 x 8 kB releases (8.4 s against 7.9-8.2 s,
 * medians of 3-4 alternating runs; likely the workers' results, received as strings, loading the heap
 * the main thread analyses in), no wall-time gain could be shown, and one huge input analysed there
 * would hold up every worker's next unit.
 *
 * Workers are spawned by the constructor, before the batch's settings are known, so that they load
 * and warm up the core while the main thread reads the configuration and lists the inputs; start()
 * then hands them the settings.
 */
import { Worker } from 'node:worker_threads';
import type { TaskRequest, TaskSettings, UnitResult } from './types.js';
import type { FromWorker, ToWorker } from './worker.js';

/** Units sent to one worker before its first result comes back. */
const DEPTH = 2;

interface Pending {
  request: TaskRequest;
  resolve: (result: UnitResult) => void;
}

interface Slot {
  worker: Worker;
  /** True once the worker loaded its renderer. */
  ready: boolean;
  /** Units sent to this worker and not answered yet, by unit index. */
  busy: Map<number, Pending>;
}

/** The worker beside this module: dist/worker.js in the bundle (src/batch/worker.ts under vitest). */
export const WORKER_URL = new URL(
  `./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

/** How many units a pool of `size` workers holds at once: the batch's window is built on it. */
export function poolCapacity(size: number): number {
  return size * DEPTH;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private settings: TaskSettings | undefined;
  private closed = false;
  /** Why workers cannot start (their renderer or the core failed to load): every unit fails with it. */
  private broken: string | undefined;

  /** Spawns `size` workers now; they load the core and wait for start(). */
  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Gives the workers the batch's settings; units are dispatched once a worker has its renderer. */
  start(settings: TaskSettings): void {
    this.settings = settings;
    for (const slot of this.slots) this.init(slot);
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
    await Promise.all(this.slots.map((slot) => slot.worker.terminate().catch(() => undefined)));
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
    if (this.settings === undefined) return;
    slot.worker.ref();
    slot.worker.postMessage({ type: 'init', settings: this.settings } satisfies ToWorker);
  }

  private settle(slot: Slot, result: UnitResult): void {
    const pending = slot.busy.get(result.index);
    slot.busy.delete(result.index);
    pending?.resolve(result);
    this.dispatch();
  }

  /** Tops every ready worker up to DEPTH units, least busy first. */
  private dispatch(): void {
    for (let depth = 0; depth < DEPTH; depth++) {
      for (const slot of this.slots) {
        if (this.waiting.length === 0) return;
        if (!slot.ready || slot.busy.size > depth) continue;
        const next = this.waiting.shift();
        if (next === undefined) return;
        slot.busy.set(next.request.unit.index, next);
        slot.worker.postMessage({ type: 'task', request: next.request } satisfies ToWorker);
      }
    }
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
    slot.worker.removeAllListeners();
    void slot.worker.terminate().catch(() => undefined);
    for (const { request, resolve } of slot.busy.values()) resolve(failure(request, message));
    slot.busy.clear();
    const replacement = this.spawn();
    this.slots.push(replacement);
    this.init(replacement);
    this.dispatch();
  }
}

function failure(request: TaskRequest, message: string): UnitResult {
  return { index: request.unit.index, ok: false, reason: `internal error: ${message}`, warnings: [] };
}
