// Judges an actual value (what a cell holds) against a KPI target. Rules: docs/KPI.md.

import { fractionToPercent, parseVietnameseNumber } from '../text/number.ts';
import { isPercentUnit, normalizeTarget } from './targetWrite.ts';
import type { Target } from './targetTypes.ts';
import { collapseSpaces } from '../text/text.ts';

export const KpiStatus = {
  met: 'Đạt',
  exceeded: 'Vượt',
  notMet: 'Chưa đạt',
  noData: 'Chưa có số liệu',
  needsReview: 'Cần đánh giá',
  invalid: 'Không hợp lệ',
} as const;
export type KpiStatus = (typeof KpiStatus)[keyof typeof KpiStatus];

export interface KpiResult {
  status: KpiStatus;
  /** actual ÷ target (target ÷ actual for ceilings), uncapped; null when not a number. */
  ratio: number | null;
  /** Why, when the status is 'Không hợp lệ'. */
  message?: string;
}

/** A target not met never shows as 100 % progress. */
const UNMET_PROGRESS_CAP = 0.99;

type Verdict = 'met' | 'exceeded' | 'notMet' | 'yes' | 'no';

interface Reading {
  empty: boolean;
  /** The number, with whether it was written with a % sign. */
  num: { value: number; percent: boolean } | null;
  verdict: Verdict | null;
  problem: string | null;
  text: string;
}

const NO_READING: Reading = { empty: false, num: null, verdict: null, problem: null, text: '' };

/** Words first: "Chưa đạt" before "Đạt", "Không" before anything else. */
function readVerdict(text: string): Verdict | null {
  const t = text.toLowerCase();
  const starts = (re: RegExp): boolean => re.test(t);
  if (starts(/^(?:chưa|không) đạt(?![\p{L}\p{M}])/u)) return 'notMet';
  if (starts(/^(?:chưa|không|false|no)(?![\p{L}\p{M}])/u)) return 'no';
  if (starts(/^vượt(?![\p{L}\p{M}])/u)) return 'exceeded';
  if (starts(/^đạt(?![\p{L}\p{M}])/u)) return 'met';
  if (starts(/^(?:có|đã|hoàn thành|rồi|true|yes)(?![\p{L}\p{M}])|^(?:x|✓|✔)$/u)) return 'yes';
  return null;
}

/** The number a text holds: the first one written with %, else the first one. */
function readNumberInText(text: string): { value: number; percent: boolean } | null {
  let first: { value: number; percent: boolean } | null = null;
  for (const m of text.matchAll(/([-−]?)(\d+(?:[.,]\d+)*)\s*(%|phần trăm)?/giu)) {
    const n = parseVietnameseNumber(m[2] ?? '');
    if (n === null) continue;
    const value = m[1] ? -n : n;
    const percent = m[3] !== undefined;
    if (percent) return { value, percent };
    first ??= { value, percent };
  }
  return first;
}

/** What an actual cell says. */
function readActual(actual: unknown): Reading {
  if (actual === '' || actual === null || actual === undefined)
    return { ...NO_READING, empty: true };
  if (typeof actual === 'boolean') return { ...NO_READING, verdict: actual ? 'yes' : 'no' };
  if (typeof actual === 'number') {
    if (!Number.isFinite(actual))
      return { ...NO_READING, problem: 'Kết quả không phải số hợp lệ.' };
    return { ...NO_READING, num: { value: actual, percent: false } };
  }
  if (actual instanceof Date) {
    return { ...NO_READING, problem: 'Ô kết quả đang là ngày tháng, không phải số liệu.' };
  }
  if (typeof actual !== 'string') {
    return { ...NO_READING, problem: 'Kết quả phải là một ô có số liệu hoặc chữ.' };
  }
  const text = collapseSpaces(actual.normalize('NFC'));
  if (text === '') return { ...NO_READING, empty: true };
  return { ...NO_READING, text, verdict: readVerdict(text), num: readNumberInText(text) };
}

/**
 * Converts a read number into the target's unit. For % targets a number without a % sign in
 * [-1, 1] is a fraction (a cell formatted as % holding 0.7 shows 70 %, -0.07 shows -7 %; 1 is
 * 100 %); beyond it is percent points (someone typed 70). So a typed 0.5 means 50 %, never
 * 0.5 %: write "0,5%".
 */
function inUnit(
  num: { value: number; percent: boolean },
  unit: string,
  of: number | undefined,
): number | string {
  if (isPercentUnit(unit)) {
    if (num.percent || num.value < -1 || num.value > 1) return num.value;
    return fractionToPercent(num.value);
  }
  // "12/15 thôn" reached as "80%": 80 % of the 15.
  if (num.percent && of !== undefined) return (num.value / 100) * of;
  if (num.percent && unit !== '') return `Chỉ tiêu tính bằng “${unit}” nhưng kết quả ghi theo %.`;
  return num.value;
}

/** A target on the size of a decrease ("Giảm 5%"): an actual written "-7%" is a decrease of 7. */
function isDecrease(target: Target): boolean {
  return (
    (target.kind === 'compare' || target.kind === 'range') &&
    /^giảm(?: |$)/u.test(target.note ?? '')
  );
}

