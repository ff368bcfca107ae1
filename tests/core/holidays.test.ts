// The working calendar with the office's "Ngày nghỉ" sheet on top of the default holidays: the
// list and the one-line summary the sheet shows, and why a day is not worked. 2025 by hand: Tết is
// 28/01 (the last day of the lunar year) to 01/02, a Saturday given back on Monday 03/02; Giỗ Tổ is
// 07/04; 02/09 is a Tuesday, so 01/09 joins the weekend.
import { describe, expect, it } from 'vitest';
import { holidaySummary, workingCalendar } from '../../src/core/deadline/holidays.ts';

/** An office that works on 01/01, rests on 10/03 (no note) and swaps two Fridays off. */
const office = () =>
  workingCalendar([
    { day: '2025-05-02', kind: 'off', note: 'Nghỉ hoán đổi' },
    { day: '2025-05-05', kind: 'off', note: 'Nghỉ hoán đổi' },
    { day: '2025-04-26', kind: 'work', note: 'Làm bù cho 02/05' },
    { day: '2025-01-01', kind: 'work', note: '' },
    { day: '2025-03-10', kind: 'off', note: '' },
    { day: '2026-03-10', kind: 'off', note: 'Năm sau' },
  ]);

describe("a year's days off with the office's sheet", () => {
  it('in order of day: a worked holiday removed, added days in place, other years left out', () => {
    expect(office().holidays(2025)).toStrictEqual([
      { day: '2025-01-28', name: 'Tết Nguyên Đán' },
      { day: '2025-01-29', name: 'Tết Nguyên Đán' },
      { day: '2025-01-30', name: 'Tết Nguyên Đán' },
      { day: '2025-01-31', name: 'Tết Nguyên Đán' },
      { day: '2025-02-01', name: 'Tết Nguyên Đán' },
      { day: '2025-02-03', name: 'Nghỉ bù Tết Nguyên Đán' },
      { day: '2025-03-10', name: 'Ngày nghỉ' },
      { day: '2025-04-07', name: 'Giỗ Tổ Hùng Vương' },
      { day: '2025-04-30', name: 'Ngày Chiến thắng' },
      { day: '2025-05-01', name: 'Ngày Quốc tế Lao động' },
      { day: '2025-05-02', name: 'Nghỉ hoán đổi' },
      { day: '2025-05-05', name: 'Nghỉ hoán đổi' },
      { day: '2025-09-01', name: 'Quốc khánh' },
      { day: '2025-09-02', name: 'Quốc khánh' },
    ]);
  });

  it('the summary joins only consecutive days of one name', () => {
    expect(holidaySummary(office(), 2025)).toBe(
      '28/01–01/02 Tết Nguyên Đán; 03/02 Nghỉ bù Tết Nguyên Đán; 10/03 Ngày nghỉ; 07/04 Giỗ Tổ Hùng Vương; 30/04 Ngày Chiến thắng; 01/05 Ngày Quốc tế Lao động; 02/05 Nghỉ hoán đổi; 05/05 Nghỉ hoán đổi; 01/09–02/09 Quốc khánh',
    );
  });
});

describe('why a day is not worked', () => {
  it.each([
    ['2025-03-10', 'Ngày nghỉ'],
    ['2025-05-02', 'Nghỉ hoán đổi'],
    ['2025-05-03', 'Thứ Bảy'],
    ['2025-05-04', 'Chủ nhật'],
    ['2025-04-07', 'Giỗ Tổ Hùng Vương'],
  ])('%s: %s', (day, reason) => {
    const cal = office();
    expect(cal.dayOff(day)).toBe(reason);
    expect(cal.isWorkingDay(day)).toBe(false);
  });

  it.each(['2025-01-01', '2025-04-26', '2025-05-06'])('%s is worked', (day) => {
    const cal = office();
    expect(cal.dayOff(day)).toBeNull();
    expect(cal.isWorkingDay(day)).toBe(true);
  });
});
