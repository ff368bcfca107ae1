// The single entry point. Every export becomes a top-level Apps Script global
// (scripts/globals.ts generates the wrappers and copies the JSDoc). No logic lives here.
import { kpiProgressFn, kpiStatusFn, kpiTargetFn } from './core/kpi/kpiFunctions.ts';
import { completionRateFn } from './core/report/completionFunctions.ts';
import type { FnOut } from './core/sheet/cellArgs.ts';
import { deadlineDate, taskStatus, unitName } from './gas/sheetFunctions.ts';

export { onOpen, onInstall, showSidebar } from './gas/menu.ts';
export { getTemplates, scaffoldTemplate } from './gas/scaffold/scaffoldRpc.ts';
export { checkWorkbook, parseTargetText, extractKpiRows, writeKpiRows } from './gas/kpi/kpiRpc.ts';
export {
  previewImport,
  importPlanText,
  parseDeadlineText,
  resolveUnitText,
} from './gas/import/importRpc.ts';
export {
  getReportSetup,
  distributeReports,
  submitReport,
  mergeReports,
  closePeriod,
  sendBackEntry,
  onReportEdit,
  menuDistributeReports,
  menuSubmitReport,
  menuMergeReports,
  menuClosePeriod,
  updateDashboard,
  menuUpdateDashboard,
  buildPeriodReport,
  menuBuildPeriodReport,
  exportRows,
  writeExportSheet,
  menuWriteExportSheet,
} from './gas/report/reportRpc.ts';
export {
  getReminders,
  sendRemindersNow,
  enableReminders,
  pauseReminders,
  remindDaily,
} from './gas/remind/remindRpc.ts';
export { getOverview, saveReportSettings, goToCell, askClosePeriod } from './gas/guide/guideRpc.ts';
export { getRoles, setCoordinators, setUnitEditors } from './gas/roles/rolesRpc.ts';

/**
 * Đánh giá chỉ tiêu: Đạt, Vượt, Chưa đạt, Chưa có số liệu, Cần đánh giá hoặc Không hợp lệ (kèm lý do).
 * Judges a KPI: met, exceeded, not met, no data, needs review or invalid (with the reason).
 * Nhận một ô hoặc cả cột; trả về một cột. Accepts a cell or a whole column; returns a column.
 * Ví dụ / Example: =KPI_STATUS("≥ 60%"; 0,7) → "Vượt"; =KPI_STATUS(E5:E40; G5:G40)
 *
 * @param {string|number|Array<Array<string|number>>} target Chỉ tiêu, ví dụ "≥ 60%", "tối thiểu 90%", "Có". The target.
 * @param {string|number|Array<Array<string|number>>} actual Kết quả thực hiện, ví dụ 70%, "75,5 %", "Có". The actual value.
 * @return Trạng thái đánh giá. The status.
 * @customfunction
 */
export function KPI_STATUS(target: unknown, actual: unknown): string | string[][] {
  return kpiStatusFn(target, actual);
}

/**
 * Tỷ lệ đạt chỉ tiêu, từ 0 đến 1 (tối đa 100%; chưa đạt thì tối đa 99%). Định dạng ô là %.
 * The fraction of the target achieved, 0 to 1 (capped at 100%; at most 99% when not met).
 * Nhận một ô hoặc cả cột; trả về một cột. Accepts a cell or a whole column; returns a column.
 * Ví dụ / Example: =KPI_PROGRESS("≥ 80%"; 0,6) → 0,75
 *
 * @param {string|number|Array<Array<string|number>>} target Chỉ tiêu. The target.
 * @param {string|number|Array<Array<string|number>>} actual Kết quả thực hiện. The actual value.
 * @return Tỷ lệ đạt (0–1). The fraction achieved.
 * @customfunction
 */
export function KPI_PROGRESS(
  target: unknown,
  actual: unknown,
): number | string | Array<Array<number | string>> {
  return kpiProgressFn(target, actual);
}

/**
 * Chuẩn hóa cách viết chỉ tiêu (ví dụ "tối thiểu 60 %" → "≥ 60%"), hoặc cho biết vì sao không hợp lệ.
 * The normalized target text, or why it is invalid.
 * Ví dụ / Example: =KPI_TARGET("$\geq 10\%$") → "≥ 10%"
 *
 * @param {string|number|Array<Array<string|number>>} target Chỉ tiêu như trong kế hoạch. The target as written.
 * @return Chỉ tiêu chuẩn hóa. The normalized target.
 * @customfunction
 */
export function KPI_TARGET(target: unknown): string | string[][] {
  return kpiTargetFn(target);
}

