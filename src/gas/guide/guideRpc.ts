// Server functions of the guided sidebar: the overview of a period, the settings form, going to a
// cell the sidebar names, and "Chốt kỳ" with its confirmation. "Lưu cài đặt" is a coordinator
// action, all-or-nothing; the office's emails it saves are the coordinators (roles/roles.ts).
import { normalizeHeaderKey } from '../../core/sheet/headerMatch.ts';
import { parseSubmissionRule } from '../../core/report/period.ts';
import { UserError } from '../../core/userError.ts';
import { parseRequest, periodOf, type ReportRequest } from '../api.ts';
import { serve } from '../serve.ts';
import { appendAudit } from '../report/auditLog.ts';
import { asCoordinator } from '../roles/guard.ts';
import { parseEmails } from '../roles/roles.ts';
import { applyCoordinators } from '../roles/rolesRpc.ts';
import { closePeriod, confirmClose, currentPeriodText } from '../report/reportRpc.ts';
import {
  prepareSettings,
  RHYTHM_LABELS,
  SETTING_LABELS,
  SETTINGS_SHEET,
  zonedTime,
} from '../report/settings.ts';
import { focusOn } from '../sheet/focus.ts';
import { useSpreadsheetZone } from '../sheet/zone.ts';
import { labelRows } from '../sheet/table.ts';
import { ensureUnitSheet } from '../units/unitSheet.ts';
import { readUnitDirectory } from '../units/units.ts';
import {
  guideSchemas,
  type AskCloseView,
  type GoToRequest,
  type OverviewView,
  type SaveSettingsRequest,
} from './guideApi.ts';
import { buildOverview } from './overview.ts';

/** The seven steps of the period, the board of units and the settings form. */
export function getOverview(payload?: ReportRequest): OverviewView {
  return serve('getOverview', () =>
    buildOverview(SpreadsheetApp.getActiveSpreadsheet(), periodOf(payload)),
  );
}

/**
 * "Lưu cài đặt": the reporting rhythm, the due-day rule and the coordinating office in "Cài đặt",
 * and the office's emails in its "Đơn vị" row (who may edit every report). Checked before writing.
 */
export function saveReportSettings(payload: SaveSettingsRequest): OverviewView {
  return serve('saveReportSettings', () => saveSettings(payload));
}

function saveSettings(payload: SaveSettingsRequest): OverviewView {
  const request = parseRequest(
    guideSchemas().settings,
    payload,
    'Hãy chọn nhịp báo cáo, ghi hạn nộp và chọn cơ quan thường trực.',
    'settings',
  );
  if (!Object.values(RHYTHM_LABELS).includes(request.rhythm)) {
    throw new UserError({
      vi: `Nhịp báo cáo "${request.rhythm}" không hợp lệ. Chọn: ${Object.values(RHYTHM_LABELS).join(', ')}.`,
      en: `Unknown reporting rhythm "${request.rhythm}".`,
    });
  }
  const rule = parseSubmissionRule(request.rule);
  if (!rule.ok)
    throw new UserError({ vi: rule.error, en: `Cannot read the due-day rule "${request.rule}".` });
  const emails = parseEmails(request.emails, { sheet: SETTINGS_SHEET, row: 0 });
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  asCoordinator({ vi: 'lưu cài đặt', en: 'save the settings' }, (caller, tx, access) => {
    const dir = readUnitDirectory(ss);
    const office = dir.find(request.coordinator);
    if (!office) {
      throw new UserError({
        vi: `Không có đơn vị "${request.coordinator}" trong trang "Đơn vị". Chọn cơ quan thường trực trong danh sách.`,
        en: `No unit "${request.coordinator}" in the directory.`,
      });
    }
    useSpreadsheetZone(ss);
    const today = zonedTime(new Date()).day;
    ensureUnitSheet(tx, access);
    prepareSettings(ss, dir, today).save(tx, access);
    const sheet = tx.stagedSheet(SETTINGS_SHEET) ?? ss.getSheetByName(SETTINGS_SHEET);
    if (!sheet) throw new Error(`Sheet "${SETTINGS_SHEET}" missing after it was created.`);
    const rows = labelRows(sheet.getDataRange().getValues());
    const writes: Array<[string, string]> = [
      [SETTING_LABELS.rhythm, request.rhythm],
      [SETTING_LABELS.rule, request.rule],
      [SETTING_LABELS.coordinator, office.name],
    ];
    for (const [label] of writes) {
      if (rows.get(normalizeHeaderKey(label)) === undefined) {
        throw new UserError({
          vi: `Trang "${SETTINGS_SHEET}" thiếu dòng "${label}".`,
          en: `Sheet "${SETTINGS_SHEET}" has no "${label}" row.`,
          where: { sheet: SETTINGS_SHEET },
        });
      }
    }
    const at = writes.map(([label]) => rows.get(normalizeHeaderKey(label))?.row ?? 0);
    const contiguous = at.every((r, i) => i === 0 || r === (at[i - 1] ?? 0) + 1);
    if (contiguous && at[0] !== undefined)
      tx.setValues(
        sheet.getRange(at[0], 2, writes.length, 1),
        writes.map(([, v]) => [v]),
      );
    else writes.forEach(([, v], i) => tx.setValues(sheet.getRange(at[i] ?? 1, 2), [[v]]));
    // The office's emails are the coordinators (roles.ts): "Cài đặt", and every protection.
    const done = applyCoordinators(tx, caller, access, emails);
    // The period and its deadline follow the new rhythm and rule.
    const after = { coordinators: done.coordinators, keep: access.keep };
    if (!tx.isStaged(SETTINGS_SHEET))
      prepareSettings(ss, readUnitDirectory(ss), today).save(tx, after);
    appendAudit(
      tx,
      {
        at: new Date(),
        user: caller.email || office.name,
        action: 'Lưu cài đặt',
        period: '',
        counts: `${request.rhythm}; ${request.rule}; ${office.name}: ${emails.length} email`,
        problems: done.notes.join('\n'),
        details: done.changed.map((n) => `Đã đổi quyền sửa của trang "${n}"`),
      },
      after,
    );
  });
  try {
    focusOn(ss, SETTINGS_SHEET, 3, 2);
  } catch {
    // Only the cursor.
  }
  return buildOverview(ss);
}

/** A finding's or a unit's link: the sheet becomes active with the cell selected. */
export function goToCell(payload: GoToRequest): { sheet: string } {
  return serve('goToCell', () => goTo(payload));
}

function goTo(payload: GoToRequest): { sheet: string } {
  const request = parseRequest(guideSchemas().goTo, payload, 'Không mở được ô này.', 'go-to');
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss.getSheetByName(request.sheet)) {
    throw new UserError({
      vi: `Không còn trang "${request.sheet}" trong bảng tính.`,
      en: `No sheet named "${request.sheet}".`,
    });
  }
  focusOn(ss, request.sheet, request.cell ?? request.row ?? 1, 1);
  return { sheet: request.sheet };
}

/** "Chốt kỳ" from the sidebar: asks first (YES/NO), as the menu does. */
export function askClosePeriod(payload?: ReportRequest): AskCloseView {
  return serve('askClosePeriod', () => {
    const period = periodOf(payload);
    const request = period === undefined ? undefined : { period };
    const text = currentPeriodText(request);
    if (!confirmClose(text)) return { cancelled: true, period: text };
    return { cancelled: false, ...closePeriod(request) };
  });
}
