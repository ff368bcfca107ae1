// Numbers as Vietnamese plans and cells write them: a decimal comma ("2,5"), dot groups for
// thousands ("1.000"), and the small number words ("ít nhất một mô hình"). Every expected value
// is a hand reading of the text.
import { describe, expect, it } from 'vitest';
import {
  formatVietnameseNumber,
  fractionToPercent,
  parseSignedNumber,
  parseVietnameseNumber,
  readNumberWord,
} from '../../src/core/text/number.ts';

describe('parseVietnameseNumber', () => {
  it('reads plain digits, leading zeros and surrounding spaces', () => {
    expect(parseVietnameseNumber('70')).toBe(70);
    expect(parseVietnameseNumber('01')).toBe(1);
    expect(parseVietnameseNumber(' 2026 ')).toBe(2026);
    expect(parseVietnameseNumber('0')).toBe(0);
  });

  it('reads a single comma as the decimal comma, even before three digits', () => {
    expect(parseVietnameseNumber('2,5')).toBe(2.5);
    expect(parseVietnameseNumber('0,75')).toBe(0.75);
    expect(parseVietnameseNumber('1,000')).toBe(1);
  });

  it('reads a single dot before exactly three digits as a thousands group', () => {
    expect(parseVietnameseNumber('1.000')).toBe(1000);
    expect(parseVietnameseNumber('2.100')).toBe(2100);
    expect(parseVietnameseNumber('10.700')).toBe(10700);
    expect(parseVietnameseNumber('01.000')).toBe(1000);
  });

  it('reads a single dot as a decimal point after 0 or before other than three digits', () => {
    expect(parseVietnameseNumber('0.700')).toBe(0.7);
    expect(parseVietnameseNumber('00.700')).toBe(0.7);
    expect(parseVietnameseNumber('0.7')).toBe(0.7);
    expect(parseVietnameseNumber('2.50')).toBe(2.5);
    expect(parseVietnameseNumber('1.2345')).toBe(1.2345);
  });

  it('reads several separators of one kind as thousands groups of three digits', () => {
    expect(parseVietnameseNumber('1.000.000')).toBe(1000000);
    expect(parseVietnameseNumber('12.000.000')).toBe(12000000);
    expect(parseVietnameseNumber('1,000,000')).toBe(1000000);
    expect(parseVietnameseNumber('1.00.000')).toBeNull();
    expect(parseVietnameseNumber('1.000.00')).toBeNull();
    expect(parseVietnameseNumber('1.0000.000')).toBeNull();
  });

  it('with both separators, takes the last one as the decimal one', () => {
    expect(parseVietnameseNumber('1.000,5')).toBe(1000.5);
    expect(parseVietnameseNumber('1,000.5')).toBe(1000.5);
    expect(parseVietnameseNumber('1.000.000,25')).toBe(1000000.25);
    expect(parseVietnameseNumber('12.345,678')).toBe(12345.678);
  });

  it('refuses a decimal separator used twice, or thousands groups not of three digits', () => {
    expect(parseVietnameseNumber('1.000,5.5')).toBeNull();
    expect(parseVietnameseNumber('1,5.000,5')).toBeNull();
    expect(parseVietnameseNumber('1.00,5')).toBeNull();
    expect(parseVietnameseNumber('1.0000,5')).toBeNull();
    expect(parseVietnameseNumber('1.000,000.5')).toBeNull();
    expect(parseVietnameseNumber('1,000.000,5')).toBeNull();
  });

  it('refuses anything that is not a number token', () => {
    for (const text of [
      '',
      ' ',
      'abc',
      'a1',
      '1a',
      '1.',
      '.5',
      ',5',
      '1..000',
      '1 000',
      '-1',
      '70%',
    ])
      expect([text, parseVietnameseNumber(text)]).toEqual([text, null]);
  });

  it('keeps up to 15 significant digits and refuses more', () => {
    expect(parseVietnameseNumber('123456789012345')).toBe(123456789012345);
    expect(parseVietnameseNumber('0000123456789012345')).toBe(123456789012345);
    expect(parseVietnameseNumber('1234567890123456')).toBeNull();
    expect(parseVietnameseNumber('123.456.789.012.345')).toBe(123456789012345);
    expect(parseVietnameseNumber('1.234.567.890.123.456')).toBeNull();
    expect(parseVietnameseNumber('0,000000000000001234')).toBe(0.000000000000001234);
    expect(parseVietnameseNumber('12345678901234,5')).toBe(12345678901234.5);
    expect(parseVietnameseNumber('12345678901234,56')).toBeNull();
  });
});

