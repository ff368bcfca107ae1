// One unit's submission for a period, and the checks of what it typed.
import { cellString, isBlank, readNumber, readPercent } from '../sheet/cellText.ts';
import { foldText } from '../text/text.ts';
import { cellDay, formatDay } from '../text/calendar.ts';
import { canonicalStatus } from './completion.ts';
import { TASK_STATUSES, TaskStatus } from '../sheet/vocabulary.ts';

/** A task row of a unit's sheet, values as read from the cells. */
export interface SubmittedTask {
  /** 1-based sheet row, for messages that send the officer to the cell. */
  row: number;
  code: unknown;
  status: unknown;
  progress: unknown;
  /** The progress cell's number format, when known ('0%' means 0.7 is 70%). */
  progressFormat?: string;
  actual: unknown;
  evidence: unknown;
  issuesRaised?: unknown;
  notes?: unknown;
  /** "Ngày hoàn thành" as typed (a Date, dd/mm/yyyy or YYYY-MM-DD); blank = the submission day. */
  completedOn?: unknown;
  role: 'lead' | 'partner';
}

/** A KPI row of a unit's sheet. */
export interface SubmittedKpi {
  row: number;
  code: unknown;
  actual: unknown;
  /** The actual cell's number format, when known. */
  actualFormat?: string;
  evidence?: unknown;
  notes?: unknown;
}

/** A unit's report for a period: its sheet, and the stamp set when the unit pressed "Nộp". */
export interface Submission {
  unit: string;
  sheet: string;
  /** 'YYYY-MM-DDTHH:mm' in Vietnam time; null or absent while it is a draft. */
  submittedAt?: string | null;
  submittedBy?: string;
  tasks: readonly SubmittedTask[];
  kpis: readonly SubmittedKpi[];
}

export interface SubmissionProblem {
  row: number;
  /** The column's heading, as the unit sees it. */
  column: string;
  value: unknown;
  code: string;
  message: string;
  /** 'warning' when the value was understood (see `fix`), 'error' when it cannot be used. */
  severity: 'error' | 'warning';
  /** The canonical value the unit meant, when there is one. */
  fix?: string;
}

export interface ValidateOptions {
  /** Statuses a unit may pick; TASK_STATUSES by default. */
  statuses?: readonly string[];
  /** KPI code → its target as written, to tell Có/Không KPIs from numeric ones. */
  kpiTargets?: Readonly<Record<string, string>>;
  /** The day of the submission ('YYYY-MM-DD'): a completion day after it is refused. */
  submittedOn?: string;
}

const COLUMN = {
  status: 'Trạng thái',
  progress: 'Tiến độ (%)',
  actual: 'Kết quả thực hiện',
  evidence: 'Minh chứng',
  issuesRaised: 'Khó khăn, vướng mắc, kiến nghị',
  notes: 'Ghi chú',
  completedOn: 'Ngày hoàn thành',
} as const;

/** What Sheets shows (and getValues returns) for a formula that fails: "#ERROR!", "#NAME?"… */
const FORMULA_ERROR = /^#(ERROR!|NAME\?|REF!|VALUE!|DIV\/0!|N\/A|NUM!|NULL!)$/;

/**
 * Text typed with a leading "=" ("=Đã triển khai…") becomes a failed formula: the cell shows
 * "#ERROR!", which must not pass as the unit's result.
 */
function formulaErrors(
  cells: readonly (readonly [string, unknown])[],
  at: (column: string, value: unknown) => Omit<SubmissionProblem, 'severity' | 'message'>,
): SubmissionProblem[] {
  return cells.flatMap(([column, value]) => {
    const shown = cellString(value);
    if (!FORMULA_ERROR.test(shown)) return [];
    return [
      {
        ...at(column, value),
        severity: 'error' as const,
        message: `Ô hiện lỗi công thức (${shown}). Nếu muốn ghi chữ bắt đầu bằng dấu "=", hãy gõ thêm dấu nháy ' ở đầu (ví dụ '=…), hoặc bỏ dấu "=".`,
      },
    ];
  });
}

/** The completion day typed for a task ('YYYY-MM-DD'), null when blank, or why it is unreadable. */
export function completionDay(value: unknown): { day: string | null } | { error: string } {
  if (isBlank(value)) return { day: null };
  const day = cellDay(value);
  return day === null
    ? {
        error: `Ngày hoàn thành "${cellString(value)}" không đọc được; hãy ghi theo mẫu 15/08/2025.`,
      }
    : { day };
}

/** The status a row means, canonical, or '' when blank or not in the list. */
export function rowStatus(value: unknown, statuses: readonly string[] = TASK_STATUSES): string {
  return canonicalStatus(value, statuses)?.status ?? '';
}

