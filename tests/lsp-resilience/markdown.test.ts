/**
 * Hover Markdown is built from untrusted release text: a document written to inject a command link,
 * HTML or formatting must come out inert. Checked on every position of the document (every entity
 * card and the headline's summary card) and on the dateline/summary card.
 */
import { describe, expect, it } from 'vitest';
import { expectAlive, lineLengths, TEST_TIMEOUT, useServer } from './harness.js';

const HOSTILE = [
  'NATO [urgent](command:workbench.action.quit) statement <script>alert(1)</script>',
  '',
  'BRUSSELS, 12 October 2023 – Secretary General *Jens Stoltenberg* met [x](command:workbench.action.quit) <img src=x onerror=alert(1)> <script>alert(1)</script> in Brussels.',
  '',
  'Mr. Stoltenberg said **[Jens Stoltenberg](command:workbench.action.quit)** and _<b>NATO</b>_ met [NATO](http://evil.example "t") and ![img](https://evil.example/x.png) today.',
  '',
  '"We are ready," said Mr. Stoltenberg <iframe src="javascript:alert(1)"></iframe> in `Brussels`.',
  '',
  '<a href="command:workbench.action.quit">Lloyd J. Austin III</a> met ~~Hanna Virtanen~~ of Finland; [ref]: command:workbench.action.quit',
  '',
  '# Heading | table | --- ',
  '> quoted <details open ontoggle=alert(1)> &lt;escaped&gt; &#60;b&#62;',
  '',
].join('\n');

/** What must not survive in Markdown built from HOSTILE: links, raw HTML, emphasis from the text. */
function unsafeParts(markdown: string): string[] {
  const problems: string[] = [];
  if (/\]\s*\(/.test(markdown.replace(/\\\]\s*\\\(/g, ''))) problems.push('an unescaped ]( link');
  if (/(^|[^\\])\]\s*:/m.test(markdown)) problems.push('an unescaped ]: link definition');
  if (/command:/i.test(markdown)) problems.push('a command: URI');
  if (/javascript:/i.test(markdown)) problems.push('a javascript: URI');
  if (/<\s*[a-z!/?]/i.test(markdown)) problems.push('a raw HTML tag');
  if (/&#\d+;|&lt;escaped|&#60;/.test(markdown.replace(/&amp;/g, '')))
    problems.push('an HTML entity from the text');
  if (/(^|[^\\*])\*Jens Stoltenberg\*(?!\*)/.test(markdown)) problems.push('emphasis from the text');
  if (/(^|[^\\])_(&lt;|<)b/.test(markdown)) problems.push('underscore emphasis from the text');
  if (/(^|[^\\])~~Hanna/.test(markdown)) problems.push('strike-through from the text');
  if (/(^|[^\\])`Brussels/.test(markdown)) problems.push('code from the text');
  if (/!\[/.test(markdown)) problems.push('an image');
  if (/(^|\n)\s*(#|>\s*quoted)/.test(markdown)) problems.push('a block (heading, quote) from the text');
  return problems;
}

describe('hover Markdown from untrusted text', () => {
  const server = useServer();
  const uri = 'file:///resilience/hostile-markdown.txt';

  it('the checks above do catch unescaped text', () => {
    expect(unsafeParts(HOSTILE).length).toBeGreaterThan(8);
    expect(
      unsafeParts('**Jens Stoltenberg** · person\n\nFirst mention: “met \\[x\\]\\(command\\:quit\\)”'),
    ).toEqual([]);
  });

  it('no hover anywhere in the document carries a link, HTML or the text’s formatting', {
    timeout: TEST_TIMEOUT,
  }, async () => {
    const s = server();
    s.open(uri, HOSTILE);
    const cards = new Set<string>();
    const lengths = lineLengths(HOSTILE);
    const requests = [];
    for (const [line, length] of lengths.entries()) {
      for (let character = 0; character <= length; character++) {
        requests.push(
          s.call('textDocument/hover', { textDocument: { uri }, position: { line, character } }, 30_000),
        );
      }
    }
    for (const hover of (await Promise.all(requests)) as ({
      contents: { kind: string; value: string };
    } | null)[]) {
      if (hover) cards.add(hover.contents.value);
    }
    // The document is read: Jens Stoltenberg is found (and his card is among those checked).
    expect([...cards].some((card) => card.startsWith('**Jens Stoltenberg** · person'))).toBe(true);
    expect(cards.size).toBeGreaterThan(4);
    for (const card of cards) expect(unsafeParts(card), card).toEqual([]);
    // The cards do quote the hostile sentences, escaped.
    expect([...cards].join('\n')).toContain('\\[x\\]\\(command\\:workbench\\.action\\.quit\\)');
    await expectAlive(s);
  });

  it('the summary card and entity summaries are inert too', { timeout: TEST_TIMEOUT }, async () => {
    const s = server();
    s.open(uri, HOSTILE);
    const summary = await s.call<{ markdown: string }>('dateline/summary', { uri }, 30_000);
    expect(summary.markdown.length).toBeGreaterThan(0);
    expect(unsafeParts(summary.markdown), summary.markdown).toEqual([]);
    const symbols = await s.call('textDocument/documentSymbol', { textDocument: { uri } }, 30_000);
    expect(Array.isArray(symbols)).toBe(true);
    await expectAlive(s);
  });
});
