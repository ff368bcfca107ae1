// Merging the units' submissions into the commune summary (biểu tổng hợp). Pure and idempotent.
import { cellString, readPercent } from '../../sheet/cellText.ts';
import {
  completionReport,
  kpiAchievement,
  type TaskCompletion,
  type TaskProgressInput,
} from '../completion.ts';
import { carryOver, orphanProblem } from './mergeCarry.ts';
import {
  anyFilled,
  codeKey,
  collectRows,
  invalidValues,
  splitUnits,
  takeAttendance,
  unitKey,
  type Entry,
} from './mergeIntake.ts';
import { mergeKpis } from './mergeKpis.ts';
import { dataText, joinLabelled } from './mergeText.ts';
import type {
  MasterTask,
  MergeInput,
  MergeProblem,
  MergeResult,
  MergeStats,
  SummaryRow,
} from './mergeTypes.ts';
import { completionDay, rowStatus, type SubmittedTask } from '../submission.ts';
import { fourWayOf, tallyFourWay, type FourWayResult } from '../fourWay.ts';

export type * from './mergeTypes.ts';
export { previousFromValues } from './mergeCarry.ts';

type TaskEntry = Entry<SubmittedTask>;

/**
 * Whose report sets the task's state: the first lead unit of the plan that reported on it. Other
 * units' words are appended. A unit claiming the lead the plan gave someone else is flagged.
 */
function pickLead(
  task: MasterTask,
  entries: readonly TaskEntry[],
): { lead: TaskEntry | undefined; others: TaskEntry[]; problems: MergeProblem[] } {
  const leadUnits = splitUnits(task.leadUnit);
  const leadKeys = leadUnits.map(unitKey);
  const rank = (e: TaskEntry) => leadKeys.indexOf(unitKey(e.unit));
  const lead = entries.filter((e) => rank(e) >= 0).sort((a, b) => rank(a) - rank(b))[0];
  const others = entries.filter((e) => e !== lead);
  const claims = entries.filter((e) => e.row.role === 'lead');
  const intruders = claims.filter((e) => rank(e) < 0);
  const problems: MergeProblem[] = [];
  const planned = leadUnits.join(', ') || '(chưa giao)';
  if (claims.length >= 2 && intruders.length > 0) {
    // One problem per claiming row, so each sheet's officer is sent to their own cell.
    const who = claims.map((e) => e.unit).join(' và ');
    for (const e of claims) {
      problems.push({
        kind: 'twoLeads',
        unit: e.unit,
        sheet: e.sheet,
        row: e.row.row,
        code: task.code,
        message: `Nhiệm vụ ${task.code}: ${who} đều báo cáo là đơn vị chủ trì; Kế hoạch giao ${planned} chủ trì.`,
      });
    }
  } else {
    for (const e of intruders) {
      problems.push({
        kind: 'notLead',
        unit: e.unit,
        sheet: e.sheet,
        row: e.row.row,
        code: task.code,
        message: `${e.unit} báo cáo là đơn vị chủ trì nhiệm vụ ${task.code}, nhưng Kế hoạch giao ${planned} chủ trì; số liệu được ghi như đơn vị phối hợp.`,
      });
    }
  }
  return { lead, others, problems };
}

function reportedProgress(t: SubmittedTask | undefined): number | null {
  if (!t) return null;
  const p = readPercent(t.progress, t.progressFormat);
  return p.ok ? p.value : null;
}

/** Sections and general tasks: rows of the summary that no unit reports on. */
function isHeading(task: MasterTask): boolean {
  return task.kind === 'section' || task.kind === 'group';
}

/** A row with only a code and text columns: a section heading, or an orphan of the previous summary. */
function plainRow(kind: 'section' | 'orphan', task?: MasterTask): SummaryRow {
  return {
    kind,
    code: dataText(task?.code),
    section: dataText(task?.section),
    content: dataText(task?.content),
    leadUnit: '',
    partnerUnits: '',
    deadline: '',
    status: '',
    progress: null,
    actual: '',
    evidence: '',
    issuesRaised: '',
    notes: '',
    reported: false,
    due: 0,
    done: 0,
    overdue: 0,
    dueDate: '',
    completedOn: '',
    fourWay: '',
    coordinator: {},
  };
}

/** What the lead unit's report says about one task. */
interface TaskReport {
  task: MasterTask;
  lead: TaskEntry | undefined;
  others: TaskEntry[];
  progress: TaskProgressInput;
  /** The lead's completion day: typed, else the day its report was stamped; null without a report. */
  completedOn: string | null;
}

function readTask(task: MasterTask, entries: readonly TaskEntry[], statuses?: readonly string[]) {
  const picked = pickLead(task, entries);
  const lead = picked.lead?.row;
  const status = rowStatus(lead?.status, statuses);
  const progress = reportedProgress(lead);
  const hasResult = lead !== undefined && anyFilled(lead.actual, lead.evidence);
  const typed = completionDay(lead?.completedOn);
  const stampDay = picked.lead ? picked.lead.submittedAt.slice(0, 10) || null : null;
  const report: TaskReport = {
    task,
    lead: picked.lead,
    others: picked.others,
    completedOn: 'day' in typed && typed.day !== null ? typed.day : stampDay,
    progress: {
      code: task.code,
      section: task.section,
      leadUnits: splitUnits(task.leadUnit),
      deadline: task.deadline,
      status,
      progress,
      reported: status !== '' || progress !== null || hasResult,
      hasResult,
    },
  };
  return { report, problems: picked.problems };
}

