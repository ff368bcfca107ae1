// The long-format export (docs/EXPORT.md): one row per task and period, one per KPI and period,
// the same columns for every commune so a province can stack the files and query them unchanged.
// Built from the summary sheet's values. No services.
import { readNumber } from '../../../core/sheet/cellText.ts';
import { FourWayStatus } from '../../../core/sheet/vocabulary.ts';
import { splitUnits } from '../../../core/report/merge/mergeIntake.ts';
import type { Period } from '../../../core/report/period.ts';
import type { PlanIdentity } from '../../../core/report/planIdentity.ts';
import { targetFromCell } from '../../../core/kpi/kpiFunctions.ts';
import { applyMeasureUnit, normalizeTarget } from '../../../core/kpi/targetWrite.ts';
import type { SummaryData } from './summaryRead.ts';

export const EXPORT_SHEET = 'Dữ liệu xuất';

export const EXPORT_COLUMNS = [
  'record_type',
  'commune',
  'plan_number',
  'period',
  'period_start',
  'period_end',
  'code',
  'section',
  'content',
  'lead_unit',
  'partners',
  'deadline_text',
  'due_date',
  'status',
  'progress',
  'result',
  'evidence',
  'submitted_at',
  'target_text',
  'target_canonical',
  'measure_unit',
  'actual',
  'actual_value',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRecord = Record<ExportColumn, string | number | null>;

/** "Đã nộp 18/09/2025 10:00 – muộn" → '2025-09-18T10:00:00+07:00'; null when not submitted. */
export function stampOf(state: string): string | null {
  const m = /(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})/.exec(state);
  return m ? `${m[3]}-${m[2]}-${m[1]}T${m[4]}:${m[5]}:00+07:00` : null;
}

function blankRecord(): ExportRecord {
  return Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, null])) as ExportRecord;
}

export interface ExportInput {
  data: SummaryData;
  identity: PlanIdentity;
  periodText: string;
  period: Period;
}

export function exportRecords(input: ExportInput): ExportRecord[] {
  const { data } = input;
  const stamps = new Map(data.units.map((u) => [u.unit, stampOf(u.state)]));
  const stampFor = (leadUnit: string) =>
    splitUnits(leadUnit)
      .map((u) => stamps.get(u) ?? null)
      .find((s) => s !== null) ?? null;
  const text = (s: string) => (s === '' ? null : s);
  const common = (): ExportRecord => ({
    ...blankRecord(),
    commune: input.identity.commune ?? null,
    plan_number: input.identity.planNumber ?? null,
    period: input.periodText,
    period_start: input.period.start,
    period_end: input.period.end,
  });
  const rows: ExportRecord[] = [];
  for (const t of data.tasks) {
    if (t.kind !== 'task') continue;
    rows.push({
      ...common(),
      record_type: 'task',
      code: t.code,
      section: text(t.section),
      content: text(t.content),
      lead_unit: text(t.leadUnit),
      partners: text(t.partnerUnits),
      deadline_text: text(t.deadline),
      due_date: text(t.dueDate),
      status: t.fourWay ? FourWayStatus[t.fourWay] : null,
      progress: t.progress,
      result: text(t.actual),
      evidence: text(t.evidence),
      submitted_at: stampFor(t.leadUnit),
    });
  }
  for (const k of data.kpis) {
    const target = applyMeasureUnit(targetFromCell(k.target), k.measureUnit);
    const actual = k.actual === '' || k.actual === null || k.actual === undefined ? null : k.actual;
    const read = readNumber(actual);
    rows.push({
      ...common(),
      record_type: 'kpi',
      code: k.code,
      content: text(k.content),
      lead_unit: text(k.leadUnit),
      status: text(k.status),
      evidence: text(k.evidence),
      submitted_at: stampFor(k.leadUnit),
      target_text: k.target,
      target_canonical: target.kind === 'invalid' ? null : normalizeTarget(target),
      measure_unit: text(k.measureUnit),
      actual: actual === null ? null : typeof actual === 'number' ? actual : String(actual),
      actual_value: read.ok && read.value ? read.value.value : null,
    });
  }
  return rows;
}
