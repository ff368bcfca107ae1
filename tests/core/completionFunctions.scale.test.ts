// =COMPLETION_RATE: how a progress range's numbers are read (typed percentages, or a %-formatted
// range whose numbers all lie within 0–1), hand-counted.
import { describe, expect, it } from 'vitest';
import { completionRateFn } from '../../src/core/report/completionFunctions.ts';

describe('completionRateFn progress numbers', () => {
  it('reads typed percentages: 100 is done, 40 is not', () => {
    expect(completionRateFn([['Đang thực hiện'], ['Đang thực hiện']], [[100], [40]])).toBe(0.5);
  });

  it('a range with a number above 1 is typed percentages: 0,5 there is half a percent', () => {
    expect(completionRateFn([['Đang thực hiện'], ['Đang thực hiện']], [[100], [0.5]])).toBe(0.5);
  });

  it('a %-formatted range may hold 0 %: its 1 is still 100 %', () => {
    expect(completionRateFn([['Đang thực hiện'], ['Đang thực hiện']], [[0], [1]])).toBe(0.5);
  });

  it('a range with a negative number is not %-formatted: its 1 is 1 %', () => {
    expect(completionRateFn([['Đang thực hiện'], ['Đang thực hiện']], [[-0.5], [1]])).toBe(0);
  });

  it('reads a plain list of values as one cell each', () => {
    expect(completionRateFn(['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', ''])).toBe(1 / 3);
  });

  it('counts a row with progress but no status, and skips rows blank in both', () => {
    expect(
      completionRateFn([[''], [''], ['Hoàn thành'], ['']], [['50%'], ['100%'], [''], ['']]),
    ).toBe(2 / 3);
  });

  it('says exactly why it gives no rate', () => {
    expect(completionRateFn([['Hoàn thành']], [[1], [1]])).toBe(
      'Vùng trạng thái và vùng tiến độ phải có cùng số ô.',
    );
    expect(completionRateFn([[''], [null]])).toBe('Chưa có dòng nào có trạng thái hoặc tiến độ.');
  });
});
