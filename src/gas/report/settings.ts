// The "Cài đặt" sheet: the plan's reporting rhythm, the report due-day rule and the coordinating
// unit, as label/value rows read by label. The current period and its deadline follow from them.
import { cellDay, dateToIsoMinute, formatDay, isoToDate } from '../../core/text/calendar.ts';
import { REPORT_DATE_NAME } from '../../core/sheet/template.ts';
import { asData, cellString } from '../../core/sheet/cellText.ts';
import { foldText } from '../../core/text/text.ts';
import { normalizeHeaderKey } from '../../core/sheet/headerMatch.ts';
import {
  currentPeriod,
  formatPeriod,
  parsePeriod,
  parseSubmissionRule,
  previousPeriod,
  submissionDeadline,
  type Period,
  type Rhythm,
  type SubmissionRule,
} from '../../core/report/period.ts';
import type { UnitDirectory } from '../../core/unit/unit.ts';
import { UserError } from '../../core/userError.ts';
import { labelRows } from '../sheet/table.ts';
import { UNIT_SHEET, unitNamesRange } from '../units/unitSheet.ts';
import { COLOURS } from '../sheet/colours.ts';
import {
  COORDINATOR_EMAILS_LABEL,
  SETTINGS_SHEET_NAME,
  type SettingsRead,
} from '../roles/roles.ts';
import { protectSheet, PROTECTION_PREFIX } from '../roles/protect.ts';
import type { Transaction } from '../tx/transaction.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SETTINGS_SHEET = SETTINGS_SHEET_NAME;
const VALUE_COLUMN = 'Giá trị';

export const SETTING_LABELS = {
  rhythm: 'Nhịp báo cáo',
  rule: 'Hạn nộp báo cáo',
  coordinator: 'Cơ quan thường trực',
  coordinatorEmails: COORDINATOR_EMAILS_LABEL,
  currentPeriod: 'Kỳ hiện tại',
  currentDeadline: 'Hạn nộp kỳ này',
  reportDate: 'Ngày báo cáo',
} as const;

const REPORT_DATE_HELP =
  'Sáu Rõ ghi ngày hôm nay khi mở tệp, khi tạo phiếu và khi tổng hợp. Cột "Hạn (ngày)" và "Tình trạng hạn" của bảng nhiệm vụ tính theo ngày này (vùng tên SAURO_REPORT_DATE).';

export const RHYTHM_LABELS: Record<Rhythm, string> = {
  month: 'Hằng tháng',
  quarter: 'Hằng quý',
  half: '6 tháng',
  year: 'Hằng năm',
};

export const RULE_EXAMPLES = [
  'ngày 20 tháng cuối quý',
  'trước ngày 20 của tháng cuối quý',
  'trước ngày 15 hằng tháng',
  'ngày 10 tháng sau kỳ',
  'ngày 15/12',
];

const DEFAULT_COORDINATOR = 'Phòng Văn hóa - Xã hội';
const DEFAULT_RHYTHM: Rhythm = 'quarter';
const DEFAULT_RULE = 'ngày 20 tháng cuối quý';

export interface ReportSettings {
  rhythm: Rhythm;
  ruleText: string;
  rule: SubmissionRule;
  coordinator: string;
  /** 1-based rows of the computed values, when the sheet has them. */
  computedRows: { period?: number; deadline?: number; reportDate?: number };
  /** What the computed cells hold now, to skip rewriting unchanged values. */
  computedValues: { period: string; deadline: string; reportDate: string };
  /** Rows of the sheet's values (to append the report date row below them). */
  height: number;
  exists: boolean;
}

/** The calendar day and the minute of an instant in the spreadsheet's zone (calendar.setTimeZone). */
export function zonedTime(now: Date): { day: string; minute: string } {
  const minute = (dateToIsoMinute(now) ?? '').replace('T', ' ');
  return { day: minute.slice(0, 10), minute };
}

