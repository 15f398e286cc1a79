import { defineConfig } from 'vitest/config';

/**
 * The trust suite (issue 9): fault and attack tests that take longer than unit tests, run by
 * `npm run test:trust` with the browser half in Playwright (`tests/e2e/trust/`).
 */
export default defineConfig({
  test: {
    include: ['tests/trust/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    pool: 'forks',
  },
});
