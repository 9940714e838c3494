/** Problems in a dateline.json, each with a 1-based line and column a user (or an editor) can go to. */

export interface ConfigError {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  message: string;
}

/** "dateline.json:4:15: entities[1].type: must be one of person, organization, …" */
export function formatConfigError(error: ConfigError): string {
  return `${error.file}:${error.line}:${error.column}: ${error.message}`;
}

/** 1-based line and column of `offset` in `text` (LF, CRLF or CR line ends). */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(0, offset), text.length);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function errorAt(text: string, file: string, offset: number, message: string): ConfigError {
  return { file, ...positionAt(text, offset), message };
}
