// The whole "Kiểm tra": every checker over every table, plus the "6 rõ" counts per lead unit.
import type { CheckResponse } from './api.ts';
import { checkTables } from './check.ts';
import { CHECKERS } from './checkers.ts';
import { withSixClearSummary } from './sixClearCheck.ts';

export function runWorkbookCheck(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): CheckResponse {
  const { value, summary } = withSixClearSummary(() => checkTables(ss, CHECKERS));
  return summary ? { ...value, sixClear: summary } : value;
}
