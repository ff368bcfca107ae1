// Which target a cell means when it holds more than one figure, and the unit a target gets from
// the table's "Đơn vị tính" column. Each expectation is read by hand from the wording.
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/core/kpi/target.ts';
import { applyMeasureUnit, normalizeTarget, targetUnit } from '../../src/core/kpi/targetWrite.ts';

describe('a cell with two figures', () => {
  it('the figure outside parentheses wins over the one inside, before or after it', () => {
    const expected = { kind: 'compare', op: '>=', value: 70, unit: '%', note: '≥ 50%' };
    expect(parseTarget('đạt 70% (≥ 50%)')).toStrictEqual(expected);
    expect(parseTarget('(≥ 50%) đạt 70%')).toStrictEqual(expected);
  });

  it('a figure with a comparison wins over a bare one', () => {
    expect(parseTarget('80% (trong đó 50% có chữ ký số)')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 80,
      unit: '%',
      note: 'trong đó 50% có chữ ký số',
    });
  });

  it('of two figures alike, the first wins and the second is kept as a note', () => {
    expect(parseTarget('≥80% số hộ; 100% thôn')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 80,
      unit: '%',
      note: 'số hộ; 100% thôn',
    });
  });

  it('a year in the wording is context, not the target', () => {
    expect(parseTarget('Tăng 10% so với năm 2025')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 10,
      unit: '%',
      note: 'tăng so với năm 2025',
    });
  });
});

describe('comparisons as written', () => {
  it.each([
    ['không quá 5 ngày', '<=', 5, 'ngày'],
    ['tối đa 3 ngày', '<=', 3, 'ngày'],
    ['dưới 3%', '<', 3, '%'],
    ['< 5%', '<', 5, '%'],
    ['trên 90%', '>', 90, '%'],
    ['hơn 10 mô hình', '>', 10, 'mô hình'],
    ['= 100%', '=', 100, '%'],
    ['không dưới 80%', '>=', 80, '%'],
    ['Đạt tối thiểu 90%', '>=', 90, '%'],
    ['01 mô hình', '>=', 1, 'mô hình'],
    ['1.000 người', '>=', 1000, 'người'],
    ['1,5%', '>=', 1.5, '%'],
    ['80 phần trăm', '>=', 80, '%'],
    ['0 vụ', '<=', 0, 'vụ'],
  ])('%s', (text, op, value, unit) => {
    expect(parseTarget(text)).toStrictEqual({ kind: 'compare', op, value, unit });
  });

  it('a range with decimals', () => {
    expect(parseTarget('2,5 - 3,5 %')).toStrictEqual({
      kind: 'range',
      min: 2.5,
      max: 3.5,
      unit: '%',
    });
  });

  it('a range written backwards is refused, quoting the cell', () => {
    expect(parseTarget('25-20%')).toStrictEqual({
      kind: 'invalid',
      message: 'Khoảng giá trị bị ngược trong “25-20%”: số đầu lớn hơn số sau.',
    });
  });
});

