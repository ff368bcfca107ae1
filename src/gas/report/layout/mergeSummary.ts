// The commune summary sheet ("Tổng hợp <kỳ>") as values: its blocks, how the previous one is read
// back (the coordinator's own columns, by task code) and how the new one is laid out. No services.
import { isMidnight, isoToDate } from '../../../core/text/calendar.ts';
import { FOUR_WAYS, type FourWayCounts } from '../../../core/report/fourWay.ts';
import { FourWayStatus } from '../../../core/sheet/vocabulary.ts';
import { asData } from '../../../core/sheet/cellText.ts';
import {
  findHeaderRow,
  matchHeaders,
  normalizeHeaderKey,
} from '../../../core/sheet/headerMatch.ts';
import { previousFromValues } from '../../../core/report/merge/mergeCarry.ts';
import type {
  CellOut,
  MergeProblem,
  MergeProblemKind,
  MergeResult,
  PreviousRow,
  SummaryKpiRow,
  SummaryRow,
} from '../../../core/report/merge/mergeTypes.ts';
import { formatDay } from '../../../core/text/calendar.ts';
import { TaskStatus } from '../../../core/sheet/vocabulary.ts';
import { COLOURS } from '../../sheet/colours.ts';
import { GridBuilder } from '../../sheet/grid.ts';

export type ReportProblemKind = MergeProblemKind | 'sentBack' | 'editedAfterSubmit';
export interface ReportProblem extends Omit<MergeProblem, 'kind'> {
  kind: ReportProblemKind;
}

export const PROBLEM_LABELS: Record<ReportProblemKind, string> = {
  missing: 'Chưa nộp',
  late: 'Nộp muộn',
  unknownCode: 'Mã không có trong Kế hoạch',
  duplicateCode: 'Mã lặp lại',
  twoLeads: 'Hai đơn vị cùng nhận chủ trì',
  notLead: 'Không phải đơn vị chủ trì',
  invalid: 'Giá trị không hợp lệ',
  orphanNote: 'Nhận xét của mã đã bỏ',
  sentBack: 'Đã trả lại, chờ nộp lại',
  editedAfterSubmit: 'Đã sửa sau khi nộp — cần nộp lại',
};

export function summarySheetName(periodText: string): string {
  return `Tổng hợp ${periodText}`;
}

export const SUMMARY_TITLES = {
  tasks: 'A. TIẾN ĐỘ TỪNG NHIỆM VỤ',
  units: 'B. TỶ LỆ HOÀN THÀNH THEO ĐƠN VỊ',
  sections: 'C. TỶ LỆ HOÀN THÀNH THEO MỤC',
  kpis: 'D. CHỈ TIÊU',
  problems: 'E. VẤN ĐỀ CẦN XEM',
} as const;

interface OutColumn {
  key: string;
  header: string;
  width: number;
  format: string;
}

type TaskKey = keyof SummaryRow;
type KpiKey = keyof SummaryKpiRow;

function outColumns<K extends string>(
  rows: ReadonlyArray<readonly [K, string, number, string?]>,
): ReadonlyArray<OutColumn & { key: K }> {
  return rows.map(([key, header, width, format = '@']) => ({ key, header, width, format }));
}

/**
 * The summary's task columns: key, header, width and the number format of its numbers. Neighbours
 * share widths where they can: Sheets sets widths one call per run of equal widths.
 */
export const SUMMARY_TASK_COLUMNS = outColumns<TaskKey>([
  ['code', 'Mã', 160],
  ['section', 'Mục', 60],
  ['content', 'Nội dung nhiệm vụ', 340],
  ['leadUnit', 'Cơ quan chủ trì', 160],
  ['partnerUnits', 'Cơ quan phối hợp', 160],
  ['deadline', 'Thời hạn', 110],
  ['status', 'Trạng thái', 110],
  ['progress', 'Tiến độ (%)', 70, '0.##'],
  ['actual', 'Kết quả thực hiện / sản phẩm', 220],
  ['evidence', 'Minh chứng', 220],
  ['issuesRaised', 'Khó khăn, vướng mắc, kiến nghị', 220],
  ['notes', 'Ghi chú của đơn vị', 220],
  ['due', 'Đến hạn trong kỳ', 70, '0'],
  ['done', 'Tính là hoàn thành', 70, '0'],
  ['overdue', 'Quá hạn (tính)', 70, '0'],
  ['dueDate', 'Hạn trong kỳ', 90, 'dd/MM/yyyy'],
  ['completedOn', 'Ngày hoàn thành (tính)', 90, 'dd/MM/yyyy'],
  ['fourWay', 'Tình hình thực hiện', 160],
]);

