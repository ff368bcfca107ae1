// Submission sheets in the workbook: finding those of a period (one read each), and writing one
// (one setValues, 2-D formats, validation and protections; a constant number of calls per sheet).
import { cellString } from '../../core/sheet/cellText.ts';
import { formatPeriod, parsePeriod } from '../../core/report/period.ts';
import { resolveUnits, type UnitDirectory } from '../../core/unit/unit.ts';
import { TASK_STATUSES } from '../../core/sheet/vocabulary.ts';
import { AUDIT_DETAIL_SHEET, AUDIT_SHEET } from './auditLog.ts';
import { GridBuilder, topLeftBlock, writeGrid, type CellGrid } from '../sheet/grid.ts';
import { MAX_SHEET_NAME, validSheetName, withSuffix } from '../sheet/sheetName.ts';
import {
  ownRangeProtections,
  PROTECTION_PREFIX,
  protectRange,
  protectSheet,
  removeProtections,
} from '../roles/protect.ts';
import { restoreBackgrounds, TEMP_PREFIX, type Transaction } from '../tx/transaction.ts';
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
  inputRuns,
  parseSubmissionValues,
  type ParsedBlock,
  type ParsedSheet,
} from './layout/submissionRead.ts';
import type { Layout } from './layout/submissionLayout.ts';
import { UNIT_SHEET } from '../units/unitSheet.ts';
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
  /** Sheets' id of the tab: submission records are kept by it. */
  sheetId: number;
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
    /^(Tổng hợp|Chốt kỳ) /u.test(name) ||
    name === AUDIT_SHEET ||
    name === AUDIT_DETAIL_SHEET ||
    name === SETTINGS_SHEET ||
    name === UNIT_SHEET ||
    name.startsWith(TEMP_PREFIX)
  );
}

/**
 * A sheet (named `name`) read as a submission, or null when it is not one (or not one of
 * `period`, when given). One read of its values; its number formats are read only when asked and
 * the sheet is a submission of the period.
 */
export function readSubmissionSheet(
  sheet: Sheet,
  name: string,
  dir: UnitDirectory,
  options: { formats: boolean; period?: string },
): FoundSheet | null {
  const range = sheet.getDataRange();
  const values = range.getValues();
  let parsed = parseSubmissionValues(name, values);
  if (!parsed) return null;
  if (options.period !== undefined && !samePeriod(parsed.periodText, options.period)) return null;
  if (options.formats) parsed = parseSubmissionValues(name, values, range.getNumberFormats());
  if (!parsed) return null;
  return {
    sheet,
    sheetId: sheet.getSheetId(),
    parsed,
    unit: canonicalUnit(parsed.unitText, dir),
    height: values.length,
    width: values[0]?.length ?? 0,
  };
}

