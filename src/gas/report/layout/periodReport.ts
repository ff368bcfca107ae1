// "Báo cáo kỳ <kỳ>": the period report in the shape a commune sends upward (Nghị định 30/2020
// heading block, title, parts I–V, signature block), as values. Part V is the office's own text
// and is carried over when the report is laid out again. No services.
import { asData, cellString } from '../../../core/sheet/cellText.ts';
import { normalizeHeaderKey } from '../../../core/sheet/headerMatch.ts';
import { FourWayStatus } from '../../../core/sheet/vocabulary.ts';
import { FOUR_WAYS, emptyCounts } from '../../../core/report/fourWay.ts';
import { splitUnits, codeKey } from '../../../core/report/merge/mergeIntake.ts';
import type { CellOut } from '../../../core/report/merge/mergeTypes.ts';
import type { PlanIdentity } from '../../../core/report/planIdentity.ts';
import { yearToDate } from '../../../core/report/yearToDate.ts';
import { evaluate, progress } from '../../../core/kpi/kpiEvaluate.ts';
import { targetFromCell } from '../../../core/kpi/kpiFunctions.ts';
import { applyMeasureUnit } from '../../../core/kpi/targetWrite.ts';
import { num, push, type Weight } from './mergeSummary.ts';
import { COLOURS } from '../../sheet/colours.ts';
import { GridBuilder } from '../../sheet/grid.ts';
import { figure, type SummaryData } from './summaryRead.ts';

export function periodReportSheetName(periodText: string): string {
  return `Báo cáo kỳ ${periodText}`;
}

export const REPORT_PARTS = [
  'I. KẾT QUẢ CHUNG',
  'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
  'III. KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
  'IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ',
  'V. NHIỆM VỤ TRỌNG TÂM KỲ TỚI',
] as const;

const PART_V_HINT =
  '(Cơ quan thường trực ghi các nhiệm vụ trọng tâm kỳ tới vào các dòng dưới đây, trước dòng "Nơi nhận"; Sáu Rõ giữ nguyên phần này khi lập lại báo cáo.)';
const RECIPIENTS = 'Nơi nhận:';
const WIDTH = 8;
/** Empty rows part V offers when nothing was typed yet. */
const PART_V_ROWS = 5;
const HEADER_BG = COLOURS.header;
const SECTION_BG = COLOURS.fixed;

export interface ReportInput {
  data: SummaryData;
  source: string;
  periodText: string;
  periodTitle: string;
  identity: PlanIdentity;
  /** KPI code key → its results in the closed periods of the same year before this one. */
  earlierResults: ReadonlyMap<string, readonly unknown[]>;
  /** The previous report's part V rows, as typed. */
  partV: readonly (readonly unknown[])[];
}

export interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ReportLayout {
  values: CellOut[][];
  formats: string[][];
  weights: Weight[][];
  backgrounds: Array<Array<string | null>>;
  wraps: boolean[][];
  widths: number[];
  merges: Box[];
  /** Centred rows (heading block and title). */
  centred: number[];
  /** 1-based rows of part V's typed area. */
  partV: { row: number; count: number };
  frozenRows: number;
  parts: string[];
  keptRows: number;
}

/** The typed rows of part V in a report's values: between its hint row and "Nơi nhận". */
export function readPartV(values: readonly (readonly unknown[])[]): unknown[][] {
  const title = normalizeHeaderKey(REPORT_PARTS[4]);
  const start = values.findIndex((r) => normalizeHeaderKey(r[0]) === title);
  if (start < 0) return [];
  let from = start + 1;
  if (cellString(values[from]?.[0]) === PART_V_HINT) from++;
  let to = values.findIndex((r, i) => i >= from && cellString(r[0]).startsWith(RECIPIENTS));
  if (to < 0) to = values.length;
  const rows = values.slice(from, to).map((r) => [...r].slice(0, WIDTH));
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((v) => cellString(v) === ''))
    rows.pop();
  return rows;
}