/** The four-way statuses as column headings, in their fixed order. */
export const FOUR_WAY_HEADERS: readonly string[] = FOUR_WAYS.map((k) => FourWayStatus[k]);

function fourWayCells(c: FourWayCounts | undefined): CellOut[] {
  return FOUR_WAYS.map((k) => c?.[k] ?? 0);
}

export const SUMMARY_KPI_COLUMNS: ReadonlyArray<OutColumn & { key: KpiKey }> = [
  { key: 'code', header: 'Mã', width: 70, format: '@' },
  { key: 'content', header: 'Nội dung chỉ tiêu', width: 340, format: '@' },
  { key: 'measureUnit', header: 'Đơn vị tính', width: 90, format: '@' },
  { key: 'target', header: 'Chỉ tiêu', width: 110, format: '@' },
  { key: 'leadUnit', header: 'Đơn vị chủ trì', width: 160, format: '@' },
  { key: 'actual', header: 'Kết quả thực hiện', width: 120, format: 'General' },
  { key: 'kpiStatus', header: 'Kết quả đánh giá', width: 110, format: '@' },
  { key: 'evidence', header: 'Minh chứng', width: 180, format: '@' },
  { key: 'notes', header: 'Ghi chú của đơn vị', width: 220, format: '@' },
];

export const UNIT_HEADERS = [
  'Đơn vị',
  'Nhiệm vụ đến hạn',
  'Đã hoàn thành',
  'Quá hạn',
  'Tỷ lệ hoàn thành (%)',
  'Báo cáo kỳ này',
  ...FOUR_WAY_HEADERS,
];
export const SECTION_HEADERS = [
  'Mục',
  'Nội dung',
  'Nhiệm vụ đến hạn',
  'Đã hoàn thành',
  'Quá hạn',
  'Tỷ lệ hoàn thành (%)',
  ...FOUR_WAY_HEADERS,
];
const PROBLEM_HEADERS = ['Loại', 'Đơn vị', 'Trang tính', 'Dòng', 'Mã', 'Cột', 'Nội dung'];

// ------------------------------------------------------------------------------ reading back

export interface PreviousBlock {
  /** The coordinator's own headings, in sheet order. */
  columns: string[];
  rows: PreviousRow[];
  /**
   * Where the block was (0-based rows, title to last row) and how wide its header is, own
   * columns included: those cells are carried by code, not kept where they were.
   */
  area?: { from: number; to: number; width: number };
}

export interface PreviousSummary {
  tasks: PreviousBlock;
  kpis: PreviousBlock;
}

const NO_BLOCK: PreviousBlock = { columns: [], rows: [] };

export function titleRows(values: readonly (readonly unknown[])[]): Map<string, number> {
  const wanted = new Map(
    Object.values(SUMMARY_TITLES).map((t) => [normalizeHeaderKey(t), t] as const),
  );
  const at = new Map<string, number>();
  values.forEach((row, r) => {
    const title = wanted.get(normalizeHeaderKey(row[0]));
    if (title !== undefined && !at.has(title)) at.set(title, r);
  });
  return at;
}