/** Every submission sheet of the period, each read once (see readSubmissionSheet). */
export function findSubmissionSheets(
  ss: Spreadsheet,
  periodText: string,
  dir: UnitDirectory,
  options: { formats: boolean; skip: ReadonlySet<string> },
): FoundSheet[] {
  const found: FoundSheet[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (options.skip.has(name) || isReportOwnSheet(name)) continue;
    const f = readSubmissionSheet(sheet, name, dir, {
      formats: options.formats,
      period: periodText,
    });
    if (f) found.push(f);
  }
  return found;
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
 * What the unit's editors may type in: the input cells of each block, and the header rows its own
 * "Nộp báo cáo" writes (state, send-backs, the box and its result). Nothing typed there counts as
 * a submission: the merge reads the record.
 */
function inputRanges(sheet: Sheet, layout: Layout): Range[] {
  return [
    sheet.getRange(layout.stateRow, 2, layout.submitRow - layout.stateRow + 1, 2),
    ...layout.blocks.map((b) =>
      sheet.getRange(b.firstRow, READ_ONLY + 1, b.count, columnsOf(b.role).length - READ_ONLY),
    ),
  ];
}

/**
 * The one range protection of a sheet's input cells: the rectangle around them all. The fixed
 * cells inside it stay the coordinators' alone, because the sheet protection (which leaves out
 * only the input cells themselves) covers them too, and Sheets lets a person edit a cell only
 * when every protection covering it allows them. One protection instead of one per block: four
 * service calls fewer per block, which counts at 100 units.
 */
function inputBox(sheet: Sheet, layout: Layout): Range {
  const last = layout.blocks.reduce(
    (end, b) => Math.max(end, b.firstRow + b.count - 1),
    layout.submitRow,
  );
  const right = layout.blocks.reduce((w, b) => Math.max(w, columnsOf(b.role).length), 3);
  return sheet.getRange(layout.stateRow, 2, last - layout.stateRow + 1, right - 1);
}

/** The layout written into a sheet: values and formats, widths, validation. */
function fill(
  sheet: Sheet,
  layout: Layout,
  height: number,
  width: number,
  access: Access,
  rules: ValidationRules,
): void {
  const area = topLeftBlock(sheet, height, width);
  writeGrid(area, grids(layout, height, width, access));
  sheet.getRange(1, 1).setFontSize(13);
  // One call per block: status, progress and completion day, nothing in the columns between.
  const status = TASK_COLUMNS.findIndex((c) => c.key === 'status');
  const progress = TASK_COLUMNS.findIndex((c) => c.key === 'progress');
  const completedOn = TASK_COLUMNS.findIndex((c) => c.key === 'completedOn');
  const first = Math.min(status, progress, completedOn);
  const span = Math.max(status, progress, completedOn) - first + 1;
  const row = Array.from({ length: span }, (_, i) =>
    i === status - first
      ? rules.status
      : i === progress - first
        ? rules.progress
        : i === completedOn - first
          ? rules.completedOn
          : null,
  );
  for (const b of layout.blocks) {
    if (b.role === 'kpi' || b.count === 0) continue;
    sheet
      .getRange(b.firstRow, first + 1, b.count, span)
      .setDataValidations(Array.from({ length: b.count }, () => row));
  }
  sheet.getRange(layout.submitRow, 2).setDataValidation(rules.checkbox);
}

/**
 * Writes a unit's sheet, all-or-nothing. A new sheet is staged under a temporary name. An existing
 * one keeps its tab (same link, same id, so its submission record still applies) and is rewritten
 * in place after a backup copy of its area, which a failure copies back. Protections are changed
 * new-first, so the sheet is never open.
 */
export function writeSubmissionSheet(
  tx: Transaction,
  target: { sheet: Sheet; height: number; width: number } | null,
  name: string,
  unit: string,
  layout: Layout,
  access: Access,
  rules: ValidationRules,
  index: number,
): Sheet {
  const height = Math.max(layout.values.length, target?.height ?? 0);
  const width = Math.max(SHEET_WIDTH, target?.width ?? 0);
  if (!target) {
    const sheet = tx.stageSheet(name, index);
    fill(sheet, layout, height, width, access, rules);
    TASK_COLUMNS.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));
    protect(sheet, unit, layout, access);
    return sheet;
  }
  const sheet = target.sheet;
  const maxRows = sheet.getMaxRows();
  if (height > maxRows) {
    sheet.insertRowsAfter(maxRows, height - maxRows);
    tx.onUndo(() => sheet.deleteRows(maxRows + 1, height - maxRows));
  }
  // A copy of the old area first: any failure below copies it back.
  tx.backup(sheet, height, width);
  sheet.getRange(1, 1, height, width).clearDataValidations();
  fill(sheet, layout, height, width, access, rules);
  protect(sheet, unit, layout, access, tx);
  return sheet;
}

function protect(
  sheet: Sheet,
  unit: string,
  layout: Layout,
  access: Access,
  tx?: Transaction,
): void {
  const inputs = inputRanges(sheet, layout);
  const old = tx ? ownRangeProtections(sheet) : [];
  const editors = [...access.unitEditors, ...access.coordinators];
  protectRange(inputBox(sheet, layout), `${PROTECTION_PREFIX}ô nhập liệu của ${unit}`, editors, tx);
  protectSheet(
    sheet,
    {
      description: `${PROTECTION_PREFIX}phần cố định của phiếu ${unit} (mã, nội dung, thời hạn, chỉ tiêu)`,
      editors: access.coordinators,
      keep: access.keep,
      unprotected: inputs,
    },
    tx,
  );
  removeProtections(old, tx);
}
