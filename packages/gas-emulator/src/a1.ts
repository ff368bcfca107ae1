import type { Box } from './geometry.ts';

export function columnToLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnToLetters(col)}${d}${row}`;
}

export function boxToA1(b: Box, absolute = false): string {
  const start = cellA1(b.row, b.col, absolute);
  if (b.numRows === 1 && b.numCols === 1) return start;
  return `${start}:${cellA1(b.row + b.numRows - 1, b.col + b.numCols - 1, absolute)}`;
}

/** Sheet names that are not plain identifiers must be quoted in A1 references, with ' doubled. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export interface ParsedA1 {
  sheetName?: string;
  box: Box;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/**
 * Parse 'A1', 'A1:B2', 'A:A', '1:3', 'A2:A' (open-ended), optionally sheet-qualified
 * ("Sheet1!A1", "'Địa điểm'!$A$2:$A$200"). Returns null for text Sheets would reject.
 */
export function parseA1(input: string, maxRows: number, maxCols: number): ParsedA1 | null {
  let text = input.trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    let s = text.slice(0, bang);
    if (s.startsWith("'") && s.endsWith("'") && s.length >= 2)
      s = s.slice(1, -1).replace(/''/g, "'");
    sheetName = s;
    text = text.slice(bang + 1);
  }
  const [a, b, extra] = text.split(':');
  if (a === undefined || extra !== undefined) return null;
  const pa = PART.exec(a);
  const pb = b === undefined ? pa : PART.exec(b);
  if (!pa || !pb) return null;
  const c1 = pa[1] ? lettersToColumn(pa[1]) : undefined;
  const r1 = pa[2] ? Number(pa[2]) : undefined;
  const c2 = pb[1] ? lettersToColumn(pb[1]) : undefined;
  const r2 = pb[2] ? Number(pb[2]) : undefined;
  if (b === undefined && (c1 === undefined || r1 === undefined)) return null;
  if (c1 === undefined && r1 === undefined) return null;
  if (c2 === undefined && r2 === undefined) return null;
  // Missing parts mean "whole column/row" or "to the end" (A2:A).
  const startCol = c1 ?? 1;
  const startRow = r1 ?? 1;
  const endCol = c2 ?? (c1 === undefined ? maxCols : maxCols);
  const endRow = r2 ?? maxRows;
  if (startRow < 1 || startCol < 1) return null;
  const row = Math.min(startRow, endRow);
  const col = Math.min(startCol, endCol);
  const box: Box = {
    row,
    col,
    numRows: Math.abs(endRow - startRow) + 1,
    numCols: Math.abs(endCol - startCol) + 1,
  };
  return sheetName === undefined ? { box } : { sheetName, box };
}
