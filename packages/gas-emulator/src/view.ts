/** A plain JSON snapshot of the workbook for the preview UI. */
import { boxToA1 } from './a1.ts';
import { chartView, type ChartView } from './chartData.ts';
import { DEFAULT_COLUMN_WIDTH } from './cellStyle.ts';
import { contentExtent, readDisplayValues } from './cellValues.ts';
import { conditionalFormatAt } from './cfEval.ts';
import { isCellError, type Computed } from './formulaEngine.ts';
import type { SheetModel } from './sheetModel.ts';
import { isRangeRef } from './validation.ts';
import type { Workbook } from './workbook.ts';

export interface CellView {
  /** Displayed text. */
  v: string;
  f?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  bg?: string;
  wrap?: boolean;
  align?: string;
  note?: string;
  /** Why a cell shows an error (Sheets' hover text), e.g. a custom function's exception. */
  error?: string;
  validation?: { list?: string[]; helpText?: string; criteria?: string };
  protected?: boolean;
}

export interface SheetView {
  name: string;
  index: number;
  sheetId: number;
  hidden: boolean;
  tabColor?: string;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  columnWidths: number[];
  rowHeights: Record<number, number>;
  merges: string[];
  cells: Array<Array<CellView | null>>;
  /** Embedded charts with the data they show (only for sheets whose cells are drawn). */
  charts: ChartView[];
}

export interface WorkbookView {
  name: string;
  timeZone: string;
  locale: string;
  activeSheet: string | null;
  sheets: SheetView[];
}

const VIEW_ROW_CAP = 2000;

export interface ViewOptions {
  /** The names of the sheets whose cells to draw (the others come with no cells). */
  only?: readonly string[];
  /**
   * Custom functions the viewer does not have (an add-on they have not installed): cells calling
   * them show `#NAME?` and spill nothing, as Sheets shows them to that user.
   */
  unknownFunctions?: readonly string[];
}

/** Cells (1-based "row:col") a viewer without these functions sees as #NAME? or as empty. */
function unknownCells(
  sheet: SheetModel,
  names: readonly string[],
): { errors: Map<string, string>; blanks: Set<string> } {
  const errors = new Map<string, string>();
  const blanks = new Set<string>();
  if (names.length === 0) return { errors, blanks };
  const call = new RegExp(`(?<![A-Za-z0-9_.])(${names.join('|')})\\s*\\(`, 'i');
  const engine = sheet.workbook.engine;
  for (const area of engine.customFormulaAreas()) {
    if (area.addr.sheet !== sheet.hfId) continue;
    const f = engine.getFormulas(sheet.hfId, area.addr.row, area.addr.col, 1, 1)[0]?.[0];
    const m = f === undefined ? null : call.exec(f);
    if (!m) continue;
    const row = area.addr.row + 1;
    const col = area.addr.col + 1;
    errors.set(`${row}:${col}`, `Unknown function: '${(m[1] ?? '').toLowerCase()}'.`);
    for (let r = 0; r < area.rows; r++)
      for (let c = 0; c < area.cols; c++)
        if (r !== 0 || c !== 0) blanks.add(`${row + r}:${col + c}`);
  }
  return { errors, blanks };
}

function listFor(values: readonly unknown[]): string[] | undefined {
  const [a] = values;
  if (Array.isArray(a)) return a.map(String);
  if (isRangeRef(a)) {
    return readDisplayValues(a.sheet, a.box)
      .flat()
      .filter((s) => s !== '');
  }
  return undefined;
}

