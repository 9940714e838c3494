import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Editor end-to-end tests (npm run test:editors): real code-server + Chromium and Emacs, so long
// timeouts, one file at a time (2 cores; each file starts an editor), no retries (a flaky step is a bug).
export default defineConfig({
  // Vite's cache beside the tests workspace's, not a node_modules folder inside tests/editors.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite-editors', import.meta.url)),
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.e2e.test.ts'],
    exclude: ['**/node_modules/**', 'artifacts/**'],
    testTimeout: 120_000,
    hookTimeout: 480_000,
    fileParallelism: false,
    retry: 0,
  },
});
