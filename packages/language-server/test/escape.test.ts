/** escapeMarkdown: release text in a hover can never become markup, links, HTML or commands. */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownToPlainText, trimText } from '../src/markdown/escape.js';

describe('escapeMarkdown', () => {
  it('turns HTML into text', () => {
    const out = escapeMarkdown('<img src=x onerror=alert(1)>');
    expect(out).not.toContain('<');
    expect(out).not.toContain('>');
    expect(out).toBe('&lt;img src\\=x onerror\\=alert\\(1\\)&gt;');
  });

  it('breaks link and command-link syntax', () => {
    const out = escapeMarkdown('[x](command:workbench.action.quit)');
    expect(out).toBe('\\[x\\]\\(command\\:workbench\\.action\\.quit\\)');
    expect(out).not.toMatch(/(^|[^\\])\[/);
    expect(escapeMarkdown('<command:workbench.action.quit>')).not.toContain('<');
    expect(escapeMarkdown('![img](https://example.org/x.png)')).toBe(
      '\\!\\[img\\]\\(https\\://example\\.org/x\\.png\\)',
    );
  });

  it('escapes code, emphasis and other inline syntax', () => {
    expect(escapeMarkdown('`rm -rf /`')).toBe('\\`rm \\-rf /\\`');
    expect(escapeMarkdown('*bold* _it_ ~~gone~~')).toBe('\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~');
    expect(escapeMarkdown('a\\b')).toBe('a\\\\b');
    expect(escapeMarkdown('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('keeps text on one line so nothing starts a block (headings, lists, quotes, tables)', () => {
    const out = escapeMarkdown('Title\n# Heading\n- item\n> quote\n| a | b |\n\n---');
    expect(out).not.toContain('\n');
    expect(out).toBe('Title \\# Heading \\- item &gt; quote \\| a \\| b \\| \\-\\-\\-');
  });

  it('drops control and bidirectional override characters, keeps ordinary Unicode', () => {
    expect(escapeMarkdown('a\u0000b\u202Ec')).toBe('abc');
    expect(escapeMarkdown('Türkiye – “NATO”')).toBe('Türkiye – “NATO”');
  });
});

describe('trimText', () => {
  it('cuts long text at a word boundary with an ellipsis', () => {
    const long = 'word '.repeat(100);
    const cut = trimText(long, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('word…')).toBe(true);
    expect(trimText('short  text\n', 50)).toBe('short text');
  });
});

describe('markdownToPlainText', () => {
  it('undoes exactly what escapeMarkdown did, and drops the bold markers', () => {
    const hostile = '[x](command:workbench.action.quit) <img src=x> *a* `b` & c\\d';
    expect(markdownToPlainText(`**${escapeMarkdown('Jens Stoltenberg')}** · person`)).toBe(
      'Jens Stoltenberg · person',
    );
    expect(markdownToPlainText(escapeMarkdown(hostile))).toBe(hostile);
  });
});
