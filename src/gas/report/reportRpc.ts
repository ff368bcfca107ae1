// Server functions of the periodic reports (sidebar, menu, CLI and the "Nộp báo cáo" box).
// Payloads are validated first; then the caller's role is checked (roles/guard.ts) before anything
// the action would change is read; every action that writes runs under the document lock, and the
// report actions all-or-nothing (tx/transaction.ts).
import { formatDay } from '../../core/text/calendar.ts';
import { UserError } from '../../core/userError.ts';
import {
  parseRequest,
  periodOf,
  requestSchemas,
  type ClosePeriodView,
  type DashboardView,
  type ExportSheetView,
  type ExportView,
  type PeriodReportView,
  type DistributeView,
  type MergeView,
  type ReportSetupView,
  type SendBackView,
  type SubmitView,
  type ReportRequest,
  type SendBackRequest,
  type SubmitRequest,
} from '../api.ts';
import { withDocumentLock } from '../lock.ts';
import {
  accessOf,
  asCoordinator,
  asCoordinatorOnly,
  beforeWriting,
  tidyLeftovers,
} from '../roles/guard.ts';
import {
  callerEmail,
  isCoordinator,
  readRoles,
  requireUnitEditor,
  sameEmail,
} from '../roles/roles.ts';
import { focusOn } from '../sheet/focus.ts';
import { atomically } from '../tx/transaction.ts';
import { readUnitDirectory } from '../units/units.ts';
import { HEADER_LAYOUT, SUBMISSION_SHEET_PREFIX } from './layout/submissionColumns.ts';
import { summarySheetName } from './layout/mergeSummary.ts';
import { readRecords } from './records.ts';
import { stateOf, unitStateText } from './submissionState.ts';
import { assertBoxGuarded } from './submitTrigger.ts';
import { closePeriodOf, sendBack } from './reportClose.ts';
import { closedSheetName, openContext, type ReportContext } from './reportContext.ts';
import { rebuildDashboard } from './reportDashboard.ts';
import { buildPeriodReport as buildReportAction } from './reportPeriod.ts';
import { exportView, writeExport } from './reportExport.ts';
import { distribute } from './reportDistribute.ts';
import { DASHBOARD_SHEET } from './layout/dashboardLayout.ts';
import { merge, type MergeOutcome } from './reportMerge.ts';
import { readPlan } from './reportPlan.ts';
import {
  EDITED_NOTE,
  EDITED_STATE,
  showRefusal,
  showResubmitNeeded,
  submit,
} from './reportSubmit.ts';
import { RHYTHM_LABELS } from './settings.ts';
import { findSubmissionSheets, readSubmissionSheet } from './submissionSheet.ts';
import { serve } from '../serve.ts';

/** The period, its deadline and each unit's sheet and state, for the sidebar and the CLI. */
export function getReportSetup(payload?: ReportRequest): ReportSetupView {
  return serve('getReportSetup', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = openContext(ss, periodOf(payload), false);
    const plan = readPlan(ss, ctx.dir, ctx.coordinator);
    const found = findSubmissionSheets(ss, ctx.period.text, ctx.dir, {
      formats: true,
      skip: new Set(plan.sheets),
    });
    const records = readRecords(ss, ctx.period.text).records;
    const summary = summarySheetName(ctx.period.text);
    return {
      period: ctx.period.text,
      periodLabel: ctx.periodTitle,
      deadline: formatDay(ctx.period.deadline),
      rhythm: RHYTHM_LABELS[ctx.settings.rhythm],
      rule: ctx.settings.ruleText,
      coordinator: ctx.coordinator,
      closed: ss.getSheetByName(closedSheetName(ctx.period.text)) !== null,
      summarySheet: ss.getSheetByName(summary) ? summary : null,
      coordinators: ctx.coordinators,
      units: plan.units.map((u) => {
        const mine = found.filter((f) => f.unit === u.name);
        return {
          name: u.name,
          lead: plan.expectedUnits.includes(u.name),
          editors: u.editors,
          sheetName: mine[0]?.parsed.sheet ?? null,
          state: unitStateText(
            mine.map((f) => stateOf(f, records)),
            ctx.period.deadline,
          ),
        };
      }),
    };
  });
}

