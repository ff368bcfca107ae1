import { describe, expect, it } from 'vitest';
import { applyMeasureUnit, normalizeTarget } from '../../src/core/kpi/targetWrite.ts';
import { parseTarget } from '../../src/core/kpi/target.ts';
import type { Target } from '../../src/core/kpi/targetTypes.ts';
import {
  formatVietnameseNumber,
  fractionToPercent,
  parseSignedNumber,
  parseVietnameseNumber,
  readNumberWord,
} from '../../src/core/text/number.ts';

const atLeast = (value: number, unit = '%', note?: string): Target =>
  note === undefined
    ? { kind: 'compare', op: '>=', value, unit }
    : { kind: 'compare', op: '>=', value, unit, note };

describe('parseVietnameseNumber', () => {
  it.each([
    ['2,5', 2.5],
    ['1.000', 1000],
    ['1.000.000', 1_000_000],
    ['1.000,5', 1000.5],
    ['1,000.5', 1000.5],
    ['01', 1],
    ['0.7', 0.7],
    ['2.50', 2.5],
    ['0.700', 0.7],
    ['1,000', 1], // a single comma is always decimal (Vietnamese), so "1,000" is 1
    ['1,000,000', 1_000_000],
    ['100', 100],
  ])('%s → %s', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '1.2.3', '1,2,3', '1.000,5.5', '12345678901234567', '-5', '5%'])(
    'refuses %j',
    (text) => {
      expect(parseVietnameseNumber(text)).toBeNull();
    },
  );

  it('writes numbers back the Vietnamese way', () => {
    expect(formatVietnameseNumber(2.5)).toBe('2,5');
    expect(formatVietnameseNumber(1000)).toBe('1000');
    expect(formatVietnameseNumber(10000)).toBe('10.000');
    expect(formatVietnameseNumber(1234567.25)).toBe('1.234.567,25');
    expect(formatVietnameseNumber(1e-7)).toBe('0,0000001');
  });

  it('reads number words', () => {
    expect(readNumberWord('một')).toBe(1);
    expect(readNumberWord('Mười')).toBe(10);
    expect(readNumberWord('trăm')).toBeNull();
  });
});

describe('parseSignedNumber', () => {
  it('reads Vietnamese and English separators', () => {
    expect(parseSignedNumber('70,5')).toBe(70.5);
    expect(parseSignedNumber('70.5')).toBe(70.5);
    expect(parseSignedNumber('1.234,5')).toBe(1234.5);
    expect(parseSignedNumber('1,234.5')).toBe(1234.5);
    expect(parseSignedNumber('1.500')).toBe(1500);
    expect(parseSignedNumber('1.234.567')).toBe(1234567);
    expect(parseSignedNumber('0.500')).toBe(0.5);
    expect(parseSignedNumber('abc')).toBeNull();
    expect(parseSignedNumber('1.2.3')).toBeNull();
  });

  it('takes a sign and spaces', () => {
    expect(parseSignedNumber(' - 1 000,5')).toBe(-1000.5);
    expect(parseSignedNumber('+5')).toBe(5);
  });

  it('turns a fraction into percent points without float noise', () => {
    expect(fractionToPercent(0.07)).toBe(7);
    expect(fractionToPercent(0.7)).toBe(70);
  });
});

