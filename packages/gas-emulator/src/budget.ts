/**
 * The execution budget. Apps Script stops an execution after 6 minutes and a custom-function call
 * after 30 s; most of that time goes to service calls. Each execution's calls are counted and its
 * real time projected at `msPerCall` (default 50 ms); an execution that projects past its limit
 * throws Apps Script's "Exceeded maximum execution time" at the call that crosses it.
 */
import type { AuthModeName } from './permissions.ts';

export interface BudgetOptions {
  /** Projected real time of one service call; default 50 ms. */
  msPerCall?: number;
  /** Limit of one execution (call, trigger); default 360 s (6 minutes). */
  executionSeconds?: number;
  /** Limit of one custom-function call; default 30 s. */
  customFunctionSeconds?: number;
}

export interface Budget {
  msPerCall: number;
  executionSeconds: number;
  customFunctionSeconds: number;
}

export const DEFAULT_BUDGET: Budget = {
  msPerCall: 50,
  executionSeconds: 360,
  customFunctionSeconds: 30,
};

export function budgetFrom(options: BudgetOptions | false | undefined): Budget {
  if (options === false)
    return { ...DEFAULT_BUDGET, executionSeconds: Infinity, customFunctionSeconds: Infinity };
  return { ...DEFAULT_BUDGET, ...(options ?? {}) };
}

/** Service calls of some executions, and the real time they would take. */
export interface CallStats {
  calls: number;
  byMethod: Record<string, number>;
  /** calls × msPerCall, in seconds, rounded to 0.1 s. */
  projectedSeconds: number;
}

/** One execution: a `call`, a trigger, or one custom-function evaluation. */
export interface ExecutionStats extends CallStats {
  /** The function run. */
  name: string;
  mode: AuthModeName;
}

export function projectSeconds(calls: number, budget: Budget): number {
  return Math.round((calls * budget.msPerCall) / 100) / 10;
}

export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

/** Sum of several stats (the CLI adds up the runtimes of one command). */
export function addStats(all: readonly CallStats[], budget: Budget = DEFAULT_BUDGET): CallStats {
  const byMethod: Record<string, number> = {};
  let calls = 0;
  for (const s of all) {
    calls += s.calls;
    for (const [k, v] of Object.entries(s.byMethod)) byMethod[k] = (byMethod[k] ?? 0) + v;
  }
  const sorted = Object.fromEntries(
    Object.entries(byMethod).sort(([a], [b]) => a.localeCompare(b)),
  );
  return { calls, byMethod: sorted, projectedSeconds: projectSeconds(calls, budget) };
}
