/** The server's connection to its client, over the transport named on the command line. */
import {
  type Connection,
  createConnection,
  ProposedFeatures,
  StreamMessageWriter,
} from 'vscode-languageserver/node.js';
import { ResyncingMessageReader } from './transport/resyncing-reader.js';

/**
 * Standard input and output when `stdio` is set (the `dateline lsp --stdio` command) or the
 * arguments say `--stdio`, read through a reader that recovers from broken frames; otherwise
 * `createConnection` reads the transport from the arguments (`--node-ipc`, `--socket=`, `--pipe=`).
 */
export function createServerConnection(options: { stdio?: boolean } = {}): Connection {
  if (options.stdio || process.argv.includes('--stdio')) {
    const log = (message: string) => process.stderr.write(`dateline: ${message}\n`);
    return createConnection(
      ProposedFeatures.all,
      new ResyncingMessageReader(process.stdin, log),
      new StreamMessageWriter(process.stdout),
    );
  }
  return createConnection(ProposedFeatures.all);
}
