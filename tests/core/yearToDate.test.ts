import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/core/kpi/target.ts';
import { planIdentity } from '../../src/core/report/planIdentity.ts';
import { yearToDate, yearToDateRule } from '../../src/core/report/yearToDate.ts';

describe('yearToDate ("Lũy kế từ đầu năm")', () => {
  it('adds counts, keeps the latest rate, and says Có once any period did', () => {
    expect(yearToDateRule(parseTarget('≥ 2 mô hình'))).toBe('sum');
    expect(yearToDate(parseTarget('≥ 2 mô hình'), [1, '', '2 mô hình'])).toBe(3);
    expect(yearToDate(parseTarget('≥ 80%'), ['70%', 0.85, '90%'])).toBe('90%');
    expect(yearToDate(parseTarget('Có'), ['Không', 'Có'])).toBe('Có');
    expect(yearToDate(parseTarget('Có'), ['Không'])).toBe('Không');
    expect(yearToDate(parseTarget('≥ 2'), ['', null])).toBeNull();
  });
});

describe('planIdentity', () => {
  it('reads the commune and the plan number above a task table; placeholders are unknown', () => {
    expect(
      planIdentity([
        ['PHỤ LỤC I'],
        ['Kèm theo Kế hoạch số 03/KH-UBND ngày 07/07/2025 của UBND xã Cẩm Giàng'],
        ['Xã: Cẩm Giàng'],
      ]),
    ).toEqual({ commune: 'Cẩm Giàng', planNumber: '03/KH-UBND', planDate: '07/07/2025' });
    expect(
      planIdentity([
        ['Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm … của UBND xã …'],
        ['Xã: …'],
      ]),
    ).toEqual({});
  });
});
