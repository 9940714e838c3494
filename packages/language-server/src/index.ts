/** Public entry of @dateline/language-server. */
export { createServerConnection } from './connection.js';
export { SEMANTIC_TOKENS_LEGEND } from './features/semantic-tokens.js';
export * from './protocol.js';
export { startServer } from './server.js';
export { DEFAULT_SETTINGS, readSettings, type Settings } from './settings.js';
