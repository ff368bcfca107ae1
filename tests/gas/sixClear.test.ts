// "Kiểm tra 6 rõ" through the built bundle: marks on the cell at fault, counts per lead unit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorkbook, inspector } from 'gas-emulator';
import { addonRuntime } from '../../src/local/addonRuntime.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/appendix/${name}`, import.meta.url), 'utf8');

interface Problem {
  sheet: string;
  row: number;
  column: string;
  value: unknown;
  message: string;
}
interface CheckResponse {
  tables: number;
  problems: Problem[];
  marked: number;
  cleared: number;
  sixClear?: {
    tasks: number;
    clear: number;
    byUnit: Array<{ unit: string; tasks: number; clear: number; missing: Record<string, number> }>;
  };
}

function imported(file: string) {
  const workbook = createWorkbook('x');
  const rt = addonRuntime({ workbook, now: () => new Date('2026-07-01T03:00:00Z') });
  // Seed 003's KPI table has two rows to review: accepted, as the officer would after the preview.
  const r = rt.call<{ sheetName: string }>('importPlanText', { text: fixture(file), accept: true });
  const look = inspector(workbook);
  const codes = look.values(r.sheetName, 'A1:A80').map((x) => String(x[0]));
  const rowOf = (code: string) => codes.indexOf(code) + 1;
  return { rt, look, sheet: r.sheetName, rowOf };
}

describe('Kiểm tra 6 rõ on seed 001 (Phụ lục I)', () => {
  it('flags VI.2 (catch-all lead), III.20 (no deadline) and III.8 (two leads), on the right cells', () => {
    const { rt, look, sheet, rowOf } = imported('seed-001-plan.txt');
    const report = rt.call<CheckResponse>('checkWorkbook');
    expect(report.tables).toBe(1);
    const flagged = report.problems.map((p) => [p.row, p.column, p.message.split(':')[0]]);
    expect(flagged).toEqual([
      [rowOf('III.8'), 'Cơ quan chủ trì', 'Chưa rõ trách nhiệm'],
      [rowOf('III.20'), 'Thời gian hoàn thành', 'Chưa rõ thời gian'],
      [rowOf('VI.2'), 'Cơ quan chủ trì', 'Chưa rõ người'],
      [rowOf('VI.2'), 'Cơ quan chủ trì', 'Chưa rõ trách nhiệm'],
    ]);
    const vi2 = look.notes(sheet, `D${rowOf('VI.2')}`)[0]?.[0] ?? '';
    expect(vi2).toContain('⚠ Sáu Rõ: Chưa rõ người: «Các phòng, ban, ngành, đơn vị có liên quan»');
    expect(look.notes(sheet, `F${rowOf('III.20')}`)[0]?.[0]).toBe(
      '⚠ Sáu Rõ: Chưa rõ thời gian: Chưa có thời hạn',
    );
    expect(look.backgrounds(sheet, `F${rowOf('III.20')}`)[0]?.[0]).toBe('#f4cccc');
    // Other cells of those rows are not marked.
    expect(look.notes(sheet, `C${rowOf('VI.2')}:F${rowOf('VI.2')}`)[0]).toEqual(['', vi2, '', '']);
  });

  it('counts tasks, clear tasks and missing points per lead unit', () => {
    const { rt } = imported('seed-001-plan.txt');
    const { sixClear } = rt.call<CheckResponse>('checkWorkbook');
    expect(sixClear?.tasks).toBe(34);
    expect(sixClear?.clear).toBe(31);
    const unit = (name: string) => sixClear?.byUnit.find((u) => u.unit === name);
    // III.8 is co-led, so it counts for both leads.
    expect(unit('Phòng Kinh tế')).toMatchObject({
      tasks: 5,
      clear: 3,
      missing: { 'thời gian': 1, 'trách nhiệm': 1, người: 0 },
    });
    expect(unit('Phòng Văn hóa - Xã hội')).toMatchObject({ tasks: 17, clear: 16 });
    expect(unit('Công an xã')).toMatchObject({ tasks: 4, clear: 4 });
    expect(unit('Các phòng, ban, ngành, đơn vị có liên quan')).toMatchObject({
      tasks: 1,
      clear: 0,
      missing: { người: 1, 'trách nhiệm': 1 },
    });
  });

  it('clears the mark once III.20 gets a deadline, and keeps the others', () => {
    const { rt, look, sheet, rowOf } = imported('seed-001-plan.txt');
    rt.call('checkWorkbook');
    look.setValues(sheet, `F${rowOf('III.20')}`, [['Năm 2026']]);
    const again = rt.call<CheckResponse>('checkWorkbook');
    expect(again.cleared).toBe(1);
    expect(again.problems.map((p) => p.row)).toEqual([
      rowOf('III.8'),
      rowOf('VI.2'),
      rowOf('VI.2'),
    ]);
    expect(look.notes(sheet, `F${rowOf('III.20')}`)[0]?.[0]).toBe('');
    expect(look.backgrounds(sheet, `F${rowOf('III.20')}`)[0]?.[0]).toBe('#ffffff');
    expect(again.sixClear?.clear).toBe(32);
  });
});

