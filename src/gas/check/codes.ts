// Codes written in the workbook's plan tables, read from blocks already read (no service call).
import { cellString } from '../../core/sheet/cellText.ts';
import { findDuplicateCodes, type CodePlace } from '../../core/sheet/codes.ts';
import type { CellFinding } from './check.ts';
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

/**
 * "Kiểm tra": a code written on more than one row of the plan tables marks each of its cells,
 * naming the other sheets and rows.
 */
export function duplicateCodeFindings(tables: readonly TableBlock[]): CellFinding[][] {
  const places = tables.map(tableCodePlaces);
  const out: CellFinding[][] = tables.map(() => []);
  for (const d of findDuplicateCodes(places.flat())) {
    tables.forEach((table, t) => {
      const col = table.match.index.code;
      if (col === undefined) return;
      const name = table.sheet.getName();
      for (const p of d.places) {
        if (p.sheet !== name) continue;
        const others = d.places
          .filter((o) => o !== p)
          .map((o) => `trang "${o.sheet}" dòng ${o.row}`)
          .join(', ');
        out[t]?.push({
          row: p.row - table.firstDataRow,
          col,
          message: `Mã ${d.code} bị trùng: cũng có ở ${others}. Mỗi nhiệm vụ, chỉ tiêu cần một mã riêng để báo cáo không bị gộp nhầm.`,
        });
      }
    });
  }
  return out;
}
