// A Target written back as one canonical text ("≥ 60%"), and the measure unit a table gives it.

import { formatVietnameseNumber } from '../text/number.ts';
import { cleanTarget } from '../text/inline.ts';
import type { CompareOp, Target } from './targetTypes.ts';

const OP_SYMBOL: Readonly<Record<CompareOp, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

function unitText(unit: string): string {
  return unit === '%' ? '%' : unit ? ` ${unit}` : '';
}

function noteText(note: string | undefined): string {
  return note ? ` (${note})` : '';
}

/**
 * Canonical text: "≥ 60%", "≤ 5 ngày", "> 90% (văn bản …)", "20–25% (giảm …)", "Có".
 * parseTarget(normalizeTarget(t)) equals t for every t parseTarget returns (except invalid,
 * which gives its message).
 */
export function normalizeTarget(t: Target): string {
  switch (t.kind) {
    case 'compare':
      return `${OP_SYMBOL[t.op]} ${formatVietnameseNumber(t.value)}${unitText(t.unit)}${noteText(t.note)}`;
    case 'range':
      return `${formatVietnameseNumber(t.min)}–${formatVietnameseNumber(t.max)}${unitText(t.unit)}${noteText(t.note)}`;
    case 'yesno':
      return t.note ?? 'Có';
    case 'qualitative':
      return t.text;
    case 'invalid':
      return t.message;
  }
}

/** The unit of a measurable target, else ''. */
export function targetUnit(t: Target): string {
  return t.kind === 'compare' || t.kind === 'range' ? t.unit : '';
}

/**
 * Fills a unitless target from a "Đơn vị tính" column ("≥ 01" with "Cán bộ" → ≥ 1 Cán bộ).
 * A unit written in the target itself wins.
 */
export function applyMeasureUnit(t: Target, measureUnit: string): Target {
  const unit = cleanTarget(measureUnit);
  if ((t.kind !== 'compare' && t.kind !== 'range') || t.unit !== '' || unit === '') return t;
  return { ...t, unit: /^(?:%|phần trăm)$/iu.test(unit) ? '%' : unit };
}
