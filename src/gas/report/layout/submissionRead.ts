// Reads a submission sheet back from its values (also a tab the unit filled elsewhere and the
// coordinator imported). No services.
import { cellString, isBlank } from '../../../core/sheet/cellText.ts';
import { foldText } from '../../../core/text/text.ts';
import {
  findHeaderRow,
  matchHeaders,
  normalizeHeaderKey,
  type HeaderMatch,
} from '../../../core/sheet/headerMatch.ts';
import { codeKey } from '../../../core/report/merge/mergeIntake.ts';
import type { Submission, SubmittedKpi, SubmittedTask } from '../../../core/report/submission.ts';
import { labelRows } from '../../sheet/table.ts';
import { BlockRole, SUBMISSION_LABELS, BLOCK_TITLES, columnsOf } from './submissionColumns.ts';

export interface ParsedRow {
  /** 1-based sheet row. */
  row: number;
  /** The row as read (shared with the sheet's values, never changed). */
  cells: readonly unknown[];
  formats: readonly string[];
}

export interface ParsedBlock {
  role: BlockRole;
  titleRow: number;
  /** 1-based; 0 when the block has no header row. */
  headerRow: number;
  /** The header row's cells as typed. */
  header: unknown[];
  match: HeaderMatch;
  rows: ParsedRow[];
}

export interface Stamp {
  /** 'YYYY-MM-DDTHH:mm', Vietnam time. */
  at: string;
  by: string;
}

export interface ParsedSheet {
  sheet: string;
  labels: Map<string, { row: number; value: unknown }>;
  unitText: string;
  periodText: string;
  stamp: Stamp | null;
  /** Entries sent back: code key → the line shown. */
  sentBack: Map<string, string>;
  /** The "Nộp báo cáo" box (column B of its row) and the result beside it (column C). */
  submitBox?: { row: number; checked: boolean; result: string };
  blocks: ParsedBlock[];
}

export interface LayoutProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

const LABEL_SCAN = 15;

/** The only non-blank cell of a row, or -1 (none, or more than one). */
function onlyFilled(row: readonly unknown[]): number {
  let at = -1;
  for (let i = 0; i < row.length; i++) {
    if (isBlank(row[i])) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

/** The block a title row opens, from its only non-blank cell. */
function blockOfTitle(row: readonly unknown[]): BlockRole | null {
  const filled = onlyFilled(row);
  if (filled < 0) return null;
  const text = foldText(cellString(row[filled]));
  if (text.length > 80) return null;
  if (/\bnhiem vu chu tri\b/.test(text)) return 'lead';
  if (/\bnhiem vu phoi hop\b/.test(text)) return 'partner';
  if (/^([a-e]\s*[.)]\s*)?chi tieu\b/.test(text)) return 'kpi';
  return null;
}

export function labelKey(label: string): string {
  return normalizeHeaderKey(label);
}

/** The row and value of a header-block label ("Trạng thái nộp"), when the sheet has it. */
export function labelAt(
  parsed: ParsedSheet,
  label: string,
): { row: number; value: unknown } | undefined {
  return parsed.labels.get(labelKey(label));
}

/** "Đã nộp lúc 2026-06-18 09:30 bởi x@y" (or dd/mm/yyyy HH:mm) → the stamp; null otherwise. */
function parseStamp(value: unknown): Stamp | null {
  const text = cellString(value);
  if (!/^da nop\b/.test(foldText(text))) return null;
  let at: string | null = null;
  let m = /(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})/.exec(text);
  if (m) at = `${m[1]}-${m[2]}-${m[3]}T${(m[4] ?? '').padStart(2, '0')}:${m[5]}`;
  else if ((m = /(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})/.exec(text))) {
    const p = (s: string | undefined) => (s ?? '').padStart(2, '0');
    at = `${m[3]}-${p(m[2])}-${p(m[1])}T${p(m[4])}:${m[5]}`;
  }
  if (at === null) return null;
  const by = /\bbởi\s+(.+)$/u.exec(text)?.[1]?.trim() ?? '';
  return { at, by };
}

export function stampText(at: string, by: string): string {
  return `Đã nộp lúc ${at.replace('T', ' ')} bởi ${by}`;
}

