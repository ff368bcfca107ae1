// Submission sheets in the workbook: finding those of a period (one read each), and writing one
// (one setValues, 2-D formats, validation and protections; a constant number of calls per sheet).
import { cellString } from '../../core/sheet/cellText.ts';
import { formatPeriod, parsePeriod } from '../../core/report/period.ts';
import { resolveUnits, type UnitDirectory } from '../../core/unit/unit.ts';
import { TASK_STATUSES } from '../../core/sheet/vocabulary.ts';
import { AUDIT_DETAIL_SHEET, AUDIT_SHEET } from './auditLog.ts';
import { GridBuilder, setWidths, topLeftBlock, type CellGrid } from '../sheet/grid.ts';
import { sheetValues } from '../sheet/table.ts';
import { columnLetter } from '../../core/sheet/a1.ts';
import { MAX_SHEET_NAME, validSheetName, withSuffix } from '../sheet/sheetName.ts';
import {
  ownRangeProtections,
  PROTECTION_PREFIX,
  protectRange,
  protectSheet,
  removeProtections,
} from '../roles/protect.ts';
import {
  restoreBackgrounds,
  TEMP_PREFIX,
  type ListedSheets,
  type Transaction,
} from '../tx/transaction.ts';
import { MARK_BACKGROUND } from '../check/marks.ts';
import { SETTINGS_SHEET } from './settings.ts';
import {
  columnsOf,
  HEADER_ROWS,
  READ_ONLY,
  SHEET_WIDTH,
  SUBMISSION_SHEET_PREFIX,
  TASK_COLUMNS,
} from './layout/submissionColumns.ts';
import {
  formatsMatter,
  inputRuns,
  parseSubmissionValues,
  type ParsedBlock,
  type ParsedSheet,
} from './layout/submissionRead.ts';
import type { Layout } from './layout/submissionLayout.ts';
import { UNIT_SHEET } from '../units/unitSheet.ts';
import { DASHBOARD_SHEET } from './layout/dashboardLayout.ts';
import { EXPORT_SHEET } from './layout/exportRows.ts';
import { HOLIDAY_SHEET } from '../remind/remindSettings.ts';
import { COLOURS } from '../sheet/colours.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export { PROTECTION_PREFIX };
const FIXED_BG = COLOURS.fixed;
const WARNING_BG = COLOURS.warning;
const STAMPED_BG = COLOURS.done;

export interface FoundSheet {
  sheet: Sheet;
  /** The sheet's name: submission records are kept by it (records.ts). */
  key: string;
  parsed: ParsedSheet;
  /** Canonical unit name. */
  unit: string;
  /** Size of the data range read. */
  height: number;
  width: number;
}

/** The canonical name of the unit a sheet names ("Phòng VH-XH" → "Phòng Văn hóa - Xã hội"). */
export function canonicalUnit(text: string, dir: UnitDirectory): string {
  const r = resolveUnits(text, dir)[0];
  return r?.name ?? text.trim();
}

/** Is this sheet a workbook sheet of ours that is never a submission? */
function isReportOwnSheet(name: string): boolean {
  return (
    /^(Tổng hợp|Chốt kỳ|Báo cáo kỳ) /u.test(name) ||
    name === AUDIT_SHEET ||
    name === AUDIT_DETAIL_SHEET ||
    name === SETTINGS_SHEET ||
    name === UNIT_SHEET ||
    name === DASHBOARD_SHEET ||
    name === EXPORT_SHEET ||
    name === HOLIDAY_SHEET ||
    name.startsWith(TEMP_PREFIX)
  );
}

/**
 * A sheet (named `name`) read as a submission, or null when it is not one (or not one of
 * `period`, when given). One read of its values; its number formats are read only when asked, the
 * sheet is a submission of the period and a % format could change how one of its numbers reads.
 */
