/** Reading and writing cell contents with Sheets' value semantics. */
import { dateToSerial, serialToMs } from './dates.ts';
import { isCellError, type Computed, type RawContent } from './formulaEngine.ts';
import type { Box } from './geometry.ts';
import { shiftFormula } from './formulaShift.ts';
import { parseInput } from './inputParse.ts';
import {
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATETIME_FORMAT,
  displayValue,
  isAutomatic,
  isDateFormat,
  type InferredType,
} from './numberFormat.ts';
import type { SheetModel } from './sheetModel.ts';

export type HostCellValue = number | string | boolean | Date;

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function computed(sheet: SheetModel, box: Box): Computed[][] {
  return sheet.workbook.engine.getValues(
    sheet.hfId,
    box.row - 1,
    box.col - 1,
    box.numRows,
    box.numCols,
  );
}

function inferred(sheet: SheetModel, row: number, col: number): InferredType {
  return sheet.workbook.engine.inferredType({ sheet: sheet.hfId, row: row - 1, col: col - 1 });
}

/** Range.getValues: '' for empty, Date for date-formatted numbers, error text for errors. */
export function readValues(sheet: SheetModel, box: Box): HostCellValue[][] {
  const tz = sheet.workbook.timeZone;
  return computed(sheet, box).map((row, i) =>
    row.map((v, j): HostCellValue => {
      if (v === null) return '';
      if (isCellError(v)) return v.error;
      if (typeof v !== 'number') return v;
      const r = box.row + i;
      const c = box.col + j;
      const fmt = sheet.getMeta(r, c)?.numberFormat;
      const asDate = isAutomatic(fmt)
        ? ['date', 'datetime', 'time'].includes(inferred(sheet, r, c) ?? '')
        : isDateFormat(fmt);
      return asDate ? new Date(serialToMs(v, tz)) : v;
    }),
  );
}

/** vi_VN shows 1.234,5 where en_GB shows 1,234.5. */
function swapSeparators(text: string): string {
  return text.replace(/[.,]/g, (ch) => (ch === '.' ? ',' : '.'));
}

export function readDisplayValues(sheet: SheetModel, box: Box): string[][] {
  const vi = sheet.workbook.locale === 'vi_VN';
  return computed(sheet, box).map((row, i) =>
    row.map((v, j) => {
      if (isCellError(v)) return v.error;
      const r = box.row + i;
      const c = box.col + j;
      const fmt = sheet.getMeta(r, c)?.numberFormat;
      const type = typeof v === 'number' && isAutomatic(fmt) ? inferred(sheet, r, c) : undefined;
      const text = displayValue(v, fmt, type);
      const isDate = isAutomatic(fmt)
        ? type !== undefined && type !== 'percent'
        : isDateFormat(fmt);
      return vi && typeof v === 'number' && !isDate ? swapSeparators(text) : text;
    }),
  );
}

export function readFormulas(sheet: SheetModel, box: Box): string[][] {
  return sheet.workbook.engine
    .getFormulas(sheet.hfId, box.row - 1, box.col - 1, box.numRows, box.numCols)
    .map((row) => row.map((f) => f ?? ''));
}

/** Convert what a script passes to setValue(s) into engine content, updating auto formats like Sheets. */
export function writeValues(
  sheet: SheetModel,
  box: Box,
  values: readonly (readonly unknown[])[],
): void {
  const tz = sheet.workbook.timeZone;
  const formats: Array<[number, number, string]> = [];
  const data: RawContent[][] = values.map((row, i) =>
    row.map((v, j): RawContent => {
      const r = box.row + i;
      const c = box.col + j;
      const fmt = sheet.getMeta(r, c)?.numberFormat;
      if (v === null || v === undefined || v === '') return null;
      if (typeof v === 'boolean') return v;
      if (typeof v === 'number') return Number.isFinite(v) ? v : `'${String(v)}`;
      if (isDate(v)) {
        const serial = dateToSerial(v, tz);
        if (isAutomatic(fmt))
          formats.push([
            r,
            c,
            Number.isInteger(serial) ? DEFAULT_DATE_FORMAT : DEFAULT_DATETIME_FORMAT,
          ]);
        return serial;
      }
      const parsed = parseInput(String(v), fmt, sheet.workbook.locale);
      switch (parsed.kind) {
        case 'formula':
          return parsed.formula;
        case 'text':
          return parsed.text === '' ? null : `'${parsed.text}`;
        case 'boolean':
          return parsed.value;
        case 'number':
          if (parsed.format && isAutomatic(fmt)) formats.push([r, c, parsed.format]);
          return parsed.value;
      }
      return null;
    }),
  );
  for (const [r, c, f] of formats) {
    sheet.updateMeta({ row: r, col: c, numRows: 1, numCols: 1 }, (m) => {
      m.numberFormat = f;
    });
  }
  sheet.workbook.engine.setContents(sheet.hfId, box.row - 1, box.col - 1, data);
}

/**
 * Copies cells as they are stored (Range.copyTo): text stays text and numbers stay numbers
 * whatever the target's format; formulas move with the copy.
 */
export function copyContents(from: SheetModel, box: Box, to: SheetModel, target: Box): void {
  const values = computed(from, box);
  const formulas = readFormulas(from, box);
  const dr = target.row - box.row;
  const dc = target.col - box.col;
  const data: RawContent[][] = values.map((row, i) =>
    row.map((v, j): RawContent => {
      const f = formulas[i]?.[j];
      if (f) return shiftFormula(f, dr, dc);
      if (v === null || v === '' || isCellError(v)) return null;
      if (typeof v === 'string') return `'${v}`;
      return v;
    }),
  );
  to.workbook.engine.setContents(to.hfId, target.row - 1, target.col - 1, data);
}

export function clearContents(sheet: SheetModel, box: Box): void {
  const data: RawContent[][] = Array.from({ length: box.numRows }, () =>
    Array<RawContent>(box.numCols).fill(null),
  );
  sheet.workbook.engine.setContents(sheet.hfId, box.row - 1, box.col - 1, data);
}

/** Last row/column holding content (values, formulas or spilled results), 0 when empty. */
export function contentExtent(sheet: SheetModel): { lastRow: number; lastCol: number } {
  const engine = sheet.workbook.engine;
  const { height, width } = engine.dimensions(sheet.hfId);
  if (height === 0 || width === 0) return { lastRow: 0, lastCol: 0 };
  // HF dimensions can include cleared cells; a formula showing nothing still counts (as in Sheets).
  const values = engine.getValues(sheet.hfId, 0, 0, height, width);
  const formulas = engine.getFormulas(sheet.hfId, 0, 0, height, width);
  let lastRow = 0;
  let lastCol = 0;
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null || formulas[r]?.[c] !== undefined) {
        lastRow = Math.max(lastRow, r + 1);
        lastCol = Math.max(lastCol, c + 1);
      }
    }),
  );
  return { lastRow, lastCol };
}