/** "III.7: lý do (…)" lines → code key → line. */
export function parseSentBack(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of cellString(value).split(/\n/)) {
    const m = /^\s*([^:]+?)\s*:/.exec(line);
    if (m && m[1] !== undefined) out.set(codeKey(m[1]), line.trim());
  }
  return out;
}

/**
 * Reads a sheet's values as a submission sheet, or null when it is not one: it needs the labels
 * "Đơn vị" and "Kỳ báo cáo" near the top and at least one block title below them.
 */
export function parseSubmissionValues(
  sheet: string,
  values: readonly (readonly unknown[])[],
  formats?: readonly (readonly string[])[],
): ParsedSheet | null {
  const labels = labelRows(values.slice(0, LABEL_SCAN));
  const get = (label: string) => labels.get(labelKey(label));
  const unit = get(SUBMISSION_LABELS.unit);
  const period = get(SUBMISSION_LABELS.period);
  if (!unit || !period) return null;
  const start = Math.max(unit.row, period.row);
  const titles: Array<{ role: BlockRole; row: number }> = [];
  for (let r = start; r < values.length; r++) {
    const role = blockOfTitle(values[r] ?? []);
    if (role) titles.push({ role, row: r });
  }
  if (titles.length === 0) return null;
  const blocks = titles.map((t, i) => {
    const end = titles[i + 1]?.row ?? values.length;
    return readBlock(t.role, t.row, end, values, formats);
  });
  const box = get(SUBMISSION_LABELS.submitBox);
  return {
    sheet,
    labels,
    ...(box
      ? {
          submitBox: {
            row: box.row,
            checked: box.value === true,
            result: cellString(values[box.row - 1]?.[2]),
          },
        }
      : {}),
    unitText: cellString(unit.value),
    periodText: cellString(period.value),
    stamp: parseStamp(get(SUBMISSION_LABELS.state)?.value),
    sentBack: parseSentBack(get(SUBMISSION_LABELS.sentBack)?.value),
    blocks,
  };
}

function readBlock(
  role: BlockRole,
  title: number,
  end: number,
  values: readonly (readonly unknown[])[],
  formats: readonly (readonly string[])[] | undefined,
): ParsedBlock {
  const columns = columnsOf(role);
  const window = values.slice(title + 1, Math.min(end, title + 4));
  const at = findHeaderRow(window, columns, window.length);
  if (at < 0) {
    return {
      role,
      titleRow: title + 1,
      headerRow: 0,
      header: [],
      match: matchHeaders([], columns),
      rows: [],
    };
  }
  const headerIndex = title + 1 + at;
  const match = matchHeaders(values[headerIndex] ?? [], columns);
  const rows: ParsedRow[] = [];
  for (let r = headerIndex + 1; r < end; r++) {
    const cells = values[r] ?? [];
    if (cells.every((v) => isBlank(v))) continue;
    rows.push({ row: r + 1, cells, formats: formats?.[r] ?? [] });
  }
  return {
    role,
    titleRow: title + 1,
    headerRow: headerIndex + 1,
    header: [...(values[headerIndex] ?? [])],
    match,
    rows,
  };
}

/** Required columns a block lacks, as problems naming the sheet, row and heading. */
export function layoutProblems(parsed: ParsedSheet): LayoutProblem[] {
  const out: LayoutProblem[] = [];
  for (const b of parsed.blocks) {
    const title = BLOCK_TITLES[b.role];
    if (b.headerRow === 0) {
      out.push({
        sheet: parsed.sheet,
        row: b.titleRow,
        column: '',
        message: `Khối "${title}" không có dòng tiêu đề cột ngay bên dưới.`,
      });
      continue;
    }
    const required = columnsOf(b.role).filter((c) => c.required);
    for (const c of required) {
      if (b.match.index[c.key] !== undefined) continue;
      out.push({
        sheet: parsed.sheet,
        row: b.headerRow,
        column: c.header,
        message: `Khối "${title}" thiếu cột bắt buộc "${c.header}" (trang "${parsed.sheet}", dòng ${b.headerRow}).`,
      });
    }
  }
  return out;
}

