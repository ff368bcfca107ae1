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

describe('target cells that are not a target', () => {
  it('a number cell: 0 (0 % shown) is a ceiling of 0 %, 1.5 a bare figure', () => {
    expect(kpiTargetFn(0)).toBe('≤ 0%');
    expect(targetFromCell(0)).toStrictEqual({ kind: 'compare', op: '<=', value: 0, unit: '%' });
    expect(kpiTargetFn(1.5)).toBe('≥ 1,5');
    expect(targetFromCell(1.5)).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 1.5,
      unit: '',
    });
  });

  it('refuses a number that is no figure, a date, and anything else with the reason', () => {
    const badNumber = { kind: 'invalid', message: 'Chỉ tiêu là số không hợp lệ.' };
    expect(targetFromCell(Number.NaN)).toStrictEqual(badNumber);
    expect(targetFromCell(Number.POSITIVE_INFINITY)).toStrictEqual(badNumber);
    expect(targetFromCell(-0.1)).toStrictEqual(badNumber);
    expect(kpiTargetFn(-0.1)).toBe('Không hợp lệ: Chỉ tiêu là số không hợp lệ.');
    // NaN reads as a blank cell (cellText.ts): KPI_TARGET leaves it blank.
    expect(kpiTargetFn(Number.NaN)).toBe('');
    expect(kpiTargetFn(new Date(2026, 0, 1))).toBe(
      'Không hợp lệ: Ô chỉ tiêu đang là ngày tháng, không phải chỉ tiêu.',
    );
    expect(kpiTargetFn(false)).toBe('Không hợp lệ: Không đọc được chỉ tiêu trong ô này.');
    expect(targetFromCell({})).toStrictEqual({
      kind: 'invalid',
      message: 'Không đọc được chỉ tiêu trong ô này.',
    });
  });

  it('an empty target cell is "not entered yet", blank in KPI_TARGET', () => {
    const missing = { kind: 'invalid', message: 'Chưa nhập chỉ tiêu.' };
    expect(targetFromCell(null)).toStrictEqual(missing);
    expect(targetFromCell(undefined)).toStrictEqual(missing);
    expect(targetFromCell('')).toStrictEqual(missing);
    expect(kpiTargetFn('')).toBe('');
    expect(kpiTargetFn(null)).toBe('');
    expect(kpiTargetFn([['≥ 60%'], [null], ['   ']])).toStrictEqual([['≥ 60%'], [''], ['']]);
  });
});

describe('KPI_STATUS and KPI_PROGRESS row by row', () => {
  it('a row is blank only when both its target and its result are blank', () => {
    expect(kpiStatusFn('≥ 60%', '')).toBe('Chưa có số liệu');
    expect(kpiStatusFn('', 0.5)).toBe('Không hợp lệ: Chưa nhập chỉ tiêu.');
    expect(kpiProgressFn('', '')).toBe('');
    expect(kpiProgressFn('', 0.5)).toBe('Không hợp lệ: Chưa nhập chỉ tiêu.');
    expect(kpiProgressFn('≥ 60%', '')).toBe('');
  });

  it('gives the reason of a result it cannot read, as status and as progress', () => {
    const why =
      'Không hợp lệ: Chỉ tiêu “≥ 80%” cần số liệu (ví dụ 75%), không đọc được “chưa tổng hợp”.';
    expect(kpiStatusFn('≥ 80%', 'chưa tổng hợp')).toBe(why);
    expect(kpiProgressFn('≥ 80%', 'chưa tổng hợp')).toBe(why);
  });

  it('reads a target cell formatted as %: 0.6 is ≥ 60 %', () => {
    expect(kpiStatusFn(0.6, 0.7)).toBe('Vượt');
    expect(kpiStatusFn(0.6, 0.6)).toBe('Đạt');
    expect(kpiProgressFn(0.8, 0.4)).toBe(0.5);
  });
});
