/** Offsets the core gives (UTF-16 code units) turned into what other tools count. Linear sweeps. */

/**
 * For each UTF-16 offset (any order), the number of Unicode code points before it: what Python
 * tools such as brat count ("😀" is 2 code units, 1 code point). An offset inside a surrogate pair
 * counts the pair's code point as before it.
 */
export function codePointOffsets(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((_, index) => index).sort((a, b) => (offsets[a] ?? 0) - (offsets[b] ?? 0));
  const result = new Array<number>(offsets.length).fill(0);
  let unit = 0;
  let points = 0;
  for (const index of order) {
    const target = Math.min(Math.max(offsets[index] ?? 0, 0), text.length);
    while (unit < target) {
      const code = text.charCodeAt(unit);
      const pair = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(unit + 1));
      unit += pair ? 2 : 1;
      points++;
    }
    result[index] = points;
  }
  return result;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * For each UTF-16 offset (any order), its 1-based line and column. Lines end at \n, \r\n or a lone
 * \r; columns count UTF-16 code units, like the offsets and like VS Code's "Go to Line".
 */
export function linesAndColumns(
  text: string,
  offsets: readonly number[],
): { line: number; column: number }[] {
  const order = offsets.map((_, index) => index).sort((a, b) => (offsets[a] ?? 0) - (offsets[b] ?? 0));
  const result = new Array<{ line: number; column: number }>(offsets.length);
  let unit = 0;
  let line = 1;
  let lineStart = 0;
  for (const index of order) {
    const target = Math.min(Math.max(offsets[index] ?? 0, 0), text.length);
    while (unit < target) {
      const code = text.charCodeAt(unit);
      unit++;
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(unit) !== 0x0a)) {
        line++;
        lineStart = unit;
      }
    }
    result[index] = { line, column: target - lineStart + 1 };
  }
  return result;
}
