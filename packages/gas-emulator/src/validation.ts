/** Data-validation rules as stored per cell (immutable; builders make new ones). */
import type { RangeRef } from './rangeRef.ts';

export type ValidationValue = string | number | boolean | Date | string[] | RangeRef;

export interface ValidationModel {
  /** SpreadsheetApp.DataValidationCriteria name, e.g. VALUE_IN_LIST. */
  readonly criteria: string;
  readonly values: readonly ValidationValue[];
  /** Sheets' default is to allow invalid input with a warning. */
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

export function isRangeRef(v: unknown): v is RangeRef {
  return typeof v === 'object' && v !== null && 'sheet' in v && 'box' in v;
}
