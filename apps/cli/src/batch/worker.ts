/**
 * A batch worker thread: spawned before the batch's settings are known, it loads the core and warms
 * it up at once, then receives the settings, then units one at a time; answers each with its
 * rendered result. Started by ./pool.ts from dist/worker.js (resolved from import.meta.url).
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '@dateline/core';
import { messageOf } from '../errors.js';
import { loadRenderer, processUnit } from './task.js';
import type { DocumentRenderer, TaskRequest, TaskSettings, UnitResult } from './types.js';

export type ToWorker = { type: 'init'; settings: TaskSettings } | { type: 'task'; request: TaskRequest };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; result: UnitResult }
  | { type: 'fatal'; message: string };

const port = parentPort;
if (port === null) throw new Error('worker.js runs as a worker thread only');

/**
 * The core builds its tables on the first analysis (tens of ms): done here, while the main thread
 * still lists the inputs, rather than on the first unit. The result is not used.
 */
const WARM_UP = 'BRUSSELS, 12 October 2023 – NATO Secretary General Jens Stoltenberg met the ministers.';
try {
  analyze(WARM_UP);
} catch {
  // The first unit reports whatever is wrong with the core.
}

let settings: TaskSettings | undefined;
let renderer: DocumentRenderer | undefined;

port.on('message', async (message: ToWorker) => {
  try {
    if (message.type === 'init') {
      settings = message.settings;
      renderer = await loadRenderer(settings.renderer);
      port.postMessage({ type: 'ready' } satisfies FromWorker);
      return;
    }
    if (settings === undefined || renderer === undefined) throw new Error('task before init');
    const result = await processUnit(message.request, settings, renderer);
    port.postMessage({ type: 'result', result } satisfies FromWorker);
  } catch (error) {
    port.postMessage({ type: 'fatal', message: messageOf(error) } satisfies FromWorker);
  }
});
