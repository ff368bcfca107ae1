// The guided sidebar's first screen: the seven steps of a period in order, whether each is done
// for the period shown, what to do next, and the board of units (submitted, late, sent back,
// missing). Reads only; one read of each sheet it needs.
import { formatDay } from '../../core/text/calendar.ts';
import { isLate } from '../../core/report/period.ts';
import { UserError } from '../../core/userError.ts';
import { summarySheetName } from '../report/layout/mergeSummary.ts';
import { closedSheetName, openContext, type ReportContext } from '../report/reportContext.ts';
import { readPlan, type Plan } from '../report/reportPlan.ts';
import { RHYTHM_LABELS, RULE_EXAMPLES, SETTINGS_SHEET } from '../report/settings.ts';
import { findSubmissionSheets, type FoundSheet } from '../report/submissionSheet.ts';
import { isCoordinator } from '../roles/roles.ts';
import { readRecords, type PeriodRecords } from '../report/records.ts';
import { EDITED_AFTER_SUBMIT, stateOf } from '../report/submissionState.ts';
import type {
  BoardState,
  BoardUnitView,
  BoardView,
  OverviewView,
  SettingsFormView,
  StepId,
  StepView,
} from './guideApi.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Document property where "Kiểm tra" keeps its last run: { at, problems }. */
export const LAST_CHECK_PROPERTY = 'SAURO_LAST_CHECK';

const TITLES: Record<StepId, string> = {
  setup: 'Thiết lập',
  plan: 'Nhập kế hoạch',
  check: 'Kiểm tra',
  distribute: 'Giao phiếu',
  follow: 'Theo dõi',
  report: 'Tổng hợp và báo cáo',
  close: 'Chốt kỳ',
};
const ORDER: StepId[] = ['setup', 'plan', 'check', 'distribute', 'follow', 'report', 'close'];

