// Which units get a reminder today and what it says: one email per unit a day at most, listing
// the unit's report if it is missing or sent back and its tasks near or past due, each on the day
// the schedule says. Emails go out most overdue first while the mail quota lasts.
import { daysBetween, formatDay } from '../text/calendar.ts';
import type { WorkingCalendar } from '../deadline/holidays.ts';
import { reminderReason, type ReminderSchedule, type ReminderTrigger } from './schedule.ts';

/** Something a unit has to do, before the schedule is applied. */
export interface ReminderCandidate {
  kind: 'report' | 'task';
  /** Task code ("III.19"); the period for a report ("2026-Q2"). */
  code: string;
  /** "Báo cáo kỳ Quý II/2026", or the task's content. */
  title: string;
  /** 'YYYY-MM-DD'. */
  due: string;
  /** "chưa nộp", "bị trả lại: III.19: Thiếu minh chứng", "chưa hoàn thành". */
  state: string;
  /** Where to act: sheet name, its row (tasks), and a link to the sheet when known. */
  sheet: string;
  row?: number;
  link?: string;
}

export interface UnitCandidates {
  unit: string;
  /** Emails of the unit's editors ("Đơn vị"); none: the unit cannot be emailed. */
  editors: string[];
  items: ReminderCandidate[];
}

export interface ReminderItem extends ReminderCandidate {
  /** Days from today to the due day (negative: overdue). */
  daysLeft: number;
  /** Which rule of the schedule picked it today. */
  reason: ReminderTrigger;
}

export interface UnitReminder {
  unit: string;
  to: string[];
  items: ReminderItem[];
  /** Days the most overdue item is late (negative: days before the nearest due day). */
  urgency: number;
}

export interface ReminderPlan {
  today: string;
  /** Units with something to be reminded of today and at least one email, most urgent first. */
  emails: UnitReminder[];
  /** Units with something due today but no email in "Đơn vị": the coordinator sees them. */
  noEmail: UnitReminder[];
  /** Why nothing goes out today when it is a day off ("Chủ nhật", "Tết Nguyên Đán"…). */
  dayOff: string | null;
}

export interface PlanInput {
  today: string;
  calendar: WorkingCalendar;
  reportSchedule: ReminderSchedule;
  taskSchedule: ReminderSchedule;
  units: readonly UnitCandidates[];
}

/** Applies the schedules: what each unit is reminded of today. Units keep their given order on ties. */
export function planReminders(input: PlanInput): ReminderPlan {
  const { today, calendar } = input;
  const emails: UnitReminder[] = [];
  const noEmail: UnitReminder[] = [];
  for (const u of input.units) {
    const items: ReminderItem[] = [];
    for (const c of u.items) {
      const schedule = c.kind === 'report' ? input.reportSchedule : input.taskSchedule;
      const reason = reminderReason(c.due, today, schedule, calendar);
      if (reason !== null) items.push({ ...c, daysLeft: daysBetween(today, c.due), reason });
    }
    if (items.length === 0) continue;
    // Reports first, then the most overdue tasks.
    items.sort((a, b) =>
      a.kind !== b.kind ? (a.kind === 'report' ? -1 : 1) : a.daysLeft - b.daysLeft,
    );
    const urgency = Math.max(...items.map((i) => -i.daysLeft));
    const reminder = { unit: u.unit, to: [...u.editors], items, urgency };
    (u.editors.length > 0 ? emails : noEmail).push(reminder);
  }
  emails.sort((a, b) => b.urgency - a.urgency);
  return { today, emails, noEmail, dayOff: calendar.dayOff(today) };
}

export interface QuotaSplit {
  send: UnitReminder[];
  /** Emails the remaining quota could not cover (most overdue were served first). */
  leftOut: UnitReminder[];
  /** Units already emailed today (one email per unit a day). */
  alreadySent: UnitReminder[];
}

/**
 * Splits today's emails by what the quota allows: each recipient counts one; most urgent first;
 * an email that does not fit is left out whole and smaller ones after it may still go.
 */
export function allocateQuota(
  emails: readonly UnitReminder[],
  remaining: number,
  sentToday: ReadonlySet<string>,
): QuotaSplit {
  const split: QuotaSplit = { send: [], leftOut: [], alreadySent: [] };
  let left = Math.max(0, remaining);
  for (const e of emails) {
    if (sentToday.has(e.unit)) split.alreadySent.push(e);
    else if (e.to.length <= left) {
      split.send.push(e);
      left -= e.to.length;
    } else split.leftOut.push(e);
  }
  return split;
}

// ---------------------------------------------------------------- the email

export interface EmailContext {
  /** The spreadsheet's name and link. */
  spreadsheet: string;
  url: string;
  /** The coordinating unit, who set the reminders. */
  coordinator: string;
}

/** "còn 5 ngày", "hạn hôm nay", "quá hạn 3 ngày". */
export function dueWords(daysLeft: number): string {
  if (daysLeft > 0) return `còn ${daysLeft} ngày`;
  if (daysLeft === 0) return 'hạn hôm nay';
  return `quá hạn ${-daysLeft} ngày`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export function reminderSubject(r: UnitReminder, today: string): string {
  const overdue = r.items.filter((i) => i.daysLeft < 0).length;
  const extra = overdue > 0 ? `, ${overdue} việc quá hạn` : '';
  return clip(
    `[Sáu Rõ] Nhắc việc ${formatDay(today)} – ${r.unit}: ${r.items.length} việc cần làm${extra}`,
    240,
  );
}

function itemLine(i: ReminderItem, n: number): string {
  const what =
    i.kind === 'report'
      ? `${i.title} – ${i.state}`
      : `Nhiệm vụ ${i.code}: ${clip(i.title, 160)} – ${i.state}`;
  const due = `${i.kind === 'report' ? 'Hạn nộp' : 'Hạn'} ${formatDay(i.due)}, ${dueWords(i.daysLeft)}.`;
  const where = `Trang "${i.sheet}"${i.row !== undefined ? `, dòng ${i.row}` : ''}${i.link ? `: ${i.link}` : ''}`;
  return `${n}. ${what}. ${due}\n   ${where}`;
}

/** The plain-text email, in Vietnamese. */
export function reminderBody(r: UnitReminder, today: string, ctx: EmailContext): string {
  return [
    `Kính gửi ${r.unit},`,
    '',
    `Sáu Rõ xin nhắc ${r.items.length} việc của đơn vị trong bảng tính "${ctx.spreadsheet}" (ngày ${formatDay(today)}):`,
    '',
    ...r.items.map((i, k) => itemLine(i, k + 1)),
    '',
    `Mở bảng tính: ${ctx.url}`,
    'Cập nhật tiến độ vào phiếu báo cáo của đơn vị, rồi bấm Tiện ích mở rộng → Sáu Rõ → Nộp báo cáo.',
    '',
    `Thư này do Sáu Rõ gửi tự động theo lịch nhắc việc của ${ctx.coordinator}. Cần trao đổi thêm, xin liên hệ ${ctx.coordinator}.`,
  ].join('\n');
}
