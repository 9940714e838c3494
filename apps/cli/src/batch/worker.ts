/**
 * A batch worker thread: receives the settings once, then units one at a time; answers each with its
 * rendered result. Started by ./pool.ts from dist/batch/worker.js (resolved from import.meta.url).
 */
import { parentPort } from 'node:worker_threads';
import { messageOf } from '../errors.js';
import { loadRenderer, processUnit } from './task.js';
import type { DocumentRenderer, TaskRequest, TaskSettings } from './types.js';

export type ToWorker = { type: 'init'; settings: TaskSettings } | { type: 'task'; request: TaskRequest };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; result: import('./types.js').UnitResult }
  | { type: 'fatal'; message: string };

const port = parentPort;
if (port === null) throw new Error('worker.js runs as a worker thread only');

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
