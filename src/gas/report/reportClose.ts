// "Chốt kỳ" freezes the period's summary, as values, into a read-only sheet; "Trả lại" returns one
// entry of a unit's report with a reason that stays on the unit's sheet until it resubmits.
import { showResubmitNeeded } from './reportSubmit.ts';
import { asData, cellString } from '../../core/sheet/cellText.ts';
import { codeKey } from '../../core/report/merge/mergeIntake.ts';
import { formatDay } from '../../core/text/calendar.ts';
import { UserError } from '../../core/userError.ts';
import type { ClosePeriodView, SendBackView } from '../api.ts';
import { appendAudit } from './auditLog.ts';
import { setWidths, topLeftBlock } from '../sheet/grid.ts';
import { PROTECTION_PREFIX, protectSheet } from '../roles/protect.ts';
import type { Transaction } from '../tx/transaction.ts';
import { rowFingerprint } from './layout/submissionDigest.ts';
import { readRecords, type PeriodRecords, type SendBackRecord } from './records.ts';
import { sentBackText } from './reportSubmit.ts';
import { sentBackLine } from './submissionState.ts';
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
  type FoundSheet,
} from './submissionSheet.ts';

export function closePeriodOf(ctx: ReportContext, tx: Transaction): ClosePeriodView {
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
  const range = summary.getDataRange();
  const height = range.getNumRows();
  const width = range.getNumColumns();
  const title = cellString(summary.getRange(1, 1).getValue());
  const widths = Array.from({ length: width }, (_, i) => summary.getColumnWidth(i + 1));
  const by = ctx.user !== '' ? ctx.user : ctx.coordinator;

  const closedName = closedSheetName(ctx.period.text);
  const sheet = tx.stageSheet(closedName, summary.getIndex());
  // One copy: values as stored (the summary holds no formulas), formats, colours and wraps.
  range.copyTo(topLeftBlock(sheet, height, width));
  sheet
    .getRange(1, 1)
    .setValue(
      asData(`${title} (ĐÃ CHỐT lúc ${formatDay(ctx.minute.replace(' ', 'T'))} bởi ${by})`),
    );
  setWidths(sheet, widths);
  sheet.setFrozenColumns(1);
  protectSheet(sheet, {
    description: `${PROTECTION_PREFIX}kỳ ${ctx.period.text} đã chốt, chỉ đọc`,
    editors: ctx.coordinators,
    keep: ctx.keep,
    fresh: true, // staged just now: no protection yet
  });
  // The period's report, if one was made, is frozen with the summary.
  const report = freezePeriodReport(ctx, tx);
  ctx.saveSettings(tx);
  appendAudit(
    tx,
    {
      at: ctx.now,
      user: by,
      action: 'Chốt kỳ',
      period: ctx.period.text,
      counts: `"${name}" → "${closedName}" (${height} dòng)${report ? '; báo cáo kỳ chỉ đọc' : ''}`,
      problems: '',
    },
    ctx,
  );
  return { period: ctx.period.text, sheetName: closedName, rows: height };
}

export function sendBack(
  ctx: ReportContext,
  tx: Transaction,
  request: { unit: string; code: string; reason: string },
): SendBackView {
  assertOpen(ctx);
  const unit = canonicalUnit(request.unit, ctx.dir);
  const mine = findSubmissionSheets(ctx.ss, ctx.period.text, ctx.dir, {
    formats: true,
    skip: new Set(),
  }).filter((f) => f.unit === unit);
  const store = readRecords(ctx.ss, ctx.period.text);
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
  const submitted = (f: FoundSheet) => store.records.submissions[f.key] !== undefined;
  const hit = hits.find((h) => submitted(h.found)) ?? hits[0];
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
  const record: SendBackRecord = {
    code,
    reason: request.reason.trim(),
    at: ctx.minute.replace(' ', 'T'),
    by,
    row: rowFingerprint(row),
  };
  const key = found.key;
  const next: PeriodRecords = {
    ...store.records,
    sendBacks: {
      ...store.records.sendBacks,
      [key]: { ...(store.records.sendBacks[key] ?? {}), [wanted]: record },
    },
  };
  store.save(next, tx);
  const sheet = found.sheet;
  tx.setValues(sheet.getRange(label.row, 2), [[asData(sentBackText(next, found.key))]]);
  if (found.parsed.submitBox?.checked)
    showResubmitNeeded(
      tx,
      sheet,
      'Cần nộp lại (có mục bị trả lại)',
      `Mục ${code} bị trả lại: sửa rồi tích lại ô "Nộp báo cáo".`,
    );
  paintInputRows(sheet, block, [row.row], MARK_BACKGROUND, tx);
  ctx.saveSettings(tx);
  appendAudit(
    tx,
    {
      at: ctx.now,
      user: by,
      action: 'Trả lại',
      period: ctx.period.text,
      unit,
      counts: `${found.parsed.sheet}, dòng ${row.row}`,
      problems: sentBackLine(record),
    },
    ctx,
  );
  return { period: ctx.period.text, unit, sheetName: found.parsed.sheet, code, row: row.row };
}
