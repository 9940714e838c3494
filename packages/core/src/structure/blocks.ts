/**
 * Cut the text into blocks: maximal runs of non-blank lines. A block is the unit the structure
 * classifier labels (title, lead, contact, residue, …). One linear pass.
 */

export interface Line {
  start: number;
  /** End of the line's content, before the line break and trailing spaces. */
  end: number;
}

export interface Block {
  start: number;
  end: number;
  lines: Line[];
}

function isBlankChar(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || code === 0x200b;
}

/** Line breaks, found by the regex in native code: fast even before the JIT has warmed up. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** Lines with their content trimmed at both ends; blank lines have start === end. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const found = LINE_BREAK.test(text);
    // The end of the text closes the last line as a break would.
    const i = found ? LINE_BREAK.lastIndex - 1 : text.length;
    let s = lineStart;
    let e = i;
    while (s < e && isBlankChar(text.charCodeAt(s))) s++;
    while (e > s && isBlankChar(text.charCodeAt(e - 1))) e--;
    lines.push(s < e ? { start: s, end: e } : { start: i, end: i });
    if (!found) return lines;
    // CRLF is one break.
    lineStart = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    LINE_BREAK.lastIndex = lineStart;
  }
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  const flush = () => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) blocks.push({ start: first.start, end: last.end, lines: current });
    current = [];
  };
  const lines = splitLines(text);
  // Indexed: for-of in code that runs once per document allocates a result per element.
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as (typeof lines)[number];
    if (line.start === line.end) flush();
    else current.push(line);
  }
  flush();
  return blocks;
}