function taskRow(
  r: TaskReport,
  c: TaskCompletion,
  f: FourWayResult,
  coordinator: SummaryRow['coordinator'],
): SummaryRow {
  const { task, lead, others } = r;
  const labelled = (field: 'actual' | 'evidence' | 'notes' | 'issuesRaised') =>
    joinLabelled(
      lead?.row[field],
      others.map((e) => ({ unit: e.unit, value: e.row[field] })),
    );
  return {
    kind: 'task',
    code: dataText(task.code),
    section: dataText(task.section),
    content: dataText(task.content),
    leadUnit: dataText(task.leadUnit),
    partnerUnits: dataText(task.partnerUnits.join('; ')),
    deadline: dataText(task.deadline.raw),
    status: c.label,
    progress: r.progress.progress,
    actual: labelled('actual'),
    evidence: labelled('evidence'),
    issuesRaised: labelled('issuesRaised'),
    notes: labelled('notes'),
    reported: r.progress.reported,
    due: c.due,
    done: c.done,
    overdue: c.overdue,
    dueDate: f.dueDate ?? '',
    completedOn: f.completedOn ?? '',
    fourWay: f.label,
    coordinator,
  };
}

/**
 * Merges the units' submissions for a period into one summary row per task of the plan (section
 * rows kept, plan order), KPI rows, completion by unit and section, and the problems an officer
 * must look at. The lead unit's report sets a task's status, progress, result and evidence;
 * other units' results and notes are appended as "[Đơn vị] …". Every text goes through asData.
 * Merging again with the output's rows as `previous` gives the same output.
 */
export function mergeSubmissions(input: MergeInput): MergeResult {
  const attendance = takeAttendance(
    input.submissions,
    input.expectedUnits,
    input.submissionDeadline,
  );
  const { stamped } = attendance;
  const tasks = input.tasks.filter((t) => !isHeading(t));
  const kpiTargets = new Map((input.kpis ?? []).map((k) => [codeKey(k.code), k.target]));

  const problems: MergeProblem[] = [...attendance.problems];
  for (const s of stamped) {
    const targets: Record<string, string> = {};
    for (const k of s.kpis) {
      const target = kpiTargets.get(codeKey(k.code));
      if (target !== undefined) targets[cellString(k.code)] = target;
    }
    problems.push(...invalidValues(s, input.statuses, targets));
  }
  const collected = collectRows(
    stamped,
    (s) => s.tasks,
    new Set(tasks.map((t) => codeKey(t.code))),
    'nhiệm vụ',
    (t) => anyFilled(t.status, t.progress, t.actual, t.evidence, t.issuesRaised, t.notes),
  );
  problems.push(...collected.problems);

  const seen = new Set<string>();
  const reports = tasks.map((task) => {
    const key = codeKey(task.code);
    if (seen.has(key)) {
      problems.push({
        kind: 'duplicateCode',
        code: task.code,
        message: `Mã nhiệm vụ "${task.code}" lặp lại trong danh mục của Kế hoạch; mọi dòng mang mã này nhận cùng số liệu.`,
      });
    }
    seen.add(key);
    const read = readTask(task, collected.byCode.get(key) ?? [], input.statuses);
    problems.push(...read.problems);
    return read.report;
  });
  const completion = completionReport(
    reports.map((r) => r.progress),
    input.period,
    input.asOf,
    input.expectedUnits,
  );
  const fourWays = reports.map((r, i) =>
    fourWayOf(
      { deadline: r.task.deadline, completedOn: r.completedOn },
      completion.tasks[i] ?? { done: 0, overdue: 0 },
      input.period,
      input.submissionDeadline,
    ),
  );
  const fourWay = tallyFourWay(
    reports.map((r, i) => ({
      status: fourWays[i]?.status ?? 'openOnTime',
      leadUnits: r.progress.leadUnits,
      section: r.task.section,
    })),
    input.expectedUnits,
  );

  const carried = carryOver(input.previous, new Set(input.tasks.map((t) => codeKey(t.code))));
  let next = 0;
  const rows: SummaryRow[] = input.tasks.map((task) => {
    const coordinator = carried.byCode.get(codeKey(task.code)) ?? {};
    if (isHeading(task)) return { ...plainRow('section', task), coordinator };
    const at = next++;
    const r = reports[at];
    const c = completion.tasks[at];
    const f = fourWays[at];
    return r && c && f
      ? taskRow(r, c, f, coordinator)
      : { ...plainRow('section', task), coordinator };
  });
  for (const o of carried.orphans) {
    problems.push(orphanProblem(o.code, 'nhiệm vụ'));
    rows.push({ ...plainRow('orphan'), code: dataText(o.code), coordinator: o.coordinator });
  }

  const kpis = mergeKpis(input, stamped);
  problems.push(...kpis.problems);
  const kpi = kpiAchievement(kpis.rows.filter((r) => r.kind === 'kpi').map((r) => r.kpiStatus));
  const stats: MergeStats = {
    units: new Set(input.expectedUnits.map(unitKey)).size,
    submitted: attendance.submitted,
    late: attendance.late,
    missing: attendance.missing,
    tasks: completion.commune.due,
    done: completion.commune.done,
    overdue: completion.commune.overdue,
    completion: completion.commune.rate,
    kpiJudged: kpi.judged,
    kpiAchieved: kpi.achieved,
  };
  return {
    rows,
    kpiRows: kpis.rows,
    stats,
    byUnit: completion.byUnit,
    bySection: completion.bySection,
    fourWay,
    problems,
  };
}

/** The stats as the summary's JSON export gives them: the counts, then every problem. */
export function mergeStatsJson(result: MergeResult): MergeStats & { problems: MergeProblem[] } {
  return { ...result.stats, problems: result.problems };
}