function readBlock(
  values: readonly (readonly unknown[])[],
  from: number | undefined,
  to: number,
  produced: ReadonlyArray<{ key: string; header: string }>,
): PreviousBlock {
  if (from === undefined) return NO_BLOCK;
  const slice = values.slice(from + 1, to);
  const h = findHeaderRow(slice, produced, 3);
  if (h < 0) return NO_BLOCK;
  const header = slice[h] ?? [];
  const columns = matchHeaders(header, produced).extra.map((e) => e.header);
  let width = header.length;
  while (width > 0 && String(header[width - 1] ?? '').trim() === '') width--;
  return {
    columns,
    rows: previousFromValues(slice, produced),
    area: { from, to: to - 1, width },
  };
}

/** The previous summary's coordinator columns of the task and KPI blocks. */
export function readPreviousSummary(values: readonly (readonly unknown[])[]): PreviousSummary {
  const at = titleRows(values);
  const starts = [...at.values()].sort((a, b) => a - b);
  const end = (from: number | undefined) =>
    from === undefined ? values.length : (starts.find((s) => s > from) ?? values.length);
  const tasksAt = at.get(SUMMARY_TITLES.tasks);
  const kpisAt = at.get(SUMMARY_TITLES.kpis);
  return {
    tasks: readBlock(values, tasksAt, end(tasksAt), SUMMARY_TASK_COLUMNS),
    kpis: readBlock(values, kpisAt, end(kpisAt), SUMMARY_KPI_COLUMNS),
  };
}

// ------------------------------------------------------------------------------ laying out

export interface SummaryInput {
  result: MergeResult;
  problems: readonly ReportProblem[];
  periodTitle: string;
  periodText: string;
  deadline: string;
  asOf: string;
  /** Tasks in the plan (sections not counted). */
  taskCount: number;
  /** Unit → what its report looks like this period ("Đã nộp 22/09/2025 10:00 – muộn"). */
  unitStates: ReadonlyMap<string, string>;
  /** Section code → its title. */
  sectionNames: ReadonlyMap<string, string>;
  previous: PreviousSummary;
}

export interface SummaryLayout {
  values: CellOut[][];
  formats: string[][];
  weights: Weight[][];
  backgrounds: Array<Array<string | null>>;
  wraps: boolean[][];
  widths: number[];
  /** 1-based header row of the task block, its number of rows and of produced columns. */
  taskHeaderRow: number;
  taskRows: number;
  producedWidth: number;
  /**
   * For each row, how many columns from A the summary owns (its block's width; 0 for the blank
   * rows between blocks). Cells right of that are the coordinator's: a re-merge keeps them.
   */
  spans: number[];
}

export type Weight = 'bold' | 'normal';

const SECTION_BG = COLOURS.title;
const STATUS_BG: Record<string, string> = {
  [TaskStatus.done]: COLOURS.done,
  [TaskStatus.overdue]: COLOURS.alert,
  [TaskStatus.inProgress]: COLOURS.warning,
};

/** Text stays text ("1.10", "2026-05"); numbers and dates get a format that shows them. */
export function formatOf(v: CellOut, number: string | undefined): string {
  if (typeof v === 'number') return number && number !== '@' ? number : 'General';
  if (v instanceof Date) {
    return isMidnight(v) ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm';
  }
  if (typeof v === 'boolean') return 'General';
  return '@';
}

/** A number, or '' for null (no rate when nothing is due). */
export function num(n: number | null | undefined): CellOut {
  return n === null || n === undefined ? '' : n;
}

/** A row whose numbers take `numbers[i]` as their format (text stays text). */
export function push(
  g: GridBuilder<CellOut>,
  cells: readonly CellOut[],
  numbers: readonly string[] = [],
  style?: 'bold',
): number {
  return g.push(cells, (v, i) => formatOf(v, numbers[i]), style);
}

export function title(g: GridBuilder<CellOut>, text: string, span: number): void {
  push(g, []);
  g.styleTitle(push(g, [text]), span);
}

/** Each row's owned width, from the rows each block starts at (after its blank spacer row). */
function spansOf(height: number, blocks: ReadonlyArray<{ from: number; width: number }>): number[] {
  const spans = new Array<number>(height).fill(0);
  blocks.forEach((b, i) => {
    const end = (blocks[i + 1]?.from ?? height + 2) - 1;
    for (let r = b.from; r < end && r <= height; r++) spans[r - 1] = b.width;
  });
  return spans;
}

