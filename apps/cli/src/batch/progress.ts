/**
 * Progress on stderr while a batch runs, only when stderr is a terminal: files done/total, rate and
 * time left, redrawn in place with \r at most 10 times a second and cleared at the end.
 */

export interface ProgressLine {
  /** One more input handled (analysed or failed). */
  tick(): void;
  /** Clears the line so a message can be printed; the next tick redraws it. */
  clear(): string;
  /** Clears the line for good. */
  finish(): string;
}

export interface ProgressOptions {
  /** How many inputs there are, when known (jsonl records stream in: unknown). */
  readonly total: number | undefined;
  readonly write: (text: string) => void;
  /** Terminal width; the line is cut to fit. */
  readonly columns: number;
  readonly now?: () => number;
  /** Minimum time between redraws, ms. */
  readonly interval?: number;
}

export const SILENT_PROGRESS: ProgressLine = { tick() {}, clear: () => '', finish: () => '' };

export function progressLine(options: ProgressOptions): ProgressLine {
  const now = options.now ?? Date.now;
  const interval = options.interval ?? 100;
  const started = now();
  let done = 0;
  let drawn = 0; // width of what is on screen
  let lastDraw = -Infinity;
  const erase = () => {
    if (drawn === 0) return '';
    const text = `\r${' '.repeat(drawn)}\r`;
    drawn = 0;
    return text;
  };
  return {
    tick() {
      done++;
      const time = now();
      if (time - lastDraw < interval && done !== options.total) return;
      lastDraw = time;
      const line = formatProgress(done, options.total, time - started).slice(
        0,
        Math.max(0, options.columns - 1),
      );
      options.write(`\r${line.padEnd(drawn)}`);
      drawn = Math.max(drawn, line.length);
    },
    clear() {
      const text = erase();
      if (text !== '') lastDraw = -Infinity;
      return text;
    },
    finish: erase,
  };
}

/** `dateline: 120/400 files, 35.2/s, 0:08 left` (or without the total and time left when unknown). */
export function formatProgress(done: number, total: number | undefined, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const parts = [total === undefined ? `${done} done` : `${done}/${total} files`];
  if (seconds >= 0.5) parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`);
  if (total !== undefined && seconds >= 0.5 && rate > 0 && done < total) {
    parts.push(`${clock((total - done) / rate)} left`);
  }
  return `dateline: ${parts.join(', ')}`;
}

/** 75 → `1:15`, 3725 → `1:02:05`. */
export function clock(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