function checkTask(
  t: SubmittedTask,
  statuses: readonly string[],
  submittedOn: string | undefined,
): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  const code = cellString(t.code);
  const at = (column: string, value: unknown) => ({ row: t.row, column, value, code });
  let status = '';
  if (!isBlank(t.status)) {
    const c = canonicalStatus(t.status, statuses);
    const shown = cellString(t.status);
    if (c === null) {
      const derived = foldText(shown) === foldText(TaskStatus.overdue);
      problems.push({
        ...at(COLUMN.status, t.status),
        severity: 'error',
        message: derived
          ? `"Quá hạn" do hệ thống tự tính theo thời hạn; hãy chọn một trong: ${statuses.join(', ')}.`
          : `Trạng thái "${shown}" không có trong danh sách: ${statuses.join(', ')}.`,
      });
    } else {
      status = c.status;
      if (!c.exact) {
        problems.push({
          ...at(COLUMN.status, t.status),
          severity: 'warning',
          fix: c.status,
          message: `Trạng thái "${shown}" được hiểu là "${c.status}".`,
        });
      }
    }
  }
  const p = readPercent(t.progress, t.progressFormat);
  if (!p.ok) {
    problems.push({ ...at(COLUMN.progress, t.progress), severity: 'error', message: p.error });
  }
  const progress = p.ok ? p.value : null;
  problems.push(
    ...formulaErrors(
      [
        [COLUMN.actual, t.actual],
        [COLUMN.evidence, t.evidence],
        [COLUMN.issuesRaised, t.issuesRaised],
        [COLUMN.notes, t.notes],
      ],
      at,
    ),
  );
  const done = status === TaskStatus.done || progress === 100;
  if (done && isBlank(t.actual) && isBlank(t.evidence)) {
    problems.push({
      ...at(COLUMN.actual, t.actual),
      severity: 'error',
      message: 'Nhiệm vụ đã hoàn thành cần ghi Kết quả thực hiện hoặc Minh chứng.',
    });
  }
  const completed = completionDay(t.completedOn);
  if ('error' in completed) {
    problems.push({
      ...at(COLUMN.completedOn, t.completedOn),
      severity: 'error',
      message: completed.error,
    });
  } else if (completed.day !== null && submittedOn !== undefined && completed.day > submittedOn) {
    problems.push({
      ...at(COLUMN.completedOn, t.completedOn),
      severity: 'error',
      message: `Ngày hoàn thành ${formatDay(completed.day)} ở sau ngày nộp báo cáo (${formatDay(submittedOn)}).`,
    });
  }
  if (status === TaskStatus.done && progress !== null && progress < 100) {
    problems.push({
      ...at(COLUMN.progress, t.progress),
      severity: 'warning',
      message: `Trạng thái "Hoàn thành" nhưng tiến độ là ${progress}%.`,
    });
  }
  if (status === TaskStatus.notStarted && progress !== null && progress > 0) {
    problems.push({
      ...at(COLUMN.progress, t.progress),
      severity: 'warning',
      message: `Trạng thái "Chưa thực hiện" nhưng tiến độ là ${progress}%.`,
    });
  }
  return problems;
}

/** A Có/Không target ("Có", "Không") as opposed to a number to reach. */
function isYesNoTarget(target: string): boolean {
  return /^(co|khong)$/.test(foldText(target));
}

function checkKpi(k: SubmittedKpi, targets: Readonly<Record<string, string>>): SubmissionProblem[] {
  const code = cellString(k.code);
  return [
    ...checkKpiActual(k, code, targets),
    ...formulaErrors(
      [
        [COLUMN.evidence, k.evidence],
        [COLUMN.notes, k.notes],
      ],
      (column, value) => ({ row: k.row, column, value, code }),
    ),
  ];
}

function checkKpiActual(
  k: SubmittedKpi,
  code: string,
  targets: Readonly<Record<string, string>>,
): SubmissionProblem[] {
  const base = {
    row: k.row,
    column: COLUMN.actual,
    value: k.actual,
    code,
    severity: 'error' as const,
  };
  const r = readNumber(k.actual, k.actualFormat);
  if (!r.ok)
    return [
      { ...base, message: `Kết quả chỉ tiêu: ${r.error} Hãy ghi số, tỷ lệ % hoặc Có/Không.` },
    ];
  const target = targets[code];
  if (r.value === null || target === undefined || isBlank(target)) return [];
  if (isYesNoTarget(target) && r.value.kind !== 'yesNo') {
    return [{ ...base, message: `Chỉ tiêu "${target}" cần ghi Có hoặc Không.` }];
  }
  if (!isYesNoTarget(target) && /\d/.test(target) && r.value.kind === 'yesNo') {
    return [{ ...base, message: `Chỉ tiêu "${target}" cần ghi số liệu, không phải Có/Không.` }];
  }
  return [];
}

/**
 * Checks what a unit typed: statuses from the list (loose spellings are understood and reported
 * with the canonical one), progress 0–100, KPI actuals readable, and a result for every task
 * marked done, a readable completion day that is not after the submission, and no text cell
 * showing a failed formula ("#ERROR!" from text typed with a leading "="). Problems come out
 * tasks first, then KPIs, each in row order.
 */
export function validateSubmission(
  rows: { tasks?: readonly SubmittedTask[]; kpis?: readonly SubmittedKpi[] },
  options: ValidateOptions = {},
): SubmissionProblem[] {
  const statuses = options.statuses ?? TASK_STATUSES;
  const targets = options.kpiTargets ?? {};
  return [
    ...(rows.tasks ?? []).flatMap((t) => checkTask(t, statuses, options.submittedOn)),
    ...(rows.kpis ?? []).flatMap((k) => checkKpi(k, targets)),
  ];
}
