// Deadlines as plans write them ("Quý II/2026", "Hằng năm", "Khi có văn bản của cấp trên"…),
// read into calendar days 'YYYY-MM-DD' (Vietnam, UTC+7, no DST).
import {
  addDays,
  addMonths,
  dayOfMonth,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isoDate,
} from '../text/calendar.ts';
import { vietnamCalendar, type WorkingCalendar } from './holidays.ts';
import { subtractWorkingDays, workingDaysDeadline } from './workingDays.ts';
import { dayInLastMonth, periodContaining, quarterNumber, type Rhythm } from '../report/period.ts';
import { collapseSpaces, foldText } from '../text/text.ts';

// src/gas imports these from here.

export type Deadline =
  /** A due day; `every` when the task then recurs ("Tháng 7/2025, duy trì hàng năm"). */
  | { kind: 'date'; due: string; every?: Rhythm; raw: string }
  /**
   * Recurs every period. Due at the period's end, or on `day` of the period's last month
   * ("trước ngày 20 của tháng cuối quý" → quarter, day 20). `from`: first day it applies.
   */
  | {
      kind: 'recurring';
      every: Rhythm;
      from?: string;
      day?: number;
      /** "chậm nhất 3 ngày làm việc trước ngày 20…": that many working days before the due day. */
      workingDaysBefore?: number;
      /** Yearly only: the month of the due day ("trước ngày 15/12 hằng năm" → month 12, day 15). */
      month?: number;
      raw: string;
    }
  /** "Thường xuyên", "liên tục". */
  | { kind: 'continuous'; raw: string }
  /** Waits on a higher level: "Khi có văn bản của cấp trên". */
  | { kind: 'conditional'; raw: string }
  /** Blank or unreadable; `message` says why, in Vietnamese. */
  | { kind: 'invalid'; message: string; raw: string };

export interface ParseDeadlineOptions {
  /** The plan's issue date 'YYYY-MM-DD': anchors "15 ngày kể từ ngày ban hành" and year-less dates. */
  issued?: string;
  /** Year for dates written without one ("6 tháng đầu năm") when no issue date is known. */
  year?: number;
  /** Holidays for "N ngày làm việc" (default: Vietnam's public holidays, holidays.ts). */
  calendar?: WorkingCalendar;
}

export type DeadlineStatus =
  | 'Hoàn thành'
  | 'Quá hạn'
  | 'Sắp đến hạn'
  | 'Đang thực hiện'
  | 'Chưa thực hiện'
  | 'Thường xuyên'
  | 'Chờ hướng dẫn'
  | 'Không rõ thời hạn';

// ---------------------------------------------------------------- parsing

function endOfMonth(year: number, month: number): string | null {
  return isoDate(year, month, 1) === null ? null : dayOfMonth(year, month, 31);
}

/** Why a written day is not a real one: "tháng 2/2026 chỉ có 28 ngày", "không có tháng 13". */
function dayProblem(year: number | undefined, month: number, day?: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) return `không có tháng ${month}`;
  if (day !== undefined && day < 1) return `không có ngày ${day}`;
  // A year-less day is checked against a leap year: 29/02 can recur.
  const y = year ?? 2024;
  const last = daysInMonth(y, month);
  if (day !== undefined && day > last)
    return year !== undefined
      ? `tháng ${month}/${year} chỉ có ${last} ngày`
      : `tháng ${month} chỉ có ${last} ngày`;
  if (year !== undefined && isoDate(year, month, 1) === null) return `năm ${year} không đọc được`;
  return '';
}

interface Found {
  /** Due days found in the text. */
  dues: string[];
  /** Year-less days of a yearly task ("ngày 10/01 hằng năm"): month and day, in text order. */
  yearly: Array<{ month: number; day?: number }>;
  /** Years written alone ("Năm 2026"): a recurring task may start then. */
  yearOnly: boolean[];
  problems: string[];
}

