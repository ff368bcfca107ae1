// "Cập nhật bảng điều khiển": the dashboard sheet rebuilt from the period's summary, with a native
// chart over each table. A new dashboard is written under a temporary name and renamed last; an
// existing one is rewritten in place (one setValues over its whole area) so its charts, their ids
// and any link to them stay, and each chart is pointed at its table again.
import type { DashboardView } from '../api.ts';
import { appendAudit } from './auditLog.ts';
import { topLeftBlock, writeGrid, type CellGrid } from '../sheet/grid.ts';
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

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DashboardOptions {
  /** Log the action in "Nhật ký" (not when it runs as part of "Tổng hợp", which logs itself). */
  audit: boolean;
  /** The workbook's sheets with their names, when the caller has just read them. */
  sheets?: ReadonlyArray<{ name: string; sheet: Sheet }>;
  /** The summary the caller (a merge) has just written. */
  summary?: Sheet;
}

export function rebuildDashboard(ctx: ReportContext, options: DashboardOptions): DashboardView {
  const { ss } = ctx;
  const source = readSummarySource(
    ss,
    ctx.period.text,
    'cập nhật bảng điều khiển',
    options.summary,
  );
  const closed = readClosedPeriods(ss, options.sheets);
  const layout = layoutDashboard({
    data: source.data,
    periodText: ctx.period.text,
    periodTitle: ctx.periodTitle,
    source: source.name,
    trend: closed.map((c) => ({ label: c.label, rate: c.rate })),
  });
  writeDashboard(ss, layout, options.sheets);
  const charts = layout.charts.map((c) => ({
    title: c.title,
    type: c.type,
    range: rangeA1(c.range),
  }));
  if (options.audit) {
    appendAudit(ss, {
      at: ctx.now,
      user: ctx.user !== '' ? ctx.user : ctx.coordinator,
      action: 'Cập nhật bảng điều khiển',
      period: ctx.period.text,
      counts: `${layout.units.length} đơn vị, ${charts.length} biểu đồ, nguồn "${source.name}"`,
      problems: '',
    });
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
  layout.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  sheet.setFrozenRows(2);
}

function writeDashboard(
  ss: Spreadsheet,
  layout: DashboardLayout,
  sheets?: ReadonlyArray<{ name: string; sheet: Sheet }>,
): Sheet {
  // With the caller's list of sheets, a sheet is looked up in it instead of asked for.
  const byName = (name: string): Sheet | null =>
    sheets
      ? (sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())?.sheet ?? null)
      : ss.getSheetByName(name);
  const existing = byName(DASHBOARD_SHEET);
  if (existing) {
    fill(existing, layout, false);
    syncCharts(existing, layout.charts);
    return existing;
  }
  const tempName = `${DASHBOARD_SHEET} (đang ghi)`;
  const stale = byName(tempName);
  if (stale) ss.deleteSheet(stale);
  const temp = ss.insertSheet(tempName, 0);
  try {
    fill(temp, layout, true);
    syncCharts(temp, layout.charts);
    temp
      .protect()
      .setDescription(`${PROTECTION_PREFIX}bảng điều khiển do Sáu Rõ dựng lại sau mỗi lần Tổng hợp`)
      .setWarningOnly(true);
    temp.setName(DASHBOARD_SHEET);
  } catch (e) {
    try {
      ss.deleteSheet(temp);
    } catch {
      // The original error matters more; a leftover temp sheet is removed by the next run.
    }
    throw e;
  }
  return temp;
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
