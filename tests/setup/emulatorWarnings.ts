// Fails any test during which the emulator saw something that works locally but goes wrong on
// real Sheets later (a custom function reading the clock: Sheets caches its result by argument).
import { takeWarnings } from 'gas-emulator';
import { afterEach, expect } from 'vitest';

afterEach(() => {
  const warnings = takeWarnings().map((w) => w.message);
  expect(
    warnings,
    'gas-emulator warnings (see packages/gas-emulator/README.md, "Warnings")',
  ).toEqual([]);
});