/** Moves the user to what an action made, once it stands (a failure there changes nothing). */
function focusAfter(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: string, row = 1): void {
  try {
    focusOn(ss, sheet, row, 1);
  } catch {
    // Only the cursor: the action itself is done.
  }
}

/** "Tạo phiếu báo cáo". */
export function distributeReports(payload?: ReportRequest): DistributeView {
  return serve('distributeReports', () => {
    const period = periodOf(payload);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = asCoordinator(
      { vi: 'tạo phiếu báo cáo', en: 'distribute the report sheets' },
      (caller, tx, _access, listed) =>
        distribute(openContext(ss, period, true, caller), tx, listed),
    );
    const first = view.sheets.find((s) => s.created) ?? view.sheets[0];
    if (first) focusAfter(ss, first.sheetName);
    return view;
  });
}

/**
 * "Nộp báo cáo" from the menu, the sidebar or the CLI: the unit's sheet (or the one named, or the
 * active one). A unit's editor or a coordinator may submit; a unit's editor cannot write the log,
 * so its entry waits for the next coordinator run (auditLog.queueAudit).
 */
export function submitReport(payload: SubmitRequest): SubmitView {
  return serve('submitReport', () => {
    const { period, unit, sheetName } = parseRequest(
      requestSchemas().submit,
      payload ?? {},
      'Yêu cầu nộp báo cáo không hợp lệ.',
      'submit',
    );
    const words = { vi: 'nộp báo cáo', en: 'submit the report' };
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = beforeWriting(words, () =>
      withDocumentLock(() => {
        const user = callerEmail();
        const roles = readRoles(ss);
        const coordinatorRun = isCoordinator(roles, user);
        if (!coordinatorRun) {
          // First of all: only a unit's editor may go on (its own unit is checked on the sheet).
          const dir = readUnitDirectory(ss);
          const mine = dir.units.filter((u) => u.editors.some((e) => sameEmail(e, user)));
          const named = unit ? dir.find(unit)?.name : undefined;
          if (mine.length === 0 || (named !== undefined && !mine.some((u) => u.name === named)))
            requireUnitEditor(roles, dir, named ?? unit ?? 'đơn vị', user, words);
        } else {
          tidyLeftovers(ss, user, accessOf(ss, roles));
        }
        return atomically(ss, words, (tx) =>
          submit(
            openContext(ss, period || undefined, coordinatorRun, { email: user, roles }),
            {
              ...(unit ? { unit } : {}),
              ...(sheetName ? { sheetName } : {}),
              periodGiven: Boolean(period),
            },
            tx,
            { via: 'menu', by: user, coordinatorRun },
          ),
        );
      }),
    );
    // Accepted: the stamped sheet; refused: the first cell to fix.
    const wrong = view.accepted ? undefined : view.problems.find((p) => p.severity === 'error');
    focusAfter(ss, view.sheetName, wrong?.row ?? 1);
    return view;
  });
}

/**
 * The installable onEdit trigger (installed by "Tạo phiếu báo cáo", runs as that coordinator):
 * a tick in a sheet's "Nộp báo cáo" box submits the sheet, or unticks it and writes why.
 * Any other edit returns after a couple of calls.
 */
