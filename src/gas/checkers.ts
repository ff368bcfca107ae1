// Every checker "Kiểm tra" runs, table by table.
import type { TableChecker } from './check.ts';
import { checkKpiTable } from './kpiCheck.ts';

export const CHECKERS: TableChecker[] = [checkKpiTable];
