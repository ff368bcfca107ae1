// The fault sweep: for an action that writes, the Nth service call fails (as a quota error or a
// timeout would), for every N from 1 to the number of calls a clean run makes. After each run the
// workbook must be exactly as before the action (and the error must say nothing changed) or
// exactly as after a clean run (and no error). Compared through compact pictures of the model
// (tests/helpers/snapshot.ts). tests/gas/faults.*.test.ts sweep every action; the counts of
// injected faults are in docs/MERGE.md.
import { expect } from 'vitest';
import { toXlsxBuffer, workbookFromBuffer, type Runtime, type Workbook } from 'gas-emulator';
import { addonRuntime } from '../../src/local/addonRuntime.ts';
import type { World } from './reportWorkbook.ts';
import { differences, picture } from './snapshot.ts';

export interface Case {
  /** The state before the action. */
  prepare: () => World;
  /** Who runs it. */
  user: string;
  act: (rt: Runtime) => void;
  /** Cells the person typed themselves (the box): not the action's to undo. */
  own?: { sheet: string; cells: string[] };
  /**
   * Sheets another action rebuilds after this one, apart (the dashboard after a merge): a fault
   * there leaves this action done and that sheet as it was, which its own sweep covers.
   */
  apart?: string[];
}

function withoutCells(p: ReturnType<typeof picture>, own?: Case['own']): string {
  if (!own) return JSON.stringify(p);
  const sheets = p.sheets.map((s) => {
    const sheet = s as { name: string; cells: string[] };
    if (sheet.name !== own.sheet) return s;
    return {
      ...sheet,
      cells: sheet.cells.filter((c) => !own.cells.some((o) => c.startsWith(`${o}=`))),
    };
  });
  return JSON.stringify({ ...p, sheets });
}

/** Sweeps one action; returns the number of faults injected. */
export async function sweep(c: Case): Promise<number> {
  const w = c.prepare();
  const buffer = await toXlsxBuffer(w.wb);
  const fresh = async (): Promise<{ wb: Workbook; rt: Runtime }> => {
    const wb = await workbookFromBuffer(buffer, 'sweep');
    return { wb, rt: addonRuntime({ workbook: wb, user: c.user, now: w.clock.now }) };
  };
  let { wb, rt } = await fresh();
  const before = picture(wb, c.apart);
  rt.resetCounts();
  c.act(rt);
  const calls = rt.totalCalls();
  const after = picture(wb, c.apart);
  expect(differences(before, after).length, 'the action changes something').toBeGreaterThan(0);
  const beforeText = withoutCells(before, c.own);
  const afterText = withoutCells(after, c.own);
  ({ wb, rt } = await fresh());
  let injected = 0;
  for (let n = 1; n <= calls; n++) {
    rt.failAtCall(n);
    let error: Error | null = null;
    try {
      c.act(rt);
    } catch (e) {
      error = e as Error;
    }
    rt.failAtCall(null);
    injected++;
    const now = picture(wb, c.apart);
    const nowText = withoutCells(now, c.own);
    if (error) {
      if (nowText !== beforeText)
        expect.fail(`fault at call ${n}: ${error.message}\n${differences(before, now).join('\n')}`);
      // Sáu Rõ's own line, or serve()'s for a fault before the action began (its reference line
      // also says the workbook was not left half-changed).
      expect(error.message, `fault at call ${n}`).toMatch(
        /chưa có gì thay đổi|không bị thay đổi dở dang/,
      );
    } else if (nowText !== afterText) {
      // A fault the action survived must leave the complete result (or, for a box tick that
      // failed, nothing recorded: the box is the person's own input).
      expect(
        nowText === beforeText && c.own !== undefined,
        `fault at call ${n}: ${differences(after, now).join('\n')}`,
      ).toBe(true);
    } else {
      ({ wb, rt } = await fresh());
    }
    if (nowText !== beforeText) ({ wb, rt } = await fresh());
  }
  return injected;
}

/** Sweeps an action and prints how many faults it injected (docs/MERGE.md adds them up). */
export async function sweepAndCount(name: string, c: Case): Promise<number> {
  const n = await sweep(c);
  console.log(`fault sweep: ${name}: ${n} faults injected`);
  return n;
}

/** Long enough for a few hundred runs of an action on a busy machine. */
export const SWEEP_TIMEOUT = 600_000;