function listNumbers(text: string): string[] {
  return text.split(/\s*(?:,|-|va|den|\s)\s*/).filter((t) => t !== '');
}

/**
 * Finds every written day, month, quarter, half-year and year, blanking each match so that a
 * later, looser pattern cannot read it again ("tháng 12/2026" is not also "năm 2026").
 */
function findDates(
  key: string,
  raw: string,
  year: number | undefined,
  yearlyTask: boolean,
): { found: Found; rest: string } {
  const found: Found = { dues: [], yearly: [], yearOnly: [], problems: [] };
  let rest = key;
  // Messages quote the cell as the user wrote it, not the folded key.
  const add = (due: string | null, yearOnly = false, why = ''): void => {
    if (due === null)
      found.problems.push(`Ngày tháng không hợp lệ: «${raw}»${why !== '' ? `: ${why}` : ''}`);
    else {
      found.dues.push(due);
      found.yearOnly.push(yearOnly);
    }
  };
  // A day and month without a year: a yearly task recurs on it; otherwise the plan's year is meant.
  const yearLess = (month: number, day?: number): void => {
    if (yearlyTask) {
      const why = dayProblem(undefined, month, day);
      if (why !== '') add(null, false, why);
      else found.yearly.push(day !== undefined ? { month, day } : { month });
      return;
    }
    const y = needYear();
    if (y === undefined) return;
    if (day === undefined) add(endOfMonth(y, month), false, dayProblem(y, month));
    else add(isoDate(y, month, day), false, dayProblem(y, month, day));
  };
  const needYear = (): number | undefined => {
    if (year === undefined)
      found.problems.push(
        `Thời hạn «${raw}» không ghi năm; cần ngày ban hành kế hoạch để xác định năm`,
      );
    return year;
  };
  const scan = (re: RegExp, fn: (m: RegExpExecArray) => void): void => {
    let out = '';
    let last = 0;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      fn(m);
      out += rest.slice(last, m.index) + ' '.repeat(m[0].length);
      last = m.index + m[0].length;
    }
    rest = out + rest.slice(last);
  };

  // 15 tháng 12 năm 2026
  const addDay = (y: number, mo: number, d: number): void =>
    add(isoDate(y, mo, d), false, dayProblem(y, mo, d));
  scan(/(?:\bngay\s*|\b)(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})\b/g, (m) =>
    addDay(Number(m[3]), Number(m[2]), Number(m[1])),
  );
  // 6 tháng đầu năm 2026, nửa cuối năm
  scan(/\b(?:(?:6|sau)\s*thang|nua)\s*(dau|cuoi)\s*nam(?:\s*(\d{4})\b|\b)/g, (m) => {
    const y = m[2] !== undefined ? Number(m[2]) : needYear();
    if (y !== undefined) add(m[1] === 'dau' ? isoDate(y, 6, 30) : isoDate(y, 12, 31));
  });
  // Quý V/2026, quý 5/2026: a year has four quarters (read only, nothing blanked).
  for (const m of rest.matchAll(/\bquy\s*([ivxlc]+|\d+)\s*(?:\/|-|nam)\s*\d{4}\b/g)) {
    const q = quarterNumber(m[1] ?? '');
    if (!(q >= 1 && q <= 4))
      found.problems.push(
        `Quý không hợp lệ trong «${raw}»: một năm chỉ có 4 quý (Quý I đến Quý IV)`,
      );
  }
  // Quý II/2026, quý 2/2026, Quý I năm 2026, quý I, II/2026
  scan(
    /\bquy\s*((?:iv|iii|ii|i|[1-4])(?:\s*(?:,|-|va|den)\s*(?:iv|iii|ii|i|[1-4]))*)\b(?:\s*(?:\/|-|nam)\s*(\d{4})\b)?/g,
    (m) => {
      const quarters = listNumbers(m[1] ?? '').map(quarterNumber);
      const y = m[2] !== undefined ? Number(m[2]) : needYear();
      if (y !== undefined) add(endOfMonth(y, Math.max(...quarters) * 3));
    },
  );
  // ngày 15 tháng 12 (no year; before months, which would read "tháng 12")
  scan(/\bngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\b/g, (m) => yearLess(Number(m[2]), Number(m[1])));
  // Tháng 7/2025, tháng 7,8 /2025, tháng 7 năm 2025, tháng 12 (not "6 tháng 1 lần", a rhythm)
  scan(
    /\bthang\s*(\d{1,2}(?:\s*(?:,|-|va|den)\s*\d{1,2})*)\b(?!\s*lan\b)(?:\s*(?:\/|-|nam)\s*(\d{4})\b)?/g,
    (m) => {
      const months = listNumbers(m[1] ?? '').map(Number);
      const last = Math.max(...months);
      if (m[2] === undefined) {
        yearLess(last);
        return;
      }
      const y = Number(m[2]);
      add(endOfMonth(y, last), false, dayProblem(y, last));
    },
  );
  // 15/10/2026, 31-3-2026, 31.3.2026
  scan(/\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b/g, (m) =>
    addDay(Number(m[3]), Number(m[2]), Number(m[1])),
  );
  // ngày 15/12 (no year)
  scan(/\bngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\b/g, (m) => yearLess(Number(m[2]), Number(m[1])));
  // 15/12 (no year)
  scan(/\b(\d{1,2})\s*\/\s*(\d{1,2})\b(?!\s*[/.-]?\s*\d)/g, (m) =>
    yearLess(Number(m[2]), Number(m[1])),
  );
  // 12/2026 (month/year)
  scan(/\b(\d{1,2})\s*\/\s*(\d{4})\b/g, (m) =>
    add(endOfMonth(Number(m[2]), Number(m[1])), false, dayProblem(Number(m[2]), Number(m[1]))),
  );
  // Giai đoạn 2025-2026, 2026 - 2030
  scan(/\b(\d{4})\s*-\s*(\d{4})\b/g, (m) => {
    const [a, b] = [Number(m[1]), Number(m[2])];
    add(b >= a ? isoDate(b, 12, 31) : null);
  });
  // Năm 2026, trong năm 2025, phân kỳ năm 2026, 2026
  scan(/\b(?:(?:trong|cuoi|den|het)\s*)?(?:nam\s*)?(\d{4})\b/g, (m) =>
    add(isoDate(Number(m[1]), 12, 31), true),
  );
  // cuối năm, trong năm (no year written)
  scan(/\b(?:cuoi|trong)\s*nam\b(?!\s*\d)/g, () => {
    const y = needYear();
    if (y !== undefined) add(isoDate(y, 12, 31), true);
  });
  return { found, rest };
}

