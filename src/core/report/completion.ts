// Completion rates: which tasks are due in a period, which are done, which are overdue.
import { cellString } from '../sheet/cellText.ts';
import { foldText } from '../text/text.ts';
import type { Period } from './period.ts';
import { TASK_STATUSES, TaskStatus, KPI_STATUSES } from '../sheet/vocabulary.ts';

/** A task's parsed deadline, as src/core/deadline/deadline.ts gives it (taken as data, not imported). */
export interface DeadlineInput {
  kind: string;
  due?: string;
  every?: string;
}

/** What completion needs to know about one task in one period. */
export interface TaskProgressInput {
  code: string;
  section?: string;
  /** Every lead unit (co-leads count the task each); the commune counts it once. */
  leadUnits: readonly string[];
  deadline: DeadlineInput | null | undefined;
  /** The lead unit's status, canonical (see canonicalStatus), or ''. */
  status: string;
  /** 0–100, or null. */
  progress: number | null;
  /** The lead unit's submission for the period has a status or a result for the task. */
  reported: boolean;
  /** The lead unit wrote a result (actual or evidence). */
  hasResult?: boolean;
}

/** Counts for any group of tasks. `rate` is done / due in %, one decimal; null when nothing is due. */
export interface Tally {
  due: number;
  done: number;
  rate: number | null;
  overdue: number;
}

export type TaskState = keyof typeof TaskStatus;

export interface TaskCompletion extends Tally {
  code: string;
  state: TaskState;
  /** The state in the words of the sheet: Hoàn thành / Đang thực hiện / Chưa thực hiện / Quá hạn. */
  label: TaskStatus;
}

export interface CompletionReport {
  tasks: TaskCompletion[];
  byUnit: Array<{ unit: string } & Tally>;
  bySection: Array<{ section: string } & Tally>;
  commune: Tally;
}

/**
 * The canonical spelling of a status typed loosely ("hoàn thành", "HOAN THANH"), or null when it
 * is none of `statuses`. `exact` says whether it was already spelled right.
 */
export function canonicalStatus(
  value: unknown,
  statuses: readonly string[] = TASK_STATUSES,
): { status: string; exact: boolean } | null {
  const text = cellString(value);
  if (text === '') return null;
  const exact = statuses.find((s) => s === text);
  if (exact !== undefined) return { status: exact, exact: true };
  const folded = foldText(text);
  const loose = statuses.find((s) => foldText(s) === folded);
  return loose === undefined ? null : { status: loose, exact: false };
}

/** done / due as a percentage with one decimal, in integer steps so 9/16 gives 56.3. */
export function rateOf(done: number, due: number): number | null {
  return due > 0 ? Math.round((done * 1000) / due) / 10 : null;
}

function finished(t: TaskProgressInput): boolean {
  return t.status === TaskStatus.done || (t.progress !== null && t.progress >= 100);
}

/** Something happened on the task in the period: not just "Chưa thực hiện". */
function active(t: TaskProgressInput): boolean {
  return (
    finished(t) ||
    t.status === TaskStatus.inProgress ||
    (t.progress !== null && t.progress > 0) ||
    t.hasResult === true
  );
}

/**
 * One task in one period. Due = counted in the rate's denominator:
 * - a dated task is due once its day is within the period or earlier, or once it is done early
 *   (so a rate never passes 100%); it is overdue when not done and asOf is after its day;
 * - a recurring or continuous task is due every period and counts as done when its lead unit
 *   reported work on it in the period; not done is overdue once the period has ended;
 * - a conditional task ("khi có văn bản của cấp trên") is due only when reported on, never overdue;
 * - a task with a blank, unreadable or unknown deadline is due, so a missing deadline never hides
 *   work; it cannot be overdue.
 */
export function taskCompletion(t: TaskProgressInput, period: Period, asOf: string): TaskCompletion {
  const kind = t.deadline?.kind ?? 'invalid';
  const dueDay = t.deadline?.due;
  let due: boolean;
  let done: boolean;
  let overdue: boolean;
  if (kind === 'date' && dueDay !== undefined && dueDay !== '') {
    done = finished(t);
    due = done || dueDay <= period.end;
    overdue = due && !done && asOf > dueDay;
  } else if (kind === 'recurring' || kind === 'continuous') {
    done = t.reported && active(t);
    due = true;
    overdue = !done && asOf > period.end;
  } else if (kind === 'conditional') {
    done = finished(t);
    due = t.reported;
    overdue = false;
  } else {
    done = finished(t);
    due = true;
    overdue = false;
  }
  const state: TaskState = finished(t)
    ? 'done'
    : overdue
      ? 'overdue'
      : t.status === TaskStatus.inProgress || (t.progress ?? 0) > 0
        ? 'inProgress'
        : 'notStarted';
  const d = due ? 1 : 0;
  const k = due && done ? 1 : 0;
  return {
    code: t.code,
    state,
    label: TaskStatus[state],
    due: d,
    done: k,
    rate: rateOf(k, d),
    overdue: overdue ? 1 : 0,
  };
}

function add(into: Map<string, Tally>, key: string, t: Tally): void {
  const cur = into.get(key) ?? { due: 0, done: 0, rate: null, overdue: 0 };
  const due = cur.due + t.due;
  const done = cur.done + t.done;
  into.set(key, { due, done, rate: rateOf(done, due), overdue: cur.overdue + t.overdue });
}

/**
 * Tallies per task, per lead unit, per section and for the commune. `units` lists units to show
 * even with nothing due (the units expected to report), first and in that order.
 */
export function completionReport(
  tasks: readonly TaskProgressInput[],
  period: Period,
  asOf: string,
  units: readonly string[] = [],
): CompletionReport {
  const empty: Tally = { due: 0, done: 0, rate: null, overdue: 0 };
  const byUnit = new Map<string, Tally>(units.map((u) => [u, empty]));
  const bySection = new Map<string, Tally>();
  const commune = new Map<string, Tally>();
  const out = tasks.map((t) => {
    const c = taskCompletion(t, period, asOf);
    for (const unit of new Set(t.leadUnits)) add(byUnit, unit, c);
    add(bySection, t.section ?? '', c);
    add(commune, '', c);
    return c;
  });
  return {
    tasks: out,
    byUnit: [...byUnit].map(([unit, t]) => ({ unit, ...t })),
    bySection: [...bySection].map(([section, t]) => ({ section, ...t })),
    commune: commune.get('') ?? empty,
  };
}

/**
 * KPI achievement: (Đạt + Vượt) / KPIs that could be judged (Đạt, Vượt, Chưa đạt). KPIs without
 * data, needing a person's judgement or invalid are left out of both.
 */
export function kpiAchievement(statuses: readonly unknown[]): {
  judged: number;
  achieved: number;
  rate: number | null;
} {
  let judged = 0;
  let achieved = 0;
  for (const s of statuses) {
    const c = canonicalStatus(s, KPI_STATUSES);
    if (c === null) continue;
    judged += 1;
    if (c.status !== 'Chưa đạt') achieved += 1;
  }
  return { judged, achieved, rate: rateOf(achieved, judged) };
}
