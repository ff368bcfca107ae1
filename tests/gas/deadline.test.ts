// DEADLINE_DATE, TASK_STATUS and UNIT_NAME computed by the emulator from formulas in cells, and the
// overdue colours of the scaffolded task tables.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorkbook, inspector } from 'gas-emulator';
import { addonRuntime } from '../../src/local/addonRuntime.ts';

/** Midnight in Vietnam of a calendar day, as the cell's Date. */
const day = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 7 * 3600 * 1000);

function fresh() {
  const workbook = createWorkbook('x');
  // 1 July 2026, 10:00 in Vietnam.
  const rt = addonRuntime({ workbook, now: () => new Date('2026-07-01T03:00:00Z') });
  return { rt, look: inspector(workbook) };
}

const column = (rows: unknown[][]) => rows.map((r) => r[0]);

describe('custom functions from formulas in cells', () => {
  it('DEADLINE_DATE and TASK_STATUS take columns and give columns', () => {
    const { look } = fresh();
    look.setValues('Sheet1', 'A1:B7', [
      ['Quý II/2026', 'Đang thực hiện'],
      ['05/07/2026', ''],
      ['Hằng quý', ''],
      ['Thường xuyên', ''],
      ['', ''],
      ['Khi có văn bản của cấp trên', 'Hoàn thành'],
      ['trước ngày 31/3/2026', 'Hoàn thành'],
    ]);
    look.setValues('Sheet1', 'C1', [['=DEADLINE_DATE(A1:A7, "2026-07-01")']]);
    look.setValues('Sheet1', 'D1', [['=TASK_STATUS(A1:A7, B1:B7, "2026-07-01")']]);
    look.setValues('Sheet1', 'E1', [['=TASK_STATUS(A1:A7, B1:B7, "2026-06-01")']]);
    expect(column(look.values('Sheet1', 'C1:C7'))).toEqual([
      day('2026-06-30'),
      day('2026-07-05'),
      day('2026-09-30'), // the end of the quarter of the report day
      'Thường xuyên',
      '',
      'Chờ hướng dẫn của cấp trên',
      day('2026-03-31'),
    ]);
    expect(column(look.values('Sheet1', 'D1:D7'))).toEqual([
      'Quá hạn',
      'Sắp đến hạn',
      'Chưa thực hiện',
      'Thường xuyên',
      '',
      'Hoàn thành',
      'Hoàn thành',
    ]);
    expect(column(look.values('Sheet1', 'E1:E2'))).toEqual(['Đang thực hiện', 'Chưa thực hiện']);
    // One cell in, one value out; the plan's issue date anchors "… kể từ ngày ban hành"; without
    // a report day a recurring deadline gives its rhythm (no clock is read).
    look.setValues('Sheet1', 'F1:F3', [
      ['=DEADLINE_DATE("Quý II/2026")'],
      ['=DEADLINE_DATE("trong vòng 15 ngày kể từ ngày ban hành", "", "2025-07-07")'],
      ['=DEADLINE_DATE("Hằng quý")'],
    ]);
    expect(column(look.values('Sheet1', 'F1:F3'))).toEqual([
      day('2026-06-30'),
      day('2025-07-22'),
      'Định kỳ hằng quý',
    ]);
  });

  it('TASK_STATUS recomputes when a status or the report day changes', () => {
    const { look } = fresh();
    look.setValues('Sheet1', 'A1:B1', [['Quý II/2026', 'Đang thực hiện']]);
    look.setValues('Sheet1', 'D1', [['2026-07-01']]);
    look.setValues('Sheet1', 'C1', [['=TASK_STATUS(A1, B1, D1)']]);
    expect(look.values('Sheet1', 'C1')).toEqual([['Quá hạn']]);
    look.setValues('Sheet1', 'D1', [['2026-06-28']]);
    expect(look.values('Sheet1', 'C1')).toEqual([['Sắp đến hạn']]);
    look.setValues('Sheet1', 'B1', [['Hoàn thành']]);
    expect(look.values('Sheet1', 'C1')).toEqual([['Hoàn thành']]);
  });

  it('refuses TODAY() as an argument, as Sheets does', () => {
    const { look, rt } = fresh();
    look.setValues('Sheet1', 'A1:B1', [['Quý II/2026', 'Đang thực hiện']]);
    look.setValues('Sheet1', 'C1', [['=TASK_STATUS(A1, B1, TODAY())']]);
    expect(look.values('Sheet1', 'C1')).toEqual([['#ERROR!']]);
    expect(rt.workbook.engine.errorMessageAt({ sheet: 0, row: 0, col: 2 })).toMatch(
      /not allowed to reference a cell with NOW/,
    );
  });

  it('UNIT_NAME reads every spelling, with the default directory or one from a range', () => {
    const { rt, look } = fresh();
    rt.call('scaffoldTemplate', { templateId: 'phu-luc' }); // creates the "Đơn vị" sheet
    look.setValues('Sheet1', 'A1:A4', [
      ['Phòng VH- XH xã'],
      ['Văn phòng HĐND – UBND xã, Công an xã'],
      ['Đội an ninh'],
      ['Các phòng, ban, ngành, đơn vị có liên quan'],
    ]);
    look.setValues('Sheet1', 'B1', [['=UNIT_NAME(A1:A4)']]);
    expect(column(look.values('Sheet1', 'B1:B4'))).toEqual([
      'Phòng Văn hóa - Xã hội',
      'Văn phòng HĐND và UBND; Công an xã',
      'Không rõ đơn vị: Đội an ninh',
      'Các phòng, ban, ngành, đơn vị có liên quan',
    ]);
    // The workbook's directory, passed as a range, knows the alias a commune added.
    const units = look.values('Đơn vị', 'A1:A40').map((r) => r[0]);
    const ca = units.indexOf('Công an xã') + 1;
    look.setValues('Đơn vị', `C${ca}`, [['Công an; Đội an ninh']]);
    look.setValues('Sheet1', 'C1', [["=UNIT_NAME(A1:A4, 'Đơn vị'!A2:C200)"]]);
    expect(column(look.values('Sheet1', 'C1:C3'))).toEqual([
      'Phòng Văn hóa - Xã hội',
      'Văn phòng HĐND và UBND; Công an xã',
      'Công an xã',
    ]);
  });

  it('UNIT_NAME reads every unit spelling of the five seeds to its canonical names', () => {
    const { look } = fresh();
    const lines = readFileSync(
      new URL('../fixtures/units/seed-spellings.tsv', import.meta.url),
      'utf8',
    )
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split('\t'));
    look.setValues(
      'Sheet1',
      `A1:A${lines.length}`,
      lines.map((l) => [l[0] ?? '']),
    );
    look.setValues('Sheet1', 'B1', [[`=UNIT_NAME(A1:A${lines.length})`]]);
    const expected = lines.map((l) => (l[1] ?? '').replace(/\*/g, ''));
    expect(column(look.values('Sheet1', `B1:B${lines.length}`))).toEqual(expected);
  });

  it('reads every deadline the seeds write (deadlines.tsv) from cells, with the issue date', () => {
    const { look } = fresh();
    const rows = readFileSync(
      new URL('../fixtures/appendix/deadlines.tsv', import.meta.url),
      'utf8',
    )
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => l.split('\t'));
    const n = rows.length;
    look.setValues(
      'Sheet1',
      `A1:B${n}`,
      rows.map((r) => [r[0] ?? '', r[1] ?? '']),
    );
    look.setValues(
      'Sheet1',
      `C1:C${n}`,
      rows.map((_, i) => [`=DEADLINE_DATE(A${i + 1}, "2026-07-01", B${i + 1})`]),
    );
    const out = column(look.values('Sheet1', `C1:C${n}`));
    // Recurring deadlines fall due in the period holding today, 01/07/2026, counted by hand.
    const CURRENT: Record<string, string> = {
      'Hàng năm': '2026-12-31',
      'hằng năm': '2026-12-31',
      'Hằng năm': '2026-12-31',
      // Due 31/07/2025, then every year: this year's end.
      'Tháng 7/2025, duy trì hàng năm': '2026-12-31',
      'trước ngày 15 hằng tháng': '2026-07-15',
      'trước ngày 20 hằng tháng': '2026-07-20',
      // Quarter III/2026 ends in September.
      'vào ngày **20 của tháng cuối mỗi quý**': '2026-09-20',
      'trước ngày 20 của tháng cuối quý': '2026-09-20',
      'trước ngày 30 của tháng cuối quý': '2026-09-30',
      'hằng quý (trước ngày 30 của tháng cuối quý)': '2026-09-30',
    };
    rows.forEach(([raw = '', , kind = '', due = '', every = ''], i) => {
      const got = out[i];
      const what = `${raw} → ${String(got)}`;
      if (every !== '') expect(got, what).toEqual(day(CURRENT[raw] ?? 'missing'));
      else if (kind === 'date') expect(got, what).toEqual(day(due));
      else if (kind === 'continuous') expect(got, what).toBe('Thường xuyên');
      else if (kind === 'conditional') expect(got, what).toBe('Chờ hướng dẫn của cấp trên');
      else if (raw === '') expect(got, what).toBe('');
      else
        expect(got, what).toBe(
          'Cần ngày ban hành kế hoạch để tính thời hạn «trong vòng 15 ngày kể từ ngày ban hành»',
        );
    });
  });
});

