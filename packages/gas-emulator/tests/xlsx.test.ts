import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRuntime,
  createWorkbook,
  loadXlsx,
  saveXlsx,
  toXlsxBuffer,
  type Runtime,
  type Workbook,
} from '../src/index.ts';

// Local dates in the bundle follow the script zone (as in Apps Script); pin it whatever the CI's TZ.
process.env.TZ = 'Asia/Ho_Chi_Minh';

const BUNDLE = `
/** @customfunction */
function DOUBLE_ALL(rows) { return rows.map(function (r) { return [r[0] * 2]; }); }

function build() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var s = ss.getSheets()[0].setName('Kế hoạch');
  var units = ss.insertSheet('Địa điểm');
  units.getRange('A1:A3').setValues([['Địa điểm'], ['Hà Nội'], ['Huế']]);
  s.getRange('A1:F1').setValues([['Số', 'Gấp đôi', 'Hạn', 'Tỉ lệ', 'Mã', 'Tổng']])
    .setFontWeight('bold').setFontColor('#1f4e79').setBackground('#dde7f0').setHorizontalAlignment('center').setWrap(true);
  s.getRange('A2:A4').setValues([[1], [2], [3]]);
  s.getRange('B2').setFormula('=DOUBLE_ALL(A2:A4)');
  s.getRange('C2').setValue(new Date(2024, 0, 15)).setNote('Hạn chót');
  s.getRange('D2').setValue(0.256).setNumberFormat('0.0%');
  s.getRange('E2').setValue("'007");
  s.getRange('F2').setFormula('=SUM(A2:A4)');
  s.getRange('G2').setValue(true);
  s.getRange('H2').setValue(1234567).setNumberFormat('#,##0').setFontStyle('italic');
  s.getRange('A6:C7').merge();
  s.setFrozenRows(1); s.setFrozenColumns(1);
  s.setColumnWidth(1, 140); s.setColumnWidth(3, 70);
  s.getRange('G2:G10').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Đạt', 'Chưa đạt']).setAllowInvalid(false).build());
  s.getRange('H2:H10').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInRange(units.getRange('A2:A200')).build());
  s.getRange('I2:I10').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(0, 100).setHelpText('0–100').build());
  s.getRange('J2:J10').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
  s.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$A2>1').setBackground('#00ff00').setBold(true).setRanges([s.getRange('A2:F4')]).build(),
    SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('Đạt').setFontColor('#0000ff').setItalic(true).setRanges([s.getRange('G2:G10')]).build(),
    SpreadsheetApp.newConditionalFormatRule().whenTextContains('trễ').setBackground('#f4cccc').setRanges([s.getRange('K2:K10')]).build(),
  ]);
  var p = s.protect().setDescription('Khoá trang');
  p.setUnprotectedRanges([s.getRange('G2:J10')]);
  var rp = units.getRange('A1:A3').protect().setDescription('Danh sách đơn vị');
  rp.removeEditors(rp.getEditors()); rp.addEditor('lead@example.com');
  ss.setNamedRange('DiaDiem', units.getRange('A2:A3'));
  PropertiesService.getDocumentProperties().setProperties({ config: JSON.stringify({ year: 2025, long: new Array(40001).join('x') }), version: '3' });
  units.hideSheet();
}

function dump() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var s = ss.getSheetByName('Kế hoạch');
  var dv = function (a1) {
    var v = s.getRange(a1).getDataValidation();
    return v && [String(v.getCriteriaType()), v.getCriteriaValues().map(function (x) {
      return x && x.getA1Notation ? x.getSheet().getName() + '!' + x.getA1Notation() : x;
    }), v.getAllowInvalid(), v.getHelpText()];
  };
  var props = PropertiesService.getDocumentProperties();
  return {
    name: ss.getName(),
    sheets: ss.getSheets().map(function (x) { return x.getName() + (x.isSheetHidden() ? ' (hidden)' : ''); }),
    values: s.getRange('A1:H4').getValues(),
    display: s.getRange('A2:H2').getDisplayValues()[0],
    formulas: [s.getRange('B2').getFormula(), s.getRange('F2').getFormula()],
    formats: s.getRange('C2:D2').getNumberFormats()[0].concat(s.getRange('H2').getNumberFormat()),
    header: [s.getRange('A1').getFontWeight(), s.getRange('A1').getFontColor(), s.getRange('A1').getBackground(),
      s.getRange('A1').getHorizontalAlignment(), s.getRange('A1').getWrap(), s.getRange('H2').getFontStyle()],
    note: s.getRange('C2').getNote(),
    merges: s.getRange('A6').getMergedRanges().map(function (r) { return r.getA1Notation(); }),
    frozen: [s.getFrozenRows(), s.getFrozenColumns()],
    widths: [s.getColumnWidth(1), s.getColumnWidth(2), s.getColumnWidth(3)],
    validations: [dv('G5'), dv('H5'), dv('I5'), dv('J5'), dv('K5')],
    cf: s.getConditionalFormatRules().map(function (r) {
      var c = r.getBooleanCondition();
      return [String(c.getCriteriaType()), c.getCriteriaValues(), c.getBackground(), c.getFontColor(), c.getBold(), c.getItalic(),
        r.getRanges().map(function (x) { return x.getA1Notation(); })];
    }),
    sheetProtection: s.getProtections(SpreadsheetApp.ProtectionType.SHEET).map(function (x) {
      return [x.getDescription(), x.getUnprotectedRanges().map(function (r) { return r.getA1Notation(); })];
    }),
    rangeProtection: ss.getSheetByName('Địa điểm').getProtections(SpreadsheetApp.ProtectionType.RANGE).map(function (x) {
      return [x.getDescription(), x.getRange().getA1Notation(), x.getEditors().map(function (u) { return u.getEmail(); })];
    }),
    named: ss.getNamedRanges().map(function (n) { return n.getName() + '=' + n.getRange().getSheet().getName() + '!' + n.getRange().getA1Notation(); }),
    props: [JSON.parse(props.getProperty('config')).year, props.getProperty('config').length, props.getProperty('version')],
  };
}

function unitWrite(a1) { SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Kế hoạch').getRange(a1).setValue('x'); return 'ok'; }
`;

