// The "6 rõ" check: every task must make clear who (người), what (việc), when (thời gian),
// who answers for it (trách nhiệm), what it delivers (sản phẩm) and under whose authority (thẩm quyền).
import type { ImportedTask, Layout } from './appendix/appendix.ts';
import { isCatchAll, type UnitDirectory } from './unit/unit.ts';
import { readTitle } from './unit/wellKnown.ts';

export type SixClearPoint =
  'người' | 'việc' | 'thời gian' | 'trách nhiệm' | 'sản phẩm' | 'thẩm quyền';

export interface SixClearIssue {
  point: SixClearPoint;
  /** The column at fault, by its key in the templates: content, leadUnit, deadline, output. */
  field: string;
  message: string;
}

/** What the check reads of a task (an imported task fits). */
export type SixClearTask = Pick<ImportedTask, 'content' | 'lead'> & {
  deadline: { kind: string; raw: string; message?: string };
  output?: string;
  level?: ImportedTask['level'];
};

export interface SixClearOptions {
  layout: Layout;
  directory: UnitDirectory;
}

/** A task table's row as written, for telling a general task from a task. */
export interface TaskRowText {
  content: string;
  /** "Mã nhiệm vụ tổng quát" (the "6 rõ" layout; '' elsewhere). */
  general: string;
  lead: string;
  deadline: string;
  output: string;
}

/**
 * A general task: it only names the work its sub-tasks carry. No lead, deadline or output of its
 * own, and either text only in "Mã nhiệm vụ tổng quát" or its sub-tasks right below it
 * (`headsSubTasks`). Distribute makes it a heading; "Kiểm tra 6 rõ" checks only its wording.
 */
export function isGeneralRow(row: TaskRowText, headsSubTasks: boolean): boolean {
  return (
    row.lead === '' &&
    row.deadline === '' &&
    row.output === '' &&
    ((row.content === '' && row.general !== '') || headsSubTasks)
  );
}

/**
 * The points a task leaves unclear (empty when all six are clear). A general task of the "6 rõ"
 * layout only groups its sub-tasks, so only its wording (việc) is checked; the sub-tasks carry
 * the rest.
 */
export function checkSixClear(task: SixClearTask, opts: SixClearOptions): SixClearIssue[] {
  const issues: SixClearIssue[] = [];
  const add = (point: SixClearPoint, field: string, message: string): void => {
    issues.push({ point, field, message });
  };

  if (task.content.trim() === '') add('việc', 'content', 'Chưa rõ việc: nội dung nhiệm vụ trống');
  if (task.level === 'general') return issues;

  const leads = task.lead.filter((n) => n.trim() !== '');
  const accountable = leads.filter((n) => !isCatchAll(n));
  if (leads.length === 0) add('người', 'leadUnit', 'Chưa rõ người: chưa có đơn vị chủ trì');
  else if (accountable.length === 0)
    add(
      'người',
      'leadUnit',
      `Chưa rõ người: «${leads.join('; ')}» là cách ghi chung, cần ghi một đơn vị cụ thể`,
    );

  if (task.deadline.kind === 'invalid')
    add(
      'thời gian',
      'deadline',
      `Chưa rõ thời gian: ${task.deadline.message ?? 'Chưa có thời hạn'}`,
    );

  if (accountable.length > 1)
    add(
      'trách nhiệm',
      'leadUnit',
      `Chưa rõ trách nhiệm: ${accountable.length} đơn vị cùng chủ trì (${accountable.join('; ')}), cần một đơn vị chịu trách nhiệm chính`,
    );
  else if (accountable.length === 0)
    add(
      'trách nhiệm',
      'leadUnit',
      'Chưa rõ trách nhiệm: chưa có một đơn vị chịu trách nhiệm chính',
    );

  if (opts.layout === 'sau-ro' && (task.output ?? '').trim() === '')
    add('sản phẩm', 'output', 'Chưa rõ sản phẩm: chưa có sản phẩm đầu ra');

  // A commune leader's title ("Chủ tịch UBND xã") carries the authority by itself.
  for (const name of accountable)
    if (!opts.directory.find(name) && readTitle(name) === undefined)
      add(
        'thẩm quyền',
        'leadUnit',
        `Chưa rõ thẩm quyền: «${name}» không có trong danh mục đơn vị của xã`,
      );
  return issues;
}

export interface SixClearResult {
  task: SixClearTask & { code?: string };
  issues: SixClearIssue[];
}

export interface SixClearSummary {
  /** Lead unit (canonical name), or "Chưa có đơn vị chủ trì". */
  unit: string;
  tasks: number;
  /** Tasks with all six points clear. */
  clear: number;
  /** Tasks unclear on each point. */
  missing: Record<SixClearPoint, number>;
}

const NO_LEAD = 'Chưa có đơn vị chủ trì';

/**
 * Counts per lead unit, in order of first appearance. A task with several leads counts for each;
 * general tasks (which have no lead of their own) are left out.
 */
export function summarizeSixClear(results: readonly SixClearResult[]): SixClearSummary[] {
  const byUnit = new Map<string, SixClearSummary>();
  for (const { task, issues } of results) {
    if (task.level === 'general') continue;
    const leads = task.lead.length > 0 ? task.lead : [NO_LEAD];
    for (const unit of new Set(leads)) {
      let s = byUnit.get(unit);
      if (!s) {
        s = { unit, tasks: 0, clear: 0, missing: zeroCounts() };
        byUnit.set(unit, s);
      }
      s.tasks++;
      if (issues.length === 0) s.clear++;
      for (const point of new Set(issues.map((i) => i.point))) s.missing[point]++;
    }
  }
  return [...byUnit.values()];
}

function zeroCounts(): Record<SixClearPoint, number> {
  return { người: 0, việc: 0, 'thời gian': 0, 'trách nhiệm': 0, 'sản phẩm': 0, 'thẩm quyền': 0 };
}
