import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToDate, withTimeZone } from '../../src/core/text/calendar.ts';
import type { CellValue } from '../../src/core/sheet/cellArgs.ts';
import {
  deadlineDateFn,
  MISSING_REPORT_DAY,
  taskStatusFn,
} from '../../src/core/deadline/deadlineFunctions.ts';

const TODAY = '2026-05-01';

describe('DEADLINE_DATE', () => {
  it('gives a Date at midnight in Vietnam for one cell', () => {
    expect(deadlineDateFn('Quý II/2026')).toEqual(new Date('2026-06-29T17:00:00Z'));
  });

  it('gives midnight in the spreadsheet zone, whatever the zone', () => {
    for (const [zone, instant] of [
      ['Etc/GMT', '2026-06-30T00:00:00Z'],
      ['Asia/Tokyo', '2026-06-29T15:00:00Z'],
      ['America/New_York', '2026-06-30T04:00:00Z'],
    ] as const) {
      withTimeZone(zone, () => {
        expect(deadlineDateFn('Quý II/2026'), zone).toEqual(new Date(instant));
        // A Date cell at local midnight is that day; the report day picks the quarter.
        expect(deadlineDateFn('Hằng quý', new Date(instant)), zone).toEqual(new Date(instant));
      });
    }
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
    expect(taskStatusFn('Quý I/2026', '', TODAY)).toBe('Quá hạn');
    expect(taskStatusFn('Quý I/2026', 'Hoàn thành', TODAY)).toBe('Hoàn thành');
    expect(taskStatusFn('Quý II/2026', '', '2026-06-25')).toBe('Sắp đến hạn');
    expect(taskStatusFn('Quý II/2026', '', isoToDate('2026-04-01'))).toBe('Chưa thực hiện');
  });

  it('reads no clock: without a report day a row says it is missing', () => {
    expect(taskStatusFn('Quý I/2026', '', undefined)).toBe(MISSING_REPORT_DAY);
    expect(taskStatusFn('', '', undefined)).toBe('');
  });

  it('reads a report-day Date in the spreadsheet zone', () => {
    // Midnight of 1 July 2026 in New York is 04:00 UTC: still 1 July there, not 30 June.
    withTimeZone('America/New_York', () => {
      expect(taskStatusFn('Quý II/2026', '', new Date('2026-07-01T04:00:00Z'))).toBe('Quá hạn');
      expect(taskStatusFn('Quý II/2026', '', new Date('2026-06-30T04:00:00Z'))).toBe('Sắp đến hạn');
    });
  });

  it('broadcasts single values over ranges and leaves blank rows blank', () => {
    const out = taskStatusFn(
      [['Quý I/2026'], [''], ['Thường xuyên'], ['Năm 2026'], ['']],
      [['Đang thực hiện'], [''], [''], ['Đang thực hiện'], ['Hoàn thành']],
      '2026-05-01',
    );
    expect(out).toEqual([['Quá hạn'], [''], ['Thường xuyên'], ['Đang thực hiện'], ['Hoàn thành']]);
  });

  it('reports an unreadable report day instead of throwing', () => {
    expect(taskStatusFn('Năm 2026', '', 'hôm qua')).toBe('Ngày báo cáo không hợp lệ: «hôm qua»');
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
        const out = taskStatusFn(a, b, c);
        if (Array.isArray(a) || Array.isArray(b) || Array.isArray(c))
          expect(Array.isArray(out)).toBe(true);
        deadlineDateFn(a, TODAY);
      }),
      { numRuns: 300 },
    );
  });
});
