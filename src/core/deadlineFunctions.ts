// Bodies of the custom functions DEADLINE_DATE and TASK_STATUS, and the array handling all custom
// functions share: Sheets passes one cell as a value and a range as a 2-D array.
import { cellDay, dateToIso, isIsoDate, isoToDate } from './calendar.ts';
import { cellString } from './cellText.ts';
import { deadlineStatus, dueDate, parseDeadline, type Deadline } from './deadline.ts';
import type { Rhythm } from './period.ts';

// src/gas imports it from here.
export { cellDay } from './calendar.ts';

export type CellValue = string | number | boolean | Date | null | undefined;
/** A custom function argument: one cell, or a range as rows of cells. */
export type CellArg = CellValue | readonly (readonly CellValue[])[];
export type CellOut = string | number | Date;
/** One value for one cell, or a one-column range for a range argument. */
export type FnOut = CellOut | CellOut[][];

const FAILED = 'Lỗi: không xử lý được ô này';

function cellAt(arg: unknown, row: number): CellValue {
  if (!Array.isArray(arg)) return arg as CellValue;
  // A one-row range is broadcast like a single value.
  const line: unknown = arg.length === 1 ? arg[0] : arg[row];
  const value: unknown = Array.isArray(line) ? line[0] : line;
  return value as CellValue;
}

/**
 * Applies `fn` per row. When any argument is a range the result is a column as long as the
 * longest range, with single values repeated on every row. Never throws.
 */
export function mapCells(args: readonly unknown[], fn: (values: CellValue[]) => CellOut): FnOut {
  const safe = (values: CellValue[]): CellOut => {
    try {
      return fn(values);
    } catch {
      return FAILED;
    }
  };
  const lengths = args.filter(Array.isArray).map((a) => (a as unknown[]).length);
  if (lengths.length === 0) return safe(args.map((a) => cellAt(a, 0)));
  const rows = Math.max(...lengths);
  const out: CellOut[][] = [];
  for (let r = 0; r < rows; r++) out.push([safe(args.map((a) => cellAt(a, r)))]);
  return out;
}

/** A deadline from a cell: a Date cell is that day; text is parsed. */
export function deadlineFromCell(value: CellValue, issued?: string): Deadline {
  if (value instanceof Date) {
    const due = dateToIso(value);
    const raw = cellString(value);
    return due === null
      ? { kind: 'invalid', message: 'Ngày không hợp lệ', raw }
      : { kind: 'date', due, raw };
  }
  return parseDeadline(cellString(value), issued !== undefined ? { issued } : {});
}

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

/**
 * DEADLINE_DATE(text): the due day of each deadline as a Date (midnight in Vietnam), '' for a blank
 * cell, or the reason there is no day. `today` ('YYYY-MM-DD', from the caller's clock) picks the
 * current period of a recurring deadline; `issued` anchors deadlines counted from the plan's date.
 */
export function deadlineDateFn(text: CellArg, today?: string, issued?: string): FnOut {
  return mapCells([text], ([value]) => {
    if (cellString(value) === '') return '';
    const d = deadlineFromCell(value, issued);
    const due = dueDate(d, today);
    return due !== null ? isoToDate(due) : reason(d);
  });
}

/**
 * TASK_STATUS(deadline, status, [asOf]): Hoàn thành / Quá hạn / Sắp đến hạn / … for each row.
 * `asOf` is a Date or 'YYYY-MM-DD' (blank → `today`, which the caller passes from its clock).
 * A row with neither deadline nor status gives ''.
 */
export function taskStatusFn(
  deadline: CellArg,
  status: CellArg,
  asOf: CellArg | undefined,
  today: string,
  nearDays?: number,
): FnOut {
  return mapCells([deadline, status, asOf], ([d, s, at]) => {
    const statusText = cellString(s);
    if (cellString(d) === '' && statusText === '') return '';
    const day = cellString(at) === '' ? today : cellDay(at);
    if (day === null || !isIsoDate(day)) return `Ngày báo cáo không hợp lệ: «${cellString(at)}»`;
    return deadlineStatus(deadlineFromCell(d), {
      asOf: day,
      status: statusText,
      ...(nearDays !== undefined ? { nearDays } : {}),
    });
  });
}