/** "Hằng quý", "hang quy", "Quý" → quarter; null when it names no rhythm. */
function parseRhythm(text: string): Rhythm | null {
  const t = foldText(text);
  if (t === '') return null;
  if (/\b(6|sau) thang\b|\bnua nam\b|\bhalf\b/.test(t)) return 'half';
  if (/\bquy\b|\bquarter/.test(t)) return 'quarter';
  if (/\bthang\b|\bmonth/.test(t)) return 'month';
  if (/\bnam\b|\byear/.test(t)) return 'year';
  return null;
}

function defaultCoordinator(dir: UnitDirectory | undefined): string {
  return dir?.units.find((u) => u.role === 'coordinator')?.name ?? DEFAULT_COORDINATOR;
}

/** Settings from the sheet's values; defaults for what is missing or blank. */
function settingsFromValues(values: unknown[][] | null, dir?: UnitDirectory): ReportSettings {
  const rows = labelRows(values ?? []);
  const get = (label: string) => rows.get(normalizeHeaderKey(label));
  const rhythmCell = get(SETTING_LABELS.rhythm);
  const rhythmText = cellString(rhythmCell?.value);
  const rhythm = rhythmText === '' ? DEFAULT_RHYTHM : parseRhythm(rhythmText);
  if (rhythm === null) {
    const where = { sheet: SETTINGS_SHEET, row: rhythmCell?.row ?? 0, column: VALUE_COLUMN };
    throw new UserError({
      vi: `Nhịp báo cáo "${rhythmText}" không hợp lệ (trang "${SETTINGS_SHEET}", dòng ${where.row}). Chọn: ${Object.values(RHYTHM_LABELS).join(', ')}.`,
      en: `Unknown reporting rhythm "${rhythmText}" (sheet "${SETTINGS_SHEET}", row ${where.row}).`,
      where: where,
    });
  }
  const ruleCell = get(SETTING_LABELS.rule);
  const ruleText = cellString(ruleCell?.value) || DEFAULT_RULE;
  const rule = parseSubmissionRule(ruleText);
  if (!rule.ok) {
    const where = { sheet: SETTINGS_SHEET, row: ruleCell?.row ?? 0, column: VALUE_COLUMN };
    throw new UserError({
      vi: `${rule.error} (trang "${SETTINGS_SHEET}", dòng ${where.row})`,
      en: `Cannot read the report due-day rule "${ruleText}" (sheet "${SETTINGS_SHEET}", row ${where.row}).`,
      where: where,
    });
  }
  const periodCell = get(SETTING_LABELS.currentPeriod);
  const deadlineCell = get(SETTING_LABELS.currentDeadline);
  const reportDateCell = get(SETTING_LABELS.reportDate);
  return {
    rhythm,
    ruleText,
    rule: rule.value,
    coordinator: cellString(get(SETTING_LABELS.coordinator)?.value) || defaultCoordinator(dir),
    computedRows: {
      ...(periodCell ? { period: periodCell.row } : {}),
      ...(deadlineCell ? { deadline: deadlineCell.row } : {}),
      ...(reportDateCell ? { reportDate: reportDateCell.row } : {}),
    },
    computedValues: {
      period: cellString(periodCell?.value),
      deadline: cellString(deadlineCell?.value),
      reportDate: cellDay(reportDateCell?.value) ?? '',
    },
    height: values?.length ?? 0,
    exists: values !== null,
  };
}

/** Reads the settings without writing anything (defaults when the sheet is missing). */
/** `read`: the sheet as the role check of the same execution read it. */
export function readSettings(
  ss: Spreadsheet,
  dir?: UnitDirectory,
  read?: SettingsRead,
): ReportSettings {
  if (read) return settingsFromValues(read.values, dir);
  const sheet = ss.getSheetByName(SETTINGS_SHEET);
  return settingsFromValues(sheet ? sheet.getDataRange().getValues() : null, dir);
}

/**
 * The period a report made today is about: the one containing today, or the previous one while
 * its report is still due ("ngày 10 tháng sau kỳ").
 */
function currentReportPeriod(today: string, s: ReportSettings): Period {
  const p = currentPeriod(today, s.rhythm);
  if (s.rule.month === 'next') {
    const prev = previousPeriod(p);
    if (today <= submissionDeadline(prev, s.rule)) return prev;
  }
  return p;
}

