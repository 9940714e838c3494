/**
 * Per-document debounce: an edit reschedules the document's pending work, so a burst of edits is
 * analysed once, after the last one.
 */
export class Debouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly run: (uri: string) => void) {}

  schedule(uri: string, delayMs: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri);
      }, delayMs),
    );
  }

  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }

  cancelAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
