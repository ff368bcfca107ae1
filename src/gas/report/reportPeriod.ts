// "Lập báo cáo kỳ": the period report sheet, from the period's summary, the closed periods of the
// same year (KPI year-to-date) and the office's own part V of the previous report, written whole
// into a new sheet that replaces the old one. A closed period's report is frozen with it.
import { codeKey } from '../../core/report/merge/mergeIntake.ts';
import { planIdentity, type PlanIdentity } from '../../core/report/planIdentity.ts';
import type { PeriodReportView } from '../api.ts';
import { logNow } from './auditLog.ts';
import { setWidths, topLeftBlock, writeGrid } from '../sheet/grid.ts';
import { replaceSheet } from '../sheet/swap.ts';
import { findTables, readTable } from '../sheet/table.ts';
import {
  layoutPeriodReport,
  periodReportSheetName,
  readPartV,
  REPORT_PARTS,
  type ReportLayout,
} from './layout/periodReport.ts';
import { closedSheetName, saveSettingsNow, type ReportContext } from './reportContext.ts';
import { readClosedPeriods, readSummarySource } from './reportSources.ts';
import { PROTECTION_PREFIX } from './submissionSheet.ts';
import { protectSheet } from '../roles/protect.ts';
import type { Transaction } from '../tx/transaction.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Commune and plan number from the rows above the first task table (one read of it). */
export function readPlanIdentity(ss: Spreadsheet): PlanIdentity {
  for (const t of findTables(ss)) {
    if (t.template.kind !== 'tasks') continue;
    const block = readTable(t.sheet, t.template);
    if (block) return planIdentity(block.above);
  }
  return {};
}

export function buildPeriodReport(ctx: ReportContext): PeriodReportView {
  const { ss } = ctx;
  const name = periodReportSheetName(ctx.period.text);
  const closed = ss.getSheetByName(closedSheetName(ctx.period.text)) !== null;
  const existing = ss.getSheetByName(name);
  if (closed && existing) {
    return {
      period: ctx.period.text,
      sheetName: name,
      parts: [...REPORT_PARTS],
      keptRows: 0,
      frozen: true,
    };
  }
  const source = readSummarySource(ss, ctx.period.text, 'lập báo cáo kỳ');
  const current = ctx.period.period;
  // Same rhythm, same year, before this period: so months are not added to quarters.
  const earlier = readClosedPeriods(ss).filter(
    (c) =>
      c.period.rhythm === current.rhythm &&
      c.period.year === current.year &&
      c.period.end < current.start,
  );
  const earlierResults = new Map<string, unknown[]>();
  for (const c of earlier) {
    for (const k of c.data.kpis) {
      const key = codeKey(k.code);
      earlierResults.set(key, [...(earlierResults.get(key) ?? []), k.actual]);
    }
  }
  const layout = layoutPeriodReport({
    data: source.data,
    source: source.name,
    periodText: ctx.period.text,
    periodTitle: ctx.periodTitle,
    identity: readPlanIdentity(ss),
    earlierResults,
    partV: existing ? readPartV(existing.getDataRange().getValues()) : [],
  });
  const { sheet } = replaceSheet(ss, name, (s) => {
    fill(s, layout);
    if (closed) freeze(s, ctx);
    else {
      // Real, for the coordinators (a unit's editor may not change what goes to the district);
      // they may type part V and the document's number and date, which a rebuild keeps.
      protectSheet(s, {
        description: `${PROTECTION_PREFIX}báo cáo kỳ do Sáu Rõ lập lại từ bảng tổng hợp; chỉ phần V (nhiệm vụ kỳ tới) và số, ngày văn bản là của cơ quan thường trực`,
        editors: ctx.coordinators,
        keep: ctx.keep,
      });
    }
  });
  saveSettingsNow(ctx);
  logNow(
    ss,
    {
      at: ctx.now,
      user: ctx.user !== '' ? ctx.user : ctx.coordinator,
      action: 'Lập báo cáo kỳ',
      period: ctx.period.text,
      counts: `"${sheet.getName()}" (${layout.values.length} dòng), nguồn "${source.name}"; giữ ${layout.keptRows} dòng phần V`,
      problems: '',
    },
    ctx,
  );
  return {
    period: ctx.period.text,
    sheetName: name,
    parts: layout.parts,
    keptRows: layout.keptRows,
    frozen: closed,
  };
}

function fill(sheet: Sheet, layout: ReportLayout): void {
  const width = layout.widths.length;
  writeGrid(topLeftBlock(sheet, layout.values.length, width), layout);
  for (const m of layout.merges) sheet.getRange(m.row, m.col, m.numRows, m.numCols).merge();
  for (const row of layout.centred)
    sheet.getRange(row, 1, 1, width).setHorizontalAlignment('center');
  sheet.getRange(5, 1, 2, width).setFontSize(13);
  setWidths(sheet, layout.widths);
  // Sheets has no page-setup API: the frozen heading is what prints on every page.
  sheet.setFrozenRows(layout.frozenRows);
}

function freeze(sheet: Sheet, ctx: ReportContext, tx?: Transaction): void {
  protectSheet(
    sheet,
    {
      description: `${PROTECTION_PREFIX}báo cáo kỳ ${ctx.period.text} đã chốt, chỉ đọc`,
      editors: ctx.coordinators,
      keep: ctx.keep,
      // Part V, open to the office until now, is frozen too.
      unprotected: [],
    },
    tx,
  );
}

/** "Chốt kỳ": the period's report, when there is one, becomes read-only with the summary. */
export function freezePeriodReport(ctx: ReportContext, tx: Transaction): boolean {
  const sheet = ctx.ss.getSheetByName(periodReportSheetName(ctx.period.text));
  if (!sheet) return false;
  freeze(sheet, ctx, tx);
  return true;
}