describe('overdue rows in the scaffolded task tables', () => {
  for (const [id, sheet, due, status, deadline, state] of [
    ['phu-luc', 'Phụ lục I', 'L', 'M', 'F', 'G'],
    ['sau-ro', 'Nhiệm vụ 6 rõ', 'N', 'O', 'H', 'I'],
  ] as const) {
    it(`${id}: Hạn (ngày) and Tình trạng hạn formulas, and a red row rule`, () => {
      const { rt, look } = fresh();
      rt.call('scaffoldTemplate', { templateId: id });
      expect(look.values(sheet, `${due}4:${status}4`)).toEqual([['Hạn (ngày)', 'Tình trạng hạn']]);
      expect(look.formulas(sheet, `${due}5:${status}5`)).toEqual([
        [
          `=DEADLINE_DATE(${deadline}5:${deadline}1000,SAURO_REPORT_DATE)`,
          `=TASK_STATUS(${deadline}5:${deadline}1000,${state}5:${state}1000,SAURO_REPORT_DATE)`,
        ],
      ]);
      look.setValues(sheet, `${deadline}5:${state}6`, [
        ['Quý II/2026', 'Đang thực hiện'],
        ['Quý II/2026', 'Hoàn thành'],
      ]);
      expect(look.values(sheet, `${due}5:${status}6`)).toEqual([
        [day('2026-06-30'), 'Quá hạn'],
        [day('2026-06-30'), 'Hoàn thành'],
      ]);
      expect(look.numberFormats(sheet, `${due}5`)).toEqual([['dd/MM/yyyy']]);
      const rules = look.conditionalFormulas(sheet);
      expect(rules[0]).toEqual({
        values: [`=$${status}5="Quá hạn"`],
        background: '#f4c7c3',
        ranges: [`A5:${status}1000`],
      });
      expect(rules[1]?.values).toEqual([`=$${status}5="Sắp đến hạn"`]);
      // Formula columns are protected (warning only) like every derived column; the two are
      // adjacent, so one protection covers both.
      const formulas = look.protections(sheet).filter((p) => /DEADLINE_DATE/.test(p.description));
      expect(formulas.map((p) => p.range)).toEqual([`${due}5:${status}1000`]);
      expect(formulas[0]?.description).toMatch(/TASK_STATUS/);
      expect(formulas[0]?.warningOnly).toBe(true);
    });
  }
});
