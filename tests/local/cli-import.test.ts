// sauro import / deadline / unit as a user runs them: real processes, a real .xlsx read back.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sauro } from '../helpers/cli.ts';
import { describe, expect, it } from 'vitest';

const fixture = (name: string) => new URL(`../fixtures/appendix/${name}`, import.meta.url).pathname;

describe('sauro import / deadline / unit', () => {
  it('prints the import of seed 001 as JSON: layout phu-luc, 4 sections, 34 tasks', async () => {
    const r = await sauro('import', '--text', fixture('seed-001-plan.txt'));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      layout: string;
      plan: unknown;
      sections: Array<{ code: string }>;
      tasks: Array<{ code: string; lead: string[]; deadline: { kind: string; due?: string } }>;
      repairs: unknown[];
      warnings: Array<{ message: string }>;
    };
    expect(json.layout).toBe('phu-luc');
    expect(json.plan).toEqual({ number: '03/KH-UBND', date: '2025-07-07', commune: 'Cẩm Giàng' });
    expect(json.sections.map((s) => s.code)).toEqual(['I', 'II', 'III', 'VI']);
    expect(json.tasks).toHaveLength(34);
    expect(json.tasks.find((t) => t.code === 'III.4')).toMatchObject({
      lead: ['Văn phòng HĐND và UBND'],
      deadline: { kind: 'date', due: '2025-07-31', every: 'year' },
    });
    expect(json.repairs).toHaveLength(4);
    expect(json.warnings.map((w) => w.message)).toEqual(['Nhiệm vụ III.20: Chưa có thời hạn']);
  });

  it('imports seed 003 into a workbook, then refuses an empty text with one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sauro-import-'));
    const file = join(dir, 'da-kia.xlsx');
    // The plan's KPI table has two rows to review; without --accept nothing is written.
    const refused = await sauro(
      'import',
      '--text',
      fixture('seed-003-plan.txt'),
      '--workbook',
      file,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Lỗi: Chưa ghi: có 2 vấn đề chỉ tiêu cần xem lại/);
    const r = await sauro(
      'import',
      '--text',
      fixture('seed-003-plan.txt'),
      '--workbook',
      file,
      '--accept',
    );
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'Đã nhập 5 mục và 27 nhiệm vụ (dạng sau-ro) vào trang "Nhiệm vụ 6 rõ" từ dòng 5; 8 chỗ đã sửa, 0 cảnh báo.',
      'Đã ghi 39 chỉ tiêu vào trang "Chỉ tiêu" từ dòng 5; đã chấp nhận 2 vấn đề.',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Nhiệm vụ 6 rõ');
    const codes: string[] = [];
    ws?.getColumn(1).eachCell((c, n) => {
      if (n >= 5 && c.value !== null && c.value !== '') codes.push(String(c.value));
    });
    expect(codes.slice(0, 5)).toEqual(['I', 'I.1', 'I.1.a', 'I.2', 'I.2.a']);
    expect(codes).toHaveLength(32);
    expect(String(ws?.getCell('B6').value)).toBe(
      'Triển khai Đề án Chuyển đổi số trên địa bàn xã giai đoạn 2025-2030',
    );

    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    const bad = await sauro('import', '--text', empty, '--workbook', file);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toBe(
      `Lỗi: Tệp "${empty}" không có nội dung; hãy dán văn bản kế hoạch hoặc bảng phụ lục vào tệp. | Error: "${empty}" is empty; put the plan text or its appendix table in it.\n`,
    );
  });

  it('reads one deadline and one unit cell as JSON, and refuses an empty one', async () => {
    const [deadline, recurring, unit, empty] = await Promise.all([
      sauro('deadline', 'Quý II/2026'),
      sauro('deadline', 'Hàng năm', '--issued', '2025-07-07'),
      sauro('unit', 'Phòng VH- XH xã, Phòng Văn hóa'),
      sauro('deadline', ''),
    ]);
    expect(JSON.parse(deadline.stdout)).toEqual({ kind: 'date', due: '2026-06-30' });
    expect(JSON.parse(recurring.stdout)).toEqual({
      kind: 'recurring',
      due: '2025-12-31',
      every: 'year',
    });
    expect(JSON.parse(unit.stdout)).toEqual({
      units: [
        { name: 'Phòng Văn hóa - Xã hội', known: true },
        { name: 'Phòng Văn hóa', known: false, suggestion: 'Phòng Văn hóa - Xã hội' },
      ],
    });
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
    expect(empty.stderr).toBe(
      'Lỗi: Hãy ghi thời hạn cần đọc, ví dụ: sauro deadline "Quý II/2026". | Error: Give the deadline to read, e.g. sauro deadline "Quý II/2026".\n',
    );
  });

  it('reads a yearly day without a year, and refuses an impossible --issued date', async () => {
    const [yearly, quarter, badIssued] = await Promise.all([
      sauro('deadline', 'trước ngày 15/12 hằng năm', '--issued', '2026-01-10'),
      sauro('deadline', 'Quý V/2026'),
      sauro('deadline', 'Quý II/2026', '--issued', '2026-02-30'),
    ]);
    // Due on 15 December of the year the plan runs in, and every year after.
    expect(JSON.parse(yearly.stdout)).toEqual({
      kind: 'recurring',
      due: '2026-12-15',
      every: 'year',
    });
    expect(JSON.parse(quarter.stdout)).toEqual({
      kind: 'invalid',
      message: 'Quý không hợp lệ trong «Quý V/2026»: một năm chỉ có 4 quý (Quý I đến Quý IV)',
    });
    expect(badIssued.code).toBe(1);
    expect(badIssued.stdout).toBe('');
    expect(badIssued.stderr.trim()).toMatch(
      /^Lỗi: Ngày ban hành "2026-02-30" không có trên lịch.* \| Error: /,
    );
  });

  it('extract-kpi reads seed 003’s KPI table, writes it once accepted, and a second paste gets new codes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sauro-kpi-'));
    const file = join(dir, 'da-kia.xlsx');
    const table = new URL('../fixtures/kpi/seed003-chi-tieu.tsv', import.meta.url).pathname;
    const refused = await sauro('extract-kpi', '--text', table, '--workbook', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Lỗi: Chưa ghi: có 2 vấn đề chỉ tiêu cần xem lại/);
    const first = await sauro('extract-kpi', '--text', table, '--workbook', file, '--accept');
    expect(first.stdout.trim()).toBe(
      'Đã ghi 39 chỉ tiêu vào trang "Chỉ tiêu" từ dòng 5 (mã CT-I.1 … CT-V.27); bỏ qua 0 ý không đo lường được; đã chấp nhận 2 vấn đề.',
    );
    const second = await sauro('extract-kpi', '--text', table, '--workbook', file, '--accept');
    expect(second.stdout).toMatch(/\(mã CT2-I\.1 … CT2-V\.27\)/);
    const check = await sauro('check', '--workbook', file);
    expect(JSON.parse(check.stdout)).toEqual([]);
  });
});
