// "Nộp báo cáo": checks a unit's sheet and, when it passes, stamps it with the time and the user.
// A sheet that fails is shown its problems and nothing changes.
import { cellString } from '../../core/sheet/cellText.ts';
import { codeKey } from '../../core/report/merge/mergeIntake.ts';
import { isLate } from '../../core/report/period.ts';
import { validateSubmission } from '../../core/report/submission.ts';
import { UserError } from '../../core/userError.ts';
import type { SubmitProblemView, SubmitView } from '../api.ts';
import { appendAudit } from './auditLog.ts';
import { assertOpen, coordinatorEmails, type ReportContext } from './reportContext.ts';
import { resolvePeriod } from './settings.ts';
import {
  labelAt,
  layoutProblems,
  rowHasInput,
  stampText,
  toSubmission,
} from './layout/submissionRead.ts';
import { SUBMISSION_LABELS } from './layout/submissionColumns.ts';
import {
  canonicalUnit,
  findSubmissionSheets,
  paintInputRows,
  readSubmissionSheet,
  samePeriod,
  submissionSheetName,
  type FoundSheet,
} from './submissionSheet.ts';
import { COLOURS } from '../sheet/colours.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SubmitTarget {
  unit?: string;
  sheetName?: string;
  /** The period was given explicitly (else the sheet's own period is used). */
  periodGiven: boolean;
}

function readSheet(sheet: Sheet, ctx: ReportContext): FoundSheet | null {
  return readSubmissionSheet(sheet, sheet.getName(), ctx.dir, { formats: true });
}

function notASubmission(name: string): UserError {
  return new UserError({
    vi: `Trang "${name}" không phải phiếu báo cáo của Sáu Rõ (thiếu các dòng "Đơn vị", "Kỳ báo cáo" hoặc khối nhiệm vụ). Hãy mở đúng phiếu của đơn vị.`,
    en: `Sheet "${name}" is not a Sáu Rõ submission sheet.`,
    where: { sheet: name },
  });
}

/** The sheet to submit: the one named, else the unit's sheet for the period, else the active one. */
function findTarget(ctx: ReportContext, target: SubmitTarget): FoundSheet {
  const { ss } = ctx;
  if (target.sheetName !== undefined) {
    const sheet = ss.getSheetByName(target.sheetName);
    if (!sheet)
      throw new UserError({
        vi: `Không có trang tính "${target.sheetName}".`,
        en: `No sheet named "${target.sheetName}".`,
        where: { sheet: target.sheetName },
      });
    const found = readSheet(sheet, ctx);
    if (!found) throw notASubmission(target.sheetName);
    return found;
  }
  if (target.unit === undefined) {
    const sheet = ss.getActiveSheet();
    const found = readSheet(sheet, ctx);
    if (!found) throw notASubmission(sheet.getName());
    return found;
  }
  const unit = canonicalUnit(target.unit, ctx.dir);
  const known = ctx.dir.find(unit);
  const usualName = submissionSheetName(ctx.period.text, known ?? { name: unit }, () => false);
  const usual = ss.getSheetByName(usualName);
  const quick = usual
    ? readSubmissionSheet(usual, usual.getName(), ctx.dir, {
        formats: true,
        period: ctx.period.text,
      })
    : null;
  if (quick && quick.unit === unit) return quick;
  // The usual sheet, read above, is not the unit's: scan the others.
  const mine = findSubmissionSheets(ss, ctx.period.text, ctx.dir, {
    formats: true,
    skip: new Set([usualName]),
  }).filter((f) => f.unit === unit);
  if (mine.length === 1 && mine[0]) return mine[0];
  if (mine.length === 0)
    throw new UserError({
      vi: `Chưa có phiếu báo cáo kỳ ${ctx.period.text} của ${unit}. Hãy bấm "Tạo phiếu báo cáo" trước.`,
      en: `No ${ctx.period.text} submission sheet for ${unit}. Distribute the sheets first.`,
    });
  const active = ss.getActiveSheet().getName();
  const chosen = mine.find((f) => f.parsed.sheet === active);
  if (chosen) return chosen;
  const list = mine.map((f) => `"${f.parsed.sheet}"`).join(', ');
  throw new UserError({
    vi: `${unit} có ${mine.length} phiếu kỳ ${ctx.period.text}: ${list}. Hãy mở phiếu cần nộp rồi bấm "Nộp báo cáo".`,
    en: `${unit} has ${mine.length} sheets for ${ctx.period.text}: ${list}. Open the one to submit.`,
  });
}

/** A unit listing editors may only be submitted by them or by a coordinator. */
function assertMaySubmit(ctx: ReportContext, unit: string): void {
  if (ctx.user === '') return;
  const editors = ctx.dir.find(unit)?.editors ?? [];
  if (editors.length === 0) return;
  const allowed = [...editors, ...coordinatorEmails(ctx, false)].map((e) => e.toLowerCase());
  if (allowed.includes(ctx.user.toLowerCase())) return;
  const owner = ctx.ss.getOwner()?.getEmail() ?? '';
  if (owner.toLowerCase() === ctx.user.toLowerCase()) return;
  throw new UserError({
    vi: `${ctx.user} không có tên trong danh sách người nhập liệu của ${unit} (trang "Đơn vị"), nên không nộp báo cáo thay đơn vị này được.`,
    en: `${ctx.user} is not an editor of ${unit} in the "Đơn vị" sheet.`,
  });
}

