// Reporting periods (kỳ báo cáo) and the day each unit's report is due.
import { romanNumeral } from '../text/roman.ts';
import { addDays, cellDay, dayOfMonth } from '../text/calendar.ts';
import type { Read } from '../sheet/cellText.ts';
import { foldText } from '../text/text.ts';

// src/gas imports it from here.

export type Rhythm = 'month' | 'quarter' | 'half' | 'year';

/** A reporting period. Days are 'YYYY-MM-DD' calendar days in Vietnam. */
export interface Period {
  rhythm: Rhythm;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for a year. */
  index: number;
  /** First day. */
  start: string;
  /** Last day. */
  end: string;
}

const MONTHS_IN: Record<Rhythm, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const COUNT_IN_YEAR: Record<Rhythm, number> = { month: 12, quarter: 4, half: 2, year: 1 };

/** The last month (1–12) of the index-th period of a rhythm. */
function lastMonth(rhythm: Rhythm, index: number): number {
  return index * MONTHS_IN[rhythm];
}

/** A period from its rhythm, year and index (assumed in range). */
export function makePeriod(rhythm: Rhythm, year: number, index: number): Period {
  const last = lastMonth(rhythm, index);
  return {
    rhythm,
    year,
    index,
    start: dayOfMonth(year, last - MONTHS_IN[rhythm] + 1, 1),
    end: dayOfMonth(year, last, 31),
  };
}

/** Day `day` of the period's last month, clamped to that month ("ngày 20 tháng cuối quý"). */
export function dayInLastMonth(p: Period, day: number): string {
  return dayOfMonth(p.year, lastMonth(p.rhythm, p.index), day);
}

function inYearRange(year: number): boolean {
  return year >= 1900 && year <= 9999;
}

function bad(text: string): Read<Period> {
  return {
    ok: false,
    error: `Kỳ báo cáo "${text}" không hợp lệ. Viết theo mẫu 2026-05 (tháng), 2026-Q2 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm).`,
  };
}

/** A quarter written as a Roman numeral or a digit: "II", "ii", "2" → 2. */
export function quarterNumber(text: string): number {
  const upper = text.toUpperCase();
  const roman = [1, 2, 3, 4].find((q) => romanNumeral(q) === upper);
  return roman ?? Number(text);
}

/**
 * Reads a period: the canonical forms 2026-05, 2026-Q2, 2026-H1, 2026, and the Vietnamese ones
 * people write: "Tháng 5/2026", "Quý II/2026", "6 tháng đầu năm 2026", "Năm 2026".
 */
export function parsePeriod(text: string): Read<Period> {
  const raw = text.trim();
  const t = foldText(raw);
  const make = (rhythm: Rhythm, year: number, index: number): Read<Period> =>
    inYearRange(year) && Number.isInteger(index) && index >= 1 && index <= COUNT_IN_YEAR[rhythm]
      ? { ok: true, value: makePeriod(rhythm, year, index) }
      : bad(raw);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(t)) || (m = /^nam (\d{4})$/.exec(t)))
    return make('year', Number(m[1]), 1);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(t))) return make('month', Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-q([1-4])$/.exec(t))) return make('quarter', Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})-h([12])$/.exec(t))) return make('half', Number(m[1]), Number(m[2]));
  if (
    (m = /^thang (\d{1,2})\s*[/-]\s*(\d{4})$/.exec(t)) ||
    (m = /^thang (\d{1,2}) nam (\d{4})$/.exec(t))
  )
    return make('month', Number(m[2]), Number(m[1]));
  if ((m = /^quy (i{1,3}|iv|[1-4])\s*(?:[/-]|nam)\s*(\d{4})$/.exec(t)))
    return make('quarter', Number(m[2]), quarterNumber(m[1] ?? ''));
  if ((m = /^6 thang (dau|cuoi) nam (\d{4})$/.exec(t)))
    return make('half', Number(m[2]), m[1] === 'dau' ? 1 : 2);
  return bad(raw);
}

/** The canonical text of a period: 2026-05, 2026-Q2, 2026-H1, 2026. */
export function formatPeriod(p: Period): string {
  switch (p.rhythm) {
    case 'month':
      return `${p.year}-${String(p.index).padStart(2, '0')}`;
    case 'quarter':
      return `${p.year}-Q${p.index}`;
    case 'half':
      return `${p.year}-H${p.index}`;
    case 'year':
      return String(p.year);
  }
}

/** How a period is named in a Vietnamese report: "Tháng 5/2026", "Quý II/2026"… */
export function periodLabel(p: Period): string {
  switch (p.rhythm) {
    case 'month':
      return `Tháng ${p.index}/${p.year}`;
    case 'quarter':
      return `Quý ${romanNumeral(p.index)}/${p.year}`;
    case 'half':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'year':
      return `Năm ${p.year}`;
  }
}

/** The period of a rhythm that contains a day ('YYYY-MM-DD'). */
export function periodContaining(dayText: string, rhythm: Rhythm): Period {
  const year = Number(dayText.slice(0, 4));
  const month = Number(dayText.slice(5, 7));
  return makePeriod(rhythm, year, Math.floor((month - 1) / MONTHS_IN[rhythm]) + 1);
}

