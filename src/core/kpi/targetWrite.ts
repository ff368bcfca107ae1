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

/** '%', or a percentage per period ('%/năm'): written right after the number. */
export function isPercentUnit(unit: string): boolean {
  return unit === '%' || unit.startsWith('%/');
}

function unitText(unit: string): string {
  return isPercentUnit(unit) ? unit : unit ? ` ${unit}` : '';
}

/** A note that starts with the change a target measures ("giảm", "tăng"), split off. */
function changeOf(note: string | undefined): { word: string; rest: string } | undefined {
  // Only when the rest reads back the same once wrapped in parentheses.
  const m = /^(giảm|tăng)(?:$| ([\p{L}\p{N}(«“"](?:.*[\p{L}\p{N})»”"])?)$)/su.exec(note ?? '');
  if (!m) return undefined;
  return { word: (m[1] ?? '').replace(/^./, (c) => c.toUpperCase()), rest: m[2] ?? '' };
}

function noteText(note: string | undefined): string {
  return note ? ` (${note})` : '';
}

/**
 * Canonical text: "≥ 60%", "≤ 5 ngày", "> 90% (văn bản …)", "Giảm 20–25% (…)", "≥ 12/15 thôn",
 * "≥ 6,5%/năm", "Có".
 * parseTarget(normalizeTarget(t)) equals t for every t parseTarget returns (except invalid,
 * which gives its message).
 */
export function normalizeTarget(t: Target): string {
  switch (t.kind) {
    case 'compare': {
      const value = `${formatVietnameseNumber(t.value)}${t.of !== undefined ? `/${formatVietnameseNumber(t.of)}` : ''}${unitText(t.unit)}`;
      // A reduction or an increase is written as one ("Giảm 5%"), never as a bare "≥ 5%".
      const change = t.op === '>=' || t.op === '>' ? changeOf(t.note) : undefined;
      if (change)
        return `${change.word} ${t.op === '>' ? '> ' : ''}${value}${noteText(change.rest)}`;
      return `${OP_SYMBOL[t.op]} ${value}${noteText(t.note)}`;
    }
    case 'range': {
      const value = `${formatVietnameseNumber(t.min)}–${formatVietnameseNumber(t.max)}${unitText(t.unit)}`;
      const change = changeOf(t.note);
      if (change) return `${change.word} ${value}${noteText(change.rest)}`;
      return `${value}${noteText(t.note)}`;
    }
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
  const perPeriod = /^(?:%|phần trăm)\s*\/\s*(năm|tháng|quý)$/iu.exec(unit);
  if (perPeriod) return { ...t, unit: `%/${(perPeriod[1] ?? '').toLowerCase()}` };
  return { ...t, unit: /^(?:%|phần trăm)$/iu.test(unit) ? '%' : unit };
}
