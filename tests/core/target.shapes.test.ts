// Shapes of a figure in a target cell: a count out of a whole, a signed decrease, a range written
// several ways, a number in words, a number that is a year, a document or a code, a long unit.
// Each expectation is read by hand (docs/KPI.md).
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/core/kpi/target.ts';
import { normalizeTarget } from '../../src/core/kpi/targetWrite.ts';

const canonical = (cell: string) => normalizeTarget(parseTarget(cell));

describe('a count out of a whole', () => {
  it('with thousands in both numbers', () => {
    expect(parseTarget('1.000/1.200 hộ')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 1000,
      unit: 'hộ',
      of: 1200,
    });
  });

  it('none out of a whole is at most none', () => {
    expect(canonical('0/15 thôn')).toBe('≤ 0/15 thôn');
  });

  it.each(['16/15 thôn', '12/2026 thôn'])(
    '%s is no count (more than the whole, or a month): a person judges it',
    (cell) => {
      expect(parseTarget(cell)).toStrictEqual({ kind: 'qualitative', text: cell });
    },
  );
});

describe('a signed decrease', () => {
  it.each(['−5%', '(-5%)'])('%s is a decrease of 5 %%', (cell) => {
    expect(canonical(cell)).toBe('Giảm 5%');
  });
});

describe('a range, however it is written', () => {
  it.each([
    ['20 - 25 %', '20–25%'],
    ['20% - 25%', '20–25%'],
    ['20 ~ 25%', '20–25%'],
    ['1,5-2,5%', '1,5–2,5%'],
    ['20 đến 25 hộ', '20–25 hộ'],
    ['từ 20% đến 25', '20–25%'],
    ['20%-25 hộ', '20–25% (hộ)'],
  ])('%s → %s', (cell, text) => {
    expect(canonical(cell)).toBe(text);
  });
});

describe('a range written backwards says so', () => {
  it.each(['10-5%', '25-20%'])('%s', (cell) => {
    expect(parseTarget(cell)).toStrictEqual({
      kind: 'invalid',
      message: `Khoảng giá trị bị ngược trong “${cell}”: số đầu lớn hơn số sau.`,
    });
  });
});

describe('"trở lên", "trở xuống" after the unit', () => {
  it.each([
    ['3 ngày trở xuống', '≤ 3 ngày'],
    ['80%trở lên', '≥ 80%'],
  ])('%s → %s', (cell, text) => {
    expect(canonical(cell)).toBe(text);
  });
});

describe('a number in words needs a comparison word and a unit', () => {
  it.each([
    ['tối thiểu hai mô hình', '≥ 2 mô hình'],
    ['ít nhất ba thôn', '≥ 3 thôn'],
  ])('%s → %s', (cell, text) => {
    expect(canonical(cell)).toBe(text);
  });

  it.each(['hai mô hình', 'tối thiểu hai', 'tối thiểu năm 2026'])('%s is for a person', (cell) => {
    expect(parseTarget(cell)).toStrictEqual({ kind: 'qualitative', text: cell });
  });
});

describe('a number that is not a target', () => {
  it.each([
    'Quyết định 15 hộ',
    'số 5 hộ',
    'giai đoạn 2026',
    'A-12 hộ',
    '12-A hộ',
    '57-NQ',
    '4G',
    'H5',
  ])('%s: a document, a year or a code', (cell) => {
    expect(parseTarget(cell)).toStrictEqual({ kind: 'qualitative', text: cell });
  });

  it('a figure after "giai đoạn" is still a figure', () => {
    expect(canonical('giai đoạn 6,5%')).toBe('≥ 6,5% (giai đoạn)');
  });
});

describe('which figure a cell is about', () => {
  it('a figure with a % beats a bare count before it', () => {
    expect(canonical('5 thôn đạt 90%')).toBe('≥ 90% (5 thôn)');
  });
});

describe('units', () => {
  it('a unit per place stays whole', () => {
    expect(canonical('01 mô hình/thôn')).toBe('≥ 1 mô hình/thôn');
  });

  it('a unit longer than five words is cut at its first comma; the rest is a note', () => {
    expect(parseTarget('02 câu lạc bộ, nhóm sở thích công nghệ số cộng đồng')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 2,
      unit: 'câu lạc bộ',
      note: 'nhóm sở thích công nghệ số cộng đồng',
    });
  });
});
