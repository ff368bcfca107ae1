// "Nhắc việc": the daily email reminders. Server functions for the sidebar and the CLI (preview,
// send now, turn on, pause) and the time-driven trigger's handler. Each unit gets one email a day
// at most (document property SAURO_REMINDERS_SENT), most overdue first while the MailApp quota
// lasts; every run appends one row to "Nhật ký".
import {
  allocateQuota,
  reminderBody,
  reminderSubject,
  type ReminderItem,
  type UnitReminder,
} from '../../core/remind/remind.ts';
import { formatReminderSchedule } from '../../core/remind/schedule.ts';
import { UserError } from '../../core/userError.ts';
import { withDocumentLock } from '../lock.ts';
import { serve } from '../serve.ts';
import { logNow } from '../report/auditLog.ts';
import { openContext, saveSettingsNow, type ReportContext } from '../report/reportContext.ts';
import { isCoordinator, requireCoordinator } from '../roles/roles.ts';
import type { ReminderEmailView, ReminderItemView, ReminderView } from './remindApi.ts';
import { gatherReminders, type GatheredReminders } from './remindPlan.ts';
import {
  ensureHolidaySheet,
  readReminderSettings,
  STATE_LABELS,
  writeReminderState,
} from './remindSettings.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SENT_KEY = 'SAURO_REMINDERS_SENT';
/** The global the daily trigger runs (exported from src/main.ts). */
const HANDLER = 'remindDaily';
const HOUR = 7;
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const AUTO_USER = 'Sáu Rõ (tự động)';

// ------------------------------------------------------------------ helpers

/** Units already emailed today, from the document properties. */
function sentToday(today: string): Set<string> {
  const raw = PropertiesService.getDocumentProperties().getProperty(SENT_KEY);
  if (raw === null) return new Set();
  try {
    const parsed = JSON.parse(raw) as { day?: unknown; units?: unknown };
    if (parsed.day !== today || !Array.isArray(parsed.units)) return new Set();
    return new Set(parsed.units.filter((u): u is string => typeof u === 'string'));
  } catch {
    return new Set();
  }
}

function ownTriggers(ss: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === HANDLER);
}

/** Only the coordinating office sets up or sends reminders (roles.ts says who that is). */
function assertCoordinator(ctx: ReportContext): void {
  if (isCoordinator(ctx.roles, ctx.user)) return;
  requireCoordinator(ctx.ss, { vi: 'cài đặt và gửi nhắc việc', en: 'set up and send reminders' });
}

function itemView(i: ReminderItem): ReminderItemView {
  return {
    kind: i.kind,
    code: i.code,
    title: i.title,
    due: i.due,
    daysLeft: i.daysLeft,
    state: i.state,
    sheet: i.sheet,
    ...(i.row !== undefined ? { row: i.row } : {}),
  };
}

function emailView(r: UnitReminder, today: string): ReminderEmailView {
  return {
    unit: r.unit,
    to: r.to,
    subject: reminderSubject(r, today),
    items: r.items.map(itemView),
  };
}

function baseView(
  ctx: ReportContext,
  g: GatheredReminders,
  quota: number,
): Omit<ReminderView, 'emails' | 'leftOut' | 'alreadySent' | 'sent'> {
  return {
    date: ctx.today,
    state: g.settings.state,
    stateLabel: STATE_LABELS[g.settings.state],
    triggerInstalled: ownTriggers(ctx.ss).length > 0,
    schedules: {
      report: formatReminderSchedule(g.settings.report),
      task: formatReminderSchedule(g.settings.task),
    },
    dayOff: g.plan.dayOff,
    quota,
    noEmail: g.plan.noEmail.map((r) => ({ unit: r.unit, items: r.items.map(itemView) })),
    notes: g.notes,
  };
}

function countText(list: readonly UnitReminder[]): string {
  return list.map((r) => `${r.unit} (${r.items.length} việc)`).join(', ');
}

// ------------------------------------------------------------------ preview and send

