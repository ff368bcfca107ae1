// A plan longer than a new sheet (1,000 rows): a 5,000-task appendix is imported into one table
// that grows past the first 1,000 rows with everything attached to it — the array formulas and
// their output, the named range, validation, conditional formats and protections.
import { describe, expect, it } from 'vitest';
import { createRuntime } from 'gas-emulator';
import { world } from '../helpers/reportWorkbook.ts';
import { syntheticPlanText, unitName } from '../../bench/synthetic.ts';

const TASKS = 5000;
const UNITS = 20;

const LOOK = `
function table() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var s = ss.getSheetByName('Phụ lục I');
  // The array formulas' output reaches the table's last row: find the last task by its code.
  var codes = s.getRange(1, 1, s.getMaxRows(), 1).getValues();
  var last = codes.length;
  while (last > 1 && codes[last - 1][0] === '') last--;
  var named = ss.getNamedRanges().filter(function (n) { return n.getName().indexOf('SAURO_PHU_LUC') === 0; })[0];
  return {
    maxRows: s.getMaxRows(),
    lastRow: last,
    sheetLastRow: s.getLastRow(),
    named: named.getRange().getA1Notation(),
    formulas: s.getRange('L5:M5').getFormulas()[0],
    lastTask: s.getRange(last, 1, 1, 13).getValues()[0],
    spareRow: s.getRange(last + 1, 1, 1, 13).getValues()[0],
    validation: s.getRange(s.getMaxRows(), 7).getDataValidation() !== null,
    format: s.getRange(s.getMaxRows(), 1).getNumberFormat(),
    rules: s.getConditionalFormatRules().map(function (r) { return r.getRanges()[0].getA1Notation(); }),
    protections: s.getProtections(SpreadsheetApp.ProtectionType.RANGE).map(function (p) { return p.getRange().getA1Notation(); })
  };
}`;

describe('a 5,000-task appendix', () => {
  it('imports into one table that grows past row 1,000 with its formulas, names and rules', () => {
    const w = world('2025-09-10T09:00');
    w.coordinator.call('scaffoldTemplate', { templateId: 'chi-tieu' }); // makes "Đơn vị"
    const start = w.look.data('Đơn vị').length + 1;
    w.look.setValues(
      'Đơn vị',
      `A${start}:E${start + UNITS - 1}`,
      Array.from({ length: UNITS }, (_, i) => [unitName(i), '', '', '', 'Đơn vị']),
    );
    const text = syntheticPlanText(UNITS, TASKS);
    expect(text.length).toBeGreaterThan(500_000);
    const view = w.coordinator.call<{ tasks: number; sections: number; warnings: unknown[] }>(
      'importPlanText',
      { text },
    );
    expect(view).toMatchObject({ tasks: TASKS, sections: 12, warnings: [] });

    const t = createRuntime({ workbook: w.wb, bundleCode: LOOK }).call<{
      maxRows: number;
      lastRow: number;
      sheetLastRow: number;
      named: string;
      formulas: string[];
      lastTask: unknown[];
      spareRow: unknown[];
      validation: boolean;
      format: string;
      rules: string[];
      protections: string[];
    }>('table');
    // 12 section rows and 5,000 tasks from row 5, then 100 empty rows, all inside the table.
    const last = 4 + 12 + TASKS;
    const end = last + 100;
    expect(t.lastRow).toBe(last);
    expect(t.maxRows).toBe(end);
    expect(t.sheetLastRow).toBe(end);
    expect(t.named).toBe(`A4:M${end}`);
    expect(t.formulas).toEqual([
      `=DEADLINE_DATE(F5:F${end},SAURO_REPORT_DATE)`,
      `=TASK_STATUS(F5:F${end},G5:G${end},SAURO_REPORT_DATE)`,
    ]);
    // The last task (XII.413: 11 sections of 417, then 413; "Khi có văn bản của cấp trên") has its formula output.
    expect(t.lastTask.slice(0, 6)).toEqual([
      'XII.413',
      '413',
      'Nhiệm vụ XII.413: triển khai nội dung chuyển đổi số số 5000',
      unitName((TASKS - 1) % UNITS),
      unitName(TASKS % UNITS),
      'Khi có văn bản của cấp trên',
    ]);
    expect(t.lastTask.slice(11)).toEqual(['Chờ hướng dẫn của cấp trên', 'Chờ hướng dẫn']);
    expect(t.spareRow.slice(0, 11)).toEqual(new Array(11).fill(''));
    expect(t.validation).toBe(true);
    expect(t.format).toBe('@');
    expect(new Set(t.rules)).toEqual(new Set([`A5:M${end}`]));
    expect(t.protections).toEqual([`A4:M4`, `A5:A${end}`, `L5:M${end}`]);
  }, 240_000);
});
