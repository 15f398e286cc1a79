import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/src/**/*.test.ts', 'tests/renderer/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    benchmark: {
      include: ['bench/**/*.bench.ts'],
      // `--outputJson` leaves samples out; this reporter keeps them so bench/report.ts can compute p95.
      includeSamples: true,
      reporters: ['default', './bench/samples-reporter.ts'],
    },
  },
});
