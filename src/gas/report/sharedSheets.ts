// The sheets only the coordinating office may change: the unit directory, the settings, the
// plan's task and KPI tables, the summaries, the closed periods, the audit log, and what is made
// from them (dashboard, period reports, export) and the days off of reminders. Each gets a
// real sheet protection listing the coordinators (the owner and the runner always stay); a sheet
// already protected that way is left alone, so this costs a few reads when nothing changed.
import { AUDIT_DETAIL_SHEET, AUDIT_SHEET } from './auditLog.ts';
import { SETTINGS_SHEET } from './settings.ts';
import { UNIT_SHEET } from '../units/unitSheet.ts';
import { HOLIDAY_SHEET } from '../remind/remindSettings.ts';
import { DASHBOARD_SHEET } from './layout/dashboardLayout.ts';
import { EXPORT_SHEET } from './layout/exportRows.ts';
import { PROTECTION_PREFIX, protectSheet } from '../roles/protect.ts';
import { sameEmail } from '../roles/roles.ts';
import type { Transaction } from '../tx/transaction.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SharedAccess {
  coordinators: readonly string[];
  keep: readonly string[];
}

/** Is this one of the shared sheets (besides the plan tables, which are found by name range)? */
export function isSharedSheetName(name: string): boolean {
  return (
    name === UNIT_SHEET ||
    name === SETTINGS_SHEET ||
    name === AUDIT_SHEET ||
    name === AUDIT_DETAIL_SHEET ||
    name === HOLIDAY_SHEET ||
    name === DASHBOARD_SHEET ||
    name === EXPORT_SHEET ||
    /^(Tổng hợp|Chốt kỳ|Báo cáo kỳ) /u.test(name)
  );
}

export function sharedDescription(name: string): string {
  return `${PROTECTION_PREFIX}trang dùng chung "${name}"; chỉ cơ quan thường trực được sửa`;
}

/** Already protected for exactly these coordinators (plus the owner and the runner)? */
function isProtectedFor(sheet: Sheet, access: SharedAccess): boolean {
  const p = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (!p || p.isWarningOnly()) return false;
  const editors = p
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => e !== '');
  const has = (e: string) => editors.some((x) => sameEmail(x, e));
  const allowed = [...access.coordinators, ...access.keep];
  return (
    access.coordinators.every(has) && editors.every((e) => allowed.some((a) => sameEmail(a, e)))
  );
}

/**
 * Protects every shared sheet for the coordinators (undone on failure). `planSheets`: the sheets
 * of the task and KPI tables. `known`: every sheet with its name, when the action has just listed
 * them (sheets it staged since keep temporary names, which are never shared sheets' names, and
 * protect themselves). Returns the names of the sheets it changed.
 */
export function protectSharedSheets(
  tx: Transaction,
  ss: Spreadsheet,
  planSheets: readonly string[],
  access: SharedAccess,
  known?: ReadonlyArray<{ sheet: Sheet; name: string }>,
): string[] {
  const changed: string[] = [];
  const sheets = known ?? ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  for (const { sheet, name } of sheets) {
    if (!planSheets.includes(name) && !isSharedSheetName(name)) continue;
    if (isProtectedFor(sheet, access)) continue;
    protectSheet(
      sheet,
      { description: sharedDescription(name), editors: access.coordinators, keep: access.keep },
      tx,
    );
    changed.push(name);
  }
  return changed;
}
