// The commune and the plan a workbook is about, read from the rows the add-on writes above a task
// table: the title, the plan line ("Kèm theo Kế hoạch số 03/KH-UBND ngày 07/07/2025 của UBND xã
// Cẩm Giàng", seed 001's plan of 07/07/2025) and "Xã: Cẩm Giàng". The period report's title and
// the JSON export show what is read here; a placeholder must read as unknown ("…" in the report).
import { describe, expect, it } from 'vitest';
import { planIdentity } from '../../src/core/report/planIdentity.ts';

const PLAN_LINE = 'Kèm theo Kế hoạch số 03/KH-UBND ngày 07/07/2025 của UBND xã Cẩm Giàng';

describe('planIdentity: what is read', () => {
  it('the commune from the plan line alone, when there is no "Xã:" row', () => {
    expect(planIdentity([['PHỤ LỤC I'], [PLAN_LINE]])).toEqual({
      commune: 'Cẩm Giàng',
      planNumber: '03/KH-UBND',
      planDate: '07/07/2025',
    });
  });

  it('the commune from a "Xã:" row alone, however it is spaced or cased', () => {
    expect(planIdentity([['Xã: Cẩm Giàng']])).toEqual({ commune: 'Cẩm Giàng' });
    expect(planIdentity([['XÃ :   Cẩm Giàng']])).toEqual({ commune: 'Cẩm Giàng' });
    expect(planIdentity([['xã:Phong Thổ']])).toEqual({ commune: 'Phong Thổ' });
  });

  it('"xã:" inside a sentence is not the commune row', () => {
    expect(planIdentity([['Gửi các đơn vị thuộc xã: Cẩm Giàng, Phong Thổ']])).toEqual({});
  });

  it('the plan line in capitals, with a day written without its leading zeros', () => {
    expect(
      planIdentity([['KÈM THEO KẾ HOẠCH SỐ 12/KH-UBND NGÀY 7/7/2025 CỦA UBND XÃ CẨM GIÀNG']]),
    ).toEqual({ commune: 'CẨM GIÀNG', planNumber: '12/KH-UBND', planDate: '7/7/2025' });
  });

  it('the date only when written day/month/year after "ngày"; extra spaces do not matter', () => {
    expect(planIdentity([['Kèm theo Kế hoạch số 03/KH-UBND ngày 07 tháng 7 năm 2025']])).toEqual({
      planNumber: '03/KH-UBND',
    });
    expect(planIdentity([['Kèm theo Kế hoạch số  03/KH-UBND ngày  07/07/2025']])).toEqual({
      planNumber: '03/KH-UBND',
      planDate: '07/07/2025',
    });
  });

  it('a full stop, comma or semicolon closing a cell is not part of the name or number', () => {
    expect(planIdentity([['Xã: Cẩm Giàng.']])).toEqual({ commune: 'Cẩm Giàng' });
    expect(planIdentity([['Xã: Cẩm Giàng;,']])).toEqual({ commune: 'Cẩm Giàng' });
    expect(planIdentity([['Kèm theo Kế hoạch số 03/KH-UBND, ngày 07/07/2025']])).toEqual({
      planNumber: '03/KH-UBND',
      planDate: '07/07/2025',
    });
  });

  it('the first row that names each part wins', () => {
    expect(planIdentity([[PLAN_LINE], ['Xã: Phong Thổ']]).commune).toBe('Cẩm Giàng');
    expect(planIdentity([['Xã: Phong Thổ'], [PLAN_LINE]])).toEqual({
      commune: 'Phong Thổ',
      planNumber: '03/KH-UBND',
      planDate: '07/07/2025',
    });
    expect(
      planIdentity([
        ['Kèm theo Kế hoạch số 03/KH-UBND ngày 07/07/2025'],
        ['Kèm theo Kế hoạch số 15/KH-UBND ngày 20/01/2026'],
      ]),
    ).toEqual({ planNumber: '03/KH-UBND', planDate: '07/07/2025' });
  });

  it('only the first cell of a row is read', () => {
    expect(planIdentity([['', 'Xã: Cẩm Giàng'], [null, PLAN_LINE], []])).toEqual({});
  });
});

describe('planIdentity: placeholders are unknown', () => {
  it('the scaffold’s placeholder rows (with "…") give nothing', () => {
    expect(
      planIdentity([
        ['BIỂU THEO DÕI NHIỆM VỤ'],
        ['Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm … của UBND xã …'],
        ['Xã: …'],
      ]),
    ).toEqual({});
  });

  it('three dots typed instead of "…" are a placeholder too', () => {
    expect(planIdentity([['Xã: ...']])).toEqual({});
    expect(planIdentity([['Kèm theo Kế hoạch số .../KH-UBND ngày 07/07/2025']])).toEqual({
      planDate: '07/07/2025',
    });
    expect(planIdentity([['Xã: Cẩm Giàng...']])).toEqual({ commune: 'Cẩm Giàng' });
  });

  it('a placeholder row does not hide a real value in a later row', () => {
    expect(planIdentity([['Xã: …'], ['Xã: Cẩm Giàng']])).toEqual({ commune: 'Cẩm Giàng' });
    expect(
      planIdentity([['Kèm theo Kế hoạch số …/KH-UBND ngày … của UBND xã …'], [PLAN_LINE]]),
    ).toEqual({ commune: 'Cẩm Giàng', planNumber: '03/KH-UBND', planDate: '07/07/2025' });
  });

  it('the plan’s own bracketed line, pasted as seed 001 prints it, keeps no ")" in the commune', () => {
    expect(
      planIdentity([['(Kèm theo Kế hoạch số 03/KH-UBND ngày 07/07/2025 của UBND xã Cẩm Giàng)']]),
    ).toStrictEqual({ commune: 'Cẩm Giàng', planNumber: '03/KH-UBND', planDate: '07/07/2025' });
    // A bracket the name itself opens stays.
    expect(planIdentity([['Xã: Cẩm Giàng (cũ)']])).toStrictEqual({
      commune: 'Cẩm Giàng (cũ)',
      planNumber: undefined,
      planDate: undefined,
    });
  });

  it('a plan number left blank ("Kế hoạch số /KH-UBND", seeds 001 and 003) is unknown', () => {
    expect(planIdentity([['Kế hoạch số /KH-UBND ngày 07/07/2025']])).toStrictEqual({
      commune: undefined,
      planNumber: undefined,
      planDate: '07/07/2025',
    });
    expect(
      planIdentity([['Kế hoạch số /KH-UBND'], ['Kèm theo Kế hoạch số 03/KH-UBND']]).planNumber,
    ).toBe('03/KH-UBND');
  });
});
