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

/** A cell value as a map key: itself, '' for blanks, and a Date by its time (apart from numbers). */
function valueKey(v: unknown): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && v instanceof Date) return `\u0000${v.getTime()}`;
  return v;
}

/**
 * Applies `fn` per row. When any argument is a range the result is a column as long as the
 * longest range: single values repeat on every row, shorter ranges are padded with blanks and
 * only the first column of a wide range is read. Never throws: a row that fails shows FAILED.
 * Columns repeat a few values over many rows, so `fn` runs once per distinct row of values and
 * its answer is copied to the others.
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
  // Answers by the row's values, one map level per argument.
  const seen = new Map<unknown, unknown>();
  const last = columns.length - 1;
  const out: (T | string)[][] = new Array(rows);
  const values = new Array<unknown>(columns.length);
  for (let r = 0; r < rows; r++) {
    let node = seen;
    for (let k = 0; k < last; k++) {
      const c = columns[k];
      const v = c === null || c === undefined ? args[k] : c[r];
      values[k] = v;
      const key = valueKey(v);
      let next = node.get(key) as Map<unknown, unknown> | undefined;
      if (!next) node.set(key, (next = new Map()));
      node = next;
    }
    const c = columns[last];
    const v = c === null || c === undefined ? args[last] : c[r];
    values[last] = v;
    const key = valueKey(v);
    let answer = node.get(key) as T | string | undefined;
    if (answer === undefined) {
      answer = safe([...values]);
      node.set(key, answer);
    }
    out[r] = [answer];
  }
  return out;
}
