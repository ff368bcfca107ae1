// The dashboard ("Bảng điều khiển") and the four-way status, end to end through the bundle: seed
// 001's Q3/2025 scenario (tests/helpers/reportScenario.ts), numbers counted by hand below.
import { createRuntime } from 'gas-emulator';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DashboardView, MergeView } from '../../src/gas/api.ts';
import { CA, KT, LEAD, TTVH, VHXH, VP, fill, look, type World } from '../helpers/reportWorkbook.ts';
import { EMAILS, PERIOD, SHEETS, distributed, submitted } from '../helpers/reportScenario.ts';

const DASHBOARD = 'Bảng điều khiển';

const CHARTS_LOOK = `
function charts(name) {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name).getCharts().map(function (c) {
    return { id: c.getChartId(), title: c.getOptions().get('title'), type: String(c.modify().getChartType()),
      ranges: c.getRanges().map(function (r) { return r.getA1Notation(); }),
      anchor: [c.getContainerInfo().getAnchorRow(), c.getContainerInfo().getAnchorColumn()] };
  });
}
function tamper(name) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  var charts = sheet.getCharts();
  sheet.updateChart(charts[0].modify().setPosition(1, 12, 0, 0).build());
  sheet.removeChart(charts[2]);
  sheet.insertChart(charts[1].modify().build());
}`;

/** The dashboard's charts, read through the Apps Script API. */
function lookCharts(
  w: World,
): Array<{ id: number; title: string; type: string; ranges: string[] }> {
  return createRuntime({ workbook: w.wb, bundleCode: CHARTS_LOOK }).call('charts', DASHBOARD);
}

function dashboardNow(w: World): DashboardView {
  return w.coordinator.call<DashboardView>('updateDashboard', { period: PERIOD });
}

