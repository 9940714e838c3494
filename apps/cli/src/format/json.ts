/** `--format json`: one pretty object (2-space indent) for one input, an array of them otherwise. */
import { toOutputObject } from './document.js';
import type { FormatSession, Formatter } from './types.js';

export const jsonFormatter: Formatter = {
  name: 'json',
  description: 'one pretty JSON object (an array of them for several inputs or a folder)',
  start({ multiple }): FormatSession {
    if (!multiple) {
      return {
        document: (doc) => `${JSON.stringify(toOutputObject(doc), null, 2)}\n`,
        end: () => '',
      };
    }
    // Streamed, yet byte for byte what JSON.stringify(allDocuments, null, 2) would print.
    let count = 0;
    return {
      document(doc) {
        const nested = indent(JSON.stringify(toOutputObject(doc), null, 2));
        return `${count++ === 0 ? '[\n' : ',\n'}${nested}`;
      },
      end: () => (count === 0 ? '[]\n' : '\n]\n'),
    };
  },
};

/** Indents every line by two spaces. Splits on \n only: U+2028 may sit raw inside JSON strings. */
function indent(json: string): string {
  return `  ${json.split('\n').join('\n  ')}`;
}
