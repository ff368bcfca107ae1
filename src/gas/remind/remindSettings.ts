// The reminder rows of "Cài đặt" (read by label, like the report settings) and the "Ngày nghỉ"
// sheet of the office's own days off. Each is read with one getValues; rows are added only when
// the coordinator turns reminders on.
import { readDayOffRows } from '../../core/deadline/dayOffRows.ts';
import {
  holidaySummary,
  workingCalendar,
  type DayOverride,
  type WorkingCalendar,
} from '../../core/deadline/holidays.ts';
import {
  DEFAULT_SCHEDULE_TEXT,
  parseReminderSchedule,
  type ReminderSchedule,
} from '../../core/remind/schedule.ts';
import { normalizeHeaderKey } from '../../core/sheet/headerMatch.ts';
import { cellString } from '../../core/sheet/cellText.ts';
import { foldText } from '../../core/text/text.ts';
import { UserError } from '../../core/userError.ts';
import { SETTINGS_SHEET } from '../report/settings.ts';
import { labelRows } from '../sheet/table.ts';
import { setWidths } from '../sheet/grid.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const HOLIDAY_SHEET = 'Ngày nghỉ';
const HOLIDAY_HEADERS = ['Ngày', 'Đến ngày', 'Loại', 'Ghi chú'] as const;
const HOLIDAY_KINDS = ['Nghỉ', 'Làm việc'];

export const REMIND_LABELS = {
  state: 'Nhắc việc qua email',
  report: 'Lịch nhắc nộp báo cáo',
  task: 'Lịch nhắc hạn nhiệm vụ',
} as const;

export type ReminderState = 'on' | 'paused' | 'off';
export const STATE_LABELS: Record<ReminderState, string> = {
  on: 'Bật',
  paused: 'Tạm dừng',
  off: 'Tắt',
};

export interface ReminderSettings {
  state: ReminderState;
  report: ReminderSchedule;
  task: ReminderSchedule;
  reportText: string;
  taskText: string;
  /** 1-based rows of "Cài đặt" holding each label, when present. */
  rows: Partial<Record<keyof typeof REMIND_LABELS, number>>;
  /** The sheet's height, to append rows below. */
  height: number;
  exists: boolean;
}

function parseState(text: string): ReminderState {
  const k = foldText(text);
  if (/^(?:bat|co|on|dang bat)\b/.test(k)) return 'on';
  if (/^(?:tam dung|dung|pause)/.test(k)) return 'paused';
  return 'off';
}

/** The reminder settings (defaults: off, the default schedules) with one read of "Cài đặt". */
export function readReminderSettings(ss: Spreadsheet): ReminderSettings {
  const sheet = ss.getSheetByName(SETTINGS_SHEET);
  const values = sheet ? sheet.getDataRange().getValues() : [];
  const labels = labelRows(values);
  const get = (label: string) => labels.get(normalizeHeaderKey(label));
  const rows: ReminderSettings['rows'] = {};
  for (const [key, label] of Object.entries(REMIND_LABELS) as Array<
    [keyof typeof REMIND_LABELS, string]
  >) {
    const found = get(label);
    if (found) rows[key] = found.row;
  }
  const schedule = (label: string) => {
    const cell = get(label);
    const text = cell ? cellString(cell.value) || 'không nhắc' : DEFAULT_SCHEDULE_TEXT;
    const read = parseReminderSchedule(text);
    if (!read.ok) {
      const row = cell?.row ?? 0;
      throw new UserError({
        vi: `${read.error} (trang "${SETTINGS_SHEET}", dòng ${row})`,
        en: `Cannot read the reminder schedule "${text}" (sheet "${SETTINGS_SHEET}", row ${row}).`,
        where: { sheet: SETTINGS_SHEET, row, column: 'Giá trị' },
      });
    }
    return { text, value: read.value };
  };
  const report = schedule(REMIND_LABELS.report);
  const task = schedule(REMIND_LABELS.task);
  return {
    state: parseState(cellString(get(REMIND_LABELS.state)?.value)),
    report: report.value,
    task: task.value,
    reportText: report.text,
    taskText: task.text,
    rows,
    height: values.length,
    exists: sheet !== null,
  };
}

/**
 * Writes the state row, adding the three reminder rows (with their defaults and hints) when the
 * sheet lacks them. The settings sheet must exist (the caller saved the report settings first).
 */
