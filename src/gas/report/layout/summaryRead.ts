// A summary sheet ("Tổng hợp <kỳ>", or its frozen copy "Chốt kỳ <kỳ>") read back from its values,
// block by block, by title and heading: what the dashboard, the period report and the export are
// built from. No services.
import { cellDay } from '../../../core/text/calendar.ts';
import { cellString, fromData } from '../../../core/sheet/cellText.ts';
import {
  findHeaderRow,
  matchHeaders,
  normalizeHeaderKey,
  type HeaderColumn,
} from '../../../core/sheet/headerMatch.ts';
import { fourWayFromLabel, type FourWay } from '../../../core/report/fourWay.ts';
import type { SummaryRow } from '../../../core/report/merge/mergeTypes.ts';
import {
  SECTION_HEADERS,
  SUMMARY_KPI_COLUMNS,
  SUMMARY_TASK_COLUMNS,
  SUMMARY_TITLES,
  UNIT_HEADERS,
  titleRows,
} from './mergeSummary.ts';

/** A task row read back from a summary sheet: the columns it shows, the four-way status parsed. */
export interface SummaryTask extends Omit<
  SummaryRow,
  'kind' | 'notes' | 'reported' | 'fourWay' | 'coordinator'
> {
  kind: 'task' | 'section';
  fourWay: FourWay | null;
}

export interface SummaryUnit {
  unit: string;
  due: number;
  done: number;
  overdue: number;
  rate: number | null;
  /** "Đã nộp 18/09/2025 10:00", "Chưa nộp"… */
  state: string;
}

export interface SummarySection {
  section: string;
  name: string;
  due: number;
  done: number;
  rate: number | null;
}

export interface SummaryKpi {
  code: string;
  content: string;
  measureUnit: string;
  target: string;
  leadUnit: string;
  /** As the cell holds it (number or text). */
  actual: unknown;
  status: string;
  evidence: string;
  notes: string;
}

export interface SummaryData {
  /** Figures at the top by normalized label ("tỷ lệ hoàn thành toàn xã (%)" → 51.7). */
  figures: Map<string, unknown>;
  tasks: SummaryTask[];
  units: SummaryUnit[];
  sections: SummarySection[];
  kpis: SummaryKpi[];
  /** Whether the task block has the four-way column (summaries made before it do not). */
  hasFourWay: boolean;
}

