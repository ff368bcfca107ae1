// The add-on as every local tool runs it: the built dist/Code.js in the emulator, under the
// add-on's own menu name.
import { fileURLToPath } from 'node:url';
import {
  addStats,
  createRuntime,
  type CallStats,
  type Runtime,
  type RuntimeOptions,
} from 'gas-emulator';

export const ADDON_NAME = 'Sáu Rõ';

/** dist/Code.js of this checkout. */
export const DIST_CODE = fileURLToPath(new URL('../../dist/Code.js', import.meta.url));

/** Runtimes made while `collectStats` runs its function (for `sauro … --stats`). */
const collecting: Runtime[][] = [];
/** The add-on's script project: records and triggers belong to it whatever the build. */
export const ADDON_PROJECT = 'sau-ro';

export function addonRuntime(options: Omit<RuntimeOptions, 'addonName'>): Runtime {
  const runtime = createRuntime({
    addonName: ADDON_NAME,
    projectId: ADDON_PROJECT,
    ...(options.bundleCode === undefined ? { bundlePath: options.bundlePath ?? DIST_CODE } : {}),
    ...options,
  });
  for (const list of collecting) list.push(runtime);
  return runtime;
}

/** What `--stats` prints: the action's own calls, and apart those of custom functions. */
export interface ActionStats extends CallStats {
  /**
   * Calls of the custom functions that recomputed because the action changed their inputs. Sheets
   * runs them as executions of their own, apart from the action's time limit and cost.
   */
  customFunctionCalls: number;
}

/**
 * Runs `fn` and adds up the service calls of every execution of every add-on runtime it made
 * (whether `fn` succeeds or throws): calls by method and the projected real time at 50 ms a call.
 */
export async function collectStats<T>(
  fn: () => Promise<T>,
  report: (stats: ActionStats) => void,
): Promise<T> {
  const runtimes: Runtime[] = [];
  collecting.push(runtimes);
  try {
    return await fn();
  } finally {
    collecting.splice(collecting.indexOf(runtimes), 1);
    const runs = runtimes.flatMap((r) => r.executions);
    const custom = runs.filter((e) => e.mode === 'CUSTOM_FUNCTION');
    report({
      ...addStats(runs.filter((e) => e.mode !== 'CUSTOM_FUNCTION')),
      customFunctionCalls: custom.reduce((n, e) => n + e.calls, 0),
    });
  }
}
