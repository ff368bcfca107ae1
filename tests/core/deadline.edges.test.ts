// The edges of the deadline grammar a unit meets: impossible days and why, a first due day that
// then recurs, yearly days at the ends of the month, counts from the issue date, and words that a
// PDF copy runs together. Every expected day is counted by hand on the calendar.
import { describe, expect, it } from 'vitest';
import { dueDate, parseDeadline } from '../../src/core/deadline/deadline.ts';
import { workingCalendar } from '../../src/core/deadline/holidays.ts';

const badDay = (raw: string, why: string) => ({
  kind: 'invalid',
  message: `Ngày tháng không hợp lệ: «${raw}»: ${why}`,
  raw,
});

describe('an impossible day says what is wrong with it', () => {
  it.each([
    ['ngày 15 tháng 13 năm 2026', 'không có tháng 13'],
    ['Tháng 0/2026', 'không có tháng 0'],
    ['ngày 0/6/2026', 'không có ngày 0'],
    ['31/6/2026', 'tháng 6/2026 chỉ có 30 ngày'],
    ['29/02/2026', 'tháng 2/2026 chỉ có 28 ngày'],
    // A slipped digit in the year.
    ['Tháng 6/1026', 'năm 1026 không đọc được'],
  ])('%s: %s', (raw, why) => {
    expect(parseDeadline(raw)).toStrictEqual(badDay(raw, why));
  });

  it.each([
    ['ngày 0/6 hằng năm', 'không có ngày 0'],
    ['ngày 31/4 hằng năm', 'tháng 4 chỉ có 30 ngày'],
    ['tháng 13 hằng năm', 'không có tháng 13'],
  ])('every year on %s: %s', (raw, why) => {
    expect(parseDeadline(raw)).toStrictEqual(badDay(raw, why));
  });

  it.each(['Quý5/2026', 'Quý VI/2026', 'Quý 12/2026'])('%s: a year has four quarters', (raw) => {
    expect(parseDeadline(raw)).toStrictEqual({
      kind: 'invalid',
      message: `Quý không hợp lệ trong «${raw}»: một năm chỉ có 4 quý (Quý I đến Quý IV)`,
      raw,
    });
  });
});

describe('a yearly day at the ends of the month', () => {
  it.each([
    ['Trước ngày 31/12 hằng năm', 12, 31],
    ['ngày 1/6 hằng năm', 6, 1],
    ['ngày 29/02 hằng năm', 2, 29],
    ['Trước 15/12 hằng năm', 12, 15],
  ])('%s → every year on %i/%i', (raw, month, day) => {
    expect(parseDeadline(raw)).toStrictEqual({ kind: 'recurring', every: 'year', month, day, raw });
  });

  it('a month alone recurs at its end, with no day', () => {
    const d = parseDeadline('Tháng 12 hằng năm');
    expect(d).toStrictEqual({
      kind: 'recurring',
      every: 'year',
      month: 12,
      raw: 'Tháng 12 hằng năm',
    });
    expect(dueDate(d, '2027-03-01')).toBe('2027-12-31');
  });

  it('from the year written: nothing is due the year before', () => {
    const raw = 'Trước ngày 15/12 hằng năm, bắt đầu từ năm 2026';
    const d = parseDeadline(raw);
    expect(d).toStrictEqual({
      kind: 'recurring',
      every: 'year',
      from: '2026-01-01',
      month: 12,
      day: 15,
      raw,
    });
    expect(dueDate(d, '2025-06-01')).toBe('2026-12-15');
    expect(dueDate(d, '2027-06-01')).toBe('2027-12-15');
  });
});

describe('a first due day, then a rhythm', () => {
  it.each([
    ['Quý II/2026, sau đó hằng quý', {}, '2026-06-30', 'quarter'],
    ['15/9/2026, sau đó hằng tháng', {}, '2026-09-15', 'month'],
    ['15 tháng 9 năm 2026, sau đó hằng quý', {}, '2026-09-15', 'quarter'],
    ['09/2026, sau đó hằng tháng', {}, '2026-09-30', 'month'],
    ['Tháng 9, sau đó hằng quý', { year: 2026 }, '2026-09-30', 'quarter'],
    ['Ngày 15/9, sau đó hằng quý', { year: 2026 }, '2026-09-15', 'quarter'],
  ])('%s → first due %s, then every %s', (raw, opts, due, every) => {
    expect(parseDeadline(raw, opts)).toStrictEqual({ kind: 'date', due, every, raw });
  });

  it('once the first day has passed, the current period is due', () => {
    const d = parseDeadline('Quý II/2026, sau đó hằng quý');
    expect(dueDate(d, '2026-06-30')).toBe('2026-06-30');
    expect(dueDate(d, '2026-07-01')).toBe('2026-09-30');
    expect(dueDate(d, '2026-11-10')).toBe('2026-12-31');
  });
});

