// The long-format export on seed 001's Q3/2025 scenario: rows for the levels above.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportSheetView, ExportView } from '../../src/gas/api.ts';
import { CA, KT, VP, type World } from '../helpers/reportWorkbook.ts';
import { PERIOD, submitted } from '../helpers/reportScenario.ts';

describe('export on seed 001, Q3/2025', () => {
  let w: World;
  let view: ExportView;

  beforeAll(() => {
    w = submitted().w;
    w.coordinator.call('mergeReports', { period: PERIOD });
    view = w.coordinator.call<ExportView>('exportRows', { period: PERIOD });
  }, 120_000);

  it('gives one row per task and one per KPI, the same columns for every row', () => {
    const tasks = view.rows.filter((r) => r.record_type === 'task');
    const kpis = view.rows.filter((r) => r.record_type === 'kpi');
    expect(tasks).toHaveLength(34);
    expect(kpis.map((k) => k.code)).toEqual(['CT-1', 'CT-2', 'CT-3']);
    for (const r of view.rows) expect(Object.keys(r)).toEqual(view.columns);
    const count = (s: string) => tasks.filter((t) => t.status === s).length;
    expect(
      [
        'Đã hoàn thành đúng hạn',
        'Đã hoàn thành quá hạn',
        'Chưa hoàn thành, trong hạn',
        'Chưa hoàn thành, quá hạn',
      ].map(count),
    ).toEqual([13, 2, 18, 1]);
  });

  it('task rows carry the plan, the deadline as written, the due day and the lead unit’s stamp', () => {
    expect(view.rows.find((r) => r.code === 'III.4')).toEqual({
      record_type: 'task',
      commune: 'Cẩm Giàng',
      plan_number: null,
      period: PERIOD,
      period_start: '2025-07-01',
      period_end: '2025-09-30',
      code: 'III.4',
      section: 'III',
      content: expect.any(String),
      lead_unit: VP,
      partners: expect.any(String),
      deadline_text: 'Tháng 7/2025, duy trì hàng năm',
      due_date: '2025-07-31',
      status: 'Đã hoàn thành quá hạn',
      progress: null,
      result: 'Đã kết nối 5 nền tảng dùng chung',
      evidence: null,
      submitted_at: '2025-09-19T16:00:00+07:00',
      target_text: null,
      target_canonical: null,
      measure_unit: null,
      actual: null,
      actual_value: null,
    });
    expect(view.rows.find((r) => r.code === 'III.16')).toMatchObject({
      lead_unit: CA,
      submitted_at: null,
    });
  });

  it('KPI rows carry the target as written and canonical, the actual and its judgement', () => {
    expect(view.rows.find((r) => r.code === 'CT-2')).toMatchObject({
      record_type: 'kpi',
      lead_unit: KT,
      target_text: '≥ 2',
      target_canonical: '≥ 2 mô hình',
      measure_unit: 'mô hình',
      actual: 1,
      actual_value: 1,
      status: 'Chưa đạt',
      submitted_at: '2025-09-23T09:00:00+07:00',
    });
    expect(view.rows.find((r) => r.code === 'CT-1')).toMatchObject({
      actual: '85%',
      actual_value: 85,
      status: 'Vượt',
    });
  });

  it('the menu writes the same rows into "Dữ liệu xuất"', () => {
    const r = w.coordinator.call<ExportSheetView>('writeExportSheet', { period: PERIOD });
    expect(r).toEqual({ period: PERIOD, sheetName: 'Dữ liệu xuất', rows: 37 });
    const values = w.look.data('Dữ liệu xuất');
    expect(values[0]).toEqual(view.columns);
    expect(values).toHaveLength(38);
    const iii4 = values.find((row) => row[6] === 'III.4') ?? [];
    expect(iii4[12]).toBe('2025-07-31');
  });
});
