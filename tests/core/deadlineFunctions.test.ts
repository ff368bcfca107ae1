import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToDate } from '../../src/core/text/calendar.ts';
import type { CellValue } from '../../src/core/sheet/cellArgs.ts';
import { deadlineDateFn, taskStatusFn } from '../../src/core/deadline/deadlineFunctions.ts';

const TODAY = '2026-05-01';

describe('DEADLINE_DATE', () => {
  it('gives a Date at midnight in Vietnam for one cell', () => {
    expect(deadlineDateFn('Quý II/2026')).toEqual(isoToDate('2026-06-30'));
  });

  it('gives a column for a range, with blanks and reasons', () => {
    const out = deadlineDateFn(
      [
        ['Năm 2026'],
        [''],
        ['Thường xuyên'],
        ['Khi có văn bản của cấp trên'],
        ['xyz'],
        ['Hằng quý'],
      ],
      TODAY,
    );
    expect(out).toEqual([
      [isoToDate('2026-12-31')],
      [''],
      ['Thường xuyên'],
      ['Chờ hướng dẫn của cấp trên'],
      ['Không hiểu thời hạn «xyz»'],
      [isoToDate('2026-06-30')],
    ]);
  });

  it('names the rhythm of a recurring deadline when no day is given to pick a period', () => {
    expect(deadlineDateFn('Hằng quý')).toBe('Định kỳ hằng quý');
  });

  it('keeps a Date cell as its day, and uses the issue date when given', () => {
    const d = isoToDate('2026-03-15');
    expect(deadlineDateFn(d)).toEqual(d);
    expect(deadlineDateFn('ngày 15/12', undefined, '2025-07-07')).toEqual(isoToDate('2025-12-15'));
  });
});

describe('TASK_STATUS', () => {
  it('works on single cells', () => {
    expect(taskStatusFn('Quý I/2026', '', undefined, TODAY)).toBe('Quá hạn');
    expect(taskStatusFn('Quý I/2026', 'Hoàn thành', '', TODAY)).toBe('Hoàn thành');
    expect(taskStatusFn('Quý II/2026', '', '2026-06-25', TODAY)).toBe('Sắp đến hạn');
    expect(taskStatusFn('Quý II/2026', '', isoToDate('2026-04-01'), TODAY)).toBe('Chưa thực hiện');
  });

  it('broadcasts single values over ranges and leaves blank rows blank', () => {
    const out = taskStatusFn(
      [['Quý I/2026'], [''], ['Thường xuyên'], ['Năm 2026'], ['']],
      [['Đang thực hiện'], [''], [''], ['Đang thực hiện'], ['Hoàn thành']],
      '2026-05-01',
      '2000-01-01',
    );
    expect(out).toEqual([['Quá hạn'], [''], ['Thường xuyên'], ['Đang thực hiện'], ['Hoàn thành']]);
  });

  it('reports an unreadable report day instead of throwing', () => {
    expect(taskStatusFn('Năm 2026', '', 'hôm qua', TODAY)).toBe(
      'Ngày báo cáo không hợp lệ: «hôm qua»',
    );
  });
});

describe('DEADLINE_DATE and TASK_STATUS over ranges', () => {
  it('never throws on any argument shape', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ noInvalidDate: false }),
    ) as fc.Arbitrary<CellValue>;
    const arg = fc.oneof(cell, fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 5 }));
    fc.assert(
      fc.property(arg, arg, arg, (a, b, c) => {
        const out = taskStatusFn(a, b, c, TODAY);
        if (Array.isArray(a) || Array.isArray(b) || Array.isArray(c))
          expect(Array.isArray(out)).toBe(true);
        deadlineDateFn(a, TODAY);
      }),
      { numRuns: 300 },
    );
  });
});