function text(v: unknown): string {
  return fromData(v);
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function isoDay(v: unknown): string {
  return cellDay(v) ?? '';
}

/** A block's rows as records by key, from its title down to the next block's title. */
function block(
  values: readonly (readonly unknown[])[],
  from: number | undefined,
  to: number,
  columns: readonly HeaderColumn[],
): { rows: Array<Record<string, unknown>>; keys: Set<string> } {
  if (from === undefined) return { rows: [], keys: new Set() };
  const slice = values.slice(from + 1, to);
  const h = findHeaderRow(slice, columns, 3);
  if (h < 0) return { rows: [], keys: new Set() };
  const match = matchHeaders(slice[h] ?? [], columns);
  const rows = slice.slice(h + 1).flatMap((row) => {
    if (row.every((v) => cellString(v) === '')) return [];
    const rec: Record<string, unknown> = {};
    for (const [key, at] of Object.entries(match.index)) rec[key] = row[at];
    return [rec];
  });
  return { rows, keys: new Set(Object.keys(match.index)) };
}

const byHeader = (headers: readonly string[]): HeaderColumn[] =>
  headers.map((h) => ({ key: h, header: h }));

/** The summary's blocks. Rows without a code (blank lines, notes) are skipped. */
export function readSummary(values: readonly (readonly unknown[])[]): SummaryData {
  const at = titleRows(values);
  const starts = [...at.values()].sort((a, b) => a - b);
  const end = (from: number | undefined) =>
    from === undefined ? values.length : (starts.find((s) => s > from) ?? values.length);
  const range = (title: string) => {
    const from = at.get(title);
    return [from, end(from)] as const;
  };
  const figures = new Map<string, unknown>();
  for (const row of values.slice(1, starts[0] ?? values.length)) {
    const key = normalizeHeaderKey(row[0]);
    if (key !== '' && !figures.has(key)) figures.set(key, row[1]);
  }

  const t = block(values, ...range(SUMMARY_TITLES.tasks), SUMMARY_TASK_COLUMNS);
  const tasks: SummaryTask[] = t.rows.flatMap((r) => {
    const code = text(r.code);
    if (code === '') return [];
    const due = num(r.due);
    if (due === null && text(r.leadUnit) !== '') return [];
    return [
      {
        kind: due === null ? ('section' as const) : ('task' as const),
        code,
        section: text(r.section),
        content: text(r.content),
        leadUnit: text(r.leadUnit),
        partnerUnits: text(r.partnerUnits),
        deadline: text(r.deadline),
        status: text(r.status),
        progress: num(r.progress),
        actual: text(r.actual),
        evidence: text(r.evidence),
        issuesRaised: text(r.issuesRaised),
        due: due ?? 0,
        done: num(r.done) ?? 0,
        overdue: num(r.overdue) ?? 0,
        dueDate: isoDay(r.dueDate),
        completedOn: isoDay(r.completedOn),
        fourWay: fourWayFromLabel(text(r.fourWay)),
      },
    ];
  });
  // Orphans (a code that left the plan, kept for its notes) have no content: not a section.
  const kept = tasks.filter((x) => x.kind === 'task' || x.content !== '');

  const [uh0, uh1, uh2, uh3, uh4, uh5] = UNIT_HEADERS;
  const u = block(values, ...range(SUMMARY_TITLES.units), byHeader(UNIT_HEADERS));
  const units = u.rows.flatMap((r) => {
    const unit = text(r[uh0 ?? '']);
    return unit === ''
      ? []
      : [
          {
            unit,
            due: num(r[uh1 ?? '']) ?? 0,
            done: num(r[uh2 ?? '']) ?? 0,
            overdue: num(r[uh3 ?? '']) ?? 0,
            rate: num(r[uh4 ?? '']),
            state: text(r[uh5 ?? '']),
          },
        ];
  });

  const [sh0, sh1, sh2, sh3, , sh5] = SECTION_HEADERS;
  const s = block(values, ...range(SUMMARY_TITLES.sections), byHeader(SECTION_HEADERS));
  const sections = s.rows.flatMap((r) => {
    const section = text(r[sh0 ?? '']);
    if (section === '' || normalizeHeaderKey(section) === 'toàn xã') return [];
    return [
      {
        section,
        name: text(r[sh1 ?? '']),
        due: num(r[sh2 ?? '']) ?? 0,
        done: num(r[sh3 ?? '']) ?? 0,
        rate: num(r[sh5 ?? '']),
      },
    ];
  });

  const k = block(values, ...range(SUMMARY_TITLES.kpis), SUMMARY_KPI_COLUMNS);
  const kpis = k.rows.flatMap((r) => {
    const code = text(r.code);
    if (code === '' || text(r.target) === '') return [];
    return [
      {
        code,
        content: text(r.content),
        measureUnit: text(r.measureUnit),
        target: text(r.target),
        leadUnit: text(r.leadUnit),
        actual: typeof r.actual === 'string' ? fromData(r.actual) : r.actual,
        status: text(r.kpiStatus),
        evidence: text(r.evidence),
        notes: text(r.notes),
      },
    ];
  });
  return { figures, tasks: kept, units, sections, kpis, hasFourWay: t.keys.has('fourWay') };
}

/** A figure of the top block by its label, e.g. figure(data, 'Tỷ lệ hoàn thành toàn xã (%)'). */
export function figure(data: SummaryData, label: string): unknown {
  return data.figures.get(normalizeHeaderKey(label));
}
