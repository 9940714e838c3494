/** Terminal output: what reaches the terminal from a release, and when colours are used. */
import { describe, expect, it } from 'vitest';
import { useColor } from '../src/terminal/colors.js';
import { markText } from '../src/terminal/highlight.js';
import { sanitizeForTerminal } from '../src/terminal/sanitize.js';

describe('sanitizeForTerminal', () => {
  it('shows escape sequences, C1 controls, bells and bidi overrides as visible escapes', () => {
    expect(sanitizeForTerminal('a\u001b]0;pwned\u0007b')).toBe('a\\x1b]0;pwned\\x07b');
    expect(sanitizeForTerminal('\u009b31m')).toBe('\\x9b31m');
    expect(sanitizeForTerminal('x\u202ey\u2066z\u2069')).toBe('x\\u202ey\\u2066z\\u2069');
    expect(sanitizeForTerminal('\u007f')).toBe('\\x7f');
  });

  it('keeps tabs, \\n and \\r\\n, but shows a lone \\r', () => {
    expect(sanitizeForTerminal('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
    expect(sanitizeForTerminal('done\rover')).toBe('done\\rover');
    expect(sanitizeForTerminal('end\r')).toBe('end\\r');
  });

  it('leaves ordinary text untouched, whatever its script', () => {
    const text = 'Türkiye – “quoted” 😀 עברית العربية';
    expect(sanitizeForTerminal(text)).toBe(text);
  });
});

describe('markText', () => {
  const text = 'Mr. \u001b[31mStoltenberg met NATO.';
  const spans = [{ start: 9, end: 20, type: 'person' as const, id: 'e1' }];

  it('colours the mention and sanitises the text inside and around it', () => {
    const marked = markText(text, spans, 'color');
    expect(marked).toBe('Mr. \\x1b[31m\u001b[1;34mStoltenberg\u001b[0m met NATO.');
  });

  it('writes markers or nothing', () => {
    expect(markText(text, spans, 'markers')).toBe('Mr. \\x1b[31m[Stoltenberg]{person} met NATO.');
    expect(markText(text, spans, 'plain')).toBe('Mr. \\x1b[31mStoltenberg met NATO.');
  });
});

describe('useColor', () => {
  it('follows the flag, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
    expect(useColor({ flag: true, env: { NO_COLOR: '1' }, isTTY: false })).toBe(true);
    expect(useColor({ flag: false, env: { FORCE_COLOR: '1' }, isTTY: true })).toBe(false);
    expect(useColor({ env: { NO_COLOR: '1', FORCE_COLOR: '1' }, isTTY: true })).toBe(false);
    expect(useColor({ env: { NO_COLOR: '' }, isTTY: true })).toBe(true);
    expect(useColor({ env: { FORCE_COLOR: '0' }, isTTY: false })).toBe(false);
    expect(useColor({ env: { FORCE_COLOR: '1' }, isTTY: false })).toBe(true);
    expect(useColor({ env: {}, isTTY: false })).toBe(false);
  });
});
