// KPI custom functions and the KPI check, through the built bundle in the emulator.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorkbook, inspector } from 'gas-emulator';
import { addonRuntime } from '../../src/local/addonRuntime.ts';

const SEED003 = readFileSync(
  new URL('../fixtures/kpi/seed003-chi-tieu.tsv', import.meta.url),
  'utf8',
)
  .split('\n')
  .slice(1)
  .filter((l) => l.trim() !== '')
  .map((l) => l.split('\t'));

function kpiWorkbook() {
  const workbook = createWorkbook('Xã Đa Kia');
  const rt = addonRuntime({ workbook });
  rt.call('scaffoldTemplate', { templateId: 'chi-tieu' });
  const look = inspector(workbook);
  // A: Mã, B: STT, C: Nội dung, D: ĐVT, E: Chỉ tiêu, F: Đơn vị chủ trì, G: Kết quả, H: Đánh giá
  const rows = SEED003.map((cells, i) => [`CT-${i + 1}`, ...cells.slice(0, 5).map((c) => c ?? '')]);
  look.setValues('Chỉ tiêu', `A5:F${4 + rows.length}`, rows);
  return { rt, look, rows };
}

const rowOf = (rows: string[][], target: string) => 5 + rows.findIndex((r) => r[4] === target);

describe('KPI_STATUS in the chi-tieu table', () => {
  it('fills the Đánh giá column from one array formula, judging seed 003 targets', () => {
    const { look, rows } = kpiWorkbook();
    expect(look.formulas('Chỉ tiêu', 'H5')[0]?.[0]).toBe('=KPI_STATUS(E5:E1000,G5:G1000)');
    const r5g = rowOf(rows, '≥ 60%');
    const r100 = rowOf(rows, '100%');
    const rYes = rowOf(rows, 'Có');
    const rQual = rowOf(rows, 'Phần đầu thuộc nhóm trung bình cao');
    look.setValues('Chỉ tiêu', `G${r5g}`, [[0.7]]);
    look.setValues('Chỉ tiêu', `G${r100}`, [['100%']]);
    look.setValues('Chỉ tiêu', `G${rYes}`, [['Có']]);
    look.setValues('Chỉ tiêu', `G${rQual}`, [['Thuộc nhóm khá']]);
    const status = (r: number) => look.values('Chỉ tiêu', `H${r}`)[0]?.[0];
    expect(status(r5g)).toBe('Vượt');
    expect(status(r100)).toBe('Đạt');
    expect(status(rYes)).toBe('Đạt');
    expect(status(rQual)).toBe('Cần đánh giá');
    expect(status(rowOf(rows, '≥ 70%'))).toBe('Chưa có số liệu');
    // Section rows and the empty rows below the table stay blank.
    expect(status(6 + rows.length)).toBe('');
  });

  it('recomputes when an actual changes', () => {
    const { look, rows } = kpiWorkbook();
    const r = rowOf(rows, '≥ 60%');
    look.setValues('Chỉ tiêu', `G${r}`, [[0.5]]);
    expect(look.values('Chỉ tiêu', `H${r}`)[0]?.[0]).toBe('Chưa đạt');
    look.setValues('Chỉ tiêu', `G${r}`, [['60%']]);
    expect(look.values('Chỉ tiêu', `H${r}`)[0]?.[0]).toBe('Đạt');
  });

  it('=KPI_STATUS(D5:D40, E5:E40) returns a column of statuses', () => {
    const { look, rt } = kpiWorkbook();
    rt.call('scaffoldTemplate', { templateId: 'phu-luc', sheetName: 'Tính thử' });
    const targets = Array.from({ length: 36 }, (_, i) => [
      i % 3 === 0 ? '≥ 80%' : i % 3 === 1 ? 'Có' : '',
    ]);
    const actuals = Array.from({ length: 36 }, (_, i) => [
      i % 3 === 0 ? 0.9 : i % 3 === 1 ? 'Không' : '',
    ]);
    look.setValues('Tính thử', 'D5:D40', targets);
    look.setValues('Tính thử', 'E5:E40', actuals);
    look.setValues('Tính thử', 'K5', [['=KPI_STATUS(D5:D40, E5:E40)']]);
    const column = look.values('Tính thử', 'K5:K40').map((r) => r[0]);
    expect(column).toHaveLength(36);
    expect(column.slice(0, 3)).toEqual(['Vượt', 'Chưa đạt', '']);
    expect(new Set(column)).toEqual(new Set(['Vượt', 'Chưa đạt', '']));
    // Columns right of the table (L and M are its Hạn/Tình trạng hạn formula columns).
    look.setValues('Tính thử', 'O5', [['=KPI_PROGRESS("≥ 80%", 0.6)']]);
    look.setValues('Tính thử', 'P5', [['=KPI_TARGET("tối thiểu 60 %")']]);
    expect(look.values('Tính thử', 'O5:P5')).toEqual([[0.75, '≥ 60%']]);
  });
});

