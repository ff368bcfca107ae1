// Server functions of the periodic reports (sidebar, menu and CLI). Payloads are validated here;
// every action that writes runs under the document lock.
import { formatDay } from '../../core/text/calendar.ts';
import { UserError } from '../../core/userError.ts';
import {
  parseRequest,
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
import { focusOn } from '../sheet/focus.ts';
import { summarySheetName, unitStateText } from './layout/mergeSummary.ts';
import { closePeriodOf, sendBack } from './reportClose.ts';
import { closedSheetName, openContext } from './reportContext.ts';
import { rebuildDashboard } from './reportDashboard.ts';
import { buildPeriodReport as buildReportAction } from './reportPeriod.ts';
import { exportView, writeExport } from './reportExport.ts';
import { distribute } from './reportDistribute.ts';
import { merge } from './reportMerge.ts';
import { readPlan } from './reportPlan.ts';
import { submit } from './reportSubmit.ts';
import { RHYTHM_LABELS } from './settings.ts';
import { findSubmissionSheets } from './submissionSheet.ts';
import { serve } from '../serve.ts';

function periodOf(payload: unknown): string | undefined {
  const request = parseRequest(
    requestSchemas().report,
    payload ?? undefined,
    'Yêu cầu báo cáo không hợp lệ.',
    'report',
  );
  return request?.period || undefined;
}

/** The period, its deadline and each unit's sheet and state, for the sidebar and the CLI. */
export function getReportSetup(payload?: ReportRequest): ReportSetupView {
  return serve('getReportSetup', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = openContext(ss, periodOf(payload), false);
    const plan = readPlan(ss, ctx.dir, ctx.coordinator);
    const found = findSubmissionSheets(ss, ctx.period.text, ctx.dir, {
      formats: false,
      skip: new Set(plan.sheets),
    });
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
      units: plan.units.map((u) => {
        const mine = found.filter((f) => f.unit === u.name).map((f) => f.parsed);
        return {
          name: u.name,
          lead: plan.expectedUnits.includes(u.name),
          editors: u.editors,
          sheetName: mine[0]?.sheet ?? null,
          state: unitStateText(mine, ctx.period.deadline),
        };
      }),
    };
  });
}

/** "Tạo phiếu báo cáo". */
export function distributeReports(payload?: ReportRequest): DistributeView {
  return serve('distributeReports', () => {
    const period = periodOf(payload);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = withDocumentLock(() => distribute(openContext(ss, period, true)));
    const first = view.sheets.find((s) => s.created) ?? view.sheets[0];
    if (first) focusOn(ss, first.sheetName);
    return view;
  });
}

/** "Nộp báo cáo": the unit's sheet (or the one named, or the active one). */
export function submitReport(payload: SubmitRequest): SubmitView {
  return serve('submitReport', () => {
    const { period, unit, sheetName } = parseRequest(
      requestSchemas().submit,
      payload ?? {},
      'Yêu cầu nộp báo cáo không hợp lệ.',
      'submit',
    );
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = withDocumentLock(() =>
      submit(openContext(ss, period || undefined, true), {
        ...(unit ? { unit } : {}),
        ...(sheetName ? { sheetName } : {}),
        periodGiven: Boolean(period),
      }),
    );
    // Accepted: the stamped sheet; refused: the first cell to fix.
    const wrong = view.accepted ? undefined : view.problems.find((p) => p.severity === 'error');
    focusOn(ss, view.sheetName, wrong?.row ?? 1, 1);
    return view;
  });
}

/** "Tổng hợp". */
export function mergeReports(payload?: ReportRequest): MergeView {
  return serve('mergeReports', () => {
    const period = periodOf(payload);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = withDocumentLock(() => merge(openContext(ss, period, true)).view);
    focusOn(ss, view.sheetName);
    return view;
  });
}

/** "Chốt kỳ". */
export function closePeriod(payload?: ReportRequest): ClosePeriodView {
  return serve('closePeriod', () => {
    const period = periodOf(payload);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = withDocumentLock(() => closePeriodOf(openContext(ss, period, true)));
    focusOn(ss, view.sheetName);
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
    const view = withDocumentLock(() =>
      sendBack(openContext(ss, period || undefined, true), request),
    );
    focusOn(ss, view.sheetName, view.row, 1);
    return view;
  });
}

/** "Cập nhật bảng điều khiển": the dashboard sheet, from the period's summary. */
export function updateDashboard(payload?: ReportRequest): DashboardView {
  return serve('updateDashboard', () => {
    const period = periodOf(payload);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = withDocumentLock(() =>
      rebuildDashboard(openContext(ss, period, false), { audit: true }),
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
    const view = withDocumentLock(() => buildReportAction(openContext(ss, period, true)));
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
    const view = withDocumentLock(() => writeExport(openContext(ss, period, false)));
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