describe('parseTarget: wordings from the plans', () => {
  it.each<[string, Target]>([
    ['≥ 60%', atLeast(60)],
    ['100%', atLeast(100)],
    ['≥ 01', atLeast(1, '')],
    ['≥01', atLeast(1, '')],
    ['≥ 2% GRDP', atLeast(2, '%', 'GRDP')],
    ['$\\geq 10\\%$', atLeast(10)],
    ['$\\ge 10\\,\\%$', atLeast(10)],
    ['$\\leq 5\\%$', { kind: 'compare', op: '<=', value: 5, unit: '%' }],
    ['$\\le 5$ ngày', { kind: 'compare', op: '<=', value: 5, unit: 'ngày' }],
    ['tối thiểu 60%', atLeast(60)],
    ['đạt tối thiểu 90%', atLeast(90)],
    ['trên 90%', { kind: 'compare', op: '>', value: 90, unit: '%' }],
    ['hơn 90%', { kind: 'compare', op: '>', value: 90, unit: '%' }],
    ['phấn đấu 50%', atLeast(50)],
    ['ít nhất 2 mô hình', atLeast(2, 'mô hình')],
    ['không dưới 80%', atLeast(80)],
    ['dưới 5%', { kind: 'compare', op: '<', value: 5, unit: '%' }],
    ['xuống dưới 5%', { kind: 'compare', op: '<', value: 5, unit: '%' }],
    ['giảm xuống dưới 5%', { kind: 'compare', op: '<', value: 5, unit: '%' }],
    ['giảm xuống 3%', { kind: 'compare', op: '<=', value: 3, unit: '%' }],
    ['không quá 3 ngày', { kind: 'compare', op: '<=', value: 3, unit: 'ngày' }],
    ['tối đa 10 ngày', { kind: 'compare', op: '<=', value: 10, unit: 'ngày' }],
    ['từ 60% đến 70%', { kind: 'range', min: 60, max: 70, unit: '%' }],
    ['60 - 70%', { kind: 'range', min: 60, max: 70, unit: '%' }],
    ['60–70%', { kind: 'range', min: 60, max: 70, unit: '%' }],
    ['khuyến khích 85%', atLeast(85)],
    ['2,5%', atLeast(2.5)],
    ['1.000 người', atLeast(1000, 'người')],
    ['01 mô hình', atLeast(1, 'mô hình')],
    ['01 tài khoản', atLeast(1, 'tài khoản')],
    ['10 Mb/s', atLeast(10, 'Mb/s')],
    ['trên 01 Gb/s', { kind: 'compare', op: '>', value: 1, unit: 'Gb/s' }],
    ['01Gb/s', atLeast(1, 'Gb/s')],
    ['05 ngày', atLeast(5, 'ngày')],
    ['02 sáng kiến', atLeast(2, 'sáng kiến')],
    ['05 xã, phường, thị trấn', atLeast(5, 'xã, phường, thị trấn')],
    ['90% .', atLeast(90)],
    ['  90 %  ', atLeast(90)],
    ['>= 70%', atLeast(70)],
    ['=> 70%', atLeast(70)],
    ['≧ 70%', atLeast(70)],
    ['>70%', { kind: 'compare', op: '>', value: 70, unit: '%' }],
    ['≤ 5%', { kind: 'compare', op: '<=', value: 5, unit: '%' }],
    ['<= 5%', { kind: 'compare', op: '<=', value: 5, unit: '%' }],
    ['< 5%', { kind: 'compare', op: '<', value: 5, unit: '%' }],
    ['= 100%', { kind: 'compare', op: '=', value: 100, unit: '%' }],
    ['từ 80% trở lên', atLeast(80)],
    ['5 ngày trở xuống', { kind: 'compare', op: '<=', value: 5, unit: 'ngày' }],
    ['ít nhất một mô hình', atLeast(1, 'mô hình')],
    ['0 vụ', { kind: 'compare', op: '<=', value: 0, unit: 'vụ' }],
    ['100% hồ sơ tại UBND cấp xã', atLeast(100, '%', 'hồ sơ tại UBND cấp xã')],
    ['100% (trừ hồ sơ mật)', atLeast(100, '%', 'trừ hồ sơ mật')],
    ['01 đến 02 sáng kiến, mô hình', { kind: 'range', min: 1, max: 2, unit: 'sáng kiến, mô hình' }],
    ['Có', { kind: 'yesno' }],
    ['có.', { kind: 'yesno' }],
    ['x', { kind: 'yesno' }],
    ['Đạt', { kind: 'yesno', note: 'Đạt' }],
    ['Hoàn thành', { kind: 'yesno', note: 'Hoàn thành' }],
    ['Có triển khai', { kind: 'yesno', note: 'Có triển khai' }],
    [
      'Phần đầu thuộc nhóm trung bình cao',
      { kind: 'qualitative', text: 'Phần đầu thuộc nhóm trung bình cao' },
    ],
    [
      'Phấn đấu thuộc nhóm trung bình cao',
      { kind: 'qualitative', text: 'Phấn đấu thuộc nhóm trung bình cao' },
    ],
    ['Quý II/2026', { kind: 'qualitative', text: 'Quý II/2026' }],
    ['Đúng Nghị quyết 57', { kind: 'qualitative', text: 'Đúng Nghị quyết 57' }],
  ])('%j', (text, expected) => {
    expect(parseTarget(text)).toStrictEqual(expected);
  });

  it('reads a reduction "Giảm 20-25%" as a range of the reduction, noted "giảm"', () => {
    expect(parseTarget('Giảm 20-25%')).toStrictEqual({
      kind: 'range',
      min: 20,
      max: 25,
      unit: '%',
      note: 'giảm',
    });
    expect(parseTarget('Giảm 20% thời gian xử lý')).toStrictEqual(
      atLeast(20, '%', 'giảm thời gian xử lý'),
    );
    expect(normalizeTarget(parseTarget('Giảm 20-25%'))).toBe('Giảm 20–25%');
  });

  it('does not take codes, dates and 4G for numbers', () => {
    expect(parseTarget('Phủ sóng 4G cho 100% thôn')).toStrictEqual(
      atLeast(100, '%', 'Phủ sóng 4G cho thôn'),
    );
    expect(parseTarget('Nghị quyết 57-NQ/TW ngày 22/12/2024')).toMatchObject({
      kind: 'qualitative',
    });
  });

  it.each<[string, string]>([
    ['', 'Chưa nhập chỉ tiêu.'],
    ['   ', 'Chưa nhập chỉ tiêu.'],
    ['. ; ,', 'Chưa nhập chỉ tiêu.'],
    ['#@!', 'không có chữ hay con số'],
    ['abc%', 'thiếu con số'],
    ['≥ mức trung bình', 'thiếu con số'],
    ['1.2.3%', 'Không đọc được con số'],
    ['70 - 60%', 'Khoảng giá trị bị ngược'],
  ])('%j is invalid', (text, message) => {
    const t = parseTarget(text);
    expect(t.kind).toBe('invalid');
    if (t.kind === 'invalid') expect(t.message).toContain(message);
  });
});

