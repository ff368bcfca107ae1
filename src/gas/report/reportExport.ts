// The long-format export: rows for `sauro export` (CSV or JSON) and the sheet "Dữ liệu xuất".
import type { ExportSheetView, ExportView } from '../api.ts';
import { logNow } from './auditLog.ts';
import { replaceSheet } from '../sheet/swap.ts';
import { EXPORT_COLUMNS, EXPORT_SHEET, exportRecords } from './layout/exportRows.ts';
import type { ReportContext } from './reportContext.ts';
import { readPlanIdentity } from './reportPeriod.ts';
import { readSummarySource } from './reportSources.ts';
import { PROTECTION_PREFIX } from './submissionSheet.ts';
import { protectSheet } from '../roles/protect.ts';

export function exportView(ctx: ReportContext): ExportView {
  const source = readSummarySource(ctx.ss, ctx.period.text, 'xuất dữ liệu');
  const rows = exportRecords({
    data: source.data,
    identity: readPlanIdentity(ctx.ss),
    periodText: ctx.period.text,
    period: ctx.period.period,
  });
  return { period: ctx.period.text, columns: [...EXPORT_COLUMNS], rows };
}

/** The same rows in the sheet "Dữ liệu xuất" (replaced whole), as text and numbers. */
export function writeExport(ctx: ReportContext): ExportSheetView {
  const view = exportView(ctx);
  const header = [...EXPORT_COLUMNS];
  const values = [header, ...view.rows.map((r) => header.map((c) => r[c] ?? ''))];
  const formats = values.map((row, i) =>
    row.map((v) => (i > 0 && typeof v === 'number' ? '0.###' : '@')),
  );
  replaceSheet(ctx.ss, EXPORT_SHEET, (sheet) => {
    const rows = sheet.getMaxRows();
    if (values.length > rows) sheet.insertRowsAfter(rows, values.length - rows);
    const range = sheet.getRange(1, 1, values.length, header.length);
    range.setNumberFormats(formats);
    range.setValues(values);
    sheet.getRange(1, 1, 1, header.length).setFontWeight('bold');
    sheet.setFrozenRows(1);
    protectSheet(sheet, {
      description: `${PROTECTION_PREFIX}dữ liệu xuất, Sáu Rõ ghi lại mỗi lần xuất; chỉ cơ quan thường trực được sửa`,
      editors: ctx.coordinators,
      keep: ctx.keep,
    });
  });
  logNow(
    ctx.ss,
    {
      at: ctx.now,
      user: ctx.user !== '' ? ctx.user : ctx.coordinator,
      action: 'Xuất dữ liệu',
      period: ctx.period.text,
      counts: `${view.rows.length} dòng vào trang "${EXPORT_SHEET}"`,
      problems: '',
    },
    ctx,
  );
  return { period: ctx.period.text, sheetName: EXPORT_SHEET, rows: view.rows.length };
}
