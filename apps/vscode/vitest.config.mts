import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Unit tests of src/ run against a small fake of the VS Code API; the bundle tests load
    // dist/extension.js through Node's own require with a stub instead (test/vscode-stub.ts).
    alias: { vscode: fileURLToPath(new URL('./test/fake-vscode.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // The packaging test rewrites dist/ (production bundle): no other file may read it meanwhile.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