export interface ResolvedPeriod {
  period: Period;
  /** Canonical text: 2026-Q2. */
  text: string;
  /** Last day a report is on time, 'YYYY-MM-DD'. */
  deadline: string;
}

/**
 * The requested period (any form parsePeriod reads), or the current one. `cell`: where the
 * requested text was read, named in the error when it is not a period.
 */
export function resolvePeriod(
  s: ReportSettings,
  today: string,
  requested?: string,
  cell?: { sheet: string; row: number; column: string },
): ResolvedPeriod {
  let period: Period;
  if (requested !== undefined && requested.trim() !== '') {
    const r = parsePeriod(requested);
    if (!r.ok) {
      const vi = cell ? ` (trang "${cell.sheet}", dòng ${cell.row}, cột ${cell.column})` : '';
      const en = cell ? ` (sheet "${cell.sheet}", row ${cell.row}, column ${cell.column})` : '';
      throw new UserError({
        vi: `${r.error}${vi}`,
        en: `Invalid period "${requested}"${en}.`,
        where: cell,
      });
    }
    period = r.value;
  } else {
    period = currentReportPeriod(today, s);
  }
  return { period, text: formatPeriod(period), deadline: submissionDeadline(period, s.rule) };
}

/** Who may edit the sheets the settings make: the coordinators (the owner and the runner stay). */
export interface SheetAccess {
  coordinators: readonly string[];
  keep: readonly string[];
}

/**
 * Reads the settings (one read) and returns, without writing yet, how to create the sheet with
 * defaults when it is missing or refresh its computed rows (current period, deadline and the
 * report date) when they changed. Actions call `save` inside their transaction.
 */
export function prepareSettings(
  ss: Spreadsheet,
  dir: UnitDirectory | undefined,
  today: string,
  /** The sheet as the role check of the same execution read it. */
  read?: SettingsRead,
): { settings: ReportSettings; save: (tx: Transaction, access: SheetAccess) => void } {
  const existing = read ? read.sheet : ss.getSheetByName(SETTINGS_SHEET);
  if (!existing) {
    return {
      settings: settingsFromValues(null, dir),
      save: (tx, access) => {
        if (!tx.isStaged(SETTINGS_SHEET) && !ss.getSheetByName(SETTINGS_SHEET))
          createSettingsSheet(tx, ss, dir, today, access, []);
      },
    };
  }
  const s = settingsFromValues(read?.values ?? existing.getDataRange().getValues(), dir);
  const current = resolvePeriod(s, today);
  const want = { period: current.text, deadline: formatDay(current.deadline) };
  const { period: pRow, deadline: dRow } = s.computedRows;
  const stale =
    pRow !== undefined &&
    dRow === pRow + 1 &&
    (s.computedValues.period !== want.period || s.computedValues.deadline !== want.deadline);
  return {
    settings: s,
    save: (tx) => {
      if (stale && pRow !== undefined)
        tx.setValues(existing.getRange(pRow, 2, 2, 1), [[want.period], [want.deadline]]);
      saveReportDate(
        tx,
        existing,
        {
          ...(s.computedRows.reportDate !== undefined ? { row: s.computedRows.reportDate } : {}),
          value: s.computedValues.reportDate,
          height: s.height,
        },
        today,
      );
    },
  };
}

/**
 * Writes today into the "Ngày báo cáo" row (added below the others in a sheet made before it
 * existed) and names it SAURO_REPORT_DATE, which the task tables' formulas read. Writes nothing
 * when the named cell already holds today. Undone with the rest of the action on failure.
 */
function saveReportDate(
  tx: Transaction,
  sheet: Sheet,
  at: { row?: number; value: string; height: number },
  today: string,
): void {
  const ss = tx.ss;
  const named = ss.getRangeByName(REPORT_DATE_NAME);
  if (at.row !== undefined) {
    if (at.value !== today) tx.setValues(sheet.getRange(at.row, 2), [[isoToDate(today)]]);
    if (!named || named.getSheet().getName() !== SETTINGS_SHEET || named.getRow() !== at.row)
      tx.setNamedRange(REPORT_DATE_NAME, sheet.getRange(at.row, 2));
    return;
  }
  const row = at.height + 1;
  const max = sheet.getMaxRows();
  if (row > max) {
    sheet.insertRowsAfter(max, row - max);
    tx.onUndo(() => sheet.deleteRows(max + 1, row - max));
  }
  tx.setNumberFormats(sheet.getRange(row, 2), [['dd/MM/yyyy']]);
  tx.setValues(sheet.getRange(row, 1, 1, 3), [
    [SETTING_LABELS.reportDate, isoToDate(today), REPORT_DATE_HELP],
  ]);
  tx.setNamedRange(REPORT_DATE_NAME, sheet.getRange(row, 2));
}

