/** The report's one escaping path: markup, attributes and JSON inside a script element. */
import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../src/report/escape.js';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('AT&T')).toBe('AT&amp;T');
  });

  it('is safe inside quoted attributes, single or double', () => {
    const value = `" onmouseover="alert(1)' x='`;
    expect(escapeHtml(value)).toBe('&quot; onmouseover=&quot;alert(1)&#39; x=&#39;');
    expect(`<a title="${escapeHtml(value)}">`).not.toMatch(/title="[^"]*"[^>]/);
  });

  it('replaces control characters HTML forbids, keeps tabs and line breaks and other text', () => {
    expect(escapeHtml('a\u0000b\u001bc\u0085d')).toBe('a\ufffdb\ufffdc\ufffdd');
    expect(escapeHtml('line\r\nnext\ttab Türkiye 😀')).toBe('line\r\nnext\ttab Türkiye 😀');
    expect(escapeHtml('')).toBe('');
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element or open a comment, and parses back to the value', () => {
    const value = { text: '</script><script>alert(1)</script><!-- & \u2028 \u2029', n: 1 };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(value);
  });
});
