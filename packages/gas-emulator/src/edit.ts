// minimal: stand-in for the roles work's Runtime.edit (this file). This version types one value as the current user:
// protections and data validation (reject) refuse it; installable onEdit triggers are not fired.
import { parseA1 } from './a1.ts';
import { readDisplayValues, writeValues } from './cellValues.ts';
import type { Env } from './environment.ts';
import { intersects, type Box } from './geometry.ts';
import { formulaFromLocale, parseInput } from './inputParse.ts';
import { assertCanEdit } from './protectionModel.ts';
import type { SheetModel } from './sheetModel.ts';
import { isRangeRef, type ValidationModel } from './validation.ts';

export interface EditResult {
  applied: boolean;
  reason?: string;
}

const INVALID = 'The data you entered in this cell violates the data validation rules set on it.';

/** Whether typed input satisfies a rule (the kinds the preview meets; others pass). */
function satisfies(rule: ValidationModel, input: string, sheet: SheetModel, box: Box): boolean {
  if (input === '') return true;
  const parsed = parseInput(
    input,
    sheet.getMeta(box.row, box.col)?.numberFormat,
    sheet.workbook.locale,
  );
  if (parsed.kind === 'formula') return true;
  const [a, b] = rule.values;
  const num = parsed.kind === 'number' ? parsed.value : NaN;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return Array.isArray(a) && a.map(String).includes(input.trim());
    case 'VALUE_IN_RANGE':
      return isRangeRef(a) && readDisplayValues(a.sheet, a.box).flat().includes(input.trim());
    case 'CHECKBOX':
      return parsed.kind === 'boolean';
    case 'NUMBER_BETWEEN':
      return num >= Number(a) && num <= Number(b);
    case 'NUMBER_NOT_BETWEEN':
      return !(num >= Number(a) && num <= Number(b));
    case 'NUMBER_GREATER_THAN':
      return num > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num >= Number(a);
    case 'NUMBER_LESS_THAN':
      return num < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num <= Number(a);
    case 'NUMBER_EQUAL_TO':
      return num === Number(a);
    default:
      return true;
  }
}

/** Types `input` into one cell (the top-left of a merge) of `sheetName` as the runtime's user. */
export function typedEdit(env: Env, sheetName: string, a1: string, input: string): EditResult {
  const sheet = env.workbook.sheetByName(sheetName);
  if (!sheet) return { applied: false, reason: `Sheet not found: ${sheetName}` };
  const parsed = parseA1(a1, sheet.maxRows, sheet.maxCols);
  if (!parsed || parsed.sheetName !== undefined)
    return { applied: false, reason: `Range not found: ${a1}` };
  const cell = { row: parsed.box.row, col: parsed.box.col, numRows: 1, numCols: 1 };
  const merge = sheet.merges.find((m) => intersects(m, cell));
  const box = merge ? { ...cell, row: merge.row, col: merge.col } : cell;
  try {
    assertCanEdit(sheet, box, env.user);
  } catch (e) {
    return { applied: false, reason: e instanceof Error ? e.message : String(e) };
  }
  const rule = sheet.getMeta(box.row, box.col)?.validation;
  if (rule && !rule.allowInvalid && !satisfies(rule, input, sheet, box))
    return { applied: false, reason: rule.helpText ?? INVALID };
  // Typed text is read in the file's locale ("1,5" is 1.5 and "=ROUND(A1;1)" a formula in vi_VN).
  const typed =
    input.startsWith('=') && input.length > 1
      ? formulaFromLocale(input, sheet.workbook.locale)
      : input;
  writeValues(sheet, box, [[typed]]);
  return { applied: true };
}