/** The smallest recurrence the text names, if any. */
function findEvery(rest: string): Rhythm | undefined {
  if (/\b(?:hang|moi|tung)\s*thang\b|\bdinh ky\s*(?:hang\s*)?thang\b/.test(rest)) return 'month';
  if (
    /\b(?:hang|moi|tung)\s*quy\b|\bcuoi\s*(?:moi\s*|hang\s*|cua\s*)?quy\b|\bdinh ky\s*(?:hang\s*)?quy\b/.test(
      rest,
    )
  )
    return 'quarter';
  if (
    /\b(?:6|sau)\s*thang\s*(?:mot|1)\s*lan\b|\b(?:hang|moi)\s*6\s*thang\b|\bban nien\b/.test(rest)
  )
    return 'half';
  if (/\b(?:hang|moi|tung)\s*nam\b|\bthuong nien\b|\bdinh ky\s*(?:hang\s*)?nam\b/.test(rest))
    return 'year';
  return undefined;
}

const RELATIVE =
  /\b(\d{1,4})\s*(ngay|tuan|thang)\s*(?:ke tu|tinh tu|sau khi|sau)\s*(?:ngay\s*|khi\s*)?(?:ke hoach\s*)?(?:duoc\s*)?(ban hanh|ky|phe duyet)\b/;

