// Deadlines written in working days ("trong 05 ngày làm việc kể từ ngày nhận được văn bản",
// "10 ngày làm việc kể từ ngày 15/6/2026", "chậm nhất 03 ngày làm việc trước ngày 20 của tháng
// cuối quý"), counted on a working calendar (holidays.ts). As in the Civil Code (Art. 147), the
// day a period starts from is not counted: 5 working days from Monday 27/04/2026 end on
// Wednesday 06/05/2026, after 30/04, 01/05 and the weekend.
import { addDays } from '../text/calendar.ts';
import { vietnamCalendar, type WorkingCalendar } from './holidays.ts';

/** Longest count read (ten years of working days): a typo must not loop for ever. */
const MAX_DAYS = 2600;

/** The n-th working day after `iso` (n ≤ 0: `iso` itself). */
export function addWorkingDays(
  iso: string,
  n: number,
  cal: WorkingCalendar = vietnamCalendar(),
): string {
  let day = iso;
  for (let left = Math.min(n, MAX_DAYS); left > 0;) {
    day = addDays(day, 1);
    if (cal.isWorkingDay(day)) left--;
  }
  return day;
}

/** The n-th working day before `iso` (n ≤ 0: `iso` itself). */
export function subtractWorkingDays(
  iso: string,
  n: number,
  cal: WorkingCalendar = vietnamCalendar(),
): string {
  let day = iso;
  for (let left = Math.min(n, MAX_DAYS); left > 0;) {
    day = addDays(day, -1);
    if (cal.isWorkingDay(day)) left--;
  }
  return day;
}

/** `iso` when it is a working day, else the next (direction 1) or previous (-1) working day. */
export function nearestWorkingDay(
  iso: string,
  direction: 1 | -1,
  cal: WorkingCalendar = vietnamCalendar(),
): string {
  let day = iso;
  for (let i = 0; i < 400 && !cal.isWorkingDay(day); i++) day = addDays(day, direction);
  return day;
}

/** A deadline counted in working days, as read from the folded text (foldText). */
export type WorkingDaysPhrase =
  /** "trong N ngày làm việc [kể từ <anchor>]": N working days after the anchor. */
  | { kind: 'after'; days: number; anchor: string }
  /** "[chậm nhất] N ngày làm việc trước <anchor>": N working days before it. */
  | { kind: 'before'; days: number; anchor: string };

const PHRASE =
  /\b(?:(?:trong vong|trong|cham nhat|toi da)\s*)?(?:thoi han\s*)?(\d{1,4})\s*ngay lam viec\b\s*(ke tu|tinh tu|sau khi|sau|truoc)?\s*(.*)$/;

/**
 * Finds a working-day count in a folded deadline text. `anchor` is what follows "kể từ" /
 * "trước" (blank when nothing does): the caller reads it as a date or a recurring day.
 */
export function findWorkingDays(key: string): WorkingDaysPhrase | null {
  const m = PHRASE.exec(key);
  if (!m) return null;
  const days = Number(m[1]);
  const anchor = (m[3] ?? '').trim();
  if (m[2] === 'truoc') return { kind: 'before', days, anchor };
  return { kind: 'after', days, anchor: m[2] === undefined ? '' : anchor };
}

/**
 * Does an anchor name the event a plan is counted from (its issue, signature or approval, or
 * receiving it), rather than a date of its own? Those are counted from the issue date given.
 */
export function anchorIsIssue(anchor: string): boolean {
  if (anchor === '') return true;
  return /^(?:ngay\s*|khi\s*)?(?:(?:ke hoach|van ban|quyet dinh|cong van)\s*)?(?:duoc\s*)?(?:ban hanh|ky|phe duyet|nhan(?: duoc)?|tiep nhan)\b/.test(
    anchor,
  );
}

/** The deadline shapes this module produces (a subset of deadline.ts's Deadline). */
export type WorkingDaysDeadline =
  | { kind: 'date'; due: string; raw: string }
  | {
      kind: 'recurring';
      every: 'month' | 'quarter' | 'half' | 'year';
      from?: string;
      day?: number;
      workingDaysBefore?: number;
      raw: string;
    }
  | { kind: 'invalid'; message: string; raw: string };

/**
 * Reads a working-day deadline, or returns null when the text counts no working days.
 * `readAnchor` reads the words after "kể từ" / "trước" as a deadline of their own (a date, or a
 * recurring day such as "ngày 20 của tháng cuối quý").
 */
export function workingDaysDeadline(
  key: string,
  raw: string,
  issued: string | undefined,
  cal: WorkingCalendar,
  readAnchor: (text: string) => WorkingDaysDeadline | { kind: string },
): WorkingDaysDeadline | null {
  const phrase = findWorkingDays(key);
  if (!phrase) return null;
  if (phrase.kind === 'after' && anchorIsIssue(phrase.anchor)) {
    if (issued === undefined)
      return {
        kind: 'invalid',
        message: `Cần ngày ban hành (hoặc ngày nhận) văn bản để tính thời hạn «${raw}»`,
        raw,
      };
    return { kind: 'date', due: addWorkingDays(issued, phrase.days, cal), raw };
  }
  const anchor = readAnchor(phrase.anchor);
  if (anchor.kind === 'date' && 'due' in anchor) {
    const due =
      phrase.kind === 'after'
        ? addWorkingDays(anchor.due, phrase.days, cal)
        : subtractWorkingDays(anchor.due, phrase.days, cal);
    return { kind: 'date', due, raw };
  }
  if (phrase.kind === 'before' && anchor.kind === 'recurring' && 'every' in anchor) {
    return { ...anchor, workingDaysBefore: phrase.days, raw };
  }
  return {
    kind: 'invalid',
    message: `Không rõ mốc để tính ${phrase.days} ngày làm việc trong «${raw}»`,
    raw,
  };
}
