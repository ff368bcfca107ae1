// One tab as the preview grid draws it: the emulator's view of the sheet, plus what depends on
// who is looking (cells locked for that user) and what a cell's editor starts from (its formula,
// or its number in the file's locale).
import type { CellView, Runtime, SheetView } from 'gas-emulator';

export interface GridCell extends CellView {
  /** What the editor and the formula bar show: the formula, or the value as the user types it. */
  input?: string;
  /** The current user may not type here (a protection they are not an editor of). */
  locked?: boolean;
}

export interface GridSheet extends Omit<SheetView, 'cells'> {
  cells: Array<Array<GridCell | null>>;
  /** Every cell is locked for this user (a viewer). */
  readOnly: boolean;
  /** Cells below and right of `cells` are locked (a sheet protection covers them). */
  outsideLocked: boolean;
}

type SheetModel = Runtime['workbook']['sheets'][number];

/** "=ROUND(A1*1.5,0)" as a vi_VN user reads and types it: "=ROUND(A1*1,5;0)". */
export function formulaForLocale(formula: string, locale: string): string {
  if (locale !== 'vi_VN') return formula;
  let out = '';
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i] ?? '';
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === ',') out += ';';
    else if (
      !quoted &&
      ch === '.' &&
      /\d/.test(formula[i - 1] ?? '') &&
      /\d/.test(formula[i + 1] ?? '')
    )
      out += ',';
    else out += ch;
  }
  return out;
}

function numberForLocale(n: number, locale: string): string {
  const text = String(n);
  return locale === 'vi_VN' ? text.replace('.', ',') : text;
}

function lockedFor(sheet: SheetModel, email: string, row: number, col: number): boolean {
  const box = { row, col, numRows: 1, numCols: 1 };
  return sheet.protections.some((p) => !p.canEdit(email) && p.covers(box));
}

export function gridSheet(
  runtime: Runtime,
  name: string,
  user: { email: string; readOnly: boolean },
): GridSheet | null {
  const wb = runtime.workbook;
  const model = wb.sheetByName(name);
  // As this user sees it: without the add-on, its custom-function cells are errors.
  const view = runtime.view({ only: [name] }).sheets.find((s) => s.name === model?.name);
  if (!model || !view) return null;
  const rows = view.cells.length;
  const cols = Math.max(0, ...view.cells.map((r) => r.length));
  const raw = rows && cols ? wb.engine.getValues(model.hfId, 0, 0, rows, cols) : [];
  const cells = view.cells.map((line, r) =>
    line.map((cell, c): GridCell | null => {
      const locked = user.readOnly || lockedFor(model, user.email, r + 1, c + 1);
      if (!cell) return locked ? { v: '', locked } : null;
      const out: GridCell = { ...cell };
      if (locked) out.locked = true;
      const value = raw[r]?.[c];
      if (cell.f) out.input = formulaForLocale(cell.f, wb.locale);
      else if (typeof value === 'number' && !wb.isDateCell(model.hfId, r + 1, c + 1))
        out.input = numberForLocale(value, wb.locale);
      else if (typeof value === 'boolean') out.input = value ? 'TRUE' : 'FALSE';
      return out;
    }),
  );
  const outsideLocked = user.readOnly || lockedFor(model, user.email, rows + 1, cols + 1);
  return { ...view, cells, readOnly: user.readOnly, outsideLocked };
}
