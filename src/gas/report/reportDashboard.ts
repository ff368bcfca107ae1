// "Cập nhật bảng điều khiển": the dashboard sheet rebuilt from the period's summary, with a native
// chart over each table, all-or-nothing: a new dashboard is staged under a temporary name and
// renamed last; an existing one is rewritten in place (one setValues over its whole area) after a
// backup copy that a failure copies back, so its charts, their ids and any link to them stay, and
// each chart is pointed at its table again (a chart change is the one step not undone).
import type { DashboardView } from '../api.ts';
import { appendAudit } from './auditLog.ts';
import type { ListedSheets, Transaction } from '../tx/transaction.ts';
import { sharedDescription } from './sharedSheets.ts';
import { protectSheet } from '../roles/protect.ts';
import { type CellGrid, setWidths, topLeftBlock, writeGrid } from '../sheet/grid.ts';
import {
  CHART_TITLES,
  DASHBOARD_SHEET,
  layoutDashboard,
  rangeA1,
  type ChartSpec,
  type DashboardLayout,
} from './layout/dashboardLayout.ts';
import type { ReportContext } from './reportContext.ts';
import { readClosedPeriods, readSummarySource } from './reportSources.ts';
import { PROTECTION_PREFIX } from './submissionSheet.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DashboardOptions {
  /** Log the action in "Nhật ký" (not when it runs as part of "Tổng hợp", which logs itself). */
  audit: boolean;
  tx: Transaction;
  /**
   * The workbook's sheets with their names, when the merge just before listed them: its closed
   * periods are read from that list (a merge neither makes nor removes a "Chốt kỳ" sheet).
   */
  sheets?: ListedSheets | undefined;
  /** The summary the merge just wrote, and its values (not read again). */
  written?: { sheet: Sheet; values: unknown[][] } | undefined;
}

export function rebuildDashboard(ctx: ReportContext, options: DashboardOptions): DashboardView {
  const { ss } = ctx;
  const source = readSummarySource(
    ss,
    ctx.period.text,
    'cập nhật bảng điều khiển',
    options.written,
  );
  const closed = readClosedPeriods(ss, options.sheets);
  const layout = layoutDashboard({
    data: source.data,
    periodText: ctx.period.text,
    periodTitle: ctx.periodTitle,
    source: source.name,
    trend: closed.map((c) => ({ label: c.label, rate: c.rate })),
  });
  writeDashboard(options.tx, layout, ctx);
  const charts = layout.charts.map((c) => ({
    title: c.title,
    type: c.type,
    range: rangeA1(c.range),
  }));
  if (options.audit) {
    appendAudit(
      options.tx,
      {
        at: ctx.now,
        user: ctx.user !== '' ? ctx.user : ctx.coordinator,
        action: 'Cập nhật bảng điều khiển',
        period: ctx.period.text,
        counts: `${layout.units.length} đơn vị, ${charts.length} biểu đồ, nguồn "${source.name}"`,
        problems: '',
      },
      ctx,
    );
  }
  return {
    period: ctx.period.text,
    sheetName: DASHBOARD_SHEET,
    source: source.name,
    charts,
    units: layout.units,
    fourWay: layout.fourWay,
    sections: layout.sections,
    kpis: layout.kpis,
    trend: closed.map((c) => ({ period: c.text, completion: c.rate })),
  };
}

function padded(layout: DashboardLayout, height: number, width: number): CellGrid {
  const grow = <T>(rows: T[][], fill: T): T[][] =>
    Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? fill),
    );
  return {
    values: grow<unknown>(layout.values, ''),
    formats: grow(layout.formats, 'General'),
    weights: grow<GoogleAppsScript.Spreadsheet.FontWeight>(layout.weights, 'normal'),
    backgrounds: grow<string | null>(layout.backgrounds, null),
    wraps: grow(layout.wraps, false),
  };
}

/**
 * Writes the layout over the sheet's whole used area, so leftovers of a longer one go too.
 * Column widths are set on a new sheet only: the office may have widened a column since.
 */
function fill(sheet: Sheet, layout: DashboardLayout, created: boolean): void {
  const height = Math.max(layout.values.length, sheet.getLastRow());
  const width = Math.max(layout.values[0]?.length ?? 1, sheet.getLastColumn());
  writeGrid(topLeftBlock(sheet, height, width), padded(layout, height, width));
  if (!created) return;
  sheet.getRange(1, 1).setFontSize(13);
  setWidths(sheet, layout.widths);
  sheet.setFrozenRows(2);
}

function writeDashboard(
  tx: Transaction,
  layout: DashboardLayout,
  access: { coordinators: readonly string[]; keep: readonly string[] },
): Sheet {
  const existing = tx.ss.getSheetByName(DASHBOARD_SHEET);
  if (existing) {
    const height = Math.max(layout.values.length, existing.getLastRow());
    const width = Math.max(layout.values[0]?.length ?? 1, existing.getLastColumn());
    tx.backup(existing, height, width);
    fill(existing, layout, false);
    syncCharts(existing, layout.charts);
    return existing;
  }
  const sheet = tx.stageSheet(DASHBOARD_SHEET, 0);
  fill(sheet, layout, true);
  syncCharts(sheet, layout.charts);
  protectSheet(sheet, {
    description: `${PROTECTION_PREFIX}bảng điều khiển do Sáu Rõ dựng lại sau mỗi lần Tổng hợp; ${sharedDescription(DASHBOARD_SHEET).replace(PROTECTION_PREFIX, '')}`,
    editors: access.coordinators,
    keep: access.keep,
    fresh: true, // staged just now: no protection yet
  });
  return sheet;
}

/**
 * One chart per table, recognised by its title. A chart that already reads its table from the
 * right place is left as it is (its values follow the table; any styling the office gave it
 * stays); one whose table moved or changed size is pointed at it again with updateChart (same
 * chart id); a missing one is inserted and a second one with the same title removed. Charts the
 * office added with other titles are left alone.
 */
function syncCharts(sheet: Sheet, specs: readonly ChartSpec[]): void {
  const ours = new Set<string>(Object.values(CHART_TITLES));
  const found = new Map<string, GoogleAppsScript.Spreadsheet.EmbeddedChart>();
  for (const c of sheet.getCharts()) {
    const title = String(c.getOptions().get('title') ?? '');
    if (!ours.has(title)) continue;
    if (found.has(title)) sheet.removeChart(c);
    else found.set(title, c);
  }
  for (const spec of specs) {
    const old = found.get(spec.title);
    if (old && inPlace(old, spec)) continue;
    let b = old ? old.modify().clearRanges() : sheet.newChart();
    b = b
      .setChartType(Charts.ChartType[spec.type])
      .addRange(
        sheet.getRange(spec.range.row, spec.range.col, spec.range.numRows, spec.range.numCols),
      )
      .setNumHeaders(1)
      .setPosition(spec.anchor.row, spec.anchor.col, 0, 0);
    for (const [key, value] of Object.entries(spec.options)) b = b.setOption(key, value);
    if (old) sheet.updateChart(b.build());
    else sheet.insertChart(b.build());
  }
}

/** The chart reads exactly the spec's table and sits at its anchor. */
function inPlace(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart, spec: ChartSpec): boolean {
  const ranges = chart.getRanges();
  if (ranges.length !== 1 || ranges[0]?.getA1Notation() !== rangeA1(spec.range)) return false;
  const at = chart.getContainerInfo();
  return at.getAnchorRow() === spec.anchor.row && at.getAnchorColumn() === spec.anchor.col;
}
