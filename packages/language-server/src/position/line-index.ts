/**
 * The one converter between core offsets (UTF-16 code units, end exclusive) and LSP positions
 * (line, UTF-16 character). Line breaks are \n, \r\n and \r, as in LSP. Out-of-range input is
 * clamped, never thrown on: editors send stale positions after fast edits.
 */
import type { Position, Range } from 'vscode-languageserver';

export class LineIndex {
  /** Offset where each line starts. */
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (code === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of `line` (clamped to the document). */
  lineStart(line: number): number {
    const clamped = Math.max(0, Math.min(line, this.starts.length - 1));
    return this.starts[clamped] ?? 0;
  }

  /** Offset just after the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    const clamped = Math.max(0, Math.min(line, this.starts.length - 1));
    let end =
      clamped + 1 < this.starts.length ? (this.starts[clamped + 1] ?? this.text.length) : this.text.length;
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(end, this.starts[clamped] ?? 0);
  }

  /** The line holding `offset`. */
  lineAt(offset: number): number {
    const target = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= target) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  positionAt(offset: number): Position {
    const target = Math.max(0, Math.min(Math.floor(offset), this.text.length));
    const line = this.lineAt(target);
    return { line, character: target - this.lineStart(line) };
  }

  /** Offset of a position; a line past the end clamps to the end, a character past the line to its end. */
  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.lineStart(position.line);
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