export function at(b: ParsedBlock, row: ParsedRow, key: string): unknown {
  const col = b.match.index[key];
  return col === undefined ? '' : row.cells[col];
}

function formatAt(b: ParsedBlock, row: ParsedRow, key: string): string | undefined {
  const col = b.match.index[key];
  return col === undefined ? undefined : row.formats[col];
}

const TASK_INPUTS = [
  'status',
  'progress',
  'actual',
  'evidence',
  'issuesRaised',
  'notes',
  'completedOn',
];
const KPI_INPUTS = ['actual', 'evidence', 'notes'];

/**
 * The block's input cells as runs of adjacent columns (1-based start, width), wherever the unit
 * moved them: what a send-back highlight covers.
 */
export function inputRuns(b: ParsedBlock): Array<{ col: number; width: number }> {
  const keys = b.role === 'kpi' ? KPI_INPUTS : TASK_INPUTS;
  const cols = keys
    .map((k) => b.match.index[k])
    .filter((c): c is number => c !== undefined)
    .sort((x, y) => x - y);
  const runs: Array<{ col: number; width: number }> = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && last.col + last.width === c + 1) last.width++;
    else runs.push({ col: c + 1, width: 1 });
  }
  return runs;
}

/**
 * Could a % number format change how this sheet reads? A KPI actual that is a number, or a
 * progress that is a number other than 0 or a whole 2–100 (70% typed in a cell is 0.7; a whole
 * number in a % cell would mean 200% or more, which no progress is). Only then are the sheet's
 * formats worth a read.
 */
export function formatsMatter(parsed: ParsedSheet): boolean {
  for (const b of parsed.blocks) {
    for (const r of b.rows) {
      if (b.role === 'kpi') {
        if (typeof at(b, r, 'actual') === 'number') return true;
        continue;
      }
      const p = at(b, r, 'progress');
      if (typeof p === 'number' && p !== 0 && !(Number.isInteger(p) && p >= 2 && p <= 100))
        return true;
    }
  }
  return false;
}

/** Has the unit typed anything in this row? */
export function rowHasInput(b: ParsedBlock, row: ParsedRow): boolean {
  const keys = b.role === 'kpi' ? KPI_INPUTS : TASK_INPUTS;
  return keys.some((k) => !isBlank(at(b, row, k)));
}

/**
 * The rows as core's Submission. Entries in `skip` (sent back and not yet resubmitted) are left
 * out; `unit` is the canonical name.
 */
export function toSubmission(
  parsed: ParsedSheet,
  unit: string,
  skip: ReadonlySet<string> = new Set(),
): Submission {
  const tasks: SubmittedTask[] = [];
  const kpis: SubmittedKpi[] = [];
  for (const b of parsed.blocks) {
    if (b.headerRow === 0) continue;
    for (const r of b.rows) {
      // A row nobody typed in reports nothing (and must not count as a repeated code).
      if (!rowHasInput(b, r)) continue;
      const code = at(b, r, 'code');
      if (skip.has(codeKey(code))) continue;
      if (b.role === 'kpi') {
        const actualFormat = formatAt(b, r, 'actual');
        kpis.push({
          row: r.row,
          code,
          actual: at(b, r, 'actual'),
          evidence: at(b, r, 'evidence'),
          notes: at(b, r, 'notes'),
          ...(actualFormat !== undefined ? { actualFormat } : {}),
        });
      } else {
        const progressFormat = formatAt(b, r, 'progress');
        tasks.push({
          row: r.row,
          code,
          status: at(b, r, 'status'),
          progress: at(b, r, 'progress'),
          actual: at(b, r, 'actual'),
          evidence: at(b, r, 'evidence'),
          issuesRaised: at(b, r, 'issuesRaised'),
          notes: at(b, r, 'notes'),
          completedOn: at(b, r, 'completedOn'),
          role: b.role,
          ...(progressFormat !== undefined ? { progressFormat } : {}),
        });
      }
    }
  }
  return {
    unit,
    sheet: parsed.sheet,
    submittedAt: parsed.stamp?.at ?? null,
    ...(parsed.stamp ? { submittedBy: parsed.stamp.by } : {}),
    tasks,
    kpis,
  };
}
