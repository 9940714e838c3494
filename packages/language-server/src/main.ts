/** Runnable entry: `node dist/main.js --stdio` (or `--node-ipc`), as editors and the extension start it. */
import { createServerConnection } from './connection.js';
import { startServer } from './server.js';

startServer(createServerConnection());