function viewSheet(
  sheet: SheetModel,
  index: number,
  withCells: boolean,
  unknownFunctions: readonly string[],
): SheetView {
  const { lastRow, lastCol } = withCells ? contentExtent(sheet) : { lastRow: 0, lastCol: 0 };
  let rows = withCells ? Math.max(lastRow, sheet.frozenRows) : 0;
  let cols = Math.max(lastCol, sheet.frozenCols);
  // Rows grow for text-bearing formatting (colour, note) only: whole-column validation and
  // borders would make every sheet 1000 rows long. They still widen the grid.
  for (const [r, c, m] of sheet.metaEntries()) {
    if (!withCells) break;
    if (m.background || m.note) {
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    } else if ((m.validation || m.border) && r <= rows) cols = Math.max(cols, c);
  }
  rows = Math.min(rows, VIEW_ROW_CAP, sheet.maxRows);
  cols = Math.min(cols, sheet.maxCols);
  const engine = sheet.workbook.engine;
  const display =
    rows && cols ? readDisplayValues(sheet, { row: 1, col: 1, numRows: rows, numCols: cols }) : [];
  // Array formulas fill whole columns with '': rows that show nothing are not drawn.
  while (
    rows > sheet.frozenRows &&
    (display[rows - 1] ?? []).every((v) => v === '') &&
    !Array.from({ length: cols }, (_, c) => sheet.getMeta(rows, c + 1)).some(
      (m) => m?.background || m?.note,
    )
  ) {
    rows--;
  }
  const raw = rows && cols ? engine.getValues(sheet.hfId, 0, 0, rows, cols) : [];
  const formulas = rows && cols ? engine.getFormulas(sheet.hfId, 0, 0, rows, cols) : [];
  const cells: Array<Array<CellView | null>> = [];
  const unknown = unknownCells(sheet, withCells ? unknownFunctions : []);
  for (let r = 1; r <= rows; r++) {
    const line: Array<CellView | null> = [];
    for (let c = 1; c <= cols; c++) {
      const m = sheet.getMeta(r, c);
      const unknownError = unknown.errors.get(`${r}:${c}`);
      const blank = unknown.blanks.has(`${r}:${c}`);
      const value: Computed =
        unknownError !== undefined
          ? { error: '#NAME?', message: unknownError }
          : blank
            ? null
            : (raw[r - 1]?.[c - 1] ?? null);
      const cell: CellView = {
        v: unknownError !== undefined ? '#NAME?' : blank ? '' : (display[r - 1]?.[c - 1] ?? ''),
      };
      const f = formulas[r - 1]?.[c - 1];
      if (f) cell.f = f;
      const cf = sheet.cfRules.length ? conditionalFormatAt(sheet, r, c, value) : null;
      const bold = cf?.bold ?? m?.fontWeight === 'bold';
      const italic = cf?.italic ?? m?.fontStyle === 'italic';
      if (bold) cell.bold = true;
      if (italic) cell.italic = true;
      const color = cf?.fontColor ?? m?.fontColor;
      if (color) cell.color = color;
      const bg = cf?.background ?? m?.background;
      if (bg) cell.bg = bg;
      if (m?.wrap) cell.wrap = true;
      const align =
        m?.hAlign && m.hAlign !== 'general' && m.hAlign !== 'normal'
          ? m.hAlign
          : typeof value === 'number'
            ? 'right'
            : typeof value === 'boolean' || isCellError(value)
              ? 'center'
              : undefined;
      if (align) cell.align = align;
      if (m?.note) cell.note = m.note;
      if (isCellError(value)) {
        const why =
          unknownError ??
          engine.errorMessageAt({ sheet: sheet.hfId, row: r - 1, col: c - 1 }) ??
          value.message;
        if (why) cell.error = why;
      }
      if (m?.validation) {
        const list =
          m.validation.criteria === 'VALUE_IN_LIST' || m.validation.criteria === 'VALUE_IN_RANGE'
            ? listFor(m.validation.values)
            : undefined;
        cell.validation = {
          criteria: m.validation.criteria,
          ...(list ? { list } : {}),
          ...(m.validation.helpText ? { helpText: m.validation.helpText } : {}),
        };
      }
      const box = { row: r, col: c, numRows: 1, numCols: 1 };
      if (sheet.protections.some((p) => p.covers(box))) cell.protected = true;
      const empty = Object.keys(cell).length === 1 && cell.v === '';
      line.push(empty ? null : cell);
    }
    cells.push(line);
  }
  const widthCols = Math.max(
    cols,
    ...[...sheet.colWidths.keys()].filter((c) => c <= sheet.maxCols && c <= Math.max(cols, 26)),
  );
  return {
    name: sheet.name,
    index,
    sheetId: sheet.sheetId,
    hidden: sheet.hidden,
    ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenCols,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxCols,
    columnWidths: Array.from(
      { length: widthCols },
      (_, i) => sheet.colWidths.get(i + 1) ?? DEFAULT_COLUMN_WIDTH,
    ),
    rowHeights: Object.fromEntries(sheet.rowHeights),
    merges: sheet.merges.map((m) => boxToA1(m)),
    cells,
    charts: withCells ? sheet.charts.map(chartView) : [],
  };
}

/**
 * The workbook as plain JSON. `only` lets a preview fetch one tab at a time; `unknownFunctions`
 * shows it to a user without those custom functions (see ViewOptions, and `Runtime.view`).
 */
export function viewWorkbook(wb: Workbook, options: ViewOptions = {}): WorkbookView {
  const only = options.only;
  return {
    name: wb.name,
    timeZone: wb.timeZone,
    locale: wb.locale,
    activeSheet: wb.activeSheet?.name ?? wb.sheets[0]?.name ?? null,
    sheets: wb.sheets.map((s, i) =>
      viewSheet(s, i, only === undefined || only.includes(s.name), options.unknownFunctions ?? []),
    ),
  };
}
