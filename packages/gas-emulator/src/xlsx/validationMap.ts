/** Data validation ↔ xlsx <dataValidation>; kinds xlsx cannot express go to the sidecar. */
import type { DataValidation } from 'exceljs';
import { boxToA1, parseA1, quoteSheetName } from '../a1.ts';
import { isRangeRef, type ValidationModel, type ValidationValue } from '../validation.ts';
import type { Workbook } from '../workbook.ts';
import { numberCriteria, numberOperator } from './numberOperators.ts';

function common(v: ValidationModel): Partial<DataValidation> {
  return {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: v.allowInvalid ? 'warning' : 'stop',
    ...(v.helpText ? { prompt: v.helpText, showInputMessage: true } : {}),
  };
}

/** xlsx form of a rule, or null when only the sidecar can keep it exactly. */
export function validationToXlsx(v: ValidationModel): DataValidation | null {
  const [a, b] = v.values;
  const dropdown = v.values[1] !== false;
  switch (v.criteria) {
    case 'VALUE_IN_LIST': {
      const items = Array.isArray(a) ? a : [];
      const text = items.join(',');
      if (!dropdown || items.some((x) => x.includes(',') || x.includes('"')) || text.length > 255)
        return null;
      return { type: 'list', formulae: [`"${text}"`], ...common(v) } as DataValidation;
    }
    case 'VALUE_IN_RANGE':
      if (!dropdown || !isRangeRef(a)) return null;
      return {
        type: 'list',
        formulae: [`${quoteSheetName(a.sheet.name)}!${boxToA1(a.box, true)}`],
        ...common(v),
      } as DataValidation;
    case 'CUSTOM_FORMULA':
      return {
        type: 'custom',
        formulae: [String(a).replace(/^=/, '')],
        ...common(v),
      } as DataValidation;
    default: {
      const op = numberOperator(v.criteria);
      if (!op) return null;
      const formulae = (b === undefined ? [a] : [a, b]).map(Number);
      return { type: 'decimal', operator: op, formulae, ...common(v) } as DataValidation;
    }
  }
}

export function validationFromXlsx(dv: DataValidation, wb: Workbook): ValidationModel | null {
  const allowInvalid =
    !dv.showErrorMessage || (dv.errorStyle !== undefined && dv.errorStyle !== 'stop');
  const helpText = dv.prompt ?? null;
  const f0 = dv.formulae?.[0] as unknown;
  let criteria: string;
  let values: ValidationValue[];
  if (dv.type === 'list') {
    const text = String(f0 ?? '');
    if (text.startsWith('"')) {
      criteria = 'VALUE_IN_LIST';
      values = [text.slice(1, -1).split(','), true];
    } else {
      const parsed = parseA1(text.replace(/^=/, ''), 1_000_000, 18_278);
      const sheet = parsed?.sheetName !== undefined ? wb.sheetByName(parsed.sheetName) : undefined;
      if (!parsed || !sheet) return null;
      criteria = 'VALUE_IN_RANGE';
      values = [{ sheet, box: parsed.box }, true];
    }
  } else if (dv.type === 'custom') {
    criteria = 'CUSTOM_FORMULA';
    values = [`=${String(f0 ?? '')}`];
  } else if (dv.type === 'decimal' || dv.type === 'whole') {
    const op = dv.operator ?? 'between';
    const name = numberCriteria(op);
    if (!name) return null;
    criteria = name;
    values = (dv.formulae ?? []).map((x: unknown) => Number(x));
  } else return null;
  return { criteria, values, allowInvalid, helpText };
}

/** JSON for the sidecar (ranges by sheet name). */
export function validationToJson(v: ValidationModel): unknown {
  return {
    criteria: v.criteria,
    allowInvalid: v.allowInvalid,
    helpText: v.helpText,
    values: v.values.map((x) =>
      isRangeRef(x)
        ? { range: { sheet: x.sheet.name, a1: boxToA1(x.box) } }
        : x instanceof Date
          ? { date: x.toISOString() }
          : x,
    ),
  };
}

export function validationFromJson(j: unknown, wb: Workbook): ValidationModel | null {
  if (typeof j !== 'object' || j === null) return null;
  const o = j as Record<string, unknown>;
  const values: ValidationValue[] = [];
  for (const x of Array.isArray(o.values) ? o.values : []) {
    if (typeof x === 'object' && x !== null && 'range' in x) {
      const r = (x as { range: { sheet: string; a1: string } }).range;
      const sheet = wb.sheetByName(r.sheet);
      const parsed = parseA1(r.a1, 1_000_000, 18_278);
      if (!sheet || !parsed) return null;
      values.push({ sheet, box: parsed.box });
    } else if (typeof x === 'object' && x !== null && 'date' in x) {
      values.push(new Date(String((x as { date: string }).date)));
    } else if (Array.isArray(x)) values.push(x.map(String));
    else if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')
      values.push(x);
  }
  return {
    criteria: String(o.criteria),
    values,
    allowInvalid: o.allowInvalid !== false,
    helpText: typeof o.helpText === 'string' ? o.helpText : null,
  };
}
