// The edges of the target grammar a coordinator meets: a number typed into the cell, how long a
// yes/no goal may be, parentheses left open, a change that caps a level, the canonical text of a
// change, and a "Đơn vị tính" that is a rate per period. Each expectation is read by hand.
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/core/kpi/target.ts';
import { applyMeasureUnit, normalizeTarget } from '../../src/core/kpi/targetWrite.ts';
import { cleanInline, cleanTarget } from '../../src/core/text/inline.ts';

describe('a number typed into the cell', () => {
  it('is read as the number, at least that much', () => {
    expect(parseTarget(90 as unknown as string)).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 90,
      unit: '',
    });
    expect(normalizeTarget(parseTarget(0.9 as unknown as string))).toBe('≥ 0,9');
  });
});

describe('a yes/no goal is short and starts with its verb', () => {
  it('six words at most', () => {
    expect(parseTarget('Đạt chuẩn xã nông thôn mới')).toStrictEqual({
      kind: 'yesno',
      note: 'Đạt chuẩn xã nông thôn mới',
    });
    const longer = 'Đạt chuẩn xã nông thôn mới nâng cao';
    expect(parseTarget(longer)).toStrictEqual({ kind: 'qualitative', text: longer });
  });

  it('a goal that only contains the verb is for a person to judge', () => {
    for (const text of ['Xã đạt chuẩn nông thôn mới', 'Mỗi thôn đều có'])
      expect(parseTarget(text)).toStrictEqual({ kind: 'qualitative', text });
  });
});

describe('an invalid target quotes the cell, cut after 57 characters', () => {
  const message = (quoted: string) =>
    `Chỉ tiêu “${quoted}” có dấu so sánh hoặc % nhưng thiếu con số.`;

  it('a cell of 60 characters is quoted whole', () => {
    const cell = `Tỷ lệ ≥ ${'a'.repeat(52)}`;
    expect(cell).toHaveLength(60);
    expect(parseTarget(cell)).toStrictEqual({ kind: 'invalid', message: message(cell) });
  });

  it('a cell of 61 characters is cut', () => {
    const cell = `Tỷ lệ ≥ ${'a'.repeat(53)}`;
    expect(parseTarget(cell)).toStrictEqual({
      kind: 'invalid',
      message: message(`${cell.slice(0, 57)}…`),
    });
  });
});

describe('the note beside a target', () => {
  it.each([
    ['≥ 80% (số hộ', 'số hộ'],
    ['≥ 80% số hộ)', 'số hộ'],
    ['≥ 80% số hộ ) gia đình', 'số hộ gia đình'],
    ['≥ 80% -- số hộ', 'số hộ'],
    ['≥ 80% (số hộ) (năm 2026)', '(số hộ) (năm 2026)'],
  ])('%s: a parenthesis left open or never opened is dropped → %j', (cell, note) => {
    expect(parseTarget(cell)).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 80,
      unit: '%',
      note,
    });
  });
});

describe('a decrease that caps a level, and a signed decrease', () => {
  it('"giảm dưới 3%" is a ceiling: below 3 %, nothing more to note', () => {
    expect(parseTarget('giảm dưới 3%')).toStrictEqual({
      kind: 'compare',
      op: '<',
      value: 3,
      unit: '%',
    });
  });

  it('"Giảm: tối đa 5%" caps the level at 5 %', () => {
    expect(parseTarget('Giảm: tối đa 5%')).toStrictEqual({
      kind: 'compare',
      op: '<=',
      value: 5,
      unit: '%',
    });
  });

  it('"≥ -5%" is a decrease of at most 5 %, written back as such', () => {
    const t = parseTarget('≥ -5%');
    expect(t).toStrictEqual({ kind: 'compare', op: '<=', value: 5, unit: '%', note: 'giảm' });
    expect(normalizeTarget(t)).toBe('≤ 5% (giảm)');
  });
});

describe('the canonical text of a change', () => {
  it.each([
    ['Giảm 5%', 'Giảm 5%'],
    ['tăng trên 10%', 'Tăng > 10%'],
    ['Giảm 20% so với năm trước', 'Giảm 20% (so với năm trước)'],
    ['Giảm 30% (2 năm liền)', 'Giảm 30% (2 năm liền)'],
    // Only a note that begins with the change is the change.
    ['≥ 80% (mục tiêu tăng)', '≥ 80% (mục tiêu tăng)'],
    // A rest that would not read back the same inside parentheses stays in the note.
    ['Tăng 5% so với mức 80%', '≥ 5% (tăng so với mức 80%)'],
    ['6,5%/năm', '≥ 6,5%/năm'],
  ])('%s → %s', (cell, canonical) => {
    expect(normalizeTarget(parseTarget(cell))).toBe(canonical);
  });
});

describe('a "Đơn vị tính" that is a rate per period', () => {
  it.each([
    ['%/năm', '%/năm'],
    ['Phần trăm / năm', '%/năm'],
    ['% / Quý', '%/quý'],
    ['% /tháng', '%/tháng'],
    // Per school year is not per year.
    ['%/năm học', '%/năm học'],
  ])('%s → %s', (measureUnit, unit) => {
    expect(applyMeasureUnit(parseTarget('≥ 6,5'), measureUnit)).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 6.5,
      unit,
    });
  });
});

describe('converter leftovers with odd spacing', () => {
  it('"\\text {…}" with a space before the brace', () => {
    expect(cleanInline('$80\\text { hộ}$')).toBe('80 hộ');
  });

  it('punctuation against the number is trimmed, not the number', () => {
    expect(cleanTarget(':90%')).toBe('90%');
    expect(cleanTarget('…≥ 80%')).toBe('≥ 80%');
  });
});