/**
 * Makes sure the report date cell exists and holds today (a task table's formulas read it):
 * creates the settings sheet with defaults when there is none. Reads no setting, so a settings
 * sheet with an unreadable rhythm does not stop a table from being made.
 */
export function ensureReportDate(tx: Transaction, today: string, access: SheetAccess): void {
  const ss = tx.ss;
  if (tx.isStaged(SETTINGS_SHEET)) return;
  const sheet = ss.getSheetByName(SETTINGS_SHEET);
  if (!sheet) {
    createSettingsSheet(tx, ss, undefined, today, access, []);
    return;
  }
  const values = sheet.getDataRange().getValues();
  const cell = labelRows(values).get(normalizeHeaderKey(SETTING_LABELS.reportDate));
  saveReportDate(
    tx,
    sheet,
    {
      ...(cell ? { row: cell.row } : {}),
      value: cellDay(cell?.value) ?? '',
      height: values.length,
    },
    today,
  );
}

/**
 * Sets the coordinating office's emails (the "Cài đặt" row), creating the sheet or the row when
 * missing. Part of the caller's transaction.
 */
export function writeCoordinatorEmails(
  tx: Transaction,
  ss: Spreadsheet,
  dir: UnitDirectory,
  today: string,
  emails: readonly string[],
  access: SheetAccess,
): void {
  const text = emails.join('; ');
  const existing = ss.getSheetByName(SETTINGS_SHEET);
  if (!existing) {
    if (!tx.isStaged(SETTINGS_SHEET)) createSettingsSheet(tx, ss, dir, today, access, emails);
    else {
      const staged = tx.stagedSheet(SETTINGS_SHEET);
      if (staged) staged.getRange(EMAILS_ROW, 2).setValue(text);
    }
    return;
  }
  const values = existing.getDataRange().getValues();
  const key = normalizeHeaderKey(SETTING_LABELS.coordinatorEmails);
  const at = values.findIndex((r) => normalizeHeaderKey(r[0]) === key);
  if (at >= 0) {
    tx.setValues(existing.getRange(at + 1, 2), [[text]]);
    return;
  }
  const row = existing.getLastRow() + 1;
  const range = existing.getRange(row, 1, 1, 3);
  tx.setNumberFormats(range, [['@', '@', '@']]);
  tx.setValues(range, [[SETTING_LABELS.coordinatorEmails, text, EMAILS_HELP]]);
}

const EMAILS_HELP =
  'Email của cơ quan thường trực, cách nhau bởi dấu ";". Chỉ những người này được tạo phiếu, tổng hợp, trả lại, chốt kỳ và sửa các trang dùng chung. Để trống: chủ sở hữu tệp.';
/** Rows of the report date and of the emails in a settings sheet made by Sáu Rõ. */
const REPORT_DATE_ROW = 8;
const EMAILS_ROW = 9;

/**
 * The report date as the add-on writes it when the file opens: today, in the spreadsheet's zone.
 * Does nothing in a file without the named cell (no task table yet). `today`: 'YYYY-MM-DD'.
 */
export function refreshReportDate(ss: Spreadsheet, today: string): void {
  const range = ss.getRangeByName(REPORT_DATE_NAME);
  if (!range) return;
  if (cellDay(range.getValue()) !== today) range.setValue(isoToDate(today));
}

