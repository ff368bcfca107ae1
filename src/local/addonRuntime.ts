// The add-on as every local tool runs it: the built dist/Code.js in the emulator, under the
// add-on's own menu name.
import { fileURLToPath } from 'node:url';
import { createRuntime, type Runtime, type RuntimeOptions } from 'gas-emulator';

export const ADDON_NAME = 'Sáu Rõ';

/** dist/Code.js of this checkout. */
export const DIST_CODE = fileURLToPath(new URL('../../dist/Code.js', import.meta.url));

export function addonRuntime(options: Omit<RuntimeOptions, 'addonName'>): Runtime {
  return createRuntime({
    addonName: ADDON_NAME,
    ...(options.bundleCode === undefined ? { bundlePath: options.bundlePath ?? DIST_CODE } : {}),
    ...options,
  });
}
