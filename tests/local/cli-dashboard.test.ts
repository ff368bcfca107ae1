// sauro dashboard / report / export on seed 001 as imported by `sauro import`, nothing submitted:
// real processes on a real .xlsx (the "Done when").
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sauro } from '../helpers/cli.ts';

const SEED = new URL('../fixtures/appendix/seed-001-plan.txt', import.meta.url).pathname;
const P = '2025-Q3';
const LEADS = [
  'Phòng Văn hóa - Xã hội',
  'Trung tâm Văn hóa - Thể thao và Truyền thông',
  'Văn phòng HĐND và UBND',
  'Phòng Kinh tế',
  'Công an xã',
];
const FOUR = [
  'Đã hoàn thành đúng hạn',
  'Đã hoàn thành quá hạn',
  'Chưa hoàn thành, trong hạn',
  'Chưa hoàn thành, quá hạn',
];

describe('sauro dashboard / report / export', () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sauro-dashboard-'));
    file = join(dir, 'cam-giang.xlsx');
    expect((await sauro('import', '--text', SEED, '--workbook', file)).code).toBe(0);
  }, 60_000);

  it('refuse in one line (Vietnamese | English) while the period has no summary', async () => {
    for (const cmd of ['dashboard', 'report', 'export']) {
      const r = await sauro(cmd, '--workbook', file, '--period', P);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(
        /^Lỗi: Chưa có bảng tổng hợp kỳ 2025-Q3 \(trang "Tổng hợp 2025-Q3"\)\. .* \| Error: No summary for 2025-Q3 yet/,
      );
    }
  }, 60_000);

  it('merge then dashboard: at least 4 charts, every lead unit at 0 %', async () => {
    expect((await sauro('merge', '--workbook', file, '--period', P)).code).toBe(0);
    const r = await sauro('dashboard', '--workbook', file, '--period', P);
    expect(r.code, r.stderr).toBe(0);
    const view = JSON.parse(r.stdout) as {
      charts: Array<{ title: string; type: string; range: string }>;
      units: Array<{ unit: string; completion: number | null }>;
      fourWay: Record<string, number>;
    };
    expect(Object.keys(view).slice(0, 3)).toEqual(['charts', 'units', 'fourWay']);
    expect(view.charts.length).toBeGreaterThanOrEqual(4);
    expect(view.charts.map((c) => c.type)).toEqual(['BAR', 'BAR', 'PIE', 'LINE']);
    expect(view.units.map((u) => u.unit).sort()).toEqual([...LEADS].sort());
    for (const u of view.units) expect(u.completion).toBe(0);
    const total = Object.values(view.fourWay).reduce((a, b) => a + b, 0);
    expect(total).toBe(34);
    // The saved file holds the dashboard's charts: one picture each, on the dashboard sheet.
    const xwb = new ExcelJS.Workbook();
    await xwb.xlsx.readFile(file);
    expect(xwb.getWorksheet('Bảng điều khiển')?.getImages()).toHaveLength(4);
  }, 60_000);

  it('export: one row per task of the plan, each with one of the four statuses', async () => {
    const csvFile = join(dir, 'q3.csv');
    const r = await sauro('export', '--workbook', file, '--period', P, '--out', csvFile);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 34, format: 'csv' });
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv.startsWith('\uFEFFrecord_type,commune,plan_number,period,')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(35);
    const j = await sauro('export', '--workbook', file, '--period', P, '--format', 'json');
    const rows = JSON.parse(j.stdout) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(34);
    expect(new Set(rows.map((x) => x.record_type))).toEqual(new Set(['task']));
    for (const row of rows) expect(FOUR).toContain(row.status);
    expect(rows[0]).toMatchObject({
      commune: 'Cẩm Giàng',
      plan_number: '03/KH-UBND',
      period: P,
      period_start: '2025-07-01',
      period_end: '2025-09-30',
      code: 'I.1',
      deadline_text: 'Thường xuyên',
      due_date: '2025-09-30',
      submitted_at: null,
    });
  }, 60_000);

  it('report writes "Báo cáo kỳ 2025-Q3" with its five parts', async () => {
    const r = await sauro('report', '--workbook', file, '--period', P);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      sheetName: 'Báo cáo kỳ 2025-Q3',
      parts: [
        'I. KẾT QUẢ CHUNG',
        'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
        'III. KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
        'IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ',
        'V. NHIỆM VỤ TRỌNG TÂM KỲ TỚI',
      ],
    });
    const xwb = new ExcelJS.Workbook();
    await xwb.xlsx.readFile(file);
    const ws = xwb.getWorksheet('Báo cáo kỳ 2025-Q3');
    expect(ws?.getCell('A6').value).toBe(
      'Kết quả thực hiện Kế hoạch số 03/KH-UBND kỳ Quý III/2025',
    );
    // A4 landscape, the heading printed on every page.
    expect(ws?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      printTitlesRow: '1:6',
    });
  }, 60_000);
});