export function onReportEdit(e?: {
  range?: GoogleAppsScript.Spreadsheet.Range;
  value?: unknown;
  user?: GoogleAppsScript.Base.User;
}): void {
  const range = e?.range;
  if (!range) return;
  if (range.getRow() > HEADER_LAYOUT.protectionRow) {
    noteEditAfterSubmit(range);
    return;
  }
  if (String(e?.value ?? '').toUpperCase() !== 'TRUE') return;
  if (range.getRow() !== HEADER_LAYOUT.submitRow || range.getColumn() !== 2) return;
  const sheet = range.getSheet();
  const row = HEADER_LAYOUT.submitRow;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let reasons: string[];
  try {
    const ticker = e?.user?.getEmail() ?? '';
    const done = withDocumentLock(() => {
      const roles = readRoles(ss);
      const me = Session.getEffectiveUser().getEmail();
      // The trigger's owner must still be a coordinator; otherwise it does nothing.
      if (!isCoordinator(roles, me)) return 'ignored';
      const name = sheet.getName();
      const found = readSubmissionSheet(sheet, name, readUnitDirectory(ss), { formats: false });
      if (found?.parsed.submitBox?.row !== row) return 'ignored';
      tidyLeftovers(ss, me, accessOf(ss, roles));
      assertBoxGuarded(sheet, row);
      const view = atomically(ss, { vi: 'nộp báo cáo', en: 'submit the report' }, (tx) =>
        submit(
          openContext(ss, undefined, true, { email: ticker, roles }),
          { sheetName: name, periodGiven: false },
          tx,
          { via: 'checkbox', by: ticker, coordinatorRun: true },
        ),
      );
      return view.accepted
        ? 'recorded'
        : view.problems.filter((p) => p.severity === 'error').map((p) => `• ${p.message}`);
    });
    if (done === 'recorded' || done === 'ignored') return;
    reasons = done;
  } catch (err) {
    reasons = [`• ${err instanceof Error ? err.message : String(err)}`];
  }
  // Refused (or failed): the box is unticked and the reasons shown beside it.
  atomically(ss, { vi: 'ghi lý do chưa nộp được', en: 'show why the sheet was refused' }, (tx) =>
    showRefusal(tx, sheet, row, reasons),
  );
}

/**
 * An edit below a submitted sheet's header: the box still ticked would tell the unit it is done,
 * while the merge (which compares the record's digest) no longer counts the sheet. So the box is
 * unticked and the state says to submit again. Best effort: the record stays the truth.
 */
function noteEditAfterSubmit(range: GoogleAppsScript.Spreadsheet.Range): void {
  const sheet = range.getSheet();
  if (!sheet.getName().startsWith(SUBMISSION_SHEET_PREFIX)) return;
  const box = sheet.getRange(HEADER_LAYOUT.submitRow, 2).getValue();
  if (box !== true) return;
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    withDocumentLock(() =>
      atomically(ss, { vi: 'ghi phiếu cần nộp lại', en: 'mark the sheet for resubmission' }, (tx) =>
        showResubmitNeeded(tx, sheet, EDITED_STATE, EDITED_NOTE),
      ),
    );
  } catch (err) {
    console.warn(`onReportEdit: could not mark ${sheet.getName()} for resubmission`, err);
  }
}

/**
 * "Tổng hợp": all-or-nothing. An existing dashboard follows under the same lock, from the same
 * reading of the workbook and the summary just written, as its own step: if it cannot be rebuilt,
 * the summary stands and the dashboard stays as it was (a warning says so).
 */
export function mergeReports(payload?: ReportRequest): MergeView {
  return serve('mergeReports', () => {
    const period = periodOf(payload);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    let done: { ctx: ReportContext; outcome: MergeOutcome } | undefined;
    const view = asCoordinator(
      { vi: 'tổng hợp báo cáo', en: 'merge the reports' },
      (caller, tx, _access, listed) => {
        const ctx = openContext(ss, period, true, caller);
        const outcome = merge(ctx, tx, listed);
        done = { ctx, outcome };
        return outcome.view;
      },
      {
        then: (merged) => {
          if (!done) return;
          const { ctx, outcome } = done;
          // The leaders' dashboard is made once on request ("Cập nhật bảng điều khiển"); from
          // then on every merge keeps it current. A merge alone stays a few calls per unit.
          if (!outcome.sheets.some((s) => s.name === DASHBOARD_SHEET)) return;
          try {
            merged.dashboard = atomically(
              ss,
              { vi: 'cập nhật bảng điều khiển', en: 'update the dashboard' },
              (tx) =>
                rebuildDashboard(ctx, {
                  audit: false,
                  tx,
                  sheets: outcome.sheets,
                  written: outcome.written,
                }).sheetName,
            );
          } catch (e) {
            merged.warnings.push(
              `Không cập nhật được bảng điều khiển (vẫn như trước): ${e instanceof Error ? e.message : String(e)}`,
            );
          }
        },
      },
    );
    focusAfter(ss, view.sheetName);
    return view;
  });
}

