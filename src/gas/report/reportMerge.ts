// "Tổng hợp": reads every submission sheet of the period once, merges those whose record matches
// (core), and writes the commune summary, all-or-nothing. Everything is computed before the first
// write. A first summary is staged under a temporary name; a later one is rewritten in place (same
// sheet, so references into it survive), keeping what the coordinator typed beside the blocks.
import { codeKey } from '../../core/report/merge/mergeIntake.ts';
import { mergeSubmissions, mergeStatsJson } from '../../core/report/merge/merge.ts';
import type { MasterKpi, MergeResult } from '../../core/report/merge/mergeTypes.ts';
import { evaluate } from '../../core/kpi/kpiEvaluate.ts';
import { targetFromCell } from '../../core/kpi/kpiFunctions.ts';
import { applyMeasureUnit } from '../../core/kpi/targetWrite.ts';
import { asData } from '../../core/sheet/cellText.ts';
import type { Submission } from '../../core/report/submission.ts';
import { formatDay } from '../../core/text/calendar.ts';
import { UserError } from '../../core/userError.ts';
import type { MergeStatsView, MergeView } from '../api.ts';
import { PROTECTION_PREFIX, protectSheet, removeProtections } from '../roles/protect.ts';
import { GridBuilder, setWidths, topLeftBlock, writeGrid } from '../sheet/grid.ts';
import type { ListedSheets, Transaction } from '../tx/transaction.ts';
import { appendAudit } from './auditLog.ts';
import {
  layoutSummary,
  PROBLEM_LABELS,
  readPreviousSummary,
  summarySheetName,
  type PreviousSummary,
  type ReportProblem,
  type SummaryLayout,
} from './layout/mergeSummary.ts';
import { assertOpen, type ReportContext } from './reportContext.ts';
import { readPlan, type Plan } from './reportPlan.ts';
import { layoutProblems, toSubmission } from './layout/submissionRead.ts';
import { readRecords } from './records.ts';
import { sharedDescription } from './sharedSheets.ts';
import {
  asRecorded,
  EDITED_AFTER_SUBMIT,
  sentBackLine,
  stateOf,
  unitStateText,
  type SheetState,
} from './submissionState.ts';
import { scanSubmissionSheets, type FoundSheet } from './submissionSheet.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