describe('yes/no, for a person, and unreadable', () => {
  it.each(['Có', 'x', '✓', '✔'])('"%s" is a bare yes', (text) => {
    expect(parseTarget(text)).toStrictEqual({ kind: 'yesno' });
  });

  it.each(['Đạt chuẩn', 'Đã hoàn thành', 'Có triển khai ứng dụng', 'Hoàn thành'])(
    '"%s" is a yes with its words kept',
    (text) => {
      expect(parseTarget(text)).toStrictEqual({ kind: 'yesno', note: text });
    },
  );

  it('a long goal, or one that compares, is for a person to judge', () => {
    for (const text of [
      'Hoàn thành trước tháng 6 năm 2026 cho các thôn, bản',
      'Đạt mức trên trung bình',
      'Có nhiều sáng kiến được ghi nhận ở cấp tỉnh',
    ])
      expect(parseTarget(text)).toStrictEqual({ kind: 'qualitative', text });
  });

  it('says why a cell cannot be read', () => {
    expect(parseTarget('')).toStrictEqual({ kind: 'invalid', message: 'Chưa nhập chỉ tiêu.' });
    expect(parseTarget('≥ %')).toStrictEqual({
      kind: 'invalid',
      message: 'Chỉ tiêu “≥ %” không có chữ hay con số nào đọc được.',
    });
    expect(parseTarget('≥ đa số %')).toStrictEqual({
      kind: 'invalid',
      message: 'Chỉ tiêu “≥ đa số %” có dấu so sánh hoặc % nhưng thiếu con số.',
    });
  });

  it('quotes a long cell cut to 60 characters', () => {
    const long = `≥ ${'chỉ tiêu rất dài '.repeat(5)}%`;
    expect(parseTarget(long)).toStrictEqual({
      kind: 'invalid',
      message: `Chỉ tiêu “${long.slice(0, 57)}…” có dấu so sánh hoặc % nhưng thiếu con số.`,
    });
  });
});

describe('the table’s "Đơn vị tính" column', () => {
  it('gives its unit to a range written without one', () => {
    expect(applyMeasureUnit(parseTarget('20-25'), 'Hộ')).toStrictEqual({
      kind: 'range',
      min: 20,
      max: 25,
      unit: 'Hộ',
    });
  });

  it('"%" and "phần trăm" become "%"; "% số hộ" stays as written', () => {
    expect(applyMeasureUnit(parseTarget('≥ 80'), 'phần trăm')).toMatchObject({ unit: '%' });
    expect(applyMeasureUnit(parseTarget('≥ 80'), 'Phần trăm')).toMatchObject({ unit: '%' });
    expect(applyMeasureUnit(parseTarget('≥ 80'), ' % ')).toMatchObject({ unit: '%' });
    expect(applyMeasureUnit(parseTarget('≥ 80'), '% số hộ')).toMatchObject({ unit: '% số hộ' });
    expect(applyMeasureUnit(parseTarget('≥ 80'), 'phần trăm số hộ')).toMatchObject({
      unit: 'phần trăm số hộ',
    });
  });

  it('a unit written in the target wins; a blank column or a yes/no changes nothing', () => {
    expect(applyMeasureUnit(parseTarget('≥ 80 hộ'), '%')).toMatchObject({ unit: 'hộ' });
    expect(applyMeasureUnit(parseTarget('≥ 80'), ' ')).toMatchObject({ unit: '' });
    expect(applyMeasureUnit(parseTarget('Có'), '%')).toStrictEqual({ kind: 'yesno' });
  });

  it('targetUnit gives the unit of a measurable target only', () => {
    expect(targetUnit(parseTarget('Giảm 20-25%'))).toBe('%');
    expect(targetUnit(parseTarget('≥ 3 lớp'))).toBe('lớp');
    expect(targetUnit(parseTarget('Đạt chuẩn'))).toBe('');
  });
});

describe('written back in one canonical form', () => {
  it.each([
    ['Tối thiểu 60%', '≥ 60%'],
    ['không quá 5 ngày', '≤ 5 ngày'],
    ['trên 90% văn bản', '> 90% (văn bản)'],
    ['dưới 3%', '< 3%'],
    ['= 100%', '= 100%'],
    // A reduction is written as one, never as a bare figure that reads "at least".
    ['Giảm 20-25%', 'Giảm 20–25%'],
    ['12.000 người', '≥ 12.000 người'],
    ['Có', 'Có'],
    ['Đạt chuẩn', 'Đạt chuẩn'],
    ['Phấn đấu thuộc nhóm trung bình cao', 'Phấn đấu thuộc nhóm trung bình cao'],
    ['', 'Chưa nhập chỉ tiêu.'],
  ])('%s → %s', (text, canonical) => {
    expect(normalizeTarget(parseTarget(text))).toBe(canonical);
  });
});
