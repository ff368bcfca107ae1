import { describe, expect, it } from 'vitest';
import { evaluate, KpiStatus, progress } from '../../src/core/kpi/kpiEvaluate.ts';
import { parseTarget } from '../../src/core/kpi/target.ts';

const judge = (target: string, actual: unknown) => evaluate(parseTarget(target), actual);

describe('evaluate: % targets read numbers as fractions or points', () => {
  it.each<[unknown, string]>([
    [0.7, KpiStatus.exceeded], // a cell formatted as % showing 70 %
    [70, KpiStatus.exceeded], // someone typed 70 in a plain cell
    [0.6, KpiStatus.met],
    [60, KpiStatus.met],
    [0.59, KpiStatus.notMet],
    [1, KpiStatus.exceeded], // 1 is 100 %, never 1 %
    [0.5, KpiStatus.notMet], // 0.5 is 50 %, never 0.5 %
    ['70%', KpiStatus.exceeded],
    ['60 %', KpiStatus.met],
    ['59,5 %', KpiStatus.notMet],
    ['0,5%', KpiStatus.notMet], // written with %: 0.5 points
    ['80% (tạm tính)', KpiStatus.exceeded],
    ['0,7', KpiStatus.exceeded], // text without %: same rule as a number
  ])('≥ 60%% with %j → %s', (actual, status) => {
    expect(judge('≥ 60%', actual).status).toBe(status);
  });

  it('compares without rounding noise (0.7 × 100 is not above 70)', () => {
    expect(judge('≥ 70%', 0.7)).toStrictEqual({ status: KpiStatus.met, ratio: 1 });
    expect(judge('100%', 1)).toStrictEqual({ status: KpiStatus.met, ratio: 1 });
  });

  it('gives the uncapped ratio', () => {
    expect(judge('≥ 50%', 0.75).ratio).toBeCloseTo(1.5);
    expect(judge('≥ 80%', '40%').ratio).toBeCloseTo(0.5);
  });
});

describe('evaluate: comparisons', () => {
  it('"trên" (>) is met only past the figure, and then it is Đạt, not Vượt', () => {
    expect(judge('trên 90%', 0.9).status).toBe(KpiStatus.notMet);
    expect(judge('trên 90%', 0.95).status).toBe(KpiStatus.met);
  });

  it('ceilings: lower is better', () => {
    expect(judge('không quá 5 ngày', 5)).toStrictEqual({ status: KpiStatus.met, ratio: 1 });
    expect(judge('không quá 5 ngày', 4)).toStrictEqual({
      status: KpiStatus.exceeded,
      ratio: 1.25,
    });
    expect(judge('không quá 5 ngày', 10)).toStrictEqual({ status: KpiStatus.notMet, ratio: 0.5 });
    expect(judge('dưới 5%', '5%').status).toBe(KpiStatus.notMet);
    expect(judge('dưới 5%', '4%').status).toBe(KpiStatus.met);
    expect(judge('0 vụ', 0)).toStrictEqual({ status: KpiStatus.met, ratio: null });
    expect(judge('0 vụ', 2).status).toBe(KpiStatus.notMet);
  });

  it('equality', () => {
    expect(judge('= 100%', 1).status).toBe(KpiStatus.met);
    expect(judge('= 100%', 0.9).status).toBe(KpiStatus.notMet);
  });

  it('ranges: below is Chưa đạt, inside Đạt, above Vượt', () => {
    expect(judge('60 - 70%', 0.55).status).toBe(KpiStatus.notMet);
    expect(judge('60 - 70%', 0.6).status).toBe(KpiStatus.met);
    expect(judge('60 - 70%', '70%').status).toBe(KpiStatus.met);
    expect(judge('60 - 70%', 75).status).toBe(KpiStatus.exceeded);
  });

  it('a reduction "Giảm 20-25%" is judged on the reduction achieved', () => {
    expect(judge('Giảm 20-25%', '22%').status).toBe(KpiStatus.met);
    expect(judge('Giảm 20-25%', '10%').status).toBe(KpiStatus.notMet);
    expect(judge('Giảm 20-25%', '30%').status).toBe(KpiStatus.exceeded);
  });

  it('counts', () => {
    expect(judge('≥ 01 mô hình', 1).status).toBe(KpiStatus.met);
    expect(judge('≥ 01 mô hình', '2 mô hình').status).toBe(KpiStatus.exceeded);
    expect(judge('≥ 01 mô hình', 0).status).toBe(KpiStatus.notMet);
  });
});

