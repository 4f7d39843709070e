import { defineConfig } from 'vitest/config';

// End-to-end tests: the web build served locally and driven in Debian's
// Chromium by playwright-core (`npm run test:e2e`, also part of `npm test`).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
