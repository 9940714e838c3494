/** The small pieces: position conversion, settings, readable dates, globs. */
import { describe, expect, it } from 'vitest';
import { formatDateValue, statesFullDate } from '../src/format/dates.js';
import { LineIndex } from '../src/position/line-index.js';
import { checkSettingName, DEFAULT_SETTINGS, readSettings } from '../src/settings.js';
import { globMatcher, underMatch } from '../src/workspace/config-api.js';

describe('LineIndex (UTF-16 offsets ⇄ LSP positions)', () => {
  const text = 'a😀b\r\nsecond\rthird\nlast';
  const lines = new LineIndex(text);

  it('counts UTF-16 code units and every kind of line break', () => {
    expect(lines.lineCount).toBe(4);
    expect(lines.positionAt(3)).toEqual({ line: 0, character: 3 }); // after the surrogate pair
    expect(lines.positionAt(text.indexOf('second'))).toEqual({ line: 1, character: 0 });
    expect(lines.positionAt(text.indexOf('third'))).toEqual({ line: 2, character: 0 });
    expect(lines.offsetAt({ line: 3, character: 2 })).toBe(text.indexOf('last') + 2);
  });

  it('round-trips every offset', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      const position = lines.positionAt(offset);
      const back = lines.offsetAt(position);
      // Offsets inside a \r\n pair map to the end of the line.
      expect(back === offset || text[offset - 1] === '\r').toBe(true);
    }
  });

  it('clamps out-of-range input', () => {
    expect(lines.offsetAt({ line: 99, character: 0 })).toBe(text.length);
    expect(lines.offsetAt({ line: 0, character: 999 })).toBe(4);
    expect(lines.offsetAt({ line: -1, character: -1 })).toBe(0);
    expect(lines.positionAt(-5)).toEqual({ line: 0, character: 0 });
    expect(lines.positionAt(10_000)).toEqual({ line: 3, character: 4 });
    expect(new LineIndex('').positionAt(3)).toEqual({ line: 0, character: 0 });
  });
});

describe('settings', () => {
  it('default when nothing or nonsense is sent', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ enable: 'sometimes', maxDocumentSize: -1, inlayHints: 'yes' })).toEqual(
      DEFAULT_SETTINGS,
    );
  });

  it('read the section, an object holding it, and dotted keys', () => {
    expect(readSettings({ enable: 'always' }).enable).toBe('always');
    expect(readSettings({ dateline: { maxDocumentSize: 10 } }).maxDocumentSize).toBe(10);
    expect(readSettings({ settings: { dateline: { codeLens: { enable: true } } } }).codeLens.enable).toBe(
      true,
    );
    expect(readSettings({ 'inlayHints.dates': false }).inlayHints.dates).toBe(false);
    expect(readSettings({ checks: { nameVariant: false } }).checks['name-variant']).toBe(false);
    expect(
      readSettings({ workspaceSymbols: { exclude: ['drafts/**', 3] } }).workspaceSymbols.exclude,
    ).toEqual(['drafts/**']);
  });

  it('name each check in camelCase', () => {
    expect(checkSettingName('acronym-before-definition')).toBe('acronymBeforeDefinition');
  });
});

describe('readable dates', () => {
  it('days, with the weekday when asked', () => {
    expect(formatDateValue('2023-10-12', { weekday: true })).toBe('Thursday 12 October 2023');
    expect(formatDateValue('2023-10-12', { short: true })).toBe('12 Oct 2023');
  });

  it('ranges within a month, across months and years, whole months and years', () => {
    expect(formatDateValue('2023-10-16/2023-10-22')).toBe('16–22 October 2023');
    expect(formatDateValue('2023-10-16/2023-10-22', { short: true })).toBe('16–22 Oct 2023');
    expect(formatDateValue('2023-09-28/2023-10-04')).toBe('28 September – 4 October 2023');
    expect(formatDateValue('2023-12-28/2024-01-03')).toBe('28 December 2023 – 3 January 2024');
    expect(formatDateValue('2023-10-01/2023-10-31')).toBe('October 2023');
    expect(formatDateValue('2023-01-01/2023-12-31')).toBe('2023');
    expect(formatDateValue('soon')).toBeUndefined();
  });

  it('know a date that already states its year', () => {
    expect(statesFullDate('12 October 2023')).toBe(true);
    expect(statesFullDate('12/10/2023')).toBe(true);
    expect(statesFullDate('next week')).toBe(false);
    expect(statesFullDate('Thursday')).toBe(false);
  });
});

describe('exclude globs, as the CLI reads them (@dateline/config)', () => {
  const excluded = (glob: string, path: string) => underMatch(path, globMatcher([glob]));
  it('match folders and names at any depth', () => {
    expect(excluded('drafts/**', 'drafts/a/b.txt')).toBe(true);
    expect(excluded('**/drafts', 'x/drafts/b.txt')).toBe(true);
    expect(excluded('drafts', 'x/drafts/b.txt')).toBe(true);
    expect(excluded('*.tmp.txt', 'a/b/c.tmp.txt')).toBe(true);
    expect(excluded('*.{log,tmp}', 'c.log')).toBe(true);
    expect(excluded('drafts/**', 'published/a.txt')).toBe(false);
  });
});