/** "Chốt kỳ". */
export function closePeriod(payload?: ReportRequest): ClosePeriodView {
  return serve('closePeriod', () => {
    const period = periodOf(payload);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = asCoordinator({ vi: 'chốt kỳ báo cáo', en: 'close the period' }, (caller, tx) =>
      closePeriodOf(openContext(ss, period, true, caller), tx),
    );
    focusAfter(ss, view.sheetName);
    return view;
  });
}

/** "Trả lại": one entry of a unit's report, with the reason. */
export function sendBackEntry(payload: SendBackRequest): SendBackView {
  return serve('sendBackEntry', () => {
    const { period, ...request } = parseRequest(
      requestSchemas().sendBack,
      payload,
      'Để trả lại, cần chọn đơn vị, ghi mã nhiệm vụ (hoặc chỉ tiêu) và lý do.',
      'send-back',
    );
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = asCoordinator(
      { vi: 'trả lại mục báo cáo', en: 'send an entry back' },
      (caller, tx) => sendBack(openContext(ss, period || undefined, true, caller), tx, request),
    );
    focusAfter(ss, view.sheetName, view.row);
    return view;
  });
}

/** "Cập nhật bảng điều khiển": the dashboard sheet, from the period's summary. */
export function updateDashboard(payload?: ReportRequest): DashboardView {
  return serve('updateDashboard', () => {
    const period = periodOf(payload);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = asCoordinator(
      { vi: 'cập nhật bảng điều khiển', en: 'update the dashboard' },
      (caller, tx) => rebuildDashboard(openContext(ss, period, false, caller), { audit: true, tx }),
    );
    focusOn(ss, view.sheetName);
    return view;
  });
}

/** "Lập báo cáo kỳ": the report sheet "Báo cáo kỳ <kỳ>" (frozen once the period is closed). */
export function buildPeriodReport(payload?: ReportRequest): PeriodReportView {
  return serve('buildPeriodReport', () => {
    const period = periodOf(payload);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = asCoordinatorOnly(
      { vi: 'lập báo cáo kỳ', en: 'build the period report' },
      (caller) => buildReportAction(openContext(ss, period, true, caller)),
    );
    focusOn(ss, view.sheetName);
    return view;
  });
}

/** The long-format rows of a period (docs/EXPORT.md), for `sauro export`; writes nothing. */
export function exportRows(payload?: ReportRequest): ExportView {
  return serve('exportRows', () =>
    exportView(openContext(SpreadsheetApp.getActiveSpreadsheet(), periodOf(payload), false)),
  );
}

/** "Xuất dữ liệu": the same rows into the sheet "Dữ liệu xuất". */
export function writeExportSheet(payload?: ReportRequest): ExportSheetView {
  return serve('writeExportSheet', () => {
    const period = periodOf(payload);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = asCoordinatorOnly({ vi: 'xuất dữ liệu', en: 'write the export sheet' }, (caller) =>
      writeExport(openContext(ss, period, false, caller)),
    );
    focusOn(ss, view.sheetName);
    return view;
  });
}

// ------------------------------------------------------------------------------ menu items

/** Runs a menu action and shows its result, or its error in plain Vietnamese. */
function fromMenu(action: () => string): void {
  const ui = SpreadsheetApp.getUi();
  try {
    ui.alert('Sáu Rõ', action(), ui.ButtonSet.OK);
  } catch (e) {
    if (e instanceof UserError) ui.alert('Sáu Rõ', e.message, ui.ButtonSet.OK);
    else throw e;
  }
}

export function menuDistributeReports(): void {
  fromMenu(() => {
    const r = distributeReports();
    const made = r.sheets.filter((s) => s.created).length;
    return `Đã tạo ${made} và cập nhật ${r.sheets.length - made} phiếu báo cáo kỳ ${r.period} (hạn nộp ${r.deadline}).${r.notes.length ? `\nLưu ý: ${r.notes.length} nhiệm vụ cần xem (giao chung, chưa có mã…), xem trang "Nhật ký".` : ''}`;
  });
}

