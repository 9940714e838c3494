/**
 * Lengths as a reader sees them: the CR of a CRLF pair does not count. Thresholds written in
 * characters ("the first 160 characters of the lead") must give the same answer whatever the line
 * endings of the file.
 */

/** The offset reached after `width` characters from `start`, not counting the CR of CRLF. */
export function advanceBy(text: string, start: number, width: number): number {
  let i = start;
  let counted = 0;
  while (i < text.length && counted < width) {
    if (!(text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10)) counted++;
    i++;
  }
  return i;
}

/**
 * Width of `text` up to offsets asked in increasing order, without the CRs of CRLF. The cursor only
 * moves forward, so asking for every block start of a document costs one pass.
 */
export class ForwardWidth {
  private offset = 0;
  private crlfs = 0;

  constructor(private readonly text: string) {}

  /** Width of `text.slice(0, offset)`; offsets must not decrease between calls. */
  at(offset: number): number {
    const text = this.text;
    const end = Math.min(offset, text.length);
    for (let i = this.offset; i < end; i++) {
      if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) this.crlfs++;
    }
    this.offset = Math.max(this.offset, end);
    return end - this.crlfs;
  }
}
