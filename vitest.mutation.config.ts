// The test run Stryker uses to judge mutants of src/core (npm run mutation): the core tests only,
// with no global setup, since they need neither dist/ nor the emulator.
// MUTATION_TESTS narrows it to some test files (comma-separated globs) for a faster run of one
// source file; a mutant killed by fewer tests is killed by all, so the score is a lower bound.
import { defineConfig } from 'vitest/config';

const only = process.env['MUTATION_TESTS'];

export default defineConfig({
  test: {
    include:
      only !== undefined && only !== ''
        ? only.split(',').map((g) => g.trim())
        : ['tests/core/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
