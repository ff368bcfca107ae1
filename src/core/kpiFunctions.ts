// Bodies of the KPI custom functions. Sheets passes a single cell as a value and a range as
// rows × columns; these accept both and never throw: a bad cell gets its reason as text.

import { evaluate, KpiStatus, progressOf, type KpiResult } from './kpiEvaluate.ts';
import { fractionToPercent } from './number.ts';
import { normalizeTarget, parseTarget, type Target } from './target.ts';

type Row = readonly unknown[];

/** Shown when something unexpected happens, instead of a #ERROR! cell. */
const UNEXPECTED = 'Lỗi: không xử lý được ô này.';

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function isDate(x: unknown): boolean {
  return Object.prototype.toString.call(x) === '[object Date]';
}

/**
 * A target cell as a Target. Text is parsed. A number is a bare target ("at least"):
 * in [0, 1] it is a fraction shown as % (0.6 → ≥ 60 %, 1 → ≥ 100 %), as a cell formatted
 * as % holds it; above 1 it has no unit (60 → ≥ 60). Write counts as text ("01 mô hình").
 */
export function targetFromCell(value: unknown): Target {
  if (typeof value === 'string') return parseTarget(value);
  if (isBlank(value)) return parseTarget('');
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0)
      return { kind: 'invalid', message: 'Chỉ tiêu là số không hợp lệ.' };
    if (value <= 1) {
      const pct = fractionToPercent(value);
      return { kind: 'compare', op: pct === 0 ? '<=' : '>=', value: pct, unit: '%' };
    }
    return { kind: 'compare', op: '>=', value, unit: '' };
  }
  if (value === true) return { kind: 'yesno' };
  if (isDate(value))
    return { kind: 'invalid', message: 'Ô chỉ tiêu đang là ngày tháng, không phải chỉ tiêu.' };
  return { kind: 'invalid', message: 'Không đọc được chỉ tiêu trong ô này.' };
}

/** One column of values from a cell or a range (first column of each row). */
function column(arg: unknown): unknown[] | null {
  if (!Array.isArray(arg)) return null;
  return arg.map((row: unknown) => (Array.isArray(row) ? (row as Row)[0] : row));
}

/** Applies fn row by row when any argument is a range, broadcasting single values. */
function overRows<T>(args: unknown[], fn: (...cells: unknown[]) => T): T | T[][] {
  const cols = args.map(column);
  if (cols.every((c) => c === null)) return fn(...args);
  const rows = Math.max(1, ...cols.map((c) => (c === null ? 0 : c.length)));
  const out: T[][] = [];
  for (let i = 0; i < rows; i++) {
    out.push([fn(...cols.map((c, k) => (c === null ? args[k] : c[i])))]);
  }
  return out;
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function statusText(r: KpiResult): string {
  return r.status === KpiStatus.invalid && r.message ? `${r.status}: ${r.message}` : r.status;
}

/** KPI_STATUS(target, actual): 'Đạt', 'Vượt', 'Chưa đạt', … or 'Không hợp lệ: <lý do>'. */
export function kpiStatusFn(target: unknown, actual: unknown): string | string[][] {
  return overRows([target, actual], (t, a) =>
    safe(
      () => (isBlank(t) && isBlank(a) ? '' : statusText(evaluate(targetFromCell(t), a))),
      UNEXPECTED,
    ),
  );
}

/** KPI_PROGRESS(target, actual): a fraction in [0, 1], '' when nothing to measure, or the reason. */
export function kpiProgressFn(
  target: unknown,
  actual: unknown,
): number | string | (number | string)[][] {
  return overRows<number | string>([target, actual], (t, a) =>
    safe<number | string>(() => {
      if (isBlank(t) && isBlank(a)) return '';
      const r = evaluate(targetFromCell(t), a);
      if (r.status === KpiStatus.invalid) return statusText(r);
      return progressOf(r) ?? '';
    }, UNEXPECTED),
  );
}

/** KPI_TARGET(target): the canonical text of a target, or 'Không hợp lệ: <lý do>'. */
export function kpiTargetFn(target: unknown): string | string[][] {
  return overRows([target], (t) =>
    safe(() => {
      if (isBlank(t)) return '';
      const parsed = targetFromCell(t);
      return parsed.kind === 'invalid'
        ? `${KpiStatus.invalid}: ${parsed.message}`
        : normalizeTarget(parsed);
    }, UNEXPECTED),
  );
}