export function layoutPeriodReport(input: ReportInput): ReportLayout {
  const { data, identity } = input;
  const g = new GridBuilder<CellOut>(WIDTH);
  const merges: Box[] = [];
  const centred: number[] = [];
  const span = (row: number, col: number, cols: number) =>
    merges.push({ row, col, numRows: 1, numCols: cols });
  const commune = identity.commune ?? '…';

  // Heading block (Nghị định 30/2020/NĐ-CP): issuer left, national motto right.
  let r = push(g, ['ỦY BAN NHÂN DÂN', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], [], 'bold');
  span(r, 1, 3);
  span(r, 4, 5);
  centred.push(r);
  r = push(g, [`XÃ ${commune.toUpperCase()}`, '', '', 'Độc lập - Tự do - Hạnh phúc'], [], 'bold');
  span(r, 1, 3);
  span(r, 4, 5);
  centred.push(r);
  r = push(g, ['Số: …/BC-UBND', '', '', `${commune}, ngày … tháng … năm …`]);
  span(r, 1, 3);
  span(r, 4, 5);
  centred.push(r);
  g.weights[r - 1]?.fill('normal');
  push(g, []);
  r = push(g, ['BÁO CÁO'], [], 'bold');
  span(r, 1, WIDTH);
  centred.push(r);
  r = push(
    g,
    [`Kết quả thực hiện Kế hoạch số ${identity.planNumber ?? '…'} kỳ ${input.periodTitle}`],
    [],
    'bold',
  );
  span(r, 1, WIDTH);
  centred.push(r);
  const frozenRows = r;
  r = push(g, [
    `(Số liệu tổng hợp đến ngày ${cellString(figure(data, 'Tính đến ngày'))}, từ trang "${input.source}")`,
  ]);
  span(r, 1, WIDTH);
  centred.push(r);

  // I. Overall results.
  const tasks = data.tasks.filter((t) => t.kind === 'task');
  const four = emptyCounts();
  for (const t of tasks) if (t.fourWay) four[t.fourWay] += 1;
  const judged = data.kpis.filter((k) => ['Đạt', 'Vượt', 'Chưa đạt'].includes(k.status)).length;
  const achieved = data.kpis.filter((k) => k.status === 'Đạt' || k.status === 'Vượt').length;
  const missing = cellString(figure(data, 'Chưa nộp'));
  push(g, []);
  g.noWrap(push(g, [REPORT_PARTS[0]], [], 'bold'));
  const overall: Array<[string, CellOut, string]> = [
    ['Số nhiệm vụ trong Kế hoạch', tasks.length, '0'],
    ['Số nhiệm vụ đến hạn trong kỳ', num(figure(data, 'Nhiệm vụ đến hạn trong kỳ') as number), '0'],
    ['Số nhiệm vụ đã hoàn thành', four.doneOnTime + four.doneLate, '0'],
    ['Tỷ lệ hoàn thành (%)', num(figure(data, 'Tỷ lệ hoàn thành toàn xã (%)') as number), '0.0'],
    ...FOUR_WAYS.map((k): [string, CellOut, string] => [`– ${FourWayStatus[k]}`, four[k], '0']),
    ['Đơn vị phải báo cáo', num(figure(data, 'Đơn vị phải báo cáo') as number), '0'],
    ['Đơn vị đã nộp báo cáo', num(figure(data, 'Đã nộp') as number), '0'],
    ['Đơn vị nộp muộn', num(figure(data, 'Nộp muộn') as number), '0'],
    ['Đơn vị chưa nộp', asData(missing === '' ? 'Không' : missing), '@'],
    ['Chỉ tiêu đánh giá được', judged, '0'],
    ['Chỉ tiêu đạt (Đạt + Vượt)', achieved, '0'],
  ];
  overall.forEach(([label, value, format], i) => {
    push(g, [i + 1, label, value], ['0', '@', format]);
  });

  // II. Tasks, with the four-way status as one column, then its counts.
  push(g, []);
  g.noWrap(push(g, [REPORT_PARTS[1]], [], 'bold'));
  const taskHeader = push(
    g,
    [
      'TT',
      'Nhiệm vụ',
      'Chủ trì',
      'Thời hạn',
      'Kết quả / sản phẩm',
      'Minh chứng',
      'Tình hình thực hiện',
    ],
    [],
    'bold',
  );
  g.paint(taskHeader, HEADER_BG, 0, 7);
  for (const t of data.tasks) {
    if (t.kind === 'section') {
      const row = push(g, [asData(t.code), asData(t.content)], [], 'bold');
      g.paint(row, SECTION_BG, 0, 7);
      continue;
    }
    push(g, [
      asData(t.code),
      asData(t.content),
      asData(t.leadUnit),
      asData(t.deadline),
      asData(t.actual),
      asData(t.evidence),
      t.fourWay ? FourWayStatus[t.fourWay] : '',
    ]);
  }
  push(
    g,
    ['', 'Tổng số nhiệm vụ', '', '', '', '', tasks.length],
    ['@', '@', '@', '@', '@', '@', '0'],
    'bold',
  );
  for (const k of FOUR_WAYS) {
    push(g, ['', FourWayStatus[k], '', '', '', '', four[k]], ['@', '@', '@', '@', '@', '@', '0']);
  }

  // III. KPIs: this period, the year to date from the closed periods of the same year, the share
  // of the target that reaches, and its judgement.
  push(g, []);
  g.noWrap(push(g, [REPORT_PARTS[2]], [], 'bold'));
  const kpiHeader = push(
    g,
    [
      'TT',
      'Chỉ tiêu',
      'ĐVT',
      'Kế hoạch giao',
      'Kết quả kỳ',
      'Lũy kế từ đầu năm',
      'Tỷ lệ (%)',
      'Đánh giá',
    ],
    [],
    'bold',
  );
  g.paint(kpiHeader, HEADER_BG, 0, WIDTH);
  for (const k of data.kpis) {
    const target = applyMeasureUnit(targetFromCell(k.target), k.measureUnit);
    const ytd = yearToDate(target, [
      ...(input.earlierResults.get(codeKey(k.code)) ?? []),
      k.actual,
    ]);
    const share = ytd === null ? null : progress(target, ytd);
    const judged = evaluate(target, ytd ?? '').status;
    push(
      g,
      [
        asData(k.code),
        asData(k.content),
        asData(k.measureUnit),
        asData(k.target),
        asData(k.actual),
        ytd === null ? '' : asData(ytd),
        share === null ? '' : Math.round(share * 1000) / 10,
        asData(judged),
      ],
      ['@', '@', '@', '@', 'General', 'General', '0.0', '@'],
    );
  }
  if (data.kpis.length === 0) push(g, ['', 'Kế hoạch không có bảng chỉ tiêu do Sáu Rõ tạo.']);

  // IV. Difficulties and proposals, grouped by unit: the lead's own words, and "[Đơn vị] …" lines.
  push(g, []);
  g.noWrap(push(g, [REPORT_PARTS[3]], [], 'bold'));
  const byUnit = new Map<string, string[]>();
  for (const t of tasks) {
    for (const line of t.issuesRaised.split('\n')) {
      const text = line.trim();
      if (text === '') continue;
      const m = /^\[([^\]]+)\]\s*(.*)$/u.exec(text);
      const unit = m ? (m[1] ?? '') : (splitUnits(t.leadUnit)[0] ?? '');
      const said = m ? (m[2] ?? '') : text;
      byUnit.set(unit, [...(byUnit.get(unit) ?? []), `${t.code}: ${said}`]);
    }
  }
  if (byUnit.size === 0) push(g, ['', 'Các đơn vị không báo cáo khó khăn, vướng mắc trong kỳ.']);
  let n = 0;
  for (const [unit, lines] of byUnit) {
    push(g, [++n, asData(unit)], ['0', '@'], 'bold');
    for (const line of lines) push(g, ['', asData(`– ${line}`)]);
  }

  // V. The office's own text, kept.
  push(g, []);
  g.noWrap(push(g, [REPORT_PARTS[4]], [], 'bold'));
  g.noWrap(push(g, [PART_V_HINT]));
  const partVRow = g.values.length + 1;
  const kept = input.partV.filter((row) => row.some((v) => cellString(v) !== ''));
  const rows = input.partV.length > 0 ? input.partV : [];
  for (const row of rows)
    push(
      g,
      row.map((v) => asData(v)),
    );
  for (let i = rows.length; i < PART_V_ROWS; i++) push(g, []);
  const partVCount = g.values.length + 1 - partVRow;

  // Signature block.
  push(g, []);
  r = push(g, [RECIPIENTS, '', '', '', 'TM. ỦY BAN NHÂN DÂN'], [], 'bold');
  span(r, 5, 4);
  centred.push(r);
  r = push(g, ['- Như trên;', '', '', '', 'CHỦ TỊCH'], [], 'bold');
  g.weights[r - 1]?.fill('normal', 0, 1);
  span(r, 5, 4);
  centred.push(r);
  push(g, ['- Lưu: VT.']);

  return {
    values: g.values,
    formats: g.formats,
    weights: g.weights,
    backgrounds: g.backgrounds,
    wraps: g.wraps,
    widths: [55, 330, 170, 110, 260, 170, 150, 110],
    merges,
    centred,
    partV: { row: partVRow, count: partVCount },
    frozenRows,
    parts: [...REPORT_PARTS],
    keptRows: kept.length,
  };
}
