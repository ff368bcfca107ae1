// Taking in the units' submissions: who reported, who is late, which rows can be used.
import { cellString, fromData, isBlank } from '../../sheet/cellText.ts';
import { normalizeHeaderKey } from '../../sheet/headerMatch.ts';
import { formatDay } from '../../text/calendar.ts';
import { memoByText } from '../../text/text.ts';
import { isLate } from '../period.ts';
import { validateSubmission, type Submission } from '../submission.ts';
import type { MergeProblem } from './mergeTypes.ts';

/** One usable row of a submission, with where it came from. */
export interface Entry<Row> {
  unit: string;
  sheet: string;
  /** The submission's stamp, 'YYYY-MM-DDTHH:mm' (Vietnam). */
  submittedAt: string;
  row: Row;
}

/**
 * A task or KPI code compared loosely: "iii.4 ", "III.4." and "III. 4" are one code; a code read
 * back from a summary written with asData ("'-1") is the code it shows.
 */
export function codeKey(code: unknown): string {
  return typeof code === 'string' ? codeKeyOf(code) : keyText(fromData(code));
}

const keyText = (text: string): string =>
  text.toUpperCase().replace(/\s+/g, '').replace(/\.+$/, '');
/** A code is compared several times per merge (plan, each unit, previous summary). */
const codeKeyOf = memoByText((code: string) => keyText(fromData(code)));

/** A unit name compared loosely (case, dashes, tone placement). */
export function unitKey(unit: string): string {
  return normalizeHeaderKey(unit);
}

/** The units named in a lead/partner cell: "A; B" or one per line. */
export function splitUnits(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

function isStamped(s: Submission): boolean {
  return typeof s.submittedAt === 'string' && s.submittedAt.trim() !== '';
}

export interface Attendance {
  stamped: Submission[];
  submitted: number;
  late: number;
  missing: string[];
  problems: MergeProblem[];
}

/** Who reported: a draft (no stamp) is not a report, and is not merged. */
export function takeAttendance(
  submissions: readonly Submission[],
  expectedUnits: readonly string[],
  deadline: string | null,
): Attendance {
  const stamped = submissions.filter(isStamped);
  const problems: MergeProblem[] = [];
  const missing: string[] = [];
  let submitted = 0;
  let late = 0;
  const expected = [...new Map(expectedUnits.map((u) => [unitKey(u), u])).values()];
  // Each unit's submissions, grouped once: linear in the number of units.
  const byUnit = new Map<string, { stamped: Submission[]; first?: Submission }>();
  for (const s of submissions) {
    const key = unitKey(s.unit);
    let group = byUnit.get(key);
    if (!group) byUnit.set(key, (group = { stamped: [] }));
    group.first ??= s;
    if (isStamped(s)) group.stamped.push(s);
  }
  for (const unit of expected) {
    const group = byUnit.get(unitKey(unit));
    const mine = group?.stamped ?? [];
    if (mine.length > 0) {
      submitted += 1;
      if (deadline !== null && mine.every((s) => isLate(s.submittedAt ?? '', deadline))) late += 1;
      continue;
    }
    missing.push(unit);
    const draft = group?.first;
    problems.push({
      kind: 'missing',
      unit,
      ...(draft ? { sheet: draft.sheet } : {}),
      message: draft
        ? `${unit} chưa nộp báo cáo (trang "${draft.sheet}" chưa tích ô "Nộp báo cáo").`
        : `${unit} chưa nộp báo cáo.`,
    });
  }
  for (const s of stamped) {
    const at = s.submittedAt ?? '';
    if (deadline !== null && isLate(at, deadline)) {
      problems.push({
        kind: 'late',
        unit: s.unit,
        sheet: s.sheet,
        message: `${s.unit} nộp lúc ${formatDay(at)}, sau hạn ${formatDay(deadline)}.`,
      });
    }
  }
  return { stamped, submitted, late, missing, problems };
}

interface CodedRow {
  row: number;
  code: unknown;
}

/**
 * Keeps the rows whose code is in the plan, once per unit. Rows without a code but with data,
 * unknown codes and repeated codes (the first row is used) become problems.
 */
function acceptRows<Row extends CodedRow>(
  s: Submission,
  rows: readonly Row[],
  known: ReadonlySet<string>,
  seen: Set<string>,
  what: 'nhiệm vụ' | 'chỉ tiêu',
  hasData: (row: Row) => boolean,
): { entries: Array<Entry<Row>>; problems: MergeProblem[] } {
  const entries: Array<Entry<Row>> = [];
  const problems: MergeProblem[] = [];
  const where = (row: Row) => ({ unit: s.unit, sheet: s.sheet, row: row.row });
  for (const row of rows) {
    const code = codeKey(row.code);
    if (code === '') {
      if (hasData(row)) {
        problems.push({
          kind: 'unknownCode',
          ...where(row),
          message: `Dòng ${row.row} có số liệu nhưng không có mã ${what}.`,
        });
      }
      continue;
    }
    const shown = cellString(row.code);
    if (!known.has(code)) {
      problems.push({
        kind: 'unknownCode',
        ...where(row),
        code: shown,
        message: `Mã ${what} "${shown}" (dòng ${row.row}) không có trong Kế hoạch.`,
      });
      continue;
    }
    const key = `${unitKey(s.unit)}\u0000${code}`;
    if (seen.has(key)) {
      problems.push({
        kind: 'duplicateCode',
        ...where(row),
        code: shown,
        message: `Mã ${what} "${shown}" lặp lại ở dòng ${row.row}; chỉ dòng đầu tiên được tổng hợp.`,
      });
      continue;
    }
    seen.add(key);
    entries.push({ unit: s.unit, sheet: s.sheet, submittedAt: s.submittedAt ?? '', row });
  }
  return { entries, problems };
}

/** The accepted rows (tasks or KPIs) of every stamped submission, grouped by code key. */
export function collectRows<Row extends CodedRow>(
  stamped: readonly Submission[],
  rowsOf: (s: Submission) => readonly Row[],
  known: ReadonlySet<string>,
  what: 'nhiệm vụ' | 'chỉ tiêu',
  hasData: (row: Row) => boolean,
): { byCode: Map<string, Array<Entry<Row>>>; problems: MergeProblem[] } {
  const byCode = new Map<string, Array<Entry<Row>>>();
  const problems: MergeProblem[] = [];
  const seen = new Set<string>();
  for (const s of stamped) {
    const taken = acceptRows(s, rowsOf(s), known, seen, what, hasData);
    problems.push(...taken.problems);
    for (const e of taken.entries) {
      const key = codeKey(e.row.code);
      byCode.set(key, [...(byCode.get(key) ?? []), e]);
    }
  }
  return { byCode, problems };
}

/** The errors of validateSubmission as merge problems (understood spellings are not problems). */
export function invalidValues(
  s: Submission,
  statuses: readonly string[] | undefined,
  kpiTargets: Readonly<Record<string, string>>,
): MergeProblem[] {
  const submittedOn = (s.submittedAt ?? '').slice(0, 10);
  return validateSubmission(s, {
    ...(statuses ? { statuses } : {}),
    kpiTargets,
    ...(submittedOn !== '' ? { submittedOn } : {}),
  })
    .filter((p) => p.severity === 'error')
    .map((p) => ({
      kind: 'invalid' as const,
      unit: s.unit,
      sheet: s.sheet,
      row: p.row,
      ...(p.code !== '' ? { code: p.code } : {}),
      column: p.column,
      message: p.message,
    }));
}

/** A row of text cells has something typed in it. */
export function anyFilled(...values: unknown[]): boolean {
  return values.some((v) => !isBlank(v));
}
