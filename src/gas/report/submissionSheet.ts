// Submission sheets in the workbook: finding those of a period (one read each), and writing one
// (one setValues, 2-D formats, validation and protections; a constant number of calls per sheet).
import { cellString } from '../../core/sheet/cellText.ts';
import { formatPeriod, parsePeriod } from '../../core/report/period.ts';
import { resolveUnits, type UnitDirectory } from '../../core/unit/unit.ts';
import { TASK_STATUSES } from '../../core/sheet/vocabulary.ts';
import { AUDIT_SHEET } from './auditLog.ts';
import { GridBuilder, type CellGrid } from '../sheet/grid.ts';
import { sheetValues } from '../sheet/table.ts';
import { columnLetter } from '../../core/sheet/a1.ts';
import { MARK_BACKGROUND } from '../check/marks.ts';
import { SETTINGS_SHEET } from './settings.ts';
import {
  columnsOf,
  HEADER_ROWS,
  READ_ONLY,
  SHEET_WIDTH,
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
type Protection = GoogleAppsScript.Spreadsheet.Protection;

export const PROTECTION_PREFIX = 'Sáu Rõ: ';
const FIXED_BG = COLOURS.fixed;
const WARNING_BG = COLOURS.warning;
const STAMPED_BG = COLOURS.done;

export interface FoundSheet {
  sheet: Sheet;
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
    name === SETTINGS_SHEET ||
    name === UNIT_SHEET ||
    name === DASHBOARD_SHEET ||
    name === EXPORT_SHEET ||
    name === HOLIDAY_SHEET
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
  return { sheet, parsed, unit: canonicalUnit(parsed.unitText, dir), height, width };
}

export interface SheetScan {
  found: FoundSheet[];
  /** Every sheet's name, lower case (for picking names that are free). */
  names: Set<string>;
  /** Every sheet by its name in lower case (Sheets compares names without case). */
  byName: Map<string, Sheet>;
  /** Every sheet with its name, in tab order. */
  sheets: Array<{ name: string; sheet: Sheet }>;
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

/** findSubmissionSheets, with the names of all sheets seen on the way. */
export function scanSubmissionSheets(
  ss: Spreadsheet,
  periodText: string,
  dir: UnitDirectory,
  options: { formats: boolean; skip: ReadonlySet<string> },
): SheetScan {
  const found: FoundSheet[] = [];
  const names = new Set<string>();
  const byName = new Map<string, Sheet>();
  const sheets: SheetScan['sheets'] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    names.add(name.toLowerCase());
    byName.set(name.toLowerCase(), sheet);
    sheets.push({ name, sheet });
    if (options.skip.has(name) || isReportOwnSheet(name)) continue;
    const f = readSubmissionSheet(sheet, name, dir, {
      formats: options.formats,
      period: periodText,
    });
    if (f) found.push(f);
  }
  return { found, names, byName, sheets };
}

/** Does a sheet's "Kỳ báo cáo" text name this period (canonical text, 2026-Q2)? */
export function samePeriod(text: string, periodText: string): boolean {
  const p = parsePeriod(cellString(text));
  return p.ok && formatPeriod(p.value) === periodText;
}

/** "BC 2026-Q2 - Công an xã": short enough for .xlsx (31), without characters Excel refuses. */
export function submissionSheetName(
  periodText: string,
  unit: { name: string; shortName?: string },
  taken: (name: string) => boolean,
): string {
  const clean = (s: string) => s.replace(/[[\]*?:\\/]/g, '-').trim();
  const prefix = `BC ${periodText} - `;
  const room = 31 - prefix.length;
  const who = clean(unit.shortName && unit.name.length > room ? unit.shortName : unit.name);
  const base = prefix + (who.length > room ? who.slice(0, room - 1).trimEnd() + '…' : who);
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const tail = ` (${n})`;
    const name =
      base.length + tail.length > 31 ? base.slice(0, 31 - tail.length) + tail : base + tail;
    if (!taken(name)) return name;
  }
}

export interface Access {
  /** Real protections (unit editors and coordinators), or warning-only when no email is known. */
  strict: boolean;
  unitEditors: string[];
  coordinators: string[];
}

