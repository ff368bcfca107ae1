// sauro distribute / submit / merge / close-period as a coordinator runs them: real processes on a
// real .xlsx, starting from seed 001 imported by `sauro import`.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sauro } from '../helpers/cli.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadXlsx, saveXlsx } from 'gas-emulator';
import { fill, LEAD, look } from '../helpers/reportWorkbook.ts';

const SEED = new URL('../fixtures/appendix/seed-001-plan.txt', import.meta.url).pathname;

const LEADS = [
  'Phòng Văn hóa - Xã hội',
  'Trung tâm Văn hóa - Thể thao và Truyền thông',
  'Văn phòng HĐND và UBND',
  'Phòng Kinh tế',
  'Công an xã',
];

describe('sauro distribute / submit / merge / close-period', () => {
  // The costly part, made once and never written again: seed 001 imported and distributed.
  let distributed: string;
  /** A copy of the distributed workbook for one `it` to change as it likes. */
  const copy = (): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'sauro-report-')), 'cam-giang.xlsx');
    copyFileSync(distributed, file);
    return file;
  };

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sauro-report-')), 'cam-giang.xlsx');
    distributed = file;
    const imported = await sauro('import', '--text', SEED, '--workbook', file);
    expect(imported.code, imported.stderr).toBe(0);
    const r = await sauro('distribute', '--workbook', file, '--period', '2025-Q3');
    expect(r.code, r.stderr).toBe(0);
    const view = JSON.parse(r.stdout) as { sheets: Array<{ unit: string }> };
    expect(view.sheets.map((s) => s.unit).slice(0, 5)).toEqual(LEADS);
  }, 180_000);

  it('merge on a freshly distributed workbook: 34 tasks, 0 submitted, every lead unit missing', async () => {
    const file = copy();
    const r = await sauro('merge', '--workbook', file, '--period', '2025-Q3');
    expect(r.code, r.stderr).toBe(0);
    const stats = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(stats)).toEqual([
      'units',
      'submitted',
      'late',
      'missing',
      'tasks',
      'due',
      'done',
      'overdue',
      'completion',
      'kpiJudged',
      'kpiAchieved',
      'problems',
    ]);
    expect(stats).toMatchObject({
      units: 5,
      submitted: 0,
      late: 0,
      missing: LEADS,
      tasks: 34,
      done: 0,
    });
    expect(stats.completion).toBe(0);
    const problems = stats.problems as Array<{ kind: string; unit: string; sheet: string }>;
    expect(problems.filter((p) => p.kind === 'missing').map((p) => p.unit)).toEqual(LEADS);
  }, 180_000);

  it('submit refuses an empty sheet (exit 1, file untouched), then accepts it once filled', async () => {
    const file = copy();
    const before = readFileSync(file);
    const refused = await sauro(
      'submit',
      '--workbook',
      file,
      '--period',
      '2025-Q3',
      '--unit',
      'CA xã',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Chưa nộp được: phiếu "BC 2025-Q3 - Công an xã" còn 1 lỗi.');
    expect(JSON.parse(refused.stdout)).toMatchObject({ accepted: false, unit: 'Công an xã' });
    expect(readFileSync(file).equals(before)).toBe(true);

    const wb = await loadXlsx(file);
    fill(look(wb), 'BC 2025-Q3 - Công an xã', LEAD, {
      'III.16': { 'Trạng thái': 'Đang thực hiện', 'Tiến độ (%)': 50 },
      'III.19': { 'Trạng thái': 'Hoàn thành', 'Kết quả thực hiện / sản phẩm': 'Đã triển khai' },
    });
    await saveXlsx(wb, file);
    const ok = await sauro('submit', '--workbook', file, '--period', '2025-Q3', '--unit', 'CA xã');
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      accepted: true,
      unit: 'Công an xã',
      sheetName: 'BC 2025-Q3 - Công an xã',
      submittedBy: 'coordinator@example.com',
    });
    const merged = await sauro('merge', '--workbook', file, '--period', '2025-Q3');
    const stats = JSON.parse(merged.stdout) as { submitted: number; missing: string[] };
    expect(stats.submitted).toBe(1);
    expect(stats.missing).toEqual(LEADS.filter((u) => u !== 'Công an xã'));
  }, 180_000);

  it('close-period freezes the summary; the period then refuses to merge', async () => {
    const file = copy();
    const merged = await sauro('merge', '--workbook', file, '--period', '2025-Q3');
    expect(merged.code, merged.stderr).toBe(0);
    const closed = await sauro('close-period', '--workbook', file, '--period', '2025-Q3');
    expect(closed.code, closed.stderr).toBe(0);
    expect(JSON.parse(closed.stdout)).toMatchObject({ sheetName: 'Chốt kỳ 2025-Q3' });
    const again = await sauro('merge', '--workbook', file, '--period', '2025-Q3');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^Lỗi: Kỳ 2025-Q3 đã chốt .* \| Error: Period 2025-Q3 is closed/);
  }, 180_000);
});
