import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellDay } from '../../src/core/text/calendar.ts';
import {
  currentPeriod,
  formatPeriod,
  isLate,
  makePeriod,
  nextPeriod,
  parsePeriod,
  parseSubmissionRule,
  periodContaining,
  periodLabel,
  previousPeriod,
  submissionDeadline,
  type Rhythm,
} from '../../src/core/report/period.ts';
import { period, rule } from '../helpers/reportCore.ts';

describe('parsePeriod / formatPeriod', () => {
  it('reads the canonical forms', () => {
    expect(period('2026-05')).toEqual({
      rhythm: 'month',
      year: 2026,
      index: 5,
      start: '2026-05-01',
      end: '2026-05-31',
    });
    expect(period('2026-Q2')).toMatchObject({ start: '2026-04-01', end: '2026-06-30' });
    expect(period('2026-q4')).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
    expect(period('2026-H1')).toMatchObject({ start: '2026-01-01', end: '2026-06-30' });
    expect(period('2026')).toMatchObject({
      rhythm: 'year',
      start: '2026-01-01',
      end: '2026-12-31',
    });
    expect(period('2028-02')).toMatchObject({ end: '2028-02-29' });
  });

  it('reads the Vietnamese forms of the seeds', () => {
    expect(formatPeriod(period('Quý I/2026'))).toBe('2026-Q1');
    expect(formatPeriod(period('Quý IV năm 2026'))).toBe('2026-Q4');
    expect(formatPeriod(period('Tháng 7/2025'))).toBe('2025-07');
    expect(formatPeriod(period('6 tháng đầu năm 2026'))).toBe('2026-H1');
    expect(formatPeriod(period('Năm 2025'))).toBe('2025');
  });

  it('rejects what is not a period, in Vietnamese', () => {
    for (const bad of ['2026-13', '2026-Q5', '2026-H3', 'Quý V/2026', 'tháng này', '', '26-05']) {
      const r = parsePeriod(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/Kỳ báo cáo/);
    }
  });

  it('round-trips every period', () => {
    const rhythms: Rhythm[] = ['month', 'quarter', 'half', 'year'];
    const count = { month: 12, quarter: 4, half: 2, year: 1 };
    fc.assert(
      fc.property(
        fc.constantFrom(...rhythms),
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        (rhythm, year, i) => {
          const p = makePeriod(rhythm, year, ((i - 1) % count[rhythm]) + 1);
          expect(period(formatPeriod(p))).toEqual(p);
          expect(period(periodLabel(p))).toEqual(p);
          expect(previousPeriod(nextPeriod(p))).toEqual(p);
          expect(periodContaining(p.start, rhythm)).toEqual(p);
          expect(periodContaining(p.end, rhythm)).toEqual(p);
        },
      ),
    );
  });

  it('labels periods the Vietnamese way', () => {
    expect(periodLabel(period('2026-Q2'))).toBe('Quý II/2026');
    expect(periodLabel(period('2026-05'))).toBe('Tháng 5/2026');
    expect(periodLabel(period('2026-H2'))).toBe('6 tháng cuối năm 2026');
  });
});

describe('periodContaining / previousPeriod / currentPeriod', () => {
  it('finds the period of a day', () => {
    expect(formatPeriod(periodContaining('2026-05-14', 'quarter'))).toBe('2026-Q2');
    expect(formatPeriod(periodContaining('2026-07-01', 'half'))).toBe('2026-H2');
  });

  it('steps back across years', () => {
    expect(formatPeriod(previousPeriod(period('2026-01')))).toBe('2025-12');
    expect(formatPeriod(previousPeriod(period('2026-Q1')))).toBe('2025-Q4');
    expect(formatPeriod(previousPeriod(period('2026')))).toBe('2025');
  });

  it('reads a Date at local midnight in Vietnam (UTC+7)', () => {
    // 01/04/2026 00:00 in Hà Nội = 31/03/2026 17:00 UTC: still Q2 in Vietnam.
    const d = new Date(Date.UTC(2026, 2, 31, 17, 0));
    expect(cellDay(d)).toBe('2026-04-01');
    expect(formatPeriod(currentPeriod(d, 'quarter'))).toBe('2026-Q2');
    expect(formatPeriod(currentPeriod('2026-03-31', 'quarter'))).toBe('2026-Q1');
  });

  it('cellDay reads the day formats of cells', () => {
    expect(cellDay('15/12/2026')).toBe('2026-12-15');
    expect(cellDay('2026-12-15T08:30')).toBe('2026-12-15');
    expect(cellDay('31/02/2026')).toBeNull();
    expect(cellDay(42)).toBeNull();
  });
});