export function readSubmissionSheet(
  sheet: Sheet,
  name: string,
  dir: UnitDirectory,
  options: { formats: boolean; period?: string },
): FoundSheet | null {
  const values = sheetValues(sheet);
  let parsed = parseSubmissionValues(name, values);
  if (!parsed) return null;
  if (options.period !== undefined && !samePeriod(parsed.periodText, options.period)) return null;
  const height = values.length;
  const width = values[0]?.length ?? 0;
  if (options.formats && formatsMatter(parsed)) {
    const formats = sheet.getRange(1, 1, height, width).getNumberFormats();
    parsed = parseSubmissionValues(name, values, formats);
  }
  if (!parsed) return null;
  return {
    sheet,
    key: name,
    parsed,
    unit: canonicalUnit(parsed.unitText, dir),
    height,
    width,
  };
}

/** Every submission sheet of the period, each read once (see readSubmissionSheet). */
export function findSubmissionSheets(
  ss: Spreadsheet,
  periodText: string,
  dir: UnitDirectory,
  options: { formats: boolean; skip: ReadonlySet<string> },
): FoundSheet[] {
  return scanSubmissionSheets(ss, periodText, dir, options).found;
}

/**
 * findSubmissionSheets, with every sheet and its name seen on the way (`names` in lower case).
 * `known`: the sheets with their names when the action has just listed them.
 */
export function scanSubmissionSheets(
  ss: Spreadsheet,
  periodText: string,
  dir: UnitDirectory,
  options: { formats: boolean; skip: ReadonlySet<string>; known?: ListedSheets | undefined },
): { found: FoundSheet[]; names: Set<string>; sheets: Array<{ sheet: Sheet; name: string }> } {
  const found: FoundSheet[] = [];
  const names = new Set<string>();
  const sheets: Array<{ sheet: Sheet; name: string }> = [];
  const all = options.known ?? ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  for (const { sheet, name } of all) {
    names.add(name.toLowerCase());
    sheets.push({ sheet, name });
    if (options.skip.has(name) || isReportOwnSheet(name)) continue;
    const f = readSubmissionSheet(sheet, name, dir, {
      formats: options.formats,
      period: periodText,
    });
    if (f) found.push(f);
  }
  return { found, names, sheets };
}

/** Does a sheet's "Kỳ báo cáo" text name this period (canonical text, 2026-Q2)? */
export function samePeriod(text: string, periodText: string): boolean {
  const p = parsePeriod(cellString(text));
  return p.ok && formatPeriod(p.value) === periodText;
}

/** "BC 2026-Q2 - Công an xã": valid for Sheets and .xlsx (31 characters, no [ ] * ? : \\ /). */
export function submissionSheetName(
  periodText: string,
  unit: { name: string; shortName?: string },
  taken: (name: string) => boolean,
): string {
  const prefix = `${SUBMISSION_SHEET_PREFIX}${periodText} - `;
  const room = MAX_SHEET_NAME - prefix.length;
  const pick = unit.shortName && unit.name.length > room ? unit.shortName : unit.name;
  const who = validSheetName(pick).replace(/…$/, '') || 'đơn vị';
  const base = validSheetName(
    prefix + (who.length > room ? `${who.slice(0, room - 1).trimEnd()}…` : who),
  );
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const name = withSuffix(base, ` (${n})`);
    if (!taken(name)) return name;
  }
}

export interface Access {
  /** The unit's editors (may be none: then only the coordinators edit the sheet). */
  unitEditors: string[];
  coordinators: string[];
  /** Never removed from an editor list: the owner and the user running the action. */
  keep: string[];
}

export interface ValidationRules {
  status: GoogleAppsScript.Spreadsheet.DataValidation;
  progress: GoogleAppsScript.Spreadsheet.DataValidation;
  completedOn: GoogleAppsScript.Spreadsheet.DataValidation;
  checkbox: GoogleAppsScript.Spreadsheet.DataValidation;
}

