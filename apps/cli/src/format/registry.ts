/** The output formats, by --format name. The one place to add a format (csv, brat, conll, …). */
import { bratFormatter } from './brat.js';
import { conllFormatter } from './conll.js';
import { csvFormatter } from './csv.js';
import { jsonFormatter } from './json.js';
import { jsonlFormatter } from './jsonl.js';
import { textFormatter } from './text.js';
import type { Formatter } from './types.js';

const FORMATTERS: readonly Formatter[] = [
  textFormatter,
  jsonFormatter,
  jsonlFormatter,
  csvFormatter,
  bratFormatter,
  conllFormatter,
];

export const DEFAULT_FORMAT = 'text';

/** Format names in help order. */
export function formatNames(): string[] {
  return FORMATTERS.map((formatter) => formatter.name);
}

export function findFormatter(name: string): Formatter | undefined {
  return FORMATTERS.find((formatter) => formatter.name === name);
}

/** `  text   a readable listing …` lines for --help. */
export function describeFormats(): string {
  const width = Math.max(...FORMATTERS.map((formatter) => formatter.name.length));
  return FORMATTERS.map((formatter) => `  ${formatter.name.padEnd(width)}  ${formatter.description}`).join(
    '\n',
  );
}