export function header(g: GridBuilder<CellOut>, cells: readonly string[]): number {
  const row = push(g, cells);
  g.styleHeader(row, cells.length);
  return row;
}

function statsRows(input: SummaryInput): Array<[string, CellOut, string]> {
  const s = input.result.stats;
  const kpiRate = s.kpiJudged > 0 ? Math.round((s.kpiAchieved * 1000) / s.kpiJudged) / 10 : null;
  return [
    ['Kỳ báo cáo', input.periodText, '@'],
    ['Hạn nộp', formatDay(input.deadline), '@'],
    ['Tính đến ngày', formatDay(input.asOf), '@'],
    ['Đơn vị phải báo cáo', s.units, '0'],
    ['Đã nộp', s.submitted, '0'],
    ['Nộp muộn', s.late, '0'],
    ['Chưa nộp', asData(s.missing.join('; ')), '@'],
    ['Nhiệm vụ trong Kế hoạch', input.taskCount, '0'],
    ['Nhiệm vụ đến hạn trong kỳ', s.tasks, '0'],
    ['Đã hoàn thành', s.done, '0'],
    ['Quá hạn', s.overdue, '0'],
    ['Tỷ lệ hoàn thành toàn xã (%)', num(s.completion), '0.0'],
    ['Chỉ tiêu đánh giá được', s.kpiJudged, '0'],
    ['Chỉ tiêu Đạt hoặc Vượt', s.kpiAchieved, '0'],
    ['Tỷ lệ đạt chỉ tiêu (%)', num(kpiRate), '0.0'],
    ['Vấn đề cần xem', input.problems.length, '0'],
    ...FOUR_WAYS.map((k): [string, CellOut, string] => [
      FourWayStatus[k],
      input.result.fourWay.commune[k],
      '0',
    ]),
  ];
}

