import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { completionRateFn } from '../../src/core/report/completionFunctions.ts';

describe('completionRateFn (COMPLETION_RATE)', () => {
  it('counts "Hoàn thành" rows over non-blank rows', () => {
    const statuses = [['Hoàn thành'], ['Đang thực hiện'], [''], ['hoan thanh'], ['Chưa thực hiện']];
    // 2 done of 4 non-blank rows.
    expect(completionRateFn(statuses)).toBe(0.5);
  });

  it('counts progress 100% as done, whatever the status says', () => {
    const statuses = [['Đang thực hiện'], [''], ['Chưa thực hiện']];
    const progress = [[1], ['100%'], [0.3]];
    // Row 1: 100 % (a %-formatted 1). Row 2: blank status but "100%". Row 3: 30 %. → 2 / 3.
    expect(completionRateFn(statuses, progress)).toBeCloseTo(2 / 3, 10);
  });

  it('works on a single cell', () => {
    expect(completionRateFn('Hoàn thành')).toBe(1);
    expect(completionRateFn('Đang thực hiện')).toBe(0);
  });

  it('returns a Vietnamese message instead of throwing', () => {
    expect(completionRateFn([[''], ['']])).toMatch(/Chưa có dòng/);
    expect(completionRateFn([['Hoàn thành']], [[1], [1]])).toMatch(/cùng số ô/);
    expect(completionRateFn(undefined)).toMatch(/Chưa có dòng/);
  });

  it('never throws and stays within 0–1', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.anything(), { nil: undefined }), (a, b) => {
        const r = completionRateFn(a, b);
        if (typeof r === 'number') {
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(1);
        } else expect(typeof r).toBe('string');
      }),
    );
  });
});

describe('completionRateFn progress scale', () => {
  it('reads a range of plain numbers as typed percentages', () => {
    // 1 here is 1 %, not 100 %, because the range also holds 100 and 40.
    expect(completionRateFn([['a'], ['b'], ['c']], [[100], [40], [1]])).toBeCloseTo(1 / 3, 10);
  });
});
