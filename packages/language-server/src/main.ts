/**
 * Runnable entry: `node dist/main.js --stdio` (or `--node-ipc`), as editors and the extension start
 * it. The same script is the analysis worker's (documents/analysis-worker.ts): the script that
 * started the process (this file, or the extension's server-start.js, which loads the bundle holding
 * it) runs again on a worker thread, where it analyses instead of serving. The server's modules are
 * imported only on the server's side: the worker loads the core and nothing else, which halves its
 * start (about 250 ms of module loading, most of it the protocol libraries).
 */
import { resolve } from 'node:path';
import { isAnalysisWorker, runAnalysisWorker } from './documents/analysis-worker.js';

if (isAnalysisWorker()) runAnalysisWorker();
else {
  const script = process.argv[1];
  void Promise.all([import('./connection.js'), import('./server.js')]).then(([connection, server]) =>
    server.startServer(
      connection.createServerConnection(),
      script ? { analysisWorker: resolve(script) } : {},
    ),
  );
}