function createSettingsSheet(
  tx: Transaction,
  ss: Spreadsheet,
  dir: UnitDirectory | undefined,
  today: string,
  access: SheetAccess,
  emails: readonly string[],
): void {
  const base = settingsFromValues(null, dir);
  const current = resolvePeriod(base, today);
  const sheet = tx.stageSheet(SETTINGS_SHEET);
  const rows: unknown[][] = [
    ['CÀI ĐẶT BÁO CÁO ĐỊNH KỲ', '', ''],
    ['Mục', VALUE_COLUMN, 'Hướng dẫn'],
    [
      SETTING_LABELS.rhythm,
      RHYTHM_LABELS[base.rhythm],
      `Chọn: ${Object.values(RHYTHM_LABELS).join(', ')}.`,
    ],
    [
      SETTING_LABELS.rule,
      base.ruleText,
      'Ghi như trong Kế hoạch, ví dụ: "ngày 20 tháng cuối quý", "trước ngày 15 hằng tháng", "ngày 10 tháng sau kỳ".',
    ],
    [
      SETTING_LABELS.coordinator,
      asData(base.coordinator),
      'Đơn vị tổng hợp báo cáo (tên trong danh mục "Đơn vị").',
    ],
    [
      SETTING_LABELS.currentPeriod,
      current.text,
      'Sáu Rõ tự tính mỗi lần chạy. Muốn làm kỳ khác, ghi kỳ (2026-05, 2026-Q2, 2026-H1, 2026) trên bảng điều khiển.',
    ],
    [SETTING_LABELS.currentDeadline, formatDay(current.deadline), 'Sáu Rõ tự tính mỗi lần chạy.'],
    [SETTING_LABELS.reportDate, isoToDate(today), REPORT_DATE_HELP],
    [SETTING_LABELS.coordinatorEmails, emails.join('; '), EMAILS_HELP],
  ];
  const formats = rows.map((_, r) => ['@', r === REPORT_DATE_ROW - 1 ? 'dd/MM/yyyy' : '@', '@']);
  sheet.getRange(1, 1, rows.length, 3).setNumberFormats(formats).setValues(rows);
  tx.setNamedRange(REPORT_DATE_NAME, sheet.getRange(REPORT_DATE_ROW, 2));
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(13);
  sheet.getRange(2, 1, 1, 3).setFontWeight('bold').setBackground(COLOURS.header);
  sheet.getRange(3, 1, rows.length - 2, 1).setFontWeight('bold');
  sheet
    .getRange(3, 3, rows.length - 2, 1)
    .setFontStyle('italic')
    .setWrap(true);
  sheet.setColumnWidths(1, 1, 180);
  sheet.setColumnWidths(2, 1, 240);
  sheet.setColumnWidths(3, 1, 480);
  applySettingsValidation(sheet, tx.stagedSheet(UNIT_SHEET) ?? ss.getSheetByName(UNIT_SHEET));
  sheet
    .getRange(REPORT_DATE_ROW - 2, 1, 3, 3)
    .protect()
    .setDescription(`${PROTECTION_PREFIX}kỳ hiện tại, hạn nộp và ngày báo cáo do Sáu Rõ tự tính`)
    .setWarningOnly(true);
  protectSheet(sheet, {
    description: `${PROTECTION_PREFIX}cài đặt báo cáo; chỉ cơ quan thường trực được sửa`,
    editors: access.coordinators,
    keep: access.keep,
    fresh: true, // staged just now: no protection yet
  });
}

/** `units`: the directory, also when this action is making it (staged under a temporary name). */
function applySettingsValidation(sheet: Sheet, units: Sheet | null): void {
  sheet
    .getRange(3, 2)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(Object.values(RHYTHM_LABELS), true)
        .setAllowInvalid(false)
        .setHelpText('Chọn nhịp báo cáo của Kế hoạch.')
        .build(),
    );
  sheet
    .getRange(4, 2)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(RULE_EXAMPLES, true)
        .setAllowInvalid(true)
        .setHelpText('Chọn hoặc ghi hạn nộp báo cáo như trong Kế hoạch.')
        .build(),
    );
  if (units) {
    sheet
      .getRange(5, 2)
      .setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInRange(unitNamesRange(units), true)
          .setAllowInvalid(true)
          .setHelpText('Chọn cơ quan thường trực trong danh mục "Đơn vị".')
          .build(),
      );
  }
}