// Working days ("N ngày làm việc kể từ …") are read before, by workingDaysDeadline.
function relative(m: RegExpExecArray, raw: string, issued: string | undefined): Deadline {
  const n = Number(m[1]);
  if (issued === undefined)
    return {
      kind: 'invalid',
      message: `Cần ngày ban hành kế hoạch để tính thời hạn «${raw}»`,
      raw,
    };
  const unit = m[2];
  const due =
    unit === 'tuan'
      ? addDays(issued, 7 * n)
      : unit === 'thang'
        ? addMonths(issued, n)
        : addDays(issued, n);
  return { kind: 'date', due, raw };
}

/**
 * Reads a deadline cell. Never throws: anything unreadable is `invalid` with a Vietnamese message.
 * Several dates → the latest (the task is done when its last part is).
 */
export function parseDeadline(text: string, opts: ParseDeadlineOptions = {}): Deadline {
  const raw = typeof text === 'string' ? collapseSpaces(text.normalize('NFC')) : '';
  if (raw === '') return { kind: 'invalid', message: 'Chưa có thời hạn', raw };
  const issued = opts.issued !== undefined && isIsoDate(opts.issued) ? opts.issued : undefined;
  const year = issued !== undefined ? Number(issued.slice(0, 4)) : opts.year;
  const key = foldText(raw.replace(/[*_]+/g, ' '));
  const calendar = opts.calendar ?? vietnamCalendar();

  const working = workingDaysDeadline(key, raw, issued, calendar, (anchor) =>
    parseDeadline(anchor, { ...opts, calendar }),
  );
  if (working) return working;

  const rel = RELATIVE.exec(key);
  if (rel) return relative(rel, raw, issued);

  const { found, rest } = findDates(key, raw, year, findEvery(key) === 'year');
  if (found.problems.length > 0) return { kind: 'invalid', message: found.problems[0] ?? '', raw };
  const every = findEvery(rest);
  const specific = found.dues.filter((_, i) => !found.yearOnly[i]);
  const yearly = found.yearly[found.yearly.length - 1];
  if (yearly !== undefined && specific.length === 0) {
    // "trước ngày 15/12 hằng năm": every year on that day (from the year written, if any).
    const years = found.dues.map((d) => d.slice(0, 4)).sort();
    return {
      kind: 'recurring',
      every: 'year',
      ...(years[0] !== undefined ? { from: `${years[0]}-01-01` } : {}),
      month: yearly.month,
      ...(yearly.day !== undefined ? { day: yearly.day } : {}),
      raw,
    };
  }

  if (every !== undefined && specific.length === 0) {
    // "Hằng quý năm 2026": recurring from the start of that year.
    const day = /\bngay\s*(\d{1,2})\b/.exec(rest);
    const dayNumber = day ? Number(day[1]) : undefined;
    const years = found.dues.map((d) => d.slice(0, 4)).sort();
    return {
      kind: 'recurring',
      every,
      ...(years[0] !== undefined ? { from: `${years[0]}-01-01` } : {}),
      ...(dayNumber !== undefined && dayNumber >= 1 && dayNumber <= 31 ? { day: dayNumber } : {}),
      raw,
    };
  }
  if (found.dues.length > 0) {
    const sorted = [...found.dues].sort();
    const due = sorted[sorted.length - 1] ?? '';
    return every !== undefined ? { kind: 'date', due, every, raw } : { kind: 'date', due, raw };
  }
  if (
    /\bcap tren\b|\bkhi co\s*(?:van ban|huong dan|yeu cau|chi dao|chu truong)\b|\btheo\s*(?:huong dan|chi dao|yeu cau)\b|\bdot xuat\b/.test(
      key,
    )
  )
    return { kind: 'conditional', raw };
  if (
    /\bthuong xuyen\b|\blien tuc\b|\b(?:hang|moi)\s*(?:ngay|tuan)\b|\bduy tri\b|\bsuot\s*(?:nam|qua trinh|nhiem ky)\b/.test(
      key,
    )
  )
    return { kind: 'continuous', raw };
  return { kind: 'invalid', message: `Không hiểu thời hạn «${raw}»`, raw };
}