/** Built once per action and shared by every sheet it writes. */
export function validationRules(): ValidationRules {
  return {
    status: SpreadsheetApp.newDataValidation()
      .requireValueInList([...TASK_STATUSES], true)
      .setAllowInvalid(false)
      .setHelpText(`Chọn: ${TASK_STATUSES.join(', ')}. "Quá hạn" do Sáu Rõ tự tính theo thời hạn.`)
      .build(),
    progress: SpreadsheetApp.newDataValidation()
      .requireNumberBetween(0, 100)
      .setAllowInvalid(false)
      .setHelpText('Nhập tiến độ từ 0 đến 100 (%).')
      .build(),
    completedOn: SpreadsheetApp.newDataValidation()
      .requireDate()
      .setAllowInvalid(false)
      .setHelpText(
        'Ngày nhiệm vụ hoàn thành (dd/mm/yyyy). Để trống: Sáu Rõ lấy ngày nộp báo cáo. Hoàn thành sau thời hạn thì tính là "Đã hoàn thành quá hạn".',
      )
      .build(),
    checkbox: SpreadsheetApp.newDataValidation()
      .requireCheckbox()
      .setAllowInvalid(false)
      .setHelpText(
        'Tích để nộp báo cáo: Sáu Rõ kiểm tra phiếu rồi ghi nhận, hoặc ghi lý do bên cạnh.',
      )
      .build(),
  };
}

function grids(layout: Layout, height: number, width: number, access: Access): CellGrid {
  const g = new GridBuilder(width);
  for (let r = 0; r < height; r++) g.push(layout.values[r] ?? []);
  // The title and the block titles overflow into the empty cells beside them.
  g.noWrap(1);
  g.bold(1, 0, 1);
  for (let r = 2; r <= HEADER_ROWS; r++) {
    g.bold(r, 0, 1);
    g.paint(r, FIXED_BG, 0, 1);
  }
  const state = layout.values[layout.stateRow - 1]?.[1];
  if (!/^Chưa/u.test(cellString(state))) g.paint(layout.stateRow, STAMPED_BG, 1, 2);
  if (access.unitEditors.length === 0) g.paint(layout.protectionRow, WARNING_BG, 1, 2);
  // The "Nộp báo cáo" box holds TRUE/FALSE, not text.
  g.setFormat(layout.submitRow, 1, 'General');
  g.noWrap(layout.submitRow, 2);
  for (const b of layout.blocks) {
    const cols = columnsOf(b.role);
    g.styleTitle(b.titleRow, cols.length);
    g.styleHeader(b.headerRow, cols.length);
    for (let r = b.firstRow; r < b.firstRow + b.count; r++) {
      g.paint(r, FIXED_BG, 0, READ_ONLY);
      cols.forEach((c, i) => {
        if (c.key === 'progress' || (b.role === 'kpi' && c.key === 'actual'))
          g.setFormat(r, i, 'General');
        if (c.key === 'completedOn') g.setFormat(r, i, 'dd/MM/yyyy');
      });
    }
    for (const r of b.sentBackRows) g.paint(r, MARK_BACKGROUND, READ_ONLY, cols.length);
  }
  return g;
}

/**
 * Colours the input cells of some rows of a block (the send-back highlight), wherever the unit
 * moved the columns: one read and one write of the rows' span, whatever the number of rows.
 */
export function paintInputRows(
  sheet: Sheet,
  block: ParsedBlock,
  rows: readonly number[],
  color: string | null,
  tx?: Transaction,
): void {
  const runs = inputRuns(block);
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (rows.length === 0 || !first || !last) return;
  const top = Math.min(...rows);
  const left = first.col;
  const range = sheet.getRange(
    top,
    left,
    Math.max(...rows) - top + 1,
    last.col + last.width - left,
  );
  const wanted = new Set(rows);
  const isInput = (col: number) => runs.some((r) => col >= r.col && col < r.col + r.width);
  const old = range.getBackgrounds();
  const backgrounds = old.map((row, i) =>
    wanted.has(top + i) ? row.map((bg, j) => (isInput(left + j) ? color : bg)) : row,
  );
  range.setBackgrounds(backgrounds as string[][]);
  if (tx) tx.onUndo(() => restoreBackgrounds(range, old));
}

