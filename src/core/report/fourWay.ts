// The four-way status of a task in a period: done on time, done late, open within its deadline,
// open past it. Built on the due / done / overdue rules of completion.ts, so the four counts add
// up to those: done on time + done late = done, open and overdue = overdue.
import { FourWayStatus } from '../sheet/vocabulary.ts';
import type { DeadlineInput, TaskCompletion } from './completion.ts';
import type { Period } from './period.ts';

export type FourWay = keyof typeof FourWayStatus;
export const FOUR_WAYS: readonly FourWay[] = [
  'doneOnTime',
  'doneLate',
  'openOnTime',
  'openOverdue',
];

export type FourWayCounts = Record<FourWay, number>;

export interface FourWayResult {
  status: FourWay;
  label: FourWayStatus;
  /** The day the task had to be done by in this period ('YYYY-MM-DD'), or null when it has none. */
  dueDate: string | null;
  /** The completion day used ('YYYY-MM-DD'): the one typed, else the day the report was stamped. */
  completedOn: string | null;
}

/**
 * The day a task is due by, for this period:
 * - a dated task: its day (Tháng 7/2025 → 31/07/2025);
 * - a recurring or continuous task: the period's last day, or the report deadline when the plan
 *   lets reports come after the period ("ngày 10 tháng sau kỳ");
 * - a conditional task, or one without a readable deadline: none (it cannot be late).
 */
export function dueDateIn(
  deadline: DeadlineInput | null | undefined,
  period: Period,
  reportDeadline: string | null = null,
): string | null {
  const kind = deadline?.kind ?? 'invalid';
  if (kind === 'date') return deadline?.due || null;
  if (kind === 'recurring' || kind === 'continuous') {
    return reportDeadline !== null && reportDeadline > period.end ? reportDeadline : period.end;
  }
  return null;
}

/**
 * One task's four-way status. Done (as completion.ts counts it) and completed after its due date
 * → done late; done otherwise → done on time (also when it has no due date). Not done and overdue
 * (completion.ts: past its day, or a periodic task whose period has ended) → open overdue; else
 * open within its deadline, which includes tasks not yet due.
 */
export function fourWayOf(
  task: { deadline: DeadlineInput | null | undefined; completedOn: string | null },
  completion: Pick<TaskCompletion, 'done' | 'overdue'>,
  period: Period,
  reportDeadline: string | null = null,
): FourWayResult {
  const dueDate = dueDateIn(task.deadline, period, reportDeadline);
  const done = completion.done === 1;
  const completedOn = done ? task.completedOn : null;
  const status: FourWay = done
    ? dueDate !== null && completedOn !== null && completedOn > dueDate
      ? 'doneLate'
      : 'doneOnTime'
    : completion.overdue === 1
      ? 'openOverdue'
      : 'openOnTime';
  return { status, label: FourWayStatus[status], dueDate, completedOn };
}

export function emptyCounts(): FourWayCounts {
  return { doneOnTime: 0, doneLate: 0, openOnTime: 0, openOverdue: 0 };
}

/** The four-way status a label names ("Đã hoàn thành quá hạn" → doneLate), or null. */
export function fourWayFromLabel(label: unknown): FourWay | null {
  const text = typeof label === 'string' ? label.trim() : '';
  return FOUR_WAYS.find((k) => FourWayStatus[k] === text) ?? null;
}

/** Counts of each status. */
export function countFourWay(statuses: Iterable<FourWay>): FourWayCounts {
  const out = emptyCounts();
  for (const s of statuses) out[s] += 1;
  return out;
}

export interface FourWayTally {
  commune: FourWayCounts;
  byUnit: Array<{ unit: string } & FourWayCounts>;
  bySection: Array<{ section: string } & FourWayCounts>;
}

/**
 * Four-way counts per lead unit (a co-led task counts for each lead, as in the rates), per section
 * and for the commune (each task once). `units` are listed first, in that order, even with no task.
 */
export function tallyFourWay(
  tasks: ReadonlyArray<{ status: FourWay; leadUnits: readonly string[]; section?: string }>,
  units: readonly string[] = [],
): FourWayTally {
  const byUnit = new Map<string, FourWayCounts>(units.map((u) => [u, emptyCounts()]));
  const bySection = new Map<string, FourWayCounts>();
  const commune = emptyCounts();
  const bump = (into: Map<string, FourWayCounts>, key: string, s: FourWay) => {
    const cur = into.get(key) ?? emptyCounts();
    cur[s] += 1;
    into.set(key, cur);
  };
  for (const t of tasks) {
    for (const unit of new Set(t.leadUnits)) bump(byUnit, unit, t.status);
    bump(bySection, t.section ?? '', t.status);
    commune[t.status] += 1;
  }
  return {
    commune,
    byUnit: [...byUnit].map(([unit, c]) => ({ unit, ...c })),
    bySection: [...bySection].map(([section, c]) => ({ section, ...c })),
  };
}