export interface ValidationRules {
  status: GoogleAppsScript.Spreadsheet.DataValidation;
  progress: GoogleAppsScript.Spreadsheet.DataValidation;
  completedOn: GoogleAppsScript.Spreadsheet.DataValidation;
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
  };
}

/** Sheets' protections of ours on a sheet, removed before it is laid out again. */
function removeOwnProtections(sheet: Sheet): void {
  const kinds = [SpreadsheetApp.ProtectionType.SHEET, SpreadsheetApp.ProtectionType.RANGE];
  for (const kind of kinds) {
    for (const p of sheet.getProtections(kind)) {
      if (p.getDescription().startsWith(PROTECTION_PREFIX)) p.remove();
    }
  }
}

/**
 * Keeps exactly these editors, as Google's own sample does it: remove every editor by User (a
 * User whose email a sharing policy hides still names that person; a list of emails would miss
 * them, and they would keep access), then add the wanted ones. Sheets never removes the owner
 * or the user running the script.
 */
export function setEditors(p: Protection, emails: readonly string[]): void {
  p.removeEditors(p.getEditors());
  if (emails.length > 0) p.addEditors([...emails]);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

interface SheetGrid extends CellGrid {
  validations: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>;
}

/**
 * Wraps by column: the code column never wraps, so the sheet's title and the block titles, which
 * sit in it with nothing beside them, overflow to the right; every other column wraps.
 */
function columnWraps(height: number, width: number): boolean[][] {
  const row = Array.from({ length: width }, (_, c) => c !== 0);
  return Array.from({ length: height }, () => row);
}

function grids(
  layout: Layout,
  height: number,
  width: number,
  access: Access,
  rules: ValidationRules,
): SheetGrid {
  const g = new GridBuilder(width);
  for (let r = 0; r < height; r++) g.push(layout.values[r] ?? []);
  g.bold(1, 0, 1);
  for (let r = 2; r <= HEADER_ROWS; r++) {
    g.bold(r, 0, 1);
    g.paint(r, FIXED_BG, 0, 1);
  }
  const state = layout.values[layout.stateRow - 1]?.[1];
  if (!/^Chưa/u.test(cellString(state))) g.paint(layout.stateRow, STAMPED_BG, 1, 2);
  if (!access.strict) g.paint(7, WARNING_BG, 1, 2);
  // Validations of every cell of the area in one 2-D block (null clears an old one).
  const validations = Array.from({ length: height }, () =>
    new Array<GoogleAppsScript.Spreadsheet.DataValidation | null>(width).fill(null),
  );
  const column = (key: string) => TASK_COLUMNS.findIndex((c) => c.key === key);
  const checked: Array<[number, GoogleAppsScript.Spreadsheet.DataValidation]> = [
    [column('status'), rules.status],
    [column('progress'), rules.progress],
    [column('completedOn'), rules.completedOn],
  ];
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
      if (b.role === 'kpi') continue;
      const row = validations[r - 1];
      for (const [col, rule] of checked) if (row && col >= 0) row[col] = rule;
    }
    for (const r of b.sentBackRows) g.paint(r, MARK_BACKGROUND, READ_ONLY, cols.length);
  }
  return {
    values: g.values,
    formats: g.formats,
    weights: g.weights,
    backgrounds: g.backgrounds,
    wraps: columnWraps(height, width),
    validations,
  };
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
  const backgrounds = range
    .getBackgrounds()
    .map((row, i) =>
      wanted.has(top + i) ? row.map((bg, j) => (isInput(left + j) ? color : bg)) : row,
    );
  range.setBackgrounds(backgrounds as string[][]);
}

