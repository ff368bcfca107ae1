// The "Bảng điều khiển" sheet as values: small tables, each with its native chart drawn over it,
// in rows kept free between the block's title and its table (a stacked bar per unit, a bar per
// section, a pie for KPIs, a line for the trend). Built from
// the summary sheet's values (summaryRead.ts). No services.
import { FOUR_WAYS, emptyCounts, type FourWayCounts } from '../../../core/report/fourWay.ts';
import { rankUnits } from '../../../core/report/ranking.ts';
import { rateOf } from '../../../core/report/completion.ts';
import { asData } from '../../../core/sheet/cellText.ts';
import { columnLetter } from '../../../core/sheet/a1.ts';
import { FourWayStatus } from '../../../core/sheet/vocabulary.ts';
import { splitUnits } from '../../../core/report/merge/mergeIntake.ts';
import { header, num, push, title, type Weight } from './mergeSummary.ts';
import { COLOURS } from '../../sheet/colours.ts';
import { GridBuilder } from '../../sheet/grid.ts';
import { figure, type SummaryData } from './summaryRead.ts';
import type { CellOut } from '../../../core/report/merge/mergeTypes.ts';

export const DASHBOARD_SHEET = 'Bảng điều khiển';

/** Chart titles: also how an existing chart is recognised when the sheet is rebuilt. */
export const CHART_TITLES = {
  units: 'Tình hình thực hiện nhiệm vụ theo đơn vị',
  sections: 'Tỷ lệ hoàn thành theo mục (%)',
  kpis: 'Chỉ tiêu theo kết quả đánh giá',
  trend: 'Tỷ lệ hoàn thành qua các kỳ đã chốt (%)',
} as const;

export type ChartKind = 'BAR' | 'COLUMN' | 'PIE' | 'LINE';

export interface ChartSpec {
  title: string;
  type: ChartKind;
  /** 1-based block of the table the chart reads (header row included). */
  range: { row: number; col: number; numRows: number; numCols: number };
  anchor: { row: number; col: number };
  options: Record<string, unknown>;
}

/** "A24:E29": the A1 notation of a chart's table, as Range.getA1Notation gives it. */
export function rangeA1(r: ChartSpec['range']): string {
  const cell = (row: number, col: number) => `${columnLetter(col - 1)}${row}`;
  return `${cell(r.row, r.col)}:${cell(r.row + r.numRows - 1, r.col + r.numCols - 1)}`;
}

export interface DashboardUnit extends FourWayCounts {
  unit: string;
  due: number;
  done: number;
  /** Completion in %, null when nothing is due. */
  completion: number | null;
  rank: number | null;
}

export interface DashboardInput {
  data: SummaryData;
  periodText: string;
  periodTitle: string;
  /** The sheet the numbers come from ("Tổng hợp 2025-Q3" or "Chốt kỳ 2025-Q3"). */
  source: string;
  /** Closed periods of the plan, oldest first. */
  trend: ReadonlyArray<{ label: string; rate: number | null }>;
}

export interface DashboardLayout {
  values: CellOut[][];
  formats: string[][];
  weights: Weight[][];
  backgrounds: Array<Array<string | null>>;
  wraps: boolean[][];
  widths: number[];
  charts: ChartSpec[];
  units: DashboardUnit[];
  fourWay: FourWayCounts;
  sections: Array<{ section: string; name: string; completion: number | null }>;
  kpis: Record<KpiBucket, number>;
}

export const KPI_BUCKETS = ['Đạt', 'Vượt', 'Chưa đạt', 'Chưa có số liệu', 'Khác'] as const;
export type KpiBucket = (typeof KPI_BUCKETS)[number];

/** Green / amber / blue / red, in FOUR_WAYS order. */
const FOUR_WAY_COLORS = ['#34a853', '#fbbc04', '#4285f4', '#ea4335'];
const KPI_COLORS = ['#34a853', '#4285f4', '#ea4335', '#9aa0a6', '#fbbc04'];
const WIDTH = 8;
/** Sheets' default chart height (600 × 371 px): only a taller unit chart sets its size. */
const CHART_HEIGHT = 371;
/** Sheets' default row height in pixels: the rows kept free for a chart of a given height. */
const ROW_PX = 21;

function kpiBucket(status: string): KpiBucket {
  const found = KPI_BUCKETS.find((b) => b === status.trim());
  return found ?? (status.trim() === '' ? 'Chưa có số liệu' : 'Khác');
}

