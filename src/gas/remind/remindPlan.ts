// What each lead unit has to do, read from the workbook: its report for the period (and the one
// before, while still missing) and its tasks not done. Reads: the plan tables, "Cài đặt",
// "Ngày nghỉ", and every other sheet once; no service call per task.
import { dueDate } from '../../core/deadline/deadline.ts';
import type { WorkingCalendar } from '../../core/deadline/holidays.ts';
import { canonicalStatus } from '../../core/report/completion.ts';
import { codeKey } from '../../core/report/merge/mergeIntake.ts';
import {
  formatPeriod,
  parsePeriod,
  periodLabel,
  previousPeriod,
  submissionDeadline,
} from '../../core/report/period.ts';
import {
  planReminders,
  type ReminderCandidate,
  type ReminderPlan,
  type UnitCandidates,
} from '../../core/remind/remind.ts';
import { cellString, readPercent } from '../../core/sheet/cellText.ts';
import { TaskStatus } from '../../core/sheet/vocabulary.ts';
import { at, type ParsedSheet } from '../report/layout/submissionRead.ts';
import { closedSheetName, type ReportContext } from '../report/reportContext.ts';
import { readPlan, type Plan, type PlanTask } from '../report/reportPlan.ts';
import { UserError } from '../../core/userError.ts';
import { readSubmissionSheet, type FoundSheet } from '../report/submissionSheet.ts';
import { AUDIT_DETAIL_SHEET, AUDIT_SHEET } from '../report/auditLog.ts';
import { readRecords } from '../report/records.ts';
import { stateOf, type SheetState } from '../report/submissionState.ts';
import { SETTINGS_SHEET } from '../report/settings.ts';
import { UNIT_SHEET } from '../units/unitSheet.ts';
import {
  HOLIDAY_SHEET,
  readHolidaySheet,
  readReminderSettings,
  type ReminderSettings,
} from './remindSettings.ts';

export interface GatheredReminders {
  settings: ReminderSettings;
  calendar: WorkingCalendar;
  plan: ReminderPlan;
  /** Things the coordinator should know (unreadable "Ngày nghỉ" rows…). */
  notes: string[];
}

