// The shapes going into and out of mergeSubmissions.
import type { Tally } from '../completion.ts';
import type { FourWayTally } from '../fourWay.ts';
import type { Period } from '../period.ts';
import type { Submission } from '../submission.ts';

/** A task of the plan's appendix (the master list), or a section heading kept in the summary. */
export interface MasterTask {
  /** Mã nhiệm vụ, e.g. "III.4". For a section row, the section's code ("III"). */
  code: string;
  section: string;
  content: string;
  /** The lead unit; co-leads are separated by ";" ("Phòng Văn hóa - Xã hội; Phòng Kinh tế"). */
  leadUnit: string;
  partnerUnits: readonly string[];
  /** The deadline as src/core/deadline/deadline.ts parsed it, with the text as written. */
  deadline: { kind: string; due?: string; every?: string; raw: string };
  /**
   * 'section' for a heading row (Mục I, II…); 'group' for a general task ("Mã nhiệm vụ tổng
   * quát") that only groups the sub-tasks below it: a heading too, never reported or counted.
   * Tasks by default.
   */
  kind?: 'task' | 'section' | 'group';
}

export interface MasterKpi {
  code: string;
  content: string;
  target: string;
  measureUnit: string;
  leadUnit: string;
}

/** A row of the previous summary: its code and the coordinator's own columns (Nhận xét, Đánh giá…). */
export interface PreviousRow {
  code: unknown;
  coordinator?: Readonly<Record<string, unknown>>;
}

export interface MergeInput {
  tasks: readonly MasterTask[];
  kpis?: readonly MasterKpi[];
  period: Period;
  /** The day of the merge, 'YYYY-MM-DD' (Vietnam). */
  asOf: string;
  /** The last day a report is on time ('YYYY-MM-DD'), or null when the plan sets none. */
  submissionDeadline: string | null;
  /** Units that must report: every lead unit. */
  expectedUnits: readonly string[];
  submissions: readonly Submission[];
  /** The previous summary's task rows; columns the merge does not produce are carried over by code. */
  previous?: readonly PreviousRow[];
  /** The same for the KPI summary. */
  previousKpis?: readonly PreviousRow[];
  /** KPI status from target and actual (src/core/kpi/kpiEvaluate.ts); must not throw. */
  evaluateKpi: (target: string, actual: unknown) => string;
  /** Statuses units pick from; TASK_STATUSES by default. */
  statuses?: readonly string[];
}

/** A value as written into the summary sheet (text already passed through asData). */
export type CellOut = string | number | boolean | Date;

export interface SummaryRow {
  /** 'orphan': a previous row whose code left the plan, kept so the coordinator's notes are not lost. */
  kind: 'task' | 'section' | 'orphan';
  code: string;
  section: string;
  content: string;
  leadUnit: string;
  partnerUnits: string;
  deadline: string;
  /** The task's state for the period: Hoàn thành / Đang thực hiện / Chưa thực hiện / Quá hạn. */
  status: string;
  progress: number | null;
  actual: string;
  evidence: string;
  issuesRaised: string;
  notes: string;
  /** The lead unit reported a status or a result for the task in this period. */
  reported: boolean;
  /** 1 when counted in the completion rate's denominator / numerator / overdue. */
  due: number;
  done: number;
  overdue: number;
  /** The day the task was due by in the period ('YYYY-MM-DD'), '' when it has none. */
  dueDate: string;
  /** The completion day counted ('YYYY-MM-DD'), '' when the task is not done. */
  completedOn: string;
  /** The four-way status (Đã hoàn thành đúng hạn…), '' for section and orphan rows. */
  fourWay: string;
  coordinator: Record<string, CellOut>;
}

export interface SummaryKpiRow {
  kind: 'kpi' | 'orphan';
  code: string;
  content: string;
  target: string;
  measureUnit: string;
  leadUnit: string;
  actual: CellOut;
  kpiStatus: string;
  evidence: string;
  notes: string;
  reported: boolean;
  coordinator: Record<string, CellOut>;
}

export type MergeProblemKind =
  | 'missing'
  | 'late'
  | 'unknownCode'
  | 'duplicateCode'
  | 'twoLeads'
  | 'notLead'
  | 'invalid'
  | 'orphanNote';

export interface MergeProblem {
  kind: MergeProblemKind;
  unit?: string;
  sheet?: string;
  row?: number;
  code?: string;
  column?: string;
  message: string;
}

export interface MergeStats {
  /** Units expected to report. */
  units: number;
  /** Expected units whose report is stamped (on time or late). */
  submitted: number;
  /** Expected units whose report was stamped after the deadline. */
  late: number;
  /** Expected units without a stamped report. */
  missing: string[];
  /** Tasks due in the period (the rate's denominator). */
  tasks: number;
  done: number;
  overdue: number;
  /** done / tasks in %, one decimal; null when no task is due. */
  completion: number | null;
  kpiJudged: number;
  kpiAchieved: number;
}

export interface MergeResult {
  rows: SummaryRow[];
  kpiRows: SummaryKpiRow[];
  stats: MergeStats;
  byUnit: Array<{ unit: string } & Tally>;
  bySection: Array<{ section: string } & Tally>;
  /** Four-way counts per lead unit, per section and for the commune (src/core/report/fourWay.ts). */
  fourWay: FourWayTally;
  problems: MergeProblem[];
}
