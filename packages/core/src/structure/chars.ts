/**
 * Character tests on UTF-16 code units, for the structure passes that look at every character:
 * a code comparison costs nothing, where `/\s/.test(text[i])` builds a string and runs a regex.
 */

/** Exactly the code units JavaScript's `\s` matches. */
export function isJsSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Number of whitespace-separated words in `text[start, end)`, counting no further than `limit`. */
export function countWordsUpTo(
  text: string,
  start: number,
  end: number,
  limit: number,
  isSeparator: (code: number) => boolean,
): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const separator = isSeparator(text.charCodeAt(i));
    if (!separator && !inWord && ++n >= limit) return n;
    inWord = !separator;
  }
  return n;
}
