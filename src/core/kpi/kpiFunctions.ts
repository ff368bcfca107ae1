// Bodies of the KPI custom functions: a cell or a column each (see cellArgs.ts); a bad cell
// gets its reason as text.

import { mapCells } from '../sheet/cellArgs.ts';
import { isBlank } from '../sheet/cellText.ts';
import { evaluate, KpiStatus, shareAchieved, type KpiResult } from './kpiEvaluate.ts';
import { fractionToPercent } from '../text/number.ts';
import { normalizeTarget } from './targetWrite.ts';
import { parseTarget } from './target.ts';
import { memoByText } from '../text/text.ts';
import type { Target } from './targetTypes.ts';

/** Targets repeat down a column: each distinct text is parsed once. */
const parseTargetText = memoByText(parseTarget);

/**
 * A target cell as a Target. Text is parsed. A number is a bare target ("at least"):
 * in [0, 1] it is a fraction shown as % (0.6 → ≥ 60 %, 1 → ≥ 100 %), as a cell formatted
 * as % holds it; above 1 it has no unit (60 → ≥ 60). Write counts as text ("01 mô hình").
 */
export function targetFromCell(value: unknown): Target {
  if (typeof value === 'string') return parseTargetText(value);
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
  if (value instanceof Date)
    return { kind: 'invalid', message: 'Ô chỉ tiêu đang là ngày tháng, không phải chỉ tiêu.' };
  if (isBlank(value)) return parseTarget('');
  return { kind: 'invalid', message: 'Không đọc được chỉ tiêu trong ô này.' };
}

function statusText(r: KpiResult): string {
  return r.status === KpiStatus.invalid && r.message ? `${r.status}: ${r.message}` : r.status;
}

/** KPI_STATUS(target, actual): 'Đạt', 'Vượt', 'Chưa đạt', … or 'Không hợp lệ: <lý do>'. */
export function kpiStatusFn(target: unknown, actual: unknown): string | string[][] {
  return mapCells([target, actual], ([t, a]) =>
    isBlank(t) && isBlank(a) ? '' : statusText(evaluate(targetFromCell(t), a)),
  );
}

/** KPI_PROGRESS(target, actual): a fraction in [0, 1], '' when nothing to measure, or the reason. */
export function kpiProgressFn(
  target: unknown,
  actual: unknown,
): number | string | (number | string)[][] {
  return mapCells<number | string>([target, actual], ([t, a]) => {
    if (isBlank(t) && isBlank(a)) return '';
    const r = evaluate(targetFromCell(t), a);
    if (r.status === KpiStatus.invalid) return statusText(r);
    return shareAchieved(r) ?? '';
  });
}

/** KPI_TARGET(target): the canonical text of a target, or 'Không hợp lệ: <lý do>'. */
export function kpiTargetFn(target: unknown): string | string[][] {
  return mapCells([target], ([t]) => {
    if (isBlank(t)) return '';
    const parsed = targetFromCell(t);
    return parsed.kind === 'invalid'
      ? `${KpiStatus.invalid}: ${parsed.message}`
      : normalizeTarget(parsed);
  });
}
