/** Exit statuses of the contract, error values and the one-line messages printed on stderr. */

/** Exit statuses (docs/cli.md, contract): nothing else is ever returned (130/143 only when interrupted). */
export const ExitStatus = {
  /** Every input was analysed. */
  Ok: 0,
  /** Some input failed (the others were still written), or output could not be written. */
  Failure: 1,
  /** The command line was wrong: unknown command, option or format, no inputs. */
  Usage: 2,
  /** Stopped by Ctrl-C (SIGINT), after removing temporary files: 128 + 2, as shells report it. */
  Interrupted: 130,
  /** Stopped by SIGTERM, likewise: 128 + 15. */
  Terminated: 143,
} as const;
export type ExitStatus = (typeof ExitStatus)[keyof typeof ExitStatus];

/** A mistake on the command line, found after commander parsed it. Exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The name the user knows an input by, safe to print on one line. */
export function displaySource(source: string): string {
  return source === '-' ? '<stdin>' : escapeControls(source);
}

/** `dateline: <input>: <reason>`: the one line printed for an input that failed or needs a warning. */
export function inputMessage(source: string, reason: string): string {
  return `dateline: ${displaySource(source)}: ${reason}`;
}

/** Control characters (a newline in a file name, an escape sequence) written as visible escapes. */
export function escapeControls(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/** The human reason for a failed file-system call: `no such file`, `permission denied`, … */
export function reasonForSystemError(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return typeof code === 'string' ? `cannot read (${code})` : `cannot read (${messageOf(error)})`;
  }
}

/** The message of anything thrown, on one line. */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return escapeControls(message.replace(/\s*\n\s*/g, ' ').trim()) || 'unknown error';
}