describe('Kiểm tra 6 rõ on seed 003 ("6 rõ" layout)', () => {
  it('checks sub-tasks, not general tasks, and needs an output', () => {
    const { rt, look, sheet, rowOf } = imported('seed-003-plan.txt');
    const first = rt.call<CheckResponse>('checkWorkbook');
    // I.1.a and IV.1.a are led by "Các cơ quan, đơn vị có liên quan".
    expect([...new Set(first.problems.map((p) => p.row))]).toEqual([
      rowOf('I.1.a'),
      rowOf('IV.1.a'),
    ]);
    expect(first.sixClear).toMatchObject({ tasks: 14, clear: 12 }); // 14 sub-tasks; 13 general tasks left out
    // A sub-task without its output is unclear on "sản phẩm", marked on the output cell.
    look.setValues(sheet, `D${rowOf('III.4.b')}`, [['']]);
    const second = rt.call<CheckResponse>('checkWorkbook');
    const output = second.problems.find((p) => p.row === rowOf('III.4.b'));
    expect(output).toMatchObject({
      column: 'Sản phẩm đầu ra bắt buộc (Rõ kết quả)',
      message: 'Chưa rõ sản phẩm: chưa có sản phẩm đầu ra',
    });
  });
});

describe('Kiểm tra 6 rõ on a Phụ lục I task whose lettered sub-tasks follow it', () => {
  it('leaves out a numbered task with only its text, and still flags one with a deadline but no lead', () => {
    const workbook = createWorkbook('x');
    const rt = addonRuntime({ workbook, now: () => new Date('2026-07-01T03:00:00Z') });
    rt.call('importPlanText', {
      text: [
        'PHỤ LỤC I',
        'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
        'I\tHạ tầng số\t\t\t',
        '1\tPhủ sóng 4G toàn xã\t\t\t',
        'a)\tKhảo sát vùng lõm sóng\tPhòng Kinh tế\t\tQuý I/2026',
        '2\tLắp camera an ninh\t\t\tQuý II/2026',
        'a)\tChọn vị trí lắp đặt\tCông an xã\t\tQuý I/2026',
      ].join('\n'),
      accept: true,
    });
    const r = rt.call<CheckResponse>('checkWorkbook');
    // I.1 only groups I.1.a; I.2 has a deadline of its own, so it is a task without a lead.
    expect(r.sixClear).toMatchObject({ tasks: 3, clear: 2 });
    expect(r.problems.map((p) => [p.column, p.message.split(':')[0]])).toEqual([
      ['Cơ quan chủ trì', 'Chưa rõ người'],
      ['Cơ quan chủ trì', 'Chưa rõ trách nhiệm'],
    ]);
  });
});