/** Two numbers equal up to rounding noise. */
function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function invalidResult(message: string): KpiResult {
  return { status: KpiStatus.invalid, ratio: null, message };
}

function judgeNumber(target: Target, a: number): KpiResult {
  if (target.kind === 'range') {
    const ratio = target.min > 0 ? a / target.min : null;
    if (a < target.min && !near(a, target.min)) return { status: KpiStatus.notMet, ratio };
    if (a > target.max && !near(a, target.max)) return { status: KpiStatus.exceeded, ratio };
    return { status: KpiStatus.met, ratio };
  }
  if (target.kind !== 'compare') return { status: KpiStatus.needsReview, ratio: null };
  const v = target.value;
  const equal = near(a, v);
  switch (target.op) {
    case '>=':
    case '>': {
      const ratio = v > 0 ? a / v : null;
      if (a < v || equal) {
        const met = equal && target.op === '>=';
        return { status: met ? KpiStatus.met : KpiStatus.notMet, ratio };
      }
      // Past the figure: "Vượt" for "≥ v"; for "> v" that is just what the target asks.
      return { status: target.op === '>=' ? KpiStatus.exceeded : KpiStatus.met, ratio };
    }
    case '<=':
    case '<': {
      const ratio = a > 0 ? v / a : null;
      if (a > v || equal) {
        const met = equal && target.op === '<=';
        return { status: met ? KpiStatus.met : KpiStatus.notMet, ratio };
      }
      return { status: target.op === '<=' ? KpiStatus.exceeded : KpiStatus.met, ratio };
    }
    case '=': {
      const ratio = v > 0 ? (a <= v ? a / v : v / a) : null;
      return { status: equal ? KpiStatus.met : KpiStatus.notMet, ratio };
    }
  }
}

function judgeYesNo(r: Reading): KpiResult {
  const v = r.verdict;
  if (v === 'met' || v === 'yes') return { status: KpiStatus.met, ratio: 1 };
  if (v === 'exceeded') return { status: KpiStatus.exceeded, ratio: 1 };
  if (v === 'notMet' || v === 'no') return { status: KpiStatus.notMet, ratio: 0 };
  if (r.num) {
    const full = r.num.percent ? 100 : 1;
    if (near(r.num.value, full)) return { status: KpiStatus.met, ratio: 1 };
    if (r.num.value === 0) return { status: KpiStatus.notMet, ratio: 0 };
  }
  return invalidResult('Chỉ tiêu dạng Có/Không: hãy ghi “Có” hoặc “Không”.');
}

/** Judges one actual value against one target. Never throws. */
export function evaluate(target: Target, actual: unknown): KpiResult {
  if (target.kind === 'invalid') return invalidResult(target.message);
  const r = readActual(actual);
  if (r.empty) return { status: KpiStatus.noData, ratio: null };
  if (r.problem) return invalidResult(r.problem);
  switch (target.kind) {
    case 'qualitative': {
      // A person's explicit judgement wins; anything else waits for one.
      const v = r.verdict;
      if (v === 'met') return { status: KpiStatus.met, ratio: null };
      if (v === 'exceeded') return { status: KpiStatus.exceeded, ratio: null };
      if (v === 'notMet') return { status: KpiStatus.notMet, ratio: null };
      return { status: KpiStatus.needsReview, ratio: null };
    }
    case 'yesno':
      return judgeYesNo(r);
    case 'compare':
    case 'range': {
      if (!r.num) {
        const example = isPercentUnit(target.unit)
          ? '75%'
          : `5${target.unit ? ` ${target.unit}` : ''}`;
        // A ticked box has no text to quote: say what it is.
        const got =
          typeof actual === 'boolean'
            ? 'ô kết quả đang là ô đánh dấu, không phải số liệu'
            : `không đọc được “${r.text}”`;
        return invalidResult(
          `Chỉ tiêu “${normalizeTarget(target)}” cần số liệu (ví dụ ${example}), ${got}.`,
        );
      }
      const read = inUnit(r.num, target.unit, target.kind === 'compare' ? target.of : undefined);
      if (typeof read === 'string') return invalidResult(read);
      const a = read < 0 && isDecrease(target) ? -read : read;
      if (a < 0) return invalidResult('Kết quả là số âm, không hợp lệ.');
      return judgeNumber(target, a);
    }
  }
}

/**
 * The share of the target reached, in [0, 1]: 1 when met or exceeded (capped, so one
 * over-achiever does not lift a commune average), at most 0.99 when not met, null when
 * there is nothing to measure (no data, needs review, invalid).
 */
export function shareAchieved(result: KpiResult): number | null {
  switch (result.status) {
    case KpiStatus.met:
    case KpiStatus.exceeded:
      return 1;
    case KpiStatus.notMet:
      return result.ratio === null ? 0 : Math.min(Math.max(result.ratio, 0), UNMET_PROGRESS_CAP);
    default:
      return null;
  }
}

/** KPI_PROGRESS: see shareAchieved. */
export function progress(target: Target, actual: unknown): number | null {
  return shareAchieved(evaluate(target, actual));
}
