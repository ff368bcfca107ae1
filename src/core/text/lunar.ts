// The Vietnamese lunar calendar (âm lịch), computed for UTC+7: Hồ Ngọc Đức's algorithm
// (new moons and the sun's longitude after Jean Meeus, "Astronomical Algorithms"), written once
// here. Vietnam's calendar follows the Chinese rules but at the meridian of UTC+7, so some years
// differ from China's: Tết 1985 is 21/01 (China: 20/02), Tết 2007 is 17/02 (China: 18/02),
// Tết 2030 is 02/02 (China: 03/02). Pure arithmetic on calendar days 'YYYY-MM-DD'.
//
// Domain: the Gregorian years 1900–2100, those of the plans and their holidays (checked month by
// month against an independent computation in tests/core/lunar.months.test.ts). Later years up to
// 2999 are computed by the same formulas, less exactly. Nothing before 1900 is a calendar day here
// (isoDate refuses it): lunarToSolar answers '' for a day before 1900, and the Julian calendar
// (before 15/10/1582) and Meeus's ΔT polynomial for dates before about the year 800, which only
// such days needed, are left out.
import { addDays, isoDate } from './calendar.ts';

/** Vietnam's time zone, in hours east of UTC. */
export const VIETNAM_UTC_OFFSET = 7;

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year (it starts at Tết, so 10/01/2026 is still lunar year 2025). */
  year: number;
  /** A leap month (tháng nhuận) repeats the number of the month before it. */
  leap: boolean;
}

const INT = Math.floor;
const DEGREE = Math.PI / 180;
/** Mean length of a lunation (synodic month), in days. */
const SYNODIC = 29.530588853;
/** Julian day of the new moon of 1900-01-01 used as lunation 0. */
const EPOCH = 2415021.076998695;

/** Julian day number of a Gregorian date. */
function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = INT((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  return dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
}

/** The Gregorian day of a Julian day number; '' before 1900 or after 2999 (isoDate's limits). */
function jdToIso(jd: number): string {
  const a = jd + 32044;
  const b = INT((4 * a + 3) / 146097);
  const c = a - INT((b * 146097) / 4);
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  const day = e - INT((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * INT(m / 10);
  const year = b * 100 + d - 4800 + INT(m / 10);
  return isoDate(year, month, day) ?? '';
}

/** The moment (Julian day, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DEGREE);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DEGREE) + 0.0021 * Math.sin(2 * DEGREE * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DEGREE) + 0.0161 * Math.sin(DEGREE * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DEGREE * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DEGREE * 2 * F) - 0.0051 * Math.sin(DEGREE * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DEGREE * (M - Mpr)) + 0.0004 * Math.sin(DEGREE * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DEGREE * (2 * F - M)) - 0.0006 * Math.sin(DEGREE * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DEGREE * (2 * F - Mpr)) + 0.0005 * Math.sin(DEGREE * (2 * Mpr + M));
  const deltaT = -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/**
 * The sun's longitude at a Julian day (UT), in radians within [0, 2π): Meeus's low-accuracy ☉
 * (chapter 25), the true longitude referred to the mean equinox of the date (no nutation or
 * aberration, which would take about 20″ off). Within 70″ of astronomy-engine over 1900–2100.
 * Exported for the test against Meeus's worked example 25.a only.
 */
export function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DEGREE * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DEGREE * 2 * M) + 0.00029 * Math.sin(DEGREE * 3 * M);
  const L = (L0 + DL) * DEGREE;
  return L - Math.PI * 2 * INT(L / (Math.PI * 2));
}

/** Which of the 12 major solar terms (0–11, 30° each) the sun is in at local midnight of a day. */
function sunSector(dayNumber: number, tz: number): number {
  return INT((sunLongitude(dayNumber - 0.5 - tz / 24) / Math.PI) * 6);
}

/** The local day (Julian day number) of the k-th new moon. */
function newMoonDay(k: number, tz: number): number {
  return INT(newMoon(k) + 0.5 + tz / 24);
}

/** The first day of lunar month 11 (the month holding the winter solstice) of a year. */
function lunarMonth11(year: number, tz: number): number {
  const off = jdFromDate(31, 12, year) - 2415021;
  const k = INT(off / SYNODIC);
  const nm = newMoonDay(k, tz);
  return sunSector(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

/** In a 13-month year starting at month 11 (a11), the offset of the leap month. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = INT((a11 - EPOCH) / SYNODIC + 0.5);
  let last: number;
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

function isoParts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** The lunar date of a calendar day 'YYYY-MM-DD'. `tz` defaults to Vietnam's UTC+7. */
export function solarToLunar(iso: string, tz = VIETNAM_UTC_OFFSET): LunarDate {
  const [yy, mm, dd] = isoParts(iso);
  const dayNumber = jdFromDate(dd, mm, yy);
  const k = INT((dayNumber - EPOCH) / SYNODIC);
  // The mean lunation k is an estimate: the true new moon can fall up to about 14 hours from the
  // mean one, so the month holding the day may start at lunation k + 1, k or (rarely: 07/05/2054,
  // 09/04/2062) k − 1.
  let monthStart = newMoonDay(k + 1, tz);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, tz);
  if (monthStart > dayNumber) monthStart = newMoonDay(k - 1, tz);
  let a11 = lunarMonth11(yy, tz);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = yy;
    a11 = lunarMonth11(yy - 1, tz);
  } else {
    year = yy + 1;
    b11 = lunarMonth11(yy + 1, tz);
  }
  const day = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day, month, year, leap };
}

/**
 * The calendar day of a lunar date, or null when it does not exist (a leap month that year does
 * not have, day 30 of a 29-day month is still returned as the next month's first day: callers
 * ask only for days 1–29 or use lunarNewYear).
 */
export function lunarToSolar(
  lunar: { day: number; month: number; year: number; leap?: boolean },
  tz = VIETNAM_UTC_OFFSET,
): string | null {
  const { day, month, year } = lunar;
  const leap = lunar.leap === true;
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, tz);
    b11 = lunarMonth11(year, tz);
  } else {
    a11 = lunarMonth11(year, tz);
    b11 = lunarMonth11(year + 1, tz);
  }
  const k = INT(0.5 + (a11 - EPOCH) / SYNODIC);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    // Offset 0 is month 11, so the leap month at offset leapOff repeats month leapOff + 10 (mod 12).
    let leapMonth = leapOff + 10;
    if (leapMonth > 12) leapMonth -= 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const monthStart = newMoonDay(k + off, tz);
  return jdToIso(monthStart + day - 1);
}

/** Mùng 1 Tết: the first day of lunar year `year` (which starts in January or February of it). */
export function lunarNewYear(year: number, tz = VIETNAM_UTC_OFFSET): string {
  return lunarToSolar({ day: 1, month: 1, year }, tz) ?? '';
}

/** The last day of the lunar year that ends before Tết of `year` (29 or 30 tháng Chạp). */
export function lunarNewYearEve(year: number, tz = VIETNAM_UTC_OFFSET): string {
  return addDays(lunarNewYear(year, tz), -1);
}