export interface MergeOutcome {
  view: MergeView;
  result: MergeResult;
  /** The workbook's sheets with their names as the merge found them (before its own). */
  sheets: ListedSheets;
  /** The summary sheet and the values of its blocks, for the dashboard that follows. */
  written: { sheet: Sheet; values: unknown[][] };
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

/** A submitted sheet without a required column stops the merge before anything is written. */
function assertReadable(
  found: readonly FoundSheet[],
  states: ReadonlyMap<FoundSheet, SheetState>,
): void {
  for (const f of found) {
    if (states.get(f)?.status !== 'submitted') continue;
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

/** Sent-back entries (records) are left out until the unit resubmits; each is listed. */
function sentBackProblems(f: FoundSheet, state: SheetState): ReportProblem[] {
  const out: ReportProblem[] = [];
  for (const b of f.parsed.blocks) {
    const codeCol = b.match.index.code;
    if (codeCol === undefined) continue;
    for (const r of b.rows) {
      const rec = state.sentBack.get(codeKey(r.cells[codeCol]));
      if (rec === undefined) continue;
      out.push({
        kind: 'sentBack',
        unit: f.unit,
        sheet: f.parsed.sheet,
        row: r.row,
        code: String(r.cells[codeCol] ?? ''),
        message: `Đã trả lại cho ${f.unit}, chưa tính vào tổng hợp: ${sentBackLine(rec)}`,
      });
    }
  }
  return out;
}

function editedProblem(f: FoundSheet, state: SheetState): ReportProblem {
  return {
    kind: 'editedAfterSubmit',
    unit: f.unit,
    sheet: f.parsed.sheet,
    message: `Phiếu "${f.parsed.sheet}" của ${f.unit} đã nộp lúc ${formatDay(state.record?.at ?? '')} nhưng ${EDITED_AFTER_SUBMIT}; chưa tính vào tổng hợp.`,
  };
}

function unitStates(
  plan: Plan,
  found: readonly FoundSheet[],
  states: ReadonlyMap<FoundSheet, SheetState>,
  deadline: string,
): Map<string, string> {
  return new Map(
    plan.expectedUnits.map((unit) => {
      const mine = found.filter((f) => f.unit === unit).flatMap((f) => states.get(f) ?? []);
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

/** `listed`: the workbook's sheets with their names, when the action's guard has just listed them. */
export function merge(ctx: ReportContext, tx: Transaction, listed?: ListedSheets): MergeOutcome {
  assertOpen(ctx);
  const { ss } = ctx;
  const plan = readPlan(ss, ctx.dir, ctx.coordinator);
  const { found, sheets } = scanSubmissionSheets(ss, ctx.period.text, ctx.dir, {
    formats: true,
    skip: new Set(plan.sheets),
    known: listed,
  });
  const records = readRecords(ss, ctx.period.text).records;
  const states = new Map(found.map((f) => [f, stateOf(f, records)] as const));
  assertReadable(found, states);
  const extra: ReportProblem[] = [];
  const submissions: Submission[] = found.map((f) => {
    const state = states.get(f) ?? { status: 'draft', sentBack: new Map() };
    if (state.status === 'submitted') extra.push(...sentBackProblems(f, state));
    if (state.status === 'edited') extra.push(editedProblem(f, state));
    return toSubmission(asRecorded(f, state), f.unit, new Set(state.sentBack.keys()));
  });

  const name = summarySheetName(ctx.period.text);
  const old = ss.getSheetByName(name);
  const oldValues = old ? old.getDataRange().getValues() : null;
  const previous: PreviousSummary = oldValues
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
  const problems: ReportProblem[] = [...result.problems, ...extra];
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
    unitStates: unitStates(plan, found, states, ctx.period.deadline),
    sectionNames,
    previous,
  });

  let summary: Sheet;
  if (old) {
    rewriteSummary(tx, old, layout, previous);
    summary = old;
  } else {
    const sheet = tx.stageSheet(name, ss.getNumSheets());
    summary = sheet;
    fillSummary(sheet, layout);
    protectSheet(sheet, {
      description: sharedDescription(name),
      editors: ctx.coordinators,
      keep: ctx.keep,
      fresh: true, // staged just now: no protection yet
    });
    sheet.addDeveloperMetadata(SPANS_KEY, JSON.stringify(layout.spans), PROJECT());
  }
  const stats = statsView(result, plan.planTasks.length, problems);
  ctx.saveSettings(tx);
  appendAudit(
    tx,
    {
      at: ctx.now,
      user: ctx.user,
      action: 'Tổng hợp',
      period: ctx.period.text,
      counts: `${stats.submitted}/${stats.units} đơn vị đã nộp (${stats.late} muộn); ${stats.tasks} nhiệm vụ, ${stats.due} đến hạn, ${stats.done} hoàn thành${stats.completion === null ? '' : ` (${String(stats.completion).replace('.', ',')}%)`}, ${stats.overdue} quá hạn; chỉ tiêu ${stats.kpiAchieved}/${stats.kpiJudged} đạt`,
      problems: problemSummary(problems),
    },
    ctx,
  );
  return {
    result,
    sheets,
    written: { sheet: summary, values: layout.values },
    view: {
      period: ctx.period.text,
      sheetName: name,
      stats,
      byUnit: result.byUnit,
      bySection: result.bySection,
      dashboard: null,
      warnings: [],
    },
  };
}

/** "3 vấn đề: 1 Chưa nộp, 2 Nộp muộn" (the full list is block E of the summary). */
function problemSummary(problems: readonly ReportProblem[]): string {
  if (problems.length === 0) return '';
  const counts = new Map<string, number>();
  for (const p of problems) {
    const label = PROBLEM_LABELS[p.kind];
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return `${problems.length} vấn đề: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')} (danh sách ở khối E của trang tổng hợp)`;
}

const SPANS_KEY = 'sauro.summarySpans';
const PRODUCED_PROTECTION = `${PROTECTION_PREFIX}cột do Sáu Rõ tổng hợp`;

function PROJECT(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
  return SpreadsheetApp.DeveloperMetadataVisibility.PROJECT;
}

/** The layout into a fresh sheet: one grid, widths, the frozen column, the warning protection. */
function fillSummary(sheet: Sheet, layout: SummaryLayout): void {
  writeGrid(topLeftBlock(sheet, layout.values.length, layout.values[0]?.length ?? 1), layout);
  sheet.getRange(1, 1).setFontSize(13);
  setWidths(sheet, layout.widths);
  sheet.setFrozenColumns(1);
  producedProtection(sheet, layout);
}

function producedProtection(sheet: Sheet, layout: SummaryLayout, tx?: Transaction): Protection {
  const p = sheet
    .getRange(layout.taskHeaderRow, 1, layout.taskRows + 1, layout.producedWidth)
    .protect();
  if (tx) tx.onUndo(() => p.remove());
  return p
    .setDescription(
      `${PRODUCED_PROTECTION}; sửa tay sẽ mất khi tổng hợp lại. Thêm cột nhận xét ở bên phải.`,
    )
    .setWarningOnly(true);
}

/**
 * Merging again rewrites the summary in place: the same sheet, so formulas elsewhere that point
 * into it keep working. The new content (with the coordinator's free text beside the blocks kept)
 * is prepared in a scratch sheet and copied over in one call after a backup copy; a failure puts
 * the backup back.
 */
function rewriteSummary(
  tx: Transaction,
  sheet: Sheet,
  layout: SummaryLayout,
  previous: PreviousSummary,
): void {
  const spansMeta = sheet.createDeveloperMetadataFinder().withKey(SPANS_KEY).find()[0];
  const area = sheet.getDataRange();
  const oldH = area.getNumRows();
  const oldW = area.getNumColumns();
  const oldSpans = parseSpans(spansMeta?.getValue() ?? null, oldH, oldW);
  // The coordinator's columns of the task and KPI blocks are carried by code: not free text.
  for (const block of [previous.tasks, previous.kpis]) {
    const a = block.area;
    if (!a) continue;
    for (let r = a.from; r <= a.to && r < oldH; r++)
      oldSpans[r] = Math.max(oldSpans[r] ?? 0, a.width);
  }
  const newH = layout.values.length;
  const newW = layout.values[0]?.length ?? 1;
  const height = Math.max(oldH, newH);
  const width = Math.max(oldW, newW);
  const old = {
    values: area.getValues(),
    formulas: area.getFormulas(),
    formats: area.getNumberFormats(),
    weights: area.getFontWeights(),
    backgrounds: area.getBackgrounds(),
    wraps: area.getWraps(),
  };
  const g = new GridBuilder<unknown>(width);
  for (let r = 0; r < height; r++) {
    const own = layout.spans[r] ?? 0;
    const owned = oldSpans[r] ?? 0;
    g.push(
      Array.from({ length: width }, (_, c) => {
        if (c < own) return layout.values[r]?.[c] ?? '';
        if (c < owned || r >= oldH || c >= oldW) return '';
        const f = old.formulas[r]?.[c] ?? '';
        return f !== '' ? f : asData(old.values[r]?.[c] ?? '');
      }),
      (_, c) => {
        if (c < own) return layout.formats[r]?.[c] ?? '@';
        if (c < owned || r >= oldH || c >= oldW) return '@';
        return old.formats[r]?.[c] ?? '@';
      },
    );
    // Per cell: the layout's own style, the free text's as it was, or blank. Plain code, no
    // closure per cell: this runs for every cell of a summary of thousands of rows.
    const weights = g.weights[r] as Array<'bold' | 'normal'>;
    const backgrounds = g.backgrounds[r] as Array<string | null>;
    const wraps = g.wraps[r] as boolean[];
    const fresh = { w: layout.weights[r], b: layout.backgrounds[r], x: layout.wraps[r] };
    const before = { w: old.weights[r], b: old.backgrounds[r], x: old.wraps[r] };
    for (let c = 0; c < width; c++) {
      if (c < own) {
        weights[c] = fresh.w?.[c] ?? 'normal';
        backgrounds[c] = fresh.b?.[c] ?? null;
        wraps[c] = fresh.x?.[c] ?? true;
      } else if (c >= owned && r < oldH && c < oldW) {
        weights[c] = before.w?.[c] === 'bold' ? 'bold' : 'normal';
        backgrounds[c] = normalBackground(before.b?.[c]);
        wraps[c] = before.x?.[c] ?? true;
      } else {
        weights[c] = 'normal';
        backgrounds[c] = null;
        wraps[c] = true;
      }
    }
  }
  const scratch = tx.scratchSheet();
  writeGrid(topLeftBlock(scratch, height, width), g);
  scratch.getRange(1, 1).setFontSize(13);
  const maxRows = sheet.getMaxRows();
  if (height > maxRows) {
    sheet.insertRowsAfter(maxRows, height - maxRows);
    tx.onUndo(() => sheet.deleteRows(maxRows + 1, height - maxRows));
  }
  const maxCols = sheet.getMaxColumns();
  if (width > maxCols) {
    sheet.insertColumnsAfter(maxCols, width - maxCols);
    tx.onUndo(() => sheet.deleteColumns(maxCols + 1, width - maxCols));
  }
  tx.backup(sheet, height, width);
  scratch.getRange(1, 1, height, width).copyTo(sheet.getRange(1, 1, height, width));
  const oldProduced = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => p.getDescription().startsWith(PRODUCED_PROTECTION));
  producedProtection(sheet, layout, tx);
  removeProtections(oldProduced, tx);
  const spans = JSON.stringify(layout.spans);
  if (spansMeta) {
    const before = spansMeta.getValue() ?? '';
    spansMeta.setValue(spans);
    tx.onUndo(() => spansMeta.setValue(before));
  } else {
    sheet.addDeveloperMetadata(SPANS_KEY, spans, PROJECT());
    tx.onUndo(() => {
      for (const m of sheet.createDeveloperMetadataFinder().withKey(SPANS_KEY).find()) m.remove();
    });
  }
  setWidths(sheet, layout.widths);
}

/** White is what Sheets reports for "no colour". */
function normalBackground(bg: string | undefined): string | null {
  return bg === undefined || bg.toLowerCase() === '#ffffff' ? null : bg;
}

/** The spans stored by the last merge; a summary made before they were stored owns everything. */
function parseSpans(text: string | null, height: number, width: number): number[] {
  try {
    const parsed: unknown = JSON.parse(text ?? 'null');
    if (Array.isArray(parsed) && parsed.every((n) => typeof n === 'number')) return parsed;
  } catch {
    // Unreadable: fall through.
  }
  return new Array<number>(height).fill(width);
}