describe('working days before a day written without its year', () => {
  it('takes the plan’s year for the day counted from', () => {
    // 15/12/2026 is a Tuesday: Monday 14 (1), Friday 11 (2), Thursday 10 (3).
    expect(
      parseDeadline('chậm nhất 3 ngày làm việc trước ngày 15/12', { year: 2026 }),
    ).toStrictEqual({
      kind: 'date',
      due: '2026-12-10',
      raw: 'chậm nhất 3 ngày làm việc trước ngày 15/12',
    });
  });

  it('a recurring day counts back over the office’s own days off', () => {
    const d = parseDeadline('chậm nhất 03 ngày làm việc trước ngày 20 của tháng cuối quý');
    // 20/06/2026 is a Saturday: Friday 19 (1), Thursday 18 (2), Wednesday 17 (3).
    expect(dueDate(d, '2026-05-10')).toBe('2026-06-17');
    // With Thursday 18 off: Friday 19 (1), Wednesday 17 (2), Tuesday 16 (3).
    const cal = workingCalendar([{ day: '2026-06-18', kind: 'off', note: 'Nghỉ theo lịch xã' }]);
    expect(dueDate(d, '2026-05-10', cal)).toBe('2026-06-16');
  });
});

describe('counted from the issue date', () => {
  it.each([
    ['15 ngày sau khi kế hoạch được ban hành', '2026-03-17'],
    ['10 ngày sau ban hành', '2026-03-12'],
    ['2 tuần kể từ ngày ký', '2026-03-16'],
    ['1 tháng kể từ ngày phê duyệt', '2026-04-02'],
  ])('%s, issued Monday 02/03/2026 → %s', (raw, due) => {
    expect(parseDeadline(raw, { issued: '2026-03-02' })).toStrictEqual({ kind: 'date', due, raw });
  });
});

describe('several months, and a two-digit month in words', () => {
  it.each([
    ['Tháng 11, 12/2026', '2026-12-31'],
    ['tháng 7,8/2025', '2025-08-31'],
    ['15 tháng 12 năm 2026', '2026-12-15'],
  ])('%s → %s', (raw, due) => {
    expect(parseDeadline(raw)).toStrictEqual({ kind: 'date', due, raw });
  });
});

// A PDF copy often drops the space between two words. Each wording reads the same without it.
describe('words a PDF copy runs together', () => {
  it.each([
    ['15tháng 6 năm 2026', '2026-06-15'],
    ['15 tháng6 năm 2026', '2026-06-15'],
    ['15 tháng 6năm 2026', '2026-06-15'],
    ['15 tháng 6 năm2026', '2026-06-15'],
    ['6 thángđầu năm 2026', '2026-06-30'],
    ['nửađầu năm 2026', '2026-06-30'],
    ['6 tháng đầunăm 2026', '2026-06-30'],
    ['6 tháng cuối năm2026', '2026-12-31'],
    ['cuốinăm 2026', '2026-12-31'],
  ])('%s → %s', (raw, due) => {
    expect(parseDeadline(raw)).toStrictEqual({ kind: 'date', due, raw });
  });

  it.each([
    ['ngày 15tháng 12', '2026-12-15'],
    ['ngày 15 tháng12', '2026-12-15'],
    ['cuốinăm', '2026-12-31'],
  ])('%s in a plan of 2026 → %s', (raw, due) => {
    expect(parseDeadline(raw, { year: 2026 })).toStrictEqual({ kind: 'date', due, raw });
  });

  it.each([
    ['15 ngàykể từ ngày ban hành', '2026-03-17'],
    ['15 ngày kể từ ngàyban hành', '2026-03-17'],
    ['15 ngày sau khiban hành', '2026-03-17'],
    ['15 ngày kể từ khi ban hành', '2026-03-17'],
    ['15 ngày kể từ khiban hành', '2026-03-17'],
    ['15 ngày sau khi kế hoạchđược ban hành', '2026-03-17'],
    ['15 ngày sau khi kế hoạch đượcban hành', '2026-03-17'],
  ])('%s, issued 02/03/2026 → %s', (raw, due) => {
    expect(parseDeadline(raw, { issued: '2026-03-02' })).toStrictEqual({ kind: 'date', due, raw });
  });

  it.each([
    ['Hằngtháng', 'month'],
    ['định kỳtháng', 'month'],
    ['Hằngquý', 'quarter'],
    ['cuốiquý', 'quarter'],
    ['cuối củaquý', 'quarter'],
    ['định kỳquý', 'quarter'],
    ['6tháng 1 lần', 'half'],
    ['6 tháng1 lần', 'half'],
    ['6 tháng 1lần', 'half'],
    ['hằng6 tháng', 'half'],
    ['mỗi 6tháng', 'half'],
    ['Hằngnăm', 'year'],
    ['định kỳnăm', 'year'],
  ])('%s recurs every %s', (raw, every) => {
    expect(parseDeadline(raw)).toStrictEqual({ kind: 'recurring', every, raw });
  });

  it.each([
    ['Khi cóvăn bản', 'conditional'],
    ['Theohướng dẫn', 'conditional'],
    ['Hằngngày', 'continuous'],
    ['Suốtnăm', 'continuous'],
  ])('%s is %s', (raw, kind) => {
    expect(parseDeadline(raw)).toStrictEqual({ kind, raw });
  });
});
