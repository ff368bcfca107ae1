// "Nộp báo cáo": checks a unit's sheet and, when it passes, records the submission (the record in
// the add-on's metadata, with the digest of the values submitted) and shows it on the sheet. A
// sheet that fails is shown its problems and nothing changes. The menu, the sidebar, the CLI and
// the sheet's "Nộp báo cáo" box all come here.
import { cellString } from '../../core/sheet/cellText.ts';
import { codeKey } from '../../core/report/merge/mergeIntake.ts';
import { isLate } from '../../core/report/period.ts';
import { validateSubmission } from '../../core/report/submission.ts';
import { UserError } from '../../core/userError.ts';
import type { SubmitProblemView, SubmitView } from '../api.ts';
import { requireUnitEditor } from '../roles/roles.ts';
import type { Transaction } from '../tx/transaction.ts';
import { appendAudit, queueAudit, type AuditEntry } from './auditLog.ts';
import { assertOpen, type ReportContext } from './reportContext.ts';
import { resolvePeriod } from './settings.ts';
import { labelAt, layoutProblems, rowHasInput, toSubmission } from './layout/submissionRead.ts';
import { HEADER_LAYOUT, SUBMISSION_LABELS } from './layout/submissionColumns.ts';
import { rowFingerprint } from './layout/submissionDigest.ts';
import { readRecords, type PeriodRecords } from './records.ts';
import { digestOf, stampLine, sentBackLine } from './submissionState.ts';
import {
  canonicalUnit,
  findSubmissionSheets,
  paintInputRows,
  readSubmissionSheet,
  samePeriod,
  submissionSheetName,
  type FoundSheet,
} from './submissionSheet.ts';

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

/** Entries sent back and not changed since: resubmitting them as they were is refused. */
function unchangedSentBack(found: FoundSheet, records: PeriodRecords): SubmitProblemView[] {
  const sent = records.sendBacks[found.key] ?? {};
  const out: SubmitProblemView[] = [];
  for (const b of found.parsed.blocks) {
    const codeCol = b.match.index.code;
    if (codeCol === undefined) continue;
    for (const r of b.rows) {
      const rec = sent[codeKey(r.cells[codeCol])];
      if (!rec || rec.row !== rowFingerprint(r)) continue;
      out.push({
        sheet: found.parsed.sheet,
        row: r.row,
        column: 'Mã',
        message: `Dòng ${r.row}: mục ${rec.code} đã bị trả lại (${rec.reason}) nhưng chưa được sửa; hãy sửa rồi nộp lại.`,
        severity: 'error',
      });
    }
  }
  return out;
}

export interface SubmitHow {
  /** The sheet's box, or the menu / sidebar / CLI. */
  via: 'menu' | 'checkbox';
  /** The person recorded: an email, or '' when Sheets did not tell (the unit's name is used). */
  by: string;
  /** May this run write the coordinator-only sheets (the log, the settings)? */
  coordinatorRun: boolean;
}

/**
 * Checks and records one sheet. `how.via === 'menu'`: the caller's role is checked against the
 * sheet's unit; a box tick was already allowed by the sheet's protection.
 */
export function submit(
  ctx: ReportContext,
  target: SubmitTarget,
  tx: Transaction,
  how: SubmitHow,
): SubmitView {
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
  if (how.via === 'menu') {
    requireUnitEditor(ctx.roles, ctx.dir, found.unit, ctx.user, {
      vi: 'nộp báo cáo của đơn vị này',
      en: "submit this unit's report",
    });
  }
  const store = readRecords(ctx.ss, ctx.period.text);
  const problems = [...check(found, ctx.today), ...unchangedSentBack(found, store.records)];
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
  const by = how.by !== '' ? how.by : found.unit;
  const at = ctx.minute.replace(' ', 'T');
  const key = found.key;
  const next: PeriodRecords = {
    ...store.records,
    submissions: {
      ...store.records.submissions,
      [key]: {
        unit: found.unit,
        sheet: found.parsed.sheet,
        at,
        by,
        via: how.via,
        digest: digestOf(found.parsed),
      },
    },
    sendBacks: Object.fromEntries(
      Object.entries(store.records.sendBacks).filter(([k]) => k !== key),
    ),
  };
  store.save(next, tx);
  const late = isLate(at, ctx.period.deadline);
  showOnSheet(tx, found, stampLine(at, by));
  const entry: AuditEntry = {
    at: ctx.now,
    user: by,
    action: 'Nộp báo cáo',
    period: ctx.period.text,
    unit: found.unit,
    counts: `${found.parsed.sheet}${late ? '; nộp sau hạn' : ''}${how.via === 'checkbox' ? '; tích ô "Nộp báo cáo"' : ''}`,
    problems: problems.length > 0 ? `${problems.length} lưu ý (cách viết đã được hiểu)` : '',
    details: problems.map((p) => p.message),
  };
  if (how.coordinatorRun) {
    appendAudit(tx, entry, ctx);
    ctx.saveSettings(tx);
  } else {
    queueAudit(tx, entry);
  }
  return { ...base, accepted: true, submittedAt: at, submittedBy: by, late, problems };
}

