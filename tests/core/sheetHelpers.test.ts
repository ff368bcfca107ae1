// Small helpers a user meets through the sheets: column letters in messages and formulas, the
// Roman numerals of sections and quarters, duplicate codes across plan tables, the role labels
// of the "Đơn vị" sheet, and the error a person reads. Expected values are written by hand.
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/core/sheet/a1.ts';
import {
  codeKey,
  duplicateText,
  findDuplicateCodes,
  isGroupCode,
} from '../../src/core/sheet/codes.ts';
import { romanNumeral } from '../../src/core/text/roman.ts';
import { roleFromLabel, UNIT_ROLE_LABELS } from '../../src/core/unit/unitRoles.ts';
import { UserError } from '../../src/core/userError.ts';

describe('column letters ("cột C" in a message, "A5:AB20" in a range)', () => {
  it.each([
    [0, 'A'],
    [2, 'C'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});

describe('Roman numerals of sections (I … XII) and quarters (Quý IV)', () => {
  it('one to twelve, as the scaffold checks a section cell', () => {
    expect(Array.from({ length: 12 }, (_, i) => romanNumeral(i + 1))).toStrictEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      'VIII',
      'IX',
      'X',
      'XI',
      'XII',
    ]);
  });

  it.each([
    [14, 'XIV'],
    [19, 'XIX'],
    [39, 'XXXIX'],
    [4.7, 'IV'],
  ])('%d is %s', (n, letters) => {
    expect(romanNumeral(n)).toBe(letters);
  });
});

describe('duplicate codes across plan tables', () => {
  it('the same task code in two appendices is named with both places', () => {
    const dups = findDuplicateCodes([
      { code: 'I.1', sheet: 'Phụ lục I', row: 6 },
      { code: 'I.2', sheet: 'Phụ lục I', row: 7 },
      { code: 'I.1', sheet: 'Phụ lục I (2)', row: 6 },
    ]);
    expect(dups).toStrictEqual([
      {
        code: 'I.1',
        places: [
          { sheet: 'Phụ lục I', row: 6 },
          { sheet: 'Phụ lục I (2)', row: 6 },
        ],
      },
    ]);
    expect(dups.map(duplicateText)).toStrictEqual(['I.1 (Phụ lục I dòng 6, Phụ lục I (2) dòng 6)']);
  });

  it('case, spaces and a trailing dot do not make two codes different', () => {
    const dups = findDuplicateCodes([
      { code: 'ct-2.3', sheet: 'Kế hoạch', row: 9 },
      { code: 'KT', sheet: 'Chỉ tiêu', row: 5 },
      { code: ' CT - 2.3. ', sheet: 'Chỉ tiêu', row: 12 },
      { code: 'CT-2.3', sheet: 'Chỉ tiêu', row: 14 },
    ]);
    expect(dups.map(duplicateText)).toStrictEqual([
      'ct-2.3 (Kế hoạch dòng 9, Chỉ tiêu dòng 12, Chỉ tiêu dòng 14)',
    ]);
    expect(codeKey('Đ.1.')).toBe('D.1');
  });

  it('section rows and blank codes may repeat freely; codes come in the order first seen', () => {
    const dups = findDuplicateCodes([
      { code: 'II', sheet: 'A', row: 1 },
      { code: 'B.1', sheet: 'A', row: 2 },
      { code: '', sheet: 'A', row: 3 },
      { code: 'A.1', sheet: 'A', row: 4 },
      { code: 'II.', sheet: 'B', row: 1 },
      { code: 'CT1-II', sheet: 'B', row: 2 },
      { code: 'CT1-II', sheet: 'B', row: 3 },
      { code: '  ', sheet: 'B', row: 4 },
      { code: 'A.1', sheet: 'B', row: 5 },
      { code: 'B.1', sheet: 'B', row: 6 },
    ]);
    expect(dups.map(duplicateText)).toStrictEqual([
      'B.1 (A dòng 2, B dòng 6)',
      'A.1 (A dòng 4, B dòng 5)',
    ]);
  });

  it.each([
    ['I', true],
    ['iv.', true],
    [' XII ', true],
    ['CT-III', true],
    ['CT2-I', true],
    ['I.1', false],
    ['CT-1', false],
    ['A', false],
    ['XCT-I', false],
    ['II.a', false],
  ])('"%s" groups rows: %s', (code, group) => {
    expect(isGroupCode(code)).toBe(group);
  });
});

describe('the role column of the Đơn vị sheet', () => {
  it.each([
    ['Cơ quan thường trực', 'coordinator'],
    ['Đơn vị', 'unit'],
    ['thôn, tổ dân phố', 'village'],
    ['  TRƯỜNG HỌC ', 'school'],
    ['Đơn vị ngoài', 'partner'],
    ['school', 'school'],
    ['Partner', 'partner'],
  ])('"%s" is the role %s', (label, role) => {
    expect(roleFromLabel(label)).toBe(role);
  });

  it.each(['Trường', 'Hiệu trưởng', 'Đơn vị chủ trì', ''])('"%s" is no role', (label) => {
    expect(roleFromLabel(label)).toBeUndefined();
  });

  it('the labels the sheet offers, in this order', () => {
    expect(Object.values(UNIT_ROLE_LABELS)).toStrictEqual([
      'Cơ quan thường trực',
      'Đơn vị',
      'Thôn, tổ dân phố',
      'Trường học',
      'Đơn vị ngoài',
    ]);
  });
});

describe('an error meant for the person at the keyboard', () => {
  it('shows the Vietnamese text, keeps the English and the cell it is about', () => {
    const e = new UserError({
      vi: 'Trang tính "Đơn vị" thiếu cột "Tên đơn vị" ở dòng 1.',
      en: 'Sheet "Đơn vị" has no "Tên đơn vị" column in row 1.',
      where: { sheet: 'Đơn vị', row: 1 },
    });
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe('Trang tính "Đơn vị" thiếu cột "Tên đơn vị" ở dòng 1.');
    expect(e.name).toBe('UserError');
    expect(e.en).toBe('Sheet "Đơn vị" has no "Tên đơn vị" column in row 1.');
    expect(e.where).toStrictEqual({ sheet: 'Đơn vị', row: 1 });
    expect(String(e)).toBe('UserError: Trang tính "Đơn vị" thiếu cột "Tên đơn vị" ở dòng 1.');
  });

  it('has no place when none is given', () => {
    expect(new UserError({ vi: 'Lỗi', en: 'Error' }).where).toBeUndefined();
  });
});
