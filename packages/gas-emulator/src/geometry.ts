/** A rectangular block of cells, 1-based like the Apps Script API. */
export interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type Axis = 'row' | 'col';

export function lastRow(b: Box): number {
  return b.row + b.numRows - 1;
}

export function lastCol(b: Box): number {
  return b.col + b.numCols - 1;
}

export function intersects(a: Box, b: Box): boolean {
  return a.row <= lastRow(b) && b.row <= lastRow(a) && a.col <= lastCol(b) && b.col <= lastCol(a);
}

export function containsCell(b: Box, row: number, col: number): boolean {
  return row >= b.row && row <= lastRow(b) && col >= b.col && col <= lastCol(b);
}

export function containsBox(outer: Box, inner: Box): boolean {
  return (
    inner.row >= outer.row &&
    lastRow(inner) <= lastRow(outer) &&
    inner.col >= outer.col &&
    lastCol(inner) <= lastCol(outer)
  );
}

/**
 * Shift a box when `count` rows/columns are inserted before index `at`.
 * Inserting strictly inside a box grows it, as Sheets does for ranges that span the insertion point.
 */
export function shiftForInsert(b: Box, axis: Axis, at: number, count: number): Box {
  const start = axis === 'row' ? b.row : b.col;
  const size = axis === 'row' ? b.numRows : b.numCols;
  let nStart = start;
  let nSize = size;
  if (start >= at) nStart = start + count;
  else if (at <= start + size - 1) nSize = size + count;
  return axis === 'row'
    ? { ...b, row: nStart, numRows: nSize }
    : { ...b, col: nStart, numCols: nSize };
}

/** Shift/shrink a box when `count` rows/columns starting at `at` are deleted; null when nothing is left. */
export function shiftForDelete(b: Box, axis: Axis, at: number, count: number): Box | null {
  const start = axis === 'row' ? b.row : b.col;
  const size = axis === 'row' ? b.numRows : b.numCols;
  const end = start + size - 1;
  const delEnd = at + count - 1;
  let nStart: number;
  let nEnd: number;
  if (delEnd < start) {
    nStart = start - count;
    nEnd = end - count;
  } else if (at > end) {
    nStart = start;
    nEnd = end;
  } else {
    const removedBefore = Math.max(0, Math.min(delEnd, start - 1) - at + 1);
    const overlap = Math.min(end, delEnd) - Math.max(start, at) + 1;
    nStart = start - removedBefore;
    if (at <= start) nStart = at;
    nEnd = nStart + size - overlap - 1;
    if (nEnd < nStart) return null;
  }
  return axis === 'row'
    ? { ...b, row: nStart, numRows: nEnd - nStart + 1 }
    : { ...b, col: nStart, numCols: nEnd - nStart + 1 };
}
