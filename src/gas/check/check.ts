// "Kiểm tra": runs the checkers over every table the add-on made, marks the cells that
// are wrong (note + highlight), clears marks that were fixed, and lists the problems.
import { applyMarks, cellKey, type BlockProblems } from './marks.ts';
import { findDuplicateCodes, type DuplicateCode } from '../../core/sheet/codes.ts';
import { tableCodePlaces } from './codes.ts';
import { findTables, readTable, type TableBlock } from '../sheet/table.ts';
import { columnLetter } from '../../core/sheet/a1.ts';
import type { Transaction } from '../tx/transaction.ts';

export interface CellFinding {
  /** 0-based index into table.rows. */
  row: number;
  /** 0-based sheet column. */
  col: number;
  message: string;
}

export type TableChecker = (table: TableBlock) => CellFinding[];

/** A check across all tables at once (codes used twice…): findings per table, by position. */
export type WorkbookChecker = (tables: readonly TableBlock[]) => CellFinding[][];

export interface CheckProblem {
  sheet: string;
  row: number;
  column: string;
  /** The cell, A1 ("F12"), so the sidebar can take the user there. */
  cell: string;
  value: unknown;
  message: string;
}

export interface CheckReport {
  tables: number;
  problems: CheckProblem[];
  marked: number;
  cleared: number;
  /** Task and KPI codes written on more than one row of the plan tables, with every place. */
  duplicates: DuplicateCode[];
}

/** Per table: one read of its values, one read and one write of its notes and colours. */
export function checkTables(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  checkers: TableChecker[],
  tx: Transaction,
  workbookCheckers: WorkbookChecker[] = [],
): CheckReport {
  const report: CheckReport = { tables: 0, problems: [], marked: 0, cleared: 0, duplicates: [] };
  const tables = findTables(ss).flatMap(({ sheet, template }) => {
    const table = readTable(sheet, template);
    return table ? [table] : [];
  });
  const across = workbookCheckers.map((check) => check(tables));
  report.duplicates = findDuplicateCodes(tables.flatMap(tableCodePlaces));
  tables.forEach((table, t) => {
    const { sheet } = table;
    report.tables++;
    const name = sheet.getName();
    const findings = [
      ...checkers.flatMap((check) => check(table)),
      ...across.flatMap((found) => found[t] ?? []),
    ];
    const byCell: BlockProblems = new Map();
    for (const f of findings) {
      const key = cellKey(f.row, f.col);
      byCell.set(key, [...(byCell.get(key) ?? []), f.message]);
      report.problems.push({
        sheet: name,
        row: table.firstDataRow + f.row,
        column: String(table.headers[f.col] ?? ''),
        cell: `${columnLetter(f.col)}${table.firstDataRow + f.row}`,
        value: table.rows[f.row]?.[f.col] ?? '',
        message: f.message,
      });
    }
    if (table.rows.length === 0 || table.width === 0) return;
    const block = sheet.getRange(table.firstDataRow, 1, table.rows.length, table.width);
    const marks = applyMarks(block, byCell, tx);
    report.marked += marks.marked;
    report.cleared += marks.cleared;
  });
  report.problems.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
  return report;
}