/**
 * What people read on the sheet: the stamp, the send-back list cleared, the result beside the box,
 * and the send-back highlight removed. The record is the truth; these are a copy for people.
 */
function showOnSheet(tx: Transaction, found: FoundSheet, stamp: string): void {
  const { parsed, sheet } = found;
  const stateRow = labelAt(parsed, SUBMISSION_LABELS.state)?.row;
  const sentBackRow = labelAt(parsed, SUBMISSION_LABELS.sentBack)?.row;
  if (stateRow !== undefined && sentBackRow === stateRow + 1) {
    tx.setValues(sheet.getRange(stateRow, 2, 2, 1), [[stamp], ['']]);
  } else {
    if (stateRow !== undefined) tx.setValues(sheet.getRange(stateRow, 2), [[stamp]]);
    if (sentBackRow !== undefined && parsed.sentBack.size > 0)
      tx.setValues(sheet.getRange(sentBackRow, 2), [['']]);
  }
  if (parsed.submitBox) {
    tx.setValues(sheet.getRange(parsed.submitBox.row, 3), [[`${stamp}.`]]);
  }
  for (const b of parsed.blocks) {
    const codeCol = b.match.index.code;
    if (codeCol === undefined) continue;
    const rows = b.rows
      .filter((r) => parsed.sentBack.has(codeKey(r.cells[codeCol])))
      .map((r) => r.row);
    paintInputRows(sheet, b, rows, null, tx);
  }
}

/** The lines shown for a sheet's entries sent back (records, not the cell). */
export function sentBackText(records: PeriodRecords, key: string): string {
  return Object.values(records.sendBacks[key] ?? {})
    .map(sentBackLine)
    .join('\n');
}

/** A refused box tick: the box unticked and the reasons beside it (its own transaction). */
export function showRefusal(tx: Transaction, sheet: Sheet, row: number, reasons: string[]): void {
  const text = [
    `Chưa nộp được, ${reasons.length} lỗi cần sửa rồi tích lại:`,
    ...reasons.slice(0, 4),
    ...(reasons.length > 4 ? [`… và ${reasons.length - 4} lỗi khác.`] : []),
  ].join('\n');
  tx.setValues(sheet.getRange(row, 2, 1, 2), [[false, text]]);
}

/** The state and the box's neighbour once the sheet no longer matches what was submitted. */
export const EDITED_STATE = 'Cần nộp lại (phiếu đã sửa sau khi nộp)';
export const EDITED_NOTE = 'Phiếu đã sửa sau khi nộp: tích lại ô "Nộp báo cáo" khi đã sửa xong.';

/**
 * A unit changed its sheet after submitting (or the office sent an entry back): the box is
 * unticked and the state says it must be submitted again, so that nobody reads a ticked box as
 * "done" while the merge no longer counts the sheet. Part of the caller's transaction.
 */
export function showResubmitNeeded(
  tx: Transaction,
  sheet: Sheet,
  state: string,
  why: string,
): void {
  const top = HEADER_LAYOUT.stateRow;
  const rows = HEADER_LAYOUT.submitRow - top + 1;
  const range = sheet.getRange(top, 2, rows, 2);
  const next = range.getValues().map((r) => [...r]);
  const stateCells = next[0];
  const box = next[rows - 1];
  if (stateCells) stateCells[0] = state;
  if (box) {
    box[0] = false;
    box[1] = why;
  }
  tx.setValues(range, next);
}
