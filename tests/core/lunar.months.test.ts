// Every lunar month of the lunar years 1900–2100, as an independent computation (date-chinese at the
// meridian UTC+7: tests/fixtures/lunar/vn-month-starts.tsv, which says which six years it leaves
// out) gives its first day: what the Tết and Giỗ Tổ holidays, and any lunar day a plan names, are
// computed from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  lunarNewYear,
  lunarNewYearEve,
  lunarToSolar,
  solarToLunar,
} from '../../src/core/text/lunar.ts';
import { addDays } from '../../src/core/text/calendar.ts';

interface MonthStart {
  day: string;
  year: number;
  month: number;
  leap: boolean;
}

function monthStarts(): MonthStart[] {
  const text = readFileSync(
    new URL('../fixtures/lunar/vn-month-starts.tsv', import.meta.url),
    'utf8',
  );
  return text
    .split('\n')
    .filter((l) => /^\d{4}-/.test(l))
    .map((l) => {
      const [day = '', year = '', month = '', leap = ''] = l.split('\t');
      return { day, year: Number(year), month: Number(month), leap: leap === '1' };
    });
}

describe('lunar months 1900–2100', () => {
  it('has the 2410 months of the fixture, 70 of them leap months', () => {
    const rows = monthStarts();
    expect(rows).toHaveLength(2410);
    expect(rows.filter((r) => r.leap)).toHaveLength(70);
  });

  it('reads each month’s first day as mùng 1 of that month', () => {
    for (const r of monthStarts())
      expect([r.day, solarToLunar(r.day)]).toEqual([
        r.day,
        { day: 1, month: r.month, year: r.year, leap: r.leap },
      ]);
  });

  it('finds each month’s first day from the lunar date, leap months included', () => {
    for (const r of monthStarts())
      expect([r.day, lunarToSolar({ day: 1, month: r.month, year: r.year, leap: r.leap })]).toEqual(
        [r.day, r.day],
      );
  });

  it('ends each month on day 29 or 30, the day before the next month starts', () => {
    const rows = monthStarts();
    for (let i = 0; i + 1 < rows.length; i++) {
      const r = rows[i] as MonthStart;
      const next = rows[i + 1] as MonthStart;
      // A year the fixture leaves out makes a gap: no month is longer than 30 days.
      if (next.day > addDays(r.day, 30)) continue;
      const last = addDays(next.day, -1);
      const got = solarToLunar(last);
      expect([last, got.month, got.year, got.leap]).toEqual([last, r.month, r.year, r.leap]);
      expect([last, addDays(last, 1 - got.day)]).toEqual([last, r.day]);
      expect([last, got.day === 29 || got.day === 30]).toEqual([last, true]);
    }
  });

  it('reads the 30th of a month whose new moon came late as day 30, not day 0 of the next month', () => {
    // Fixture: tháng 3 of 2054 starts 08/04/2054, tháng 4 on 08/05; tháng 2 of 2062 starts 11/03/2062,
    // tháng 3 on 10/04. These two days once read as "day 0" of the following month.
    expect(solarToLunar('2054-05-07')).toEqual({ day: 30, month: 3, year: 2054, leap: false });
    expect(solarToLunar('2054-05-08')).toEqual({ day: 1, month: 4, year: 2054, leap: false });
    expect(solarToLunar('2062-04-09')).toEqual({ day: 30, month: 2, year: 2062, leap: false });
    expect(solarToLunar('2062-04-10')).toEqual({ day: 1, month: 3, year: 2062, leap: false });
  });

  it('finds a leap 12th month (tháng Chạp nhuận) from the lunar date', () => {
    // None falls in 1900–2100 at any meridian; the first at UTC+5 is in lunar year 2261. date-chinese
    // 2.1.4 at UTC+5 gives: tháng Chạp 23/12/2261, tháng Chạp nhuận 21/01/2262, Tết 19/02/2262.
    expect(lunarToSolar({ day: 1, month: 12, year: 2261 }, 5)).toBe('2261-12-23');
    expect(lunarToSolar({ day: 1, month: 12, year: 2261, leap: true }, 5)).toBe('2262-01-21');
    expect(lunarToSolar({ day: 15, month: 12, year: 2261, leap: true }, 5)).toBe('2262-02-04');
    expect(lunarToSolar({ day: 1, month: 11, year: 2261, leap: true }, 5)).toBeNull();
    expect(solarToLunar('2262-01-21', 5)).toEqual({ day: 1, month: 12, year: 2261, leap: true });
    expect(lunarNewYear(2262, 5)).toBe('2262-02-19');
  });

  it('has no leap month in a year that has none', () => {
    expect(lunarToSolar({ day: 1, month: 6, year: 2026, leap: true })).toBeNull();
    expect(lunarToSolar({ day: 1, month: 2, year: 2024, leap: true })).toBeNull();
    // 2023 has a leap 2nd month, not a leap 3rd.
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ day: 1, month: 3, year: 2023, leap: true })).toBeNull();
  });

  it('places the holidays users know: Tết and Giỗ Tổ Hùng Vương 2025 and 2026', () => {
    expect(lunarNewYear(2025)).toBe('2025-01-29');
    expect(lunarNewYear(2026)).toBe('2026-02-17');
    expect(lunarNewYearEve(2025)).toBe('2025-01-28');
    expect(lunarToSolar({ day: 10, month: 3, year: 2025 })).toBe('2025-04-07');
    expect(lunarToSolar({ day: 10, month: 3, year: 2026 })).toBe('2026-04-26');
    expect(solarToLunar('2025-04-07')).toEqual({ day: 10, month: 3, year: 2025, leap: false });
    expect(solarToLunar('2026-04-26')).toEqual({ day: 10, month: 3, year: 2026, leap: false });
  });

  it('counts months 11 and 12 in the lunar year that began the Tết before', () => {
    // 2025-12-20 is mùng 1 tháng 11 of year Ất Tỵ (2025); 2026-01-19 mùng 1 tháng Chạp.
    expect(solarToLunar('2025-12-20')).toEqual({ day: 1, month: 11, year: 2025, leap: false });
    expect(lunarToSolar({ day: 1, month: 11, year: 2025 })).toBe('2025-12-20');
    expect(lunarToSolar({ day: 1, month: 12, year: 2025 })).toBe('2026-01-19');
    expect(solarToLunar('2026-01-01')).toEqual({ day: 13, month: 11, year: 2025, leap: false });
  });

  it('puts the leap month of 2033 after the 11th month (tháng 11 nhuận), as Vietnam’s calendars print it', () => {
    // The "2033 problem": a year in which the leap month follows month 11 (22/12/2033 to 19/01/2034).
    expect(solarToLunar('2033-11-22')).toEqual({ day: 1, month: 11, year: 2033, leap: false });
    expect(solarToLunar('2033-12-22')).toEqual({ day: 1, month: 11, year: 2033, leap: true });
    expect(solarToLunar('2034-01-20')).toEqual({ day: 1, month: 12, year: 2033, leap: false });
    expect(lunarToSolar({ day: 1, month: 11, year: 2033, leap: true })).toBe('2033-12-22');
    expect(lunarToSolar({ day: 1, month: 12, year: 2033 })).toBe('2034-01-20');
    expect(lunarToSolar({ day: 1, month: 8, year: 2033, leap: true })).toBeNull();
    expect(lunarNewYear(2034)).toBe('2034-02-19');
  });

  it('follows the Chinese calendar (UTC+8) where a new moon or a solar term falls minutes from midnight', () => {
    // 1987: China's leap month is the 6th (闰六月, 26/07–23/08/1987); Vietnam's is the 7th (the fixture:
    // 24/08/1987). The sun reached 150° (处暑) at 16:10 UTC on 23/08/1987, ten minutes after midnight
    // at UTC+8 and fifty before it at UTC+7 (astronomy-engine 2.1.19).
    expect(lunarToSolar({ day: 1, month: 6, year: 1987, leap: true }, 8)).toBe('1987-07-26');
    expect(solarToLunar('1987-08-23', 8)).toEqual({ day: 29, month: 6, year: 1987, leap: true });
    expect(solarToLunar('1987-08-24', 8)).toEqual({ day: 1, month: 7, year: 1987, leap: false });
    expect(lunarToSolar({ day: 1, month: 7, year: 1987, leap: true }, 8)).toBeNull();
    expect(solarToLunar('1987-08-24')).toEqual({ day: 1, month: 7, year: 1987, leap: true });
    // Dragon Boat festival (端午, 5/5) 2013 was 12/06/2013: the new moon fell at 23:57 on 08/06 at
    // UTC+8. The Cold Clothes day (寒衣节, 1/10) of 2018 was 08/11/2018 in China: the new moon came
    // at 00:03 on 08/11 at UTC+8, 23:03 on 07/11 at UTC+7, where tháng 10 began on 07/11 (the
    // fixture). New moon times: astronomy-engine 2.1.19; lunar.ts is within 1.5 minutes of them.
    expect(lunarToSolar({ day: 5, month: 5, year: 2013 }, 8)).toBe('2013-06-12');
    expect(solarToLunar('2013-06-08', 8)).toEqual({ day: 1, month: 5, year: 2013, leap: false });
    expect(lunarToSolar({ day: 1, month: 10, year: 2018 }, 8)).toBe('2018-11-08');
    expect(solarToLunar('2018-11-07', 8)).toEqual({ day: 30, month: 9, year: 2018, leap: false });
    expect(lunarToSolar({ day: 1, month: 10, year: 2018 })).toBe('2018-11-07');
  });

  it('computes at another meridian when asked (UTC+8, the Chinese calendar)', () => {
    expect(solarToLunar('2030-02-02', 8)).toEqual({ day: 30, month: 12, year: 2029, leap: false });
    expect(solarToLunar('2030-02-03', 8)).toEqual({ day: 1, month: 1, year: 2030, leap: false });
    expect(lunarToSolar({ day: 1, month: 1, year: 2030 }, 8)).toBe('2030-02-03');
    expect(lunarNewYearEve(2030, 8)).toBe('2030-02-02');
  });
});
