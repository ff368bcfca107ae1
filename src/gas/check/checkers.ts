// The whole "Kiểm tra": every checker over every table, plus the "6 rõ" counts per lead unit.
import type { CheckResponse } from '../api.ts';
import { checkTables } from './check.ts';
import { duplicateCodeFindings } from './codes.ts';
import { checkKpiTable } from '../kpi/kpiCheck.ts';
import { sixClearChecker } from './sixClearCheck.ts';
import type { Transaction } from '../tx/transaction.ts';

export function runWorkbookCheck(tx: Transaction): CheckResponse {
  const ss = tx.ss;
  const sixClear = sixClearChecker(ss);
  const report = checkTables(ss, [checkKpiTable, sixClear.check], tx, [duplicateCodeFindings]);
  const summary = sixClear.summary();
  return summary ? { ...report, sixClear: summary } : report;
}
