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
import { callerEmail, readRoles, type Roles } from '../roles/roles.ts';
import { atomically, type Transaction } from '../tx/transaction.ts';

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
  /** Creates or refreshes the settings sheet, inside the action's transaction. */
  saveSettings: (tx: Transaction) => void;
  roles: Roles;
  /** Emails of the coordinating office in force (see roles.ts). */
  coordinators: string[];
  /** Never removed from a protection: the owner and the user the script runs as. */
  keep: string[];
}

/** The user the script runs as (a trigger's owner inside an installable trigger). */
function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail() ?? '';
}

/**
 * Reads what an action needs, writing nothing. `write`: the action holds the document lock and
 * will call `saveSettings` (create the settings sheet, refresh its computed rows) once it succeeded.
 */
export function openContext(
  ss: Spreadsheet,
  requestedPeriod: string | undefined,
  write: boolean,
  known?: { email: string; roles: Roles },
): ReportContext {
  const now = new Date();
  useSpreadsheetZone(ss, now);
  const { day, minute } = zonedTime(now);
  const dir = readUnitDirectory(ss);
  const read = known?.roles.settingsRead;
  const prepared = write
    ? prepareSettings(ss, dir, day, read)
    : { settings: readSettings(ss, dir, read), save: () => undefined };
  const save = prepared.save;
  const { settings } = prepared;
  const period = resolvePeriod(settings, day, requestedPeriod);
  const roles = known?.roles ?? readRoles(ss);
  const owner = roles.owner || (ss.getOwner()?.getEmail() ?? '');
  const keep = [owner, effectiveUserEmail()].filter((e) => e !== '');
  return {
    ss,
    now,
    today: day,
    minute,
    user: known?.email ?? callerEmail(),
    dir,
    settings,
    coordinator: dir.find(settings.coordinator)?.name ?? settings.coordinator,
    period,
    periodTitle: periodLabel(period.period),
    saveSettings: (tx) => save(tx, { coordinators: roles.coordinators, keep }),
    roles,
    coordinators: roles.coordinators,
    keep,
  };
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

/** The settings' computed rows refreshed on their own (actions that are not one transaction). */
export function saveSettingsNow(ctx: ReportContext): void {
  atomically(ctx.ss, { vi: 'cập nhật trang cài đặt', en: 'refresh the settings' }, (tx) =>
    ctx.saveSettings(tx),
  );
}
