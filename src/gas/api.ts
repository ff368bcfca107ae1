// The sidebar ↔ server contract. Pure types, lazily built schemas and the one request parser, so
// the sidebar can import the types without pulling in Apps Script code.
import * as z from 'zod/mini';
import type { ImportedDeadline, ImportResult, Layout } from '../core/appendix/appendix.ts';
import type { MergeProblem } from '../core/report/merge/mergeTypes.ts';
import { UserError } from '../core/userError.ts';
import type { ReminderView } from './remind/remindApi.ts';
import type { GuideApi } from './guide/guideApi.ts';

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  kind: 'tasks' | 'kpis';
  sheetName: string;
  columns: string[];
}

export interface ScaffoldResponse {
  sheetName: string;
  templateId: string;
  headerRow: number;
  firstDataRow: number;
  columns: string[];
  createdUnitSheet: boolean;
  rangeName: string;
}

export interface CheckProblemView {
  sheet: string;
  row: number;
  column: string;
  /** A1 of the cell ("F12"). */
  cell: string;
  value: unknown;
  message: string;
}

export interface CheckResponse {
  tables: number;
  problems: CheckProblemView[];
  marked: number;
  cleared: number;
  /** Codes written on more than one row of the plan tables, each with all its places. */
  duplicates: Array<{ code: string; places: Array<{ sheet: string; row: number }> }>;
  /** "Kiểm tra 6 rõ" counts, when the workbook has task tables. */
  sixClear?: SixClearView;
}

/** "6 rõ" counts for one lead unit (a co-led task counts for each lead). */
export interface SixClearUnitView {
  unit: string;
  tasks: number;
  /** Tasks with all six points clear. */
  clear: number;
  /** Tasks unclear on each point: người, việc, thời gian, trách nhiệm, sản phẩm, thẩm quyền. */
  missing: Record<string, number>;
}

export interface SixClearView {
  /** Tasks checked (general tasks of the "6 rõ" layout only group sub-tasks and are left out). */
  tasks: number;
  clear: number;
  byUnit: SixClearUnitView[];
}

// ---------------------------------------------------------------- appendix import

export type LayoutId = Layout;

export interface ImportNoticeView {
  message: string;
  line?: number;
  code?: string;
  kind?: string;
}

/** `sauro import` without a workbook prints this object. */
export interface ImportPreview extends Omit<ImportResult, 'repairs' | 'warnings'> {
  repairs: ImportNoticeView[];
  warnings: ImportNoticeView[];
  counts: { sections: number; tasks: number; repairs: number; warnings: number };
  /** The table of the same plan already in the workbook: the import can update it in place. */
  existing?: { sheetName: string; shared: number; sameContent: number; tasks: number };
  /** KPI tables in the text, as the "Chỉ tiêu" panel reads them. */
  kpis?: KpiExtractView;
}

export interface ImportResponse {
  /** The task table written ('' when the text held only KPI tables). */
  sheetName: string;
  layout: LayoutId;
  mode: 'new' | 'update';
  /** Update in place: typed rows carried over, new codes, old codes kept (typed) or dropped. */
  updated?: { carried: number; added: number; kept: string[]; dropped: string[] };
  /** KPI tables of the text, written to the "Chỉ tiêu" table. */
  kpis?: { sheetName: string; written: number; firstRow: number; accepted: number };
  /** Section rows written. */
  sections: number;
  /** Task rows written (general tasks and sub-tasks each count). */
  tasks: number;
  firstRow: number;
  repairs: ImportNoticeView[];
  warnings: ImportNoticeView[];
}

/** `sauro deadline` prints this object. */
export interface DeadlineView {
  kind: ImportedDeadline['kind'];
  due?: string;
  every?: string;
  message?: string;
}

/** `sauro unit` prints this object. */
export interface UnitView {
  units: Array<{
    name: string;
    known: boolean;
    suggestion?: string;
    catchAll?: boolean;
    /** A body outside the commune known by name ("Sở Khoa học và Công nghệ"). */
    wellKnown?: boolean;
    /** A leader's title ("Chủ tịch UBND xã"). */
    title?: boolean;
  }>;
}

/** `sauro target` prints this object. */
export interface TargetView {
  kind: 'compare' | 'range' | 'yesno' | 'qualitative' | 'invalid';
  op?: string;
  value?: number;
  /** The whole of a fraction target ("12/15 thôn" → 15). */
  of?: number;
  min?: number;
  max?: number;
  unit?: string;
  note?: string;
  message?: string;
  normalized?: string;
}

