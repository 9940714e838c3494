import { resolveDate } from '../../src/dates/resolve.js';
import { type ScanOptions, scanDates } from '../../src/dates/scan.js';

export type Found = [text: string, kind: string, value: string | undefined];

/** Every expression of `text` as [span text, kind, resolved value], checking the span invariant on the way. */
export function found(text: string, anchor: string | null = '2023-10-12', options?: ScanOptions): Found[] {
  return scanDates(text, options).map((expr) => {
    if (text.slice(expr.start, expr.end) !== expr.text) throw new Error(`bad span for ${expr.text}`);
    return [expr.text, expr.kind, resolveDate(expr, anchor)];
  });
}
