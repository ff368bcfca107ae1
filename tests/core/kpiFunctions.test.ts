import { describe, expect, it } from 'vitest';
import {
  kpiProgressFn,
  kpiStatusFn,
  kpiTargetFn,
  targetFromCell,
} from '../../src/core/kpi/kpiFunctions.ts';

describe('kpiStatusFn', () => {
  it('works on single cells', () => {
    expect(kpiStatusFn('≥ 60%', 0.7)).toBe('Vượt');
    expect(kpiStatusFn('≥ 60%', '')).toBe('Chưa có số liệu');
    expect(kpiStatusFn('', '')).toBe('');
    expect(kpiStatusFn('', 0.5)).toBe('Không hợp lệ: Chưa nhập chỉ tiêu.');
  });

  it('returns a column for ranges, with blank rows left blank', () => {
    const targets = [['≥ 60%'], [''], ['Có'], ['không quá 5 ngày'], ['']];
    const actuals = [[0.6], [''], ['Không'], [7], [0.3]];
    expect(kpiStatusFn(targets, actuals)).toStrictEqual([
      ['Đạt'],
      [''],
      ['Chưa đạt'],
      ['Chưa đạt'],
      ['Không hợp lệ: Chưa nhập chỉ tiêu.'],
    ]);
  });

  it('broadcasts a single target over a column of actuals', () => {
    expect(kpiStatusFn('≥ 60%', [[0.5], [0.6], [0.9], ['']])).toStrictEqual([
      ['Chưa đạt'],
      ['Đạt'],
      ['Vượt'],
      ['Chưa có số liệu'],
    ]);
  });

  it('pads the shorter range with blanks and reads the first column of wide ranges', () => {
    expect(
      kpiStatusFn(
        [
          ['≥ 1', 'x'],
          ['≥ 2', 'y'],
        ],
        [[1]],
      ),
    ).toStrictEqual([['Đạt'], ['Chưa có số liệu']]);
  });

  it('never throws on strange input', () => {
    const odd: unknown[] = [undefined, null, {}, [], [[]], Number.NaN, new Date(0), () => 1];
    for (const a of odd) {
      for (const b of odd) {
        expect(() => kpiStatusFn(a, b)).not.toThrow();
        expect(() => kpiProgressFn(a, b)).not.toThrow();
      }
      expect(() => kpiTargetFn(a)).not.toThrow();
    }
    expect(kpiStatusFn([], [])).toStrictEqual([['']]);
  });
});

describe('kpiProgressFn', () => {
  it('gives a capped fraction, blank when nothing to measure, the reason when invalid', () => {
    expect(kpiProgressFn('≥ 80%', 0.4)).toBeCloseTo(0.5);
    expect(kpiProgressFn('≥ 80%', 0.9)).toBe(1);
    expect(kpiProgressFn('≥ 80%', '')).toBe('');
    expect(kpiProgressFn('Đúng tiến độ', 'đã xong')).toBe('');
    expect(kpiProgressFn('≥ 80%', 'Đạt')).toMatch(/^Không hợp lệ: /);
    expect(kpiProgressFn([['≥ 80%'], [''], ['Có']], [[0.4], [''], [true]])).toStrictEqual([
      [0.5],
      [''],
      [1],
    ]);
  });
});

describe('kpiTargetFn', () => {
  it('normalizes a cell or a column', () => {
    expect(kpiTargetFn('đạt tối thiểu 90%')).toBe('≥ 90%');
    expect(kpiTargetFn([['≥ 2% GRDP'], [''], ['abc%'], ['01 mô hình']])).toStrictEqual([
      ['≥ 2% (GRDP)'],
      [''],
      ['Không hợp lệ: Chỉ tiêu “abc%” có dấu so sánh hoặc % nhưng thiếu con số.'],
      ['≥ 1 mô hình'],
    ]);
  });

  it('reads numeric target cells: [0, 1] as a % fraction, above 1 without unit', () => {
    expect(kpiTargetFn(0.6)).toBe('≥ 60%');
    expect(kpiTargetFn(1)).toBe('≥ 100%');
    expect(kpiTargetFn(60)).toBe('≥ 60');
    expect(kpiTargetFn(true)).toBe('Có');
    expect(kpiTargetFn(-1)).toBe('Không hợp lệ: Chỉ tiêu là số không hợp lệ.');
  });
});

describe('targetFromCell', () => {
  it('maps a % cell and a plain number', () => {
    expect(targetFromCell(0.25)).toStrictEqual({ kind: 'compare', op: '>=', value: 25, unit: '%' });
    expect(targetFromCell(0.07)).toStrictEqual({ kind: 'compare', op: '>=', value: 7, unit: '%' });
    expect(targetFromCell(5)).toStrictEqual({ kind: 'compare', op: '>=', value: 5, unit: '' });
  });
});
