import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs the pure tests (tests/lib, tests/search, tests/build-tools, tests/scripts,
 * tests/tools) and builds nothing;
 * `site` builds the test sites once (tests/setup/build-sites.ts) and runs the build and browser
 * tests over them. `npm run test:unit` and `npm run test:site` run one each; `npm test` both.
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
          // Builds the site (committed content and generated archives) once, before these tests.
          globalSetup: ['tests/setup/build-sites.ts'],
        },
      },
    ],
  },
});
