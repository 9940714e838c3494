/**
 * The one way release text gets into the HTML report. Everything from a document (its text, names,
 * file names) goes through `escapeHtml` in markup and attributes, or through `jsonForScript` inside
 * a script element; nothing is ever inserted raw.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text safe in element content and in quoted attribute values: & < > " ' become references. Control
 * characters other than tab and line breaks (which HTML forbids) become U+FFFD.
 */
export function escapeHtml(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let replacement: string | undefined;
    if (c === 0x26 || c === 0x3c || c === 0x3e || c === 0x22 || c === 0x27)
      replacement = HTML_ESCAPES[text.charAt(i)];
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f))
      replacement = '\ufffd';
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * JSON to embed in `<script type="application/json">`: `<`, `>` and `&` escaped as \u003c, \u003e,
 * \u0026 so no `</script>` or `<!--` can end or alter the element, and U+2028/U+2029 escaped too.
 * JSON.parse of the element's text gives `value` back.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
