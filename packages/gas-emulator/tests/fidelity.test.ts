// Places where the emulator must behave as Sheets does, found while building the add-on.
import { describe, expect, it } from 'vitest';
import { createRuntime, createWorkbook } from '../src/index.ts';
import { inspector } from '../src/inspect.ts';

const BUNDLE = `
/** @customfunction */
function COUNT_DONE(range) { return range.filter(function (r) { return r[0] === 'x'; }).length; }
/** @customfunction */
function ECHO(range) { return range; }
`;

describe('custom function spill size', () => {
  it('a one-value result over a column shows even when the cells below are filled', () => {
    const workbook = createWorkbook('x');
    createRuntime({ workbook, bundleCode: BUNDLE });
    const look = inspector(workbook);
    look.setValues('Sheet1', 'A1:A4', [['x'], [''], ['x'], ['y']]);
    look.setValues('Sheet1', 'B2', [['ghi chú']]);
    look.setValues('Sheet1', 'B1', [['=COUNT_DONE(A1:A4)']]);
    expect(look.values('Sheet1', 'B1:B2')).toEqual([[2], ['ghi chú']]);
  });

  it('a column result that would overwrite data shows #REF!, and spills once the way is clear', () => {
    const workbook = createWorkbook('x');
    createRuntime({ workbook, bundleCode: BUNDLE });
    const look = inspector(workbook);
    look.setValues('Sheet1', 'A1:A3', [['a'], ['b'], ['c']]);
    look.setValues('Sheet1', 'C3', [['chặn']]);
    look.setValues('Sheet1', 'C1', [['=ECHO(A1:A3)']]);
    expect(look.values('Sheet1', 'C1')[0]?.[0]).toBe('#REF!');
    look.setValues('Sheet1', 'C3', [['']]);
    expect(look.values('Sheet1', 'C1:C3')).toEqual([['a'], ['b'], ['c']]);
  });
});

describe('merge', () => {
  it('keeps the top-left cell as it was: text that starts with "=" stays text', () => {
    const workbook = createWorkbook('x');
    const rt = createRuntime({
      workbook,
      bundleCode: `function go() {
        var s = SpreadsheetApp.getActiveSheet();
        s.getRange('A1:C1').setValues([["'=Kế hoạch 03", 'b', 'c']]);
        s.getRange('A2').setNumberFormat('@').setValue('01');
        s.getRange('A1:C1').merge();
        s.getRange('A2:B2').merge();
      }`,
    });
    rt.call('go');
    const look = inspector(workbook);
    expect(look.values('Sheet1', 'A1:C1')).toEqual([['=Kế hoạch 03', '', '']]);
    expect(look.formulas('Sheet1', 'A1')).toEqual([['']]);
    expect(look.values('Sheet1', 'A2')).toEqual([['01']]);
  });
});
