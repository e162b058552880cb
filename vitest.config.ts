import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs the pure tests (tests/lib, tests/search, tests/build-tools,
 * tests/scripts, tests/tools) and builds nothing; `site` runs the build and browser tests over the
 * test sites its files ask for, each built once a run (tests/setup/test-sites.ts).
 * `npm run test:unit` and `npm run test:site` run one each; `npm test` both.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'tests/.output/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/lib/**/*.test.ts',
            'tests/search/**/*.test.ts',
            'tests/build-tools/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/tools/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Builds each test site a file asks for, once a run (tests/setup/test-sites.ts).
          globalSetup: ['tests/setup/test-sites.ts'],
        },
      },
    ],
  },
});