describe('parseSubmissionRule / submissionDeadline (all seeds)', () => {
  it('seed 000 (Cổ Đô): units by the 20th of the last month of each quarter', () => {
    const r = rule('vào ngày **20 của tháng cuối mỗi quý**');
    expect(r).toEqual({ day: 20, month: 'last', before: false, rhythm: 'quarter' });
    expect(submissionDeadline(period('2026-Q2'), r)).toBe('2026-06-20');
    expect(submissionDeadline(period('2026-Q4'), r)).toBe('2026-12-20');
  });

  it('seed 000: the coordinator summarises before the 30th (quarterly) and 15/12 (yearly)', () => {
    const quarterly = rule('báo cáo sơ kết định kỳ hằng quý (trước ngày 30 của tháng cuối quý)');
    expect(quarterly).toEqual({ day: 30, month: 'last', before: true, rhythm: 'quarter' });
    expect(submissionDeadline(period('2026-Q1'), quarterly)).toBe('2026-03-29');
    const yearly = rule('báo cáo tổng kết cuối năm (trước ngày 15/12/2026)');
    expect(yearly).toEqual({ day: 15, month: 12, before: true, rhythm: 'year' });
    expect(submissionDeadline(period('2026'), yearly)).toBe('2026-12-14');
    expect(submissionDeadline(period('2026'), rule('ngày 15/12'))).toBe('2026-12-15');
  });

  it('seed 002 (Phong Thổ) and 003 (Đa Kia): before the 15th of every month', () => {
    const r002 = rule('báo cáo Sở Khoa học và Công nghệ tỉnh Lai Châu trước ngày 15 hằng tháng');
    const r003 = rule('gửi Phòng Văn hóa - Xã hội tổng hợp trước ngày 15 hằng tháng.');
    expect(r002).toEqual({ day: 15, month: 'last', before: true, rhythm: 'month' });
    expect(r003).toEqual(r002);
    // "trước ngày 15": the 15th is already late, so the last day on time is the 14th.
    expect(submissionDeadline(period('2026-05'), r003)).toBe('2026-05-14');
    expect(submissionDeadline(period('2026-01'), r003)).toBe('2026-01-14');
    // Seed 003's coordinator: "báo cáo UBND xã trước ngày 20 hằng tháng".
    expect(submissionDeadline(period('2026-05'), rule('trước ngày 20 hằng tháng'))).toBe(
      '2026-05-19',
    );
  });

  it('seed 004 (Cỏ Lễ): before the 20th of the last month of the quarter', () => {
    const r = rule('định kỳ trước ngày 20 của tháng cuối quý báo cáo kết quả');
    expect(r).toEqual({ day: 20, month: 'last', before: true, rhythm: 'quarter' });
    expect(submissionDeadline(period('2026-Q3'), r)).toBe('2026-09-19');
  });

  it('reads "chậm nhất", "tháng sau kỳ" and clamps to the month end', () => {
    expect(submissionDeadline(period('2026-05'), rule('chậm nhất ngày 20'))).toBe('2026-05-20');
    const after = rule('ngày 10 tháng sau kỳ');
    expect(after).toEqual({ day: 10, month: 'next', before: false, rhythm: undefined });
    expect(submissionDeadline(period('2026-Q4'), after)).toBe('2027-01-10');
    expect(submissionDeadline(period('2026-02'), rule('ngày 31 hằng tháng'))).toBe('2026-02-28');
    expect(submissionDeadline(period('2026-03'), rule('trước ngày 1 tháng sau kỳ'))).toBe(
      '2026-03-31',
    );
  });

  it('rejects text without a day', () => {
    for (const bad of ['hằng tháng', 'ngày 40 hằng tháng', 'ngày 15/13', '']) {
      const r = parseSubmissionRule(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/hạn nộp/);
    }
  });

  it('isLate compares the stamp day with the deadline', () => {
    expect(isLate('2026-06-20T23:59', '2026-06-20')).toBe(false);
    expect(isLate('2026-06-21T00:01', '2026-06-20')).toBe(true);
  });
});
