import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the tab once (if stale) for the browser tests.
    globalSetup: ['test/e2e/global-setup.ts'],
    // The JSON report is what .ci/run reads to print "N passed, N failed".
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
