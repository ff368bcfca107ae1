// When to remind, as the coordinator writes it in "Cài đặt": "5 ngày trước; 1 ngày trước; đúng
// hạn; quá hạn mỗi 3 ngày". Reminders go out on working days only: a reminder that would fall on
// a day off goes out on the working day before it (before or on the due day) or after it (overdue).
import { addDays, daysBetween } from '../text/calendar.ts';
import { foldText } from '../text/text.ts';
import type { Read } from '../sheet/cellText.ts';
import type { WorkingCalendar } from '../deadline/holidays.ts';
import { nearestWorkingDay } from '../deadline/workingDays.ts';

export interface ReminderSchedule {
  /** Days before the due day, largest first. */
  before: number[];
  onDay: boolean;
  /** Every that many days once overdue; null: no overdue reminders. */
  overdueEvery: number | null;
}

export type ReminderTrigger = 'before' | 'onDay' | 'overdue';

export const DEFAULT_SCHEDULE_TEXT = '5 ngày trước; 1 ngày trước; đúng hạn; quá hạn mỗi 3 ngày';

const NONE = /^(?:khong|khong nhac|tat|0)$/;

/** Reads a schedule; blank or "không" is an empty schedule (no reminders of that kind). */
export function parseReminderSchedule(text: string): Read<ReminderSchedule> {
  const schedule: ReminderSchedule = { before: [], onDay: false, overdueEvery: null };
  const key = foldText(text).replace(/\.$/, '');
  if (key === '' || NONE.test(key)) return { ok: true, value: schedule };
  for (const part of text.normalize('NFC').split(/\s*[;,\n]\s*|\s+(?:và|va)\s+/iu)) {
    // Spaces are dropped before matching: "quá hạn mỗi 3ngày" and "5 ngày  trước" are typed too.
    const p = foldText(part).replace(/\.$/, '').replace(/\s+/g, '');
    if (p === '') continue;
    let m: RegExpExecArray | null;
    if ((m = /^(?:nhac)?(\d{1,3})ngaytruoc(?:han|khidenhan|ngayhan)?$/.exec(p))) {
      schedule.before.push(Number(m[1]));
    } else if ((m = /^(?:nhac)?truoc(?:han)?(\d{1,3})ngay$/.exec(p))) {
      schedule.before.push(Number(m[1]));
    } else if (/^(?:nhac)?(?:dung|vao|trong)(?:ngay)?(?:han|denhan)$|^ngaydenhan$/.test(p)) {
      schedule.onDay = true;
    } else if (
      (m =
        /^(?:khi|neu|da)?(?:quahan|trehan|sauhan)(?:thi)?(?:nhac)?moi(\d{1,3})ngay(?:motlan)?$/.exec(
          p,
        )) ||
      (m = /^(?:nhac)?moi(\d{1,3})ngay(?:khi|neu)?(?:quahan|trehan)$/.exec(p))
    ) {
      schedule.overdueEvery = Number(m[1]);
    } else if (
      /^(?:quahan|trehan)(?:nhac)?(?:hang|moi)ngay$|^(?:nhac)?(?:hang|moi)ngay(?:khi|neu)?(?:quahan|trehan)$/.test(
        p,
      )
    ) {
      schedule.overdueEvery = 1;
    } else {
      return {
        ok: false,
        error: `Không hiểu "${part.trim()}" trong lịch nhắc "${text.trim()}". Ví dụ: "${DEFAULT_SCHEDULE_TEXT}".`,
      };
    }
  }
  if (schedule.overdueEvery === 0 || schedule.before.some((d) => d === 0))
    return { ok: false, error: `Số ngày trong lịch nhắc "${text.trim()}" phải lớn hơn 0.` };
  schedule.before = [...new Set(schedule.before)].sort((a, b) => b - a);
  return { ok: true, value: schedule };
}

/** The schedule in the words the settings sheet shows. */
export function formatReminderSchedule(s: ReminderSchedule): string {
  const parts = [
    ...s.before.map((d) => `${d} ngày trước`),
    ...(s.onDay ? ['đúng hạn'] : []),
    ...(s.overdueEvery !== null ? [`quá hạn mỗi ${s.overdueEvery} ngày`] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : 'không nhắc';
}

/**
 * Why an item due on `due` is reminded on `today`, or null. Nothing is sent on a day off; a
 * reminder day that is not worked moves to the previous working day (before the due day and on
 * it) or to the next one (overdue).
 */
export function reminderReason(
  due: string,
  today: string,
  s: ReminderSchedule,
  cal: WorkingCalendar,
): ReminderTrigger | null {
  if (!cal.isWorkingDay(today)) return null;
  const left = daysBetween(today, due);
  if (left >= 0) {
    if (s.onDay && nearestWorkingDay(due, -1, cal) === today) return 'onDay';
    for (const d of s.before)
      if (nearestWorkingDay(addDays(due, -d), -1, cal) === today) return 'before';
    return null;
  }
  if (s.overdueEvery === null) return null;
  const n = s.overdueEvery;
  // The overdue reminder days due + j·n (j ≥ 1) that may move forward onto today.
  for (let j = Math.max(1, Math.floor((-left - 40) / n)); j * n <= -left; j++) {
    if (nearestWorkingDay(addDays(due, j * n), 1, cal) === today) return 'overdue';
  }
  return null;
}
