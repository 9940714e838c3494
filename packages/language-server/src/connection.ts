/** The server's connection to its client, over the transport named on the command line. */
import {
  type Connection,
  createConnection,
  ProposedFeatures,
  StreamMessageWriter,
} from 'vscode-languageserver/node.js';
import { ResyncingMessageReader } from './transport/resyncing-reader.js';

let shutdownRequested = false;

/** The server got `shutdown`: an input that closes from now on ends the process with code 0. */
export function markShutdownRequested(): void {
  shutdownRequested = true;
}

/**
 * Standard input and output when `stdio` is set (the `dateline lsp --stdio` command) or the
 * arguments say `--stdio`, read through a reader that recovers from broken frames; otherwise
 * `createConnection` reads the transport from the arguments (`--node-ipc`, `--socket=`, `--pipe=`).
 */
export function createServerConnection(options: { stdio?: boolean } = {}): Connection {
  if (options.stdio || process.argv.includes('--stdio')) {
    const log = (message: string) => process.stderr.write(`dateline: ${message}\n`);
    const reader = new ResyncingMessageReader(process.stdin, log);
    // vscode-languageserver ends the process when its own input stream closes, not a reader's:
    // the editor closing stdin must end the server, with code 1 unless shutdown was asked (LSP).
    reader.onClose(() => process.exit(shutdownRequested ? 0 : 1));
    return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
  }
  return createConnection(ProposedFeatures.all);
}
