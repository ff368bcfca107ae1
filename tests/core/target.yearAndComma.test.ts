// Two wordings a commune officer types that used to give wrong figures: "năm" meaning "the year"
// read as the number five, and a unit running on past a comma into the next target phrase.
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/core/kpi/target.ts';

describe('"năm" is the year, not five, before ngoái, trước, nay, học or a year number', () => {
  it('"nhiều hơn năm ngoái" has no figure: it is judged by a person', () => {
    expect(parseTarget('Số doanh nghiệp thành lập mới nhiều hơn năm ngoái')).toStrictEqual({
      kind: 'qualitative',
      text: 'Số doanh nghiệp thành lập mới nhiều hơn năm ngoái',
    });
    expect(parseTarget('Cao hơn năm trước')).toStrictEqual({
      kind: 'qualitative',
      text: 'Cao hơn năm trước',
    });
  });

  it('"ít nhất năm mô hình" is still five models', () => {
    expect(parseTarget('Ít nhất năm mô hình')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 5,
      unit: 'mô hình',
    });
  });
});

describe('a comma before a target word ends the unit', () => {
  it('"Tối thiểu 5 mô hình, phấn đấu 10 mô hình" is ≥ 5 mô hình, the aim kept as a note', () => {
    expect(parseTarget('Tối thiểu 5 mô hình, phấn đấu 10 mô hình')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 5,
      unit: 'mô hình',
      note: 'phấn đấu 10 mô hình',
    });
  });

  it('a comma inside a unit that names two kinds of holder stays part of the unit', () => {
    expect(parseTarget('1.000 hộ gia đình, cá nhân')).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 1000,
      unit: 'hộ gia đình, cá nhân',
    });
  });
});
