/** `--format jsonl`: one compact JSON object per line, one line per document. */
import { toOutputObject } from './document.js';
import type { Formatter } from './types.js';

export const jsonlFormatter: Formatter = {
  name: 'jsonl',
  description: 'one compact JSON object per line, one line per document (for pipelines)',
  start: () => ({
    document: (doc) => `${JSON.stringify(toOutputObject(doc))}\n`,
    end: () => '',
  }),
};