/** Four-way counts per lead unit from the task rows (co-leads count for each). */
function unitCounts(data: SummaryData): Map<string, FourWayCounts> {
  const out = new Map<string, FourWayCounts>(data.units.map((u) => [u.unit, emptyCounts()]));
  for (const t of data.tasks) {
    if (t.kind !== 'task' || t.fourWay === null) continue;
    for (const unit of new Set(splitUnits(t.leadUnit))) {
      const c = out.get(unit) ?? emptyCounts();
      c[t.fourWay] += 1;
      out.set(unit, c);
    }
  }
  return out;
}

export function dashboardUnits(data: SummaryData): DashboardUnit[] {
  const counts = unitCounts(data);
  const rates = new Map(data.units.map((u) => [u.unit, u]));
  const rows = [...counts].map(([unit, c]) => {
    const r = rates.get(unit);
    const due = r?.due ?? 0;
    const done = r?.done ?? 0;
    return {
      unit,
      ...c,
      due,
      done,
      completion: r ? r.rate : rateOf(done, due),
      rate: r?.rate ?? null,
    };
  });
  return rankUnits(rows).map(({ rate: _rate, ...u }) => u);
}

export function layoutDashboard(input: DashboardInput): DashboardLayout {
  const { data } = input;
  const g = new GridBuilder<CellOut>(WIDTH);
  const charts: ChartSpec[] = [];
  /** Blank rows under a block's title where its chart sits, above its table. */
  const chartSpace = (height: number) => {
    const at = g.values.length + 1;
    for (let i = 0; i < Math.ceil(height / ROW_PX) + 1; i++) push(g, []);
    return { row: at, col: 1 };
  };

  g.noWrap(
    push(
      g,
      [`BẢNG ĐIỀU KHIỂN – KẾT QUẢ THỰC HIỆN KẾ HOẠCH – ${input.periodTitle.toUpperCase()}`],
      [],
      'bold',
    ),
  );
  g.noWrap(
    push(g, [
      `Số liệu lấy từ trang "${input.source}", tính đến ngày ${String(figure(data, 'Tính đến ngày') ?? '')}. Sáu Rõ dựng lại trang này sau mỗi lần Tổng hợp (hoặc khi bấm "Cập nhật bảng điều khiển"); không sửa tay. Cách tính từng nhiệm vụ: các cột "Đến hạn trong kỳ", "Tính là hoàn thành", "Quá hạn (tính)" ở trang "${input.source}".`,
    ]),
  );

  // 1. Headline figures.
  const units = dashboardUnits(data);
  const fourWay = emptyCounts();
  for (const t of data.tasks) if (t.kind === 'task' && t.fourWay) fourWay[t.fourWay] += 1;
  const kpis = Object.fromEntries(KPI_BUCKETS.map((b) => [b, 0])) as Record<KpiBucket, number>;
  for (const k of data.kpis) kpis[kpiBucket(k.status)] += 1;
  title(g, '1. SỐ LIỆU CHÍNH', 2);
  const headline: Array<[string, CellOut, string]> = [
    ['Đơn vị phải báo cáo', num(figure(data, 'Đơn vị phải báo cáo') as number), '0'],
    ['Đã nộp', num(figure(data, 'Đã nộp') as number), '0'],
    ['Nộp muộn', num(figure(data, 'Nộp muộn') as number), '0'],
    ['Chưa nộp', asData(figure(data, 'Chưa nộp') ?? ''), '@'],
    ['Nhiệm vụ trong Kế hoạch', num(figure(data, 'Nhiệm vụ trong Kế hoạch') as number), '0'],
    ['Nhiệm vụ đến hạn trong kỳ', num(figure(data, 'Nhiệm vụ đến hạn trong kỳ') as number), '0'],
    [
      'Tỷ lệ hoàn thành toàn xã (%)',
      num(figure(data, 'Tỷ lệ hoàn thành toàn xã (%)') as number),
      '0.0',
    ],
    ...FOUR_WAYS.map((k): [string, CellOut, string] => [FourWayStatus[k], fourWay[k], '0']),
    ['Chỉ tiêu đạt (Đạt + Vượt)', kpis['Đạt'] + kpis['Vượt'], '0'],
    ['Chỉ tiêu đánh giá được', kpis['Đạt'] + kpis['Vượt'] + kpis['Chưa đạt'], '0'],
  ];
  for (const [label, value, format] of headline) {
    const row = push(g, [label, value], ['@', format]);
    g.bold(row, 0, 1);
    g.noWrap(row, 1);
  }

  // 2. Per unit: the four-way counts (the chart's series), then completion and rank.
  title(
    g,
    '2. KẾT QUẢ THEO ĐƠN VỊ (xếp hạng: tỷ lệ hoàn thành cao trước; bằng nhau thì ít nhiệm vụ quá hạn hơn đứng trước)',
    WIDTH,
  );
  const unitsHeight = Math.max(CHART_HEIGHT, 90 + 42 * units.length);
  const unitsSize = unitsHeight > CHART_HEIGHT ? { height: unitsHeight } : {};
  const unitsAt = chartSpace(unitsHeight);
  const unitHeader = header(g, [
    'Đơn vị',
    ...FOUR_WAYS.map((k) => FourWayStatus[k]),
    'Nhiệm vụ đến hạn',
    'Tỷ lệ hoàn thành (%)',
    'Xếp hạng',
  ]);
  for (const u of units) {
    push(
      g,
      [asData(u.unit), ...FOUR_WAYS.map((k) => u[k]), u.due, num(u.completion), num(u.rank)],
      ['@', '0', '0', '0', '0', '0', '0.0', '0'],
    );
  }
  charts.push({
    title: CHART_TITLES.units,
    type: 'BAR',
    range: { row: unitHeader, col: 1, numRows: units.length + 1, numCols: 5 },
    anchor: unitsAt,
    options: {
      isStacked: true,
      colors: FOUR_WAY_COLORS,
      'legend.position': 'bottom',
      'hAxis.title': 'Số nhiệm vụ',
      ...unitsSize,
    },
  });

  // 3. Per section.
  title(g, '3. TỶ LỆ HOÀN THÀNH THEO MỤC', WIDTH);
  const sectionsAt = chartSpace(CHART_HEIGHT);
  const sectionHeader = header(g, [
    'Mục',
    'Tỷ lệ hoàn thành (%)',
    'Nhiệm vụ đến hạn',
    'Đã hoàn thành',
    'Nội dung',
  ]);
  for (const s of data.sections) {
    push(
      g,
      [asData(`Mục ${s.section}`), num(s.rate), s.due, s.done, asData(s.name)],
      ['@', '0.0', '0', '0', '@'],
    );
  }
  charts.push({
    title: CHART_TITLES.sections,
    type: 'BAR',
    range: { row: sectionHeader, col: 1, numRows: data.sections.length + 1, numCols: 2 },
    anchor: sectionsAt,
    options: { 'legend.position': 'none', 'hAxis.maxValue': 100 },
  });

  // 4. KPIs by judgement.
  title(g, '4. CHỈ TIÊU THEO KẾT QUẢ ĐÁNH GIÁ', WIDTH);
  const kpisAt = chartSpace(CHART_HEIGHT);
  const kpiHeader = header(g, ['Đánh giá', 'Số chỉ tiêu']);
  for (const b of KPI_BUCKETS) {
    push(g, [b === 'Khác' ? 'Khác (cần đánh giá, không hợp lệ)' : b, kpis[b]], ['@', '0']);
  }
  charts.push({
    title: CHART_TITLES.kpis,
    type: 'PIE',
    range: { row: kpiHeader, col: 1, numRows: KPI_BUCKETS.length + 1, numCols: 2 },
    anchor: kpisAt,
    options: { colors: KPI_COLORS, 'legend.position': 'right' },
  });

  // 5. Trend over the closed periods, oldest first.
  title(g, '5. XU HƯỚNG QUA CÁC KỲ ĐÃ CHỐT', WIDTH);
  const trendAt = chartSpace(CHART_HEIGHT);
  const trendHeader = header(g, ['Kỳ', 'Tỷ lệ hoàn thành (%)']);
  const trend =
    input.trend.length > 0 ? input.trend : [{ label: '(chưa có kỳ nào chốt)', rate: null }];
  for (const t of trend) push(g, [asData(t.label), num(t.rate)], ['@', '0.0']);
  charts.push({
    title: CHART_TITLES.trend,
    type: 'LINE',
    range: { row: trendHeader, col: 1, numRows: trend.length + 1, numCols: 2 },
    anchor: trendAt,
    options: { 'legend.position': 'none', 'vAxis.maxValue': 100 },
  });

  for (const c of charts) {
    c.options = { title: c.title, ...c.options };
  }
  g.paint(1, COLOURS.title, 0, 1);
  return {
    values: g.values,
    formats: g.formats,
    weights: g.weights,
    backgrounds: g.backgrounds,
    wraps: g.wraps,
    widths: [230, 110, 110, 110, 110, 100, 100, 80],
    charts,
    units,
    fourWay,
    sections: data.sections.map((s) => ({ section: s.section, name: s.name, completion: s.rate })),
    kpis,
  };
}
