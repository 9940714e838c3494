/** Small statistics over lists of numbers. */

export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Megabytes per second, where a megabyte is 1e6 UTF-16 code units (JS string length). */
export function mbPerSecond(chars, seconds) {
  return chars / 1e6 / seconds;
}
