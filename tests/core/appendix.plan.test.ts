// The plan's number, issue date and commune as the letterheads and "(Kèm theo …)" lines of plans
// are written, including the ways PDF or Markdown copies spoil them.
import { describe, expect, it } from 'vitest';
import { readPlanInfo } from '../../src/core/appendix/appendixPlan.ts';

describe('the letterhead', () => {
  it('"Số" without its colon, or with the number glued to it', () => {
    expect(readPlanInfo(['Số 03/KH-UBND'])).toEqual({ number: '03/KH-UBND' });
    expect(readPlanInfo(['Số:03/KH-UBND'])).toEqual({ number: '03/KH-UBND' });
    expect(readPlanInfo(['SỐ: 112 / KH-UBND'])).toEqual({ number: '112/KH-UBND' });
    // Numbers that carry the year keep every part.
    expect(readPlanInfo(['Số: 15/2025/KH-UBND'])).toEqual({ number: '15/2025/KH-UBND' });
    expect(readPlanInfo(['Số: 01 / 2026 / KH-BCĐ'])).toEqual({ number: '01/2026/KH-BCĐ' });
    expect(
      readPlanInfo([
        '(Kèm theo Kế hoạch số 15/2025/KH-UBND ngày 07/07/2025 của UBND xã Cẩm Giàng)',
      ]),
    ).toEqual({ number: '15/2025/KH-UBND', date: '2025-07-07', commune: 'Cẩm Giàng', year: 2025 });
    expect(readPlanInfo(['Số: 15 /2025/ KH-UBND'])).toEqual({ number: '15/2025/KH-UBND' });
    expect(readPlanInfo(['Số: 15/2025 /KH-UBND'])).toEqual({ number: '15/2025/KH-UBND' });
    expect(
      readPlanInfo([
        '(Kèm theo Kế hoạch số 15 / 2025 / KH-UBND ngày 07/07/2025 của UBND xã Cẩm Giàng)',
      ]),
    ).toEqual({ number: '15/2025/KH-UBND', date: '2025-07-07', commune: 'Cẩm Giàng', year: 2025 });
  });

  it('place and date with the spaces a PDF copy loses', () => {
    expect(readPlanInfo(['Phú Lộc,ngày20 tháng01 năm2026'])).toEqual({
      date: '2026-01-20',
      commune: 'Phú Lộc',
      year: 2026,
    });
    expect(readPlanInfo(['Cẩm Giàng, ngày 07tháng 7năm 2025'])).toEqual({
      date: '2025-07-07',
      commune: 'Cẩm Giàng',
      year: 2025,
    });
  });

  it('Markdown marks around the place or the number are not part of them', () => {
    expect(readPlanInfo(['## Số: 05/KH-UBND', '**Cỏ Lễ**, ngày 05 tháng 3 năm 2026'])).toEqual({
      number: '05/KH-UBND',
      date: '2026-03-05',
      commune: 'Cỏ Lễ',
      year: 2026,
    });
    expect(readPlanInfo(['_Tân Hòa_, ngày 12 tháng 01 năm 2026'])).toEqual({
      date: '2026-01-12',
      commune: 'Tân Hòa',
      year: 2026,
    });
  });

  it('a sentence citing another document is not the place and date', () => {
    expect(
      readPlanInfo([
        'Căn cứ Nghị quyết số 57-NQ/TW, ngày 22 tháng 12 năm 2024 của Bộ Chính trị',
        'Thực hiện chỉ đạo của Ban Thường vụ Đảng ủy xã về chuyển đổi số toàn diện, ngày 05 tháng 3 năm 2026',
      ]),
    ).toEqual({});
  });
});

describe('the "(Kèm theo Kế hoạch số …)" line of the appendix', () => {
  it('with the date in words, or in figures with spaces, or without closing its parenthesis', () => {
    expect(
      readPlanInfo([
        '(Kèm theo Kế hoạch số 03/KH-UBND ngày 07 tháng 7 năm 2025 của UBND xã Cẩm Giàng)',
      ]),
    ).toEqual({ number: '03/KH-UBND', date: '2025-07-07', commune: 'Cẩm Giàng', year: 2025 });
    expect(
      readPlanInfo(['(Kèm theo Kế hoạch số112 / KH-UBND ngày20 / 01 / 2026 của UBND xãPhú Lộc )']),
    ).toEqual({ number: '112/KH-UBND', date: '2026-01-20', commune: 'Phú Lộc', year: 2026 });
    expect(
      readPlanInfo([
        'kèm theo kế hoạch số 45/KH-UBND ngày 12/01/2026 của ủy ban nhân dân xã Tân Hòa',
      ]),
    ).toEqual({ number: '45/KH-UBND', date: '2026-01-12', commune: 'Tân Hòa', year: 2026 });
    expect(
      readPlanInfo(['(Kèm theo Kế hoạch số 45/KH-UBND ngày12tháng01năm2026 của UBND xã Tân Hòa)']),
    ).toEqual({ number: '45/KH-UBND', date: '2026-01-12', commune: 'Tân Hòa', year: 2026 });
  });

  it('a blank number and date leave the letterhead’s, which came first', () => {
    expect(
      readPlanInfo([
        'Số: 03 /KH-UBND',
        'Cẩm Giàng, ngày 07 tháng 7 năm 2025',
        '(Kèm theo Kế hoạch số    /KH-UBND ngày    tháng    năm 2025 của UBND xã Cẩm Giàng)',
      ]),
    ).toEqual({ number: '03/KH-UBND', date: '2025-07-07', commune: 'Cẩm Giàng', year: 2025 });
  });

  it('the letterhead’s date wins over another date on the line', () => {
    expect(
      readPlanInfo([
        'Cẩm Giàng, ngày 07 tháng 7 năm 2025',
        '(Kèm theo Kế hoạch số 04/KH-UBND ngày 10/8/2026 của UBND xã Cẩm Giàng)',
      ]),
    ).toEqual({ number: '04/KH-UBND', date: '2025-07-07', commune: 'Cẩm Giàng', year: 2025 });
  });

  it('the letterhead’s number wins over the one on the line', () => {
    expect(
      readPlanInfo([
        'Số: 03/KH-UBND',
        '(Kèm theo Kế hoạch số 04/KH-UBND ngày 10/8/2025 của UBND xã Cẩm Giàng)',
      ]),
    ).toEqual({ number: '03/KH-UBND', date: '2025-08-10', commune: 'Cẩm Giàng', year: 2025 });
  });

  it('a line whose every space a PDF copy lost', () => {
    expect(
      readPlanInfo(['(Kèm theo Kế hoạch số 45/KH-UBNDngày 12/01/2026củaUBNDxãTân Hòa)']),
    ).toEqual({ number: '45/KH-UBND', date: '2026-01-12', commune: 'Tân Hòa', year: 2026 });
  });

  it('"ngày" left blank gives neither a year nor a date', () => {
    expect(
      readPlanInfo(['(Kèm theo Kế hoạch số    /KH-UBND ngày      của UBND xã Đa Kia)']),
    ).toEqual({ commune: 'Đa Kia' });
  });
});
