// "Nhật ký", the audit log: one short row per action that changed the workbook (time, user,
// action, period, unit, figures, problems), never taller than about five lines; the long lists
// (notes of a distribution, every problem of a submission) go one per row to "Nhật ký chi tiết".
// Both sheets are protected for the coordinating office. The row is written inside the action's
// transaction, so it exists exactly when the action happened. A unit's editor who submits from
// the menu cannot write the log: the entry waits in the add-on's metadata (queueAudit) and the
// next run by a coordinator writes it, with its own time.
import { asData } from '../../core/sheet/cellText.ts';
import { COLOURS } from '../sheet/colours.ts';
import { protectSheet, PROTECTION_PREFIX } from '../roles/protect.ts';
import { atomically, type Transaction } from '../tx/transaction.ts';
import { setWidths } from '../sheet/grid.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const AUDIT_SHEET = 'Nhật ký';
export const AUDIT_DETAIL_SHEET = 'Nhật ký chi tiết';
const QUEUE_KEY = 'sauro.auditQueue';

const AUDIT_HEADERS = [
  'Thời gian',
  'Người thực hiện',
  'Thao tác',
  'Kỳ',
  'Đơn vị',
  'Số liệu',
  'Vấn đề',
] as const;
const WIDTHS = [130, 200, 150, 80, 200, 380, 420];
const DETAIL_HEADERS = ['Thời gian', 'Thao tác', 'Kỳ', 'Đơn vị', 'Nội dung'] as const;
const DETAIL_WIDTHS = [130, 150, 80, 200, 720];

/** A log cell: at most this many characters and lines (about five lines at the column width). */
const MAX_CHARS = 240;
const MAX_LINES = 4;

export interface AuditEntry {
  at: Date;
  user: string;
  action: string;
  period: string;
  unit?: string;
  counts: string;
  /** A short summary of the problems ("3 vấn đề: 1 Chưa nộp, 2 Nộp muộn"). */
  problems: string;
  /** One row each in "Nhật ký chi tiết". */
  details?: string[];
}

/** Text cut to a few short lines, so no row of the log grows tall. */
export function shortText(text: string, maxChars = MAX_CHARS, maxLines = MAX_LINES): string {
  const lines = text.split('\n');
  let out = lines.slice(0, maxLines).join('\n');
  if (lines.length > maxLines) out += ' …';
  return out.length > maxChars ? `${out.slice(0, maxChars - 1)}…` : out;
}

export interface LogAccess {
  coordinators: readonly string[];
  keep: readonly string[];
}

function createLogSheet(
  tx: Transaction,
  name: string,
  headers: readonly string[],
  widths: readonly number[],
  access: LogAccess,
): Sheet {
  const sheet = tx.stageSheet(name, tx.ss.getNumSheets());
  sheet
    .getRange(1, 1, 1, headers.length)
    .setValues([[...headers]])
    .setFontWeight('bold')
    .setBackground(COLOURS.done);
  sheet.setFrozenRows(1);
  setWidths(sheet, widths);
  const rows = sheet.getMaxRows() - 1;
  const body = sheet.getRange(2, 1, rows, headers.length);
  body.setNumberFormats(
    Array.from({ length: rows }, () => [
      'dd/MM/yyyy HH:mm',
      ...new Array<string>(headers.length - 1).fill('@'),
    ]),
  );
  body.setWrap(true).setVerticalAlignment('top');
  protectSheet(sheet, {
    description: `${PROTECTION_PREFIX}${name.toLowerCase()} do Sáu Rõ ghi; chỉ cơ quan thường trực được sửa`,
    editors: access.coordinators,
    keep: access.keep,
    fresh: true, // staged just now: no protection yet
  });
  return sheet;
}

/** Appends rows below the last one (adding rows when the sheet is full); undone on failure. */
function appendRows(tx: Transaction, sheet: Sheet, rows: unknown[][]): void {
  if (rows.length === 0) return;
  const first = sheet.getLastRow() + 1;
  const max = sheet.getMaxRows();
  const need = first + rows.length - 1 - max;
  if (need > 0) {
    const add = Math.max(need, 500);
    sheet.insertRowsAfter(max, add);
    tx.onUndo(() => sheet.deleteRows(max + 1, add));
  }
  const range = sheet.getRange(first, 1, rows.length, rows[0]?.length ?? 1);
  // A date written into a cell may give it a number format: the undo puts the formats back too.
  const formats = range.getNumberFormats();
  range.setValues(rows);
  tx.onUndo(() => {
    range.clearContent();
    range.setNumberFormats(formats);
  });
}

