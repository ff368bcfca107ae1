// Fails any test during which the emulator saw something that works locally but goes wrong on
// real Sheets later (a custom function reading the clock: Sheets caches its result by argument).
// The module itself, not the package's index: test files that never load the emulator do not
// pay for HyperFormula and ExcelJS here (it is the same module instance the package re-exports).
import { takeWarnings } from '../../packages/gas-emulator/src/warnings.ts';
import { afterEach, expect } from 'vitest';

afterEach(() => {
  const warnings = takeWarnings().map((w) => w.message);
  expect(
    warnings,
    'gas-emulator warnings (see packages/gas-emulator/README.md, "Warnings")',
  ).toEqual([]);
});
