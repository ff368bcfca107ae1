// Sheets read as tables: the header row is found by its headings, never by position.
import {
  findHeaderRow,
  matchHeaders,
  normalizeHeaderKey,
  type HeaderMatch,
} from '../../core/sheet/headerMatch.ts';
import type { Template } from '../../core/sheet/template.ts';
import { templateFromRangeName } from '../scaffold/templates.ts';

import type { Transaction } from '../tx/transaction.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TableBlock {
  sheet: Sheet;
  template: Template;
  /** 1-based row of the header. */
  headerRow: number;
  /** 1-based row of the first data row. */
  firstDataRow: number;
  /** Number of columns read (the sheet's used width). */
  width: number;
  headers: unknown[];
  match: HeaderMatch;
  /** Data rows down to the last row that holds anything. */
  rows: unknown[][];
  /** The rows above the header (title, plan, commune), from the same read. */
  above: unknown[][];
}

/**
 * Label rows of a sheet (label in column A, value in B), by normalized label → { row (1-based),
 * value }; the first row of a label wins.
 */
export function labelRows(
  values: readonly (readonly unknown[])[],
): Map<string, { row: number; value: unknown }> {
  const out = new Map<string, { row: number; value: unknown }>();
  values.forEach((row, r) => {
    const key = normalizeHeaderKey(row[0]);
    if (key !== '' && !out.has(key)) out.set(key, { row: r + 1, value: row[1] });
  });
  return out;
}

/** The tables the add-on made, found through their named ranges (SAURO_<TEMPLATE>_<id>). */
export function findTables(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Array<{ sheet: Sheet; template: Template; name: string }> {
  const found: Array<{ sheet: Sheet; template: Template; name: string }> = [];
  const seen = new Set<string>();
  for (const named of ss.getNamedRanges()) {
    const template = templateFromRangeName(named.getName());
    if (!template) continue;
    const sheet = named.getRange().getSheet();
    const name = sheet.getName();
    const key = name + '\u0000' + template.id;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ sheet, template, name });
  }
  return found;
}

/**
 * A sheet's values from A1 to its last row and column with content (what getDataRange gives),
 * in one call. A blank sheet reads as one empty cell.
 */
export function sheetValues(sheet: Sheet): unknown[][] {
  try {
    const values = sheet.getSheetValues(1, 1, -1, -1);
    return values.length > 0 ? values : [['']];
  } catch (e) {
    // An empty sheet may refuse a -1 size; any other failure (a quota error, a timeout) is the
    // action's to report and undo, never a sheet read as empty.
    if (sheet.getLastRow() === 0) return [['']];
    throw e;
  }
}

/** One read of the sheet's used area; the header is located among its first rows. */
export function readTable(sheet: Sheet, template: Template): TableBlock | null {
  const values = sheetValues(sheet);
  const at = findHeaderRow(values, template.columns, 10);
  if (at < 0) return null;
  const headers = values[at] ?? [];
  const match = matchHeaders(headers, template.columns);
  let last = values.length;
  while (last > at + 1 && (values[last - 1] ?? []).every((v) => v === '' || v === null)) last--;
  return {
    sheet,
    template,
    headerRow: at + 1,
    firstDataRow: at + 2,
    width: headers.length,
    headers,
    match,
    rows: values.slice(at + 1, last),
    above: values.slice(0, at),
  };
}

/** A section code of a plan table: a Roman numeral, with or without its dot ("II", "VI."). */
export function isSectionCode(text: string): boolean {
  return /^[IVXLC]+\.?$/i.test(text);
}

/** Sheet columns (0-based) that hold one of the template's array formulas: never written over. */
export function formulaColumns(template: Template, index: Record<string, number>): Set<number> {
  const cols = new Set<number>();
  for (const c of template.columns) {
    const at = index[c.key];
    if (c.formula && at !== undefined) cols.add(at);
  }
  return cols;
}

/**
 * Writes rows from `firstRow`, one setValues per run of columns, skipping formula columns so
 * the array formulas that fill them survive. Trailing columns left blank in every row are not
 * written at all.
 */
export function writeRowsAround(
  sheet: Sheet,
  firstRow: number,
  rows: unknown[][],
  skip: ReadonlySet<number>,
  minWidth = 0,
  tx?: Transaction,
): void {
  if (rows.length === 0) return;
  // minWidth: columns written even when blank (a table rewritten in place is cleared to there).
  let width = minWidth;
  for (const row of rows) {
    row.forEach((v, i) => {
      if (v !== '' && v !== null && v !== undefined && !skip.has(i)) width = Math.max(width, i + 1);
    });
  }
  let start = -1;
  for (let i = 0; i <= width; i++) {
    const data = i < width && !skip.has(i);
    if (data && start < 0) start = i;
    if (!data && start >= 0) {
      const range = sheet.getRange(firstRow, start + 1, rows.length, i - start);
      const values = rows.map((r) => r.slice(start, i).map((v) => v ?? ''));
      // With a transaction, what was there is read first so a failure puts it back.
      if (tx) tx.setValues(range, values);
      else range.setValues(values);
      start = -1;
    }
  }
}