describe('parseSignedNumber', () => {
  it('reads a sign and spaces anywhere', () => {
    expect(parseSignedNumber('- 1 000,5')).toBe(-1000.5);
    expect(parseSignedNumber('-3')).toBe(-3);
    expect(parseSignedNumber('+3')).toBe(3);
    expect(parseSignedNumber(' 2,5 ')).toBe(2.5);
    expect(parseSignedNumber('1\u00a0000')).toBe(1000);
  });

  it('refuses a sign anywhere but first, or two signs', () => {
    expect(parseSignedNumber('5-')).toBeNull();
    expect(parseSignedNumber('5+')).toBeNull();
    expect(parseSignedNumber('--5')).toBeNull();
    expect(parseSignedNumber('+-5')).toBeNull();
    expect(parseSignedNumber('-')).toBeNull();
    expect(parseSignedNumber('')).toBeNull();
  });
});

describe('fractionToPercent', () => {
  it('turns a cell fraction into the percent a user typed (70% is 0.7)', () => {
    expect(fractionToPercent(0.7)).toBe(70);
    expect(fractionToPercent(0.07)).toBe(7);
    expect(fractionToPercent(0.125)).toBe(12.5);
    expect(fractionToPercent(1)).toBe(100);
    expect(fractionToPercent(0.0333)).toBe(3.33);
  });
});

describe('readNumberWord', () => {
  it('reads the words một to mười, in any case', () => {
    const words: Array<[string, number]> = [
      ['một', 1],
      ['hai', 2],
      ['ba', 3],
      ['bốn', 4],
      ['tư', 4],
      ['năm', 5],
      ['sáu', 6],
      ['bảy', 7],
      ['bẩy', 7],
      ['tám', 8],
      ['chín', 9],
      ['mười', 10],
      ['Một', 1],
      ['HAI', 2],
    ];
    for (const [word, n] of words) expect([word, readNumberWord(word)]).toEqual([word, n]);
  });

  it('reads no other word', () => {
    for (const word of ['mươi', 'mô', 'hình', '', 'một hai', 'mười một'])
      expect([word, readNumberWord(word)]).toEqual([word, null]);
  });
});

describe('formatVietnameseNumber', () => {
  it('writes a decimal comma', () => {
    expect(formatVietnameseNumber(2.5)).toBe('2,5');
    expect(formatVietnameseNumber(0.7)).toBe('0,7');
    expect(formatVietnameseNumber(0)).toBe('0');
  });

  it('groups thousands with dots from 10.000 up; four digits stay as they are', () => {
    expect(formatVietnameseNumber(2026)).toBe('2026');
    expect(formatVietnameseNumber(1000)).toBe('1000');
    expect(formatVietnameseNumber(9999)).toBe('9999');
    expect(formatVietnameseNumber(10000)).toBe('10.000');
    expect(formatVietnameseNumber(12345)).toBe('12.345');
    expect(formatVietnameseNumber(123456)).toBe('123.456');
    expect(formatVietnameseNumber(1234567.5)).toBe('1.234.567,5');
  });

  it('writes a minus sign before a negative number', () => {
    expect(formatVietnameseNumber(-2.5)).toBe('-2,5');
    expect(formatVietnameseNumber(-12345)).toBe('-12.345');
    expect(formatVietnameseNumber(-1234)).toBe('-1234');
    expect(formatVietnameseNumber(-1e-7)).toBe('-0,0000001');
  });

  it('writes no exponent for very small or very large numbers', () => {
    expect(formatVietnameseNumber(1e-7)).toBe('0,0000001');
    expect(formatVietnameseNumber(1.25e-7)).toBe('0,000000125');
    expect(formatVietnameseNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatVietnameseNumber(1.5e21)).toBe('1.500.000.000.000.000.000.000');
  });

  it('writes what is not a number as JavaScript does', () => {
    expect(formatVietnameseNumber(Number.NaN)).toBe('NaN');
    expect(formatVietnameseNumber(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(formatVietnameseNumber(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
  });

  it('writes what parseVietnameseNumber reads back (hand-picked values)', () => {
    expect(parseVietnameseNumber(formatVietnameseNumber(12345.5))).toBe(12345.5);
    expect(parseVietnameseNumber(formatVietnameseNumber(1000.25))).toBe(1000.25);
  });
});
