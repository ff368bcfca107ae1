// What a unit types into a result or progress cell, and how it is read: the yes/no words, a
// number with its unit, a sign, a note after the number, float noise, blanks of every kind; and
// the text written back into sheets. Each expected value is written by hand.
import { describe, expect, it } from 'vitest';
import {
  asData,
  cellString,
  fromData,
  readNumber,
  readPercent,
} from '../../src/core/sheet/cellText.ts';

const unreadable = (text: string) => ({ ok: false, error: `Không đọc được số từ "${text}".` });

describe('a KPI result (readNumber)', () => {
  it.each(['Có', 'Đạt.', 'Có!!', 'x', 'X', 'yes', 'TRUE', true])('%j is yes', (v) => {
    expect(readNumber(v)).toStrictEqual({ ok: true, value: { value: 1, kind: 'yesNo' } });
  });

  it.each(['Không', 'Chưa', 'no', 'false', false])('%j is no', (v) => {
    expect(readNumber(v)).toStrictEqual({ ok: true, value: { value: 0, kind: 'yesNo' } });
  });

  it('a sign and a percent: "+5%" is 5 %', () => {
    expect(readNumber('+5%')).toStrictEqual({ ok: true, value: { value: 5, kind: 'percent' } });
    expect(readNumber('≈12%')).toStrictEqual({ ok: true, value: { value: 12, kind: 'percent' } });
  });

  it.each(['khoảng 12 mô hình', '12 mô hình (dự kiến)', '3-5 mô hình', '1.2.3', 'nhiều'])(
    '"%s" is not one number: the cell says so',
    (text) => {
      expect(readNumber(text)).toStrictEqual(unreadable(text));
    },
  );

  it('a number cell is a percent only when its format has "%"', () => {
    expect(readNumber(12, '#,##0')).toStrictEqual({
      ok: true,
      value: { value: 12, kind: 'number' },
    });
    expect(readNumber(0.95, '0%')).toStrictEqual({
      ok: true,
      value: { value: 95, kind: 'percent' },
    });
  });

  it('a number cell that is not finite reads as blank', () => {
    expect(readNumber(Number.NaN)).toStrictEqual({ ok: true, value: null });
  });
});

describe('a progress cell (readPercent)', () => {
  it('a typed 1 is 1 %, and 0,5 typed without a format is half', () => {
    expect(readPercent(1)).toStrictEqual({ ok: true, value: 1 });
    expect(readPercent(0.5)).toStrictEqual({ ok: true, value: 50 });
  });

  it('spaces only are blank; spaces around "70 %" are ignored', () => {
    expect(readPercent('   ')).toStrictEqual({ ok: true, value: null });
    expect(readPercent(' 70 % ')).toStrictEqual({ ok: true, value: 70 });
  });

  it('a note after the percent is not a progress', () => {
    expect(readPercent('70% (dự kiến)')).toStrictEqual({
      ok: false,
      error: 'Tiến độ "70% (dự kiến)" không phải là số.',
    });
  });
});

describe('the text of a cell (cellString)', () => {
  it.each([
    [Number.NaN, ''],
    [Number.NEGATIVE_INFINITY, ''],
    [false, 'FALSE'],
    [new Date(Number.NaN), ''],
    [['a', 2, null], 'a, 2, '],
    [{ toString: () => ' x ' }, 'x'],
    [
      {
        toString: () => {
          throw new Error('broken');
        },
      },
      '',
    ],
  ])('%j shows %j', (value, text) => {
    expect(cellString(value)).toBe(text);
  });
});

describe('text written back into a sheet (asData, fromData)', () => {
  it('a leading space keeps a formula-looking text as it is, spaces and all', () => {
    expect(asData(' =SUM(A1) ')).toBe(' =SUM(A1) ');
  });

  it('a list and an object are written as their text, escaped when it starts with "="', () => {
    expect(asData([1, 'a'])).toBe('1, a');
    expect(asData({ toString: () => '=x' })).toBe("'=x");
  });

  it('only an apostrophe at the very start was added by asData', () => {
    expect(fromData("a'=1")).toBe("a'=1");
    expect(fromData("'=1")).toBe('=1');
  });
});
