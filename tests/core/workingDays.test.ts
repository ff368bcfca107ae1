import { describe, expect, it } from 'vitest';
import { dueDate, parseDeadline } from '../../src/core/deadline/deadline.ts';
import {
  holidaySummary,
  vietnamHolidays,
  workingCalendar,
  type DayOverride,
} from '../../src/core/deadline/holidays.ts';
import {
  addWorkingDays,
  nearestWorkingDay,
  subtractWorkingDays,
} from '../../src/core/deadline/workingDays.ts';

const days = (year: number) => vietnamHolidays(year).map((h) => h.day);

describe('Vietnam’s default holidays', () => {
  it('2026: Tết 16–20/02 (lunar New Year 17/02), Giỗ Tổ on Sunday 26/04 with Monday off', () => {
    expect(days(2026)).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-02',
      '2026-09-03',
    ]);
    expect(vietnamHolidays(2026).find((h) => h.day === '2026-04-27')?.name).toBe(
      'Nghỉ bù Giỗ Tổ Hùng Vương',
    );
  });

  it('2027: Tết 05–09/02 with Saturday and Sunday given back on 10 and 11/02', () => {
    const tet = vietnamHolidays(2027).filter((h) => h.name.includes('Tết Nguyên Đán'));
    expect(tet.map((h) => h.day)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
  });

  it('2/9 takes the day that joins the weekend (2023: Friday 1/9, and Monday 4/9 back)', () => {
    expect(days(2023).filter((d) => d >= '2023-08-31')).toEqual([
      '2023-09-01',
      '2023-09-02',
      '2023-09-04',
    ]);
    expect(days(2025).filter((d) => d >= '2025-08-31')).toEqual(['2025-09-01', '2025-09-02']);
    expect(days(2021).filter((d) => d >= '2021-08-31')).toEqual(['2021-09-02', '2021-09-03']);
  });

  it('30/4 and 1/5 on a weekend give Monday and Tuesday off (2022)', () => {
    expect(days(2022).filter((d) => d >= '2022-04-29' && d <= '2022-05-31')).toEqual([
      '2022-04-30',
      '2022-05-01',
      '2022-05-02',
      '2022-05-03',
    ]);
  });

  it('summarises a year for the "Ngày nghỉ" sheet', () => {
    expect(holidaySummary(workingCalendar(), 2026)).toBe(
      '01/01 Tết Dương lịch; 16/02–20/02 Tết Nguyên Đán; 26/04 Giỗ Tổ Hùng Vương; 27/04 Nghỉ bù Giỗ Tổ Hùng Vương; 30/04 Ngày Chiến thắng; 01/05 Ngày Quốc tế Lao động; 02/09–03/09 Quốc khánh',
    );
  });
});

describe('working-day deadlines', () => {
  it('"trong 5 ngày làm việc" from Monday 27/04/2026 skips 30/04–01/05 and the weekend', () => {
    // 28, 29 | 30/4, 1/5 holidays | 2, 3 weekend | 4, 5, 6 → Wednesday 06/05.
    expect(parseDeadline('trong 5 ngày làm việc', { issued: '2026-04-27' })).toEqual({
      kind: 'date',
      due: '2026-05-06',
      raw: 'trong 5 ngày làm việc',
    });
    expect(
      parseDeadline('trong 05 ngày làm việc kể từ ngày nhận được văn bản', {
        issued: '2026-04-27',
      }),
    ).toMatchObject({ due: '2026-05-06' });
  });

  it('"trong 3 ngày làm việc" from Friday 13/02/2026 skips Tết 2026', () => {
    // 14–15 weekend | 16–20 Tết | 21–22 weekend | 23, 24, 25.
    expect(parseDeadline('trong 3 ngày làm việc', { issued: '2026-02-13' })).toMatchObject({
      kind: 'date',
      due: '2026-02-25',
    });
    expect(addWorkingDays('2026-02-13', 3, workingCalendar([]))).toBe('2026-02-25');
  });

  it('across Tết 2027 (05–11/02 with the weekend given back)', () => {
    // Thursday 04/02/2027 + 2: Friday 5 … Thursday 11 are off → 12/02, 15/02.
    expect(
      parseDeadline('2 ngày làm việc kể từ ngày ban hành', { issued: '2027-02-04' }),
    ).toMatchObject({ due: '2027-02-15' });
  });

  it('from a written day, and before a written day', () => {
    expect(parseDeadline('10 ngày làm việc kể từ ngày 15/6/2026')).toMatchObject({
      kind: 'date',
      due: '2026-06-29',
    });
    // 20/06/2026 is a Saturday: Friday 19 (1), Thursday 18 (2), Wednesday 17 (3).
    expect(parseDeadline('chậm nhất 03 ngày làm việc trước ngày 20/6/2026')).toMatchObject({
      kind: 'date',
      due: '2026-06-17',
    });
  });

  it('before a recurring day: "chậm nhất 03 ngày làm việc trước ngày 20 của tháng cuối quý"', () => {
    const d = parseDeadline('chậm nhất 03 ngày làm việc trước ngày 20 của tháng cuối quý');
    expect(d).toMatchObject({ kind: 'recurring', every: 'quarter', day: 20, workingDaysBefore: 3 });
    expect(dueDate(d, '2026-05-10')).toBe('2026-06-17');
    // Q3/2026: 20/09 is a Sunday → Friday 18 (1), Thursday 17 (2), Wednesday 16 (3).
    expect(dueDate(d, '2026-08-01')).toBe('2026-09-16');
  });

  it('needs the issue date when counted from the plan or from receiving it', () => {
    const d = parseDeadline('trong 5 ngày làm việc');
    expect(d.kind).toBe('invalid');
    expect(d.kind === 'invalid' && d.message).toContain('Cần ngày ban hành');
  });

  it('honours the office’s "Ngày nghỉ": an announced day off and a Saturday worked in exchange', () => {
    // 2025: Friday 02/05 off, Saturday 26/04 worked instead (the government's swap).
    const overrides: DayOverride[] = [
      { day: '2025-05-02', kind: 'off', note: 'Nghỉ hoán đổi' },
      { day: '2025-04-26', kind: 'work', note: 'Làm bù cho 02/05' },
    ];
    const cal = workingCalendar(overrides);
    // Thursday 24/04 + 3: Friday 25 (1), Saturday 26 worked (2), Monday 28 (3).
    expect(
      parseDeadline('3 ngày làm việc kể từ ngày ký', { issued: '2025-04-24', calendar: cal }),
    ).toMatchObject({
      due: '2025-04-28',
    });
    // Tuesday 29/04 + 2: 30/4, 1/5 holidays, 2/5 off, weekend → Monday 5 (1), Tuesday 6 (2).
    expect(addWorkingDays('2025-04-29', 2, cal)).toBe('2025-05-06');
    expect(addWorkingDays('2025-04-29', 2)).toBe('2025-05-05');
    expect(cal.dayOff('2025-05-02')).toBe('Nghỉ hoán đổi');
    expect(cal.dayOff('2025-04-26')).toBeNull();
  });

  it('steps to the nearest working day in either direction', () => {
    expect(nearestWorkingDay('2026-02-15', 1)).toBe('2026-02-23');
    expect(nearestWorkingDay('2026-02-15', -1)).toBe('2026-02-13');
    expect(subtractWorkingDays('2026-02-23', 1)).toBe('2026-02-13');
    expect(nearestWorkingDay('2026-02-12', 1)).toBe('2026-02-12');
  });
});