/** "Nhắc việc" in the sidebar and `sauro remind --dry-run`: today's emails, nothing sent. */
export function getReminders(): ReminderView {
  return serve('getReminders', previewToday);
}

function previewToday(): ReminderView {
  const ctx = openContext(SpreadsheetApp.getActiveSpreadsheet(), undefined, false);
  const g = gatherReminders(ctx);
  const quota = MailApp.getRemainingDailyQuota();
  const split = allocateQuota(g.plan.emails, quota, sentToday(ctx.today));
  return {
    ...baseView(ctx, g, quota),
    emails: split.send.map((r) => emailView(r, ctx.today)),
    leftOut: split.leftOut.map((r) => r.unit),
    alreadySent: split.alreadySent.map((r) => r.unit),
    sent: false,
  };
}

/**
 * Sends today's emails (units not emailed yet today, most overdue first while the quota lasts),
 * records them and appends one row to "Nhật ký". Runs under the document lock.
 */
function sendToday(ctx: ReportContext, action: string): ReminderView {
  const g = gatherReminders(ctx);
  const already = sentToday(ctx.today);
  const quota = MailApp.getRemainingDailyQuota();
  const split = allocateQuota(g.plan.emails, quota, already);
  const emailContext = {
    spreadsheet: ctx.ss.getName(),
    url: ctx.ss.getUrl(),
    coordinator: ctx.coordinator,
  };
  const sent: UnitReminder[] = [];
  const leftOut = [...split.leftOut];
  const failed: string[] = [];
  for (const [i, r] of split.send.entries()) {
    try {
      MailApp.sendEmail({
        to: r.to.join(','),
        subject: reminderSubject(r, ctx.today),
        body: reminderBody(r, ctx.today, emailContext),
        name: 'Sáu Rõ',
      });
      sent.push(r);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (/too many times|quota|hạn mức/i.test(message)) {
        // The quota ran out under us (another script of the account): the rest waits for tomorrow.
        leftOut.unshift(...split.send.slice(i));
        break;
      }
      failed.push(`${r.unit}: ${message}`);
    }
  }
  if (sent.length > 0) {
    PropertiesService.getDocumentProperties().setProperty(
      SENT_KEY,
      JSON.stringify({ day: ctx.today, units: [...already, ...sent.map((r) => r.unit)] }),
    );
  }
  const recipients = sent.reduce((n, r) => n + r.to.length, 0);
  const problems = [
    ...(g.plan.dayOff !== null ? [`Hôm nay là ngày nghỉ (${g.plan.dayOff}): không gửi`] : []),
    ...(g.plan.noEmail.length > 0 ? [`Chưa có email: ${countText(g.plan.noEmail)}`] : []),
    ...(leftOut.length > 0
      ? [`Hết hạn mức email, chưa gửi: ${leftOut.map((r) => r.unit).join(', ')}`]
      : []),
    ...(split.alreadySent.length > 0
      ? [`Đã gửi trong ngày: ${split.alreadySent.map((r) => r.unit).join(', ')}`]
      : []),
    ...(failed.length > 0 ? [`Không gửi được: ${failed.join('; ')}`] : []),
    ...g.notes,
  ];
  logNow(
    ctx.ss,
    {
      at: ctx.now,
      user: ctx.user || AUTO_USER,
      action,
      period: ctx.period.text,
      unit: sent.map((r) => r.unit).join('; '),
      counts:
        sent.length > 0
          ? `Đã gửi ${sent.length} thư tới ${recipients} người nhận; hạn mức email còn ${Math.max(0, quota - recipients)}`
          : g.plan.emails.length + g.plan.noEmail.length === 0
            ? 'Không có việc cần nhắc hôm nay'
            : 'Không gửi thư nào',
      problems: problems.join('; '),
    },
    ctx,
  );
  return {
    ...baseView(ctx, g, Math.max(0, quota - recipients)),
    emails: sent.map((r) => emailView(r, ctx.today)),
    leftOut: leftOut.map((r) => r.unit),
    alreadySent: split.alreadySent.map((r) => r.unit),
    sent: true,
    notes: [...g.notes, ...failed.map((f) => `Không gửi được: ${f}`)],
  };
}

