// minimal: tests of the stand-in typed edit (the roles work's Runtime.edit replaces it and them).
import { describe, expect, it } from 'vitest';
import { createRuntime, createWorkbook } from '../src/index.ts';

const code = `
  function setup() {
    var sheet = SpreadsheetApp.getActive().getSheets()[0];
    sheet.getRange('A1').setValue('locked');
    var p = sheet.getRange('A1').protect();
    p.removeEditors(p.getEditors());
    sheet.getRange('B1').setDataValidation(SpreadsheetApp.newDataValidation()
      .requireValueInList(['Có', 'Không'], true).setAllowInvalid(false).setHelpText('Chọn Có hoặc Không').build());
  }
  function read() { return SpreadsheetApp.getActive().getSheets()[0].getRange('A1:C2').getValues(); }`;

describe('typed edits (minimal)', () => {
  it('applies protections and rejecting validation, and reads vi_VN numbers and formulas', () => {
    const wb = createWorkbook('Edits');
    const rt = createRuntime({ workbook: wb, bundleCode: code, user: 'owner@example.com' });
    rt.call('setup');
    rt.setUser('unit@example.com');
    wb.locale = 'vi_VN';
    expect(rt.edit('Sheet1', 'A1', 'mine')).toMatchObject({ applied: false });
    expect(rt.edit('Sheet1', 'B1', 'Có lẽ')).toEqual({
      applied: false,
      reason: 'Chọn Có hoặc Không',
    });
    expect(rt.edit('Sheet1', 'B1', 'Có')).toEqual({ applied: true });
    expect(rt.edit('Sheet1', 'C1', '1,5')).toEqual({ applied: true });
    expect(rt.edit('Sheet1', 'A2', '1.000')).toEqual({ applied: true });
    expect(rt.edit('Sheet1', 'B2', '=ROUND(C1*2,5;0)')).toEqual({ applied: true });
    expect(rt.call('read')).toEqual([
      ['locked', 'Có', 1.5],
      [1000, 4, ''],
    ]);
  });
});
