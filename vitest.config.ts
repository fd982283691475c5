import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    reporters: ['default', './tests/plain-summary-reporter.ts'],
    projects: [
      // Projects take the root's testTimeout only with `extends`; without it the unit tests, which
      // spawn `kg` as a process, fell back to vitest's 5 s and failed on a busy machine.
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/store/**'] } },
      {
        extends: true,
        test: {
          name: 'store',
          include: ['tests/store/**/*.test.ts'],
          globalSetup: ['./tests/setup/neo4j.ts'],
          // One Community database holds every store test's data: the files take turns.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