describe('evaluate: yes/no and qualitative targets', () => {
  it.each<[unknown, string]>([
    ['Có', KpiStatus.met],
    ['Đạt', KpiStatus.met],
    ['Hoàn thành', KpiStatus.met],
    [true, KpiStatus.met],
    [1, KpiStatus.met],
    ['100%', KpiStatus.met],
    ['Vượt', KpiStatus.exceeded],
    ['Không', KpiStatus.notMet],
    ['Chưa', KpiStatus.notMet],
    ['Chưa đạt', KpiStatus.notMet],
    [false, KpiStatus.notMet],
    [0, KpiStatus.notMet],
  ])('Có with %j → %s', (actual, status) => {
    expect(judge('Có', actual).status).toBe(status);
  });

  it('a yes/no target refuses other values', () => {
    expect(judge('Có', 'đang làm')).toMatchObject({ status: KpiStatus.invalid });
    expect(judge('Có', 0.5).message).toContain('Có/Không');
  });

  it('a qualitative target needs a person, whose explicit judgement wins', () => {
    const goal = 'Phấn đấu thuộc nhóm trung bình cao';
    expect(judge(goal, 'Xếp thứ 5/20')).toStrictEqual({
      status: KpiStatus.needsReview,
      ratio: null,
    });
    expect(judge(goal, 80).status).toBe(KpiStatus.needsReview);
    expect(judge(goal, 'Đạt').status).toBe(KpiStatus.met);
    expect(judge(goal, 'Vượt').status).toBe(KpiStatus.exceeded);
    expect(judge(goal, 'Chưa đạt').status).toBe(KpiStatus.notMet);
    expect(judge(goal, 'Không đạt').status).toBe(KpiStatus.notMet);
  });
});

describe('evaluate: empty and invalid', () => {
  it.each(['', '   ', null, undefined])('empty actual %j → Chưa có số liệu', (actual) => {
    expect(judge('≥ 60%', actual)).toStrictEqual({ status: KpiStatus.noData, ratio: null });
  });

  it('an invalid target says why', () => {
    expect(judge('', 0.5)).toStrictEqual({
      status: KpiStatus.invalid,
      ratio: null,
      message: 'Chưa nhập chỉ tiêu.',
    });
  });

  it.each<[unknown, string]>([
    ['chưa có', 'cần số liệu'],
    ['Đạt', 'cần số liệu'],
    ['khoảng bảy mươi', 'cần số liệu'],
    [new Date(2026, 0, 1), 'ngày tháng'],
    [Number.NaN, 'không phải số'],
    [-5, 'số âm'],
    ['-5%', 'số âm'],
    [[1, 2], 'một ô'],
  ])('unreadable actual %j', (actual, message) => {
    const r = judge('≥ 60%', actual);
    expect(r.status).toBe(KpiStatus.invalid);
    expect(r.message).toContain(message);
  });

  it('refuses a % actual for a target counted in another unit', () => {
    expect(judge('≥ 2 mô hình', '50%').message).toContain('mô hình');
  });
});

describe('progress', () => {
  it('is capped at 1 when met or exceeded', () => {
    expect(progress(parseTarget('≥ 50%'), 0.9)).toBe(1);
    expect(progress(parseTarget('≥ 50%'), 0.5)).toBe(1);
  });

  it('is the share reached when not met, never 100 %', () => {
    expect(progress(parseTarget('≥ 80%'), 0.4)).toBeCloseTo(0.5);
    expect(progress(parseTarget('trên 90%'), 0.9)).toBe(0.99);
    expect(progress(parseTarget('không quá 5 ngày'), 10)).toBeCloseTo(0.5);
    expect(progress(parseTarget('Có'), 'Không')).toBe(0);
  });

  it('is null when there is nothing to measure', () => {
    expect(progress(parseTarget('≥ 50%'), '')).toBeNull();
    expect(progress(parseTarget('Đúng tiến độ'), 'xong')).toBeNull();
    expect(progress(parseTarget(''), 1)).toBeNull();
  });
});
