// "Chốt kỳ" freezes the period's summary, as values, into a read-only sheet; "Trả lại" returns one
// entry of a unit's report with a reason that stays on the unit's sheet until it resubmits.
import { asData, cellString } from '../../core/sheet/cellText.ts';
import { codeKey } from '../../core/report/merge/mergeIntake.ts';
import { formatDay } from '../../core/text/calendar.ts';
import { UserError } from '../../core/userError.ts';
import type { ClosePeriodView, SendBackView } from '../api.ts';
import { appendAudit } from './auditLog.ts';
import { MARK_BACKGROUND } from '../check/marks.ts';
import { summarySheetName } from './layout/mergeSummary.ts';
import { assertOpen, closedSheetName, type ReportContext } from './reportContext.ts';
import { freezePeriodReport } from './reportPeriod.ts';
import { labelAt } from './layout/submissionRead.ts';
import { SUBMISSION_LABELS } from './layout/submissionColumns.ts';
import {
  canonicalUnit,
  findSubmissionSheets,
  paintInputRows,
  PROTECTION_PREFIX,
  setEditors,
} from './submissionSheet.ts';

export function closePeriodOf(ctx: ReportContext): ClosePeriodView {
  assertOpen(ctx);
  const { ss } = ctx;
  const name = summarySheetName(ctx.period.text);
  const summary = ss.getSheetByName(name);
  if (!summary) {
    throw new UserError({
      vi: `Chưa có bảng tổng hợp kỳ ${ctx.period.text} (trang "${name}"). Hãy bấm "Tổng hợp" trước khi chốt kỳ.`,
      en: `No summary for ${ctx.period.text} yet (sheet "${name}"). Merge before closing the period.`,
    });
  }
  const values = summary
    .getDataRange()
    .getValues()
    .map((row) => row.map((v) => asData(v)));
  const height = values.length;
  const width = values[0]?.length ?? 1;
  const by = ctx.user !== '' ? ctx.user : ctx.coordinator;
  const first = values[0];
  if (first)
    first[0] = `${cellString(first[0])} (ĐÃ CHỐT lúc ${formatDay(ctx.minute.replace(' ', 'T'))} bởi ${by})`;

  const closedName = closedSheetName(ctx.period.text);
  // A copy of the summary (formats, colours, widths, frozen panes), then its values over its
  // formulas, so the closed sheet holds what the summary showed.
  const sheet = ss.insertSheet(closedName, summary.getIndex(), { template: summary });
  try {
    sheet.getRange(1, 1, height, width).setValues(values);
    const p = sheet
      .protect()
      .setDescription(`${PROTECTION_PREFIX}kỳ ${ctx.period.text} đã chốt, chỉ đọc`);
    setEditors(p, ctx.user !== '' ? [ctx.user] : []);
  } catch (e) {
    try {
      ss.deleteSheet(sheet);
    } catch {
      // Keep the original error.
    }
    throw e;
  }
  // The period's report, if one was made, is frozen with the summary.
  const report = freezePeriodReport(ctx);
  ctx.saveSettings();
  appendAudit(ss, {
    at: ctx.now,
    user: by,
    action: 'Chốt kỳ',
    period: ctx.period.text,
    counts: `"${name}" → "${closedName}" (${height} dòng)${report ? '; báo cáo kỳ chỉ đọc' : ''}`,
    problems: '',
  });
  return { period: ctx.period.text, sheetName: closedName, rows: height };
}

export function sendBack(
  ctx: ReportContext,
  request: { unit: string; code: string; reason: string },
): SendBackView {
  assertOpen(ctx);
  const unit = canonicalUnit(request.unit, ctx.dir);
  const mine = findSubmissionSheets(ctx.ss, ctx.period.text, ctx.dir, {
    formats: false,
    skip: new Set(),
  }).filter((f) => f.unit === unit);
  const wanted = codeKey(request.code);
  const hits = mine.flatMap((f) =>
    f.parsed.blocks.flatMap((b) => {
      const col = b.match.index.code;
      if (col === undefined) return [];
      return b.rows
        .filter((r) => codeKey(r.cells[col]) === wanted)
        .map((r) => ({ found: f, block: b, row: r }));
    }),
  );
  // The submitted sheet first: that is the one the summary reads.
  const hit = hits.find((h) => h.found.parsed.stamp) ?? hits[0];
  if (!hit) {
    const where = mine.length === 0 ? 'chưa có phiếu kỳ này' : 'phiếu không có mã này';
    throw new UserError({
      vi: `Không trả lại được mục "${request.code}" cho ${unit}: ${where}.`,
      en: `Cannot send back "${request.code}" to ${unit}: ${mine.length === 0 ? 'no sheet for the period' : 'no such code in its sheet'}.`,
    });
  }
  const { found, block, row } = hit;
  const label = labelAt(found.parsed, SUBMISSION_LABELS.sentBack);
  if (!label) {
    throw new UserError({
      vi: `Trang "${found.parsed.sheet}" thiếu dòng "${SUBMISSION_LABELS.sentBack}"; hãy bấm "Tạo phiếu báo cáo" lại để cập nhật mẫu phiếu.`,
      en: `Sheet "${found.parsed.sheet}" has no "${SUBMISSION_LABELS.sentBack}" row.`,
      where: { sheet: found.parsed.sheet },
    });
  }
  const by = ctx.user !== '' ? ctx.user : ctx.coordinator;
  const code = cellString(row.cells[block.match.index.code ?? 0]);
  const line = `${code}: ${request.reason.trim()} (trả lại ${formatDay(ctx.minute.replace(' ', 'T'))} bởi ${by})`;
  const lines = new Map(found.parsed.sentBack);
  lines.set(wanted, line);
  const text = [...lines.values()].join('\n');
  const sheet = found.sheet;
  sheet.getRange(label.row, 2).setValues([[asData(text)]]);
  paintInputRows(sheet, block, [row.row], MARK_BACKGROUND);
  ctx.saveSettings();
  appendAudit(ctx.ss, {
    at: ctx.now,
    user: by,
    action: 'Trả lại',
    period: ctx.period.text,
    unit,
    counts: `${found.parsed.sheet}, dòng ${row.row}`,
    problems: line,
  });
  return { period: ctx.period.text, unit, sheetName: found.parsed.sheet, code, row: row.row };
}