describe('dashboard on seed 001, Q3/2025 (merged 25/09/2025)', () => {
  let w: World;
  let merged: MergeView;
  let view: DashboardView;

  beforeAll(() => {
    w = submitted().w;
    merged = w.coordinator.call<MergeView>('mergeReports', { period: PERIOD });
    view = dashboardNow(w);
  }, 120_000);

  it('is made on request after the first merge, with a native chart over each table', () => {
    // The first merge makes none (leaders' dashboard is asked for once; merges then keep it).
    expect(merged.dashboard).toBeNull();
    expect(merged.warnings).toEqual([]);
    expect(view.sheetName).toBe(DASHBOARD);
    expect(view.charts).toEqual([
      { title: 'Tình hình thực hiện nhiệm vụ theo đơn vị', type: 'BAR', range: expect.any(String) },
      { title: 'Tỷ lệ hoàn thành theo mục (%)', type: 'BAR', range: expect.any(String) },
      { title: 'Chỉ tiêu theo kết quả đánh giá', type: 'PIE', range: expect.any(String) },
      { title: 'Tỷ lệ hoàn thành qua các kỳ đã chốt (%)', type: 'LINE', range: expect.any(String) },
    ]);
    // The unit chart reads the unit table: its header and one row per unit, name + four counts.
    const values = w.look.data(DASHBOARD);
    const [top, bottom] = (view.charts[0]?.range ?? '').split(':');
    const headerRow = Number(top?.slice(1));
    expect(top?.startsWith('A')).toBe(true);
    expect(bottom).toBe(`E${headerRow + 5}`);
    expect(values[headerRow - 1]?.slice(0, 5)).toEqual([
      'Đơn vị',
      'Đã hoàn thành đúng hạn',
      'Đã hoàn thành quá hạn',
      'Chưa hoàn thành, trong hạn',
      'Chưa hoàn thành, quá hạn',
    ]);
    expect(
      w.look
        .formulas(DASHBOARD)
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
  });

  it('gives the hand-counted four-way split, completion and rank per unit', () => {
    // Stamps: VH-XH 18/09, VP 19/09, TTVH 22/09, KT 23/09; Công an xã never submits. Periodic
    // tasks are due by 30/09, so reporting work on them in September is on time.
    // VH-XH leads 18 (17 + VI.2, reported by the coordinator): done I.1, I.4, I.7, III.2, III.8,
    //   III.9, III.11, III.14 on time; I.3 done (due 31/08) with no completion day, so the stamp
    //   18/09 counts → late; III.7 (31/07, 80 %) open and overdue; 8 open in time.
    // TTVH: I.2 on time, III.17 open. VP: III.3, III.5 on time; III.4 (due 31/07, stamp 19/09)
    //   late; II.1, III.6, III.13 open. KT: III.1, III.8 (through VH-XH), VI.3 on time; III.20, VI.1
    //   open. Công an xã: 4 continuous tasks open, the quarter has not ended.
    // Rank: VP and KT both 75 % with nothing overdue; KT has no late task → KT 1, VP 2.
    const rows = view.units.map((u) => [
      u.unit,
      u.doneOnTime,
      u.doneLate,
      u.openOnTime,
      u.openOverdue,
      u.completion,
      u.rank,
    ]);
    expect(rows).toEqual([
      [KT, 3, 0, 2, 0, 75, 1],
      [VP, 2, 1, 3, 0, 75, 2],
      [VHXH, 8, 1, 8, 1, 56.3, 3],
      [TTVH, 1, 0, 1, 0, 50, 4],
      [CA, 0, 0, 4, 0, 0, 5],
    ]);
    // Each task once: 13 + 2 = 15 done (the rate's 15), 1 overdue, 34 in all.
    expect(view.fourWay).toEqual({ doneOnTime: 13, doneLate: 2, openOnTime: 18, openOverdue: 1 });
  });

  it('gives completion per section and KPIs by judgement', () => {
    expect(view.sections.map((s) => [s.section, s.completion])).toEqual([
      ['I', 71.4],
      ['II', 0],
      ['III', 45],
      ['VI', 100],
    ]);
    // CT-1 85 % for ≥ 80 % → Vượt; CT-2 1 model for ≥ 2 → Chưa đạt; CT-3 nothing reported.
    expect(view.kpis).toEqual({
      Đạt: 0,
      Vượt: 1,
      'Chưa đạt': 1,
      'Chưa có số liệu': 1,
      Khác: 0,
    });
    expect(view.trend).toEqual([]);
  });

  it('writes the four-way status of each task into the summary, for a hand check', () => {
    const values = w.look.data(SHEETS.summary);
    const header = values.findIndex((r) => r[0] === 'Mã');
    const cols = (values[header] ?? []).map(String);
    const row = (code: string) => values.find((r) => r[0] === code) ?? [];
    const at = (code: string, h: string) => row(code)[cols.indexOf(h)];
    expect(at('I.3', 'Tình hình thực hiện')).toBe('Đã hoàn thành quá hạn');
    expect(at('I.3', 'Hạn trong kỳ')).toEqual(new Date('2025-08-31T00:00:00+07:00'));
    expect(at('I.3', 'Ngày hoàn thành (tính)')).toEqual(new Date('2025-09-18T00:00:00+07:00'));
    expect(at('III.7', 'Tình hình thực hiện')).toBe('Chưa hoàn thành, quá hạn');
    expect(at('III.18', 'Tình hình thực hiện')).toBe('Chưa hoàn thành, trong hạn');
  });

  it('a re-merge updates the dashboard in place: the same charts, no duplicates, new numbers', () => {
    const before = lookCharts(w);
    expect(before).toHaveLength(4);
    // Công an xã reports work on III.19 and submits (late); the merge rebuilds the dashboard.
    fill(look(w.wb, EMAILS.ca), SHEETS.ca, LEAD, {
      'III.19': { 'Trạng thái': 'Đang thực hiện', 'Kết quả thực hiện / sản phẩm': 'Lắp 4 camera' },
    });
    w.clock.set('2025-09-26T08:00');
    w.as(EMAILS.ca).call('submitReport', { period: PERIOD, unit: CA });
    const remerged = w.coordinator.call<MergeView>('mergeReports', { period: PERIOD });
    expect(remerged.dashboard).toBe(DASHBOARD);
    const after = lookCharts(w);
    expect(after).toEqual(before);
    const again = dashboardNow(w);
    expect(again.units.find((u) => u.unit === CA)).toMatchObject({
      doneOnTime: 1,
      openOnTime: 3,
      completion: 25,
    });
    expect(lookCharts(w)).toEqual(before);
    expect(w.look.sheetNames().filter((n) => n.startsWith(DASHBOARD))).toEqual([DASHBOARD]);
  });

  it('puts back a chart that was moved, removed or duplicated', () => {
    const before = lookCharts(w);
    createRuntime({ workbook: w.wb, bundleCode: CHARTS_LOOK }).call('tamper', DASHBOARD);
    expect(lookCharts(w)).toHaveLength(4);
    dashboardNow(w);
    const after = lookCharts(w);
    expect(after.map((c) => c.title)).toEqual(
      before
        .map((c) => c.title)
        .filter((_, i) => i !== 2)
        .concat(before[2]?.title ?? ''),
    );
    // The moved chart is the same chart, pointed back at its table.
    expect(after[0]).toEqual(before[0]);
    expect(after.find((c) => c.title === before[2]?.title)?.ranges).toEqual(before[2]?.ranges);
  });
});

describe('done late', () => {
  it('a task completed after its deadline is done late; the completion day typed counts', () => {
    const w = distributed();
    fill(w.look, SHEETS.vhxh, LEAD, {
      // Due 31/08: completed 25/08 → on time although the report comes on 18/09.
      'I.3': {
        'Trạng thái': 'Hoàn thành',
        'Kết quả thực hiện / sản phẩm': 'KH 12',
        'Ngày hoàn thành': '25/08/2025',
      },
      // Due 31/07: completed 15/08 → late.
      'III.7': {
        'Trạng thái': 'Hoàn thành',
        'Kết quả thực hiện / sản phẩm': 'Xong',
        'Ngày hoàn thành': '15/08/2025',
      },
    });
    w.clock.set('2025-09-18T10:00');
    w.coordinator.call('submitReport', { period: PERIOD, unit: VHXH });
    w.clock.set('2025-09-25T10:00');
    w.coordinator.call('mergeReports', { period: PERIOD });
    const view = w.coordinator.call<DashboardView>('updateDashboard', { period: PERIOD });
    expect(view.units.find((u) => u.unit === VHXH)).toMatchObject({ doneOnTime: 1, doneLate: 1 });
    const values = w.look.data(SHEETS.summary);
    const cols = (values[values.findIndex((r) => r[0] === 'Mã')] ?? []).map(String);
    const status = (code: string) =>
      (values.find((r) => r[0] === code) ?? [])[cols.indexOf('Tình hình thực hiện')];
    expect(status('I.3')).toBe('Đã hoàn thành đúng hạn');
    expect(status('III.7')).toBe('Đã hoàn thành quá hạn');
  });

  it('refuses a completion day after the submission', () => {
    const w = distributed();
    fill(w.look, SHEETS.vhxh, LEAD, {
      'I.3': {
        'Trạng thái': 'Hoàn thành',
        'Kết quả thực hiện / sản phẩm': 'KH 12',
        'Ngày hoàn thành': '30/09/2025',
      },
    });
    w.clock.set('2025-09-18T10:00');
    const r = w.coordinator.call<{ accepted: boolean; problems: Array<{ message: string }> }>(
      'submitReport',
      { period: PERIOD, unit: VHXH },
    );
    expect(r.accepted).toBe(false);
    expect(r.problems[0]?.message).toContain('Ngày hoàn thành 30/09/2025 ở sau ngày nộp báo cáo');
  });
});

describe('"Cập nhật bảng điều khiển"', () => {
  it('refuses in one line when the period has no summary, and is in the menu', () => {
    const w = distributed();
    expect(() => dashboardNow(w)).toThrow(
      'Chưa có bảng tổng hợp kỳ 2025-Q3 (trang "Tổng hợp 2025-Q3"). Hãy bấm "Tổng hợp" trước khi cập nhật bảng điều khiển.',
    );
    expect(w.look.sheetNames()).not.toContain(DASHBOARD);
    w.coordinator.runTrigger('onOpen', 'NONE');
    expect(
      w.coordinator.ui.menus[0]?.items.map((i) => ('functionName' in i ? i.functionName : '')),
    ).toContain('menuUpdateDashboard');
  });
});
