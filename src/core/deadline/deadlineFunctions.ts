// Bodies of the custom functions DEADLINE_DATE and TASK_STATUS.
import { cellDay, dateToIso, isIsoDate, isoToDate } from '../text/calendar.ts';
import { mapCells, type CellArg, type CellValue, type FnOut } from '../sheet/cellArgs.ts';
import { cellString } from '../sheet/cellText.ts';
import { memoByText } from '../text/text.ts';
import { deadlineStatus, dueDate, parseDeadline, type Deadline } from './deadline.ts';
import type { Rhythm } from '../report/period.ts';
import type { WorkingCalendar } from './holidays.ts';

// src/gas and src/main.ts import these from here.

/** A deadline from a cell: a Date cell is that day; text is parsed. */
export function deadlineFromCell(
  value: CellValue,
  issued?: string,
  calendar?: WorkingCalendar,
): Deadline {
  if (value instanceof Date) {
    const due = dateToIso(value);
    const raw = cellString(value);
    return due === null
      ? { kind: 'invalid', message: 'Ngày không hợp lệ', raw }
      : { kind: 'date', due, raw };
  }
  const text = cellString(value);
  // Without an issue date or a working calendar the reading depends on the text alone.
  if (issued === undefined && calendar === undefined) return parsePlain(text);
  return parseDeadline(text, {
    ...(issued !== undefined ? { issued } : {}),
    ...(calendar !== undefined ? { calendar } : {}),
  });
}

/** Deadlines repeat down a column: each distinct text is parsed once. */
const parsePlain = memoByText((text: string) => parseDeadline(text, {}));

const EVERY_LABEL: Record<Rhythm, string> = {
  month: 'Định kỳ hằng tháng',
  quarter: 'Định kỳ hằng quý',
  half: 'Định kỳ 6 tháng',
  year: 'Định kỳ hằng năm',
};

/** Why a deadline has no single day, in the words a user reads in the cell. */
function reason(d: Deadline): string {
  switch (d.kind) {
    case 'continuous':
      return 'Thường xuyên';
    case 'conditional':
      return 'Chờ hướng dẫn của cấp trên';
    case 'invalid':
      return d.message;
    case 'recurring':
      return EVERY_LABEL[d.every];
    default:
      return '';
  }
}

/** What a cell shows when the report day a function needs is missing. */
export const MISSING_REPORT_DAY = 'Thiếu ngày báo cáo (đối số asOf, ví dụ SAURO_REPORT_DATE)';

/**
 * DEADLINE_DATE(text, [asOf], [issued]): the due day of each deadline as a Date (midnight in the
 * spreadsheet's zone), '' for a blank cell, or the reason there is no day. `asOf` (the report day,
 * a Date or 'YYYY-MM-DD') picks the current period of a recurring deadline; without it a
 * recurring deadline gives its rhythm ("Định kỳ hằng quý"). `issued` anchors deadlines counted
 * from the plan's date; `calendar` counts working days (default: Vietnam's public holidays).
 * Reads no clock: Sheets caches a custom function's result by argument.
 */
export function deadlineDateFn(
  text: CellArg,
  asOf?: CellValue,
  issued?: string,
  calendar?: WorkingCalendar,
): FnOut {
  const day = cellString(asOf) === '' ? undefined : cellDay(asOf);
  if (day === null) return `Ngày báo cáo không hợp lệ: «${cellString(asOf)}»`;
  return mapCells([text], ([value]) => {
    if (cellString(value) === '') return '';
    const d = deadlineFromCell(value, issued, calendar);
    const due = dueDate(d, day, calendar);
    return due !== null ? isoToDate(due) : reason(d);
  });
}

/**
 * TASK_STATUS(deadline, status, asOf): Hoàn thành / Quá hạn / Sắp đến hạn / … for each row on the
 * report day `asOf` (a Date or 'YYYY-MM-DD'; the task tables pass SAURO_REPORT_DATE). A row with
 * neither deadline nor status gives ''. Reads no clock: without `asOf` a row says so.
 */
export function taskStatusFn(
  deadline: CellArg,
  status: CellArg,
  asOf: CellArg | undefined,
  nearDays?: number,
): FnOut {
  return mapCells([deadline, status, asOf], ([d, s, at]) => {
    const statusText = cellString(s);
    if (cellString(d) === '' && statusText === '') return '';
    if (cellString(at) === '') return MISSING_REPORT_DAY;
    const day = cellDay(at);
    if (day === null || !isIsoDate(day)) return `Ngày báo cáo không hợp lệ: «${cellString(at)}»`;
    return deadlineStatus(deadlineFromCell(d), {
      asOf: day,
      status: statusText,
      ...(nearDays !== undefined ? { nearDays } : {}),
    });
  });
}
