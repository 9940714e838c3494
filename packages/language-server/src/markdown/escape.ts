/**
 * Release text shown in Markdown (hovers, summary cards) is data, never markup. A release may
 * contain anything, including text written to inject links (`[x](command:…)`), HTML
 * (`<img onerror=…>`) or formatting; every piece of it goes through `escapeMarkdown` first.
 */

/**
 * The characters that can start or close Markdown syntax (emphasis, code, links, images, headings,
 * lists, tables, strike-through, math, autolinks after a colon), escaped with a backslash.
 * `<`, `>` and `&` are written as entities instead, so no HTML tag or entity survives.
 */
const BACKSLASHED = /[\\`*_{}[\]()#+\-.!|~:$=]/g;

/**
 * Text as inert Markdown: every Markdown and HTML meta character escaped, line breaks and other
 * white space runs made single spaces (so nothing starts a block), control characters dropped.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(BACKSLASHED, (char) => `\\${char}`)
  );
}

/** Text cut to about `max` characters at a word boundary, with an ellipsis when cut. */
export function trimText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * A card written for Markdown, as plain text for clients that cannot render Markdown: the bold
 * markers dropped and the escapes undone (the text was escaped by `escapeMarkdown`, so this is
 * exact).
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/(^|[^\\])\*\*/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~:$=])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/ {2}\n/g, '\n');
}
