/** Evaluate conditional-format rules for display (the preview), as far as we can compute them. */
import type { CfFormat, CfRuleModel } from './conditionalFormat.ts';
import { isCellError, type Computed } from './formulaEngine.ts';
import { shiftFormula } from './formulaShift.ts';
import { containsCell } from './geometry.ts';
import type { SheetModel } from './sheetModel.ts';

function truthy(v: Computed): boolean {
  if (isCellError(v) || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return v.toUpperCase() === 'TRUE';
}

function matches(
  rule: CfRuleModel,
  sheet: SheetModel,
  row: number,
  col: number,
  value: Computed,
): boolean {
  const c = rule.condition;
  const anchor = rule.ranges[0]?.box;
  if (!c || !anchor) return false;
  const text = value === null || isCellError(value) ? '' : String(value);
  const num = typeof value === 'number' ? value : NaN;
  const [a, b] = c.values.map((x) => (x instanceof Date ? NaN : Number(x)));
  const s0 = String(c.values[0] ?? '').toLowerCase();
  switch (c.type) {
    case 'CUSTOM_FORMULA': {
      const formula = shiftFormula(String(c.values[0] ?? ''), row - anchor.row, col - anchor.col);
      try {
        return truthy(sheet.workbook.engine.calculate(formula, sheet.hfId));
      } catch {
        return false;
      }
    }
    case 'TEXT_EQUAL_TO':
      return text.toLowerCase() === s0;
    case 'TEXT_NOT_EQUAL_TO':
      return text.toLowerCase() !== s0;
    case 'TEXT_CONTAINS':
      return text.toLowerCase().includes(s0);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.toLowerCase().includes(s0);
    case 'TEXT_STARTS_WITH':
      return text.toLowerCase().startsWith(s0);
    case 'TEXT_ENDS_WITH':
      return text.toLowerCase().endsWith(s0);
    case 'CELL_EMPTY':
      return text === '';
    case 'CELL_NOT_EMPTY':
      return text !== '';
    case 'NUMBER_BETWEEN':
      return num >= Math.min(a ?? NaN, b ?? NaN) && num <= Math.max(a ?? NaN, b ?? NaN);
    case 'NUMBER_NOT_BETWEEN':
      return (
        !Number.isNaN(num) &&
        !(num >= Math.min(a ?? NaN, b ?? NaN) && num <= Math.max(a ?? NaN, b ?? NaN))
      );
    case 'NUMBER_EQUAL_TO':
      return num === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(num) && num !== a;
    case 'NUMBER_GREATER_THAN':
      return num > (a ?? NaN);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num >= (a ?? NaN);
    case 'NUMBER_LESS_THAN':
      return num < (a ?? NaN);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num <= (a ?? NaN);
    default:
      return false;
  }
}

/** The format of the first matching rule (Sheets applies the first rule that matches). */
export function conditionalFormatAt(
  sheet: SheetModel,
  row: number,
  col: number,
  value: Computed,
): CfFormat | null {
  for (const rule of sheet.cfRules) {
    if (!rule.ranges.some((r) => containsCell(r.box, row, col))) continue;
    if (matches(rule, sheet, row, col, value)) return rule.format;
  }
  return null;
}