/** The input cells of each block, and the two header rows a unit's "Nộp" writes: one RangeList. */
function inputRanges(sheet: Sheet, layout: Layout): Range[] {
  const a1 = (row: number, col: number, rows: number, cols: number) =>
    `${columnLetter(col - 1)}${row}:${columnLetter(col + cols - 2)}${row + rows - 1}`;
  return sheet
    .getRangeList([
      a1(layout.stateRow, 2, 2, 1),
      ...layout.blocks.map((b) =>
        a1(b.firstRow, READ_ONLY + 1, b.count, columnsOf(b.role).length - READ_ONLY),
      ),
    ])
    .getRanges();
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
 * New sheets are copies of the first one, made before anything is written into it: column widths,
 * the title's size, top alignment and wraps are set once per action, not once per unit.
 */
function newSheets(
  ss: Spreadsheet,
  list: readonly SheetToWrite[],
  firstIndex: number,
): Map<SheetToWrite, Sheet> {
  const made = new Map<SheetToWrite, Sheet>();
  const fresh = list.filter((w) => !w.target);
  const [first, ...rest] = fresh;
  if (!first) return made;
  const proto = ss.insertSheet(first.name, firstIndex);
  const height = Math.max(...fresh.map((w) => w.layout.values.length));
  const rows = proto.getMaxRows();
  if (height > rows) proto.insertRowsAfter(rows, height - rows);
  const all = Math.max(rows, height);
  TASK_COLUMNS.forEach((c, i) => proto.setColumnWidth(i + 1, c.width));
  proto
    .getRange(1, 1, all, SHEET_WIDTH)
    .setVerticalAlignment('top')
    .setWraps(columnWraps(all, SHEET_WIDTH));
  proto.getRange(1, 1).setFontSize(13);
  made.set(first, proto);
  rest.forEach((w, i) =>
    made.set(w, ss.insertSheet(w.name, firstIndex + i + 1, { template: proto })),
  );
  return made;
}

/**
 * Writes the units' sheets. An existing sheet is overwritten in place by one block of values,
 * formats and validations over its whole used area (so the tab, its link and what the unit typed
 * stay); new ones are appended from `firstIndex`. A constant number of calls per sheet.
 */
export function writeSubmissionSheets(
  ss: Spreadsheet,
  list: readonly SheetToWrite[],
  rules: ValidationRules,
  firstIndex: number,
): Sheet[] {
  const made = newSheets(ss, list, firstIndex);
  return list.map((w) => {
    const target = w.target;
    const sheet = target?.sheet ?? made.get(w);
    if (!sheet) throw new Error(`no sheet for ${w.name}`);
    const height = Math.max(w.layout.values.length, target?.height ?? 0);
    const width = Math.max(SHEET_WIDTH, target?.width ?? 0);
    if (target) {
      removeOwnProtections(sheet);
      if (height > target.height) {
        const maxRows = sheet.getMaxRows();
        if (height > maxRows) sheet.insertRowsAfter(maxRows, height - maxRows);
      }
    }
    const g = grids(w.layout, height, width, w.access, rules);
    const area = sheet.getRange(1, 1, height, width);
    // Formats first: text cells stay text ("1.10", "2026-05") whatever is written into them.
    area.setNumberFormats(g.formats);
    area.setValues(g.values);
    area.setFontWeights(g.weights);
    area.setBackgrounds(g.backgrounds as string[][]);
    // A new sheet has its wraps from the first one; an old one may have had other rows' wraps.
    if (target) area.setWraps(g.wraps);
    // Null clears: validations of rows that moved do not stay behind.
    area.setDataValidations(g.validations as GoogleAppsScript.Spreadsheet.DataValidation[][]);
    protect(sheet, w.unit, w.layout, w.access);
    return sheet;
  });
}

function protect(sheet: Sheet, unit: string, layout: Layout, access: Access): void {
  const fixed = sheet.protect();
  fixed.setDescription(
    `${PROTECTION_PREFIX}phần cố định của phiếu ${unit} (mã, nội dung, thời hạn, chỉ tiêu)`,
  );
  const inputs = inputRanges(sheet, layout);
  fixed.setUnprotectedRanges(inputs);
  if (!access.strict) {
    fixed.setWarningOnly(true);
    return;
  }
  setEditors(fixed, access.coordinators);
  const editors = [...new Set([...access.unitEditors, ...access.coordinators])];
  for (const range of inputs) {
    const p = range.protect();
    p.setDescription(`${PROTECTION_PREFIX}ô nhập liệu của ${unit}`);
    setEditors(p, editors);
  }
}