function isDone(status: unknown, progress: unknown): boolean {
  if (canonicalStatus(status)?.status === TaskStatus.done) return true;
  const p = readPercent(progress);
  return p.ok && p.value !== null && p.value >= 100;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A sheet with what the records say of it (records.ts): text in the sheet is not a submission. */
interface Stated {
  found: FoundSheet;
  state: SheetState;
}

function submittedAt(s: Stated): string {
  return s.state.status === 'submitted' ? (s.state.record?.at ?? '') : '';
}

/** The newest submitted sheet, else the first one (a draft). */
function mainSheet(sheets: readonly Stated[]): Stated | undefined {
  const stamped = sheets.filter((s) => s.state.status === 'submitted');
  stamped.sort((a, b) => (submittedAt(a) < submittedAt(b) ? 1 : -1));
  return stamped[0] ?? sheets[0];
}

/** Each task code of a sheet's lead block: its row and whether the unit marked it done. */
function leadRows(parsed: ParsedSheet): Map<string, { row: number; done: boolean }> {
  const out = new Map<string, { row: number; done: boolean }>();
  for (const b of parsed.blocks) {
    if (b.role !== 'lead' || b.headerRow === 0) continue;
    for (const r of b.rows) {
      const code = cellString(at(b, r, 'code'));
      if (code === '' || out.has(codeKey(code))) continue;
      out.set(codeKey(code), {
        row: r.row,
        done: isDone(at(b, r, 'status'), at(b, r, 'progress')),
      });
    }
  }
  return out;
}

/** Reads everything reminders need and applies the schedules for `ctx.today`. */
export function gatherReminders(ctx: ReportContext): GatheredReminders {
  const { ss, today } = ctx;
  const settings = readReminderSettings(ss);
  const holidays = readHolidaySheet(ss);
  const calendar = holidays.calendar;
  let plan: Plan;
  try {
    plan = readPlan(ss, ctx.dir, ctx.coordinator);
  } catch (e) {
    // No task table yet: nothing to remind of, and the panel says why.
    if (!(e instanceof UserError)) throw e;
    return {
      settings,
      calendar,
      plan: planReminders({
        today,
        calendar,
        reportSchedule: settings.report,
        taskSchedule: settings.task,
        units: [],
      }),
      notes: [...holidays.problems, e.message],
    };
  }
  const url = ss.getUrl();

  // The period and the one before it (its report may still be missing), unless closed.
  const periods = [previousPeriod(ctx.period.period), ctx.period.period]
    .map((p) => ({ period: p, text: formatPeriod(p) }))
    .filter((p) => ss.getSheetByName(closedSheetName(p.text)) === null);
  const wanted = new Set(periods.map((p) => p.text));

  // Every other sheet once: the submission sheets of those periods, by unit.
  const skip = new Set([
    ...plan.sheets,
    AUDIT_SHEET,
    AUDIT_DETAIL_SHEET,
    SETTINGS_SHEET,
    UNIT_SHEET,
    HOLIDAY_SHEET,
  ]);
  const records = new Map(periods.map((p) => [p.text, readRecords(ss, p.text).records]));
  const byUnitPeriod = new Map<string, Stated[]>();
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (skip.has(name) || /^(Tổng hợp|Chốt kỳ) /u.test(name)) continue;
    // With formats: the records' digest is of the values as shown.
    const found = readSubmissionSheet(sheet, name, ctx.dir, { formats: true });
    if (!found) continue;
    const p = parsePeriod(found.parsed.periodText);
    const period = p.ok ? formatPeriod(p.value) : '';
    const periodRecords = records.get(period);
    if (!periodRecords || !wanted.has(period)) continue;
    const key = `${found.unit}\u0000${period}`;
    const stated = { found, state: stateOf(found, periodRecords) };
    byUnitPeriod.set(key, [...(byUnitPeriod.get(key) ?? []), stated]);
  }
  const links = new Map<FoundSheet, string>();
  const link = (f: FoundSheet): string => {
    let l = links.get(f);
    if (l === undefined) {
      l = `${url}#gid=${f.sheet.getSheetId()}`;
      links.set(f, l);
    }
    return l;
  };

  const tasksByUnit = new Map<string, PlanTask[]>();
  for (const t of plan.planTasks)
    for (const lead of t.leads) tasksByUnit.set(lead, [...(tasksByUnit.get(lead) ?? []), t]);

  const units: UnitCandidates[] = plan.expectedUnits.map((name) => {
    const unit = plan.units.find((u) => u.name === name);
    const items: ReminderCandidate[] = [];
    let current: FoundSheet | undefined;
    for (const p of periods) {
      const sheets = byUnitPeriod.get(`${name}\u0000${p.text}`) ?? [];
      const main = mainSheet(sheets);
      if (p.text === ctx.period.text) current = main?.found;
      // Not distributed yet: there is no sheet to fill in, so nothing to remind of.
      if (!main) continue;
      const stamped = sheets.filter((s) => s.state.status === 'submitted');
      const sentBack = stamped.flatMap((s) =>
        [...s.state.sentBack.values()].map((r) => `${r.code}: ${r.reason}`),
      );
      if (stamped.length > 0 && sentBack.length === 0) continue;
      items.push({
        kind: 'report',
        code: p.text,
        title: `Báo cáo kỳ ${periodLabel(p.period)}`,
        due: submissionDeadline(p.period, ctx.settings.rule),
        state:
          stamped.length > 0 ? `bị trả lại để sửa (${clip(sentBack.join('; '), 200)})` : 'chưa nộp',
        sheet: main.found.parsed.sheet,
        link: link(main.found),
      });
    }
    const rows = current
      ? leadRows(current.parsed)
      : new Map<string, { row: number; done: boolean }>();
    for (const t of tasksByUnit.get(name) ?? []) {
      const due = dueDate(t.task.deadline as Parameters<typeof dueDate>[0], today, calendar);
      if (due === null) continue;
      const mine = rows.get(codeKey(t.task.code));
      const planDone =
        t.task.deadline.kind === 'date' && isDone(t.typed?.status, t.typed?.progress);
      if (mine?.done === true || planDone) continue;
      items.push({
        kind: 'task',
        code: t.task.code,
        title: t.task.content,
        due,
        state: 'chưa hoàn thành',
        ...(current && mine
          ? { sheet: current.parsed.sheet, row: mine.row, link: link(current) }
          : { sheet: t.sheet, row: t.row }),
      });
    }
    return { unit: name, editors: [...(unit?.editors ?? [])], items };
  });

  return {
    settings,
    calendar,
    plan: planReminders({
      today,
      calendar,
      reportSchedule: settings.report,
      taskSchedule: settings.task,
      units,
    }),
    notes: holidays.problems,
  };
}
