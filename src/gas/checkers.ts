// Every checker "Kiểm tra" runs, table by table.
import type { TableChecker } from './check.ts';
import { checkKpiTable } from './kpiCheck.ts';
import { checkSixClearTable } from './sixClearCheck.ts';

export const CHECKERS: TableChecker[] = [checkKpiTable, checkSixClearTable];
