// "Lũy kế từ đầu năm" of a KPI: its results over the closed periods of the year and this one,
// combined by what the target measures. The rules are in the README so an officer can redo them.
import { cellString, readNumber } from '../sheet/cellText.ts';
import type { Target } from '../kpi/targetTypes.ts';

/**
 * - 'sum': counts (mô hình, lớp, người…) add up over the periods;
 * - 'latest': a rate (%), or a target that is not a number, takes the latest result;
 * - 'any': a Có/Không target is Có once any period reported Có.
 */
export type YearToDateRule = 'sum' | 'latest' | 'any';

export function yearToDateRule(target: Target): YearToDateRule {
  if (target.kind === 'yesno') return 'any';
  if ((target.kind === 'compare' || target.kind === 'range') && target.unit !== '%') return 'sum';
  return 'latest';
}

/**
 * The year-to-date value from the results of each period, oldest first (blanks skipped), or null
 * when none was reported. A result that is not a number is kept as written under 'latest' (a date
 * or a checkbox as its cell shows it) and skipped by 'sum'.
 */
export function yearToDate(target: Target, results: readonly unknown[]): number | string | null {
  const rule = yearToDateRule(target);
  const filled = results.filter((v) => v !== null && v !== undefined && String(v).trim() !== '');
  if (filled.length === 0) return null;
  if (rule === 'latest') {
    const last = filled[filled.length - 1];
    // A date or a checkbox is shown as the sheet shows it (15/06/2026, TRUE), not as JavaScript
    // prints it ("Sun Jun 14 2026 17:00:00 GMT+0000").
    return typeof last === 'number' || typeof last === 'string' ? last : cellString(last);
  }
  const read = filled.flatMap((v) => {
    const r = readNumber(v);
    return r.ok && r.value !== null ? [r.value] : [];
  });
  if (read.length === 0) return null;
  if (rule === 'any') return read.some((r) => r.value > 0) ? 'Có' : 'Không';
  const sum = read.reduce((s, r) => s + r.value, 0);
  return Math.round(sum * 1e9) / 1e9;
}
