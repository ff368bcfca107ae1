// "Lũy kế từ đầu năm" (README, part III of "Báo cáo kỳ"): counts add up, a rate or a target that
// is not a number takes the latest result, a Có/Không target is Có once any period said Có.
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/core/kpi/target.ts';
import { yearToDate, yearToDateRule } from '../../src/core/report/yearToDate.ts';

describe('yearToDateRule', () => {
  it('adds counts, including a range of counts; keeps the latest of a rate or a text', () => {
    expect(yearToDateRule(parseTarget('20-25 mô hình'))).toBe('sum');
    expect(yearToDateRule(parseTarget('≥ 2 mô hình'))).toBe('sum');
    expect(yearToDateRule(parseTarget('80-90%'))).toBe('latest');
    expect(yearToDateRule(parseTarget('≥ 80%'))).toBe('latest');
    expect(yearToDateRule(parseTarget('Ban hành quy chế'))).toBe('latest');
    expect(yearToDateRule(parseTarget('Có'))).toBe('any');
  });
});

describe('yearToDate', () => {
  it('a Có/Không target stays Có once a period said Có, even if a later one says Không', () => {
    expect(yearToDate(parseTarget('Có'), ['Có', 'Không'])).toBe('Có');
    expect(yearToDate(parseTarget('Hoàn thành trước 30/6'), ['Không', '', 'Không'])).toBe('Không');
  });

  it('a Có/Không target with nothing readable has no year-to-date value', () => {
    expect(yearToDate(parseTarget('Có'), ['đang làm'])).toBeNull();
  });

  it('adds the counts of a range target over the quarters', () => {
    // Q1: 8, Q2: 7 (typed with its unit), Q3: 6 → 21 models so far.
    expect(yearToDate(parseTarget('20-25 mô hình'), [8, '7 mô hình', 6])).toBe(21);
  });

  it('skips a result that is not a number when adding, and gives none when all are words', () => {
    expect(yearToDate(parseTarget('≥ 2 mô hình'), ['chưa có số liệu', 2])).toBe(2);
    expect(yearToDate(parseTarget('≥ 2 mô hình'), ['chưa có số liệu'])).toBeNull();
  });

  it('adds decimals without float noise', () => {
    // 0,1 + 0,2 km of road = 0,3 km (not 0.30000000000000004).
    expect(yearToDate(parseTarget('≥ 1 km'), [0.1, 0.2])).toBe(0.3);
  });

  it('takes the latest result of a rate or a range of rates, as typed', () => {
    expect(yearToDate(parseTarget('≥ 80%'), [70, 85])).toBe(85);
    expect(yearToDate(parseTarget('80-90%'), ['75%', '82%'])).toBe('82%');
  });

  it('takes the latest result of a text target, not a sum', () => {
    expect(yearToDate(parseTarget('Ban hành quy chế'), ['Đang dự thảo', 'Đạt'])).toBe('Đạt');
  });

  it('skips blank, null, missing and space-only results of later periods', () => {
    expect(yearToDate(parseTarget('≥ 80%'), ['70%', ''])).toBe('70%');
    expect(yearToDate(parseTarget('≥ 80%'), ['70%', '   '])).toBe('70%');
    expect(yearToDate(parseTarget('≥ 80%'), ['70%', null])).toBe('70%');
    expect(yearToDate(parseTarget('≥ 80%'), ['70%', undefined])).toBe('70%');
  });

  it('has no value when every period is blank', () => {
    expect(yearToDate(parseTarget('≥ 80%'), ['', null, '  '])).toBeNull();
    expect(yearToDate(parseTarget('Ban hành quy chế'), [])).toBeNull();
  });
});

describe('yearToDate of a result Sheets holds as a date or a checkbox', () => {
  it('shows the latest date as the cell does (dd/mm/yyyy), not as a JavaScript date', () => {
    // "15/6/2026" typed in a Kết quả cell becomes a Date at midnight in Vietnam (17:00 UTC the day before).
    const typed = new Date(Date.UTC(2026, 5, 14, 17, 0));
    expect(yearToDate(parseTarget('Ban hành quy chế'), ['Đang dự thảo', typed])).toBe('15/06/2026');
  });

  it('shows a ticked checkbox as TRUE, as the sheet does', () => {
    expect(yearToDate(parseTarget('Ban hành quy chế'), [false, true])).toBe('TRUE');
  });
});