/** "Gửi ngay" (and `sauro remind` without --dry-run): today's emails, now. Coordinator only. */
export function sendRemindersNow(): ReminderView {
  return serve('sendRemindersNow', () =>
    withDocumentLock(() => {
      const ctx = openContext(SpreadsheetApp.getActiveSpreadsheet(), undefined, false);
      assertCoordinator(ctx);
      return sendToday(ctx, 'Nhắc việc (gửi ngay)');
    }),
  );
}

// ------------------------------------------------------------------ on / pause

/**
 * "Bật nhắc việc": the reminder rows of "Cài đặt" set to Bật, the "Ngày nghỉ" sheet, and this
 * user's daily trigger at about 07:00 Vietnam time. Coordinator only; nothing stays half done.
 */
export function enableReminders(): ReminderView {
  return serve('enableReminders', () => {
    turnOn();
    return previewToday();
  });
}

function turnOn(): void {
  withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = openContext(ss, undefined, true);
    assertCoordinator(ctx);
    const before = readReminderSettings(ss);
    const created =
      ownTriggers(ss).length === 0
        ? ScriptApp.newTrigger(HANDLER)
            .timeBased()
            .everyDays(1)
            .atHour(HOUR)
            .inTimezone(TIME_ZONE)
            .create()
        : null;
    try {
      saveSettingsNow(ctx);
      writeReminderState(ss, before.exists ? before : readReminderSettings(ss), 'on');
      ensureHolidaySheet(ss, Number(ctx.today.slice(0, 4)));
      logNow(
        ss,
        {
          at: ctx.now,
          user: ctx.user || ctx.coordinator,
          action: 'Bật nhắc việc',
          period: ctx.period.text,
          counts: `Gửi email nhắc việc mỗi ngày khoảng ${HOUR} giờ`,
          problems: '',
        },
        ctx,
      );
    } catch (e) {
      if (created) ScriptApp.deleteTrigger(created);
      throw e;
    }
  });
}

/** "Tạm dừng nhắc việc": "Cài đặt" says Tạm dừng and this user's trigger is removed. */
export function pauseReminders(): ReminderView {
  return serve('pauseReminders', () => {
    pause();
    return previewToday();
  });
}

function pause(): void {
  withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = openContext(ss, undefined, true);
    assertCoordinator(ctx);
    saveSettingsNow(ctx);
    writeReminderState(ss, readReminderSettings(ss), 'paused');
    logNow(
      ss,
      {
        at: ctx.now,
        user: ctx.user || ctx.coordinator,
        action: 'Tạm dừng nhắc việc',
        period: ctx.period.text,
        counts: '',
        problems: '',
      },
      ctx,
    );
    for (const t of ownTriggers(ss)) ScriptApp.deleteTrigger(t);
  });
}

// ------------------------------------------------------------------ the daily trigger

/** The time-driven trigger: sends today's reminders when "Cài đặt" says Bật. One log row a run. */
export function remindDaily(_e?: unknown): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) {
    console.error('Sáu Rõ: nhắc việc không mở được bảng tính.');
    return;
  }
  withDocumentLock(() => {
    const ctx = openContext(ss, undefined, false);
    try {
      const { state } = readReminderSettings(ss);
      if (state !== 'on') {
        logRun(ctx, `Nhắc việc đang "${STATE_LABELS[state]}" (trang "Cài đặt"): không gửi`);
        return;
      }
      sendToday(ctx, 'Nhắc việc (tự động)');
    } catch (e) {
      // A settings or plan problem is the coordinator's to fix: say it in the log.
      if (!(e instanceof UserError)) throw e;
      logRun(ctx, e.message);
    }
  });
}

function logRun(ctx: ReportContext, problem: string): void {
  logNow(
    ctx.ss,
    {
      at: ctx.now,
      user: ctx.user || AUTO_USER,
      action: 'Nhắc việc (tự động)',
      period: ctx.period.text,
      counts: 'Không gửi thư nào',
      problems: problem,
    },
    ctx,
  );
}
