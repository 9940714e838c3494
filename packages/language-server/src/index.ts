/** Public entry of @dateline/language-server. */
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { type ServerOptions, startServer as startWith } from './server.js';

export { createServerConnection } from './connection.js';
export { SEMANTIC_TOKENS_LEGEND } from './features/semantic-tokens.js';
export * from './protocol.js';
export type { ServerOptions } from './server.js';
export { DEFAULT_SETTINGS, readSettings, type Settings } from './settings.js';

/**
 * Starts the server on `connection` (`startServer(createServerConnection({ stdio: true }))` is
 * `dateline lsp --stdio`), analysing large documents on a worker thread that runs this package's
 * `main.js` unless `options` say otherwise.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  startWith(connection, { analysisWorker: fileURLToPath(new URL('./main.js', import.meta.url)), ...options });
}