function lastCheck(): { at: string; problems: number } | null {
  try {
    const raw = PropertiesService.getDocumentProperties().getProperty(LAST_CHECK_PROPERTY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { at?: unknown; problems?: unknown };
    return typeof parsed.at === 'string' && typeof parsed.problems === 'number'
      ? { at: parsed.at, problems: parsed.problems }
      : null;
  } catch {
    return null;
  }
}

function unitState(
  sheets: FoundSheet[],
  records: PeriodRecords,
  deadline: string,
): { state: BoardState; text: string } {
  if (sheets.length === 0) return { state: 'noSheet', text: 'Chưa có phiếu' };
  // The records decide (records.ts): text typed into a sheet neither submits nor clears.
  const states = sheets.map((f) => stateOf(f, records));
  const back = states.flatMap((s) => [...s.sentBack.values()]);
  if (back.length > 0) {
    const codes = back.map((r) => r.code).join(', ');
    return { state: 'sentBack', text: `Trả lại để sửa: ${codes}` };
  }
  const stamps = states.flatMap((s) => (s.status === 'submitted' && s.record ? [s.record.at] : []));
  if (stamps.length === 0) {
    return states.some((s) => s.status === 'edited')
      ? { state: 'missing', text: `Chưa nộp (${EDITED_AFTER_SUBMIT})` }
      : { state: 'missing', text: 'Chưa nộp' };
  }
  const last = [...stamps].sort()[stamps.length - 1] ?? '';
  const late = stamps.every((at) => isLate(at, deadline));
  return late
    ? { state: 'late', text: `Nộp muộn ${formatDay(last)}` }
    : { state: 'submitted', text: `Đã nộp ${formatDay(last)}` };
}

function board(ctx: ReportContext, plan: Plan | null): BoardView {
  const found = plan
    ? findSubmissionSheets(ctx.ss, ctx.period.text, ctx.dir, {
        formats: true,
        skip: new Set(plan.sheets),
      })
    : [];
  const records = readRecords(ctx.ss, ctx.period.text).records;
  const units: BoardUnitView[] = (plan?.expectedUnits ?? []).map((name) => {
    const mine = found.filter((f) => f.unit === name);
    return {
      unit: name,
      ...unitState(mine, records, ctx.period.deadline),
      sheetName: mine[0]?.parsed.sheet ?? null,
      editors: ctx.dir.find(name)?.editors ?? [],
    };
  });
  const count = (...states: BoardState[]) => units.filter((u) => states.includes(u.state)).length;
  return {
    expected: units.length,
    submitted: count('submitted'),
    late: count('late'),
    sentBack: count('sentBack'),
    missing: count('missing', 'noSheet'),
    units,
  };
}

function settingsForm(ctx: ReportContext, saved: boolean): SettingsFormView {
  return {
    saved,
    rhythm: RHYTHM_LABELS[ctx.settings.rhythm],
    rule: ctx.settings.ruleText,
    coordinator: ctx.coordinator,
    emails: ctx.roles.listed,
    rhythms: Object.values(RHYTHM_LABELS),
    ruleExamples: [...RULE_EXAMPLES],
    units: ctx.dir.units.map((u) => u.name),
  };
}

function steps(
  ctx: ReportContext,
  form: SettingsFormView,
  plan: Plan | null,
  b: BoardView,
  summary: string | null,
  closed: string | null,
): StepView[] {
  const check = lastCheck();
  const tasks = plan?.planTasks.length ?? 0;
  const kpis = plan?.kpis.length ?? 0;
  const withSheet = b.units.filter((u) => u.state !== 'noSheet').length;
  const inHand = b.submitted + b.late;
  const step = (id: StepId, done: boolean, next: string): StepView => ({
    id,
    number: ORDER.indexOf(id) + 1,
    title: TITLES[id],
    done,
    next,
  });
  const period = ctx.period.text;
  return [
    step(
      'setup',
      form.saved,
      form.saved
        ? `${form.rhythm}, hạn nộp "${form.rule}", cơ quan thường trực: ${form.coordinator}.${form.emails.length === 0 ? ' Chưa ghi email của cơ quan thường trực.' : ''}`
        : 'Chọn nhịp báo cáo, hạn nộp và cơ quan thường trực, rồi bấm "Lưu cài đặt".',
    ),
    step(
      'plan',
      tasks > 0,
      tasks > 0
        ? `${tasks} nhiệm vụ và ${kpis} chỉ tiêu trong ${plan?.sheets.length ?? 0} bảng.`
        : 'Dán phụ lục nhiệm vụ của kế hoạch, bấm "Xem trước" rồi "Ghi vào bảng tính".',
    ),
    step(
      'check',
      check !== null,
      check === null
        ? 'Bấm "Kiểm tra" để soát chỉ tiêu và "6 rõ" của từng nhiệm vụ.'
        : check.problems === 0
          ? `Lần kiểm tra gần nhất (${formatDay(check.at)}) không thấy lỗi.`
          : `Lần kiểm tra gần nhất (${formatDay(check.at)}): ${check.problems} ô cần xem lại.`,
    ),
    step(
      'distribute',
      b.expected > 0 && withSheet === b.expected,
      b.expected === 0
        ? 'Cần nhập kế hoạch trước: chưa có đơn vị nào chủ trì nhiệm vụ.'
        : withSheet === b.expected
          ? `Đã giao phiếu kỳ ${period} cho ${b.expected} đơn vị.`
          : withSheet === 0
            ? `Bấm "Tạo phiếu báo cáo" để giao phiếu kỳ ${period} cho ${b.expected} đơn vị.`
            : `Còn ${b.expected - withSheet} đơn vị chưa có phiếu kỳ ${period}: bấm "Tạo phiếu báo cáo".`,
    ),
    step(
      'follow',
      b.expected > 0 && inHand === b.expected,
      b.expected > 0 && inHand === b.expected
        ? `Cả ${b.expected} đơn vị đã nộp${b.late ? ` (${b.late} nộp muộn)` : ''}.`
        : `${inHand}/${b.expected} đơn vị đã nộp; ${b.missing} chưa nộp, ${b.sentBack} đang sửa theo yêu cầu trả lại. Hạn nộp ${formatDay(ctx.period.deadline)}.`,
    ),
    step(
      'report',
      summary !== null,
      summary !== null
        ? `Đã tổng hợp vào trang "${summary}". Tổng hợp lại sau mỗi lần đơn vị nộp.`
        : 'Bấm "Tổng hợp" khi các đơn vị đã nộp để có bảng tổng hợp và tỷ lệ hoàn thành.',
    ),
    step(
      'close',
      closed !== null,
      closed !== null
        ? `Kỳ ${period} đã chốt (trang "${closed}", chỉ đọc).`
        : 'Khi báo cáo của kỳ đã hoàn chỉnh, bấm "Chốt kỳ" để lưu bảng tổng hợp thành trang chỉ đọc.',
    ),
  ];
}

/** The overview of `requestedPeriod` (the current period when absent). */
export function buildOverview(ss: Spreadsheet, requestedPeriod?: string): OverviewView {
  const ctx = openContext(ss, requestedPeriod, false);
  let plan: Plan | null = null;
  try {
    plan = readPlan(ss, ctx.dir, ctx.coordinator);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
  }
  const b = board(ctx, plan);
  const summaryName = summarySheetName(ctx.period.text);
  const summary = ss.getSheetByName(summaryName) ? summaryName : null;
  const closedName = closedSheetName(ctx.period.text);
  const closed = ss.getSheetByName(closedName) ? closedName : null;
  const form = settingsForm(ctx, ss.getSheetByName(SETTINGS_SHEET) !== null);
  const list = steps(ctx, form, plan, b, summary, closed);
  const me = ctx.user.toLowerCase();
  const myUnits = ctx.dir.units
    .filter((u) => me !== '' && u.editors.some((e) => e.toLowerCase() === me))
    .map((u) => {
      const onBoard = b.units.find((x) => x.unit === u.name);
      return {
        unit: u.name,
        sheetName: onBoard?.sheetName ?? null,
        state: onBoard?.state ?? ('noSheet' as const),
        text: onBoard?.text ?? 'Không phải báo cáo kỳ này',
      };
    });
  return {
    period: ctx.period.text,
    periodLabel: ctx.periodTitle,
    deadline: formatDay(ctx.period.deadline),
    closed: closed !== null,
    settings: form,
    steps: list,
    nextStep: list.find((s) => !s.done)?.id ?? null,
    board: b,
    summarySheet: summary,
    user: ctx.user,
    // Unknown email: the steps are shown; the server refuses what the caller may not do.
    coordinator: me === '' || isCoordinator(ctx.roles, me),
    myUnits,
  };
}
