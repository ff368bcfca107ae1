/**
 * Things a script did that work here but are wrong on real Sheets without failing outright (a
 * custom function reading the clock: Sheets caches its result by argument, so it goes stale).
 * Collected process-wide so a test run can fail on any (see the README, "Warnings").
 */
export interface EmulatorWarning {
  kind: 'clock-in-custom-function';
  /** The custom function that did it. */
  function: string;
  message: string;
}

const pending: EmulatorWarning[] = [];

export function warn(w: EmulatorWarning): void {
  pending.push(w);
  if (process.env.GAS_EMULATOR_DEBUG || process.env.SAURO_DEBUG)
    process.stderr.write(`[gas-emulator] ${w.message}\n`);
}

/** The warnings since the last call, and forget them. */
export function takeWarnings(): EmulatorWarning[] {
  return pending.splice(0, pending.length);
}