let dir: string;
let original: Workbook;
let reloaded: Workbook;
let before: Record<string, unknown>;
let after: Record<string, unknown>;
let rt2: Runtime;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gas-emulator-'));
  original = createWorkbook('Xã Thử');
  const rt = createRuntime({ workbook: original, bundleCode: BUNDLE, user: 'owner@example.com' });
  rt.call('build');
  before = rt.runFunction('dump');
  const file = join(dir, 'plan.xlsx');
  await saveXlsx(original, file);
  expect(readdirSync(dir)).toEqual(['plan.xlsx']); // temp file renamed away
  reloaded = await loadXlsx(file);
  rt2 = createRuntime({ workbook: reloaded, bundleCode: BUNDLE, user: 'owner@example.com' });
  after = rt2.runFunction('dump');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('xlsx round trip', () => {
  it('keeps sheets, values, dates and formulas (with recomputed custom functions)', () => {
    expect(after.name).toBe('Xã Thử');
    expect(after.sheets).toEqual(['Kế hoạch', 'Địa điểm (hidden)']);
    expect(after.values).toEqual(before.values);
    expect(after.display).toEqual(before.display);
    expect(after.display).toEqual([
      '1',
      '2',
      '15/01/2024',
      '25.6%',
      '007',
      '6',
      'TRUE',
      '1,234,567',
    ]);
    expect(after.formulas).toEqual(['=DOUBLE_ALL(A2:A4)', '=SUM(A2:A4)']);
  });

  it('keeps number formats, fonts, fills, alignment, wrap and notes', () => {
    expect(after.formats).toEqual(['dd/MM/yyyy', '0.0%', '#,##0']);
    expect(after.header).toEqual(['bold', '#1f4e79', '#dde7f0', 'center', true, 'italic']);
    expect(after.note).toBe('Hạn chót');
  });

  it('keeps merges, frozen panes and column widths', () => {
    expect(after.merges).toEqual(['A6:C7']);
    expect(after.frozen).toEqual([1, 1]);
    expect(after.widths).toEqual([140, 100, 70]);
  });

  it('keeps data validation: literal lists, lists from a range, number between, sidecar kinds', () => {
    expect(after.validations).toEqual([
      ['VALUE_IN_LIST', [['Đạt', 'Chưa đạt'], true], false, null],
      ['VALUE_IN_RANGE', ['Địa điểm!A2:A200', true], true, null],
      ['NUMBER_BETWEEN', [0, 100], true, '0–100'],
      ['CHECKBOX', [], true, null],
      null,
    ]);
    expect(after.validations).toEqual(before.validations);
  });

  it('keeps conditional formats (formula and text rules) in order', () => {
    expect(after.cf).toEqual([
      ['CUSTOM_FORMULA', ['=$A2>1'], '#00ff00', null, true, null, ['A2:F4']],
      ['TEXT_EQUAL_TO', ['Đạt'], null, '#0000ff', null, true, ['G2:G10']],
      ['TEXT_CONTAINS', ['trễ'], '#f4cccc', null, null, null, ['K2:K10']],
    ]);
    expect(after.cf).toEqual(before.cf);
  });

  it('keeps sheet and range protections, and still enforces them', () => {
    expect(after.sheetProtection).toEqual([['Khoá trang', ['G2:J10']]]);
    expect(after.rangeProtection).toEqual([
      ['Danh sách đơn vị', 'A1:A3', ['owner@example.com', 'lead@example.com']],
    ]);
    const unit = createRuntime({
      workbook: reloaded,
      bundleCode: BUNDLE,
      user: 'unit@example.com',
    });
    expect(() => unit.call('unitWrite', 'A2')).toThrow('You are trying to edit a protected cell');
    expect(unit.call('unitWrite', 'G3')).toBe('ok');
  });

  it('keeps named ranges and document properties (hidden properties sheet)', () => {
    expect(after.named).toEqual(['DiaDiem=Địa điểm!A2:A3']);
    expect(after.props).toEqual([2025, before.props && (before.props as unknown[])[1], '3']);
    expect(reloaded.sheets.map((s) => s.name)).not.toContain('_emulator_properties');
  });

  it('writes formulas with cached results, A4 landscape page setup and print titles, and a veryHidden sidecar', async () => {
    const xwb = new ExcelJS.Workbook();
    await xwb.xlsx.load((await toXlsxBuffer(reloaded)) as unknown as ArrayBuffer);
    const ws = xwb.getWorksheet('Kế hoạch');
    expect(ws?.getCell('F2').value).toEqual({ formula: 'SUM(A2:A4)', result: 6 });
    expect(ws?.getCell('B2').value).toMatchObject({
      formula: 'DOUBLE_ALL(A2:A4)',
      result: 2,
      shareType: 'array',
      ref: 'B2:B4',
    });
    expect(ws?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1', // = the frozen rows
    });
    expect(xwb.getWorksheet('_emulator_properties')?.state).toBe('veryHidden');
    expect(xwb.getWorksheet('Địa điểm')?.state).toBe('hidden');
    expect(ws?.getCell('G2').protection).toMatchObject({ locked: false });
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({
      sheet: true,
    });
  });

  it('loads a plain workbook made elsewhere (no sidecar)', async () => {
    const xwb = new ExcelJS.Workbook();
    const ws = xwb.addWorksheet('Data');
    ws.getCell('A1').value = 'Tên';
    ws.getCell('A2').value = 5;
    ws.getCell('B2').value = { formula: 'A2*3', result: 15 };
    ws.getCell('C2').value = new Date(Date.UTC(2024, 4, 6));
    ws.getCell('C2').numFmt = 'dd/mm/yyyy';
    const file = join(dir, 'plain.xlsx');
    await xwb.xlsx.writeFile(file);
    const wb = await loadXlsx(file);
    const rt = createRuntime({
      workbook: wb,
      bundleCode: `function read() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
        return [s.getRange('A1:C2').getDisplayValues(), s.getMaxRows(), s.getMaxColumns(), SpreadsheetApp.getActiveSpreadsheet().getName()]; }`,
    });
    expect(rt.runFunction('read')).toEqual([
      [
        ['Tên', '', ''],
        ['5', '15', '06/05/2024'],
      ],
      1000,
      26,
      'plain',
    ]);
  });
});

describe('document properties', () => {
  it('persist through xlsx without a runtime', async () => {
    const wb = createWorkbook('Props');
    wb.documentProperties.set('a', '1');
    const file = join(dir, 'props.xlsx');
    await saveXlsx(wb, file);
    expect((await loadXlsx(file)).documentProperties.get('a')).toBe('1');
  });
});