/** Every problem with the sheet: layout, values, and a report with nothing in it. */
function check(found: FoundSheet, today: string): SubmitProblemView[] {
  const { parsed } = found;
  const layout = layoutProblems(parsed).map((p) => ({ ...p, severity: 'error' as const }));
  if (layout.length > 0) return layout;
  const targets: Record<string, string> = {};
  for (const b of parsed.blocks) {
    const codeCol = b.match.index.code;
    const targetCol = b.match.index.target;
    if (b.role !== 'kpi' || codeCol === undefined || targetCol === undefined) continue;
    for (const r of b.rows) targets[cellString(r.cells[codeCol])] = cellString(r.cells[targetCol]);
  }
  const submission = toSubmission(parsed, found.unit);
  const problems: SubmitProblemView[] = validateSubmission(submission, {
    kpiTargets: targets,
    submittedOn: today,
  }).map((p) => ({
    sheet: parsed.sheet,
    row: p.row,
    column: p.column,
    message: `Dòng ${p.row}, cột "${p.column}": ${p.message}`,
    severity: p.severity,
  }));
  const lead = parsed.blocks.filter((b) => b.role === 'lead' && b.headerRow > 0);
  const leadRows = lead.flatMap((b) => b.rows.map((r) => ({ b, r })));
  if (leadRows.length > 0 && !leadRows.some(({ b, r }) => rowHasInput(b, r))) {
    problems.push({
      sheet: parsed.sheet,
      row: lead[0]?.headerRow ?? 0,
      column: 'Trạng thái',
      message:
        'Phiếu chưa có nội dung: hãy ghi trạng thái, tiến độ hoặc kết quả của các nhiệm vụ chủ trì.',
      severity: 'error',
    });
  }
  return problems;
}

export function submit(ctx: ReportContext, target: SubmitTarget): SubmitView {
  const found = findTarget(ctx, target);
  if (!target.periodGiven && !samePeriod(found.parsed.periodText, ctx.period.text)) {
    // Submitting the open sheet: its own period counts, not the current one.
    const cell = {
      sheet: found.parsed.sheet,
      row: labelAt(found.parsed, SUBMISSION_LABELS.period)?.row ?? 0,
      column: 'B',
    };
    ctx = { ...ctx, period: resolvePeriod(ctx.settings, ctx.today, found.parsed.periodText, cell) };
  } else if (!samePeriod(found.parsed.periodText, ctx.period.text)) {
    throw new UserError({
      vi: `Trang "${found.parsed.sheet}" là phiếu kỳ "${found.parsed.periodText}", không phải kỳ ${ctx.period.text}.`,
      en: `Sheet "${found.parsed.sheet}" is for period "${found.parsed.periodText}", not ${ctx.period.text}.`,
      where: { sheet: found.parsed.sheet },
    });
  }
  assertOpen(ctx);
  assertMaySubmit(ctx, found.unit);
  const problems = check(found, ctx.today);
  const base = {
    period: ctx.period.text,
    unit: found.unit,
    sheetName: found.parsed.sheet,
  };
  if (problems.some((p) => p.severity === 'error')) {
    return {
      ...base,
      accepted: false,
      submittedAt: null,
      submittedBy: null,
      late: false,
      problems,
    };
  }
  const by = ctx.user !== '' ? ctx.user : found.unit;
  const at = ctx.minute.replace(' ', 'T');
  writeStamp(found, stampText(at, by));
  const late = isLate(at, ctx.period.deadline);
  ctx.saveSettings();
  appendAudit(ctx.ss, {
    at: ctx.now,
    user: by,
    action: 'Nộp báo cáo',
    period: ctx.period.text,
    unit: found.unit,
    counts: `${found.parsed.sheet}${late ? '; nộp sau hạn' : ''}`,
    problems: problems.map((p) => p.message).join('\n'),
  });
  return { ...base, accepted: true, submittedAt: at, submittedBy: by, late, problems };
}

/** The stamp, the cleared send-back list, and the send-back highlight removed. */
function writeStamp(found: FoundSheet, stamp: string): void {
  const { parsed, sheet } = found;
  const stateRow = labelAt(parsed, SUBMISSION_LABELS.state)?.row;
  if (stateRow === undefined) {
    throw new UserError({
      vi: `Trang "${parsed.sheet}" thiếu dòng "${SUBMISSION_LABELS.state}" để ghi thời điểm nộp.`,
      en: `Sheet "${parsed.sheet}" has no "${SUBMISSION_LABELS.state}" row.`,
      where: { sheet: parsed.sheet },
    });
  }
  const sentBackRow = labelAt(parsed, SUBMISSION_LABELS.sentBack)?.row;
  if (sentBackRow === stateRow + 1) {
    sheet.getRange(stateRow, 2, 2, 1).setValues([[stamp], ['']]);
  } else {
    sheet.getRange(stateRow, 2).setValues([[stamp]]);
    if (sentBackRow !== undefined && parsed.sentBack.size > 0)
      sheet.getRange(sentBackRow, 2).setValues([['']]);
  }
  sheet.getRange(stateRow, 2).setBackground(COLOURS.done);
  for (const b of parsed.blocks) {
    const codeCol = b.match.index.code;
    if (codeCol === undefined) continue;
    const sent = b.rows.filter((r) => parsed.sentBack.has(codeKey(r.cells[codeCol])));
    const rows = sent.map((r) => r.row);
    paintInputRows(sheet, b, rows, null);
  }
}
