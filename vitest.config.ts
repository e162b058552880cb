import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site (committed content and a generated archive) once, before any test.
    globalSetup: ['tests/setup/build-sites.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'tests/.output/vitest.json' }]],
  },
});
