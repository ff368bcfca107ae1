// Importing a plan's appendix: pasted text (the task table alone or the whole plan) → sections
// and tasks with stable codes, canonical units and parsed deadlines, plus what was repaired.
import { ImportState, type Draft } from './appendixDraft.ts';
import { readPhuLuc } from './appendixPhuLuc.ts';
import { splitSourceLines } from './appendixLines.ts';
import { readPlanInfo } from './appendixPlan.ts';
import { readSauRo } from './appendixSauRo.ts';
import { tabifySpacedTables } from './spacedTable.ts';
import { isKpiHeader } from '../kpi/kpiTable.ts';
import {
  headerLayout,
  LAYOUT_NAMES,
  locateTable,
  type ImportWarning,
  type Layout,
  type Repair,
} from './appendixTable.ts';
import { parseDeadline, type Deadline } from '../deadline/deadline.ts';
import {
  resolveUnits,
  unknownUnitMessage,
  type ResolvedUnit,
  type UnitDirectory,
} from '../unit/unit.ts';
import { defaultUnitDirectory } from '../unit/unitDirectory.ts';

export type { ImportWarning, Layout, Repair };

export interface ImportedDeadline {
  raw: string;
  kind: Deadline['kind'];
  due?: string;
  every?: string;
  /** Recurring: day of the period's last month it is due (of `month` for a yearly one). */
  day?: number;
  /** Recurring yearly: the month of the due day ("ngày 10/01 hằng năm" → 1). */
  month?: number;
  /** Recurring: first day it applies. */
  from?: string;
  /** Invalid: why, in Vietnamese. */
  message?: string;
}

export interface ImportedTask {
  /** Stable key: "III.4" (phu-luc), "III.2" general task, "III.2.b" its second sub-task (sau-ro). */
  code: string;
  section: string;
  /** The TT as written (phu-luc). */
  ordinal?: string;
  content: string;
  /** Canonical lead units (unknown names as written). */
  lead: string[];
  partners: string[];
  deadline: ImportedDeadline;
  output?: string;
  kpi?: string;
  /** Code of the general task (sau-ro sub-task) or of the numbered task ("a)" items in phu-luc). */
  parent?: string;
  /** 'general' rows only group their sub-tasks; the work is in 'subtask' and 'task' rows. */
  level: 'task' | 'general' | 'subtask';
  rawLead: string;
  rawPartners: string;
  /** Cells of columns outside the layout, "Heading: text". */
  notes?: string;
  /** 1-based line of the row in the pasted text. */
  line: number;
}

export interface ImportResult {
  layout: Layout;
  plan?: { number?: string; date?: string; commune?: string };
  sections: Array<{ code: string; title: string }>;
  tasks: ImportedTask[];
  repairs: Repair[];
  warnings: ImportWarning[];
}

export interface ImportOptions {
  template?: Layout;
  /** The plan's issue date 'YYYY-MM-DD'; defaults to the date written in the plan. */
  issued?: string;
  directory?: UnitDirectory;
}

function importedDeadline(d: Deadline): ImportedDeadline {
  switch (d.kind) {
    case 'date':
      return { raw: d.raw, kind: d.kind, due: d.due, ...(d.every ? { every: d.every } : {}) };
    case 'recurring':
      return {
        raw: d.raw,
        kind: d.kind,
        every: d.every,
        ...(d.day !== undefined ? { day: d.day } : {}),
        ...(d.month !== undefined ? { month: d.month } : {}),
        ...(d.from !== undefined ? { from: d.from } : {}),
      };
    case 'invalid':
      return { raw: d.raw, kind: d.kind, message: d.message };
    default:
      return { raw: d.raw, kind: d.kind };
  }
}