/**
 * The cells a sheet's protections name, from one RangeList: `box`, the one range protection of the
 * unit's input cells, is the rectangle around them all; `inputs`, what the sheet protection leaves
 * out, are the input cells of each block and the header rows the unit's own "Nộp báo cáo" writes
 * (state, send-backs, the box and its result). Nothing typed there counts as a submission: the
 * merge reads the record. The fixed cells inside the box stay the coordinators' alone, because the
 * sheet protection covers them too, and Sheets lets a person edit a cell only when every
 * protection covering it allows them. One protection instead of one per block: four service
 * calls fewer per block, which counts at 100 units.
 */
function protectedRanges(sheet: Sheet, layout: Layout): { box: Range; inputs: Range[] } {
  const a1 = (row: number, col: number, rows: number, cols: number) =>
    `${columnLetter(col - 1)}${row}:${columnLetter(col + cols - 2)}${row + rows - 1}`;
  const last = layout.blocks.reduce(
    (end, b) => Math.max(end, b.firstRow + b.count - 1),
    layout.submitRow,
  );
  const right = layout.blocks.reduce((w, b) => Math.max(w, columnsOf(b.role).length), 3);
  const [box, ...inputs] = sheet
    .getRangeList([
      a1(layout.stateRow, 2, last - layout.stateRow + 1, right - 1),
      a1(layout.stateRow, 2, layout.submitRow - layout.stateRow + 1, 2),
      ...layout.blocks.map((b) =>
        a1(b.firstRow, READ_ONLY + 1, b.count, columnsOf(b.role).length - READ_ONLY),
      ),
    ])
    .getRanges();
  if (!box) throw new Error('getRangeList returned no range');
  return { box, inputs };
}

/**
 * Every cell's validation in the area: status, progress and completion day in the task blocks'
 * rows, the "Nộp báo cáo" box; null everywhere else (which clears what rows that moved had).
 */
function validationGrid(
  layout: Layout,
  height: number,
  width: number,
  rules: ValidationRules,
): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
  const grid = Array.from({ length: height }, () =>
    new Array<GoogleAppsScript.Spreadsheet.DataValidation | null>(width).fill(null),
  );
  const column = (key: string) => TASK_COLUMNS.findIndex((c) => c.key === key);
  const checked: Array<[number, GoogleAppsScript.Spreadsheet.DataValidation]> = [
    [column('status'), rules.status],
    [column('progress'), rules.progress],
    [column('completedOn'), rules.completedOn],
  ];
  for (const b of layout.blocks) {
    if (b.role === 'kpi') continue;
    for (let r = b.firstRow; r < b.firstRow + b.count; r++) {
      const row = grid[r - 1];
      for (const [col, rule] of checked) if (row && col >= 0 && col < width) row[col] = rule;
    }
  }
  const box = grid[layout.submitRow - 1];
  if (box && width > 1) box[1] = rules.checkbox;
  return grid;
}

/**
 * The layout written into a sheet's top-left area as 2-D blocks over that one range: number
 * formats, values, weights, colours, wraps and validations.
 */
function fill(
  area: Range,
  layout: Layout,
  height: number,
  width: number,
  access: Access,
  rules: ValidationRules,
): void {
  const g = grids(layout, height, width, access);
  // Formats first: text cells stay text ("1.10", "2026-05") whatever is written into them.
  area.setNumberFormats(g.formats);
  area.setValues(g.values);
  area.setFontWeights(g.weights);
  area.setBackgrounds(g.backgrounds as string[][]);
  area.setWraps(g.wraps);
  area.setDataValidations(
    validationGrid(layout, height, width, rules) as GoogleAppsScript.Spreadsheet.DataValidation[][],
  );
}

export interface SheetToWrite {
  /** The unit's sheet made before (rewritten in place), or null for a new one. */
  target: { sheet: Sheet; height: number; width: number } | null;
  name: string;
  unit: string;
  layout: Layout;
  access: Access;
}

