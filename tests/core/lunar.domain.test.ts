// The lunar calendar's domain: the calendar days isoDate accepts (1900–2999), checked month by month
// for 1900–2100 in lunar.months.test.ts. Days before 1900 are no calendar days here: the functions
// answer '' for them. Expected values: date-chinese 2.1.4 (CalendarChinese with its meridian set to
// UTC+7), an implementation independent of lunar.ts, and hand counts from them.
import { describe, expect, it } from 'vitest';
import {
  lunarNewYear,
  lunarNewYearEve,
  lunarToSolar,
  solarToLunar,
  sunLongitude,
} from '../../src/core/text/lunar.ts';

describe('lunar calendar domain', () => {
  it('answers nothing for a lunar day that falls before 1900', () => {
    // date-chinese: 31/12/1899 is 29 tháng 11 Kỷ Hợi, so tháng 11 began on 03/12/1899.
    expect(lunarNewYear(1899)).toBe('');
    expect(lunarToSolar({ day: 1, month: 11, year: 1899 })).toBe('');
    expect(lunarToSolar({ day: 10, month: 3, year: 1899 })).toBe('');
    expect(lunarToSolar({ day: 10, month: 3, year: 1500 })).toBe('');
    expect(lunarNewYear(1200)).toBe('');
    expect(lunarNewYear(500)).toBe('');
  });

  it('starts with 01/01/1900, mùng 1 tháng Chạp Kỷ Hợi', () => {
    expect(lunarToSolar({ day: 1, month: 12, year: 1899 })).toBe('1900-01-01');
    expect(lunarToSolar({ day: 30, month: 12, year: 1899 })).toBe('1900-01-30');
    expect(solarToLunar('1900-01-01')).toEqual({ day: 1, month: 12, year: 1899, leap: false });
    expect(solarToLunar('1899-12-31')).toEqual({ day: 29, month: 11, year: 1899, leap: false });
    expect(lunarNewYear(1900)).toBe('1900-01-31');
    expect(lunarNewYearEve(1900)).toBe('1900-01-30');
  });

  it('ends with 31/12/2999: a later day is no calendar day', () => {
    // date-chinese: 31/12/2999 is mùng 3 tháng Chạp, so the month began on 29/12/2999.
    expect(lunarToSolar({ day: 1, month: 12, year: 2999 })).toBe('2999-12-29');
    expect(lunarToSolar({ day: 3, month: 12, year: 2999 })).toBe('2999-12-31');
    expect(lunarToSolar({ day: 4, month: 12, year: 2999 })).toBe('');
    expect(solarToLunar('2999-12-31')).toEqual({ day: 3, month: 12, year: 2999, leap: false });
    expect(lunarNewYear(3000)).toBe('');
  });
});

describe('the sun’s longitude that places the leap months', () => {
  it('is Meeus’s ☉ of worked example 25.a: 199.90988° on 1992 October 13.0 (JDE 2448908.5)', () => {
    // Jean Meeus, Astronomical Algorithms, example 25.a: L0 = 201.80720°, C = −1.89732°, so the true
    // longitude ☉ = 199.90988° (the apparent λ, with nutation and aberration, is 199.90895°). The
    // coefficients here differ from the book's in their last digits (357.5291 for 357.52911,
    // 1.9146 for 1.914602...), which moves that day's longitude by less than 0.00002°.
    expect((sunLongitude(2448908.5) * 180) / Math.PI).toBeCloseTo(199.90988, 4);
  });
});
