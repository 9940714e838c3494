/** Ctrl-C (SIGINT) and SIGTERM during a batch: stop promptly, clean up, exit 130 (143 for SIGTERM). */
import { unlinkSync } from 'node:fs';
import { pendingTemporaryFiles } from '../output/sink.js';

export interface Interrupt {
  readonly signal: AbortSignal;
  /** The exit status for the signal received, once one was. */
  readonly status: number | undefined;
  dispose(): void;
}

export function listenForInterrupt(): Interrupt {
  const controller = new AbortController();
  let status: number | undefined;
  const on = (name: 'SIGINT' | 'SIGTERM', code: number) => {
    const handler = () => {
      if (status !== undefined) {
        // A second Ctrl-C while cleaning up: give up at once, still leaving no temporary file.
        for (const path of pendingTemporaryFiles) {
          try {
            unlinkSync(path);
          } catch {
            // already gone
          }
        }
        process.exit(code);
      }
      status = code;
      controller.abort();
    };
    process.on(name, handler);
    return () => process.off(name, handler);
  };
  const offs = [on('SIGINT', 130), on('SIGTERM', 143)];
  return {
    signal: controller.signal,
    get status() {
      return status;
    },
    dispose: () => {
      for (const off of offs) off();
    },
  };
}
