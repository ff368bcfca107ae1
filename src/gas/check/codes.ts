// Codes written in the workbook's plan tables, read from blocks already read (no service call).
import { cellString } from '../../core/sheet/cellText.ts';
import type { CodePlace } from '../../core/sheet/codes.ts';
import type { TableBlock } from '../sheet/table.ts';

/** The codes of one table, each with its sheet and 1-based row. */
export function tableCodePlaces(table: TableBlock): CodePlace[] {
  const col = table.match.index.code;
  if (col === undefined) return [];
  const sheet = table.sheet.getName();
  return table.rows.flatMap((row, i) => {
    const code = cellString(row[col]);
    return code === '' ? [] : [{ code, sheet, row: table.firstDataRow + i }];
  });
}
