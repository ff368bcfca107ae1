// The test run Stryker uses to judge mutants of src/core (npm run mutation): the core tests only,
// with no global setup, since they need neither dist/ nor the emulator.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
