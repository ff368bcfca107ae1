/**
 * The user's selection: the active sheet and, on each sheet, the selected range. Scripts move it
 * with setActiveSheet / setActiveRange / activate (Sheets moves the user's cursor there), and the
 * last move is recorded as `ui.active = { sheet, a1 }` so a preview can follow it.
 */
import { boxToA1, parseA1 } from './a1.ts';
import type { Env } from './environment.ts';
import type { Box } from './geometry.ts';
import type { SheetModel } from './sheetModel.ts';

const A1: Box = { row: 1, col: 1, numRows: 1, numCols: 1 };

/** Selected ranges per sheet, kept for the life of the workbook (as Sheets keeps the cursor). */
const selections = new WeakMap<SheetModel, Box>();

/** The range selected on `sheet` (A1 until something selects another). */
export function selectedBox(sheet: SheetModel): Box {
  const box = selections.get(sheet) ?? A1;
  // A selection outside a sheet that shrank falls back to A1.
  return box.row + box.numRows - 1 <= sheet.maxRows && box.col + box.numCols - 1 <= sheet.maxCols
    ? box
    : A1;
}

/** Activates `sheet` and selects `box` on it (its previous selection when omitted). */
export function activate(env: Env, sheet: SheetModel, box?: Box): void {
  const chosen = box ?? selectedBox(sheet);
  selections.set(sheet, { ...chosen });
  sheet.workbook.activeSheet = sheet;
  env.ui.active = { sheet: sheet.name, a1: boxToA1(chosen) };
}

/**
 * Selects a cell or range given in A1 notation on a sheet, as a user clicking there would (no
 * execution involved). Returns false when the sheet or the A1 text is unknown.
 */
export function selectFromHost(env: Env, sheetName: string, a1: string): boolean {
  const sheet = env.workbook.sheetByName(sheetName);
  const parsed = parseA1(a1, sheet?.maxRows ?? 0, sheet?.maxCols ?? 0);
  if (!sheet || !parsed || parsed.sheetName !== undefined) return false;
  activate(env, sheet, parsed.box);
  return true;
}
