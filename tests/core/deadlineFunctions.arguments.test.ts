// DEADLINE_DATE and TASK_STATUS with the arguments a sheet may pass: a Date cell with a time, an
// invalid Date, the words for each rhythm, an unreadable report day, a working calendar with an
// office day off, and a shorter "sắp đến hạn" window. Working days are counted by hand on the 2026
// calendar (30/04 and 01/05 are public holidays).
import { describe, expect, it } from 'vitest';
import { deadlineDateFn, taskStatusFn } from '../../src/core/deadline/deadlineFunctions.ts';
import { workingCalendar } from '../../src/core/deadline/holidays.ts';
import { isoToDate } from '../../src/core/text/calendar.ts';

/** The office also rests on Tuesday 05/05/2026. */
const officeCalendar = () => workingCalendar([{ day: '2026-05-05', kind: 'off', note: 'Nghỉ bù' }]);

describe('DEADLINE_DATE', () => {
  it('a Date cell typed with a time (08:30 on 15/03/2026) is that day', () => {
    expect(deadlineDateFn(new Date('2026-03-15T01:30:00Z'))).toEqual(isoToDate('2026-03-15'));
  });

  it.each([
    ['Hằng tháng', 'Định kỳ hằng tháng'],
    ['6 tháng một lần', 'Định kỳ 6 tháng'],
    ['Hằng năm', 'Định kỳ hằng năm'],
  ])('"%s" without a report day names its rhythm: %s', (text, label) => {
    expect(deadlineDateFn(text)).toBe(label);
  });

  it('an unreadable report day is named', () => {
    expect(deadlineDateFn('Năm 2026', 'hôm qua')).toBe('Ngày báo cáo không hợp lệ: «hôm qua»');
  });

  it('"trong 5 ngày làm việc" from Monday 27/04/2026 is 06/05, or 07/05 when the office rests on 05/05', () => {
    expect(deadlineDateFn('trong 5 ngày làm việc', undefined, '2026-04-27')).toEqual(
      isoToDate('2026-05-06'),
    );
    expect(
      deadlineDateFn('trong 5 ngày làm việc', undefined, '2026-04-27', officeCalendar()),
    ).toEqual(isoToDate('2026-05-07'));
  });

  it('"3 ngày làm việc trước ngày 08/05/2026" is 05/05, or 04/05 with the office calendar and no issue date', () => {
    const text = 'chậm nhất 3 ngày làm việc trước ngày 08/05/2026';
    expect(deadlineDateFn(text)).toEqual(isoToDate('2026-05-05'));
    expect(deadlineDateFn(text, undefined, undefined, officeCalendar())).toEqual(
      isoToDate('2026-05-04'),
    );
  });
});

describe('TASK_STATUS', () => {
  it('without a report day, the cell says which argument is missing', () => {
    expect(taskStatusFn('Quý I/2026', '', '')).toBe(
      'Thiếu ngày báo cáo (đối số asOf, ví dụ SAURO_REPORT_DATE)',
    );
  });

  it('a report day that is not a real day is named', () => {
    expect(taskStatusFn('Năm 2026', '', '31/02/2026')).toBe(
      'Ngày báo cáo không hợp lệ: «31/02/2026»',
    );
  });

  it('"sắp đến hạn" within 7 days by default, within the days given otherwise', () => {
    // Quý II/2026 is due on 30/06.
    expect(taskStatusFn('Quý II/2026', '', '2026-06-23')).toBe('Sắp đến hạn');
    expect(taskStatusFn('Quý II/2026', '', '2026-06-22')).toBe('Chưa thực hiện');
    expect(taskStatusFn('Quý II/2026', '', '2026-06-27', 3)).toBe('Sắp đến hạn');
    expect(taskStatusFn('Quý II/2026', '', '2026-06-26', 3)).toBe('Chưa thực hiện');
  });

  it('a deadline cell holding an invalid Date has no clear deadline', () => {
    expect(taskStatusFn(new Date(Number.NaN), 'Đang thực hiện', '2026-03-20')).toBe(
      'Không rõ thời hạn',
    );
  });
});
