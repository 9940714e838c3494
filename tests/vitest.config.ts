import { defineConfig } from 'vitest/config';

// Cross-package tests spawn the built programs: generous timeouts.
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    // Real editors (code-server + Chromium, Emacs) need system packages: `npm run test:editors`.
    exclude: ['**/node_modules/**', 'editors/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
