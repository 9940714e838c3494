// Builds dist/ (`npm run build`, after tsc has checked the types): esbuild bundles the CLI with the
// core, @dateline/config, @dateline/eval and commander into a few ES modules, because a cold
// `dateline extract` spent about 100 ms resolving, reading and linking some 300 separate files
// (docs/performance.md, session 16). The entries sit side by side in dist/, with the chunks they
// share, so the URLs the code builds from import.meta.url still hold:
//   src/main.ts                         -> dist/main.js (what bin/dateline.js imports)
//   src/batch/worker.ts                 -> dist/worker.js (started by URL by the batch pool)
//   src/*/…-renderer.ts                 -> dist/…-renderer.js (imported by URL, in workers and main)
//   ../package.json                     read by src/version.ts, one level above dist/ as above src/
// Code splitting keeps one copy of each module per thread: the main thread importing a renderer by
// URL shares the chunk holding the core instead of loading a second core.
// @dateline/language-server stays external: `dateline lsp` starts it from its own dist/, whose
// main.js is also the script of its analysis worker (found from import.meta.url).
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cliDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(cliDir, 'dist');

rmSync(distDir, { recursive: true, force: true });
await build({
  entryPoints: {
    main: join(cliDir, 'src/main.ts'),
    worker: join(cliDir, 'src/batch/worker.ts'),
    'format-renderer': join(cliDir, 'src/batch/format-renderer.ts'),
    'highlight-renderer': join(cliDir, 'src/terminal/highlight-renderer.ts'),
    'summary-renderer': join(cliDir, 'src/terminal/summary-renderer.ts'),
  },
  outdir: distDir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@dateline/language-server'],
  // Prefer packages' ES module builds (jsonc-parser's UMD build hides its requires from esbuild).
  mainFields: ['module', 'main'],
  // CommonJS dependencies (commander, ajv) call require() for Node's modules; an ES module has none.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  logLevel: 'warning',
});