// ---------------------------------------------------------------- due days and status

/**
 * The due day of the period (of length `every`) that contains `iso`: its end, or `day` of its last
 * month; for a yearly deadline with `month`, that day of that month.
 */
export function periodDue(every: Rhythm, iso: string, day?: number, month?: number): string {
  const p = periodContaining(iso, every);
  if (every === 'year' && month !== undefined) return dayOfMonth(p.year, month, day ?? 31);
  return day === undefined ? p.end : dayInLastMonth(p, day);
}

/**
 * The concrete due day: the written day, or for a recurring deadline the due day of the period
 * containing `asOf` (or of `from` when `asOf` is earlier or absent). Null when there is none.
 * `calendar` counts "N ngày làm việc trước …" (default: Vietnam's public holidays).
 */
export function dueDate(d: Deadline, asOf?: string, calendar?: WorkingCalendar): string | null {
  const at = asOf !== undefined && isIsoDate(asOf) ? asOf : undefined;
  switch (d.kind) {
    case 'date':
      if (d.every === undefined || at === undefined || at <= d.due) return d.due;
      return periodDue(d.every, at);
    case 'recurring': {
      const ref = at !== undefined && (d.from === undefined || at >= d.from) ? at : d.from;
      if (ref === undefined) return null;
      const due = periodDue(d.every, ref, d.day, d.month);
      return d.workingDaysBefore === undefined
        ? due
        : subtractWorkingDays(due, d.workingDaysBefore, calendar ?? vietnamCalendar());
    }
    default:
      return null;
  }
}

type Typed = 'done' | 'inProgress' | 'notStarted' | 'none';

/** What a unit typed in the status column. */
function readTypedStatus(status: string | undefined): Typed {
  const k = foldText(status ?? '');
  if (k === '') return 'none';
  if (/^chua\b/.test(k)) return 'notStarted';
  if (/^(?:da\s*)?hoan thanh\b|^xong\b|^100\s*%$/.test(k)) return 'done';
  if (/^dang\b|^da\s*(?:trien khai|thuc hien)\b/.test(k)) return 'inProgress';
  return 'none';
}

/**
 * A task's status on a report day: done wins; then overdue / due within `nearDays` (default 7);
 * otherwise what the unit typed. Continuous and conditional tasks have no due day.
 */
export function deadlineStatus(
  d: Deadline,
  opts: { asOf: string; status?: string; nearDays?: number; calendar?: WorkingCalendar },
): DeadlineStatus {
  const typed = readTypedStatus(opts.status);
  if (typed === 'done') return 'Hoàn thành';
  const started: DeadlineStatus = typed === 'inProgress' ? 'Đang thực hiện' : 'Chưa thực hiện';
  switch (d.kind) {
    case 'continuous':
      return 'Thường xuyên';
    case 'conditional':
      return typed === 'inProgress' ? 'Đang thực hiện' : 'Chờ hướng dẫn';
    case 'invalid':
      return 'Không rõ thời hạn';
    default:
      break;
  }
  if (!isIsoDate(opts.asOf)) return started;
  const due = dueDate(d, opts.asOf, opts.calendar);
  if (due === null) return started;
  if (opts.asOf > due) return 'Quá hạn';
  const near = opts.nearDays ?? 7;
  if (daysBetween(opts.asOf, due) <= near) return 'Sắp đến hạn';
  return started;
}