function sheetFor(
  tx: Transaction,
  name: string,
  headers: readonly string[],
  widths: readonly number[],
  access: LogAccess,
): Sheet {
  return (
    tx.stagedSheet(name) ??
    tx.ss.getSheetByName(name) ??
    createLogSheet(tx, name, headers, widths, access)
  );
}

interface QueuedEntry extends Omit<AuditEntry, 'at'> {
  at: string;
}

function readQueue(ss: Spreadsheet): {
  meta: GoogleAppsScript.Spreadsheet.DeveloperMetadata | undefined;
  entries: QueuedEntry[];
} {
  const meta = ss.createDeveloperMetadataFinder().withKey(QUEUE_KEY).find()[0];
  let entries: QueuedEntry[] = [];
  try {
    const parsed: unknown = JSON.parse(meta?.getValue() ?? '[]');
    if (Array.isArray(parsed)) entries = parsed as QueuedEntry[];
  } catch {
    entries = [];
  }
  return { meta, entries };
}

/**
 * For a unit's editor, who may not write the log: keeps the entry in the add-on's metadata until
 * a coordinator's run writes it (undone on failure with the rest of the action).
 */
export function queueAudit(tx: Transaction, entry: AuditEntry): void {
  const { meta, entries } = readQueue(tx.ss);
  const next = JSON.stringify([...entries, { ...entry, at: entry.at.toISOString() }]);
  if (meta) {
    const old = meta.getValue() ?? '[]';
    meta.setValue(next);
    tx.onUndo(() => meta.setValue(old));
  } else {
    tx.ss.addDeveloperMetadata(QUEUE_KEY, next, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    tx.onUndo(() => {
      for (const m of tx.ss.createDeveloperMetadataFinder().withKey(QUEUE_KEY).find()) m.remove();
    });
  }
}

function mainRow(e: AuditEntry, detailCount: number): unknown[] {
  const more =
    detailCount > 0 ? `Chi tiết: ${detailCount} dòng ở trang "${AUDIT_DETAIL_SHEET}".` : '';
  const problems = [shortText(e.problems, MAX_CHARS - more.length - 1), more]
    .filter((s) => s !== '')
    .join('\n');
  return [
    e.at,
    asData(e.user),
    e.action,
    e.period,
    asData(e.unit ?? ''),
    asData(shortText(e.counts)),
    asData(problems),
  ];
}

/**
 * Writes the entry (after any queued ones) to "Nhật ký", and its details to "Nhật ký chi tiết",
 * creating them (protected for the coordinators) when missing. Part of the action's transaction.
 */
export function appendAudit(tx: Transaction, entry: AuditEntry, access: LogAccess): void {
  const { meta, entries } = readQueue(tx.ss);
  const all: AuditEntry[] = [...entries.map((q) => ({ ...q, at: new Date(q.at) })), entry];
  const rows = all.map((e) => mainRow(e, e.details?.length ?? 0));
  const details = all.flatMap((e) =>
    (e.details ?? []).map((d) => [
      e.at,
      e.action,
      e.period,
      asData(e.unit ?? ''),
      asData(shortText(d)),
    ]),
  );
  appendRows(tx, sheetFor(tx, AUDIT_SHEET, AUDIT_HEADERS, WIDTHS, access), rows);
  if (details.length > 0) {
    const detailSheet = sheetFor(tx, AUDIT_DETAIL_SHEET, DETAIL_HEADERS, DETAIL_WIDTHS, access);
    appendRows(tx, detailSheet, details);
  }
  if (meta && entries.length > 0) {
    const old = meta.getValue() ?? '[]';
    meta.setValue('[]');
    tx.onUndo(() => meta.setValue(old));
  }
}

/** The log row on its own, for actions that are not one transaction (their own undo, or none). */
export function logNow(ss: Spreadsheet, entry: AuditEntry, access: LogAccess): void {
  atomically(ss, { vi: 'ghi nhật ký', en: 'write the log' }, (tx) =>
    appendAudit(tx, entry, access),
  );
}
