/**
 * Release text made safe to print on a terminal. A release is untrusted input: an ESC or CSI in it
 * could retitle the window, move the cursor, rewrite what was printed or, on some terminals, answer
 * back; bidi overrides could make text read differently from what it is (Trojan Source). Each such
 * character is shown as a visible escape instead (`\x1b`, `\u202e`), as `extract` shows them.
 */

/**
 * C0 and C1 controls (but tab and line breaks), DEL, and the bidi embedding, override and isolate
 * marks (U+202A–U+202E, U+2066–U+2069). A lone \r counts too: the next text would overwrite the line.
 */
export function isUnsafeForTerminal(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x09 || code === 0x0a) return false;
  if (code === 0x0d) return text.charCodeAt(index + 1) !== 0x0a;
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The visible escape of one unsafe character: `\x1b`, `\r`, `\u202e`. */
export function escapeForTerminal(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x0d) return '\\r';
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every unsafe character replaced by its escape. The result never contains ESC. */
export function sanitizeForTerminal(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isUnsafeForTerminal(text, i)) continue;
    out += text.slice(from, i) + escapeForTerminal(text.charAt(i));
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