export interface KpiRowView {
  /** The code the row will get ("CT-I.1", or "CT2-I.1" when "CT-" codes are taken). */
  code: string;
  indicator: string;
  target: string;
  measureUnit: string;
  normalized: string;
  kind: TargetView['kind'];
  group: string;
  line: number;
  /** From a pasted table: STT as written, Roman section, responsible units. */
  ordinal?: string;
  section?: string;
  lead?: string;
}

export interface KpiNoticeView {
  message: string;
  line?: number;
  kind?: string;
}

export interface KpiExtractView {
  rows: KpiRowView[];
  /** Section rows that will be written ("CT-I Về phát triển hạ tầng"). */
  sections: Array<{ code: string; title: string; line: number }>;
  skipped: Array<{ text: string; reason: string; line: number }>;
  /** To look at before writing; writing needs them accepted. */
  problems: KpiNoticeView[];
  repairs: KpiNoticeView[];
  /** KPI tables found in the text. */
  tables: number;
  /** The sheet the rows go to. */
  sheetName: string;
  /** Why the codes start with "CT2-"… */
  codeNotice?: string;
}

export interface WriteKpiResponse {
  sheetName: string;
  written: number;
  skipped: number;
  firstRow: number;
  /** Codes of the rows written, in order. */
  codes: string[];
  /** Problems the officer accepted. */
  accepted: number;
}

/** Every server function the sidebar may call, with its argument and result. */
export interface ServerApi extends GuideApi {
  getTemplates(): TemplateSummary[];
  scaffoldTemplate(request: ScaffoldRequest): ScaffoldResponse;
  checkWorkbook(): CheckResponse;
  parseTargetText(text: string): TargetView;
  extractKpiRows(request: string | KpiPreviewRequest): KpiExtractView;
  writeKpiRows(request: WriteKpiRequest): WriteKpiResponse;
  previewImport(request: ImportRequest): ImportPreview;
  importPlanText(request: ImportRequest): ImportResponse;
  parseDeadlineText(request: DeadlineRequest | string): DeadlineView;
  resolveUnitText(text: string): UnitView;
  getReportSetup(request?: ReportRequest): ReportSetupView;
  distributeReports(request?: ReportRequest): DistributeView;
  submitReport(request: SubmitRequest): SubmitView;
  mergeReports(request?: ReportRequest): MergeView;
  closePeriod(request?: ReportRequest): ClosePeriodView;
  sendBackEntry(request: SendBackRequest): SendBackView;
  getReminders(): ReminderView;
  sendRemindersNow(): ReminderView;
  enableReminders(): ReminderView;
  pauseReminders(): ReminderView;
  updateDashboard(request?: ReportRequest): DashboardView;
  buildPeriodReport(request?: ReportRequest): PeriodReportView;
  exportRows(request?: ReportRequest): ExportView;
  writeExportSheet(request?: ReportRequest): ExportSheetView;
  getRoles(): RolesView;
  setCoordinators(request: CoordinatorsRequest): CoordinatorsView;
  setUnitEditors(request: UnitEditorsRequest): UnitEditorsView;
}

export interface RolesView {
  /** The coordinating office's emails in force. */
  coordinators: string[];
  /** Listed in "Cài đặt", the file's owner, the user who set it up, or nobody yet. */
  source: 'settings' | 'owner' | 'setup' | 'none';
}

export interface CoordinatorsRequest {
  /** The coordinating office's emails; [] hands the role back to the file's owner. */
  coordinators: string[];
}

export interface CoordinatorsView {
  coordinators: string[];
  /** Sheets whose protection now lists the new coordinators. */
  protectedSheets: string[];
  notes: string[];
}

export interface UnitEditorsRequest {
  unit: string;
  editors: string[];
}

export interface UnitEditorsView {
  unit: string;
  editors: string[];
  /** The unit's sheets take the new list at the next "Tạo phiếu báo cáo". */
  note: string;
}

// ---------------------------------------------------------------- periodic reports

export interface ReportUnitView {
  name: string;
  /** Leads at least one task or KPI (must report). */
  lead: boolean;
  editors: string[];
  sheetName: string | null;
  /** "Chưa nộp", "Đã nộp 18/06/2026 09:30"… */
  state: string;
}