/** The whole summary as one grid, with 2-D formats, weights and colours. */
export function layoutSummary(input: SummaryInput): SummaryLayout {
  const { result } = input;
  const taskCoord = input.previous.tasks.columns;
  const kpiCoord = input.previous.kpis.columns;
  const taskWidth = SUMMARY_TASK_COLUMNS.length + taskCoord.length;
  const kpiWidth = SUMMARY_KPI_COLUMNS.length + kpiCoord.length;
  const width = Math.max(taskWidth, kpiWidth, PROBLEM_HEADERS.length, UNIT_HEADERS.length);
  const g = new GridBuilder<CellOut>(width);

  g.noWrap(
    push(
      g,
      [`BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH – ${input.periodTitle.toUpperCase()}`],
      [],
      'bold',
    ),
  );
  for (const [label, value, format] of statsRows(input)) {
    const row = push(g, [label, value], ['@', format]);
    g.bold(row, 0, 1);
    g.noWrap(row, 1);
  }

  const blocks: Array<{ from: number; width: number }> = [{ from: 1, width: 2 }];
  blocks.push({ from: g.values.length + 2, width: taskWidth });
  title(g, SUMMARY_TITLES.tasks, taskWidth);
  const taskHeaderRow = header(g, [...SUMMARY_TASK_COLUMNS.map((c) => c.header), ...taskCoord]);
  const taskFormats = SUMMARY_TASK_COLUMNS.map((c) => c.format);
  const statusAt = SUMMARY_TASK_COLUMNS.findIndex((c) => c.key === 'status');
  for (const r of result.rows) {
    const cells: CellOut[] = SUMMARY_TASK_COLUMNS.map((c) => {
      if (r.kind !== 'task' && (c.key === 'due' || c.key === 'done' || c.key === 'overdue'))
        return '';
      const v = r[c.key];
      if (c.key === 'dueDate' || c.key === 'completedOn')
        return typeof v === 'string' && v !== '' ? isoToDate(v) : '';
      return typeof v === 'number' || typeof v === 'string' ? v : v === null ? '' : String(v);
    });
    const row = push(
      g,
      [...cells, ...taskCoord.map((h) => r.coordinator[h] ?? '')],
      taskFormats,
      r.kind === 'section' ? 'bold' : undefined,
    );
    if (r.kind === 'section') g.paint(row, SECTION_BG, 0, SUMMARY_TASK_COLUMNS.length);
    const color = STATUS_BG[r.status];
    if (r.kind === 'task' && color) g.paint(row, color, statusAt, statusAt + 1);
  }

  blocks.push({ from: g.values.length + 2, width: UNIT_HEADERS.length });
  title(g, SUMMARY_TITLES.units, UNIT_HEADERS.length);
  header(g, UNIT_HEADERS);
  const unitFour = new Map(result.fourWay.byUnit.map((u) => [u.unit, u]));
  const sectionFour = new Map(result.fourWay.bySection.map((u) => [u.section, u]));
  const counts = ['0', '0', '0', '0'];
  for (const u of result.byUnit) {
    push(
      g,
      [
        asData(u.unit),
        u.due,
        u.done,
        u.overdue,
        num(u.rate),
        asData(input.unitStates.get(u.unit) ?? ''),
        ...fourWayCells(unitFour.get(u.unit)),
      ],
      ['@', '0', '0', '0', '0.0', '@', ...counts],
    );
  }

  blocks.push({ from: g.values.length + 2, width: SECTION_HEADERS.length });
  title(g, SUMMARY_TITLES.sections, SECTION_HEADERS.length);
  header(g, SECTION_HEADERS);
  for (const s of result.bySection) {
    push(
      g,
      [
        asData(s.section),
        asData(input.sectionNames.get(s.section) ?? ''),
        s.due,
        s.done,
        s.overdue,
        num(s.rate),
        ...fourWayCells(sectionFour.get(s.section)),
      ],
      ['@', '@', '0', '0', '0', '0.0', ...counts],
    );
  }
  const c = result.stats;
  push(
    g,
    [
      'Toàn xã',
      '',
      c.tasks,
      c.done,
      c.overdue,
      num(c.completion),
      ...fourWayCells(result.fourWay.commune),
    ],
    ['@', '@', '0', '0', '0', '0.0', ...counts],
    'bold',
  );

  blocks.push({ from: g.values.length + 2, width: kpiWidth });
  title(g, SUMMARY_TITLES.kpis, kpiWidth);
  header(g, [...SUMMARY_KPI_COLUMNS.map((k) => k.header), ...kpiCoord]);
  for (const k of result.kpiRows) {
    push(
      g,
      [
        ...SUMMARY_KPI_COLUMNS.map((col) => k[col.key] as CellOut),
        ...kpiCoord.map((h) => k.coordinator[h] ?? ''),
      ],
      SUMMARY_KPI_COLUMNS.map((col) => col.format),
    );
  }

  blocks.push({ from: g.values.length + 2, width: PROBLEM_HEADERS.length });
  title(g, SUMMARY_TITLES.problems, PROBLEM_HEADERS.length);
  header(g, PROBLEM_HEADERS);
  for (const p of input.problems) {
    push(
      g,
      [
        PROBLEM_LABELS[p.kind],
        asData(p.unit ?? ''),
        asData(p.sheet ?? ''),
        p.row ?? '',
        asData(p.code ?? ''),
        asData(p.column ?? ''),
        asData(p.message),
      ],
      ['@', '@', '@', '0', '@', '@', '@'],
    );
  }

  const widths = [...SUMMARY_TASK_COLUMNS.map((col) => col.width), ...taskCoord.map(() => 160)];
  while (widths.length < width) widths.push(120);
  return {
    values: g.values,
    formats: g.formats,
    weights: g.weights,
    backgrounds: g.backgrounds,
    wraps: g.wraps,
    widths,
    taskHeaderRow,
    taskRows: result.rows.length,
    producedWidth: SUMMARY_TASK_COLUMNS.length,
    spans: spansOf(g.values.length, blocks),
  };
}
