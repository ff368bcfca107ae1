// What sits around a number in a target cell or a plan's prose: a code or a date it is glued to,
// a count out of a whole, a rate per period, a range, the words after it that name its unit, and
// the counts in prose that look like years. Each expectation is read by hand.
import { describe, expect, it } from 'vitest';
import { extractKpis } from '../../src/core/kpi/kpiExtract.ts';
import { parseTarget } from '../../src/core/kpi/target.ts';

/** The rows a plan's prose gives: what the row shows as its target, and how it was read. */
const prose = (text: string) => extractKpis(text).rows.map((r) => [r.target, r.parsed]);

const NO_NUMBER = 'Không có con số để đo; nếu cần theo dõi, hãy thêm như chỉ tiêu định tính.';

describe('a number that belongs to a code, a document or a date is no target', () => {
  it.each([
    'Như mục II.3',
    'Theo Kế hoạch 03/KH-UBND',
    'Thực hiện CV-12/15 thôn',
    'Thực hiện CV/12/15 thôn',
    'Làm bù cho 02/05',
  ])('%s is for a person to judge', (text) => {
    expect(parseTarget(text)).toStrictEqual({ kind: 'qualitative', text });
  });
});

describe('a count out of a whole', () => {
  it('"12/15 thôn" is at least 12 of the 15 villages', () => {
    expect(parseTarget('12/15 thôn')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 12,
      unit: 'thôn',
      of: 15,
    });
  });

  it('"12/15" with no noun may be a date: no number is read', () => {
    expect(parseTarget('12/15')).toStrictEqual({
      kind: 'invalid',
      message: 'Không đọc được con số trong chỉ tiêu “12/15”.',
    });
  });

  it.each(['12,5/15 thôn', '16/15 thôn', '0/0 thôn', '12/2026 thôn'])(
    '%s is no count (a part of a village, more than the whole, a whole of none, a month)',
    (text) => {
      expect(parseTarget(text)).toStrictEqual({ kind: 'qualitative', text });
    },
  );
});

describe('the unit after a number', () => {
  it('"5 mô hình, phấn đấu 10 mô hình": the comma before "phấn đấu" ends the unit', () => {
    expect(parseTarget('5 mô hình, phấn đấu 10 mô hình')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 5,
      unit: 'mô hình',
      note: 'phấn đấu 10 mô hình',
    });
  });

  it('a rate per year, with or without spaces around the slash', () => {
    expect(parseTarget('≥ 6,5%/năm (tốc độ tăng trưởng bình quân giai đoạn)')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 6.5,
      unit: '%/năm',
      note: 'tốc độ tăng trưởng bình quân giai đoạn',
    });
    expect(parseTarget('6,5 %/ năm')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 6.5,
      unit: '%/năm',
    });
  });

  it('"15 điểm phát Wi-Fi công cộng" (seed Tân Hòa): the hyphen joins "Wi-Fi" into one word', () => {
    expect(parseTarget('15 điểm phát Wi-Fi công cộng')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 15,
      unit: 'điểm phát Wi-Fi công cộng',
    });
  });

  it('a unit of more than five words ends at its first comma', () => {
    expect(parseTarget('10 hộ, gia đình nông thôn mới được hỗ trợ vay vốn')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 10,
      unit: 'hộ',
      note: 'gia đình nông thôn mới được hỗ trợ vay vốn',
    });
  });

  it('a unit of more than five words keeps two, the rest goes to the note', () => {
    expect(parseTarget('10 km đường giao thông nông thôn mới')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 10,
      unit: 'km đường',
      note: 'giao thông nông thôn mới',
    });
  });
});