describe('Kiểm tra chỉ tiêu', () => {
  it('lists, marks and later clears invalid targets and actuals, and keeps people’s notes', () => {
    const { rt, look, rows } = kpiWorkbook();
    const r1 = rowOf(rows, '≥ 60%');
    const r2 = rowOf(rows, '≥ 70%');
    look.setValues('Chỉ tiêu', `E${r1}`, [['≥ %']]); // planted: no number
    look.setValues('Chỉ tiêu', `G${r2}`, [['khoảng bảy mươi']]); // planted: unreadable actual
    const report = rt.call<{ problems: Array<Record<string, unknown>>; tables: number }>(
      'checkWorkbook',
    );
    expect(report.tables).toBe(1);
    expect(report.problems.map((p) => [p.sheet, p.row, p.column, p.value])).toEqual([
      ['Chỉ tiêu', r1, 'Chỉ tiêu', '≥ %'],
      ['Chỉ tiêu', r2, 'Kết quả thực hiện', 'khoảng bảy mươi'],
    ]);
    expect(String(report.problems[0]?.message)).toMatch(/^Chỉ tiêu không hợp lệ/);
    expect(look.notes('Chỉ tiêu', `E${r1}`)[0]?.[0]).toMatch(/^⚠ Sáu Rõ: Chỉ tiêu không hợp lệ/);
    expect(look.backgrounds('Chỉ tiêu', `G${r2}`)[0]?.[0]).toBe('#f4cccc');

    // Fix one cell: its mark goes; the other stays. A person's own note survives both runs.
    look.setValues('Chỉ tiêu', `E${r1}`, [['≥ 60%']]);
    const again = rt.call<{ problems: unknown[]; cleared: number }>('checkWorkbook');
    expect(again.problems).toHaveLength(1);
    expect(again.cleared).toBe(1);
    expect(look.notes('Chỉ tiêu', `E${r1}`)[0]?.[0]).toBe('');
    expect(look.backgrounds('Chỉ tiêu', `E${r1}`)[0]?.[0]).toBe('#ffffff');
    expect(look.notes('Chỉ tiêu', `G${r2}`)[0]?.[0]).toMatch(/Kết quả không đọc được/);
  });

  it('changes nothing else: values and formulas are untouched', () => {
    const { rt, look, rows } = kpiWorkbook();
    const before = look.values('Chỉ tiêu', `A1:H${4 + rows.length}`);
    rt.call('checkWorkbook');
    expect(look.values('Chỉ tiêu', `A1:H${4 + rows.length}`)).toEqual(before);
  });

  it('reads and writes each table once, whatever its length', () => {
    const calls = (n: number) => {
      const workbook = createWorkbook('x');
      const rt = addonRuntime({ workbook });
      rt.call('scaffoldTemplate', { templateId: 'chi-tieu' });
      const look = inspector(workbook);
      const rows = Array.from({ length: n }, (_, i) => [
        `CT-${i}`,
        String(i),
        'Tỉ lệ',
        '%',
        i % 2 ? 'abc' : '≥ 50%',
        '',
        // Every fourth actual is unreadable: findings grow with the table, calls must not.
        i % 4 === 0 ? 'xyz' : '',
      ]);
      look.setValues('Chỉ tiêu', `A5:G${4 + n}`, rows);
      rt.resetCounts();
      rt.call('checkWorkbook');
      return rt.counts();
    };
    const small = calls(10);
    const large = calls(500);
    expect(large).toEqual(small);
    expect(small['Sheet.getSheetValues']).toBe(1); // the table, in one read
    expect(small['Range.setNotes']).toBe(1);
    expect(small['Range.setBackgrounds']).toBe(1);
  });
});

describe('KPI rows from plan prose', () => {
  it('refuses a paste that is not text with a Vietnamese message', () => {
    const rt = addonRuntime({ workbook: createWorkbook('x') });
    const message = 'Văn bản dán vào quá dài hoặc không hợp lệ.';
    expect(() => rt.call('parseTargetText', 42)).toThrow(message);
    expect(() => rt.call('extractKpiRows', 42)).toThrow(message);
  });

  it('writes seed 000’s "Mục tiêu cụ thể" into a chi-tieu table, one row per target', () => {
    const text = readFileSync(
      new URL('../fixtures/kpi/seed000-muc-tieu-cu-the.txt', import.meta.url),
      'utf8',
    );
    const workbook = createWorkbook('Xã Cỏ Đô');
    const rt = addonRuntime({ workbook });
    const preview = rt.call<{ rows: Array<{ target: string }>; skipped: unknown[] }>(
      'extractKpiRows',
      text,
    );
    const result = rt.call<{ sheetName: string; written: number; firstRow: number }>(
      'writeKpiRows',
      { text },
    );
    expect(result.written).toBe(preview.rows.length);
    expect(result.sheetName).toBe('Chỉ tiêu');
    const look = inspector(workbook);
    const targets = look
      .values('Chỉ tiêu', `E5:E${4 + 40}`)
      .map((r) => r[0])
      .filter((v) => v !== '');
    expect(targets).toEqual(preview.rows.map((r) => r.target));
    // The Đánh giá column's array formula survives the write and judges the new rows.
    expect(look.formulas('Chỉ tiêu', 'H5')[0]?.[0]).toMatch(/^=KPI_STATUS\(/);
    const statuses = look
      .values('Chỉ tiêu', `E5:H${4 + 40}`)
      .filter((r) => r[0] !== '')
      .map((r) => r[3]);
    expect(new Set(statuses)).toEqual(new Set(['Chưa có số liệu']));
    // Every written target parses: the check finds nothing to mark.
    expect(rt.call<{ problems: unknown[] }>('checkWorkbook').problems).toEqual([]);
  });
});
