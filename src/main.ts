// The single entry point. Every export becomes a top-level Apps Script global
// (scripts/globals.ts generates the wrappers and copies the JSDoc). No logic lives here.
import { kpiProgressFn, kpiStatusFn, kpiTargetFn } from './core/kpiFunctions.ts';

export { onOpen, onInstall, showSidebar } from './gas/menu.ts';
export { getTemplates, scaffoldTemplate } from './gas/rpc.ts';
export { checkWorkbook, parseTargetText, extractKpiRows, writeKpiRows } from './gas/kpiRpc.ts';

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
