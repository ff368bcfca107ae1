// What every report action starts from: the clock, the user, the directory, the settings and the
// period, read once.
import { periodLabel } from '../../core/report/period.ts';
import type { UnitDirectory } from '../../core/unit/unit.ts';
import { UserError } from '../../core/userError.ts';
import {
  prepareSettings,
  readSettings,
  resolvePeriod,
  zonedTime,
  type ReportSettings,
  type ResolvedPeriod,
} from './settings.ts';
import { readUnitDirectory } from '../units/units.ts';
import { useSpreadsheetZone } from '../sheet/zone.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReportContext {
  ss: Spreadsheet;
  now: Date;
  /** 'YYYY-MM-DD' and 'YYYY-MM-DD HH:mm' in the spreadsheet's zone. */
  today: string;
  minute: string;
  /** The active user's email; '' when Google does not tell (other domain, consumer account). */
  user: string;
  dir: UnitDirectory;
  settings: ReportSettings;
  /** Canonical name of the coordinating unit (cơ quan thường trực). */
  coordinator: string;
  period: ResolvedPeriod;
  /** "Quý II/2026". */
  periodTitle: string;
  /** Creates or refreshes the settings sheet; actions call it after their own writes. */
  saveSettings: () => void;
}

/** The active user's email, or '' (Session needs the userinfo.email scope). */
function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() ?? '';
  } catch {
    return '';
  }
}

/**
 * Reads what an action needs, writing nothing. `write`: the action holds the document lock and
 * will call `saveSettings` (create the settings sheet, refresh its computed rows) once it succeeded.
 */
export function openContext(
  ss: Spreadsheet,
  requestedPeriod: string | undefined,
  write: boolean,
): ReportContext {
  const now = new Date();
  useSpreadsheetZone(ss, now);
  const { day, minute } = zonedTime(now);
  const dir = readUnitDirectory(ss);
  const prepared = write
    ? prepareSettings(ss, dir, day)
    : { settings: readSettings(ss, dir), save: () => undefined };
  const { settings } = prepared;
  const period = resolvePeriod(settings, day, requestedPeriod);
  return {
    ss,
    now,
    today: day,
    minute,
    user: activeUserEmail(),
    dir,
    settings,
    coordinator: dir.find(settings.coordinator)?.name ?? settings.coordinator,
    period,
    periodTitle: periodLabel(period.period),
    saveSettings: prepared.save,
  };
}

/** Emails of the coordinators: editors of the coordinating unit(s), and whoever runs the action. */
export function coordinatorEmails(ctx: ReportContext, includeUser = true): string[] {
  const emails = ctx.dir.units
    .filter((u) => u.role === 'coordinator' || u.name === ctx.coordinator)
    .flatMap((u) => u.editors);
  if (includeUser && ctx.user !== '') emails.push(ctx.user);
  return [...new Map(emails.map((e) => [e.toLowerCase(), e])).values()];
}

export function closedSheetName(periodText: string): string {
  return `Chốt kỳ ${periodText}`;
}

/** Refuses to change a period that was closed (its summary is frozen). */
export function assertOpen(ctx: ReportContext): void {
  const name = closedSheetName(ctx.period.text);
  if (ctx.ss.getSheetByName(name)) {
    throw new UserError({
      vi: `Kỳ ${ctx.period.text} đã chốt (trang "${name}"); không thay đổi báo cáo của kỳ này được nữa.`,
      en: `Period ${ctx.period.text} is closed (sheet "${name}"); its reports can no longer change.`,
      where: { sheet: name },
    });
  }
}
