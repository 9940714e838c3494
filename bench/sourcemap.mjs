/** dist/…js:line:col → src/…ts:line:col through the .js.map beside the file, when there is one. */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

const maps = new Map();

function mapFor(file) {
  if (!maps.has(file)) {
    const path = `${file}.map`;
    maps.set(file, existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  return maps.get(file);
}

/** `line` and `column` are zero-based, as in a .cpuprofile; the answer is one-based, for reading. */
export function originalPosition(file, line, column, root) {
  const entry = mapFor(file)?.findEntry(line, column);
  if (!entry?.originalSource) return `${relative(root, file)}:${line + 1}:${column + 1}`;
  const source = resolve(dirname(file), entry.originalSource.replace(/^file:\/\//, ''));
  return `${relative(root, source)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
}
