/**
 * The ordered batch: units stream in, at most `jobs` are analysed at once (worker threads, or the
 * main thread for --jobs 1), and results come out strictly in input order through a reorder window
 * of 4 × jobs units (2 per worker in the pool, as many waiting their turn), so memory stays flat
 * however many inputs there are.
 */
import { poolCapacity, WorkerPool } from './pool.js';
import { loadRenderer, processUnit } from './task.js';
import type { TaskRequest, TaskSettings, Unit, UnitResult } from './types.js';

export interface BatchOptions {
  readonly units: AsyncIterable<Unit>;
  readonly settings: TaskSettings;
  /** Worker threads; 1 runs everything in the main thread, with no worker. */
  readonly jobs: number;
  /**
   * Whether no document was written yet (the next one may need its `first` rendering). With --jobs 1
   * the window holds one unit, so this is exact when a unit starts: it is rendered once.
   */
  readonly nothingWritten: () => boolean;
  /** Receives every result in input order; resolves to false to stop the batch (output closed). */
  readonly deliver: (result: UnitResult, unit: Unit) => Promise<boolean>;
  readonly signal: AbortSignal;
  /** Workers spawned ahead with spawnWorkers(jobs) (they warm up while inputs are listed); closed here. */
  readonly pool?: WorkerPool | undefined;
}

/** The workers a batch of `jobs` needs, spawned now so they load the core while the caller lists inputs. */
export function spawnWorkers(jobs: number): WorkerPool | undefined {
  return jobs > 1 ? new WorkerPool(jobs) : undefined;
}

/** Resolves to `aborted` when the signal fired, `stopped` when `deliver` asked to stop, else `done`. */
export async function runBatch(options: BatchOptions): Promise<'done' | 'stopped' | 'aborted'> {
  const { settings, signal } = options;
  const jobs = Math.max(1, Math.floor(options.jobs));
  let pool = options.pool;
  if (pool !== undefined && pool.size !== jobs) {
    // Spawned for more jobs than there turned out to be inputs.
    void pool.close();
    pool = undefined;
  }
  let execute: (request: TaskRequest) => Promise<UnitResult>;
  if (jobs === 1) {
    const renderer = await loadRenderer(settings.renderer);
    execute = (request) => processUnit(request, settings, renderer);
  } else {
    const workers = pool ?? new WorkerPool(jobs);
    pool = workers;
    workers.start(settings);
    execute = (request) => workers.run(request);
  }

  // Units in the pool, plus as many done and waiting for a slow one ahead of them to be written.
  const window = jobs === 1 ? 1 : 2 * poolCapacity(jobs);
  const queue: { unit: Unit; result: Promise<UnitResult> }[] = [];
  const iterator = options.units[Symbol.asyncIterator]();

  /** Delivers the oldest unit once its result is in. */
  const deliverOldest = async (): Promise<'ok' | 'stopped' | 'aborted'> => {
    const head = queue[0];
    if (head === undefined) return 'ok';
    const result = await unlessAborted(head.result, signal);
    if (result === ABORTED) return 'aborted';
    queue.shift();
    return (await options.deliver(result, head.unit)) ? 'ok' : 'stopped';
  };

  try {
    for (;;) {
      const next = await unlessAborted(iterator.next(), signal);
      if (next === ABORTED) return 'aborted';
      if (next.done) break;
      const unit = next.value;
      const result =
        unit.kind === 'error'
          ? Promise.resolve<UnitResult>({ index: unit.index, ok: false, reason: unit.reason, warnings: [] })
          : execute({
              unit,
              want: options.nothingWritten() ? (pool === undefined ? 'first' : 'both') : 'next',
            });
      queue.push({ unit, result });
      while (queue.length >= window) {
        const state = await deliverOldest();
        if (state !== 'ok') return state;
      }
    }
    while (queue.length > 0) {
      const state = await deliverOldest();
      if (state !== 'ok') return state;
    }
    return 'done';
  } finally {
    // Not awaited: a generator waiting on stdin would hold the batch up.
    void iterator.return?.(undefined)?.catch(() => undefined);
    await pool?.close();
  }
}

const ABORTED = Symbol('aborted');

/**
 * `promise`, or ABORTED as soon as the signal fires. Not Promise.race with one long-lived promise:
 * every race would leave a reaction on it holding its result (each document's output), and memory
 * would grow with the number of inputs.
 */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | typeof ABORTED> {
  if (signal.aborted) return Promise.resolve(ABORTED);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
