/** JSON Lines (mongoexport output): one object per line; blank lines are allowed. */

export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}

/** A parsed line and where it came from, for error messages. */
export interface Line {
  /** `path:line`. */
  where: string;
  value: Record<string, unknown>;
}

/** Objects of a JSON Lines text; throws CorpusError naming `path:line` on a line that is not a JSON object. */
export function parseJsonLines(text: string, path: string): Line[] {
  const lines: Line[] = [];
  text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${path}:${index + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new CorpusError(`${where}: not valid JSON (${reason})`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new CorpusError(`${where}: expected a JSON object on each line`);
      }
      lines.push({ where, value: value as Record<string, unknown> });
    });
  return lines;
}

/** The string field `key` of a line; throws CorpusError when absent or not a string. */
export function stringField(line: Line, key: string): string {
  const value = line.value[key];
  if (typeof value !== 'string')
    throw new CorpusError(`${line.where}: field '${key}' missing or not a string`);
  return value;
}

/** The number field `key` of a line; throws CorpusError when absent or not a finite number. */
export function numberField(line: Line, key: string): number {
  const value = line.value[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new CorpusError(`${line.where}: field '${key}' missing or not a number`);
  }
  return value;
}