describe('ranges and words for numbers', () => {
  it('"1.000 - 1.200 hộ" is a range of thousands', () => {
    expect(parseTarget('1.000 - 1.200 hộ')).toStrictEqual({
      kind: 'range',
      min: 1000,
      max: 1200,
      unit: 'hộ',
    });
  });

  it('"từ 80 tới 90 hộ"', () => {
    expect(parseTarget('từ 80 tới 90 hộ')).toStrictEqual({
      kind: 'range',
      min: 80,
      max: 90,
      unit: 'hộ',
    });
  });

  it('"không dưới ba xã" is at least three communes', () => {
    expect(parseTarget('không dưới ba xã')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 3,
      unit: 'xã',
    });
  });

  it('in prose a falling pair is no range: "90 - 80%" keeps the 80 %', () => {
    expect(prose('- Tỷ lệ hồ sơ trực tuyến 90 - 80%.')).toStrictEqual([
      ['80%', { kind: 'compare', op: '>=', value: 80, unit: '%' }],
    ]);
    expect(prose('- Tỷ lệ hồ sơ trực tuyến đạt 80 - 90%.')).toStrictEqual([
      ['80 - 90%', { kind: 'range', min: 80, max: 90, unit: '%' }],
    ]);
  });
});

describe('counts in prose that look like years', () => {
  it('"2.100 hộ" and "1.950 hộ" are counts of households', () => {
    expect(prose('- Phấn đấu 2.100 hộ dùng thanh toán số.')).toStrictEqual([
      [
        'Phấn đấu 2.100 hộ dùng thanh toán số',
        { kind: 'compare', op: '>=', value: 2100, unit: 'hộ dùng thanh toán số' },
      ],
    ]);
    expect(prose('- Phấn đấu có 1.950 hộ dùng thanh toán số.')).toStrictEqual([
      [
        'Phấn đấu có 1.950 hộ dùng thanh toán số',
        { kind: 'compare', op: '>=', value: 1950, unit: 'hộ dùng thanh toán số' },
      ],
    ]);
  });

  it('four plain digits from 1900 to 2100 read as a year, and the sentence is skipped', () => {
    for (const text of [
      '- Phấn đấu 2100 hộ dùng thanh toán số.',
      '- Phấn đấu 1900 hộ dùng thanh toán số.',
      '- Duy trì 2026 tài khoản định danh.',
    ]) {
      const { rows, skipped } = extractKpis(text);
      expect(rows).toStrictEqual([]);
      expect(skipped.map((s) => s.reason)).toStrictEqual([NO_NUMBER]);
    }
  });

  it('just outside the years, a plain count is a target', () => {
    expect(prose('- Có 1899 hộ dùng thanh toán số.')).toStrictEqual([
      [
        'Có 1899 hộ dùng thanh toán số',
        { kind: 'compare', op: '>=', value: 1899, unit: 'hộ dùng thanh toán số' },
      ],
    ]);
    expect(prose('- Có 2101 hộ dùng thanh toán số.')).toStrictEqual([
      [
        'Có 2101 hộ dùng thanh toán số',
        { kind: 'compare', op: '>=', value: 2101, unit: 'hộ dùng thanh toán số' },
      ],
    ]);
  });

  it('a year before the target is passed over, and the seven-word unit cut to two', () => {
    expect(prose('- Năm 2026 có 3 mô hình chuyển đổi số tiêu biểu.')).toStrictEqual([
      ['có 3 mô hình', { kind: 'compare', op: '>=', value: 3, unit: 'mô hình' }],
    ]);
  });
});

describe('a date and a time', () => {
  it('"15/12/2026 08:30" is a moment, not "≥ 30": no number is read', () => {
    expect(parseTarget('15/12/2026 08:30')).toStrictEqual({
      kind: 'invalid',
      message: 'Không đọc được con số trong chỉ tiêu “15/12/2026 08:30”.',
    });
  });

  it('a label before a colon still leaves its number: "Tỷ lệ:80%" is at least 80 %', () => {
    expect(parseTarget('Tỷ lệ:80%')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 80,
      unit: '%',
      note: 'Tỷ lệ',
    });
  });
});