export interface ReportSetupView {
  period: string;
  periodLabel: string;
  /** dd/mm/yyyy */
  deadline: string;
  rhythm: string;
  rule: string;
  coordinator: string;
  /** Emails of the coordinating office in force. */
  coordinators: string[];
  closed: boolean;
  summarySheet: string | null;
  units: ReportUnitView[];
}

export interface DistributedSheetView {
  unit: string;
  sheetName: string;
  /** The same as sheetName, under the name the CLI prints. */
  sheet: string;
  /** A1 address of the "Nộp báo cáo" checkbox: ticking it submits the sheet. */
  submitCell: string;
  created: boolean;
  lead: number;
  partner: number;
  kpis: number;
  /** Typed rows kept although their code left the unit's list. */
  kept: number;
  /** The unit's editors who may type in the sheet (none: only the coordinators). */
  editors: string[];
}

export interface DistributeView {
  period: string;
  deadline: string;
  sheets: DistributedSheetView[];
  /** Whether the "Nộp báo cáo" boxes work: the edit trigger is installed (by whom). */
  trigger: { installed: boolean; owner: string };
  notes: Array<{ sheet: string; row: number; message: string }>;
}

export interface SubmitProblemView {
  sheet: string;
  row: number;
  column: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface SubmitView {
  accepted: boolean;
  period: string;
  unit: string;
  sheetName: string;
  submittedAt: string | null;
  submittedBy: string | null;
  late: boolean;
  problems: SubmitProblemView[];
}

/** A merge problem, including the Sheets-side kinds (missing column, unreadable sheet…). */
export interface ReportProblemView extends Omit<MergeProblem, 'kind'> {
  kind: string;
}

/** What `sauro merge` prints. `tasks` = tasks in the plan; `due` = tasks due in the period. */
export interface MergeStatsView {
  units: number;
  submitted: number;
  late: number;
  missing: string[];
  tasks: number;
  due: number;
  done: number;
  overdue: number;
  /** done / due in %, one decimal; null when nothing is due. */
  completion: number | null;
  kpiJudged: number;
  kpiAchieved: number;
  problems: ReportProblemView[];
}

export interface TallyView {
  due: number;
  done: number;
  overdue: number;
  rate: number | null;
}

export interface MergeView {
  period: string;
  sheetName: string;
  stats: MergeStatsView;
  byUnit: Array<{ unit: string } & TallyView>;
  bySection: Array<{ section: string } & TallyView>;
  /**
   * The dashboard sheet rebuilt after the merge; null when there is none yet (it is made on
   * request, then kept current by every merge) or it could not be rebuilt (see warnings).
   */
  dashboard: string | null;
  warnings: string[];
}

export interface FourWayView {
  doneOnTime: number;
  doneLate: number;
  openOnTime: number;
  openOverdue: number;
}

/** What `sauro dashboard` prints (and "Cập nhật bảng điều khiển" returns). */
export interface DashboardView {
  period: string;
  sheetName: string;
  /** The sheet the numbers come from: "Tổng hợp <kỳ>" or "Chốt kỳ <kỳ>". */
  source: string;
  charts: Array<{ title: string; type: string; range: string }>;
  /** Lead units, ranked (README, "Xếp hạng đơn vị"); `completion` in %, null when nothing is due. */
  units: Array<
    {
      unit: string;
      due: number;
      done: number;
      completion: number | null;
      rank: number | null;
    } & FourWayView
  >;
  fourWay: FourWayView;
  sections: Array<{ section: string; name: string; completion: number | null }>;
  /** KPIs by judgement: Đạt, Vượt, Chưa đạt, Chưa có số liệu, Khác. */
  kpis: Record<string, number>;
  /** Closed periods, oldest first. */
  trend: Array<{ period: string; completion: number | null }>;
}

/** "Báo cáo kỳ <kỳ>" written (or found frozen). */
export interface PeriodReportView {
  period: string;
  sheetName: string;
  /** The five part titles, in order (I … V). */
  parts: string[];
  /** Rows typed by the office in part V and kept. */
  keptRows: number;
  /** The period is closed: the report is frozen and was not rebuilt. */
  frozen: boolean;
}

/** One long-format row (docs/EXPORT.md); empty fields are ''. */
export type ExportRow = Record<string, string | number | null>;

export interface ExportView {
  period: string;
  columns: string[];
  rows: ExportRow[];
}

export interface ExportSheetView {
  period: string;
  sheetName: string;
  rows: number;
}

export interface ClosePeriodView {
  period: string;
  sheetName: string;
  rows: number;
}

export interface SendBackView {
  period: string;
  unit: string;
  sheetName: string;
  code: string;
  row: number;
}

// ---------------------------------------------------------------- request schemas

let schemas: ReturnType<typeof build> | undefined;
function build() {
  const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
  const period = z.optional(text(40));
  return {
    scaffold: z.object({
      templateId: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
      sheetName: z.optional(text(300)),
      planName: z.optional(text(300)),
      commune: z.optional(text(100)),
    }),
    pastedText: z.string().check(z.maxLength(500_000)),
    writeKpi: z.object({
      text: z.string().check(z.minLength(1), z.maxLength(500_000)),
      sheetName: z.optional(text(300)),
      accept: z.optional(z.boolean()),
    }),
    previewKpi: z.object({
      text: z.string().check(z.maxLength(500_000)),
      sheetName: z.optional(text(300)),
    }),
    importText: z.object({
      // Not trimmed: repairs and warnings give line numbers of the text as pasted. A 5,000-task
      // appendix is about 1 M characters.
      text: z.string().check(z.maxLength(2_000_000)),
      template: z.optional(z.enum(['phu-luc', 'sau-ro'])),
      sheetName: z.optional(text(300)),
      mode: z.optional(z.enum(['new', 'update'])),
      accept: z.optional(z.boolean()),
    }),
    deadlineText: z.object({
      text: z.string().check(z.maxLength(2000)),
      issued: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    }),
    unitText: z.string().check(z.maxLength(5000)),
    report: z.optional(z.object({ period })),
    submit: z.object({ period, unit: z.optional(text(200)), sheetName: z.optional(text(100)) }),
    settings: z.object({
      coordinators: z.array(z.string().check(z.trim(), z.maxLength(200))).check(z.maxLength(50)),
    }),
    unitEditors: z.object({
      unit: text(200).check(z.minLength(1)),
      editors: z.array(z.string().check(z.trim(), z.maxLength(200))).check(z.maxLength(50)),
    }),
    sendBack: z.object({
      period,
      unit: text(200).check(z.minLength(1)),
      code: text(40).check(z.minLength(1)),
      reason: text(1000).check(z.minLength(1)),
    }),
  };
}

// What the sidebar sends: each request type is its schema's input, so the two cannot drift.
type Schemas = ReturnType<typeof build>;
export type ScaffoldRequest = z.input<Schemas['scaffold']>;
export type WriteKpiRequest = z.input<Schemas['writeKpi']>;
export type KpiPreviewRequest = z.input<Schemas['previewKpi']>;
/** `text` is not trimmed: repairs and warnings give line numbers of the text as pasted. */
export type ImportRequest = z.input<Schemas['importText']>;
/** `issued` is the plan's issue date, 'YYYY-MM-DD'. */
export type DeadlineRequest = z.input<Schemas['deadlineText']>;
/** `period`: 2026-05, 2026-Q2, 2026-H1, 2026 (or "Quý II/2026"…); the current period when absent. */
export type ReportRequest = NonNullable<z.input<Schemas['report']>>;
/** `unit`: whose sheet is submitted (the active sheet when absent); `sheetName`: a particular tab. */
export type SubmitRequest = z.input<Schemas['submit']>;
export type SendBackRequest = z.input<Schemas['sendBack']>;

export function requestSchemas() {
  schemas ??= build();
  return schemas;
}

/** The payload as its schema reads it; anything else is refused with the Vietnamese `vi`. */
export function parseRequest<T>(
  schema: z.ZodMiniType<T>,
  payload: unknown,
  vi: string,
  what: string,
): T {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .map((i) => `${i.path.map(String).join('.')} ${i.message}`)
    .join('; ');
  throw new UserError({ vi: vi, en: `Invalid ${what} request: ${issues}` });
}

/** The period a report request names, or undefined for the current one. */
export function periodOf(payload: unknown): string | undefined {
  const request = parseRequest(
    requestSchemas().report,
    payload ?? undefined,
    'Yêu cầu báo cáo không hợp lệ.',
    'report',
  );
  return request?.period || undefined;
}
