import { describe, expect, it } from 'vitest';
import {
  displaySource,
  escapeControls,
  inputMessage,
  messageOf,
  reasonForSystemError,
} from '../src/errors.js';

const systemError = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe('reasonForSystemError', () => {
  it.each([
    ['ENOENT', 'no such file'],
    ['ENOTDIR', 'no such file'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EISDIR', 'is a folder'],
    ['ELOOP', 'too many levels of symbolic links'],
    ['EWHATEVER', 'cannot read (EWHATEVER)'],
  ])('%s -> %s', (code, reason) => {
    expect(reasonForSystemError(systemError(code))).toBe(reason);
  });

  it('falls back to the message, on one line', () => {
    expect(reasonForSystemError(new Error('disk\non fire'))).toBe('cannot read (disk on fire)');
  });
});

describe('messages', () => {
  it('names the input: the path as given, <stdin> for -', () => {
    expect(inputMessage('missing.txt', 'no such file')).toBe('dateline: missing.txt: no such file');
    expect(inputMessage('-', 'binary file (NUL bytes), skipped')).toBe(
      'dateline: <stdin>: binary file (NUL bytes), skipped',
    );
  });

  it('keeps a message on one line whatever the file name holds', () => {
    expect(displaySource('a\nb\tc\u001b[31m.txt')).toBe('a\\nb\\tc\\x1b[31m.txt');
    expect(escapeControls('plain')).toBe('plain');
    expect(messageOf('not an Error')).toBe('not an Error');
  });
});