/**
 * The new sheets, staged under temporary names from `firstIndex` before anything is written into
 * them: the first gets the rows of the longest layout, the column widths, the top alignment and
 * the title's size; the others are copies of it (insertSheet with a template), so these are set
 * once per action, not once per unit.
 */
function stageNewSheets(
  tx: Transaction,
  list: readonly SheetToWrite[],
  firstIndex: number,
): Map<SheetToWrite, Sheet> {
  const made = new Map<SheetToWrite, Sheet>();
  const fresh = list.filter((w) => !w.target);
  const [first, ...rest] = fresh;
  if (!first) return made;
  const proto = tx.stageSheet(first.name, firstIndex);
  const height = Math.max(...fresh.map((w) => w.layout.values.length));
  topLeftBlock(proto, height, SHEET_WIDTH).setVerticalAlignment('top');
  proto.getRange(1, 1).setFontSize(13);
  setWidths(
    proto,
    TASK_COLUMNS.map((c) => c.width),
  );
  made.set(first, proto);
  rest.forEach((w, i) => made.set(w, tx.stageSheet(w.name, firstIndex + i + 1, proto)));
  return made;
}

/**
 * Writes the units' sheets, all-or-nothing. New sheets are staged under temporary names (see
 * stageNewSheets). An existing one keeps its tab (same link, same id, so its submission record
 * still applies) and is rewritten in place after a backup copy of its area, which a failure copies
 * back. Protections are changed new-first, so a sheet is never open. A constant number of calls
 * per sheet.
 */
export function writeSubmissionSheets(
  tx: Transaction,
  list: readonly SheetToWrite[],
  rules: ValidationRules,
  firstIndex: number,
): Sheet[] {
  const made = stageNewSheets(tx, list, firstIndex);
  return list.map((w) => {
    const target = w.target;
    const height = Math.max(w.layout.values.length, target?.height ?? 0);
    const width = Math.max(SHEET_WIDTH, target?.width ?? 0);
    if (!target) {
      const sheet = made.get(w);
      if (!sheet) throw new Error(`no sheet staged for ${w.name}`);
      fill(sheet.getRange(1, 1, height, width), w.layout, height, width, w.access, rules);
      protect(sheet, w.unit, w.layout, w.access, { fresh: true });
      return sheet;
    }
    const sheet = target.sheet;
    const maxRows = sheet.getMaxRows();
    if (height > maxRows) {
      sheet.insertRowsAfter(maxRows, height - maxRows);
      tx.onUndo(() => sheet.deleteRows(maxRows + 1, height - maxRows));
    }
    const maxColumns = sheet.getMaxColumns();
    if (width > maxColumns) {
      sheet.insertColumnsAfter(maxColumns, width - maxColumns);
      tx.onUndo(() => sheet.deleteColumns(maxColumns + 1, width - maxColumns));
    }
    // A copy of the old area first: any failure below copies it back.
    tx.backup(sheet, height, width);
    const area = sheet.getRange(1, 1, height, width);
    fill(area, w.layout, height, width, w.access, rules);
    area.setVerticalAlignment('top');
    sheet.getRange(1, 1).setFontSize(13);
    protect(sheet, w.unit, w.layout, w.access, { fresh: false, tx });
    return sheet;
  });
}

function protect(
  sheet: Sheet,
  unit: string,
  layout: Layout,
  access: Access,
  how: { fresh: boolean; tx?: Transaction },
): void {
  const { box, inputs } = protectedRanges(sheet, layout);
  const old = how.tx ? ownRangeProtections(sheet) : [];
  const editors = [...access.unitEditors, ...access.coordinators];
  protectRange(box, `${PROTECTION_PREFIX}ô nhập liệu của ${unit}`, editors, how.tx);
  protectSheet(
    sheet,
    {
      description: `${PROTECTION_PREFIX}phần cố định của phiếu ${unit} (mã, nội dung, thời hạn, chỉ tiêu)`,
      editors: access.coordinators,
      keep: access.keep,
      unprotected: inputs,
      fresh: how.fresh,
    },
    how.tx,
  );
  removeProtections(old, how.tx);
}