describe('normalizeTarget', () => {
  it.each<[string, string]>([
    ['tối thiểu 60%', '≥ 60%'],
    ['không quá 5 ngày', '≤ 5 ngày'],
    ['trên 90%', '> 90%'],
    ['60 - 70%', '60–70%'],
    ['2,5%', '≥ 2,5%'],
    ['10000 người', '≥ 10.000 người'],
    ['≥ 2% GRDP', '≥ 2% (GRDP)'],
    ['Có', 'Có'],
    ['Hoàn thành', 'Hoàn thành'],
    ['Đúng tiến độ đề ra', 'Đúng tiến độ đề ra'],
  ])('%j → %j', (text, canonical) => {
    expect(normalizeTarget(parseTarget(text))).toBe(canonical);
    expect(parseTarget(canonical)).toStrictEqual(parseTarget(text));
  });

  it('gives the message of an invalid target', () => {
    expect(normalizeTarget({ kind: 'invalid', message: 'Chưa nhập chỉ tiêu.' })).toBe(
      'Chưa nhập chỉ tiêu.',
    );
  });
});

describe('applyMeasureUnit', () => {
  it('fills a unitless target from the unit column, never overrides a written unit', () => {
    expect(applyMeasureUnit(parseTarget('≥ 01'), 'Cán bộ')).toStrictEqual(atLeast(1, 'Cán bộ'));
    expect(applyMeasureUnit(parseTarget('≥ 10'), '%')).toStrictEqual(atLeast(10));
    expect(applyMeasureUnit(parseTarget('≥ 60%'), 'người')).toStrictEqual(atLeast(60));
    expect(applyMeasureUnit(parseTarget('Có'), 'Ứng dụng')).toStrictEqual({ kind: 'yesno' });
  });
});
