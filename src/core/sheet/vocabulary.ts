// The fixed words users pick from. They are data that units type, so they stay Vietnamese.

/** Statuses a unit can pick for a task. "Quá hạn" is derived from the deadline, never typed. */
export const TASK_STATUSES = ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành'] as const;

/** Every TaskStatus, including the derived one. */
export const TaskStatus = {
  notStarted: 'Chưa thực hiện',
  inProgress: 'Đang thực hiện',
  done: 'Hoàn thành',
  overdue: 'Quá hạn',
} as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

/** KPI judgements a person can also pick by hand. */
export const KPI_STATUSES = ['Đạt', 'Vượt', 'Chưa đạt'] as const;

/**
 * The four-way split government task reports use (đúng hạn / quá hạn, done or not). Derived, never
 * typed: see src/core/report/fourWay.ts for the rules.
 */
export const FourWayStatus = {
  doneOnTime: 'Đã hoàn thành đúng hạn',
  doneLate: 'Đã hoàn thành quá hạn',
  openOnTime: 'Chưa hoàn thành, trong hạn',
  openOverdue: 'Chưa hoàn thành, quá hạn',
} as const;
export type FourWayStatus = (typeof FourWayStatus)[keyof typeof FourWayStatus];