function finish(
  draft: Draft,
  layout: Layout,
  deadlineOpts: { issued?: string; year?: number },
  units: (cell: string) => ResolvedUnit[],
  warnings: ImportWarning[],
): ImportedTask {
  const { text } = draft;
  const deadline = parseDeadline(text.deadline, deadlineOpts);
  const lead = units(text.lead);
  const partners = units(text.partners);
  if (draft.level !== 'general') {
    for (const r of [...lead, ...partners])
      if (!r.known && !r.catchAll && !r.title && !r.wellKnown)
        warnings.push({
          message: `Nhiệm vụ ${draft.code}: ${unknownUnitMessage(r)}`,
          line: draft.line,
          code: draft.code,
        });
    if (deadline.kind === 'invalid')
      warnings.push({
        message: `Nhiệm vụ ${draft.code}: ${deadline.message}`,
        line: draft.line,
        code: draft.code,
      });
  }
  return {
    code: draft.code,
    section: draft.section,
    ...(draft.ordinal !== undefined ? { ordinal: draft.ordinal } : {}),
    content: text.content,
    lead: lead.map((r) => r.name),
    partners: partners.map((r) => r.name),
    deadline: importedDeadline(deadline),
    // The "6 rõ" layout always has both; another table keeps them when it has such columns.
    ...(layout === 'sau-ro' || text.output !== '' ? { output: text.output } : {}),
    ...(layout === 'sau-ro' || text.kpi !== '' ? { kpi: text.kpi } : {}),
    ...(draft.parent !== undefined ? { parent: draft.parent } : {}),
    level: draft.level,
    rawLead: text.lead,
    rawPartners: text.partners,
    ...(draft.notes.length > 0 ? { notes: draft.notes.join('; ') } : {}),
    line: draft.line,
  };
}

/**
 * Reads a plan's task appendix from pasted text. Finds the table's header (or guesses), drops
 * repeated headers, joins rows a page break split, keeps sections and parent/child tasks, resolves
 * units and parses deadlines. Never throws; every word of the table lands in some field.
 */
export function importAppendix(text: string, opts: ImportOptions = {}): ImportResult {
  // Text from a PDF has its columns aligned with spaces: made into tab-separated rows first.
  const spaced = tabifySpacedTables(
    splitSourceLines(typeof text === 'string' ? text : ''),
    (cells) => headerLayout(cells) !== undefined || isKpiHeader(cells),
  );
  const lines = spaced.lines;
  const table = locateTable(lines, opts.template);
  const state = new ImportState();
  state.repairs.push(
    ...spaced.repairs.filter(
      (r) => table.headerLine === undefined || r.line === undefined || r.line >= table.headerLine,
    ),
  );
  state.repairs.push(...table.repairs);
  state.warnings.push(...table.warnings);
  if (opts.template !== undefined && table.fromHeader && opts.template !== table.layout)
    state.warnings.push({
      message: `Bảng đã dán có dạng ${LAYOUT_NAMES[table.layout]}, khác mẫu đã chọn ${LAYOUT_NAMES[opts.template]}; đọc theo dạng của bảng.`,
      ...(table.headerLine !== undefined ? { line: table.headerLine } : {}),
    });

  if (table.layout === 'sau-ro') readSauRo(table, state);
  else readPhuLuc(table, state);

  const header = table.headerLine;
  const above = lines.filter((l) => header === undefined || l.line < header);
  const info = readPlanInfo(above.map((l) => l.text));
  const issued = opts.issued ?? info.date;
  const deadlineOpts = {
    ...(issued !== undefined ? { issued } : {}),
    ...(info.year !== undefined ? { year: info.year } : {}),
  };
  const dir = opts.directory ?? defaultUnitDirectory();
  const warnings: ImportWarning[] = [];
  // The same unit cells repeat down a table ("Các phòng, ban, ngành…"): read each once.
  const seen = new Map<string, ResolvedUnit[]>();
  const units = (cell: string): ResolvedUnit[] => {
    let r = seen.get(cell);
    if (!r) seen.set(cell, (r = resolveUnits(cell, dir)));
    return r;
  };
  const tasks = state.drafts.map((d) => finish(d, table.layout, deadlineOpts, units, warnings));
  const plan = {
    ...(info.number !== undefined ? { number: info.number } : {}),
    ...(info.date !== undefined ? { date: info.date } : {}),
    ...(info.commune !== undefined ? { commune: info.commune } : {}),
  };
  return {
    layout: table.layout,
    ...(Object.keys(plan).length > 0 ? { plan } : {}),
    sections: state.sections.map(({ code, title }) => ({ code, title })),
    tasks,
    repairs: [...state.repairs].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    warnings: [...state.warnings, ...warnings],
  };
}
