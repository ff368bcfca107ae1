// Looks at an emulated workbook through the same Apps Script API the add-on uses,
// from a second runtime whose tiny bundle only reads.
import { createRuntime } from './runtime.ts';
import type { Workbook } from './workbook.ts';

const INSPECTOR = `
function sheet_(name) {
  var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!s) throw new Error('no sheet ' + name);
  return s;
}
function sheetNames() { return SpreadsheetApp.getActiveSpreadsheet().getSheets().map(function (s) { return s.getName(); }); }
function values(name, a1) { return sheet_(name).getRange(a1).getValues(); }
function displayValues(name, a1) { return sheet_(name).getRange(a1).getDisplayValues(); }
function formulas(name, a1) { return sheet_(name).getRange(a1).getFormulas(); }
function notes(name, a1) { return sheet_(name).getRange(a1).getNotes(); }
function backgrounds(name, a1) { return sheet_(name).getRange(a1).getBackgrounds(); }
function fontWeights(name, a1) { return sheet_(name).getRange(a1).getFontWeights(); }
function numberFormats(name, a1) { return sheet_(name).getRange(a1).getNumberFormats(); }
function lastRow(name) { return sheet_(name).getLastRow(); }
function frozen(name) { var s = sheet_(name); return [s.getFrozenRows(), s.getFrozenColumns()]; }
function widths(name, n) { var s = sheet_(name), w = []; for (var c = 1; c <= n; c++) w.push(s.getColumnWidth(c)); return w; }
function validation(name, a1) {
  var v = sheet_(name).getRange(a1).getDataValidation();
  if (!v) return null;
  var values = v.getCriteriaValues().map(function (x) {
    return x && typeof x.getA1Notation === 'function' ? x.getSheet().getName() + '!' + x.getA1Notation() : x;
  });
  return { type: String(v.getCriteriaType()), values: values, allowInvalid: v.getAllowInvalid() };
}
function conditionalFormulas(name) {
  return sheet_(name).getConditionalFormatRules().map(function (r) {
    var b = r.getBooleanCondition();
    return { values: b ? b.getCriteriaValues().map(String) : [], background: b ? b.getBackground() : null,
      ranges: r.getRanges().map(function (x) { return x.getA1Notation(); }) };
  });
}
function protections(name) {
  return sheet_(name).getProtections(SpreadsheetApp.ProtectionType.RANGE).map(function (p) {
    return { description: p.getDescription(), range: p.getRange().getA1Notation(), warningOnly: p.isWarningOnly() };
  });
}
function namedRanges() {
  return SpreadsheetApp.getActiveSpreadsheet().getNamedRanges().map(function (n) {
    return { name: n.getName(), sheet: n.getRange().getSheet().getName(), a1: n.getRange().getA1Notation() };
  });
}
function setValues(name, a1, rows) { sheet_(name).getRange(a1).setValues(rows); }
`;

export type Inspector = ReturnType<typeof inspector>;

export function inspector(workbook: Workbook) {
  const rt = createRuntime({ workbook, bundleCode: INSPECTOR, budget: false });
  // A harness, not a page: values (Dates too) cross as they are.
  const call = <T>(fn: string, ...args: unknown[]) => rt.runFunction<T>(fn, ...args);
  return {
    sheetNames: () => call<string[]>('sheetNames'),
    values: (sheet: string, a1: string) => call<unknown[][]>('values', sheet, a1),
    displayValues: (sheet: string, a1: string) => call<string[][]>('displayValues', sheet, a1),
    formulas: (sheet: string, a1: string) => call<string[][]>('formulas', sheet, a1),
    notes: (sheet: string, a1: string) => call<string[][]>('notes', sheet, a1),
    backgrounds: (sheet: string, a1: string) => call<string[][]>('backgrounds', sheet, a1),
    fontWeights: (sheet: string, a1: string) => call<string[][]>('fontWeights', sheet, a1),
    numberFormats: (sheet: string, a1: string) => call<string[][]>('numberFormats', sheet, a1),
    lastRow: (sheet: string) => call<number>('lastRow', sheet),
    frozen: (sheet: string) => call<[number, number]>('frozen', sheet),
    widths: (sheet: string, n: number) => call<number[]>('widths', sheet, n),
    validation: (sheet: string, a1: string) =>
      call<{ type: string; values: unknown[]; allowInvalid: boolean } | null>(
        'validation',
        sheet,
        a1,
      ),
    conditionalFormulas: (sheet: string) =>
      call<Array<{ values: string[]; background: string | null; ranges: string[] }>>(
        'conditionalFormulas',
        sheet,
      ),
    protections: (sheet: string) =>
      call<Array<{ description: string; range: string; warningOnly: boolean }>>(
        'protections',
        sheet,
      ),
    namedRanges: () => call<Array<{ name: string; sheet: string; a1: string }>>('namedRanges'),
    setValues: (sheet: string, a1: string, rows: unknown[][]) => call('setValues', sheet, a1, rows),
  };
}
