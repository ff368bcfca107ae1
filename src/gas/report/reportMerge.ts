// "Tổng hợp": reads every submission sheet of the period once, merges them (core), and writes the
// commune summary. Everything is computed before the first write; the summary is written into a
// fresh sheet that replaces the old one only once it is complete, so a failure leaves it as it was.
import { codeKey } from '../../core/report/merge/mergeIntake.ts';
import { mergeSubmissions, mergeStatsJson } from '../../core/report/merge/merge.ts';
import type { MasterKpi, MergeResult } from '../../core/report/merge/mergeTypes.ts';
import { evaluate } from '../../core/kpi/kpiEvaluate.ts';
import { targetFromCell } from '../../core/kpi/kpiFunctions.ts';
import { applyMeasureUnit } from '../../core/kpi/targetWrite.ts';
import type { Submission } from '../../core/report/submission.ts';
import { UserError } from '../../core/userError.ts';
import type { MergeStatsView, MergeView } from '../api.ts';
import { appendAudit } from './auditLog.ts';
import { setWidths, topLeftBlock, writeGrid, type CellGrid } from '../sheet/grid.ts';
import {
  layoutSummary,
  PROBLEM_LABELS,
  readPreviousSummary,
  summarySheetName,
  unitStateText,
  type PreviousSummary,
  type ReportProblem,
  type SummaryLayout,
} from './layout/mergeSummary.ts';
import { assertOpen, type ReportContext } from './reportContext.ts';
import { rebuildDashboard } from './reportDashboard.ts';
import { readPlan, type Plan } from './reportPlan.ts';
import { layoutProblems, toSubmission } from './layout/submissionRead.ts';
import { PROTECTION_PREFIX, scanSubmissionSheets, type FoundSheet } from './submissionSheet.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface MergeOutcome {
  view: MergeView;
  result: MergeResult;
}

/** KPI judgement as the summary shows it; the target's measure unit applies when it names none. */
function kpiJudge(kpis: readonly MasterKpi[]): (target: string, actual: unknown) => string {
  const units = new Map<string, string>();
  for (const k of kpis) if (!units.has(k.target)) units.set(k.target, k.measureUnit);
  return (target, actual) => {
    try {
      const t = applyMeasureUnit(targetFromCell(target), units.get(target) ?? '');
      return evaluate(t, actual).status;
    } catch {
      return 'Không hợp lệ';
    }
  };
}

/** A stamped sheet without a required column stops the merge before anything is written. */
function assertReadable(found: readonly FoundSheet[]): void {
  for (const f of found) {
    if (!f.parsed.stamp) continue;
    const p = layoutProblems(f.parsed)[0];
    if (p) {
      throw new UserError({
        vi: `Không tổng hợp được: ${p.message} Hãy sửa lại tiêu đề cột của phiếu rồi tổng hợp lại; bảng tổng hợp chưa bị thay đổi.`,
        en: `Cannot merge: sheet "${p.sheet}" row ${p.row} lacks the required column "${p.column}". Nothing was written.`,
        where: { sheet: p.sheet, row: p.row, column: p.column },
      });
    }
  }
}

/** Sent-back entries are left out until the unit resubmits; each is listed as a problem. */
function sentBackProblems(f: FoundSheet): ReportProblem[] {
  const out: ReportProblem[] = [];
  for (const b of f.parsed.blocks) {
    const codeCol = b.match.index.code;
    if (codeCol === undefined) continue;
    for (const r of b.rows) {
      const line = f.parsed.sentBack.get(codeKey(r.cells[codeCol]));
      if (line === undefined) continue;
      out.push({
        kind: 'sentBack',
        unit: f.unit,
        sheet: f.parsed.sheet,
        row: r.row,
        code: String(r.cells[codeCol] ?? ''),
        message: `Đã trả lại cho ${f.unit}, chưa tính vào tổng hợp: ${line}`,
      });
    }
  }
  return out;
}

function unitStates(
  plan: Plan,
  found: readonly FoundSheet[],
  deadline: string,
): Map<string, string> {
  return new Map(
    plan.expectedUnits.map((unit) => {
      const mine = found.filter((f) => f.unit === unit).map((f) => f.parsed);
      return [unit, unitStateText(mine, deadline)];
    }),
  );
}