/**
 * Ngày đến hạn của thời hạn ghi trong kế hoạch ("Quý II/2026" → 30/06/2026; "Hằng quý" → hạn của
 * quý chứa ngày báo cáo; "trong 5 ngày làm việc" → bỏ qua thứ Bảy, Chủ nhật và ngày lễ), hoặc lý do
 * không có ngày cụ thể ("Thường xuyên", "Chưa có thời hạn"…).
 * The due day of a deadline as plans write it (working days skip weekends and public holidays), or
 * why it has none. A recurring deadline needs the report day (asOf); the function never reads the
 * clock (Sheets caches its result by argument).
 * Nhận một ô hoặc cả cột; trả về một cột. Accepts a cell or a whole column; returns a column.
 * Ví dụ / Example: =DEADLINE_DATE("Quý II/2026") → 30/06/2026; =DEADLINE_DATE(F5:F200; SAURO_REPORT_DATE);
 * =DEADLINE_DATE("trong 5 ngày làm việc"; ; "2026-04-27"; 'Ngày nghỉ'!A2:D100) → 06/05/2026
 *
 * @param {string|Date|Array<Array<string|Date>>} text Thời hạn như trong kế hoạch, ví dụ "Tháng 7/2025", "Hằng năm". The deadline as written.
 * @param {string|Date} [asOf] Ngày báo cáo (ô "Ngày báo cáo", vùng tên SAURO_REPORT_DATE), cho thời hạn định kỳ. The report day, for recurring deadlines.
 * @param {string|Date} [issued] Ngày ban hành (hoặc ngày nhận) văn bản, cho thời hạn "… ngày (làm việc) kể từ …". The plan's issue date (optional).
 * @param {Array<Array<string|Date>>} [holidays] Vùng ngày nghỉ riêng, ví dụ 'Ngày nghỉ'!A2:D100 (ngày, đến ngày, loại Nghỉ/Làm việc, ghi chú); không có thì chỉ tính ngày lễ theo luật. Extra days off and swapped working days (optional).
 * @return Ngày đến hạn, hoặc lý do. The due day, or the reason there is none.
 * @customfunction
 */
export function DEADLINE_DATE(
  text: unknown,
  asOf?: unknown,
  issued?: unknown,
  holidays?: unknown,
): FnOut {
  return deadlineDate(text, asOf, issued, holidays);
}

/**
 * Tình trạng nhiệm vụ theo thời hạn vào ngày báo cáo: Hoàn thành, Quá hạn, Sắp đến hạn (7 ngày),
 * Đang thực hiện, Chưa thực hiện, Thường xuyên, Chờ hướng dẫn hoặc Không rõ thời hạn.
 * A task's status against its deadline on the report day (never the clock: pass the day).
 * Nhận một ô hoặc cả cột; trả về một cột. Accepts a cell or a whole column; returns a column.
 * Ví dụ / Example: =TASK_STATUS("Quý II/2026"; "Đang thực hiện"; "2026-07-01") → "Quá hạn";
 * =TASK_STATUS(F5:F200; G5:G200; SAURO_REPORT_DATE)
 *
 * @param {string|Date|Array<Array<string|Date>>} deadline Thời hạn như trong kế hoạch. The deadline as written.
 * @param {string|Array<Array<string>>} status Trạng thái đơn vị đã chọn, ví dụ "Đang thực hiện". The status typed.
 * @param {string|Date} asOf Ngày báo cáo: ô "Ngày báo cáo" (SAURO_REPORT_DATE) hoặc một ngày; không dùng TODAY(). The report day.
 * @return Tình trạng. The status.
 * @customfunction
 */
export function TASK_STATUS(deadline: unknown, status: unknown, asOf?: unknown): FnOut {
  return taskStatus(deadline, status, asOf);
}

/**
 * Tên chuẩn của các đơn vị ghi trong ô (theo danh mục), nối bằng "; "; tên lạ ghi "Không rõ đơn vị: …
 * (gần nhất: …)". The canonical unit names a cell names; unknown ones with the nearest known one.
 * Danh mục (không bắt buộc) là vùng của trang "Đơn vị": tên, tên viết tắt, tên gọi khác; bỏ trống
 * thì dùng danh mục mặc định. The directory is an optional range: names, short names, aliases.
 * Ví dụ / Example: =UNIT_NAME("Phòng VH- XH xã") → "Phòng Văn hóa - Xã hội";
 * =UNIT_NAME(D5:D200; 'Đơn vị'!A2:C200)
 *
 * @param {string|Array<Array<string>>} text Tên đơn vị như trong kế hoạch. The unit names as written.
 * @param {Array<Array<string>>} [directory] Vùng danh mục đơn vị: tên, tên viết tắt, tên gọi khác. The directory range.
 * @return Tên chuẩn. The canonical names.
 * @customfunction
 */
export function UNIT_NAME(text: unknown, directory?: unknown): FnOut {
  return unitName(text, directory);
}

/**
 * Tỷ lệ hoàn thành (0–1, định dạng ô là %): số dòng có trạng thái "Hoàn thành" hoặc tiến độ 100%,
 * chia cho số dòng có trạng thái hoặc tiến độ. The share of rows that are done: status "Hoàn thành"
 * (any case, with or without diacritics) or progress 100%, over the rows with a status or a progress.
 * Ví dụ / Example: =COMPLETION_RATE(G5:G40) → 0,5; =COMPLETION_RATE(G5:G40; H5:H40)
 *
 * @param {string|Array<Array<string>>} statusRange Vùng trạng thái. The status cells.
 * @param {number|string|Array<Array<number|string>>} [progressRange] Vùng tiến độ (%), cùng số ô (không bắt buộc). The progress cells, same size (optional).
 * @return Tỷ lệ hoàn thành (0–1). The completion rate.
 * @customfunction
 */
export function COMPLETION_RATE(statusRange: unknown, progressRange?: unknown): number | string {
  return completionRateFn(statusRange, progressRange);
}
