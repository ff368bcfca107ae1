// How custom functions take their arguments: Sheets passes one cell as a value and a range as
// rows × columns. Every custom function reads them, and answers per row, the same way.

export type CellValue = string | number | boolean | Date | null | undefined;
/** A custom function argument: one cell, or a range as rows of cells. */
export type CellArg = CellValue | readonly (readonly CellValue[])[];
export type CellOut = string | number | Date;
/** One value for one cell, or a one-column range for a range argument. */
export type FnOut = CellOut | CellOut[][];

/** Shown in the cell of a row that failed, instead of an error hiding the whole column. */
const FAILED = 'Lỗi: không xử lý được ô này';

/** The first column of a range argument; null for a single value. */
function column(arg: unknown): unknown[] | null {
  if (!Array.isArray(arg)) return null;
  return arg.map((row: unknown) => (Array.isArray(row) ? (row as unknown[])[0] : row));
}

/**
 * Applies `fn` per row. When any argument is a range the result is a column as long as the
 * longest range: single values repeat on every row, shorter ranges are padded with blanks and
 * only the first column of a wide range is read. Never throws: a row that fails shows FAILED.
 */
export function mapCells<T extends CellOut>(
  args: readonly unknown[],
  fn: (values: CellValue[]) => T,
): T | string | (T | string)[][] {
  const safe = (values: unknown[]): T | string => {
    try {
      return fn(values as CellValue[]);
    } catch {
      return FAILED;
    }
  };
  const columns = args.map(column);
  if (columns.every((c) => c === null)) return safe([...args]);
  const rows = Math.max(1, ...columns.map((c) => c?.length ?? 0));
  const out: (T | string)[][] = [];
  for (let r = 0; r < rows; r++) {
    out.push([safe(columns.map((c, k) => (c === null ? args[k] : c[r])))]);
  }
  return out;
}