function statsView(
  result: MergeResult,
  taskCount: number,
  problems: readonly ReportProblem[],
): MergeStatsView {
  const { tasks: due, ...rest } = mergeStatsJson(result);
  return {
    units: rest.units,
    submitted: rest.submitted,
    late: rest.late,
    missing: rest.missing,
    tasks: taskCount,
    due,
    done: rest.done,
    overdue: rest.overdue,
    completion: rest.completion,
    kpiJudged: rest.kpiJudged,
    kpiAchieved: rest.kpiAchieved,
    problems: problems.map((p) => ({ ...p })),
  };
}

export function merge(ctx: ReportContext): MergeOutcome {
  assertOpen(ctx);
  const { ss } = ctx;
  const plan = readPlan(ss, ctx.dir, ctx.coordinator);
  const { found, byName, sheets } = scanSubmissionSheets(ss, ctx.period.text, ctx.dir, {
    formats: true,
    skip: new Set(plan.sheets),
  });
  assertReadable(found);
  const sentBack: ReportProblem[] = [];
  const submissions: Submission[] = found.map((f) => {
    if (f.parsed.stamp) sentBack.push(...sentBackProblems(f));
    return toSubmission(f.parsed, f.unit, new Set(f.parsed.sentBack.keys()));
  });

  const name = summarySheetName(ctx.period.text);
  const old = byName.get(name.toLowerCase()) ?? null;
  const oldValues = old ? old.getDataRange().getValues() : [];
  const previous: PreviousSummary = old
    ? readPreviousSummary(oldValues)
    : { tasks: { columns: [], rows: [] }, kpis: { columns: [], rows: [] } };

  const result = mergeSubmissions({
    tasks: plan.tasks,
    kpis: plan.kpis.map((k) => k.kpi),
    period: ctx.period.period,
    asOf: ctx.today,
    submissionDeadline: ctx.period.deadline,
    expectedUnits: plan.expectedUnits,
    submissions,
    previous: previous.tasks.rows,
    previousKpis: previous.kpis.rows,
    evaluateKpi: kpiJudge(plan.kpis.map((k) => k.kpi)),
  });
  const problems: ReportProblem[] = [...result.problems, ...sentBack];
  const sectionNames = new Map(
    plan.tasks.filter((t) => t.kind === 'section').map((t) => [t.section, t.content]),
  );
  const layout = layoutSummary({
    result,
    problems,
    periodTitle: ctx.periodTitle,
    periodText: ctx.period.text,
    deadline: ctx.period.deadline,
    asOf: ctx.today,
    taskCount: plan.planTasks.length,
    unitStates: unitStates(plan, found, ctx.period.deadline),
    sectionNames,
    previous,
  });

  const oldSize = { height: oldValues.length, width: oldValues[0]?.length ?? 0 };
  const written = writeSummary(ss, name, layout, old ? { sheet: old, ...oldSize } : null, byName);
  const warnings = written.warnings;
  // The dashboard follows every merge; if it cannot be rebuilt the summary still stands.
  let dashboard: string | null = null;
  try {
    dashboard = rebuildDashboard(ctx, { audit: false, sheets, summary: written.sheet }).sheetName;
  } catch (e) {
    warnings.push(
      `Không cập nhật được bảng điều khiển: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const stats = statsView(result, plan.planTasks.length, problems);
  ctx.saveSettings();
  appendAudit(ss, {
    at: ctx.now,
    user: ctx.user,
    action: 'Tổng hợp',
    period: ctx.period.text,
    counts: `${stats.submitted}/${stats.units} đơn vị đã nộp (${stats.late} muộn); ${stats.tasks} nhiệm vụ, ${stats.due} đến hạn, ${stats.done} hoàn thành${stats.completion === null ? '' : ` (${String(stats.completion).replace('.', ',')}%)`}, ${stats.overdue} quá hạn; chỉ tiêu ${stats.kpiAchieved}/${stats.kpiJudged} đạt`,
    problems: problemSummary(problems),
  });
  return {
    result,
    view: {
      period: ctx.period.text,
      sheetName: name,
      stats,
      byUnit: result.byUnit,
      bySection: result.bySection,
      dashboard,
      warnings,
    },
  };
}

/** "3 vấn đề: 1 Chưa nộp, 2 Nộp muộn". */
function problemSummary(problems: readonly ReportProblem[]): string {
  if (problems.length === 0) return '';
  const counts = new Map<string, number>();
  for (const p of problems) {
    const label = PROBLEM_LABELS[p.kind];
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return `${problems.length} vấn đề: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}`;
}

/**
 * Writes the layout into a new sheet, then swaps it in for the old summary (rename old → new →
 * delete old). Until the swap the old summary is untouched; a failure removes the new sheet.
 */
function writeSummary(
  ss: Spreadsheet,
  name: string,
  layout: SummaryLayout,
  old: { sheet: Sheet; height: number; width: number } | null,
  byName: ReadonlyMap<string, Sheet>,
): { warnings: string[]; sheet: Sheet } {
  const warnings: string[] = [];
  const tempName = `${name} (đang ghi)`;
  const backupName = `${name} (cũ)`;
  for (const stale of [tempName, backupName]) {
    const s = byName.get(stale.toLowerCase());
    if (s) ss.deleteSheet(s);
  }
  const index = old ? old.sheet.getIndex() - 1 : ss.getNumSheets();
  // Merging again: the new sheet starts as a copy of the old summary, so its column widths (the
  // coordinator's too), frozen column and title size come with it; everything the old one held is
  // written over below.
  const temp = old
    ? ss.insertSheet(tempName, index, { template: old.sheet })
    : ss.insertSheet(tempName, index);
  try {
    fillSummary(temp, layout, old);
  } catch (e) {
    dropQuietly(ss, temp);
    throw e;
  }
  if (!old) {
    temp.setName(name);
    return { warnings, sheet: temp };
  }
  old.sheet.setName(backupName);
  try {
    temp.setName(name);
  } catch (e) {
    old.sheet.setName(name);
    dropQuietly(ss, temp);
    throw e;
  }
  try {
    ss.deleteSheet(old.sheet);
  } catch {
    warnings.push(`Không xoá được trang "${backupName}" (bảng tổng hợp cũ); có thể xoá tay.`);
  }
  return { warnings, sheet: temp };
}

function dropQuietly(ss: Spreadsheet, sheet: Sheet): void {
  try {
    ss.deleteSheet(sheet);
  } catch {
    // The original error matters more; a leftover temp sheet is removed by the next merge.
  }
}

/** The layout padded with blank cells to `height` × `width` (over what an older summary held). */
function padded(layout: SummaryLayout, height: number, width: number): CellGrid {
  if (height <= layout.values.length && width <= (layout.values[0]?.length ?? 0)) return layout;
  const pad = <T>(rows: readonly (readonly T[])[], blank: T): T[][] =>
    Array.from({ length: height }, (_, r) => {
      const row = rows[r] ?? [];
      return Array.from({ length: width }, (_, c) => (c < row.length ? (row[c] as T) : blank));
    });
  return {
    values: pad<unknown>(layout.values, ''),
    formats: pad(layout.formats, '@'),
    weights: pad(layout.weights, 'normal'),
    backgrounds: pad<string | null>(layout.backgrounds, null),
    wraps: pad(layout.wraps, true),
  };
}

function fillSummary(
  sheet: Sheet,
  layout: SummaryLayout,
  old: { height: number; width: number } | null,
): void {
  const height = Math.max(layout.values.length, old?.height ?? 0);
  const width = Math.max(layout.values[0]?.length ?? 1, old?.width ?? 0);
  writeGrid(topLeftBlock(sheet, height, width), padded(layout, height, width));
  if (old) {
    // A copy keeps the old summary's protection where Sheets copies protections: not twice.
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE))
      if (p.getDescription().startsWith(PROTECTION_PREFIX)) p.remove();
  } else {
    sheet.getRange(1, 1).setFontSize(13);
    setWidths(sheet, layout.widths);
    sheet.setFrozenColumns(1);
  }
  const produced = layout.producedWidth;
  sheet
    .getRange(layout.taskHeaderRow, 1, layout.taskRows + 1, produced)
    .protect()
    .setDescription(
      `${PROTECTION_PREFIX}cột do Sáu Rõ tổng hợp; sửa tay sẽ mất khi tổng hợp lại. Thêm cột nhận xét ở bên phải.`,
    )
    .setWarningOnly(true);
}
