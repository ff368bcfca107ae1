/** Conditional-format rules as stored per sheet (replace-all semantics like Sheets). */
import type { RangeRef } from './rangeRef.ts';

export interface CfFormat {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
}

export interface CfCondition {
  /** SpreadsheetApp.BooleanCriteria name, e.g. CUSTOM_FORMULA or TEXT_EQUAL_TO. */
  type: string;
  values: Array<string | number | Date>;
}

export interface CfRuleModel {
  ranges: RangeRef[];
  condition: CfCondition | null;
  format: CfFormat;
}

export function cloneRule(r: CfRuleModel): CfRuleModel {
  return {
    ranges: r.ranges.map((x) => ({ sheet: x.sheet, box: { ...x.box } })),
    condition: r.condition ? { type: r.condition.type, values: [...r.condition.values] } : null,
    format: { ...r.format },
  };
}