export function menuSubmitReport(): void {
  fromMenu(() => {
    const r = submitReport({});
    if (r.accepted)
      return `Đã nộp báo cáo kỳ ${r.period} của ${r.unit} lúc ${formatDay(r.submittedAt ?? '')}${r.late ? ' (sau hạn)' : ''}.`;
    const list = r.problems
      .filter((p) => p.severity === 'error')
      .slice(0, 15)
      .map((p) => `• ${p.message}`)
      .join('\n');
    return `Chưa nộp được: phiếu còn ${r.problems.filter((p) => p.severity === 'error').length} lỗi cần sửa.\n${list}`;
  });
}

export function menuMergeReports(): void {
  fromMenu(() => {
    const r = mergeReports();
    const s = r.stats;
    const rate =
      s.completion === null
        ? 'chưa có nhiệm vụ đến hạn'
        : `${String(s.completion).replace('.', ',')}%`;
    return `Đã tổng hợp kỳ ${r.period} vào trang "${r.sheetName}": ${s.submitted}/${s.units} đơn vị đã nộp (${s.late} muộn); hoàn thành ${s.done}/${s.due} nhiệm vụ đến hạn (${rate}); ${s.problems.length} vấn đề cần xem.`;
  });
}

/**
 * Asks before closing (Sheets waits for the answer); true only for YES. Nothing is written before
 * the answer, so an interrupted question leaves the period as it was.
 */
export function confirmClose(periodText: string): boolean {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    'Sáu Rõ',
    `Chốt kỳ ${periodText} sẽ lưu bảng tổng hợp của kỳ thành một trang chỉ đọc, và sau đó không nộp hay tổng hợp lại kỳ này được nữa. Tiếp tục?`,
    ui.ButtonSet.YES_NO,
  );
  return answer === ui.Button.YES;
}

/** The period an action without an explicit one works on, read without writing. */
export function currentPeriodText(payload?: ReportRequest): string {
  return openContext(SpreadsheetApp.getActiveSpreadsheet(), periodOf(payload), false).period.text;
}

export function menuClosePeriod(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let period: string;
  try {
    period = currentPeriodText();
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    SpreadsheetApp.getUi().alert('Sáu Rõ', e.message, SpreadsheetApp.getUi().ButtonSet.OK);
    return;
  }
  if (!confirmClose(period)) {
    ss.toast(`Chưa chốt: kỳ ${period} vẫn mở, không có gì thay đổi.`, 'Sáu Rõ', 5);
    return;
  }
  fromMenu(() => {
    const r = closePeriod();
    return `Đã chốt kỳ ${r.period}: trang "${r.sheetName}" (chỉ đọc).`;
  });
}

export function menuUpdateDashboard(): void {
  fromMenu(() => {
    const r = updateDashboard();
    const s = r.fourWay;
    return `Đã cập nhật trang "${r.sheetName}" kỳ ${r.period} (${r.charts.length} biểu đồ, số liệu từ "${r.source}"): ${s.doneOnTime} đã hoàn thành đúng hạn, ${s.doneLate} hoàn thành quá hạn, ${s.openOnTime} chưa hoàn thành trong hạn, ${s.openOverdue} chưa hoàn thành quá hạn.`;
  });
}

export function menuBuildPeriodReport(): void {
  fromMenu(() => {
    const r = buildPeriodReport();
    return r.frozen
      ? `Kỳ ${r.period} đã chốt: trang "${r.sheetName}" được giữ nguyên (chỉ đọc).`
      : `Đã lập trang "${r.sheetName}" (các phần ${r.parts.map((p) => p.split('.')[0]).join(', ')}); giữ ${r.keptRows} dòng cơ quan thường trực đã ghi ở phần V.`;
  });
}

export function menuWriteExportSheet(): void {
  fromMenu(() => {
    const r = writeExportSheet();
    return `Đã ghi ${r.rows} dòng dữ liệu kỳ ${r.period} (mỗi nhiệm vụ, mỗi chỉ tiêu một dòng) vào trang "${r.sheetName}". Tải về: Tệp → Tải xuống → .csv.`;
  });
}