export function writeReminderState(
  ss: Spreadsheet,
  s: ReminderSettings,
  state: ReminderState,
): void {
  const sheet = ss.getSheetByName(SETTINGS_SHEET);
  if (!sheet) return;
  if (s.rows.state !== undefined) {
    sheet.getRange(s.rows.state, 2).setValue(STATE_LABELS[state]);
  }
  const missing: unknown[][] = [];
  if (s.rows.state === undefined)
    missing.push([
      REMIND_LABELS.state,
      STATE_LABELS[state],
      'Bật: mỗi sáng khoảng 7 giờ Sáu Rõ gửi email nhắc các đơn vị (người nhập liệu trong trang "Đơn vị"). Tạm dừng: không gửi.',
    ]);
  if (s.rows.report === undefined)
    missing.push([
      REMIND_LABELS.report,
      DEFAULT_SCHEDULE_TEXT,
      'Nhắc đơn vị chưa nộp (hoặc bị trả lại) báo cáo kỳ. Ví dụ: "5 ngày trước; 1 ngày trước; đúng hạn; quá hạn mỗi 3 ngày", hoặc "không".',
    ]);
  if (s.rows.task === undefined)
    missing.push([
      REMIND_LABELS.task,
      DEFAULT_SCHEDULE_TEXT,
      'Nhắc đơn vị chủ trì các nhiệm vụ chưa hoàn thành sắp đến hạn hoặc quá hạn. Ngày nghỉ thì nhắc vào ngày làm việc gần nhất.',
    ]);
  if (missing.length === 0) return;
  const top = s.height + 1;
  if (top + missing.length - 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), missing.length);
  const range = sheet.getRange(top, 1, missing.length, 3);
  range.setNumberFormat('@').setValues(missing);
  sheet.getRange(top, 1, missing.length, 1).setFontWeight('bold');
  sheet.getRange(top, 3, missing.length, 1).setFontStyle('italic').setWrap(true);
  if (s.rows.state === undefined)
    sheet
      .getRange(top, 2)
      .setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList(Object.values(STATE_LABELS), true)
          .setAllowInvalid(false)
          .setHelpText('Bật, Tạm dừng hoặc Tắt nhắc việc qua email.')
          .build(),
      );
}

// ------------------------------------------------------------------ "Ngày nghỉ"

export interface HolidaySheet {
  calendar: WorkingCalendar;
  overrides: DayOverride[];
  /** Rows that could not be read, as messages naming the sheet and row. */
  problems: string[];
}

/** The office's days off on top of Vietnam's public holidays (one read; none without the sheet). */
export function readHolidaySheet(ss: Spreadsheet): HolidaySheet {
  const sheet = ss.getSheetByName(HOLIDAY_SHEET);
  if (!sheet) return { calendar: workingCalendar(), overrides: [], problems: [] };
  const { overrides, problems } = readDayOffRows(sheet.getDataRange().getValues());
  return {
    calendar: workingCalendar(overrides),
    overrides,
    problems: problems.map((p) => `Trang "${HOLIDAY_SHEET}", dòng ${p.row}: ${p.message}.`),
  };
}

/** Creates "Ngày nghỉ" (headers, a dropdown of kinds, and the public holidays Sáu Rõ counts). */
export function ensureHolidaySheet(ss: Spreadsheet, year: number): boolean {
  if (ss.getSheetByName(HOLIDAY_SHEET)) return false;
  const sheet = ss.insertSheet(HOLIDAY_SHEET, ss.getNumSheets());
  const cal = workingCalendar();
  const hint = [
    'Sáu Rõ đã tính sẵn thứ Bảy, Chủ nhật và ngày lễ theo Bộ luật Lao động (cả ngày nghỉ bù):',
    `Năm ${year}: ${holidaySummary(cal, year)}.`,
    `Năm ${year + 1}: ${holidaySummary(cal, year + 1)}.`,
    'Ghi thêm ở đây các ngày nghỉ Chính phủ công bố (Loại: Nghỉ) và các ngày thứ Bảy đi làm bù (Loại: Làm việc). Nhiều ngày liền nhau: ghi cả "Đến ngày".',
  ].join('\n');
  sheet
    .getRange(1, 1, 1, HOLIDAY_HEADERS.length + 1)
    .setValues([[...HOLIDAY_HEADERS, 'Hướng dẫn']])
    .setFontWeight('bold')
    .setBackground('#d9ead3');
  sheet
    .getRange(2, HOLIDAY_HEADERS.length + 1)
    .setValue(hint)
    .setWrap(true)
    .setVerticalAlignment('top');
  sheet.setFrozenRows(1);
  setWidths(sheet, [110, 110, 100, 260, 520]);
  const body = sheet.getMaxRows() - 1;
  sheet.getRange(2, 1, body, 2).setNumberFormat('dd/MM/yyyy');
  sheet
    .getRange(2, 3, body, 1)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(HOLIDAY_KINDS, true)
        .setAllowInvalid(false)
        .setHelpText('Nghỉ: ngày nghỉ thêm. Làm việc: ngày thứ Bảy / Chủ nhật đi làm bù.')
        .build(),
    );
  return true;
}