/** The period a report made on `asOf` is about: the one containing that day. */
export function currentPeriod(asOf: string | Date, rhythm: Rhythm): Period {
  return periodContaining(cellDay(asOf) ?? '1970-01-01', rhythm);
}

export function previousPeriod(p: Period): Period {
  return p.index > 1
    ? makePeriod(p.rhythm, p.year, p.index - 1)
    : makePeriod(p.rhythm, p.year - 1, COUNT_IN_YEAR[p.rhythm]);
}

export function nextPeriod(p: Period): Period {
  return p.index < COUNT_IN_YEAR[p.rhythm]
    ? makePeriod(p.rhythm, p.year, p.index + 1)
    : makePeriod(p.rhythm, p.year + 1, 1);
}

/**
 * When a unit's report for a period is due, as a plan words it.
 * `month`: 'last' = the period's last month (ngày 20 tháng cuối quý; hằng tháng for a monthly
 * period), 'next' = the month after the period (ngày 10 tháng sau kỳ), or a fixed month 1–12
 * (ngày 15/12 for the yearly report). `before`: the text says "trước ngày N", so day N is late.
 */
export interface SubmissionRule {
  day: number;
  month: 'last' | 'next' | number;
  before: boolean;
  /** The rhythm the text names (hằng tháng, quý, 6 tháng, năm), when it names one. */
  rhythm?: Rhythm;
}

/**
 * Folded, "sáu tháng" (six months) and "sau tháng" (after the month) are the same words: the
 * accent decides, and only text typed without any accent is read as six months.
 */
function sixMonths(text: string, t: string): boolean {
  if (/\b6 thang\b|\bnua nam\b/.test(t)) return true;
  if (/(?:^|[^\p{L}\p{M}])sáu\s+th[aá]ng/u.test(text.normalize('NFC').toLowerCase())) return true;
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) && /\bsau thang\b(?! ket thuc)/.test(t);
}

/** The most days each month can have (29 for February, which leap years have). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function ruleRhythm(text: string, t: string, fixedMonth: boolean): Rhythm | undefined {
  if (/\b(hang|moi) thang\b/.test(t)) return 'month';
  if (/\bquy\b/.test(t)) return 'quarter';
  if (sixMonths(text, t)) return 'half';
  if (fixedMonth || /\b(hang|moi|cuoi) nam\b/.test(t)) return 'year';
  return undefined;
}

/**
 * Reads the due day of a report from the plan's wording: "ngày 20 tháng cuối quý",
 * "trước ngày 20 của tháng cuối quý", "trước ngày 15 hằng tháng", "ngày 15/12",
 * "ngày 10 tháng sau kỳ", "chậm nhất ngày 20".
 */
export function parseSubmissionRule(text: string): Read<SubmissionRule> {
  const t = foldText(text.replace(/[*_]/g, ''));
  const fail: Read<SubmissionRule> = {
    ok: false,
    error: `Không đọc được hạn nộp báo cáo "${text.trim()}". Ví dụ: "trước ngày 15 hằng tháng", "ngày 20 tháng cuối quý", "ngày 15/12".`,
  };
  const before = /\btruoc\b/.test(t);
  const dated =
    /\bngay (\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*\d{4})?\b/.exec(t) ??
    /\bngay (\d{1,2}) thang (\d{1,2})\b/.exec(t);
  if (dated) {
    const d = Number(dated[1]);
    const mo = Number(dated[2]);
    // "31/2" is a typo, not the end of February: a day the month never has is refused.
    if (d < 1 || mo < 1 || mo > 12 || d > (MONTH_DAYS[mo - 1] ?? 0)) return fail;
    return { ok: true, value: { day: d, month: mo, before, rhythm: ruleRhythm(text, t, true) } };
  }
  const dayMatch = /\bngay (\d{1,2})\b/.exec(t);
  if (!dayMatch) return fail;
  const d = Number(dayMatch[1]);
  if (d < 1 || d > 31) return fail;
  const next =
    /\b(thang|quy|ky) (sau|tiep theo|ke tiep)\b|\bsau (ky|khi ket thuc ky|thang ket thuc ky)\b/.test(
      t,
    );
  const rhythm = ruleRhythm(text, t, false);
  return { ok: true, value: { day: d, month: next ? 'next' : 'last', before, rhythm } };
}

/**
 * The last day a report for the period is on time ('YYYY-MM-DD'). "ngày 20" and "chậm nhất
 * ngày 20" → the 20th; "trước ngày 15" → the 14th, since the 15th itself is already late.
 * A day past the month's end (ngày 31 in June) is the month's last day.
 */
export function submissionDeadline(p: Period, rule: SubmissionRule): string {
  let due: string;
  if (rule.month === 'last') due = dayInLastMonth(p, rule.day);
  else if (rule.month === 'next')
    due = dayInLastMonth(nextPeriod(periodContaining(p.end, 'month')), rule.day);
  else due = dayOfMonth(p.year, rule.month, rule.day);
  return rule.before ? addDays(due, -1) : due;
}

/** A report stamped 'YYYY-MM-DDTHH:mm' (Vietnam time) is late when its day is after the deadline. */
export function isLate(submittedAt: string, deadline: string): boolean {
  return submittedAt.slice(0, 10) > deadline;
}
